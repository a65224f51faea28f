"""Corpus-run throughput: articles per second with 1 and 2 local workers and with Dask (LocalCluster,
2 workers), in one run, plus peak memory per worker and DuckDB write throughput.

Each mode runs `eventmill.corpus.run` in its own fresh process on a fresh database (so every run
pays the same start-up: spawning workers, each loading its spaCy model), alternating the order over
rounds. The report gives medians and the speed-up ratios against 1 worker, for the whole run and for
the steady state (articles stored per second from a quarter of the run to its end), and the CPU
time the workers spent per article, which other load on the machine changes much less than the
rates. The corpus is the French evaluation articles cycled, each copy made distinct by a numbered
last line. DuckDB throughput replays the rows of the 1-worker run as transactions of 16 articles
(one batch) and of 256 (what the runner commits at once when results come in fast).

    python benchmarks/bench_corpus.py [--articles 1000] [--rounds 3] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = Path(os.environ.get("EVENTMILL_EVAL_DIR", ROOT.parent / "shared" / "eval"))
MODES = {"local-1": (1, None), "local-2": (2, None), "dask-2": (2, "local")}


def make_corpus(folder: Path, n: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((EVAL / "popcorn_fr").glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no articles under {EVAL / 'popcorn_fr'} (set EVENTMILL_EVAL_DIR)")
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"a{i:05d}.txt").write_text(
            texts[i % len(texts)].rstrip() + f"\n\nDépêche numéro {i}.\n", encoding="utf-8"
        )


def child(mode: str, corpus: Path, db: Path, batch_size: int) -> None:
    """One run in this fresh process; prints its figures as JSON."""
    from eventmill.config import Config
    from eventmill.corpus.runner import RunOptions, run

    workers, dask = MODES[mode]
    s = run([corpus], Config(), RunOptions(db=db, workers=workers, dask=dask, batch_size=batch_size, progress=False))
    n = s.coded + s.failed
    # steady state: articles stored per second from the commit that passed a quarter of the run to the end
    quarter = next(((t, k) for t, k in s.timeline if k >= n / 4), None)
    steady = (n - quarter[1]) / (s.timeline[-1][0] - quarter[0]) if quarter and s.timeline[-1][0] > quarter[0] else None
    print(
        json.dumps(
            {
                "mode": mode,
                "articles": n,
                "events": s.events,
                "seconds": s.seconds,
                "articles_per_s": n / s.seconds,
                "startup_s": s.timeline[0][0] if s.timeline else None,
                "steady_articles_per_s": steady,
                "worker_cpu_ms_per_article": 1000 * s.worker_cpu_s / n,
                "main_cpu_s": sum(
                    getattr(resource.getrusage(resource.RUSAGE_SELF), f) for f in ("ru_utime", "ru_stime")
                ),
                "worker_peak_rss_mb": sorted(s.workers.values()),
                "main_peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )


def duckdb_throughput(source_db: Path, batches: int, sizes: tuple[int, ...]) -> list[dict]:
    """Rows per second writing batches shaped like the runner's (every table, one transaction each)."""
    import duckdb

    from eventmill.corpus.runner import KEYS
    from eventmill.corpus.store import Store

    con = duckdb.connect(str(source_db), read_only=True)
    tables = {
        t: con.sql(f"SELECT * EXCLUDE (run_id) FROM {t}" if t in ("articles", "sources") else f"SELECT * FROM {t}")
        .to_arrow_table()
        .to_pydict()
        for t in KEYS
    }
    con.close()
    ids = tables["articles"]["id"]
    results = []
    by_article = {name: {} for name in tables}
    for name, cols in tables.items():
        key = "id" if name == "articles" else "article_id"
        for i, a in enumerate(cols[key]):
            by_article[name].setdefault(a, []).append(i)
    for size in sizes:
        prepared = []
        for b in range(batches):
            # `size` articles with new IDs for this batch, and all their rows in every table
            pick = {
                ids[(b * size + i) % len(ids)]: f"{b:06d}{i:04d}{ids[(b * size + i) % len(ids)][:6]}"
                for i in range(size)
            }
            batch = {}
            for name, cols in tables.items():
                key = "id" if name == "articles" else "article_id"
                keep = [i for a in pick for i in by_article[name].get(a, [])]
                batch[name] = {c: [v[i] for i in keep] for c, v in cols.items()}
                batch[name][key] = [pick[cols[key][i]] for i in keep]
                if name == "sources":
                    batch[name]["source"] = [f"{s}#{b}" for s in batch[name]["source"]]
            prepared.append(batch)
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(Path(tmp) / "w.duckdb")
            t0 = time.perf_counter()
            rows = sum(store.write(batch, run_id=1) for batch in prepared)
            secs = time.perf_counter() - t0
            store.close()
        results.append(
            {
                "articles_per_batch": size,
                "batches": batches,
                "rows": rows,
                "seconds": secs,
                "rows_per_s": rows / secs,
                "articles_per_s": batches * size / secs,
            }
        )
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--child", choices=tuple(MODES), help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        child(a.child, a.corpus, a.db, a.batch_size)
        return
    runs: dict[str, list[dict]] = {m: [] for m in MODES}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        make_corpus(corpus, a.articles)
        order = list(MODES)
        keep_db = Path(tmp) / "local-1.duckdb"
        for r in range(a.rounds):
            for mode in order if r % 2 == 0 else order[::-1]:
                db = Path(tmp) / f"{mode}-{r}.duckdb"
                cmd = [
                    sys.executable,
                    __file__,
                    "--child",
                    mode,
                    "--corpus",
                    str(corpus),
                    "--db",
                    str(db),
                    "--batch-size",
                    str(a.batch_size),
                ]
                out = subprocess.run(cmd, capture_output=True, text=True)
                if out.returncode not in (0, 1):
                    raise SystemExit(f"{mode} failed:\n{out.stderr[-3000:]}")
                runs[mode].append(json.loads(out.stdout.strip().splitlines()[-1]))
                print(f"round {r + 1} {mode}: {runs[mode][-1]['articles_per_s']:.2f} articles/s", file=sys.stderr)
                if mode == "local-1" and not keep_db.exists():
                    db.rename(keep_db)
                else:
                    db.unlink()
        writes = duckdb_throughput(keep_db, batches=200, sizes=(a.batch_size, 256))

    def med(mode: str, key: str) -> float | None:
        vals = [r[key] for r in runs[mode] if r[key] is not None]
        return statistics.median(vals) if vals else None

    summary = {
        m: {
            "articles_per_s": med(m, "articles_per_s"),
            "steady_articles_per_s": med(m, "steady_articles_per_s"),
            "startup_s": med(m, "startup_s"),
            "worker_cpu_ms_per_article": med(m, "worker_cpu_ms_per_article"),
            "main_cpu_s": med(m, "main_cpu_s"),
            "worker_peak_rss_mb": max(max(r["worker_peak_rss_mb"]) for r in runs[m]),
            "main_peak_rss_mb": max(r["main_peak_rss_mb"] for r in runs[m]),
        }
        for m in MODES
    }
    base = summary["local-1"]
    report = {
        "articles": a.articles,
        "rounds": a.rounds,
        "batch_size": a.batch_size,
        "cpus": os.cpu_count(),
        "modes": summary,
        "speedup_vs_1_worker": {m: round(summary[m]["articles_per_s"] / base["articles_per_s"], 2) for m in MODES},
        "steady_speedup_vs_1_worker": {
            m: round(summary[m]["steady_articles_per_s"] / base["steady_articles_per_s"], 2)
            for m in MODES
            if summary[m]["steady_articles_per_s"]
        },
        "duckdb_writes": writes,
        "runs": runs,
    }
    text = json.dumps(report, indent=2)
    print(text)
    if a.json:
        a.json.write_text(text + "\n")


if __name__ == "__main__":
    main()
