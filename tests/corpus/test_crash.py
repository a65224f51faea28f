"""Worker crash quarantine: an article that kills its worker process is found, stored as a failure and
never tried again; every other article of the batches lost with it is stored once."""

from __future__ import annotations

import concurrent.futures as cf

import faulty
import pytest
from corpus_util import query

from eventmill.config import Config
from eventmill.corpus.executors import ExecutorError
from eventmill.corpus.runner import RunOptions, run


def corpus(folder, n: int, crash_at: tuple[int, ...]):
    """n short articles, those at `crash_at` (in file order) marked to kill their worker."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        mark = faulty.CRASH if i in crash_at else ""
        (folder / f"a{i:03d}.txt").write_text(f"Dépêche numéro {i}: des manifestants à Lyon. {mark}\n")
    return folder


def failures(db) -> dict[str, str]:
    return {
        s.rsplit("/", 1)[1]: m
        for s, m in query(
            db,
            "SELECT a.source, p.message FROM articles a JOIN problems p ON p.article_id = a.id "
            "WHERE a.status = 'failed'",
        )
    }


# the first article is the worst case (nothing coded yet to check the restarted pool with); two in one
# batch, and one in each of two batches in flight together, lose several batches at once
@pytest.mark.parametrize(
    "crash_at", [(0,), (6,), (5, 6), (2, 9)], ids=["first", "middle", "two-in-a-batch", "two-batches"]
)
def test_an_article_that_kills_its_worker_is_quarantined_and_the_others_are_stored_once(tmp_path, crash_at):
    folder = corpus(tmp_path / "in", 12, crash_at)
    db = tmp_path / "e.duckdb"
    options = RunOptions(db=db, workers=2, batch_size=4, coder=faulty.faulty, progress=False)
    summary = run([folder], Config(), options)
    assert (summary.coded, summary.failed, summary.quarantined) == (12 - len(crash_at), len(crash_at), len(crash_at))
    assert query(db, "SELECT count(*), count(DISTINCT id) FROM articles") == [(12, 12)]
    assert query(db, "SELECT count(*), count(DISTINCT source) FROM sources") == [(12, 12)]
    found = failures(db)
    assert sorted(found) == [f"a{i:03d}.txt" for i in crash_at]
    assert all("worker process died while coding this article" in m for m in found.values())
    assert query(db, "SELECT count(*) FROM runs WHERE finished_at IS NULL") == [(0,)]

    again = run([folder], Config(), options)  # the quarantined articles are stored failures: skipped
    assert (again.coded, again.failed, again.skipped, again.quarantined) == (0, 0, 12, 0)


def test_a_worker_killed_once_from_outside_loses_nothing_and_quarantines_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTMILL_TEST_BROKEN", str(tmp_path / "killed"))
    folder = corpus(tmp_path / "in", 12, (5,))
    db = tmp_path / "e.duckdb"
    summary = run(
        [folder], Config(), RunOptions(db=db, workers=2, batch_size=4, coder=faulty.dies_once, progress=False)
    )
    assert (summary.coded, summary.failed, summary.quarantined) == (12, 0, 0)
    assert query(db, "SELECT count(*), count(DISTINCT id) FROM articles") == [(12, 12)]


def test_workers_that_die_on_everything_stop_the_run_without_storing_failures(tmp_path):
    folder = corpus(tmp_path / "in", 3, ())
    db = tmp_path / "e.duckdb"
    with pytest.raises(ExecutorError, match="died on each of the 3 article"):
        run([folder], Config(), RunOptions(db=db, workers=1, batch_size=2, coder=faulty.always_dies, progress=False))
    # nothing is blamed on the articles: a rerun with working workers codes them all
    assert query(db, "SELECT count(*) FROM articles") == [(0,)]
    summary = run([folder], Config(), RunOptions(db=db, workers=1, coder=faulty.quick, progress=False))
    assert (summary.coded, summary.failed) == (3, 0)


def test_workers_that_start_dying_mid_run_stop_it_and_the_article_they_died_on_is_not_blamed(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTMILL_TEST_BROKEN", str(tmp_path / "broken"))
    folder = corpus(tmp_path / "in", 6, ())
    (folder / "a002.txt").write_text(f"Dépêche numéro 2. {faulty.BREAKS}\n")
    db = tmp_path / "e.duckdb"
    with pytest.raises(ExecutorError, match="died on each of the 1 article"):
        run([folder], Config(), RunOptions(db=db, workers=1, batch_size=2, coder=faulty.breaks, progress=False))
    # the first batch was stored; a002, the article the workers were first seen dying on alone, is no failure
    assert query(
        db, "SELECT count(*) FILTER (status = 'coded'), count(*) FILTER (status = 'failed') FROM articles"
    ) == [(2, 0)]


class Died(Exception):
    """Stands for BrokenProcessPool."""


class BreakingPool:
    """A pool whose worker dies during the first batch: the pool then refuses the next submission
    (as a real broken ProcessPoolExecutor does) until it is recovered."""

    slots = 1
    died = (Died,)

    def __init__(self):
        self.submissions = 0
        self.recoveries = 0

    def submit(self, fn, records, *args):
        self.submissions += 1
        if self.submissions == 2:
            raise Died
        fut = cf.Future()
        if self.submissions == 1:
            fut.set_exception(Died())
        else:
            fut.set_result(fn(records, *args))
        return fut

    def wait(self, pending):
        return set(pending), set()

    def recover(self):
        self.recoveries += 1


class Collect:
    """Stands for the runner's writer: the article IDs handed over to be stored."""

    def __init__(self):
        self.ids = []

    def add(self, result, n):
        self.add_tables(result.tables, n)

    def add_tables(self, tables, n):
        self.ids += tables["articles"]["id"]


def test_a_pool_that_refuses_work_after_a_death_is_recovered_and_nothing_is_lost():
    from eventmill.corpus.dispatch import Dispatcher
    from eventmill.corpus.readers.records import text_record
    from eventmill.corpus.runner import code_batch

    records = [text_record(f"r{i}", f"Dépêche numéro {i}: des manifestants à Lyon.") for i in range(5)]
    pool, writer = BreakingPool(), Collect()
    Dispatcher(pool, code_batch, (Config(), 0, faulty.quick), writer).run(
        iter([records[:2], records[2:4], records[4:]])
    )
    assert sorted(writer.ids) == sorted(r.key for r in records) and pool.recoveries == 1


def test_the_cli_reports_quarantined_articles(tmp_path, monkeypatch, capsys):
    import json

    from eventmill.cli import main
    from eventmill.corpus import runner

    folder = corpus(tmp_path / "in", 4, (2,))
    real = runner.RunOptions
    monkeypatch.setattr(runner, "RunOptions", lambda **kw: real(**kw, coder=faulty.faulty))  # read at call time
    code = main(
        [
            "run",
            str(folder),
            "--db",
            str(tmp_path / "e.duckdb"),
            "--workers",
            "1",
            "--no-progress",
            "--json",
            str(tmp_path / "s.json"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 1 and "1 failed" in err and "killed the worker process" in err
    assert json.loads((tmp_path / "s.json").read_text())["quarantined"] == 1


def test_an_article_that_kills_its_dask_worker_is_quarantined(tmp_path):
    pytest.importorskip("distributed", reason="install eventmill[dask]")
    import dask

    folder = corpus(tmp_path / "in", 6, (3,))
    db = tmp_path / "e.duckdb"
    # one death is enough for the scheduler to blame a task (3 by default: each costs a worker restart)
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        summary = run(
            [folder],
            Config(),
            RunOptions(db=db, workers=1, dask="local", batch_size=2, coder=faulty.faulty, progress=False),
        )
    assert (summary.coded, summary.failed, summary.quarantined) == (5, 1, 1)
    assert list(failures(db)) == ["a003.txt"]
