"""The DuckDB store: migrations, the IDs already stored, and one transaction per write of results.

A write (the articles, events, actors, places, quotes, tolls, problems and sources of one or more batches)
is one transaction through Arrow tables, never row by row. A run killed at any moment leaves whole batches
only, so a restart that skips the stored IDs loses nothing and duplicates nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from eventmill.corpus.readers.records import clean
from eventmill.corpus.schema import LATEST, MIGRATIONS
from eventmill.corpus.sharing import WRITE_WAIT_S, is_lock_error, readers_wait, retry_busy, run_holds, wanting
from eventmill.errors import ConfigError, EventmillError

log = logging.getLogger(__name__)

# a reader (export, stats) waits this long for a writer's commit to end, not for a whole other command
READ_WAIT_S = 5.0
# how often a writer lending the file between writes looks for a reader (reading one small file)
LEND_CHECK_S = 0.05
# how long a writer that let readers in waits before it takes the file again: a request waiting for the
# file looks every 0.1 s at most (eventmill.web.db)
READER_GAP_S = 0.15

TABLES = ("articles", "sources", "events", "actors", "places", "quotes", "tolls", "problems")

# columns the store derives from a batch as it inserts it (table: column it reads, SQL), never given by the caller
DERIVED = {"events": ("evidence", "lower(evidence) AS evidence_folded")}


class StoreError(EventmillError):
    """The database cannot be opened or written (in use, from a newer eventmill, not DuckDB)."""

    exit_code = 4


class Store:
    """One DuckDB database of coded articles. Only the process that runs a corpus writes to it.

    A writable store says it wants the file (`eventmill.corpus.sharing`) and waits up to `wait_s`
    seconds for readers to let go. Within `lending()`, it closes the file between writes whenever
    `eventmill serve` reads it, and the next use of `con` opens it again.
    """

    def __init__(self, path: str | Path, read_only: bool = False, wait_s: float = WRITE_WAIT_S):
        self.path = Path(path)
        self.read_only = read_only
        self.wait_s = wait_s
        self.shared = str(path) != ":memory:"
        self._con: Any = None
        self._wanting: contextlib.ExitStack | None = None
        self._using = threading.RLock()  # a write, or closing the file for readers: one at a time
        if read_only and not self.path.exists():
            raise ConfigError(f"no database at {self.path}; code a corpus first: eventmill run DIR --db {self.path}")
        if read_only and run_holds(self.path):
            raise StoreError(
                f"{self.path} is in use by another eventmill process (a running eventmill run); wait for it "
                "to finish, or browse it meanwhile with eventmill serve"
            )
        try:
            self._check()
        except BaseException:
            self.close()  # no half-open store keeps the file or the wish for it
            raise
        self.schemas = {t: self.con.sql(f"SELECT * FROM {t} LIMIT 0").to_arrow_table().schema for t in TABLES}

    def _check(self) -> None:
        """Refuse a newer schema (or an older one, read-only); migrate an older one."""
        version = self.version()
        if version > LATEST:
            raise StoreError(
                f"{self.path} has schema version {version}, newer than this eventmill knows "
                f"({LATEST}); upgrade eventmill"
            )
        if self.read_only and version < LATEST:
            raise StoreError(
                f"{self.path} has schema version {version}; open it once with eventmill run to migrate it to {LATEST}"
            )
        if not self.read_only:
            self.migrate()

    @property
    def con(self) -> Any:
        """The connection, opened again if `release()` closed it."""
        if self._con is None:
            self._con = self._open()
        return self._con

    def _open(self) -> Any:
        import duckdb

        wanting_file = contextlib.ExitStack()
        if self.shared and not self.read_only:
            wanting_file.enter_context(wanting(self.path))
        wait = (READ_WAIT_S if self.read_only else self.wait_s) if self.shared else 0.0
        try:
            con = retry_busy(
                lambda: duckdb.connect(str(self.path), read_only=self.read_only), is_lock_error, wait, str(self.path)
            )
        except duckdb.IOException as exc:
            wanting_file.close()
            msg = str(exc).splitlines()[0]
            if "lock" in msg.lower():
                raise StoreError(
                    f"{self.path} is in use by another eventmill process (still after {wait:g} s of waiting); "
                    f"wait for it to finish or stop it ({msg})"
                ) from None
            raise StoreError(f"cannot open {self.path} as a DuckDB database: {msg}") from None
        except duckdb.Error as exc:
            wanting_file.close()
            raise StoreError(f"cannot open {self.path} as a DuckDB database: {str(exc).splitlines()[0]}") from None
        self._wanting = wanting_file
        return con

    def release(self) -> None:
        """Close the file until the next use, so that readers (`eventmill serve`) can open it."""
        with self._using:
            if self._con is not None:
                self._con.close()
                self._con = None
            if self._wanting is not None:
                self._wanting.close()
                self._wanting = None

    @contextlib.contextmanager
    def turn(self) -> Iterator[Any]:
        """The connection, for one piece of work that `lending()` must not close midway (a transaction,
        a read of several statements)."""
        with self._using:
            yield self.con

    def yield_to_readers(self, gap_s: float = READER_GAP_S) -> None:
        """Between two turns of a long write: when `eventmill serve` reads this file, close it and wait
        `gap_s` seconds, so that the requests waiting for the file get in before the next turn (back
        to back, the turns would keep it: `lending()` only closes it when no turn is under way)."""
        if self.shared and self._con is not None and readers_wait(self.path):
            self.release()
            time.sleep(gap_s)

    @contextlib.contextmanager
    def lending(self) -> Iterator[None]:
        """While the block runs (in which only `write` and `turn` may use the store), close the file whenever a
        reader wants it and no write is under way: a thread looks every `LEND_CHECK_S` seconds. With no
        reader about, the file stays open and writes cost what they always did."""
        if not self.shared:  # an in-memory store closed is gone
            yield
            return
        stop = threading.Event()

        def lend() -> None:
            while not stop.wait(LEND_CHECK_S):
                with self._using:
                    if self._con is not None and readers_wait(self.path):
                        self.release()

        thread = threading.Thread(target=lend, name="eventmill-store-lender", daemon=True)
        thread.start()
        try:
            yield
        finally:
            stop.set()
            thread.join()

    def version(self) -> int:
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
        ).fetchall()[0][0]
        if not exists:
            return 0
        return self.con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()[0][0]

    def migrate(self) -> None:
        """Apply every migration newer than the database, each in its own transaction."""
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version "
            "(version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)"
        )
        current = self.version()
        for version, description, sql in MIGRATIONS:
            if version <= current:
                continue
            log.info("migrating %s to schema version %d: %s", self.path, version, description)
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_version VALUES (?, ?, ?)", [version, description, _now()])
                self.con.execute("COMMIT")
            except Exception:
                self.con.execute("ROLLBACK")
                raise

    def stored_ids(self) -> set[str]:
        """IDs of every article already stored (coded or failed)."""
        return {r[0] for r in self.con.execute("SELECT id FROM articles").fetchall()}

    def stored_sources(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT source FROM sources").fetchall()}

    def start_run(self, inputs: Iterable[str], backend: str, config: dict[str, Any]) -> int:
        from eventmill import __version__

        run_id = self.con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchall()[0][0]
        self.con.execute(
            "INSERT INTO runs (run_id, started_at, inputs, backend, eventmill_version, config) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [run_id, _now(), json.dumps(list(inputs)), backend, __version__, json.dumps(config)],
        )
        return run_id

    def finish_run(self, run_id: int, coded: int, failed: int, events: int) -> None:
        self.con.execute(
            "UPDATE runs SET finished_at = ?, coded = ?, failed = ?, events = ? WHERE run_id = ?",
            [_now(), coded, failed, events, run_id],
        )

    def last_config(self) -> dict[str, Any] | None:
        rows = self.con.execute("SELECT config FROM runs ORDER BY run_id DESC LIMIT 1").fetchall()
        return json.loads(rows[0][0]) if rows and rows[0][0] else None

    def write(self, tables: dict[str, dict[str, list]], run_id: int) -> int:
        """Write one batch (columns per table) in one transaction; returns the rows written."""
        with self._using:
            return self._write(tables, run_id)

    def _write(self, tables: dict[str, dict[str, list]], run_id: int) -> int:
        import pyarrow as pa

        rows = 0
        self.con.execute("BEGIN TRANSACTION")
        try:
            for name in TABLES:
                cols = tables.get(name)
                if not cols or not next(iter(cols.values())):
                    continue
                n = len(next(iter(cols.values())))
                if name in ("articles", "sources"):
                    cols = {**cols, "run_id": [run_id] * n}
                schema = pa.schema([self.schemas[name].field(c) for c in cols])
                try:
                    arrow = pa.Table.from_pydict(cols, schema=schema)
                except UnicodeEncodeError:  # a lone surrogate the readers let through: never lose the batch
                    arrow = pa.Table.from_pydict({c: [_clean(v) for v in vs] for c, vs in cols.items()}, schema=schema)
                self.con.register("_batch", arrow)
                verb = "INSERT OR IGNORE" if name == "sources" else "INSERT"
                source, derived = DERIVED.get(name, ("", ""))
                extra = f", {derived}" if source in cols else ""
                self.con.execute(f"{verb} INTO {name} BY NAME SELECT *{extra} FROM _batch")
                self.con.unregister("_batch")
                rows += n
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return rows

    def query(self, sql: str, params: list | None = None) -> list[tuple]:
        return self.con.execute(sql, params or []).fetchall()

    def close(self) -> None:
        self.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _clean(value: Any) -> Any:
    """A cell with lone surrogates replaced (strings, and strings in lists), else the value itself."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)
