"""Running totals reach the corpus store as rows of `tolls`, apart from the events table."""

from __future__ import annotations

import json

from corpus_util import query

from eventmill.config import Config
from eventmill.corpus.runner import RunOptions, run

TEXT = (
    "Une bombe a tué quatre soldats à Gao lundi, selon l'armée malienne. "
    "Au total, 300 personnes ont été tuées depuis le début du conflit."
)


def test_a_running_total_is_stored_as_a_toll_and_not_as_an_event(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "gao.txt").write_text(TEXT, encoding="utf-8")
    db = tmp_path / "events.duckdb"
    summary = run([folder], Config(lang="fr"), RunOptions(db=db, workers=0, progress=False))
    assert summary.coded == 1
    tolls = query(db, "SELECT kind, value, text, evidence FROM tolls")
    assert tolls == [("dead", 300, "300", "Au total, 300 personnes ont été tuées depuis le début du conflit.")]
    assert query(db, "SELECT dead FROM events WHERE type = 'ASSAULT'") == [(4,)]
    # offsets point into the stored text
    ((start, end, text),) = query(
        db, "SELECT t.start_char, t.end_char, a.text FROM tolls t JOIN articles a ON a.id = t.article_id"
    )
    assert text[start:end] == "300"


def test_a_figure_too_large_for_the_integer_columns_does_not_stop_the_run(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "big.txt").write_text(
        "Rebels attacked a convoy near Gao, killing 50000000000 people, the army said.", encoding="utf-8"
    )
    (folder / "ok.txt").write_text("Police arrested twelve protesters in Lyon on Monday.", encoding="utf-8")
    db = tmp_path / "events.duckdb"
    summary = run([folder], Config(lang="en"), RunOptions(db=db, workers=0, progress=False))
    assert summary.coded == 2
    rows = query(db, "SELECT dead, json FROM events WHERE type = 'ASSAULT'")
    assert rows and rows[0][0] is None and json.loads(rows[0][1])["dead"]["value"] == 50_000_000_000
