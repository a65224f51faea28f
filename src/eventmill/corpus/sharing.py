"""One database file shared by `eventmill run` (its one writer) and `eventmill serve` (a reader).

DuckDB lets one process open a file for writing or several open it read-only, never both at once (a
lock taken when a connection opens). The two sides take turns through small files beside the database:

- `DB.read-wanted` (holding a reader's process ID) says that `eventmill serve` reads the file. While it
  names a live process, the runner closes its write connection after every commit (about once a
  second) and opens it again for the next; without it, the runner holds the file all along, as it did
  before readers could share it, and pays nothing for the sharing.
- `DB.write-wanted` (holding the writer's process ID) exists from the moment a writer asks for the
  file until it has closed it again. A reader that sees it (one `stat`) closes its connection as soon
  as its requests in flight end, and opens none until the file is gone; the writer, meanwhile, retries
  its open with a short backoff.
- `DB.run-lock` is locked (`flock`) by a running `eventmill run` for its whole length, so a second run
  on the same file stops at once rather than coding the same articles, and the commands that read the
  store in one go (export, stats) say the file is in use, as they did when the run held it throughout.

A process killed with `kill -9` leaves its file behind: it names a process that no longer runs, and
the other side ignores it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

# how long a writer waits for readers to let go: a web request finishes within its query time limit
# (10 s by default) and a streamed export within six times that, so two minutes covers both
WRITE_WAIT_S = 120.0


def wanted_path(db: str | Path) -> Path:
    return Path(f"{db}.write-wanted")


def reader_path(db: str | Path) -> Path:
    return Path(f"{db}.read-wanted")


def lock_path(db: str | Path) -> Path:
    return Path(f"{db}.run-lock")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _pid(path: Path) -> int | None:
    """The process ID a marker file holds; None when there is no such file; 0 when it is unreadable."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        return 0
    return int(text) if text.isdigit() else 0


def _live(pid: int | None) -> bool:
    # an unreadable marker (0) counts as live: better a reader that waits than a writer that fails
    return pid is not None and (pid in (0, os.getpid()) or _alive(pid))


def _mark(path: Path) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}")
    tmp.write_text(str(os.getpid()), encoding="ascii")
    os.replace(tmp, path)  # atomic: the other side never sees half a process ID


def writer_wants(db: str | Path) -> bool:
    """Whether a live writer has asked for the file (one failed `open` when none has)."""
    return _live(_pid(wanted_path(db)))


def readers_wait(db: str | Path) -> bool:
    """Whether a live `eventmill serve` reads the file (then a writer lets it go between commits)."""
    return _live(_pid(reader_path(db)))


def want_to_read(db: str | Path) -> bool:
    """Say that this process reads the file and wants turns with writers; False where the folder is
    read-only (then a running writer keeps the file until it ends)."""
    path = reader_path(db)
    pid = _pid(path)
    if pid == os.getpid() or (pid and _alive(pid)):
        return True
    try:
        _mark(path)
    except OSError as exc:
        log.warning("cannot write %s (%s): a running eventmill run will keep the database to itself", path, exc)
        return False
    return True


def stop_reading(db: str | Path) -> None:
    """Take back `want_to_read` (if this process's mark is the one there)."""
    path = reader_path(db)
    if _pid(path) == os.getpid():
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


@contextlib.contextmanager
def wanting(db: str | Path) -> Iterator[None]:
    """Say that this process wants the file for writing (readers let go), until the block ends."""
    path = wanted_path(db)
    _mark(path)
    try:
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def retry_busy(opener: Callable[[], T], busy: Callable[[Exception], bool], wait_s: float, what: str) -> T:
    """`opener()`, again with a growing pause while it fails with an error `busy` recognises, for at most
    `wait_s` seconds; then that error propagates."""
    deadline = time.monotonic() + wait_s
    pause = 0.005
    said = False
    while True:
        try:
            return opener()
        except Exception as exc:
            if not busy(exc) or time.monotonic() + pause > deadline:
                raise
            if not said and pause >= 0.5:
                log.info("waiting for %s, which another process holds", what)
                said = True
        time.sleep(pause)
        pause = min(pause * 2, 0.25)


def is_lock_error(exc: Exception) -> bool:
    """Whether a DuckDB error says another process holds the file."""
    import duckdb

    return isinstance(exc, duckdb.IOException) and "lock" in str(exc).splitlines()[0].lower()


class RunLock:
    """The whole-run lock of `eventmill run` on one database (none for an in-memory one)."""

    def __init__(self, db: str | Path):
        self.path = None if str(db) == ":memory:" else lock_path(db)
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock; False when another process holds it."""
        if self.path is None:
            return True
        try:
            import fcntl
        except ImportError:  # not a POSIX system: DuckDB's own lock is the only guard
            return True
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                return False
            # the run before may have removed the file between our open and our lock: lock the file
            # that is there now, or two runs could each hold a lock on a different one
            try:
                same = os.stat(self.path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if same:
                os.ftruncate(fd, 0)
                os.write(fd, str(os.getpid()).encode("ascii"))
                self._fd = fd
                return True
            os.close(fd)

    def release(self) -> None:
        if self._fd is None or self.path is None:
            return
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        os.close(self._fd)
        self._fd = None


def run_holds(db: str | Path) -> bool:
    """Whether an `eventmill run` is writing this database now (its run lock is held)."""
    try:
        import fcntl
    except ImportError:
        return False
    try:
        fd = os.open(lock_path(db), os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing the descriptor drops a shared lock taken just now
    return False
