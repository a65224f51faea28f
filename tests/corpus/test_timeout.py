"""The per-article time limit: an article whose coding never ends fails alone, with a message that says
so, on every executor, and the run goes on."""

from __future__ import annotations

import threading
import time

import faulty
import pytest
from corpus_util import query, texts, write_corpus  # noqa: F401 (fixtures)

from eventmill.config import Config
from eventmill.corpus import coding, runner
from eventmill.corpus.runner import RunOptions, run
from eventmill.corpus.timelimit import ArticleTimeout, time_limit


def spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def corpus(folder, n: int, slow_at: int):
    """n short articles, the one at `slow_at` (in file order) marked slow."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        mark = faulty.SLOW if i == slow_at else ""
        (folder / f"a{i:03d}.txt").write_text(f"Dépêche numéro {i}: des manifestants à Lyon. {mark}\n")
    return folder


@pytest.mark.parametrize("body", [lambda: spin(5), lambda: time.sleep(5)], ids=["busy", "sleeping"])
def test_the_limit_interrupts_the_main_thread(body):
    t0 = time.monotonic()
    with pytest.raises(ArticleTimeout):
        with time_limit(0.2):
            body()
    assert time.monotonic() - t0 < 2


def test_the_limit_interrupts_another_thread_and_then_leaves_it_alone():
    seen = []

    def work():
        try:
            with time_limit(0.2):
                spin(5)
        except ArticleTimeout:
            seen.append("timeout")
        with time_limit(0.3):
            spin(0.1)
        spin(0.5)  # past the second limit, outside it: nothing may be raised
        seen.append("done")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(10)
    assert seen == ["timeout", "done"]


def test_no_limit_and_a_body_that_ends_in_time_raise_nothing():
    with time_limit(0):
        time.sleep(0.05)
    with time_limit(1):
        time.sleep(0.05)
    time.sleep(1.1)  # the alarm was disarmed


@pytest.fixture
def slow_stage(monkeypatch):
    """The real pipeline, whose last stage never ends on an article that contains faulty.SLOW."""
    import dataclasses

    from eventmill import api
    from eventmill.pipeline import DEFAULT_STAGES, Pipeline

    pipe = Pipeline(DEFAULT_STAGES)

    def wrap(func):
        def stage(doc, config):
            if faulty.SLOW in doc.article.text:
                try:
                    time.sleep(30)
                except Exception:  # noqa: BLE001 - as a careless stage would: the limit must get through
                    pass
            return func(doc, config)

        return stage

    *first, last = pipe.stages
    pipe.stages = (*first, dataclasses.replace(last, func=wrap(last.func)))
    monkeypatch.setitem(api._PIPELINES, DEFAULT_STAGES, pipe)
    # the first article loads the models (seconds, more than the 1 s limit): it gets extra time for that
    monkeypatch.setattr(coding, "_warm", False)


def test_a_slow_article_fails_alone_in_process_and_a_rerun_skips_it(tmp_path, texts, slow_stage):
    folder = tmp_path / "in"
    write_corpus(folder, texts, 3)
    (folder / "slow.txt").write_text(texts[3].rstrip() + f"\n{faulty.SLOW}\n", encoding="utf-8")
    db = tmp_path / "e.duckdb"
    t0 = time.monotonic()
    summary = run([folder], Config(), RunOptions(db=db, workers=0, batch_size=2, article_timeout=1, progress=False))
    assert time.monotonic() - t0 < 25
    assert (summary.coded, summary.failed) == (3, 1) and summary.events > 0
    rows = query(
        db,
        "SELECT a.source, a.status, p.stage, p.message FROM articles a "
        "JOIN problems p ON p.article_id = a.id WHERE p.kind = 'error'",
    )
    assert len(rows) == 1
    source, status, stage, message = rows[0]
    assert source.endswith("slow.txt") and status == "failed" and stage == "eventmill.run"
    assert "took longer than 1 s" in message and "--article-timeout" in message
    again = run([folder], Config(), RunOptions(db=db, workers=0, article_timeout=1, progress=False))
    assert (again.coded, again.failed, again.skipped) == (0, 0, 4)


def test_a_slow_article_fails_alone_on_a_process_pool(tmp_path):
    # the slow article is second in its batch: a worker's first article gets extra time for loading models
    folder = corpus(tmp_path / "in", 8, slow_at=5)
    db = tmp_path / "e.duckdb"
    t0 = time.monotonic()
    summary = run(
        [folder],
        Config(),
        RunOptions(db=db, workers=2, batch_size=2, article_timeout=1, coder=faulty.faulty, progress=False),
    )
    assert time.monotonic() - t0 < 60
    assert (summary.coded, summary.failed) == (7, 1)
    ((source, message),) = query(
        db, "SELECT a.source, p.message FROM articles a JOIN problems p ON p.article_id = a.id"
    )
    assert source.endswith("a005.txt") and "took longer than 1 s" in message


def test_a_slow_article_fails_alone_on_dask(tmp_path):
    pytest.importorskip("distributed", reason="install eventmill[dask]")
    folder = corpus(tmp_path / "in", 6, slow_at=3)
    db = tmp_path / "e.duckdb"
    summary = run(
        [folder],
        Config(),
        RunOptions(
            db=db, workers=1, dask="local", batch_size=2, article_timeout=1, coder=faulty.faulty, progress=False
        ),
    )
    assert (summary.coded, summary.failed) == (5, 1)
    ((source, message),) = query(
        db, "SELECT a.source, p.message FROM articles a JOIN problems p ON p.article_id = a.id"
    )
    assert source.endswith("a003.txt") and "took longer than 1 s" in message


def test_the_first_article_of_a_worker_gets_time_to_load_models(monkeypatch):
    from eventmill.corpus.readers.records import text_record

    limits = []

    class Recorder:
        def __init__(self, seconds):
            limits.append(seconds)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    monkeypatch.setattr(coding, "time_limit", Recorder)
    monkeypatch.setattr(coding, "_warm", False)
    records = [text_record(f"r{i}", f"Dépêche numéro {i}: des manifestants à Lyon.") for i in range(2)]
    coding.code_batch(records, Config(), 5, faulty.quick)
    assert limits == [5 + coding.WARM_UP_SECONDS, 5]


def test_the_option_is_checked(tmp_path, capsys):
    from eventmill.cli import main

    assert main(["run", str(tmp_path), "--db", str(tmp_path / "e.duckdb"), "--article-timeout", "-1"]) == 4
    assert "--article-timeout" in capsys.readouterr().err
