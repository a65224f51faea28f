"""eventmill: news articles in, coded events out (PLOVER types, ACLED-style exports)."""

from __future__ import annotations

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


__all__ = ["extract", "Config", "Document", "EventmillError", "InputError", "UnsupportedLanguage", "__version__"]
