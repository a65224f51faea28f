"""Resume: a real `eventmill run` killed with kill -9 part-way and started again stores every
article exactly once, with the same events as a run that was never interrupted."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import duckdb
from corpus_util import event_rows, texts, write_corpus  # noqa: F401 (fixtures)

from eventmill.config import Config
from eventmill.corpus.runner import RunOptions, run

N = 200


def counts(db):
    """(articles, distinct IDs, coded), and how many runs never finished."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        articles = con.execute(
            "SELECT count(*), count(DISTINCT id), count(*) FILTER (status = 'coded') FROM articles"
        ).fetchall()[0]
        return articles, con.execute("SELECT count(*) FROM runs WHERE finished_at IS NULL").fetchall()[0][0]
    finally:
        con.close()


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
        return True
    except ProcessLookupError:
        return False


def test_kill_9_and_restart_loses_nothing_and_duplicates_nothing(tmp_path, texts):
    folder = tmp_path / "in"
    write_corpus(folder, [t[:700] for t in texts], N)  # short articles keep the test quick
    baseline = tmp_path / "baseline.duckdb"
    run([folder], Config(), RunOptions(db=baseline, workers=0, progress=False))

    db = tmp_path / "events.duckdb"
    cmd = [
        sys.executable,
        "-m",
        "eventmill.cli",
        "-v",
        "run",
        str(folder),
        "--db",
        str(db),
        "--workers",
        "2",
        "--batch-size",
        "8",
        "--no-progress",
    ]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        # kill right after the first commit: the writer commits at most once a second, and short
        # articles on a quiet machine code so fast that a second commit may already hold most of them
        stored = 0
        for line in proc.stderr:
            stored += "INFO: stored" in line
            if stored == 1:
                break
        assert stored == 1, "the run ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)  # the main process only, as a user or the OOM killer would
        proc.wait(timeout=30)
        deadline = time.monotonic() + 20
        while group_alive(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not group_alive(proc.pid), "worker processes outlived the killed run"
    finally:
        if group_alive(proc.pid):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.stderr.close()

    (n, distinct, _), unfinished = counts(db)
    assert 8 <= n < N and n == distinct and unfinished == 1

    out = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert f"{n} already stored" in out.stderr
    (n2, distinct2, coded), _ = counts(db)
    assert n2 == distinct2 == coded == N
    assert event_rows(db) == event_rows(baseline)
