"""Web formats: saved HTML pages and WARC archives (text extracted with trafilatura, in the worker,
because extraction costs about as much as parsing) and saved RSS/Atom feeds (feedparser)."""
from __future__ import annotations

import logging
import re
from typing import Iterator

from eventmill.api import article_id
from eventmill.config import Config
from eventmill.corpus.decode import decode_bytes, fragment_text, iso_date, require
from eventmill.corpus.ingest import HTML_SIZE_FACTOR, Record, Source, text_record
from eventmill.errors import InputError
from eventmill.models import Article

log = logging.getLogger(__name__)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
_PAGE_TYPES = ("text/html", "application/xhtml+xml")


def _too_large(name: str, config: Config) -> Record:
    return Record(name, error=f"{name} is too large (over {config.max_bytes * HTML_SIZE_FACTOR:,} bytes of HTML, "
                              f"{HTML_SIZE_FACTOR} times --max-bytes); raise --max-bytes if it really is one page")


def read_html(src: Source, config: Config) -> Iterator[Record]:
    """One saved web page: its bytes go to the worker, which extracts the text and metadata."""
    data = src.read(config.max_bytes * HTML_SIZE_FACTOR)
    if data is None:
        yield _too_large(src.name, config)
    elif not data.strip():
        yield Record(src.name, error=f"{src.name} is empty (no text after removing whitespace)")
    else:
        yield Record(src.name, page=data)


def page_article(record: Record) -> tuple[Article, str]:
    """The article in an HTML page (text, title, date, outlet, URL) and the page's encoding."""
    declared = record.charset
    if not declared:
        found = _META_CHARSET.search(record.page[:4096])
        declared = found.group(1).decode("ascii") if found else None
    html, encoding = decode_bytes(record.page, record.source, declared=declared)
    trafilatura = require("trafilatura", "formats")
    doc = trafilatura.bare_extraction(html, url=record.url, with_metadata=True, include_comments=False,
                                      include_tables=False)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise InputError(f"{record.source}: no article text found in the page (trafilatura found no main content)")
    published, _ = iso_date(getattr(doc, "date", None))
    return Article(text=text, id=article_id(text), published=published, title=getattr(doc, "title", None) or None,
                   url=getattr(doc, "url", None) or record.url,
                   outlet=getattr(doc, "sitename", None) or getattr(doc, "hostname", None) or None), encoding


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


def read_warc(src: Source, config: Config) -> Iterator[Record]:
    """HTML responses (and plain-text resources) of a WARC file, gzipped or not; the rest is skipped."""
    archiveiterator = require("warcio.archiveiterator", "formats")
    skipped = 0
    with src.opener() as fh:
        records = archiveiterator.ArchiveIterator(fh)
        try:
            for rec in records:
                if rec.rec_type not in ("response", "resource"):
                    continue
                headers = rec.http_headers if rec.http_headers is not None else rec.rec_headers
                status = rec.http_headers.get_statuscode() if rec.http_headers is not None else "200"
                ctype = (headers.get_header("Content-Type") or "").lower()
                if not str(status).startswith("2") or not ctype.startswith(_PAGE_TYPES + ("text/plain",)):
                    skipped += 1
                    continue
                data = _read_upto(rec.content_stream(), config.max_bytes * HTML_SIZE_FACTOR + 1)
                # (asking for the offset before reading the content empties the content stream)
                name = f"{src.name}@{records.get_record_offset()}"
                charset = _HTTP_CHARSET.search(ctype)
                charset = charset.group(1) if charset else None
                url = rec.rec_headers.get_header("WARC-Target-URI")
                if len(data) > config.max_bytes * HTML_SIZE_FACTOR:
                    yield _too_large(name, config)
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
    if skipped:
        log.info("%s: skipped %d WARC records that are not HTML or text pages with status 2xx", src.name, skipped)


def read_feed(src: Source, config: Config) -> Iterator[Record]:
    """Entries of a saved RSS or Atom feed: the fullest content (else the summary) as text."""
    feedparser = require("feedparser", "formats")
    data = src.read(config.max_bytes * HTML_SIZE_FACTOR * 10)
    if data is None:
        yield _too_large(src.name, config)
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        why = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        yield Record(src.name, error=f"{src.name} is not an RSS or Atom feed with entries{why}")
        return
    outlet = feed.feed.get("title")
    lang = (feed.feed.get("language") or "").replace("_", "-").split("-")[0].lower() or None
    for n, entry in enumerate(feed.entries, start=1):
        bodies = [c.get("value", "") for c in entry.get("content", [])] or [entry.get("summary", "")]
        text = fragment_text(max(bodies, key=len))
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        yield text_record(f"{src.name}#{n}", text, title=fragment_text(entry.get("title", "")) or None,
                          url=entry.get("link"), outlet=outlet, lang=lang, published=published)
