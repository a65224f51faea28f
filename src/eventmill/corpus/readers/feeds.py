"""Saved RSS and Atom feeds (feedparser): each entry's fullest content, else its summary, is an article,
with its title, link and date, and the feed's title as outlet."""

from __future__ import annotations

import re
from collections.abc import Iterator

from eventmill.config import Config
from eventmill.corpus.extras import require
from eventmill.corpus.readers.decode import fragment_text
from eventmill.corpus.readers.records import HTML_SIZE_FACTOR, Record, Source, text_record, too_large

# a numeric character reference to a UTF-16 surrogate (&#xD800;, &#55296;) makes feedparser raise
# UnicodeEncodeError; such a reference never names a character, so it becomes U+FFFD before parsing
_CHAR_REF = re.compile(rb"&#([xX][0-9a-fA-F]{1,8}|[0-9]{1,10});?")


def _no_surrogate_refs(data: bytes) -> bytes:
    def fix(m: re.Match[bytes]) -> bytes:
        ref = m.group(1)
        code = int(ref[1:], 16) if ref[:1] in (b"x", b"X") else int(ref)
        return b"&#xFFFD;" if 0xD800 <= code <= 0xDFFF else m.group(0)

    return _CHAR_REF.sub(fix, data) if b"&#" in data else data


def read_feed(src: Source, config: Config) -> Iterator[Record]:
    """Entries of a saved RSS or Atom feed: the fullest content (else the summary) as text."""
    feedparser = require("feedparser", "formats")
    # feedparser can need over 100 times a hostile feed's size (fuzzing: 330 MB for a 2.5 MB feed;
    # a real 9 MB feed of 3,000 items, 34 MB): the same limit as a page keeps that near a gigabyte
    data = src.read(config.max_bytes * HTML_SIZE_FACTOR)
    if data is None:
        yield too_large(src.name, config)
        return
    try:
        feed = feedparser.parse(_no_surrogate_refs(data))
    except (ValueError, TypeError, LookupError, AttributeError, RecursionError) as exc:
        yield Record(src.name, error=f"{src.name} could not be parsed as a feed ({type(exc).__name__}: {exc})")
        return
    if not feed.entries:
        why = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        yield Record(src.name, error=f"{src.name} is not an RSS or Atom feed with entries{why}")
        return
    outlet = feed.feed.get("title")
    lang = feed.feed.get("language")  # text_record normalises it (en-US: en)
    for n, entry in enumerate(feed.entries, start=1):
        # a malformed feed can leave any of these None (fuzzing found a summary of None)
        bodies = [c.get("value") or "" for c in entry.get("content") or []] or [entry.get("summary") or ""]
        text = fragment_text(max(bodies, key=len))
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        yield text_record(
            f"{src.name}#{n}",
            text,
            title=fragment_text(entry.get("title") or "") or None,
            url=entry.get("link"),
            outlet=outlet,
            lang=lang,
            published=published,
        )
