"""`eventmill serve` beside a running `eventmill run` on the same file: the pages keep answering, a
refresh shows the rows committed since, and the run stores every article once, as it does alone."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

from web_util import N, running, serve_in_thread, stored, write_corpus  # noqa: F401 (fixtures)

from eventmill.corpus.store import Store
from synthetic_store import add_synthetic


def get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=60) as r:  # a server this test started on 127.0.0.1
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def test_the_api_answers_during_a_run_and_a_refresh_shows_new_rows(running):
    proc, db, log_path = running
    seen: list[tuple[int, int]] = []  # (status, total) of every poll
    slowest = 0.0
    for base in serve_in_thread(db):
        while True:
            done = proc.poll() is not None
            t0 = time.monotonic()
            status, body = get(base + "/api/events?limit=5")
            slowest = max(slowest, time.monotonic() - t0)
            seen.append((status, body.get("total", -1)))
            if done:
                break
            time.sleep(0.1)
        final = get(base + "/api/events")[1]["total"]
    assert proc.returncode == 0, log_path.read_text()[-3000:]
    errors = [s for s, _ in seen if s >= 500]
    assert not errors, f"{len(errors)} of {len(seen)} requests failed: {errors[:5]}"
    # requests wait for a commit to end (up to busy_wait_s, 10 s); none should need long
    assert slowest < 10
    totals = [t for s, t in seen if s == 200]
    assert 0 < final == totals[-1]
    assert any(0 < t < final for t in totals), f"no refresh saw the run part-way: {sorted(set(totals))}"
    assert totals == sorted(totals)  # a refresh never loses rows
    articles, distinct, events = stored(db)
    assert articles == distinct == N and events == final
    commits = log_path.read_text().count("INFO: stored")
    assert commits >= 2, "the run committed once: nothing to see part-way"


# coded articles not yet matched into incidents, four reports of each incident (k = i // 4): two events
# each, in five countries over a year, named by a few proper nouns; enough that matching them at the
# end of a run takes seconds
UNMATCHED_TEXT = (
    "'Report ' || i || '. Fighters of Brigade' || (i // 4 % 97) || ' attacked Town' || (i // 4 % 211)"
    " || ', said Spokesman' || (i % 31) || '.'"
)
UNMATCHED_ARTICLES = 12_000


def test_the_api_answers_while_a_run_matches_incidents_at_its_end(tmp_path):
    """Matching reads the store in short turns, works with the file closed and writes a few hundred
    incidents per turn: a request waits for one turn, never for the whole matching (which would pass
    10 s, a 503, on a large run) nor for all the writing."""
    db, folder, log_path = (tmp_path / n for n in ("events.duckdb", "in", "run.log"))
    with Store(db) as store:
        add_synthetic(store, 0, UNMATCHED_ARTICLES, UNMATCHED_TEXT)
    write_corpus(folder, 4)
    cmd = [sys.executable, "-m", "eventmill.cli", "-v", "run", str(folder), "--db", str(db), "--workers", "1"]
    cmd.append("--no-progress")
    polls: list[tuple[float, float, int]] = []  # (start, end, status) of every request
    matching: dict[str, float] = {}  # when the run said it began matching and when it had matched

    def watch(proc) -> None:  # apart from the requests, which may wait
        while proc.poll() is None:
            said = log_path.read_text()
            for key, line in (("start", "incidents: matching"), ("end", "incidents: matched")):
                if line in said:
                    matching.setdefault(key, time.monotonic())
            time.sleep(0.02)

    with open(log_path, "w") as log:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log)
        watcher = threading.Thread(target=watch, args=(proc,), daemon=True)
        watcher.start()
        try:
            for base in serve_in_thread(db):
                while proc.poll() is None:
                    t0 = time.monotonic()
                    status, _ = get(base + "/api/events?limit=5")
                    polls.append((t0, time.monotonic(), status))
                    time.sleep(0.1)
                final = get(base + "/api/incidents?limit=1")[1]
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait(30)
            watcher.join(5)
    assert proc.returncode == 0, log_path.read_text()[-3000:]
    assert matching.keys() == {"start", "end"}, log_path.read_text()[-3000:]
    start, end = matching["start"], matching["end"]
    seconds = end - start
    during = [(t1 - t0, st) for t0, t1, st in polls if t1 > start - 0.5 and t0 < end]
    # matching must take long enough to tell a request that waits for all of it from one that does not
    assert seconds >= 3, f"matching took only {seconds:.1f} s: the test cannot tell"
    assert all(st == 200 for _, st in during), during
    slowest = max(s for s, _ in during)
    # one transaction for all the writing made a request wait about 0.3 of the matching (2 of 7 s)
    assert slowest < 0.2 * seconds, f"a request waited {slowest:.1f} s of the {seconds:.1f} s of matching"
    assert len(during) >= 5, during  # and the pages answered all along
    # and everything was matched: each article has its signature, each of its reports an incident
    assert final["total"] > 0
    with Store(db, read_only=True) as store:
        assert store.query("SELECT count(*) FROM article_minhash") == [(UNMATCHED_ARTICLES + 4,)]
        assert store.query(
            "SELECT count(*) FROM events WHERE incident_id IS NULL "
            "AND NOT coalesce(negated OR hypothetical OR future, false)"
        ) == [(0,)]
