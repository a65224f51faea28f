#!/usr/bin/env python3
"""Gazetteer coverage of press spellings: how many of a country's districts and villages, written as the press
and conflict monitors write them, the geocoder finds.

    python benchmarks/geo_variants.py [--country AF] [--villages 400] [--show 20] [--notes]

Places: every second-level division (admin2) of the shipped gazetteer in the country and a fixed sample of its
towns and villages. Spellings: each place's own name rewritten by one, then by two, of the country's `variant`
rows of resources/xx/transliterations.tsv ("Pul-e Khumri" -> "Puli Khumri", "Pul-e Khoumri"), keeping those no
name of the place already has, for the places whose own name finds them. A spelling counts as found when the lookup, with the country as the article's
country, gives a place within 25 km of the place (the scorer's radius). With --notes, also the whole pipeline on
an ACLED-style note per district spelling ("... in Dehrawood district (Oruzgan). ..."): is the event's place within
35 km of the district's point (a district's seat may lie that far from it)?
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
PLACES = ROOT / "src" / "eventmill" / "resources" / "xx" / "gazetteer" / "places"
WITHIN_KM = 25.0


def rules(country: str) -> list[tuple[str, str]]:
    path = ROOT / "src" / "eventmill" / "resources" / "xx" / "transliterations.tsv"
    rows = csv.DictReader((ln for ln in path.open(encoding="utf-8") if not ln.startswith("#")), delimiter="\t")
    return [
        (r["spelling"], r["other"]) for r in rows if r["kind"] == "variant" and country in r["countries"].split("|")
    ]


def places(country: str) -> list[dict]:
    rows: list[dict] = []
    for path in sorted(PLACES.glob(f"*-{country.lower()}.*.tsv")) + sorted(PLACES.glob(f"2-towns-{country}.tsv")):
        lines = (ln for ln in path.open(encoding="utf-8") if not ln.startswith("#"))
        rows.extend(csv.DictReader(lines, delimiter="\t"))
    return rows


def respell(name: str, rule: tuple[str, str]) -> str | None:
    """The name with the first place one side of the rule is written rewritten as the other side, or None."""
    low = name.lower()
    for a, b in (rule, rule[::-1]):
        if a and a in low:
            i = low.index(a)
            out = low[:i] + b + low[i + len(a) :]
            return " ".join(w[:1].upper() + w[1:] for w in out.split(" "))
    return None


def spellings(name: str, known: set[str], rs: list[tuple[str, str]], rng: random.Random) -> list[str]:
    from eventmill.gazetteer_keys import name_key

    out = {v for r in rs if (v := respell(name, r))}
    for _ in range(4):
        first, second = rng.sample(rs, 2)
        v = respell(name, first)
        if v and (w := respell(v, second)):
            out.add(w)
    return sorted(v for v in out if name_key(v) not in known and len(name_key(v)) > 2)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--country", default="AF")
    ap.add_argument("--villages", type=int, default=400, help="towns and villages sampled (fixed seed)")
    ap.add_argument("--show", type=int, default=0, help="print this many spellings not found or found wrong")
    ap.add_argument("--notes", action="store_true", help="also run the pipeline on a note per district spelling")
    args = ap.parse_args(argv)
    from eventmill.distance import km
    from eventmill.gazetteer_keys import name_key
    from eventmill.geo import load_geocoder

    g = load_geocoder()
    rng = random.Random(12)
    rows = places(args.country)
    districts = [r for r in rows if r["precision"] == "admin2"]
    towns = [r for r in rows if r["precision"] == "town"]
    rs = rules(args.country)
    misses: list[str] = []
    for label, sample in (("districts", districts), ("villages", rng.sample(towns, min(args.villages, len(towns))))):
        tally: Counter[str] = Counter()
        for r in sample:
            known = {name_key(n.split("=")[0]) for n in r["names"].split("|")} | {name_key(r["name"])}
            lat, lon = float(r["lat"]), float(r["lon"])
            own_ok = False
            for kind, names in (("own", [r["name"]]), ("variant", spellings(r["name"], known, rs, rng))):
                if kind == "variant" and not own_ok:  # a homonym the own name misses too: not a spelling matter
                    continue
                for n in names:
                    p = g.lookup(n, countries=(args.country,))
                    ok = p is not None and km(p.lat, p.lon, lat, lon) <= WITHIN_KM
                    tally[kind, "right" if ok else "none" if p is None else "wrong"] += 1
                    own_ok = ok if kind == "own" else own_ok
                    if kind == "variant" and not ok:
                        misses.append(f"{label}: {n!r} for {r['name']!r} -> {p.name if p else None}")
        for kind in ("own", "variant"):
            total = sum(v for (k, _), v in tally.items() if k == kind)
            right, wrong, none = (tally[kind, x] for x in ("right", "wrong", "none"))
            print(
                f"{args.country} {label} ({len(sample)}), {kind} spellings: {right}/{total} right "
                f"({right / max(total, 1):.3f}), {wrong} wrong place, {none} not found"
            )
    rng.shuffle(misses)
    for line in misses[: args.show]:
        print(line)
    if args.notes:
        notes(districts, rs, args.country)
    return 0


def notes(districts: list[dict], rs: list[tuple[str, str]], country: str) -> None:
    """Two spellings per district (fixed seed) in a note of ACLED's form, through `eventmill.extract`."""
    import eventmill
    from eventmill.distance import km
    from eventmill.gazetteer_keys import name_key

    rng = random.Random(5)
    right = total = 0
    for r in districts:
        known = {name_key(n.split("=")[0]) for n in r["names"].split("|")} | {name_key(r["name"])}
        names = spellings(r["name"], known, rs, rng)
        for n in rng.sample(names, min(2, len(names))):
            text = f"On 3 March 2021, militants attacked checkpoints in {n} district ({r['admin1']}). 4 were killed."
            doc = eventmill.extract(text, lang="en", published="2021-03-05")
            events = [e for e in doc.events if not e.negated]
            p = events[0].location.place if events and events[0].location else None
            right += p is not None and km(p.lat, p.lon, float(r["lat"]), float(r["lon"])) <= 35.0
            total += 1
    print(f"{country} district notes: event place right for {right}/{total} ({right / max(total, 1):.3f})")


if __name__ == "__main__":
    raise SystemExit(main())
