#!/usr/bin/env python3
"""Builds src/main/resources/org/compendium/resolve/persons.tsv from the Phoenix actor dictionaries of the
Open Event Data Alliance (MIT licence; notice kept in persons.LICENSE beside the output).

usage: scripts/build-persons.py [PHOENIX_DIR]   (default: ../shared/data/phoenix next to the repository)

Only person entries are kept (organisations, places and countries are dropped). For each person:
  name      canonical full name, given name first as in the dictionary's underscore form ("Vladimir Putin";
            Chinese and Korean names keep their family-name-first order: "Hu Jintao")
  aliases   other full-name spellings ("Vladimir V. Putin"), titles and nationality words stripped
  titles    lower-case titles the aliases carry ("president", "prime minister", "foreign minister")
  tenures   CAMEO actor codes (alpha-3 country + role: RUSGOV, JPNELI, ...) with dated periods,
            CODE:from:to with ISO dates, empty for an open end
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/main/resources/org/compendium/resolve/persons.tsv"
LICENSE_OUT = ROOT / "src/main/resources/org/compendium/resolve/persons.LICENSE"

# Words that mark an organisation, body or place rather than a person.
ORG_WORDS = set("""PARTY DEPARTMENT COUNCIL CONGRESS MINISTRY ARMY FORCES FORCE ALLIANCE MOVEMENT PALACE SECRETARY
COMMITTEE COMMISSION ORGANIZATION ORGANISATION AGENCY BANK UNIVERSITY GOVERNMENT PARLIAMENT ASSEMBLY COURT
POLICE FRONT UNION REPUBLIC KINGDOM STATE STATES NATIONAL PEOPLE PEOPLE'S BUREAU OFFICE SERVICE SERVICES
INSTITUTE ASSOCIATION FEDERATION CORPORATION COMPANY GROUP BRIGADE BRIGADES BATTALION REGIMENT DIVISION
SENATE CABINET CHAMBER DUMA LEAGUE CENTER CENTRE FUND PROGRAM PROGRAMME MISSION AUTHORITY TRIBUNAL
INDEPENDENT NATIONALIST DEMOCRATIC SOCIALIST COMMUNIST REBELS REBEL MILITIA GUARD GUARDS ISLAND ISLANDS
PROVINCE REGION DISTRICT CITY RIVER MOUNT LAKE SEA COAST BORDER AIRPORT HOSPITAL SCHOOL NEWS TIMES
RADIO TELEVISION TV MEDIA PRESS CHURCH MOSQUE TEMPLE COUNCILS MINISTER MINISTERS OFFICIALS OFFICIAL
DELEGATION EMBASSY CONSULATE HEADQUARTERS BOARD TREASURY NAVY COMMAND ADMINISTRATION REGIME CAMP FAMILY
SYSTEMS INTERNATIONAL FOUNDATION TRUST CLAN TRIBE""".split())

# Leading words of aliases that are titles, not names (the script strips them and keeps them as titles).
TITLE_WORDS = set("""PRESIDENT PRIME MINISTER FOREIGN DEFENSE DEFENCE FINANCE PREMIER CHANCELLOR KING QUEEN
PRINCE PRINCESS EMPEROR SHEIKH SHEIK EMIR AMIR SULTAN GENERAL GEN. LT. COL. COLONEL MAJOR ADMIRAL MARSHAL
SECRETARY STATE VICE DEPUTY ACTING FORMER LEADER CHIEF CHAIRMAN SPEAKER SENATOR GOVERNOR MAYOR AMBASSADOR
ENVOY OPPOSITION COMMUNIST PARTY MOSCOW INTERIOR HOME TRADE ECONOMY MR. MRS. MS. DR. SIR LORD AYATOLLAH
GRAND PRES. PM FM U.S. US UN U.N. SECRETARY-GENERAL DICTATOR STRONGMAN MILITARY JUNTA RULER PRESIDENT-ELECT
GOV. SEN. REP. AMB. GEN HIS HER EXCELLENCY HIGHNESS MAJESTY THE OF""".split())
KEEP_TITLES = ["prime minister", "foreign minister", "defense minister", "defence minister", "finance minister",
               "secretary of state", "secretary-general", "secretary general", "vice president", "deputy prime minister",
               "president", "premier", "chancellor", "king", "queen", "emperor", "emir", "sultan", "sheikh",
               "general", "chairman", "speaker", "governor", "mayor", "ambassador", "senator"]

NAME_TOKEN = re.compile(r"^[A-Z][A-Z'.\-]*$")


def parse_date(s):
    s = s.strip()
    if len(s) == 6 and s.isdigit():
        yy = int(s[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        mm, dd = s[2:4], s[4:6]
    elif len(s) == 8 and s.isdigit():
        year, mm, dd = int(s[:4]), s[4:6], s[6:8]
    else:
        return None
    if not ("01" <= mm <= "12" and "01" <= dd <= "31"):
        return None
    return f"{year:04d}-{mm}-{dd}"


def parse_codes(text):
    """All [CODE restriction] groups in a line -> list of (code, from, to); None if a date is malformed."""
    out = []
    for body in re.findall(r"\[([^\]]*)\]", text):
        parts = body.split()
        if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
            continue
        code, lo, hi = parts[0], "", ""
        if len(parts) > 1:
            r = parts[1]
            if r.startswith("<"):
                hi = parse_date(r[1:])
                if hi is None:
                    continue
            elif r.startswith(">"):
                lo = parse_date(r[1:])
                if lo is None:
                    continue
            elif "-" in r:
                a, b = r.split("-", 1)
                lo, hi = parse_date(a), parse_date(b)
                if lo is None or hi is None:
                    continue
        out.append((code, lo, hi))
    return out


def phrase_tokens(phrase):
    phrase = phrase.split("#")[0]
    phrase = re.sub(r"\[[^\]]*\]", " ", phrase)
    return [t for t in re.split(r"[_\s]+", phrase.strip().upper()) if t]


def pretty(tok):
    """Title-cases one dictionary token: VLADIMIR -> Vladimir, W. -> W., O'BRIEN -> O'Brien, KI-MOON -> Ki-Moon."""
    def cap(part):
        if not part:
            return part
        if "." in part:
            return part.upper()
        if part.startswith("MC") and len(part) > 3:
            return "Mc" + part[2].upper() + part[3:].lower()
        return part[0].upper() + part[1:].lower()
    return "-".join("'".join(cap(p) for p in seg.split("'")) for seg in tok.split("-"))


def is_name(tokens):
    if not 2 <= len(tokens) <= 6:
        return False
    if any(t in ORG_WORDS for t in tokens):
        return False
    if not all(NAME_TOKEN.match(t) for t in tokens):
        return False
    return len([t for t in tokens if len(t.rstrip(".")) > 1]) >= 2


def country_words():
    """Upper-case country names and adjectives (single words) from countries.tsv, stripped like titles."""
    words, codes = set(), set()
    for line in (ROOT / "src/main/resources/org/compendium/resolve/countries.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        codes.add(cells[0])
        for cell in cells[1:4]:
            for w in cell.split("|"):
                if w and " " not in w:
                    words.add(w.upper())
    return words, codes


COUNTRY_WORDS, COUNTRY_CODES = country_words()


def split_title(tokens, family):
    """Splits leading title words off an alias: returns (title words, name tokens)."""
    i = 0
    while i < len(tokens) - 1 and (tokens[i] in TITLE_WORDS or tokens[i] in COUNTRY_WORDS):
        i += 1
    return tokens[:i], tokens[i:]


def read_entries(path, international):
    entries, cur = [], None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw[0] in " \t" or raw.lstrip().startswith("["):
            if cur is not None:
                cur["codes"] += parse_codes(raw.split("#")[0])
            continue
        if raw.startswith("+"):
            if cur is not None:
                cur["aliases"].append(phrase_tokens(raw[1:]))
            continue
        cur = {"head": phrase_tokens(raw), "aliases": [], "codes": parse_codes(raw.split("#")[0]),
               "intl": international}
        entries.append(cur)
    return entries


def main(argv):
    src = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared/data/phoenix"
    entries = read_entries(src / "Phoenix.Countries.actors.txt", False)
    entries += read_entries(src / "Phoenix.International.actors.txt", True)
    persons = {}
    for e in entries:
        titles, head = split_title(e["head"], None)
        if not is_name(head) or not e["codes"]:
            continue
        if e["intl"]:
            if not any(c.startswith("IGO") and (lo or hi) for c, lo, hi in e["codes"]):
                continue  # officials of international bodies are kept only with dated terms
        elif not any(len(c) > 3 and c[:3] in COUNTRY_CODES for c, _, _ in e["codes"]):
            continue  # a bare country code (a place) or a company, party or NGO code: not a state's person
        name = " ".join(pretty(t) for t in head)
        key = name.lower()
        p = persons.setdefault(key, {"name": name, "aliases": [], "titles": [], "tenures": []})
        for t in KEEP_TITLES:
            if t in " ".join(titles).lower().replace("_", " ") and t not in p["titles"]:
                p["titles"].append(t)
        for alias in e["aliases"]:
            atitles, atoks = split_title(alias, head[-1])
            joined = " ".join(atitles).lower()
            for t in KEEP_TITLES:
                if (" " + joined + " ").find(" " + t + " ") >= 0 and t not in p["titles"]:
                    p["titles"].append(t)
            if is_name(atoks):
                a = " ".join(pretty(t) for t in atoks)
                if a.lower() != key and a not in p["aliases"]:
                    p["aliases"].append(a)
        for code, lo, hi in e["codes"]:
            if len(code) <= 3:
                continue
            t = f"{code}:{lo}:{hi}"
            if t not in p["tenures"]:
                p["tenures"].append(t)
    # Titles that do not match a known title word stay out; tenure order is kept as printed.
    rows = [p for p in persons.values() if p["tenures"]]
    rows.sort(key=lambda p: p["name"].lower())
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# Generated by scripts/build-persons.py from the Phoenix actor dictionaries (Open Event Data Alliance,\n")
        f.write("# MIT licence: persons.LICENSE). name<TAB>aliases (|)<TAB>titles (|)<TAB>tenures (|):\n")
        f.write("# CODE:from:to, CODE a CAMEO actor code (alpha-3 country + role), dates ISO, empty = open.\n")
        for p in rows:
            f.write("\t".join([p["name"], "|".join(p["aliases"]), "|".join(p["titles"]), "|".join(p["tenures"])]) + "\n")
    LICENSE_OUT.write_text("persons.tsv is derived from the Phoenix actor dictionaries of PETRARCH2\n"
                           "(https://github.com/openeventdata/petrarch2), licensed as follows.\n\n"
                           + (src / "LICENSE").read_text(encoding="utf-8"), encoding="utf-8")
    print(f"wrote {len(rows)} persons to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
