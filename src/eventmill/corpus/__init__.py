"""Corpus runs: read many input formats, code them in parallel, store the results in DuckDB.

`readers` turns files, directories and archives (text, JSONL, CSV, HTML, WARC, feeds) into
`Record`s: one article each, or the reason it could not be read. `runner` codes them in batches on
a process pool or a Dask cluster (`executors`, `dispatch`) and commits each batch to the `store` in
one transaction, so a killed run resumes where it stopped. `eventmill.writers.exports` writes
ACLED-style CSV, JSONL, Parquet and GeoJSON from the store; `commands` wires them to the CLI.
Names are imported lazily so `eventmill --help` stays fast.
"""

from __future__ import annotations

import importlib
from typing import Any

_LAZY = {
    "Columns": "eventmill.corpus.readers.text",
    "Record": "eventmill.corpus.readers.records",
    "iter_records": "eventmill.corpus.readers.inputs",
    "RunOptions": "eventmill.corpus.runner",
    "RunSummary": "eventmill.corpus.runner",
    "run": "eventmill.corpus.runner",
    "Store": "eventmill.corpus.store",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'eventmill.corpus' has no attribute {name!r}")


__all__ = list(_LAZY)
