#!/usr/bin/env python3
"""Geocoder speed: load time, lookups per second over a few thousand real names, reverse lookups, peak memory.

    python benchmarks/bench_geo.py [--imports]

Names: the gold toponyms of ../shared/eval/gwn_geo (when present), the curated aliases and country
names, and every 150th place name of the gazetteer. The cold passes look each distinct name up once
with every cache empty; "keys cached" empties only the lookup cache (the name was seen before, in
another article's context, as in a corpus run); the warm pass repeats the lookups (the per-process
cache answers). Reverse: the points of 5,000 towns moved by up to 0.2 degree. The shipped gazetteer
alone unless --imports (then also the user's imports, see `eventmill gazetteer list`). The shipped index
is read from the cache folder (the first run on a machine compiles it; benchmarks/bench_gazetteer_build.py
times that and the load from cache).
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
REPEAT = 5


def real_names(g) -> list[str]:
    """A deterministic list of distinct place names as articles spell them."""
    names: list[str] = []
    gold = ROOT.parent / "shared" / "eval" / "gwn_geo"
    for path in sorted(gold.glob("*.gold.json")):
        for place in json.loads(path.read_text(encoding="utf-8"))["places"]:
            names.extend(place.get("names") or ())
    res = ROOT / "src" / "eventmill" / "resources"
    for tsv in (res / "xx" / "gazetteer" / "aliases.tsv", res / "fr" / "countries.tsv", res / "en" / "countries.tsv"):
        rows = [ln.split("\t")[0] for ln in tsv.read_text(encoding="utf-8").splitlines()[1:] if not ln.startswith("#")]
        names.extend(rows)
    names.extend(g._names[: g.meta["places"] : 150])
    return list(dict.fromkeys(n for n in names if n))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 if sys.platform != "darwin" else 1024 * 1024)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--imports", action="store_true", help="lay the user's imported gazetteers over the shipped one")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    from eventmill import gazetteer as gz
    from eventmill.geo import OfflineGeocoder, default_path, load_geocoder, user_files
    from eventmill.text import norm

    import_s = time.perf_counter() - t0
    g = load_geocoder(imports=args.imports)
    first_s = time.perf_counter() - t0
    rss_load = peak_rss_mb()
    overlays = tuple(user_files()) if args.imports else ()
    load_s = math.inf
    for _ in range(3):
        t = time.perf_counter()
        OfflineGeocoder(default_path(), overlays)
        load_s = min(load_s, time.perf_counter() - t)
        gc.collect()  # the instance's caches hold it in a reference cycle
    print(
        f"load: {first_s:.3f} s in a fresh process (imports {import_s:.3f} s + read and index); read and index "
        f"alone {load_s:.3f} s (best of 3); {len(overlays)} user imports"
    )
    names = real_names(g)
    t = time.perf_counter()
    g._fuzzy("Saraqeb", None, ("SY", "US"), (), None)  # builds the fuzzy index of two countries
    print(f"fuzzy index for SY and US (built on first use): {time.perf_counter() - t:.3f} s")
    contexts = [((), ()), (("SY",), ((36.2, 37.16),)), (("US",), ())]
    for label, ctx, keys in (
        ("cold, no context", False, False),
        ("cold, with context", True, False),
        ("keys cached, with context", True, True),
        ("warm (cached)", True, True),
    ):
        best = math.inf
        for _ in range(REPEAT):  # best of REPEAT: the machine may be shared
            if not label.startswith("warm"):
                g.cache_clear()
                if not keys:
                    for cached in (gz.keys, norm):
                        cached.cache_clear()
            t = time.perf_counter()
            found = 0
            for i, name in enumerate(names):
                countries, near = contexts[i % len(contexts)] if ctx else ((), ())
                found += g.lookup(name, lang="fr" if i % 2 else "en", countries=countries, near=near) is not None
            best = min(best, time.perf_counter() - t)
        print(
            f"{label}: {len(names)} distinct names in {best:.3f} s = {len(names) / best:,.0f} lookups/s "
            f"({found} found; best of {REPEAT})"
        )
    t = time.perf_counter()
    checks = sum(g.is_place_name(name) for name in names)
    dt = time.perf_counter() - t
    print(f"is_place_name: {len(names) / dt:,.0f} checks/s ({checks} true)")
    rng = random.Random(1)
    towns = [p for p in range(0, g.meta["places"], 37) if g._feat_prec[g._place_feat[p]] == "town"][:5000]
    points = [
        (
            g._place_lat[p] / gz.COORD_SCALE + rng.uniform(-0.2, 0.2),
            g._place_lon[p] / gz.COORD_SCALE + rng.uniform(-0.2, 0.2),
        )
        for p in towns
    ]
    t = time.perf_counter()
    g.reverse(0.0, 0.0)
    grid_s = time.perf_counter() - t
    best = math.inf
    for _ in range(REPEAT):
        g.cache_clear()
        t = time.perf_counter()
        found = sum(g.reverse(la, lo) is not None for la, lo in points)
        best = min(best, time.perf_counter() - t)
    print(
        f"reverse: {len(points) / best:,.0f} points/s ({found} of {len(points)} found; best of {REPEAT}); "
        f"grid built on first use in {grid_s:.3f} s"
    )
    print(
        f"{g.meta['places']:,} places, {g.meta['keys']:,} keys (shipped); peak RSS {rss_load:.0f} MB after the "
        f"first load, {peak_rss_mb():.0f} MB at the end (a second load at a time, the reverse grid)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
