"""eventmill: news articles in, coded events out (PLOVER types, ACLED-style exports)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("eventmill")  # the installed package's metadata: one source of truth, pyproject.toml
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

from eventmill.config import Config  # noqa: E402
from eventmill.errors import EventmillError, InputError, UnsupportedLanguage  # noqa: E402
from eventmill.models import Document  # noqa: E402


def extract(
    text: str, lang: str | None = None, published: str | None = None, *, config: Config | None = None
) -> Document:
    """Code one article: events, quotes, places, numbers and dates (see `eventmill.api.extract`)."""
    from eventmill.api import extract as _extract

    return _extract(text, lang=lang, published=published, config=config)


def extract_many(
    texts: Iterable[str],
    lang: str | None = None,
    published: str | None = None,
    *,
    config: Config | None = None,
    batch: int = 16,
) -> Iterator[Document | InputError]:
    """Code many articles, in order, `batch` at a time: the same documents as `extract` one by one,
    faster (the parser batches across articles). An article that cannot be coded gives its
    `InputError` in its place instead of stopping the others."""
    from eventmill.api import article_id, extract_batched
    from eventmill.models import Article

    articles = (
        Article(text=t, id=article_id(t) if isinstance(t, str) else "", lang=lang, published=published) for t in texts
    )
    return extract_batched(articles, config, batch)


__all__ = [
    "extract",
    "extract_many",
    "Config",
    "Document",
    "EventmillError",
    "InputError",
    "UnsupportedLanguage",
    "__version__",
]
