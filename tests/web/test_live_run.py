"""`eventmill serve` beside a running `eventmill run` on the same file: the pages keep answering, a
refresh shows the rows committed since, and the run stores every article once, as it does alone."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request

from web_util import N, running, serve_in_thread, stored  # noqa: F401 (fixtures)


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
