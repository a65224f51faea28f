#!/usr/bin/env python3
"""Geocoder speed: load time, lookups per second over a few thousand real names, peak memory.

    python benchmarks/bench_geo.py

Names: the gold toponyms of ../shared/eval/gwn_geo (when present), the curated aliases and country
names, and every 150th place name of the gazetteer. The cold pass looks each distinct name up once
with an empty cache; the warm pass repeats it (the per-process cache answers).
"""
from __future__ import annotations

import json
import math
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
    names.extend(g._names[::150])
    return list(dict.fromkeys(n for n in names if n))


def main() -> int:
    t0 = time.perf_counter()
    from eventmill.geo import load_geocoder

    g = load_geocoder()
    from eventmill import gazetteer as gz
    from eventmill.text import norm

    load_s = time.perf_counter() - t0
    names = real_names(g)
    t = time.perf_counter()
    g._fuzzy("Saraqeb", None, ("SY", "US"), (), None)  # builds the fuzzy index of two countries
    print(f"fuzzy index for SY and US (built on first use): {time.perf_counter() - t:.3f} s")
    contexts = [((), ()), (("SY",), ((36.2, 37.16),)), (("US",), ())]
    for label, ctx in (("cold, no context", False), ("cold, with context", True), ("warm (cached)", True)):
        best = math.inf
        for _ in range(REPEAT):  # best of REPEAT: the machine may be shared
            if not label.startswith("warm"):
                for cached in (g, gz.name_key, gz.fold_key, norm):
                    cached.cache_clear()
            t = time.perf_counter()
            found = 0
            for i, name in enumerate(names):
                countries, near = contexts[i % len(contexts)] if ctx else ((), ())
                found += g.lookup(name, lang="fr" if i % 2 else "en", countries=countries, near=near) is not None
            best = min(best, time.perf_counter() - t)
        print(f"{label}: {len(names)} distinct names in {best:.3f} s = {len(names) / best:,.0f} lookups/s "
              f"({found} found; best of {REPEAT})")
    t = time.perf_counter()
    checks = sum(g.is_place_name(name) for name in names)
    dt = time.perf_counter() - t
    print(f"is_place_name: {len(names) / dt:,.0f} checks/s ({checks} true)")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 if sys.platform != "darwin" else 1024 * 1024)
    print(f"load {load_s:.3f} s (import + read + index), {g.meta['places']:,} places, "
          f"{g.meta['keys']:,} keys, peak RSS {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
