"""Read-only access to the event store for the web app, shared with a running `eventmill run`.

DuckDB lets one process write a database file or any number of processes read it, never both at
once (a file lock, checked when a connection opens). The app says that it reads the file, so a running
`eventmill run` holds it only while it commits (about once a second), and says beforehand that it wants
it (`eventmill.corpus.sharing`). The app keeps one read-only connection while requests come, and lets it go as soon as a writer wants the
file (a watcher checks every 50 ms) or `idle_close_s` seconds after the last request. A request that
arrives while a writer holds or wants the file waits for it, up to `busy_wait_s` seconds, then gets
`DatabaseBusy` (503); so during a run the pages answer, and a refresh shows the rows committed since.
A connection that stays open keeps DuckDB's buffer cache warm: a fresh one reads the tables from disk
again, which costs more than most queries.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import threading
import time
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventmill.corpus.schema import LATEST
from eventmill.corpus.sharing import stop_reading, want_to_read, writer_wants
from eventmill.errors import ConfigError, EventmillError

log = logging.getLogger(__name__)


# how often an open, idle connection checks whether a writer wants the file (one stat)
WATCH_S = 0.05


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
        stop_reading(database.path)


class Database:
    """Where the store is, and the limits every request's connection runs under.

    Requests share one read-only connection (each gets its own cursor) while they keep coming, so
    DuckDB's buffer cache stays warm; it is closed as soon as a writer wants the file, or `idle_close_s`
    seconds after the last request ends (0: open and close it for every request).
    """

    def __init__(
        self,
        path: str | Path,
        timeout_s: float = 10.0,
        idle_close_s: float = 5.0,
        memory_limit: str = "2GB",
        threads: int = 2,
        busy_wait_s: float = 10.0,
    ):
        self.path = Path(path)
        self.timeout_s = timeout_s
        self.idle_close_s = idle_close_s
        self.busy_wait_s = busy_wait_s
        self.memory_limit = memory_limit
        self.threads = int(threads)
        self._lock = threading.Lock()
        self._con: Any = None
        self._users = 0
        self._last_used = 0.0
        self._watcher: threading.Thread | None = None
        self._unmarked = False
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

    def _cursor(self) -> Any:
        """A cursor on the shared connection, opened if need be; None while a writer wants or holds the
        file (then an idle connection is closed on the way)."""
        with self._lock:
            if not self._unmarked:  # a running writer then lets the file go between its commits
                self._unmarked = not want_to_read(self.path)  # a read-only folder: said once, not per request
            if writer_wants(self.path):
                if self._con is not None and not self._users:
                    self._close_locked()
                return None
            if self._con is None:
                try:
                    self._con = self._open()
                except DatabaseBusy:
                    return None
                self._watch()
            cur = self._con.cursor()
            self._users += 1
            return cur

    @contextlib.contextmanager
    def connect(self, timeout_s: float | None = None) -> Iterator[Any]:
        """A cursor on the shared read-only connection, interrupted after `timeout_s` seconds; waits up
        to `busy_wait_s` seconds while a writer holds the file."""
        import duckdb

        deadline = time.monotonic() + self.busy_wait_s
        pause = 0.01
        while (cur := self._cursor()) is None:
            if time.monotonic() + pause > deadline:
                raise DatabaseBusy(
                    f"{self.path} is being written by another process (a running eventmill run?) and was not "
                    f"free within {self.busy_wait_s:g} s; DuckDB lets one process write or several read, never "
                    "both; try again in a moment"
                )
            time.sleep(pause)
            pause = min(pause * 2, 0.1)
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
            self._last_used = time.monotonic()
            if not self._users and self._con is not None and (self.idle_close_s <= 0 or writer_wants(self.path)):
                self._close_locked()

    def _watch(self) -> None:
        """Start the thread that closes the connection once idle, or at once when a writer wants the file."""
        if self.idle_close_s <= 0 or (self._watcher is not None and self._watcher.is_alive()):
            return
        self._watcher = threading.Thread(target=self._watch_loop, name="eventmill-db-watcher", daemon=True)
        self._watcher.start()

    def _watch_loop(self) -> None:
        while True:
            time.sleep(WATCH_S)
            with self._lock:
                if self._con is None:
                    return
                if self._users:
                    continue
                if writer_wants(self.path) or time.monotonic() - self._last_used >= self.idle_close_s:
                    self._close_locked()
                    return

    def _close_locked(self) -> None:
        self._con.close()
        self._con = None

    def close(self) -> None:
        """Close the shared connection now, unless a request is using it (the next request opens it again)."""
        with self._lock:
            if self._con is not None and not self._users:
                self._close_locked()
