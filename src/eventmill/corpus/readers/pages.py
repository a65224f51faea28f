"""Saved HTML pages: the page's bytes travel to the worker, which extracts the article (text, title,
date, outlet, URL) with trafilatura, because extraction costs about as much as parsing."""

from __future__ import annotations

import re
from collections.abc import Iterator

from eventmill.api import article_id
from eventmill.config import Config
from eventmill.corpus.extras import require
from eventmill.corpus.readers.decode import decode_bytes, iso_date
from eventmill.corpus.readers.records import HTML_SIZE_FACTOR, Record, Source, too_large
from eventmill.errors import InputError
from eventmill.models import Article

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def read_html(src: Source, config: Config) -> Iterator[Record]:
    """One saved web page: its bytes go to the worker, which extracts the text and metadata."""
    data = src.read(config.max_bytes * HTML_SIZE_FACTOR)
    if data is None:
        yield too_large(src.name, config)
    elif not data.strip():
        yield Record(src.name, error=f"{src.name} is empty (no text after removing whitespace)")
    else:
        yield Record(src.name, page=data)


def page_article(record: Record) -> tuple[Article, str]:
    """The article in an HTML page (text, title, date, outlet, URL) and the page's encoding."""
    page = record.page
    if page is None:
        raise InputError(f"{record.source} is not an HTML page")
    declared = record.charset
    if not declared:
        found = _META_CHARSET.search(page[:4096])
        declared = found.group(1).decode("ascii") if found else None
    html, encoding = decode_bytes(page, record.source, declared=declared)
    trafilatura = require("trafilatura", "formats")
    doc = trafilatura.bare_extraction(
        html, url=record.url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise InputError(f"{record.source}: no article text found in the page (trafilatura found no main content)")
    published, _ = iso_date(getattr(doc, "date", None))
    return Article(
        text=text,
        id=article_id(text),
        published=published,
        title=getattr(doc, "title", None) or None,
        url=getattr(doc, "url", None) or record.url,
        outlet=getattr(doc, "sitename", None) or getattr(doc, "hostname", None) or None,
    ), encoding
