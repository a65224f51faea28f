"""Inputs to `Record`s: directories are walked, zip and tar archives read member by member, and
each file goes to the reader of its format (by its name, or `--format`). Every format yields the
same `Article` with its metadata.
"""

from __future__ import annotations

import logging
import os
import stat
import tarfile
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from eventmill.config import Config
from eventmill.corpus.readers import ARCHIVES, FORMATS, detect_format
from eventmill.corpus.readers.feeds import read_feed
from eventmill.corpus.readers.pages import read_html
from eventmill.corpus.readers.records import Record, Source
from eventmill.corpus.readers.text import Columns, read_csv, read_jsonl, read_txt
from eventmill.corpus.readers.warc import read_warc
from eventmill.errors import ConfigError

log = logging.getLogger(__name__)


def check_inputs(inputs: Sequence[str | Path]) -> list[Path]:
    """The inputs as paths, or one error naming the first that does not exist."""
    paths = [Path(p) for p in inputs]
    for p in paths:
        if not p.exists():
            raise ConfigError(f"no such file or directory: {p}")
    return paths


def iter_records(
    inputs: Sequence[str | Path], config: Config, fmt: str = "auto", columns: Columns | None = None
) -> Iterator[Record]:
    """Every record of every input, in a stable order (directories sorted, archives in their order)."""
    columns = columns or Columns()
    if fmt not in FORMATS:
        raise ConfigError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    for path in check_inputs(inputs):
        path = path.resolve()
        if path.is_dir():
            yield from _walk(path, config, fmt, columns)
        else:
            yield from _file(path, config, fmt, columns, explicit=True)


def _walk(root: Path, config: Config, fmt: str, columns: Columns) -> Iterator[Record]:
    skipped: Counter[str] = Counter()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            if fmt == "auto" and not detect_format(name) and not name.lower().endswith(ARCHIVES):
                skipped[path.suffix.lower() or "(no suffix)"] += 1
                continue
            yield from _file(path, config, fmt, columns, explicit=False)
    if skipped:
        log.warning(
            "skipped %d file(s) of unknown type under %s (%s); name a format with --format to read them",
            sum(skipped.values()),
            root,
            ", ".join(f"{k} x{v}" for k, v in skipped.most_common(5)),
        )


def _file(path: Path, config: Config, fmt: str, columns: Columns, explicit: bool) -> Iterator[Record]:
    name = str(path)
    try:
        info = path.stat()
    except OSError as exc:
        yield Record(name, error=f"cannot read {name}: {exc.strerror or exc}")
        return
    if not stat.S_ISREG(info.st_mode):
        # opening a named pipe blocks until something writes to it, and a device never ends
        yield Record(name, error=f"{name} is not a regular file ({_kind(info.st_mode)}); it was not read")
        return
    if name.lower().endswith(ARCHIVES) and fmt == "auto":
        yield from _archive(path, config, columns)
        return
    size = info.st_size
    src = Source(name, size, lambda: open(path, "rb"))
    yield from read_source(src, config, fmt if fmt != "auto" else (detect_format(name) or "txt"), columns)


def _kind(mode: int) -> str:
    for test, kind in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device")):
        if test(mode):
            return kind
    return "a device" if stat.S_ISBLK(mode) else "not a plain file"


def _archive(path: Path, config: Config, columns: Columns) -> Iterator[Record]:
    """Members of a zip or tar archive, each read by the format its name suggests."""
    name = str(path)
    try:
        if name.lower().endswith(".zip"):
            with zipfile.ZipFile(path) as zf:
                for info in zf.infolist():
                    if not info.is_dir():
                        yield from _member(
                            f"{name}!{info.filename}", info.file_size, lambda i=info: zf.open(i), config, columns
                        )
        else:
            with tarfile.open(path) as tf:
                for member in tf:
                    if member.isfile():
                        yield from _member(
                            f"{name}!{member.name}", member.size, lambda m=member: tf.extractfile(m), config, columns
                        )
                _check_tar_end(tf)
    except (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        yield Record(name, error=f"{name} is not a readable archive ({type(exc).__name__}: {exc})")


def _check_tar_end(tf: tarfile.TarFile) -> None:
    """tarfile ends its iteration quietly at a malformed header: what follows must be padding (and a
    gzip stream must end with its checksum), else the members after it were lost, which is a problem."""
    fh = tf.fileobj
    assert fh is not None
    while chunk := fh.read(1 << 20):
        if chunk.strip(b"\0"):
            raise tarfile.ReadError("a malformed member header; the members after it were not read")


def _member(name: str, size: int, opener, config: Config, columns: Columns) -> Iterator[Record]:
    base = name.rsplit("!", 1)[1]
    if os.path.basename(base).startswith("."):
        return
    kind = detect_format(base)
    if kind is None:
        log.info("skipped %s: unknown type inside an archive", name)
        return
    yield from read_source(Source(name, size, opener), config, kind, columns)


def read_source(src: Source, config: Config, kind: str, columns: Columns) -> Iterator[Record]:
    """The records of one file of a known format; a file that cannot be read to its end (a corrupt
    .gz, a truncated archive member) ends with one failure record, after the records read before it."""
    try:
        yield from _read_kind(src, config, kind, columns)
    except (OSError, EOFError, zlib.error, zipfile.BadZipFile, tarfile.TarError) as exc:
        yield Record(
            src.name,
            error=f"{src.name} could not be read past this point ({type(exc).__name__}: {exc}); "
            "the records before it were read: is the file complete?",
        )


def _read_kind(src: Source, config: Config, kind: str, columns: Columns) -> Iterator[Record]:
    if kind == "html":
        yield from read_html(src, config)
    elif kind == "warc":
        yield from read_warc(src, config)
    elif kind == "feed":
        yield from read_feed(src, config)
    elif kind == "jsonl":
        yield from read_jsonl(src.gunzipped(), columns, config)
    elif kind in ("csv", "tsv"):
        yield from read_csv(src.gunzipped(), columns, config, "\t" if kind == "tsv" else ",")
    else:
        yield read_txt(src.gunzipped(), config)


def estimate(inputs: Sequence[str | Path], fmt: str = "auto") -> int | None:
    """About how many records the inputs hold (for the progress bar's ETA), or None if unknown."""
    total = 0
    for path in check_inputs(inputs):
        files = (
            [path]
            if path.is_file()
            else [Path(d) / f for d, _, fs in os.walk(path) for f in fs if not f.startswith(".")]
        )
        for f in files:
            if not f.is_file():
                continue  # a named pipe or device: reading one to count its lines would block
            kind = fmt if fmt != "auto" else (detect_format(f.name) or ("txt" if path.is_file() else None))
            if fmt == "auto" and f.name.lower().endswith(".zip"):
                try:
                    with zipfile.ZipFile(f) as zf:
                        total += sum(1 for i in zf.infolist() if not i.is_dir())
                except zipfile.BadZipFile:
                    total += 1  # one problem row
            elif kind is None and not f.name.lower().endswith(ARCHIVES):
                continue
            elif kind in ("txt", "html"):
                total += 1
            elif kind in ("jsonl", "csv", "tsv") and not f.name.endswith(".gz"):
                with open(f, "rb") as fh:
                    total += sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
            else:
                return None
    return total
