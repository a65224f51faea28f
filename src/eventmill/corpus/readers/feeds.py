"""Saved RSS and Atom feeds (feedparser): each entry's fullest content, else its summary, is an article,
with its title, link and date, and the feed's title as outlet."""

from __future__ import annotations

from collections.abc import Iterator

from eventmill.config import Config
from eventmill.corpus.extras import require
from eventmill.corpus.readers.decode import fragment_text
from eventmill.corpus.readers.records import HTML_SIZE_FACTOR, Record, Source, text_record, too_large


def read_feed(src: Source, config: Config) -> Iterator[Record]:
    """Entries of a saved RSS or Atom feed: the fullest content (else the summary) as text."""
    feedparser = require("feedparser", "formats")
    data = src.read(config.max_bytes * HTML_SIZE_FACTOR * 10)
    if data is None:
        yield too_large(src.name, config)
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
        yield text_record(
            f"{src.name}#{n}",
            text,
            title=fragment_text(entry.get("title", "")) or None,
            url=entry.get("link"),
            outlet=outlet,
            lang=lang,
            published=published,
        )
