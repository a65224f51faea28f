"""What every reader yields: a `Record` (one article, a page to extract, or why it could not be
read), read from a `Source` (a file on disk or inside an archive)."""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any, cast

from eventmill.api import article_id
from eventmill.config import Config
from eventmill.corpus.readers import detect_format
from eventmill.corpus.readers.decode import iso_date
from eventmill.languages import normalise
from eventmill.models import Article

# an HTML page carries markup around its text: allow this many times --max-bytes before refusing it
HTML_SIZE_FACTOR = 5
# a JSON line or CSV row carries metadata and escapes around its text: the same allowance, so that a
# line or row is refused while it is read, before it can fill the memory
RECORD_SIZE_FACTOR = HTML_SIZE_FACTOR

_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(value: str) -> str:
    """The text with every lone UTF-16 surrogate (a JSON `\\ud800`, an undecodable file name) replaced
    by U+FFFD: one character for one, so offsets hold, and the text can be written as UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", value)
    return value


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
    source = clean(source)
    if not text.strip():
        return Record(source, error=f"{source} has no text (empty text field or file)")
    text = clean(text)
    published, warning = iso_date(meta.pop("published", None))
    meta = {k: (clean(str(v)).strip() or None) if v is not None else None for k, v in meta.items()}
    meta["lang"] = normalise(meta.get("lang"))  # en-US, EN, fra: one tag per language
    article = Article(text=text, id=article_id(text), published=published, **meta)
    return Record(source, article=article, encoding=encoding, warnings=(clean(warning),) if warning else ())


def too_large(name: str, config: Config) -> Record:
    """The failure record of a page or feed over the size limit for markup."""
    return Record(
        name,
        error=f"{name} is too large (over {config.max_bytes * HTML_SIZE_FACTOR:,} bytes of HTML, "
        f"{HTML_SIZE_FACTOR} times --max-bytes); raise --max-bytes if it really is one page",
    )


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

    def gunzipped(self) -> Source:
        """This source, decompressed on the fly when its name ends in .gz (WARC reads its own gzip)."""
        if not self.name.lower().endswith(".gz") or detect_format(self.name) == "warc":
            return self
        opener = self.opener
        return Source(self.name, None, lambda: cast(IO[bytes], gzip.open(opener())))
