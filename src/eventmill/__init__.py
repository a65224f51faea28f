"""eventmill: news articles in, coded events out (PLOVER types, ACLED-style exports)."""
from __future__ import annotations

__version__ = "0.1.0"

from eventmill.config import Config  # noqa: E402
from eventmill.errors import EventmillError, InputError, UnsupportedLanguage  # noqa: E402
from eventmill.models import Document  # noqa: E402


def extract(text: str, lang: str | None = None, published: str | None = None, **kwargs) -> Document:
    """Code one article (see `eventmill.api.extract`)."""
    from eventmill.api import extract as _extract

    return _extract(text, lang=lang, published=published, **kwargs)


__all__ = ["extract", "Config", "Document", "EventmillError", "InputError", "UnsupportedLanguage", "__version__"]
