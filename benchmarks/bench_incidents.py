"""Incident matching speed and memory.

`cluster`: synthetic reports (two events each) clustered in memory, at each size, each size in its own
process so peak memory is its own: events per second and peak RSS.
`store`: a synthetic DuckDB store (articles, events, actors, places) matched end to end by
`eventmill incidents --rebuild` (read, near-duplicate signatures, scoring, clustering, writing).
`run`: `eventmill run` over real articles (the articles of four evaluation sets, cycled with a numbered
line up to --articles): the share of the run spent matching incidents.

    python benchmarks/bench_incidents.py cluster --sizes 10000,100000,1000000
    python benchmarks/bench_incidents.py store --sizes 10000,100000
    python benchmarks/bench_incidents.py run --articles 1000 --workers 2

Synthetic incidents: 40 countries, dates over a year, 1 to 8 articles per incident (a geometric-like
mix), three names of their own per incident and names shared by many (a common pool), families
violence 70%, protest 20%, statement 10%.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
EVAL = Path(os.environ.get("EVENTMILL_EVAL_DIR", ROOT.parent / "shared" / "eval"))
START = dt.date(2025, 1, 1).toordinal()
RUN_SETS = ("ecb_incidents", "popcorn_fr", "plover_en", "wikievents_en")
FAMILIES = (("violence", "ASSAULT", 0.7), ("protest", "PROTEST", 0.2), ("statement", "REQUEST", 0.1))


def _family(r: float) -> tuple[str, str]:
    for family, etype, share in FAMILIES:
        if r < share:
            return family, etype
        r -= share
    return FAMILIES[0][:2]


def _incidents(n_events: int, seed: int = 7):
    """(incident no, article no) pairs and each incident's facts, until n_events events (2 per article)."""
    rng = random.Random(seed)
    n_articles = n_events // 2
    art = 0
    inc = 0
    while art < n_articles:
        k = min(n_articles - art, 1 + int(rng.expovariate(0.5)) % 8)
        family, etype = _family(rng.random())
        country = f"C{rng.randrange(40):02d}"
        lat, lon = rng.uniform(-40, 60), rng.uniform(-100, 120)
        day = START + rng.randrange(365)
        dead = rng.choice([None, None, rng.randrange(1, 40)])
        names = [f"name{inc}a", f"name{inc}b", f"town{inc}"] + [f"common{rng.randrange(200)}" for _ in range(3)]
        yield inc, range(art, art + k), family, etype, country, lat, lon, day, dead, names
        art += k
        inc += 1


def synthetic_reports(n_events: int):
    from collections import Counter

    from eventmill.incidents.reports import Report
    from eventmill.incidents.scoring import weigh

    rng = random.Random(11)
    reports = []
    for inc, arts, family, _etype, country, lat, lon, day, dead, names in _incidents(n_events):
        for a in arts:
            jitter = rng.choice((0, 0, 0, 1, -1))
            r = Report(f"a{a:08d}", 0, family, "incident", events=[0, 1], date_low=day + jitter, date_high=day + jitter)
            r.place = (lat, lon, "town", country, f"g{inc}")
            r.countries = {country}
            r.names = {w: 1 + (w.startswith("name") and rng.random() < 0.5) for w in names if rng.random() < 0.85}
            r.dead = (dead, dead + rng.choice((0, 0, 1))) if dead else None
            reports.append(r)
    df = Counter(w for r in reports for w in r.names)
    weigh(reports, df, len(reports))
    return reports


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_cluster(n_events: int) -> dict:
    from eventmill.incidents.clustering import cluster

    t0 = time.perf_counter()
    reports = synthetic_reports(n_events)
    built = time.perf_counter() - t0
    t1 = time.perf_counter()
    out = cluster(reports)
    secs = time.perf_counter() - t1
    return {
        "level": "cluster",
        "events": n_events,
        "reports": len(reports),
        "incidents": len({a.incident_id for a in out}),
        "build_s": round(built, 1),
        "cluster_s": round(secs, 1),
        "events_per_s": round(n_events / secs),
        "peak_rss_mb": round(_peak_mb()),
    }


def build_store(db: Path, n_events: int) -> None:
    """A synthetic store: one article per report, two events, its names as actor and place mentions."""
    import pyarrow as pa

    from eventmill.corpus.store import Store

    rng = random.Random(5)
    arts, events, actors, places = [], [], [], []
    for _inc, ids, family, etype, country, lat, lon, day, dead, names in _incidents(n_events):
        for a in ids:
            aid = f"a{a:08d}"
            date = dt.date.fromordinal(day + rng.choice((0, 0, 1)))
            text = f"Report {a}. " + " ".join(n.capitalize() for n in names) + f" {family} in {names[2]}."
            arts.append({"id": aid, "status": "coded", "published": date, "lang": "en", "text": text})
            for no in range(2):
                events.append(
                    {
                        "article_id": aid,
                        "event_no": no,
                        "type": etype,
                        "modes": [],
                        "latitude": lat,
                        "longitude": lon,
                        "country": country,
                        "geo_precision": "town",
                        "gid": f"g{names[2]}",
                        "location": names[2],
                        "event_date": date if no == 0 else None,
                        "date_precision": "day" if no == 0 else None,
                        "dead": dead if no == 0 else None,
                        "actor1": names[0].capitalize(),
                    }
                )
            for no, n in enumerate(names[:2] + names[3:]):
                actors.append({"article_id": aid, "mention_no": no, "start_char": 0, "name": n.capitalize()})
            places.append({"article_id": aid, "mention_no": 0, "gid": f"g{names[2]}", "country": country})
    with Store(db) as store:
        for name, rows in (("articles", arts), ("events", events), ("actors", actors), ("places", places)):
            schema = store.schemas[name]
            table = pa.Table.from_pylist(rows, schema=pa.schema([schema.field(c) for c in rows[0]]))
            store.con.register("_rows", table)
            store.con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _rows")
            store.con.unregister("_rows")


def bench_store(n_events: int) -> dict:
    from eventmill.incidents import update_store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "synthetic.duckdb"
        t0 = time.perf_counter()
        build_store(db, n_events)
        built = time.perf_counter() - t0
        summary = update_store(db, rebuild=True)
        return {
            "level": "store",
            "events": n_events,
            "articles": summary.articles,
            "incidents": summary.incidents,
            "build_s": round(built, 1),
            "match_s": round(summary.seconds, 1),
            "events_per_s": round(n_events / summary.seconds),
            "peak_rss_mb": round(_peak_mb()),
        }


def bench_run(n_articles: int, workers: int) -> dict:
    # news articles of the evaluation sets (gwn_geo left out: one of its articles stops `eventmill run`
    # on a figure too large for the store, a bug reported apart)
    texts = [p.read_text(encoding="utf-8") for s in RUN_SETS for p in sorted((EVAL / s).glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no articles under {EVAL} (set EVENTMILL_EVAL_DIR)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i in range(n_articles):
            extra = f"\n\n{i}.\n" if i >= len(texts) else ""  # copies past the real articles: near-duplicates
            (folder / f"a{i:05d}.txt").write_text(texts[i % len(texts)] + extra, encoding="utf-8")
        summary = Path(tmp) / "summary.json"
        cmd = [sys.executable, "-m", "eventmill.cli", "run", str(folder), "--db", str(Path(tmp) / "run.duckdb")]
        cmd += ["--workers", str(workers), "--json", str(summary), "--no-progress"]
        t0 = time.perf_counter()
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")])),
        }
        done = subprocess.run(cmd, check=False, capture_output=True, text=True, env=env)
        if not summary.exists():
            raise SystemExit(done.stderr[-2000:])
        wall = time.perf_counter() - t0
        s = json.loads(summary.read_text())
    return {
        "level": "run",
        "articles": n_articles,
        "events": s["events"],
        "wall_s": round(wall, 1),
        "coding_s": round(s["seconds"], 1),
        "incident_s": round(s["incident_seconds"], 2),
        "incident_share": round(s["incident_seconds"] / wall, 3),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("level", choices=("cluster", "store", "run"))
    ap.add_argument("--sizes", default="10000,100000", help="events, comma-separated (cluster, store)")
    ap.add_argument("--articles", type=int, default=1000, help="articles (run)")
    ap.add_argument("--workers", type=int, default=2, help="coding workers (run)")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # one size, in this process
    ap.add_argument("--json", type=Path, help="also write the results here")
    a = ap.parse_args(argv)
    if a.one:
        fn = bench_cluster if a.level == "cluster" else bench_store
        print(json.dumps(fn(a.one)))
        return 0
    results = []
    if a.level == "run":
        results.append(bench_run(a.articles, a.workers))
        print(json.dumps(results[-1]))
    else:
        for size in (int(s) for s in a.sizes.split(",")):
            out = subprocess.run(
                [sys.executable, __file__, a.level, "--one", str(size)], capture_output=True, text=True, check=True
            )
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
            print(json.dumps(results[-1]), flush=True)
    if a.json:
        a.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
