"""Read-only access to the event store for the web app: one short connection per request.

DuckDB lets one process write a database file or any number of processes read it, never both at
once (a file lock, checked when a connection opens). So the app never holds the file between
requests: `eventmill run` can start while the app is up, and the app's next request, once the run
has finished, sees the new rows. While a run holds the file, requests get `DatabaseBusy` (503).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventmill.corpus.schema import LATEST
from eventmill.errors import ConfigError, EventmillError

log = logging.getLogger(__name__)


class DatabaseBusy(EventmillError):
    """Another process (a running `eventmill run`) holds the database for writing."""


class QueryTimeout(EventmillError):
    """A query ran past the time limit and was interrupted."""


class Database:
    """Where the store is, and the limits every request's connection runs under."""

    def __init__(self, path: str | Path, timeout_s: float = 10.0, memory_limit: str = "2GB", threads: int = 2):
        self.path = Path(path)
        self.timeout_s = timeout_s
        self.memory_limit = memory_limit
        self.threads = int(threads)

    def check(self) -> None:
        """Fail early for a missing or foreign file; a file busy with a writer is only logged."""
        if not self.path.is_file():
            raise ConfigError(f"no database at {self.path}; code a corpus first: eventmill run DIR --db {self.path}")
        try:
            with self.connect() as con:
                version = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()[0][0]
        except DatabaseBusy as exc:
            log.warning("%s", exc)
            return
        except EventmillError:
            raise
        except Exception as exc:  # duckdb.CatalogException: not an eventmill store
            raise ConfigError(f"{self.path} is not an eventmill database ({str(exc).splitlines()[0]})") from None
        if version != LATEST:
            raise ConfigError(
                f"{self.path} has schema version {version}, this eventmill reads {LATEST}; "
                "open it once with eventmill run (older) or upgrade eventmill (newer)"
            )

    @contextlib.contextmanager
    def connect(self, timeout_s: float | None = None) -> Iterator[Any]:
        """A read-only connection, interrupted after `timeout_s` seconds and closed at the end."""
        import duckdb

        try:
            con = duckdb.connect(str(self.path), read_only=True)
        except duckdb.IOException as exc:
            msg = str(exc).splitlines()[0]
            if "lock" in msg.lower():
                raise DatabaseBusy(
                    f"{self.path} is being written by another process (a running eventmill run?); DuckDB lets "
                    "one process write or several read, never both; try again once it has finished"
                ) from None
            raise ConfigError(f"cannot open {self.path}: {msg}") from None
        # settings after connecting, not as connect(config=...): DuckDB refuses a second connection to a
        # file with another configuration than one already open in the process
        con.execute(f"SET memory_limit = '{self.memory_limit}'")
        con.execute(f"SET threads = {self.threads}")
        timer = threading.Timer(timeout_s or self.timeout_s, con.interrupt)
        timer.start()
        try:
            yield con
        except duckdb.InterruptException:
            raise QueryTimeout(
                f"the query took longer than {timeout_s or self.timeout_s:g} s and was stopped; narrow the filters"
            ) from None
        finally:
            timer.cancel()
            con.close()
