"""WARC archives (Common Crawl News and the like): each HTML response with status 2xx becomes a page
for the worker to extract, each plain-text resource an article; the other records are skipped."""

from __future__ import annotations

import contextlib
import io
import logging
import re
from collections.abc import Iterator

from eventmill.config import Config
from eventmill.corpus.extras import require
from eventmill.corpus.readers.decode import decode_bytes
from eventmill.corpus.readers.records import HTML_SIZE_FACTOR, Record, Source, text_record, too_large
from eventmill.errors import InputError

log = logging.getLogger(__name__)

_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
_PAGE_TYPES = ("text/html", "application/xhtml+xml")


def _read_upto(stream, limit: int) -> bytes:
    """Up to `limit` bytes of a stream whose read() may return less than asked before the end."""
    parts, size = [], 0
    while size < limit:
        chunk = stream.read(min(1 << 20, limit - size))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


class _Warnings(io.TextIOBase):
    """Where warcio's warnings go: it writes them to standard error with the whole offending line
    (megabytes when a length lies); here they become short log lines."""

    def __init__(self, name: str) -> None:
        self.name, self.count = name, 0

    def write(self, text: str) -> int:
        if text.strip():
            self.count += 1
            if self.count <= 3:
                log.info("%s: warcio: %s", self.name, " ".join(text.split())[:200])
        return len(text)


def _quiet(records: Iterator, sink: _Warnings) -> Iterator:
    """The records, with warcio's writes to standard error turned into log lines while it reads."""
    it = iter(records)
    while True:
        with contextlib.redirect_stderr(sink):
            rec = next(it, None)
        if rec is None:
            return
        yield rec


def _cap_lines(records, cap: int) -> None:
    """warcio reads header and separator lines whole: a 150 MB line after a record took 780 MB
    (fuzzing). Its reader's lines are capped; a longer one reads as junk, and reading the file stops
    with a problem row, as for any malformed record."""
    reader = getattr(records, "reader", None)
    if reader is None or not hasattr(reader, "readline"):
        return
    readline = reader.readline

    def capped(length: int | None = None) -> bytes:
        return readline(cap if length is None or length < 0 else min(length, cap))

    reader.readline = capped


def read_warc(src: Source, config: Config) -> Iterator[Record]:
    """HTML responses (and plain-text resources) of a WARC file, gzipped or not; the rest is skipped."""
    archiveiterator = require("warcio.archiveiterator", "formats")
    skipped = 0
    with src.opener() as fh:
        records = archiveiterator.ArchiveIterator(fh)
        _cap_lines(records, config.max_bytes * HTML_SIZE_FACTOR + 1)
        sink = _Warnings(src.name)
        try:
            for rec in _quiet(records, sink):
                if rec.rec_type not in ("response", "resource"):
                    continue
                headers = rec.http_headers if rec.http_headers is not None else rec.rec_headers
                status = rec.http_headers.get_statuscode() if rec.http_headers is not None else "200"
                ctype = (headers.get_header("Content-Type") or "").lower()
                if not str(status).startswith("2") or not ctype.startswith(_PAGE_TYPES + ("text/plain",)):
                    skipped += 1
                    continue
                with contextlib.redirect_stderr(sink):
                    data = _read_upto(rec.content_stream(), config.max_bytes * HTML_SIZE_FACTOR + 1)
                    # (asking for the offset before reading the content empties the content stream)
                    name = f"{src.name}@{records.get_record_offset()}"
                declared = _HTTP_CHARSET.search(ctype)
                charset = declared.group(1) if declared else None
                url = rec.rec_headers.get_header("WARC-Target-URI")
                if len(data) > config.max_bytes * HTML_SIZE_FACTOR:
                    yield too_large(name, config)
                elif not data.strip():
                    yield Record(name, error=f"{name} ({url}) is an empty response")
                elif ctype.startswith("text/plain"):
                    try:
                        text, enc = decode_bytes(data, name, declared=charset)
                    except InputError as exc:
                        yield Record(name, error=str(exc))
                        continue
                    yield text_record(name, text, encoding=enc, url=url)
                else:
                    yield Record(name, page=data, url=url, charset=charset)
        except archiveiterator.ArchiveLoadFailed as exc:
            yield Record(src.name, error=f"{src.name} is not a readable WARC file past this point ({exc})")
        except (AttributeError, ValueError, TypeError, LookupError, EOFError, OSError, OverflowError) as exc:
            # warcio trusts the headers (a record with no URI, a bogus length): a broken record ends the
            # file's reading with one problem row, never the run
            yield Record(
                src.name,
                error=f"{src.name} holds a malformed WARC record; reading stopped there, the records before "
                f"it were read ({type(exc).__name__}: {exc})",
            )
    if skipped:
        log.info("%s: skipped %d WARC records that are not HTML or text pages with status 2xx", src.name, skipped)
