"""The DuckDB store: versioned migrations, one transaction per batch, clear errors."""

from __future__ import annotations

import subprocess
import sys

import duckdb
import pytest

from eventmill.corpus.schema import LATEST
from eventmill.corpus.store import Store, StoreError
from eventmill.errors import ConfigError


def batch(aid: str, events: int = 1) -> dict:
    return {
        "articles": {"id": [aid], "status": ["coded"], "source": [f"/in/{aid}.txt"], "text": ["Texte."]},
        "events": {
            "article_id": [aid] * events,
            "event_no": [0] * events,
            "type": ["ASSAULT"] * events,
            "modes": [["aerial"]] * events,
        },
    }


def test_a_new_database_is_migrated_once_and_lists_stored_ids(tmp_path):
    db = tmp_path / "e.duckdb"
    with Store(db) as store:
        assert store.version() == LATEST
        store.write(batch("a1"), run_id=1)
        assert store.stored_ids() == {"a1"}
    with Store(db) as store:  # reopening does not migrate again
        assert store.query("SELECT count(*) FROM schema_version") == [(LATEST,)]
        assert store.query("SELECT modes FROM events") == [(["aerial"],)]


def test_a_batch_is_written_whole_or_not_at_all(tmp_path):
    with Store(tmp_path / "e.duckdb") as store:
        with pytest.raises(duckdb.ConstraintException):
            store.write(batch("a1", events=2), run_id=1)  # two events with the same key
        assert store.stored_ids() == set()
        assert store.query("SELECT count(*) FROM events") == [(0,)]


def test_a_database_from_a_newer_eventmill_is_refused(tmp_path):
    db = tmp_path / "e.duckdb"
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO schema_version VALUES (?, 'future', now())", [LATEST + 1])
    con.close()
    with pytest.raises(StoreError, match="newer than this eventmill"):
        Store(db)


def test_reading_a_missing_database_says_how_to_make_one(tmp_path):
    with pytest.raises(ConfigError, match="eventmill run"):
        Store(tmp_path / "nope.duckdb", read_only=True)


def test_a_database_in_use_by_another_process_is_a_clear_error_after_waiting_for_it(tmp_path):
    db = tmp_path / "e.duckdb"
    with Store(db):
        code = (
            "import time\nfrom eventmill.corpus.store import Store, StoreError\nt0 = time.monotonic()\n"
            f"try:\n    Store({str(db)!r}, wait_s=1.5)\nexcept StoreError as e:\n    print(e)\n"
            "print('waited', time.monotonic() - t0)"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "in use by another eventmill process (still after 1.5 s of waiting)" in out.stdout, out.stderr
    assert float(out.stdout.split("\nwaited")[1]) >= 1.0  # it retried before giving up


def test_a_file_that_is_not_duckdb_is_a_clear_error(tmp_path):
    bad = tmp_path / "notes.duckdb"
    bad.write_text("not a database")
    with pytest.raises(StoreError, match="cannot open"):
        Store(bad)


def _old_database(db, version: int) -> None:
    """A database as an eventmill with schema `version` left it: one run, one article, two events (the
    first coded before events had a score, the second after)."""
    from eventmill.corpus.schema import MIGRATIONS

    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)")
    for v, description, sql in MIGRATIONS[:version]:
        con.execute(sql)
        con.execute("INSERT INTO schema_version VALUES (?, ?, now())", [v, description])
    con.execute("INSERT INTO runs (run_id, started_at, eventmill_version) VALUES (1, now(), '0.0.9')")
    con.execute("INSERT INTO articles (id, status, source, run_id, text) VALUES ('a1', 'coded', '/in/a1.txt', 1, 'T')")
    con.execute(
        "INSERT INTO events (article_id, event_no, type, json) VALUES "
        "('a1', 0, 'ASSAULT', '{\"type\": \"ASSAULT\"}'), "
        '(\'a1\', 1, \'PROTEST\', \'{"type": "PROTEST", "score": 0.75, "rule": "rules:march"}\')'
    )
    con.close()


def test_a_database_of_schema_1_is_migrated_keeping_its_rows_and_filling_what_it_knew(tmp_path):
    db = tmp_path / "old.duckdb"
    _old_database(db, 1)
    with Store(db) as store:
        assert store.version() == LATEST
        assert store.query("SELECT id, eventmill_version, stages FROM articles") == [("a1", "0.0.9", None)]
        assert store.query("SELECT event_no, score, rule FROM events ORDER BY event_no") == [
            (0, None, None),
            (1, 0.75, "rules:march"),
        ]
        # and it takes new rows with the new columns
        store.write(
            {
                "articles": {
                    "id": ["a2"],
                    "status": ["coded"],
                    "eventmill_version": ["9.9"],
                    "stages": [["eventmill.normalize.v1"]],
                },
                "events": {
                    "article_id": ["a2"],
                    "event_no": [0],
                    "type": ["COERCE"],
                    "score": [0.5],
                    "rule": ["rules:arrest"],
                },
            },
            run_id=2,
        )
        assert store.query("SELECT stages FROM articles WHERE id = 'a2'") == [(["eventmill.normalize.v1"],)]
    with Store(db, read_only=True) as store:  # migrated once: a reader opens it as it is
        assert store.query("SELECT count(*) FROM schema_version") == [(LATEST,)]


def test_a_database_of_schema_5_gets_the_location_and_date_source_of_its_events_from_their_json(tmp_path):
    db = tmp_path / "old.duckdb"
    _old_database(db, 5)
    con = duckdb.connect(str(db))
    con.execute(
        "INSERT INTO events (article_id, event_no, type, json) VALUES "
        '(\'a1\', 2, \'ASSAULT\', \'{"type": "ASSAULT", "location_source": "dateline", "date_source": "context"}\')'
    )
    con.close()
    with Store(db) as store:
        assert store.version() == LATEST
        assert store.query("SELECT event_no, location_source, date_source FROM events ORDER BY event_no") == [
            (0, None, None),
            (1, None, None),
            (2, "dateline", "context"),
        ]
    with Store(db, read_only=True) as store:  # and an export's filter reads the column
        assert store.query("SELECT count(*) FROM events e WHERE e.location_source IN ('dateline')") == [(1,)]


def test_a_database_of_schema_6_gets_each_evidence_lowercased_and_new_events_get_theirs_on_writing(tmp_path):
    db = tmp_path / "old.duckdb"
    _old_database(db, 6)
    con = duckdb.connect(str(db))
    con.execute("UPDATE events SET evidence = 'Une EXPLOSION à İstanbul' WHERE event_no = 0")
    con.close()
    with Store(db) as store:
        assert store.query("SELECT event_no, evidence_folded FROM events ORDER BY event_no") == [
            (0, "une explosion à istanbul"),
            (1, None),  # no evidence, none folded
        ]
        store.write(
            {
                "articles": {"id": ["a2"], "status": ["coded"]},
                "events": {"article_id": ["a2"], "event_no": [0], "type": ["PROTEST"], "evidence": ["Grève à LYON"]},
            },
            run_id=2,
        )
        assert store.query("SELECT evidence_folded FROM events WHERE article_id = 'a2'") == [("grève à lyon",)]


def test_the_lowercased_evidence_is_stored_uncompressed_so_a_search_decompresses_nothing(tmp_path):
    db = tmp_path / "e.duckdb"
    with Store(db) as store:
        n = 5000
        sentences = [f"Une explosion a eu lieu à Alep, événement {i % 50}." for i in range(n)]
        events = {"article_id": ["a1"] * n, "event_no": list(range(n)), "type": ["ASSAULT"] * n, "evidence": sentences}
        store.write({"articles": {"id": ["a1"], "status": ["coded"]}, "events": events}, run_id=1)
        store.con.execute("CHECKPOINT")
        kinds = dict(
            store.query(
                "SELECT column_name, list(DISTINCT compression) FROM pragma_storage_info('events') "
                "WHERE column_name IN ('evidence', 'evidence_folded') AND segment_type = 'VARCHAR' GROUP BY ALL"
            )
        )
    assert kinds["evidence_folded"] == ["Uncompressed"]
    assert kinds["evidence"] != ["Uncompressed"]  # the check can fail: DuckDB compresses such a column


def test_while_a_run_holds_its_lock_a_second_run_and_one_shot_readers_are_told_the_file_is_in_use(tmp_path):
    from eventmill.corpus.sharing import RunLock

    db = tmp_path / "e.duckdb"
    Store(db).close()
    code = (
        "import sys\nfrom eventmill.corpus.sharing import RunLock\nfrom eventmill.corpus.store import Store, StoreError\n"
        f"print('second run locks:', RunLock({str(db)!r}).acquire())\n"
        f"try:\n    Store({str(db)!r}, read_only=True)\nexcept StoreError as e:\n    print(e)"
    )
    lock = RunLock(db)
    assert lock.acquire()
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    finally:
        lock.release()
    assert "second run locks: False" in out.stdout, out.stderr
    assert "in use by another eventmill process (a running eventmill run)" in out.stdout
    assert not (tmp_path / "e.duckdb.run-lock").exists()  # the run cleans up after itself
    again = RunLock(db)
    assert again.acquire()  # and the next run can start
    again.release()
    with Store(db, read_only=True) as store:
        assert store.version() > 0
