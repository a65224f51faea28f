"""Read-only access to the event store for the web app, held only while requests come.

DuckDB lets one process write a database file or any number of processes read it, never both at
once (a file lock, checked when a connection opens). So the app holds the file only while it is
being used and a few seconds after: `eventmill run` can start once the dashboard has been idle that
long, and the app's next request, once the run has finished, sees the new rows. While a run holds
the file, requests get `DatabaseBusy` (503). A connection that stays open keeps DuckDB's buffer cache
warm: a fresh one reads the tables from disk again, which costs more than most queries.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import threading
import weakref
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


_OPEN: weakref.WeakSet[Database] = weakref.WeakSet()


@atexit.register
def _close_all() -> None:
    # a connection closed by the idle timer while the interpreter shuts down aborts the process
    for database in list(_OPEN):
        database.close()


class Database:
    """Where the store is, and the limits every request's connection runs under.

    Requests share one read-only connection (each gets its own cursor) while they keep coming, so
    DuckDB's buffer cache stays warm; `idle_close_s` seconds after the last one ends, it is closed and
    the file is free for a writer again (0: open and close it for every request).
    """

    def __init__(
        self,
        path: str | Path,
        timeout_s: float = 10.0,
        idle_close_s: float = 5.0,
        memory_limit: str = "2GB",
        threads: int = 2,
    ):
        self.path = Path(path)
        self.timeout_s = timeout_s
        self.idle_close_s = idle_close_s
        self.memory_limit = memory_limit
        self.threads = int(threads)
        self._lock = threading.Lock()
        self._con: Any = None
        self._users = 0
        self._closer: threading.Timer | None = None
        _OPEN.add(self)

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
        finally:
            self.close()
        if version != LATEST:
            raise ConfigError(
                f"{self.path} has schema version {version}, this eventmill reads {LATEST}; "
                "open it once with eventmill run (older) or upgrade eventmill (newer)"
            )

    def _open(self) -> Any:
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
        return con

    @contextlib.contextmanager
    def connect(self, timeout_s: float | None = None) -> Iterator[Any]:
        """A cursor on the shared read-only connection, interrupted after `timeout_s` seconds."""
        import duckdb

        with self._lock:
            if self._closer is not None:
                self._closer.cancel()
                self._closer = None
            if self._con is None:
                self._con = self._open()
            cur = self._con.cursor()
            self._users += 1
        limit = timeout_s or self.timeout_s
        timer = threading.Timer(limit, cur.interrupt)
        timer.start()
        try:
            yield cur
        except duckdb.InterruptException:
            raise QueryTimeout(f"the query took longer than {limit:g} s and was stopped; narrow the filters") from None
        finally:
            timer.cancel()
            cur.close()
            self._release()

    def _release(self) -> None:
        with self._lock:
            self._users -= 1
            if self._users or self._con is None:
                return
            if self.idle_close_s <= 0:
                self._con.close()
                self._con = None
                return
            self._closer = threading.Timer(self.idle_close_s, self._close_if_idle)
            self._closer.daemon = True
            self._closer.start()

    def _close_if_idle(self) -> None:
        with self._lock:
            if not self._users and self._con is not None:
                self._con.close()
                self._con = None
            self._closer = None

    def close(self) -> None:
        """Close the shared connection now (the next request opens it again)."""
        with self._lock:
            if self._closer is not None:
                self._closer.cancel()
                self._closer = None
            if self._con is not None and not self._users:
                self._con.close()
                self._con = None
