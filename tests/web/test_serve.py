"""`eventmill serve` around the API: the command line, the read-only access beside a writer, the
time limit, the Host check, and incidents once their table exists."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time

import duckdb
import pytest
from web_util import client, incidents_db, web_db  # noqa: F401 (fixtures)

from eventmill.cli import main


def test_serve_help_explains_what_host_0000_exposes(capsys):
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "default: 127.0.0.1" in out and "0.0.0.0 exposes every article" in out and "without any login" in out


def test_serve_refuses_a_missing_database(tmp_path, capsys):
    assert main(["serve", "--db", str(tmp_path / "none.duckdb")]) == 4
    assert "code a corpus first" in capsys.readouterr().err


def test_serve_refuses_a_file_that_is_not_an_eventmill_store(tmp_path, capsys):
    db = tmp_path / "other.duckdb"
    duckdb.connect(str(db)).close()
    assert main(["serve", "--db", str(db)]) == 4
    assert "not an eventmill database" in capsys.readouterr().err


HOLD = """
import sys, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("INSERT INTO events (article_id, event_no, type, evidence) SELECT article_id, 999, type, evidence "
            "FROM events ORDER BY article_id, event_no LIMIT 1")
print("holding", flush=True)
sys.stdin.readline()
con.close()
"""


def writer_can_open(db) -> bool:
    """Whether another process could open the file for writing now (as eventmill run does)."""
    code = (
        "import sys, duckdb\ntry:\n    duckdb.connect(sys.argv[1]).close()\nexcept duckdb.IOException:\n    sys.exit(1)"
    )
    return subprocess.run([sys.executable, "-c", code, str(db)]).returncode == 0


def test_the_app_frees_the_file_once_idle_for_a_writer(web_db, tmp_path):
    db = tmp_path / "idle.duckdb"
    shutil.copy(web_db, db)
    from fastapi.testclient import TestClient

    from eventmill.web.app import create_app

    with TestClient(create_app(db, idle_close_s=4)) as c:
        assert c.get("/api/events").status_code == 200
        held = time.monotonic()
        assert not writer_can_open(db)  # still held: the next request finds DuckDB's cache warm
        assert time.monotonic() - held < 4, "the check came too late to say"
        deadline = time.monotonic() + 30
        while not writer_can_open(db):
            assert time.monotonic() < deadline, "the app never let the file go"
        assert time.monotonic() - held >= 3.5
        assert c.get("/api/events").status_code == 200


def test_with_idle_close_0_the_app_holds_no_lock_between_requests_and_says_when_a_writer_does(web_db, tmp_path):
    db = tmp_path / "busy.duckdb"
    shutil.copy(web_db, db)
    from fastapi.testclient import TestClient

    from eventmill.web.app import create_app

    with TestClient(create_app(db, idle_close_s=0, busy_wait_s=0.5)) as c:
        assert c.get("/api/events").status_code == 200
        assert writer_can_open(db)
        before = c.get("/api/events").json()["total"]
        # a writer (as eventmill run) adds a row and holds the file
        writer = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        try:
            assert writer.stdout.readline().strip() == "holding"
            response = c.get("/api/events")
            assert response.status_code == 503
            assert "being written by another process" in response.json()["detail"]
            writer.stdin.write("done\n")
            writer.stdin.flush()
            assert writer.wait(30) == 0
        finally:
            writer.kill()
        # once it has finished, a refresh shows the new row
        response = c.get("/api/events")
        assert response.status_code == 200 and response.json()["total"] == before + 1


WRITER = """
import sys, time
from eventmill.corpus.store import Store
t0 = time.monotonic()
store = Store(sys.argv[1], wait_s=float(sys.argv[2]))  # says it wants the file, as eventmill run does
store.con.execute("INSERT INTO events (article_id, event_no, type, evidence) SELECT article_id, 998, type, "
                  "evidence FROM events ORDER BY article_id, event_no LIMIT 1")
print("holding", round(time.monotonic() - t0, 2), flush=True)
sys.stdin.readline()
store.close()
"""


def finish(writer: subprocess.Popen) -> None:
    writer.stdin.write("done\n")
    writer.stdin.flush()


def test_the_app_lets_go_at_once_when_a_writer_wants_the_file_and_waits_for_it_to_finish(web_db, tmp_path):
    db = tmp_path / "wanted.duckdb"
    shutil.copy(web_db, db)
    from fastapi.testclient import TestClient

    from eventmill.web.app import create_app

    # the connection would stay open 300 s when idle, and busy requests wait up to 1.5 s
    with TestClient(create_app(db, idle_close_s=300, busy_wait_s=1.5)) as c:
        before = c.get("/api/events").json()["total"]
        assert not writer_can_open(db)  # held for the next request
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), "60"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        try:
            word, waited = writer.stdout.readline().split()
            assert word == "holding" and float(waited) < 30  # let go long before its idle close
            # while the writer holds the file, a request waits for it, then says it is busy
            t0 = time.monotonic()
            response = c.get("/api/events")
            assert response.status_code == 503 and time.monotonic() - t0 >= 1.4
            assert "was not free within 1.5 s" in response.json()["detail"]
            # a request that comes while the writer commits gets its answer once the writer is done
            threading.Timer(0.5, finish, [writer]).start()
            response = c.get("/api/events")
            assert response.status_code == 200 and response.json()["total"] == before + 1
            assert writer.wait(30) == 0
        finally:
            writer.kill()
    assert not (tmp_path / "wanted.duckdb.write-wanted").exists()


def test_a_writer_killed_while_it_wanted_the_file_does_not_block_readers(web_db, tmp_path):
    db = tmp_path / "killed.duckdb"
    shutil.copy(web_db, db)
    from fastapi.testclient import TestClient

    from eventmill.web.app import create_app

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (tmp_path / "killed.duckdb.write-wanted").write_text(dead.stdout.strip())  # what kill -9 leaves behind
    with TestClient(create_app(db, busy_wait_s=0.5)) as c:
        assert c.get("/api/events").status_code == 200


def test_a_slow_query_is_interrupted(web_db):
    from eventmill.web.db import Database, QueryTimeout

    with pytest.raises(QueryTimeout, match="longer than 0.2 s"):
        with Database(web_db, timeout_s=0.2).connect() as con:
            con.execute("SELECT count(*) FROM range(100000000000) a WHERE a.range % 7 = 3").fetchall()


def test_on_loopback_only_requests_addressed_to_it_are_answered(web_db):
    from fastapi.testclient import TestClient

    from eventmill.web.app import create_app

    app = create_app(web_db, allowed_hosts=["127.0.0.1", "localhost"])
    assert TestClient(app, base_url="http://127.0.0.1:8000").get("/api/meta").status_code == 200
    assert TestClient(app, base_url="http://localhost:8000").get("/api/meta").status_code == 200
    refused = TestClient(app, base_url="http://rebound.example:8000").get("/api/meta")
    assert refused.status_code == 400 and "content-security-policy" in refused.headers


@pytest.fixture(scope="module")
def incidents_client(incidents_db):
    from fastapi.testclient import TestClient

    from eventmill.web.app import create_app

    db, n = incidents_db
    with TestClient(create_app(db)) as c:
        yield c, n


def test_incidents_are_listed_and_shown_once_the_table_exists(incidents_client):
    c, n = incidents_client
    listing = c.get("/api/incidents").json()
    assert listing["total"] == 1 and listing["incidents"][0]["incident_id"] == "inc-1"
    assert listing["incidents"][0]["actors"] == ["Jabhat al-Nusra"]
    one = c.get("/api/incidents/inc-1").json()
    assert one["n_events"] == n == len(one["events"]) and all(e["incident_id"] == "inc-1" for e in one["events"])
    assert c.get("/api/incidents/nope").status_code == 404
    filtered = c.get("/api/events", params={"incident": "inc-1"}).json()
    assert filtered["total"] == n
    assert c.get("/api/meta").json()["incidents"] is True


def test_serve_without_the_web_extra_says_what_to_install(web_db, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "fastapi", None)  # import fastapi now raises ImportError
    assert main(["serve", "--db", str(web_db)]) == 5
    assert "pip install 'eventmill[web]'" in capsys.readouterr().err


def test_streams_and_the_map_stop_at_max_rows_and_say_so(web_db):
    from fastapi.testclient import TestClient

    from eventmill.web.app import create_app

    app = create_app(web_db, max_rows=2)
    with TestClient(app) as c:
        gj = c.get("/api/events.geojson")
        assert gj.headers["x-truncated"] == "true" and int(gj.headers["x-total-count"]) > 2
        assert len(gj.json()["features"]) <= 2
        points = c.get("/api/points").json()
        assert points["truncated"] and len(points["points"]) == 2 < points["total"]
    app.state.database.close()


def test_a_reader_that_cannot_leave_its_mark_still_serves_and_says_so_once(web_db, tmp_path, caplog):
    db = tmp_path / "events.duckdb"
    shutil.copy(web_db, db)
    # a directory where the mark goes: writing it fails even for root (as in a read-only folder)
    (tmp_path / "events.duckdb.read-wanted").mkdir()
    from fastapi.testclient import TestClient

    from eventmill.web.app import create_app

    with TestClient(create_app(db)) as c:
        assert all(c.get("/api/events").status_code == 200 for _ in range(3))
    assert sum("cannot write" in r.getMessage() for r in caplog.records) == 1
