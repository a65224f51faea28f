"""Dask: a LocalCluster run writes exactly the events of a local run."""

from __future__ import annotations

import pytest
from corpus_util import coded_db, event_rows, small_corpus, texts  # noqa: F401 (fixtures)

from eventmill.config import Config
from eventmill.corpus.runner import RunOptions, run

pytest.importorskip("distributed", reason="install eventmill[dask]")


def test_dask_local_cluster_gives_the_same_events_as_a_local_run(tmp_path, small_corpus, coded_db):
    db = tmp_path / "dask.duckdb"
    summary = run([small_corpus], Config(), RunOptions(db=db, workers=2, dask="local", batch_size=4, progress=False))
    assert summary.backend.startswith("dask:local (2 workers")
    assert summary.coded == 16 and len(summary.workers) == 2  # both workers coded batches
    assert event_rows(db) == event_rows(coded_db)


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path, small_corpus, monkeypatch):
    from eventmill.corpus import executors
    from eventmill.corpus.executors import ExecutorError

    monkeypatch.setattr(executors, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(ExecutorError, match="cannot reach the Dask scheduler"):
        run([small_corpus], Config(), RunOptions(db=tmp_path / "x.duckdb", dask="tcp://127.0.0.1:9", progress=False))
