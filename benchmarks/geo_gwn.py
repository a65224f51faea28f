#!/usr/bin/env python3
"""Geocoding accuracy on GeoWebNews gold toponyms: eventmill's geocoder against a most-populous baseline.

    python benchmarks/geo_gwn.py [../shared/eval/gwn_geo] [-v]

Each gold place is looked up by its first surface form (names[0]); the country context is the set of
countries of the article's other gold places. A lookup is right when it lands within the gold
tolerance (161 km). The baseline takes the most populous place whose normalised name is exactly the
surface form. Places with no answer count as wrong.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from eventmill import gazetteer as gz  # noqa: E402
from eventmill.geo import OfflineGeocoder, load_geocoder  # noqa: E402

EXACT_KM = 5.0  # "the same place": GWN's gold carries coordinates, not GeoNames ids


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def most_populous(g: OfflineGeocoder, name: str) -> tuple[float, float] | None:
    """Naive baseline: among places with exactly this normalised name, the most populous one."""
    i = g._key_idx.get(gz.fold_key(name))
    if i is None:
        return None
    h = gz.key_hash(gz.name_key(name))
    best = None
    start, end = g._span(i)
    for j in range(start, end):
        p = g._post_place[j]
        if g._post_hash[j] == h and (best is None or g._place_pop[p] > g._place_pop[best]):
            best = p
    if best is None:
        return None
    return g._place_lat[best] / gz.COORD_SCALE, g._place_lon[best] / gz.COORD_SCALE


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval" / "gwn_geo")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss of the geocoder")
    args = ap.parse_args(argv)
    g = load_geocoder()
    systems = ("baseline (most populous)", "geocoder, no context", "geocoder, country context")
    right = dict.fromkeys(systems, 0)
    exact = dict.fromkeys(systems, 0)
    answered = dict.fromkeys(systems, 0)
    total = 0
    for path in sorted(args.gold.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        places = [p for p in gold["places"] if p.get("lat") is not None and p.get("names")]
        for k, place in enumerate(places):
            name = place["names"][0]
            ctx = tuple(sorted({o["country"] for n, o in enumerate(places) if n != k and o.get("country")}))
            tol = place.get("tolerance_km", 161)
            total += 1
            found = {systems[0]: most_populous(g, name)}
            for system, kw in ((systems[1], {}), (systems[2], {"countries": ctx})):
                p = g.lookup(name, lang="en", **kw)
                found[system] = (p.lat, p.lon) if p else None
            for system, pt in found.items():
                if pt is not None:
                    answered[system] += 1
                    dist = km(pt[0], pt[1], place["lat"], place["lon"])
                    if dist <= EXACT_KM:
                        exact[system] += 1
                    if dist <= tol:
                        right[system] += 1
                    elif args.verbose and system == systems[2]:
                        print(f"{path.name}: {name!r} -> {pt} gold {place['lat']},{place['lon']}")
                elif args.verbose and system == systems[2]:
                    print(f"{path.name}: {name!r} -> none")
    print(f"{total} gold places, first surface form each, accuracy within 161 km")
    print(f"exact match: within {EXACT_KM:g} km of the gold point (GWN gives coordinates, not gazetteer ids)")
    print(f"{'system':30} {'acc@161':>8} {'exact':>7} {'answered':>9} {'acc|answered':>13}")
    for s in systems:
        print(
            f"{s:30} {right[s] / total:8.3f} {exact[s] / total:7.3f} {answered[s] / total:9.3f} "
            f"{right[s] / max(1, answered[s]):13.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
