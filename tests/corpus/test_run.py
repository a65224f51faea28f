"""The batch runner: bad inputs are isolated, repeats are stored once, a rerun adds nothing."""

from __future__ import annotations

import json

import pytest
from corpus_util import coded_db, event_rows, query, small_corpus, texts, write_corpus  # noqa: F401 (fixtures)

import eventmill
from eventmill.config import Config
from eventmill.corpus import coding, runner
from eventmill.corpus.readers.records import Record
from eventmill.corpus.runner import RunOptions, code_batch, run
from eventmill.models import Article


def test_isolation_every_good_article_is_coded_and_each_bad_file_is_one_clear_problem(tmp_path, texts):
    folder = tmp_path / "in"
    write_corpus(folder, texts, 4)
    (folder / "latin1.txt").write_bytes((texts[5].rstrip() + "\nFin.").encode("cp1252", errors="replace"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    mixed = "Des combats à Alep, selon l'OSDH, ".encode() + "ont fait des blessés.".encode("latin-1")
    (folder / "misencoded.txt").write_bytes(mixed)
    (folder / "huge.txt").write_bytes(b"Un article beaucoup trop long. " * 70_000)  # 2.2 MB > --max-bytes 2,000,000
    (folder / "short.txt").write_text("Alep.", encoding="utf-8")
    db = tmp_path / "events.duckdb"
    summary = run([folder], Config(), RunOptions(db=db, workers=0, batch_size=3, progress=False))
    assert (summary.coded, summary.failed) == (5, 5)
    coded = query(db, "SELECT source, encoding, n_events FROM articles WHERE status = 'coded' ORDER BY source")
    assert [s.rsplit("/", 1)[1] for s, _, _ in coded] == [
        "a0000.txt",
        "a0001.txt",
        "a0002.txt",
        "a0003.txt",
        "latin1.txt",
    ]
    assert coded[-1][1] != "utf-8" and sum(n for _, _, n in coded) > 0
    problems = dict(
        (s.rsplit("/", 1)[1], (stage, msg))
        for s, stage, msg in query(db, "SELECT source, stage, message FROM problems WHERE kind = 'error'")
    )
    assert set(problems) == {"empty.txt", "binary.txt", "misencoded.txt", "huge.txt", "short.txt"}
    for name, words in [
        ("empty.txt", "is empty"),
        ("binary.txt", "binary file"),
        ("misencoded.txt", "mis-encoded"),
        ("huge.txt", "too large"),
        ("short.txt", "too short"),
    ]:
        assert words in problems[name][1], (name, problems[name])
    assert problems["short.txt"][0] == "eventmill.input" and problems["empty.txt"][0] == "eventmill.ingest"
    assert query(db, "SELECT count(*) FROM problems")[0][0] == 5  # one per bad file, none for good ones


def test_a_second_run_skips_everything_and_repeated_texts_are_stored_once(tmp_path, texts):
    folder = tmp_path / "in"
    write_corpus(folder, texts, 3)
    (folder / "copy.txt").write_bytes((folder / "a0001.txt").read_bytes())
    db = tmp_path / "events.duckdb"
    first = run([folder], Config(), RunOptions(db=db, workers=0, progress=False))
    assert (first.coded, first.duplicates) == (3, 1)
    events = event_rows(db)
    second = run([folder], Config(), RunOptions(db=db, workers=0, progress=False))
    assert (second.coded, second.failed, second.skipped) == (0, 0, 4)
    assert event_rows(db) == events
    assert query(db, "SELECT count(*), count(DISTINCT article_id) FROM sources") == [(4, 3)]
    assert query(db, "SELECT count(*), max(finished_at IS NOT NULL) FROM runs") == [(2, True)]


def test_a_crash_inside_the_pipeline_is_recorded_and_the_batch_goes_on(monkeypatch):
    real_one, real_many = coding.code_article, coding.extract_articles
    coded_together = []

    def flaky(article, config):
        if "boom" in article.text:
            raise RuntimeError("simulated bug")
        return real_one(article, config)

    def flaky_many(articles, config):
        coded_together.append(len(articles))
        if any("boom" in a.text for a in articles):
            raise RuntimeError("simulated bug")
        return real_many(articles, config)

    monkeypatch.setattr(coding, "code_article", flaky)
    monkeypatch.setattr(coding, "extract_articles", flaky_many)
    good = "Des milliers de manifestants ont défilé samedi à Paris contre la réforme des retraites."
    recs = [Record("a", article=Article(good + " boom", id="x1")), Record("b", article=Article(good, id="x2"))]
    tables = code_batch(recs, Config()).tables
    # the batch was tried together, failed, and each article was then coded alone
    assert coded_together == [2]
    assert tables["articles"]["status"] == ["failed", "coded"]
    assert tables["problems"]["message"] == ["RuntimeError: simulated bug"]
    assert tables["problems"]["stage"] == ["eventmill.run"]


def test_a_batch_is_coded_together_with_the_same_rows_as_one_at_a_time(monkeypatch):
    texts = [
        "Des milliers de manifestants ont défilé samedi à Paris contre la réforme des retraites.",
        "",
        "Police fired tear gas at protesters in Nairobi on Tuesday, witnesses said.",
        "Deux soldats ont été tués lundi dans une embuscade près de Gao, selon l'armée malienne.",
    ]
    recs = [Record(f"r{k}", article=Article(t, id=f"id{k}")) for k, t in enumerate(texts)]
    calls = []
    real_many = coding.extract_articles
    monkeypatch.setattr(coding, "extract_articles", lambda a, c: calls.append(len(a)) or real_many(a, c))
    together = code_batch(recs, Config()).tables
    assert calls == [4]
    alone = {}
    for rec in recs:  # one record per batch: nothing to code together
        for table, cols in code_batch([rec], Config()).tables.items():
            for name, values in cols.items():
                alone.setdefault(table, {}).setdefault(name, []).extend(values)
    assert calls == [4]
    assert together["articles"]["status"] == ["coded", "failed", "coded", "coded"]
    assert "empty" in together["problems"]["message"][0]
    skip = {"coded_at", "seconds"}  # when and how long: these differ between any two runs
    for table in ("articles", "events", "problems"):
        for name, values in together[table].items():
            if name not in skip:
                assert values == alone[table][name], (table, name)


def test_options_are_checked(tmp_path):
    from eventmill.errors import ConfigError

    with pytest.raises(ConfigError, match="batch-size"):
        run([tmp_path], Config(), RunOptions(db=tmp_path / "x.duckdb", batch_size=0))
    with pytest.raises(ConfigError, match="workers"):
        run([tmp_path], Config(), RunOptions(db=tmp_path / "x.duckdb", workers=-1))


def test_each_stored_article_says_which_version_and_stages_coded_it(coded_db):
    rows = query(coded_db, "SELECT eventmill_version, stages FROM articles WHERE status = 'coded'")
    assert rows and {v for v, _ in rows} == {eventmill.__version__}
    for _, stages in rows:
        assert stages[0].startswith("eventmill.normalize.") and all(s.startswith("eventmill.") for s in stages)
    events = query(coded_db, "SELECT score, rule, json FROM events")
    assert events
    for score, rule, raw in events:  # the columns hold what the event's JSON says (score rounded there)
        assert round(score, 3) == json.loads(raw)["score"] and rule == json.loads(raw)["rule"]
