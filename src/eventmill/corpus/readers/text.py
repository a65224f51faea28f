"""Text formats: plain text files (one article each), JSON Lines (one object per line) and CSV/TSV
(one row per article, with a header). `Columns` says which field holds each part of an article.

A record that cannot be read (empty, binary, mis-encoded, too large, a bad JSON line) is still a
record, with `error` set, so the run stores one clear problem for it and never stops.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any, cast

from eventmill.config import Config
from eventmill.corpus.readers.decode import decode_bytes
from eventmill.corpus.readers.lines import Oversized, capped_csv, capped_lines
from eventmill.corpus.readers.records import RECORD_SIZE_FACTOR, Record, Source, text_record
from eventmill.errors import ConfigError, InputError


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
    def parse(cls, spec: str | None) -> Columns:
        """Columns from `text=body,published=date,...`; fields not named keep their defaults."""
        cols = cls()
        if not spec:
            return cols
        known = [f.name for f in fields(cls)]
        for part in spec.split(","):
            key, sep, name = (s.strip() for s in part.partition("="))
            if not sep or key not in known or not name:
                raise ConfigError(
                    f"--columns wants FIELD=NAME pairs separated by commas, with FIELD one of "
                    f"{', '.join(known)}; got {part!r}"
                )
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
            return Record(
                source,
                error=f"{source} has no text field ({'/'.join(self.text)}); fields: "
                f"{', '.join(list(row)[:12])}; name it with --columns text=NAME",
            )
        if not isinstance(text, str):
            return Record(source, error=f"{source}: the text field holds a {type(text).__name__}, not a string")
        meta = {f: self.value(row, f) for f in ("title", "url", "outlet", "lang", "published")}
        return text_record(source, text, encoding=encoding, **meta)


def read_txt(src: Source, config: Config) -> Record:
    """One text file: one article."""
    data = src.read(config.max_bytes)
    if data is None:
        return Record(
            src.name,
            error=f"{src.name} is too large (over {config.max_bytes:,} bytes, the limit); "
            "split it, or raise --max-bytes if it really is one article",
        )
    try:
        text, encoding = decode_bytes(data, src.name)
    except InputError as exc:
        return Record(src.name, error=str(exc))
    return text_record(src.name, text, encoding=encoding)


def _oversized(source: str, what: str, cap: int) -> Record:
    return Record(
        source,
        error=f"{source}: the {what} is too large (over {cap:,} bytes, {RECORD_SIZE_FACTOR} times --max-bytes); "
        "it was skipped unread, the others are read; raise --max-bytes if articles this long are normal",
    )


def read_jsonl(src: Source, columns: Columns, config: Config) -> Iterator[Record]:
    """One JSON object per line; blank lines are skipped, and a line too long to be one article is
    refused while it streams past, so it never fills the memory."""
    cap = config.max_bytes * RECORD_SIZE_FACTOR
    with src.opener() as fh:
        for n, raw in enumerate(capped_lines(fh, cap), start=1):
            source = f"{src.name}:{n}"
            if isinstance(raw, Oversized):
                yield _oversized(source, "line", cap)
                continue
            if not raw.strip():
                continue
            try:
                row = json.loads(raw)
            except UnicodeDecodeError:
                yield Record(source, error=f"{source} is not valid UTF-8 (JSON Lines must be UTF-8)")
                continue
            except (json.JSONDecodeError, RecursionError) as exc:
                why = f"{exc.msg} at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else "nested too deep"
                yield Record(source, error=f"{source} is not valid JSON ({why})")
                continue
            if not isinstance(row, dict):
                yield Record(source, error=f"{source} is a JSON {type(row).__name__}, not an object")
                continue
            yield columns.record(source, row)


def read_csv(src: Source, columns: Columns, config: Config, delimiter: str) -> Iterator[Record]:
    """One row per article, with a header row naming the columns; a row too long to be one article
    is refused while it streams past, and the rows after it are read."""
    cap = config.max_bytes * RECORD_SIZE_FACTOR
    with src.opener() as raw:
        buffered = io.BufferedReader(cast(io.RawIOBase, raw), buffer_size=1 << 16)
        encoding = _sniff_encoding(buffered.peek(1 << 16)[: 1 << 16], src.name)
        if encoding is None:
            yield Record(
                src.name,
                error=f"{src.name} is not UTF-8 and its encoding could not be detected; "
                "convert it first, e.g. iconv -f latin1 -t utf-8",
            )
            return
        text = io.TextIOWrapper(buffered, encoding=encoding, newline="")
        header: list[str] = []
        n = 0
        try:
            for row, n in capped_csv(text, cap, delimiter):
                if n == 0:
                    header = [] if isinstance(row, Oversized) else row
                    if not any(name in header for name in columns.text):
                        yield Record(
                            src.name,
                            error=f"{src.name} has no text column ({'/'.join(columns.text)}); columns: "
                            f"{', '.join(header[:12])}; name it with --columns text=NAME",
                        )
                        return
                elif isinstance(row, Oversized):
                    yield _oversized(f"{src.name}:{n}", "row", cap)
                else:
                    yield columns.record(f"{src.name}:{n}", _as_dict(header, row), encoding)
        except (UnicodeDecodeError, csv.Error) as exc:
            yield Record(
                f"{src.name}:{n + 1}",
                error=f"{src.name}: reading stopped at row {n + 1} "
                f"({type(exc).__name__}: {exc}); the rows before it were read",
            )


def _as_dict(header: list[str], row: list[str]) -> dict[str, Any]:
    """A row by column name, as csv.DictReader makes it (missing cells None, extra ones dropped)."""
    return {name: row[i] if i < len(row) else None for i, name in enumerate(header)}


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
