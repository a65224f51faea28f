"""Fixtures of the web tests: one database coded by a real `eventmill run` over a few short articles
(one of them hostile markup), the app over it, and a live server for the browser tests. (Not a
conftest.py, as in tests/corpus: test modules import these fixtures by name.)"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")

HOSTILE_TEXT = (
    "Le 9 avril 2016, des rebelles ont attaqué la ville d'Alep <script>window.__pwned = 1</script> et ont tué "
    "cinq civils, selon l'Observatoire syrien des droits de l'homme. "
    '<img src=x onerror="window.__pwned = 2"> Les combats ont repris dans la soirée près de Homs, '
    "où l'armée syrienne a bombardé des positions rebelles.\n"
)
HOSTILE = {
    "text": HOSTILE_TEXT,
    "title": '<img src=x onerror="window.__pwned = 3">Alep <b>attaque</b>',
    "outlet": "<script>window.__pwned = 4</script>",
    "url": "javascript:window.__pwned = 5",
    "published": "2016-04-10",
}


def articles() -> list[dict[str, str]]:
    """The bundled example, its long paragraphs each dated on its own day, and the hostile article."""
    example = (ROOT / "examples" / "syria_fr.txt").read_text(encoding="utf-8")
    paras = [p for p in example.split("\n") if len(p) > 200][:5]
    out = [
        {
            "text": f"Le {day} avril 2016, {p[0].lower()}{p[1:]}\n",
            "title": f"Syrie, dépêche {day}",
            "outlet": "Example News",
            "url": f"https://news.example/{day}",
            "published": f"2016-04-{day:02d}",
        }
        for day, p in enumerate(paras, start=1)
    ]
    whole = {
        "text": example,
        "title": "Syrie : l'attaque de Handarate",
        "outlet": "Example News",
        "url": "https://news.example/handarate",
        "published": "2016-04-08",
    }
    return [*out, whole, HOSTILE]


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> Path:
    """A database written by `eventmill run` (in this process, so the spaCy models load once), with the
    incident tables and column taken out, as in a store coded before schema version 5 had them."""
    import duckdb

    from eventmill.cli import main

    folder = tmp_path_factory.mktemp("web")
    corpus = folder / "in" / "articles.jsonl"
    corpus.parent.mkdir()
    corpus.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles()), encoding="utf-8")
    db = folder / "events.duckdb"
    assert main(["run", str(corpus.parent), "--db", str(db), "--workers", "0", "--no-incidents"]) == 0
    con = duckdb.connect(str(db))
    con.execute(WITHOUT_INCIDENTS)
    con.close()
    return db


WITHOUT_INCIDENTS = """
CREATE TABLE events_before AS SELECT * EXCLUDE (incident_id) FROM events;
DROP TABLE events;
ALTER TABLE events_before RENAME TO events;
DROP TABLE incident_reports;
DROP TABLE incidents;
"""


INCIDENTS = """
CREATE TABLE incidents (
    incident_id VARCHAR PRIMARY KEY, type VARCHAR, event_date DATE, date_low DATE, date_high DATE,
    country VARCHAR, admin1 VARCHAR, location VARCHAR, latitude DOUBLE, longitude DOUBLE, geo_precision VARCHAR,
    actors VARCHAR[], dead_low INTEGER, dead_best INTEGER, dead_high INTEGER, injured_low INTEGER,
    injured_best INTEGER, injured_high INTEGER, n_events INTEGER, n_articles INTEGER, n_outlets INTEGER,
    languages VARCHAR[], first_seen TIMESTAMP, last_seen TIMESTAMP
);
ALTER TABLE events ADD COLUMN incident_id VARCHAR;
"""


@pytest.fixture(scope="session")
def incidents_db(web_db, tmp_path_factory) -> tuple[Path, int]:
    """The test store with the incidents table and column that issue 13 adds (a stand-in for its
    migration): the events of type ASSAULT located in Syria form incident inc-1. Returns (path, its events)."""
    import shutil

    import duckdb

    db = tmp_path_factory.mktemp("incidents") / "events.duckdb"
    shutil.copy(web_db, db)
    con = duckdb.connect(str(db))
    con.execute(INCIDENTS)
    con.execute("UPDATE events SET incident_id = 'inc-1' WHERE type = 'ASSAULT' AND country = 'SY'")
    con.execute(
        "INSERT INTO incidents (incident_id, type, country, location, dead_low, dead_best, dead_high, n_events, "
        "n_articles, n_outlets, actors, languages) SELECT 'inc-1', 'ASSAULT', 'SY', 'Aleppo', 5, 6, 20, count(*), "
        "count(DISTINCT article_id), 1, ['Jabhat al-Nusra'], ['fr'] FROM events WHERE incident_id = 'inc-1'"
    )
    n = con.execute("SELECT count(*) FROM events WHERE incident_id = 'inc-1'").fetchall()[0][0]
    con.close()
    assert n >= 2
    return db, n


@pytest.fixture(scope="session")
def client(web_db):
    from fastapi.testclient import TestClient

    from eventmill.web.app import create_app

    app = create_app(web_db)
    with TestClient(app) as c:
        yield c
    app.state.database.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_in_thread(db: Path):
    """The app over db on a real port (uvicorn in a thread); yields its base URL."""
    import uvicorn

    from eventmill.web.app import create_app

    port = free_port()
    app = create_app(db, allowed_hosts=["127.0.0.1"])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
    app.state.database.close()


@pytest.fixture(scope="session")
def live_server(web_db):
    yield from serve_in_thread(web_db)


@pytest.fixture(scope="session")
def incidents_server(incidents_db):
    yield from serve_in_thread(incidents_db[0])


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"no chromium at {CHROMIUM}: apt-get install chromium (.ci/run does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        # --no-sandbox: CI runs as root, where chromium refuses its sandbox
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors, page errors and CSP violations."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    p = context.new_page()
    p.errors = []
    p.on("console", lambda m: p.errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
    p.on("pageerror", lambda e: p.errors.append(f"pageerror: {e}"))
    yield p
    context.close()


N = 160  # short articles: several commits (one a second at most) even on a fast machine


def write_corpus(folder, n: int) -> None:
    """n distinct short articles: the bundled example's long paragraphs, each dated, numbered."""
    example = (ROOT / "examples" / "syria_fr.txt").read_text(encoding="utf-8")
    paras = [p for p in example.split("\n") if len(p) > 200]
    folder.mkdir(parents=True)
    for i in range(n):
        p = paras[i % len(paras)]
        text = f"Le {1 + i % 28} avril 2016, {p[0].lower()}{p[1:]}\n\nDépêche numéro {i}.\n"
        (folder / f"a{i:04d}.txt").write_text(text, encoding="utf-8")


def start_run(folder, db, log):
    cmd = [sys.executable, "-m", "eventmill.cli", "-v", "run", str(folder), "--db", str(db)]
    # one worker, small batches: the run commits many times while the test reads
    cmd += ["--workers", "1", "--batch-size", "2", "--no-progress", "--no-incidents"]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log)


def stored(db) -> tuple[int, int, int]:
    """(articles, distinct article IDs, events) in the database."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        articles, distinct = con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchall()[0]
        return articles, distinct, con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    finally:
        con.close()


@pytest.fixture
def running(tmp_path):
    """A real `eventmill run` over N articles, started now; yields (process, database, its log)."""
    folder, db = tmp_path / "in", tmp_path / "events.duckdb"
    write_corpus(folder, N)
    log_path = tmp_path / "run.log"
    with open(log_path, "w") as log:
        proc = start_run(folder, db, log)
        try:
            deadline = time.monotonic() + 120
            while not db.exists():  # the runner creates it (schema and all) before it lets readers in
                assert proc.poll() is None, log_path.read_text()
                assert time.monotonic() < deadline, "the run never created its database"
                time.sleep(0.05)
            yield proc, db, log_path
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait(30)
