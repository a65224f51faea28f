"""Corpus runs: read many input formats, code them in parallel, store the results in DuckDB, export.

`ingest` (and `web` for HTML, WARC and feeds) turns files, directories and archives into `Record`s:
one article each, or the reason it could not be read. `runner` codes them in batches on a process
pool or a Dask cluster and commits each batch to the `store` in one transaction, so a killed run
resumes where it stopped. `exports` writes ACLED-style CSV, JSONL, Parquet and GeoJSON from the
store; `commands` wires them to the CLI. Names are imported lazily so `eventmill --help` stays fast.
"""
from __future__ import annotations

import importlib

_LAZY = {
    "Columns": "eventmill.corpus.ingest", "Record": "eventmill.corpus.ingest",
    "iter_records": "eventmill.corpus.ingest", "RunOptions": "eventmill.corpus.runner",
    "RunSummary": "eventmill.corpus.runner", "run": "eventmill.corpus.runner",
    "Store": "eventmill.corpus.store", "export": "eventmill.corpus.exports",
}


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'eventmill.corpus' has no attribute {name!r}")


__all__ = list(_LAZY)
