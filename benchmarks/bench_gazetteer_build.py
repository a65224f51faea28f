#!/usr/bin/env python3
"""Gazetteer cache speed: the first build of the index from the shipped TSV places, then loads from the cache.

    python benchmarks/bench_gazetteer_build.py [--loads 5]

Each measure runs in a fresh process with an empty (first build) or a warm (loads) cache folder of its
own ($EVENTMILL_CACHE_DIR in a temporary folder, so the user's cache is left alone). "Build" is what the
first `load_geocoder()` on a machine costs: reading the TSV files, compiling, writing the cache file,
then loading it. "Load" is every later process: importing eventmill.geo, hashing the sources, reading
the cached index. The targets: load under 1 s, build well under a minute.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, resource, sys, time
t0 = time.perf_counter()
from eventmill import gazetteer_cache
from eventmill.geo import load_geocoder
t1 = time.perf_counter()
path = gazetteer_cache.cached_path()
t2 = time.perf_counter()
g = load_geocoder(imports=False)
t3 = time.perf_counter()
assert g.lookup("Alep", lang="fr") is not None
print(json.dumps({"import": t1 - t0, "cache": t2 - t1, "read": t3 - t2, "total": t3 - t0,
                  "size": path.stat().st_size, "places": g.meta["places"],
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(cache: Path) -> dict:
    env = dict(os.environ, EVENTMILL_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT / "src"))
    out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--loads", type=int, default=5, help="fresh processes loading from the warm cache")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="eventmill-bench-") as tmp:
        cache = Path(tmp) / "cache"
        first = run(cache)
        print(
            f"first build: {first['cache']:.1f} s to compile {first['places']:,} places into a "
            f"{first['size'] / 1e6:.1f} MB cache file, {first['total']:.1f} s to a loaded geocoder "
            f"(peak RSS {first['rss_mb']:.0f} MB)"
        )
        loads = [run(cache) for _ in range(args.loads)]
        totals = sorted(x["total"] for x in loads)
        best = min(loads, key=lambda x: x["total"])
        print(
            f"load from cache: {statistics.median(totals):.3f} s median, {totals[0]:.3f} s best of {len(loads)} "
            f"fresh processes (best: import {best['import']:.3f} s + hash and check {best['cache']:.3f} s "
            f"+ read and index {best['read']:.3f} s; peak RSS {best['rss_mb']:.0f} MB)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
