"""Inputs to `Record`s: directories, text files, JSONL and CSV, zip and tar archives (HTML, WARC and
feeds are in `eventmill.corpus.web`). Every format yields the same `Article` with its metadata.

A record that cannot be read (empty, binary, mis-encoded, too large, a bad JSON line) is still a
record, with `error` set, so the run stores one clear problem for it and never stops.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import logging
import os
import tarfile
import zipfile
from collections import Counter
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import IO, Any, Callable, Iterator, Mapping

from eventmill.api import article_id
from eventmill.config import Config
from eventmill.corpus.decode import decode_bytes, iso_date
from eventmill.errors import ConfigError, InputError
from eventmill.models import Article

log = logging.getLogger(__name__)

FORMATS = ("auto", "txt", "html", "jsonl", "csv", "tsv", "warc", "feed")
SUFFIXES = {
    ".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv",
    ".warc": "warc", ".arc": "warc", ".rss": "feed", ".atom": "feed", ".xml": "feed",
}
ARCHIVES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
# an HTML page carries markup around its text: allow this many times --max-bytes before refusing it
HTML_SIZE_FACTOR = 5


@dataclass(frozen=True, slots=True)
class Record:
    """One input article: its text (`article`), a raw HTML page the worker extracts (`page`), or
    the reason it could not be read (`error`). `source` names where it came from, stably across runs:
    a path, `path:LINE` (JSONL, CSV), `path@OFFSET` (WARC), `path#N` (feeds), `archive!member`."""

    source: str
    article: Article | None = None
    page: bytes | None = None
    url: str | None = None  # for pages: the URL it was fetched from (WARC target URI)
    charset: str | None = None  # for pages: the charset the HTTP headers declared
    error: str = ""
    encoding: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def key(self) -> str | None:
        """The article ID when it is known before coding; None for pages (known after extraction)."""
        if self.article is not None:
            return self.article.id
        return None if self.page is not None else failure_id(self.source)


def failure_id(source: str) -> str:
    """A stable ID for an input that could not be read: keyed by where it came from, not its bytes,
    so two different empty files are two problems, and a rerun recognises both."""
    return article_id("\0unreadable\0" + source)


def text_record(source: str, text: str, *, encoding: str = "utf-8", **meta: Any) -> Record:
    """A record from decoded text and metadata (title, url, outlet, lang, published in any date form)."""
    if not text.strip():
        return Record(source, error=f"{source} has no text (empty text field or file)")
    published, warning = iso_date(meta.pop("published", None))
    meta = {k: (str(v).strip() or None) if v is not None else None for k, v in meta.items()}
    article = Article(text=text, id=article_id(text), published=published, **meta)
    return Record(source, article=article, encoding=encoding, warnings=(warning,) if warning else ())


@dataclass(frozen=True, slots=True)
class Columns:
    """Which field of a JSONL object or CSV row holds each part of an article; the first name
    present wins. JSONL names may be dotted paths into nested objects (`meta.date`)."""

    text: tuple[str, ...] = ("text", "body", "content", "article")
    title: tuple[str, ...] = ("title", "headline")
    published: tuple[str, ...] = ("published", "date", "publish_date", "pubdate", "datetime")
    url: tuple[str, ...] = ("url", "link")
    outlet: tuple[str, ...] = ("outlet", "source", "site", "sitename", "domain")
    lang: tuple[str, ...] = ("lang", "language")

    @classmethod
    def parse(cls, spec: str | None) -> "Columns":
        """Columns from `text=body,published=date,...`; fields not named keep their defaults."""
        cols = cls()
        if not spec:
            return cols
        known = [f.name for f in fields(cls)]
        for part in spec.split(","):
            key, sep, name = (s.strip() for s in part.partition("="))
            if not sep or key not in known or not name:
                raise ConfigError(f"--columns wants FIELD=NAME pairs separated by commas, with FIELD one of "
                                  f"{', '.join(known)}; got {part!r}")
            cols = replace(cols, **{key: (name,)})
        return cols

    def value(self, row: Mapping[str, Any], field: str) -> Any:
        for name in getattr(self, field):
            val: Any = row
            for part in name.split(".") if name not in row else (name,):
                val = val.get(part) if isinstance(val, Mapping) else None
            if val not in (None, ""):
                return val
        return None

    def record(self, source: str, row: Mapping[str, Any], encoding: str = "utf-8") -> Record:
        text = self.value(row, "text")
        if text is None:
            return Record(source, error=f"{source} has no text field ({'/'.join(self.text)}); fields: "
                                        f"{', '.join(list(row)[:12])}; name it with --columns text=NAME")
        if not isinstance(text, str):
            return Record(source, error=f"{source}: the text field holds a {type(text).__name__}, not a string")
        meta = {f: self.value(row, f) for f in ("title", "url", "outlet", "lang", "published")}
        return text_record(source, text, encoding=encoding, **meta)


@dataclass(frozen=True, slots=True)
class Source:
    """A file to read: on disk or inside an archive."""

    name: str
    size: int | None
    opener: Callable[[], IO[bytes]]

    def read(self, limit: int) -> bytes | None:
        """The bytes, or None when there are more than `limit`."""
        if self.size is not None and self.size > limit:
            return None
        with self.opener() as fh:
            data = fh.read(limit + 1)
        return None if len(data) > limit else data


def detect_format(name: str) -> str | None:
    """The format a file name suggests (`.gz` looked through), or None."""
    lower = name.lower()
    if lower.endswith(".gz") and not lower.endswith((".warc.gz", ".arc.gz")):
        lower = lower[:-3]
    for suffix in (".warc.gz", ".arc.gz"):
        if lower.endswith(suffix):
            return "warc"
    return SUFFIXES.get(os.path.splitext(lower)[1])


def _gunzipping(source: Source) -> Source:
    if not source.name.lower().endswith(".gz") or detect_format(source.name) == "warc":
        return source
    return Source(source.name, None, lambda: gzip.open(source.opener()))


def check_inputs(inputs: list[str | Path]) -> list[Path]:
    """The inputs as paths, or one error naming the first that does not exist."""
    paths = [Path(p) for p in inputs]
    for p in paths:
        if not p.exists():
            raise ConfigError(f"no such file or directory: {p}")
    return paths


def iter_records(inputs: list[str | Path], config: Config, fmt: str = "auto",
                 columns: Columns | None = None) -> Iterator[Record]:
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
        log.warning("skipped %d file(s) of unknown type under %s (%s); name a format with --format to read them",
                    sum(skipped.values()), root, ", ".join(f"{k} x{v}" for k, v in skipped.most_common(5)))


def _file(path: Path, config: Config, fmt: str, columns: Columns, explicit: bool) -> Iterator[Record]:
    name = str(path)
    if name.lower().endswith(ARCHIVES) and fmt == "auto":
        yield from _archive(path, config, columns)
        return
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield Record(name, error=f"cannot read {name}: {exc.strerror or exc}")
        return
    src = Source(name, size, lambda: open(path, "rb"))
    yield from read_source(src, config, fmt if fmt != "auto" else (detect_format(name) or "txt"), columns)


def _archive(path: Path, config: Config, columns: Columns) -> Iterator[Record]:
    """Members of a zip or tar archive, each read by the format its name suggests."""
    name = str(path)
    try:
        if name.lower().endswith(".zip"):
            with zipfile.ZipFile(path) as zf:
                for info in zf.infolist():
                    if not info.is_dir():
                        yield from _member(f"{name}!{info.filename}", info.file_size,
                                           lambda i=info: zf.open(i), config, columns)
        else:
            with tarfile.open(path) as tf:
                for info in tf:
                    if info.isfile():
                        yield from _member(f"{name}!{info.name}", info.size,
                                           lambda i=info: tf.extractfile(i), config, columns)
    except (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError) as exc:
        yield Record(name, error=f"{name} is not a readable archive ({type(exc).__name__}: {exc})")


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
    """The records of one file of a known format."""
    if kind in ("html", "warc", "feed"):
        from eventmill.corpus import web

        yield from {"html": web.read_html, "warc": web.read_warc, "feed": web.read_feed}[kind](src, config)
    elif kind == "jsonl":
        yield from read_jsonl(_gunzipping(src), columns)
    elif kind in ("csv", "tsv"):
        yield from read_csv(_gunzipping(src), columns, config, "\t" if kind == "tsv" else ",")
    else:
        yield read_txt(_gunzipping(src), config)


def read_txt(src: Source, config: Config) -> Record:
    """One text file: one article."""
    data = src.read(config.max_bytes)
    if data is None:
        return Record(src.name, error=f"{src.name} is too large (over {config.max_bytes:,} bytes, the limit); "
                                      "split it, or raise --max-bytes if it really is one article")
    try:
        text, encoding = decode_bytes(data, src.name)
    except InputError as exc:
        return Record(src.name, error=str(exc))
    return text_record(src.name, text, encoding=encoding)


def read_jsonl(src: Source, columns: Columns) -> Iterator[Record]:
    """One JSON object per line; blank lines are skipped."""
    with src.opener() as fh:
        for n, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            source = f"{src.name}:{n}"
            try:
                row = json.loads(raw)
            except UnicodeDecodeError:
                yield Record(source, error=f"{source} is not valid UTF-8 (JSON Lines must be UTF-8)")
                continue
            except json.JSONDecodeError as exc:
                yield Record(source, error=f"{source} is not valid JSON ({exc.msg} at column {exc.colno})")
                continue
            if not isinstance(row, dict):
                yield Record(source, error=f"{source} is a JSON {type(row).__name__}, not an object")
                continue
            yield columns.record(source, row)


def read_csv(src: Source, columns: Columns, config: Config, delimiter: str) -> Iterator[Record]:
    """One row per article, with a header row naming the columns."""
    with src.opener() as raw:
        buffered = io.BufferedReader(raw, buffer_size=1 << 16)
        encoding = _sniff_encoding(buffered.peek(1 << 16)[: 1 << 16], src.name)
        if encoding is None:
            yield Record(src.name, error=f"{src.name} is not UTF-8 and its encoding could not be detected; "
                                         "convert it first, e.g. iconv -f latin1 -t utf-8")
            return
        csv.field_size_limit(max(config.max_bytes * 2, 1 << 20))
        reader = csv.DictReader(io.TextIOWrapper(buffered, encoding=encoding, newline=""), delimiter=delimiter)
        n = 0
        try:
            header = reader.fieldnames or []
            if not any(name in header for name in columns.text):
                yield Record(src.name, error=f"{src.name} has no text column ({'/'.join(columns.text)}); columns: "
                                             f"{', '.join(header[:12])}; name it with --columns text=NAME")
                return
            for n, row in enumerate(reader, start=1):
                yield columns.record(f"{src.name}:{n}", row, encoding)
        except (UnicodeDecodeError, csv.Error) as exc:
            yield Record(f"{src.name}:{n + 1}", error=f"{src.name}: reading stopped at row {n + 1} "
                                                      f"({type(exc).__name__}: {exc}); the rows before it were read")


def _sniff_encoding(sample: bytes, name: str) -> str | None:
    """The encoding of a stream from its first bytes: UTF-8 when they decode, else detected."""
    if sample.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 3:  # the sample cut a character in two
            return "utf-8"
    try:
        return decode_bytes(sample, name)[1]
    except InputError:
        return None


def estimate(inputs: list[str | Path], fmt: str = "auto") -> int | None:
    """About how many records the inputs hold (for the progress bar's ETA), or None if unknown."""
    total = 0
    for path in check_inputs(inputs):
        files = [path] if path.is_file() else [Path(d) / f for d, _, fs in os.walk(path) for f in fs
                                                   if not f.startswith(".")]
        for f in files:
            kind = fmt if fmt != "auto" else (detect_format(f.name) or ("txt" if path.is_file() else None))
            if fmt == "auto" and f.name.lower().endswith(".zip"):
                with zipfile.ZipFile(f) as zf:
                    total += sum(1 for i in zf.infolist() if not i.is_dir())
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
