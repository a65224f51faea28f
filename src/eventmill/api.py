"""The plain API the CLI (and later the web app and batch runner) wrap: `extract()` and friends."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path

from eventmill.config import Config
from eventmill.errors import InputError
from eventmill.models import Article, Document
from eventmill.pipeline import DEFAULT_STAGES, Pipeline, Stage

_PIPELINES: dict[tuple[str, ...], Pipeline] = {}


def pipeline(stages: tuple[str, ...] = DEFAULT_STAGES) -> Pipeline:
    """The checked pipeline for these stages (built once)."""
    if stages not in _PIPELINES:
        _PIPELINES[stages] = Pipeline(stages)
    return _PIPELINES[stages]


def article_id(text: str) -> str:
    """An article's ID is its content hash, so the same text is never coded twice."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def check_text(text: str, config: Config) -> None:
    """Refuse text the pipeline cannot code, with a message that says what is wrong."""
    if not isinstance(text, str):
        raise InputError(f"article text must be a str, not {type(text).__name__}; decode bytes first")
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > config.max_bytes:
        raise InputError(
            f"article is too large ({size:,} bytes; the limit is {config.max_bytes:,}); "
            "split it, or raise --max-bytes if it really is one article"
        )
    stripped = text.strip()
    if not stripped:
        raise InputError("article is empty (no text after removing whitespace)")
    if "\x00" in text:
        raise InputError("article contains NUL bytes: it looks like a binary file, not text")
    letters = sum(map(str.isalpha, stripped))
    if len(stripped) < config.min_chars or letters < config.min_chars // 2:
        raise InputError(
            f"article is too short to code ({len(stripped)} characters, {letters} letters); "
            f"the minimum is {config.min_chars} characters"
        )
    if letters / len(stripped) < 0.4:
        raise InputError("article is mostly not letters (binary data or a table?); eventmill codes prose")


def check_date(published: str | None) -> str | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10]).isoformat()
    except ValueError:
        raise InputError(f"publication date {published!r} is not a date; use YYYY-MM-DD") from None


def extract(
    text: str,
    lang: str | None = None,
    published: str | None = None,
    *,
    config: Config | None = None,
    article_id_: str | None = None,
) -> Document:
    """Code one article: events, quotes, places, numbers and dates, every field with its span.

    Raises `InputError` (or `UnsupportedLanguage`) for text that cannot be coded; a stage that
    fails on valid text is recorded in `Document.problems` instead.
    """
    article = Article(
        text=text, id=article_id_ or (article_id(text) if isinstance(text, str) else ""), lang=lang, published=published
    )
    return extract_article(article, config)


def extract_article(
    article: Article, config: Config | None = None, observe: Callable[[Stage, Document], None] | None = None
) -> Document:
    """Code an `Article` that arrives with its metadata (title, URL, outlet: corpus ingestion);
    `observe(stage, doc)` sees the document after each stage (tests and debugging)."""
    config = config or Config()
    return pipeline()(Document(article=_checked(article, config)), config, observe)


def extract_articles(articles: Sequence[Article], config: Config | None = None) -> list[Document | InputError]:
    """Code several articles at once: the same documents as `extract_article` gives one by one, faster
    (the parser batches across them). An article that cannot be coded gives its `InputError` in its
    place, and the others are still coded."""
    config = config or Config()
    out: list[Document | InputError] = []
    for article in articles:
        try:
            out.append(Document(article=_checked(article, config)))
        except InputError as exc:
            out.append(exc)
    todo = [k for k, d in enumerate(out) if isinstance(d, Document)]
    coded = pipeline().run_many([out[k] for k in todo], config)  # type: ignore[misc]
    for k, doc in zip(todo, coded, strict=True):
        out[k] = doc
    return out


# articles coded together by `extract_batched` (eventmill run sets its own, RunOptions.batch_size)
BATCH = 16


def extract_batched(
    articles: Iterable[Article], config: Config | None = None, size: int = BATCH
) -> Iterator[Document | InputError]:
    """`extract_articles` over any number of articles, `size` at a time, in order: what
    `eventmill.extract_many`, `eventmill extract` with several files and `eventmill eval` use."""
    it = iter(articles)
    while chunk := list(islice(it, max(1, size))):
        yield from extract_articles(chunk, config)


def _checked(article: Article, config: Config) -> Article:
    """The article checked (`InputError` for text that cannot be coded), with its publication date,
    where that date came from, and its language (the run's setting where it has none)."""
    check_text(article.text, config)
    # the run's --published is the weakest source: a dateline or byline in the text replaces it
    source = article.published_source or ("metadata" if article.published else "option" if config.published else None)
    return dataclasses.replace(
        article,
        published=check_date(article.published or config.published),
        published_source=source,
        lang=article.lang or config.lang,
    )


def read_article(path: str | Path, config: Config | None = None) -> str:
    """Read an article file as strict UTF-8, with clear errors for binary, mis-encoded or huge files."""
    config = config or Config()
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read {p}: {exc.strerror or exc}") from None
    if p.is_dir():
        raise InputError(f"{p} is a directory; give an article file (eventmill run codes directories)")
    if size > config.max_bytes:
        raise InputError(f"{p} is too large ({size:,} bytes; the limit is {config.max_bytes:,} bytes)")
    data = p.read_bytes()
    if b"\x00" in data[:8192]:
        raise InputError(f"{p} is a binary file (it contains NUL bytes), not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{p} is not valid UTF-8 (bad byte at offset {exc.start}); convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None
