"""Latency of `eventmill serve` on a synthetic store: p50/p95 of /api/events with common filters and of
/api/stats on 1M events, and the dashboard's time to first paint with 10k located events.

    python benchmarks/bench_serve.py                  # builds /tmp/eventmill-bench/{1m,10k}.duckdb once
    python benchmarks/bench_serve.py --events 200000  # a smaller store
    python benchmarks/bench_serve.py --repeat 30 --no-paint --baseline /tmp/old/src  # before/after
    python benchmarks/bench_serve.py --dir /tmp/new --baseline /tmp/old/src --baseline-db OLD.duckdb

With `--baseline SRC` (the `src` folder of another eventmill checkout, e.g. `git archive main src`),
a second server runs that code on the same store, and each request goes to both in turn: on a
shared machine, both figures then see the same load. A baseline from before a schema change reads a
copy of the store at its own schema (`--baseline-db`); this code migrates the store under `--dir`.

The store is built with DuckDB SQL (generate_series), not through the pipeline: the figures measure the
web layer and its queries. Requests go over HTTP to `eventmill serve` in its own process, one at a time; the first paint is measured
by Playwright driving /usr/bin/chromium (skipped when it is absent).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventmill import ontology  # noqa: E402
from eventmill.corpus.store import Store  # noqa: E402

# a few countries with a rough centre, so the points fall on land
COUNTRIES = [
    ("SY", 35.0, 38.5),
    ("IQ", 33.0, 44.0),
    ("FR", 46.5, 2.5),
    ("UA", 49.0, 32.0),
    ("ML", 17.0, -2.0),
    ("NG", 9.0, 8.0),
    ("YE", 15.5, 47.5),
    ("LB", 33.9, 35.8),
    ("AF", 34.0, 66.0),
    ("SD", 15.0, 30.0),
]
ACTORS = [
    "Syrian Army",
    "Jabhat al-Nusra",
    "Islamic State",
    "Protesters",
    "Police",
    "Government forces",
    "Russian Air Force",
    "Kurdish militia",
    "Civilians",
    "United Nations",
]
WORDS = ["attaque", "bombardement", "manifestation", "accord", "explosion", "frappe", "arrestation", "combat"]


def build(path: Path, n_events: int, located_share: float = 0.7) -> None:
    """A store of n_events over n_events/5 articles, two years of dates, ten countries; article IDs are
    hashes, as eventmill's are, so no query gains from IDs stored in order."""
    if path.exists():
        Store(path).close()  # a store built by an older eventmill: migrated to this one's schema
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    store = Store(path)  # runs the migrations: the real schema
    con = store.con
    types = list(ontology.types())
    n_articles = max(1, n_events // 5)
    con.execute(
        """INSERT INTO articles (id, status, title, outlet, published, lang, chars, n_events, n_problems, text)
        SELECT substr(md5(CAST(i AS VARCHAR)), 1, 16), 'coded', 'Article ' || i, 'Outlet ' || (i % 50),
               DATE '2016-01-01' + CAST(i % 730 AS INTEGER), 'fr', 400, 5, 0,
               'Texte de la dépêche ' || i || '. ' || repeat('Des combats ont eu lieu. ', 10)
        FROM range(?) t(i)""",
        [n_articles],
    )
    con.execute(
        "CREATE TEMP TABLE c AS SELECT * FROM (VALUES "
        + ", ".join(f"({k}, '{code}', {lat}, {lon})" for k, (code, lat, lon) in enumerate(COUNTRIES))
        + ") v(k, code, lat, lon)"
    )
    con.execute(
        """INSERT INTO events (article_id, event_no, type, modes, negated, hypothetical, future, evidence,
               evidence_start, evidence_end, trigger, trigger_start, trigger_end, actor1, actor1_kind, actor2,
               location, latitude, longitude, country, geo_precision, event_date, date_precision, dead, dead_low,
               dead_high, score, rule, json, geo_confidence)
        SELECT substr(md5(CAST(i // 5 AS VARCHAR)), 1, 16), i % 5, ($types)[1 + CAST(hash(i) % len($types) AS INTEGER)], [], false,
               false, false, 'Une ' || ($words)[1 + CAST(hash(i + 7) % 8 AS INTEGER)] || ' a eu lieu, événement ' || i,
               0, 40, 'attaque', 4, 11, ($actors)[1 + CAST(hash(i + 1) % 10 AS INTEGER)], 'military',
               ($actors)[1 + CAST(hash(i + 2) % 10 AS INTEGER)], 'Place ' || (i % 997),
               CASE WHEN hash(i + 3) % 1000 < $located THEN c.lat + (hash(i + 4) % 400) / 100.0 - 2 END,
               CASE WHEN hash(i + 3) % 1000 < $located THEN c.lon + (hash(i + 5) % 400) / 100.0 - 2 END,
               c.code, 'town', DATE '2016-01-01' + CAST((i // 5) % 730 AS INTEGER), 'day',
               CAST(hash(i + 6) % 20 AS INTEGER), 0, 30, 1.0, 'rules:lexicon',
               -- the event JSON as the pipeline writes it, about the size of a real one
               json_object('type', 'ASSAULT', 'evidence', json_object('start', 0, 'end', 40, 'text',
                   'Une ' || ($words)[1 + CAST(hash(i + 7) % 8 AS INTEGER)] || ' a eu lieu, événement ' || i),
                   'trigger', json_object('start', 4, 'end', 11, 'text', 'attaque'),
                   'actors', [json_object('text', 'armée', 'start', 20, 'end', 25, 'name',
                       ($actors)[1 + CAST(hash(i + 1) % 10 AS INTEGER)], 'kind', 'military', 'country', NULL)],
                   'recipients', [json_object('text', 'rebelles', 'start', 30, 'end', 38, 'name',
                       ($actors)[1 + CAST(hash(i + 2) % 10 AS INTEGER)], 'kind', 'rebels', 'country', NULL)],
                   'location', json_object('text', 'Place', 'start', 50, 'end', 55,
                       'confidence', (hash(i + 8) % 100) / 100.0),
                   'date', json_object('text', 'jeudi', 'start', 41, 'end', 46),
                   'dead', json_object('value', 3, 'low', 0, 'high', 30, 'text', 'trois', 'start', 60, 'end', 65),
                   'also_evidence', [repeat('Une phrase de plus. ', 12), repeat('Et encore une autre. ', 12)])::VARCHAR,
               (hash(i + 8) % 100) / 100.0
        FROM range(?) t(i) JOIN c ON c.k = CAST(hash(i + 9) % 10 AS INTEGER)""".replace("$types", _list(types))
        .replace("$words", _list(WORDS))
        .replace("$actors", _list(ACTORS))
        .replace("$located", str(int(located_share * 1000))),
        [n_events],
    )
    con.execute("UPDATE events SET evidence_folded = lower(evidence)")  # as Store.write derives it
    con.execute("CHECKPOINT")
    store.close()
    print(f"built {path} ({n_events:,} events) in {time.perf_counter() - t0:.1f} s", file=sys.stderr)


def _list(values: list[str]) -> str:
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


def start(db: Path, src: Path = ROOT / "src") -> tuple[str, subprocess.Popen]:
    """`eventmill serve` (the code under `src`) in its own process, as users run it; returns its URL
    once it answers."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, PYTHONPATH=str(src))
    cmd = [sys.executable, "-m", "eventmill.cli", "serve", "--db", str(db), "--port", str(port)]
    server = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"  # the server just started on this machine: loopback only, no network
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/api/meta").close()
            return base, server
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("eventmill serve did not start") from None
            time.sleep(0.2)


def timed(urls: list[str], repeat: int) -> list[tuple[float, float, int]]:
    """For each URL (the same request to different servers, asked in turn): p50 and p95 in ms over
    `repeat` requests (after one warm-up), and the last response's total."""
    times: list[list[float]] = [[] for _ in urls]
    totals = [-1] * len(urls)
    for i in range(repeat + 1):
        for k, url in enumerate(urls):
            t0 = time.perf_counter()
            with urllib.request.urlopen(url) as r:
                body = json.loads(r.read())
            if i:
                times[k].append((time.perf_counter() - t0) * 1000)
            totals[k] = body.get("total", -1)
    out = []
    for t, total in zip(times, totals, strict=True):
        t.sort()
        out.append((statistics.median(t), t[min(len(t) - 1, int(round(0.95 * (len(t) - 1))))], total))
    return out


QUERIES = [
    ("/api/events (first page, no filter)", "/api/events"),
    ("/api/events?type=ASSAULT", "/api/events?type=ASSAULT"),
    ("/api/events?country=SY", "/api/events?country=SY"),
    ("/api/events?since&until (one month)", "/api/events?since=2016-06-01&until=2016-06-30"),
    ("/api/events?type&country&since&until", "/api/events?type=ASSAULT&country=SY&since=2016-06-01&until=2016-08-31"),
    ("/api/events?actor=nusra", "/api/events?actor=nusra"),
    ("/api/events?q=explosion", "/api/events?q=explosion"),
    ("/api/events?bbox (Syria)", "/api/events?bbox=35.5,32.3,42.4,37.3"),
    ("/api/events?sort=dead&desc=true", "/api/events?sort=dead&desc=true"),
    ("/api/events?offset=500000", "/api/events?offset=500000"),
    ("/api/events?sort=article&offset=500000", "/api/events?sort=article&offset=500000"),
    ("/api/stats (no filter)", "/api/stats"),
    ("/api/stats?type=ASSAULT", "/api/stats?type=ASSAULT"),
    ("/api/stats?country=SY&since&until", "/api/stats?country=SY&since=2016-01-01&until=2016-12-31"),
]


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def first_paint(base: str) -> dict[str, float] | None:
    if not Path("/usr/bin/chromium").exists():
        return None
    from playwright.sync_api import sync_playwright

    out: dict[str, list[float]] = {"first_contentful_paint_ms": [], "all_drawn_ms": []}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for _ in range(4):
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            t0 = time.perf_counter()
            page.goto(base + "/")
            page.wait_for_selector("body[data-state=ready]", timeout=120_000)
            drawn = (time.perf_counter() - t0) * 1000
            fcp = page.evaluate("performance.getEntriesByName('first-contentful-paint').map(e => e.startTime)[0] || -1")
            out["first_contentful_paint_ms"].append(fcp)
            out["all_drawn_ms"].append(drawn)
            page.close()
        browser.close()
    return {k: statistics.median(v[1:]) for k, v in out.items()}  # the first load warms the caches


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=Path("/tmp/eventmill-bench"))
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=40)
    ap.add_argument("--no-paint", action="store_true", help="skip the browser's first paint")
    ap.add_argument("--only", metavar="TEXT", help="time only the requests whose URL contains TEXT (e.g. q=)")
    ap.add_argument("--baseline", type=Path, help="src folder of another eventmill to compare, request by request")
    ap.add_argument(
        "--baseline-db",
        type=Path,
        help="the store the baseline reads (default: the same one); for a baseline from before a schema "
        "change, a copy of the store built by that version",
    )
    args = ap.parse_args()
    big = args.dir / f"{args.events}.duckdb"
    build(big, args.events)
    base, server = start(big)
    baseline = start(args.baseline_db or big, args.baseline) if args.baseline else None
    print(f"{args.events:,} events; {args.repeat} requests each; p50 / p95 in ms; load average {_load()}")
    if baseline:
        print(f"  {'':45s} {'this':>15s} {'baseline':>15s}")
    for name, url in QUERIES:
        if args.only and args.only not in url:
            continue
        results = timed([base + url] + ([baseline[0] + url] if baseline else []), args.repeat)
        cells = " ".join(f"{p50:7.1f} {p95:7.1f}" for p50, p95, _ in results)
        totals = {total for _, _, total in results}
        print(f"  {name:45s} {cells}   total={'/'.join(f'{t:,}' for t in sorted(totals))}")
    print(f"load average at the end {_load()}")
    if baseline:
        baseline[1].terminate()
        baseline[1].wait()
    paint = None if args.no_paint else first_paint(base)
    if paint:
        print(
            f"/ with {args.events:,} events (the map draws a sample of 20,000): first contentful paint "
            f"{paint['first_contentful_paint_ms']:.0f} ms, all drawn {paint['all_drawn_ms']:.0f} ms"
        )
    server.terminate()
    server.wait()
    if not args.no_paint:
        small = args.dir / "10000-located.duckdb"
        build(small, 10_000, located_share=1.0)
        base, server = start(small)
        paint = first_paint(base)
        server.terminate()
        server.wait()
        if paint is None:
            print("first paint: skipped, no /usr/bin/chromium")
        else:
            print(
                f"/ with 10,000 located events: first contentful paint {paint['first_contentful_paint_ms']:.0f} ms, "
                f"map, timeline and table drawn {paint['all_drawn_ms']:.0f} ms (median of 3 warm loads)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
