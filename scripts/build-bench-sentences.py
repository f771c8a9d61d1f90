#!/usr/bin/env python3
"""Builds src/main/resources/org/compendium/bench/sentences.tsv, the sentence bank of the record generator
(org.compendium.bench), from the bundled sample texts (samples/dev) and their gold annotations
(src/test/resources/gold): every body sentence of a sample, with its participants, countries, cities,
instruments and dates replaced by slots that the generator fills with other names, places, instruments and dates.

usage: scripts/build-bench-sentences.py
Columns: kind<TAB>sample<TAB>text with slots. Kinds: title, heading, opening, statement (names a participant),
joint (the sides act together), item (a list item), other. Slots:
  {P0}..{P3}   participant i of the sample (role and name, or role and surname once named)
  {C0}..{C5}   country i (name); {C0a} its adjective
  {CITY}       a city                        {I0}..{I5}  instrument i (its title; the year before it if it had one)
  {D:mdy:+N} / {D:dmy:+N}   a full date N days after the record's date (September 5, 2000 / 5 September 2000)
  {MD:+N}      month and day N days after     {M:+N}   month and year N months after     {Y:+N}  year N years after
Dates are slotted only where the gold file gives the record's date. Nothing is rewritten by hand: rerun it when
the samples change.
"""
import datetime
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples/dev"
GOLD = ROOT / "src/test/resources/gold"
RES = ROOT / "src/main/resources/org/compendium"
OUT = RES / "bench/sentences.tsv"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTH_RE = "|".join(MONTHS)
TITLE_WORDS = {"President", "Prime", "Minister", "Mr", "Mr.", "Ms", "Ms.", "Mrs.", "Dr.", "Dr", "Premier",
               "Chancellor", "Foreign", "Acting", "Vice", "State", "Councilor", "Councillor", "Secretary", "General",
               "Chairman", "His", "Her", "Excellency", "Deputy", "Chief", "Cabinet", "Russian", "Japanese"}
REPORTING = re.compile(r"\b(said|says|stated|states|expressed|emphasi[sz]ed|noted|stressed|explained|welcomed|"
                       r"confirmed|mentioned|added|replied|responded|indicated|pointed out|underlined|highlighted|"
                       r"agreed|proposed|hoped|thanked|asked|requested|urged|announced|reiterated|outlined)\b")
JOINT = re.compile(r"^(The two (leaders|sides|ministers|countries|Ministers|Leaders)|Both (sides|leaders|ministers)|"
                   r"The leaders|The ministers|They|We)\b")


def countries():
    rows = {}
    for line in (RES / "resolve/countries.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        c = line.split("\t")
        names = [c[1]] + [n for n in c[2].split("|") if n]
        adjs = [a for a in c[3].split("|") if a]
        rows[c[0]] = (names, adjs)
    return rows


def instruments():
    forms = {}
    for line in (RES / "resolve/instruments.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        c = line.split("\t")
        names = [c[3]] + [a for a in (c[4] if len(c) > 4 else "").split("|") if a]
        for n in names:
            forms[n.lower()] = names
    return forms


ABBREV = re.compile(r"(\b(Mr|Ms|Mrs|Dr|St|H\.E|No|Jr|Sr|Gen|Lt|Col|[A-Z])\.)$")


def split_sentences(par):
    out = []
    for piece in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“(])", par):
        if out and ABBREV.search(out[-1]):
            out[-1] += " " + piece  # "St. Petersburg", "George W. Bush": no sentence end
        else:
            out.append(piece)
    return [s.strip() for s in out if s.strip()]


def word_re(s):
    return r"(?<!\w)" + re.escape(s).replace(r"\ ", r"\s+") + r"(?![\w])"


class Slotter:
    def __init__(self, gold, ctab, itab):
        self.date = datetime.date.fromisoformat(gold["date"]) if gold.get("date") and len(gold["date"]) == 10 else None
        self.subs = []  # (regex, slot), longest forms first
        # Participants' countries first, in participant order, then the record's other countries.
        codes = []
        for p in gold.get("participants", [])[:4]:
            if p.get("country") and p["country"] not in codes:
                codes.append(p["country"])
        codes += [c for c in gold.get("countries", []) if c not in codes]
        self.cast = [codes.index(p["country"]) if p.get("country") in codes else 0
                     for p in gold.get("participants", [])[:4]]
        # Every other country named in the text gets the next slots too.
        self.ctab = ctab
        self.codes = codes
        people = gold.get("participants", [])[:4]
        for i, p in enumerate(people):
            words = p["name"].split()
            forms = [p["name"], " ".join(reversed(words)) if len(words) == 2 else None, words[-1],
                     words[-1].upper() + " " + " ".join(words[:-1]) if len(words) > 1 else None]
            if len(words) >= 2 and p.get("country") in ("CHN", "KOR", "PRK"):
                forms.append(words[0])  # family name first
            title = r"(?:(?:%s)\s+)*" % "|".join(re.escape(w) for w in TITLE_WORDS | set((p.get("role") or "").split()))
            for f in forms:
                if f:
                    # "Vladimir V. Putin": a middle initial may stand between the words of a name
                    name_rx = word_re(f).replace(r"\s+", r"\s+(?:[A-Z]\.\s+)?")
                    self.subs.append((len(f) + 100, re.compile(title + name_rx + r"(?:,\s+the\s+" + re.escape(
                        p.get("role") or "~~") + r"(?: of [A-Z][\w .]+?)?(?=[,.]))?"), "{P%d}" % i))
        self.itab = itab
        for k, ins in enumerate(gold.get("instruments", [])[:6]):
            forms = set(itab.get(ins["name"].lower(), [])) | {ins["name"]}
            for f in forms:
                if len(f) > 4:
                    self.subs.append((len(f) + 50, re.compile(r"(?:\b(?:1[89]|20)\d\d\s+)?" + word_re(f)), "{I%d}" % k))
        for pl in gold.get("places", []):
            if pl["type"] == "city":
                self.subs.append((len(pl["name"]), re.compile(word_re(pl["name"])), "{CITY}"))

    def country_slot(self, code):
        if code not in self.codes:
            self.codes.append(code)
        return self.codes.index(code)

    def countries(self, s):
        found = []
        for code, (names, adjs) in self.ctab.items():
            for n in names:
                if len(n) > 2 or n.isupper():
                    found.append((n, code, ""))
            for a in adjs:
                if len(a) > 3:
                    found.append((a, code, "a"))
        found.sort(key=lambda f: -len(f[0]))
        out = s
        for form, code, suffix in found:
            if form in out:
                out = re.sub(word_re(form), lambda m: "{C%d%s}" % (self.country_slot(code), suffix), out)
        return out

    def dates(self, s):
        if not self.date:
            return s
        d0 = self.date

        def full(m, style):
            try:
                if style == "mdy":
                    d = datetime.date(int(m.group(3)), MONTHS.index(m.group(1)) + 1, int(m.group(2)))
                else:
                    d = datetime.date(int(m.group(3)), MONTHS.index(m.group(2)) + 1, int(m.group(1)))
            except ValueError:
                return m.group(0)
            return "{D:%s:%+d}" % (style, (d - d0).days)

        s = re.sub(r"\b(%s) (\d{1,2}), (\d{4})\b" % MONTH_RE, lambda m: full(m, "mdy"), s)
        s = re.sub(r"\b(\d{1,2}) (%s),? (\d{4})\b" % MONTH_RE, lambda m: full(m, "dmy"), s)
        s = re.sub(r"\b(%s),? (\d{4})\b" % MONTH_RE,
                   lambda m: "{M:%+d}" % ((int(m.group(2)) - d0.year) * 12 + MONTHS.index(m.group(1)) - d0.month + 1), s)

        def md(m):
            try:
                d = datetime.date(d0.year, MONTHS.index(m.group(1)) + 1, int(m.group(2)))
            except ValueError:
                return m.group(0)
            return "{MD:%+d}" % (d - d0).days

        s = re.sub(r"\b(%s) (\d{1,2})\b(?!:)" % MONTH_RE, md, s)
        s = re.sub(r"(?<![\w{:+-])(19[4-9]\d|20[0-4]\d)(?![\w}])", lambda m: "{Y:%+d}" % (int(m.group(1)) - d0.year), s)
        return s

    def slot(self, s):
        for _, rx, slot in sorted(self.subs, key=lambda t: -t[0]):
            s = rx.sub(slot, s)
        s = self.countries(s)
        return self.dates(s)


def kind_of(s, raw_line):
    if re.match(r"^\s*(\d+\.|\(\d+\)|--|-|•|\*)\s", raw_line) and not re.match(r"^\d+\.\s+\S", raw_line.strip()):
        return "item"
    if JOINT.match(s):
        return "joint"
    if re.search(r"\{P\d\}", s) and REPORTING.search(s):
        return "statement"
    return "other"


def main():
    ctab = countries()
    itab = instruments()
    rows = []
    for gold_file in sorted(GOLD.glob("*.gold.json")):
        sample = gold_file.name.split(".")[0]
        text = (SAMPLES / (sample + ".txt")).read_text(encoding="utf-8")
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        sl = Slotter(gold, ctab, itab)
        rows.append(("cast", sample, " ".join("C%d" % c for c in sl.cast)))
        if gold.get("title"):
            rows.append(("title", sample, sl.slot(gold["title"])))
        opened = False
        for raw in text.splitlines():
            line = raw.strip()
            if not line or (gold.get("title") and line == gold["title"]):
                continue
            heading = re.match(r"^(\d+)\.\s+([A-Z][^.]{3,80})$", line)
            if heading and not line.endswith((".", ":")):
                rows.append(("heading", sample, sl.slot(heading.group(2))))
                continue
            body = re.sub(r"^(\d+\.|\(\d+\)|--|-|•|\*)\s+", "", line)
            for s in split_sentences(body):
                if len(s) < 40 or len(s) > 450 or not s[-1] in ".!?\"”" or "\t" in s:
                    continue  # page chrome, captions and cut-off text
                slotted = sl.slot(s)
                if "{" not in slotted and len(s) < 60:
                    continue
                k = kind_of(slotted, raw)
                if not opened and k in ("other", "statement") and re.search(r"\b(held|met|visited|meeting|talks)\b", s) \
                        and re.search(r"\{P\d\}", slotted):
                    k, opened = "opening", True
                rows.append((k, sample, slotted))
    seen = set()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# Generated by scripts/build-bench-sentences.py from samples/dev and their gold files: the sentence\n"
                "# bank of the record generator (org.compendium.bench). kind<TAB>sample<TAB>text with slots. Do not edit.\n")
        for k, sample, s in rows:
            key = (k, sample if k == "cast" else "", s)
            if key in seen:
                continue
            seen.add(key)
            f.write("%s\t%s\t%s\n" % (k, sample, s))
    print("wrote", len(seen), "rows to", OUT)


if __name__ == "__main__":
    main()
