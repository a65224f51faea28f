"""Incidents written a chunk at a time: the same store as one write, and an update stopped between
chunks is taken back and done again by the next one, leaving the store as if it had never stopped."""

from __future__ import annotations

import shutil

import pytest

from eventmill.corpus.store import Store
from eventmill.incidents import update, writes
from synthetic_store import add_synthetic

# the store of tests/synthetic_store.py; every ninth article a copy of the one before (a near-duplicate)
ARTICLE_TEXT = (
    "repeat('Fighters of Brigade' || (i // 4 % 97) || ' attacked Town' || (i // 4 % 211) || ' at dawn, said Spokesman '"
    " || (CASE WHEN i % 9 = 8 THEN i - 1 ELSE i END) || '. ', 6)"
)

TABLES = {
    "events": "SELECT article_id, event_no, incident_id FROM events ORDER BY ALL",
    "incident_reports": "SELECT * FROM incident_reports ORDER BY article_id, report_no",
    "incidents": "SELECT * FROM incidents ORDER BY incident_id",
    "incident_words": "SELECT * FROM incident_words ORDER BY word",
    "article_minhash": "SELECT article_id, dup_group, signature FROM article_minhash ORDER BY article_id",
}


def add_articles(store: Store, start: int, stop: int) -> None:
    add_synthetic(store, start, stop, ARTICLE_TEXT)


# one story in three versions: the lead (120 words) with another ending of 34 words each in A and B, which
# are too far apart to be near-duplicates, and bare in C, near both, which joins their duplicate groups
LEAD = " ".join(f"lead{i}" for i in range(120))
VERSIONS = {
    "b0": LEAD + " " + " ".join(f"first{i}" for i in range(34)),
    "b1": LEAD + " " + " ".join(f"second{i}" for i in range(34)),
    "b2": LEAD,
}


def add_version(store: Store, article_id: str) -> None:
    """A version of the story that reports the incident of article s000020 (its events, actors, places)."""
    store.con.execute(
        "INSERT INTO articles (id, status, published, lang, text) "
        "SELECT ?, 'coded', published, lang, ? FROM articles WHERE id = 's000020'",
        [article_id, VERSIONS[article_id]],
    )
    for table in ("events", "actors", "places"):
        store.con.execute(
            f"INSERT INTO {table} SELECT * REPLACE (? AS article_id) FROM {table} WHERE article_id = 's000020'",
            [article_id],
        )


def dump(store: Store) -> dict[str, list]:
    """The incident tables; checks on the way that each incidents row is its reports' summary as
    stored (what summarising every incident again would write)."""
    out = {table: store.query(sql) for table, sql in TABLES.items()}
    store.con.execute("BEGIN TRANSACTION")
    writes.summarise_incidents(store.con, [r[0] for r in store.query("SELECT incident_id FROM incidents")])
    assert store.query(TABLES["incidents"]) == out["incidents"]
    store.con.execute("ROLLBACK")
    return out


@pytest.fixture(scope="module")
def half_matched(tmp_path_factory):
    """A store whose first 300 articles are matched and whose next 300 are not yet."""
    db = tmp_path_factory.mktemp("chunks") / "events.duckdb"
    with Store(db) as store:
        add_articles(store, 0, 300)
        add_version(store, "b0")
        add_version(store, "b1")
        update.update_incidents(store)
        assert store.query(
            "SELECT count(DISTINCT dup_group) FROM article_minhash WHERE article_id IN ('b0', 'b1')"
        ) == [(2,)]
        add_articles(store, 300, 600)
        add_version(store, "b2")
    return db


@pytest.fixture(scope="module")
def matched_at_once(half_matched, tmp_path_factory):
    db = tmp_path_factory.mktemp("once") / "events.duckdb"
    shutil.copy(half_matched, db)
    with Store(db) as store:
        summary = update.update_incidents(store, chunk=10**9)
        assert summary.articles == 301 and summary.joined > 0 and summary.duplicates > 0
        # the bare version made one group of the three, and their incident counts them as one outlet
        assert store.query("SELECT count(DISTINCT dup_group) FROM incident_reports WHERE article_id LIKE 'b%'") == [
            (1,)
        ]
        return dump(store)


def test_incidents_written_a_few_at_a_time_are_those_written_at_once(half_matched, matched_at_once, tmp_path):
    db = tmp_path / "events.duckdb"
    shutil.copy(half_matched, db)
    with Store(db) as store:
        summary = update.update_incidents(store, chunk=7)
        assert summary.touched > 7 * 3  # several chunks
        assert dump(store) == matched_at_once


def test_an_update_stopped_between_chunks_is_taken_back_and_done_again(
    half_matched, matched_at_once, tmp_path, monkeypatch
):
    db = tmp_path / "events.duckdb"
    shutil.copy(half_matched, db)
    written = []

    def stop_after_two(*args):
        if len(written) == 2:
            raise KeyboardInterrupt  # as if the run were stopped there
        written.append(args)
        original(*args)

    original = writes.write_incidents
    monkeypatch.setattr(update, "write_incidents", stop_after_two)
    with Store(db) as store:
        with pytest.raises(KeyboardInterrupt):
            update.update_incidents(store, chunk=7)
        # two chunks are in the store, and no new article is marked matched
        assert store.query("SELECT count(*) FROM incident_reports WHERE article_id >= 's000300'")[0][0] > 0
        assert store.query("SELECT count(*) FROM article_minhash WHERE article_id >= 's000300'") == [(0,)]
        monkeypatch.setattr(update, "write_incidents", original)
        summary = update.update_incidents(store, chunk=7)
        assert summary.articles == 301
        assert dump(store) == matched_at_once
