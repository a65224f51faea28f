"""Files that appear whole or not at all: written under a temporary name in the same folder, then
renamed over the final name, so a process killed mid-write (even with kill -9) never leaves a
partial file at the final name, nor shrinks the complete file it was replacing.

The temporary name is `.NAME.PID.tmp`. A kill -9 leaves one behind; the next write to the same
name removes those whose process is gone, and says so.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)


def temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # no cheap, harmless liveness check: leave the file alone
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


def leftovers(path: Path) -> list[Path]:
    """Temporary files of earlier writes to `path` whose process has died (killed mid-write)."""
    pattern = re.compile(rf"\.{re.escape(path.name)}\.(\d+)\.tmp")
    found = []
    with contextlib.suppress(OSError):
        for f in path.parent.iterdir():
            m = pattern.fullmatch(f.name)
            if m and int(m.group(1)) != os.getpid() and not _alive(int(m.group(1))):
                found.append(f)
    return sorted(found)


def sweep(path: Path) -> list[Path]:
    """Remove the leftovers of interrupted writes to `path`; returns what was removed."""
    removed = []
    for f in leftovers(path):
        with contextlib.suppress(OSError):
            f.unlink()
            removed.append(f)
    if removed:
        log.warning(
            "removed %d temporary file(s) left by an interrupted write of %s: %s",
            len(removed),
            path,
            ", ".join(f.name for f in removed),
        )
    return removed


@contextlib.contextmanager
def replacing_path(path: str | Path) -> Iterator[Path]:
    """A temporary path to write; once the body ends without an error it replaces `path`."""
    path = Path(path)
    if path.exists() and not path.is_file():  # /dev/stdout, a named pipe: nothing to replace
        yield path
        return
    sweep(path)
    tmp = temp_name(path)
    try:
        yield tmp
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def replacing(path: str | Path, mode: str = "w", **kwargs: Any) -> Iterator[IO[Any]]:
    """A file opened for writing whose content replaces `path` only once the body ends without an error."""
    with replacing_path(path) as tmp, open(tmp, mode, **kwargs) as fh:
        yield fh
