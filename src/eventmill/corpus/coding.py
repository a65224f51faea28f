"""Coding a batch of records in a worker: every record becomes a coded document or a failure row.

Records with articles of their own are coded together (`api.extract_articles`: the parser batches
across them, which is faster); when that batch fails or runs past its time, each is coded alone, so
an article that crashes or hangs the pipeline fails alone and the others are stored. A record that
cannot be read (`Record.error`) is a failure row with the reader's message.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from eventmill.api import extract_article, extract_articles
from eventmill.config import Config
from eventmill.corpus.readers.pages import page_article
from eventmill.corpus.readers.records import Record, failure_id
from eventmill.corpus.rows import Rows
from eventmill.corpus.timelimit import ArticleTimeout, time_limit
from eventmill.datelines import date_in_name
from eventmill.errors import EventmillError, InputError, UnsupportedLanguage
from eventmill.models import Article, Document

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What a worker sends back: table columns and its own vital signs."""

    tables: dict[str, dict[str, list]]
    worker: str
    peak_rss_mb: float
    seconds: float
    cpu_seconds: float


def code_article(article: Article, config: Config) -> Document:
    """Code one article that arrives with its metadata."""
    return extract_article(article, config)


# a worker's first article also loads the spaCy model, lexicons and gazetteer (about 7 s on an idle
# machine, far more when many workers load at once from a slow disk): it gets this much extra time
WARM_UP_SECONDS = 120.0
_warm = False  # this process has coded an article: its models are loaded


def code_batch(
    records: list[Record],
    config: Config,
    timeout: float = 0.0,
    coder: Callable[[Article, Config], Document] | None = None,
) -> BatchResult:
    """The batch function every executor runs: code each record, never letting one stop the others,
    nor letting one take more than `timeout` seconds (0: no limit)."""
    t0, c0 = time.perf_counter(), time.process_time()
    rows = Rows()
    together = [rec for rec in records if not rec.error and rec.page is None] if coder is None else []
    if len(together) > 1 and _code_together(together, config, timeout, rows):
        coded = {id(rec) for rec in together}
        records = [rec for rec in records if id(rec) not in coded]
    for rec in records:
        _code_alone(rec, config, timeout, coder, rows)
    return BatchResult(
        rows.columns(),
        f"{socket.gethostname()}:{os.getpid()}",
        _peak_rss_mb(),
        time.perf_counter() - t0,
        time.process_time() - c0,
    )


def _code_together(records: list[Record], config: Config, timeout: float, rows: Rows) -> bool:
    """Code records with articles of their own (not pages) in one go, which parses faster than one at a
    time. False, with nothing added to `rows`, when the batch ran past its time (`timeout` per article)
    or failed: the caller then codes each alone, so a pathological article fails alone."""
    global _warm
    articles = []
    for rec in records:
        assert rec.article is not None  # a record with no error and no page carries its article
        articles.append(_dated_by_name(rec.article, rec.source))
    limit = timeout * len(records) if timeout > 0 else 0.0
    try:
        with time_limit(limit + WARM_UP_SECONDS if limit and not _warm else limit):
            results = extract_articles(articles, config)
    except ArticleTimeout:
        log.info("a batch of %d articles took longer than %g s each; coding them one at a time", len(records), timeout)
        return False
    except EventmillError:
        raise  # an installation or configuration problem stops the run: every article would fail
    except Exception as exc:  # noqa: BLE001 - coded again one at a time, where the failure is recorded
        log.info(
            "a batch of %d articles failed (%s: %s); coding them one at a time", len(records), type(exc).__name__, exc
        )
        return False
    _warm = True
    for rec, article, result in zip(records, articles, results, strict=True):
        if isinstance(result, InputError):
            lang = result.lang if isinstance(result, UnsupportedLanguage) else None
            rows.failure(rec.source, article, "eventmill.input", str(result), rec.encoding, lang)
        else:
            rows.document(rec.source, result, rec.encoding, rec.warnings)
    return True


def _code_alone(
    rec: Record, config: Config, timeout: float, coder: Callable[[Article, Config], Document] | None, rows: Rows
) -> None:
    """Code one record into `rows`: its document, or a failure row saying why it could not be coded."""
    global _warm
    if rec.error:
        rows.failure(rec.source, Article(text="", id=failure_id(rec.source)), "eventmill.ingest", rec.error)
        return
    article, encoding = rec.article, rec.encoding
    try:
        with time_limit(timeout + WARM_UP_SECONDS if timeout > 0 and not _warm else timeout):
            if rec.page is not None:
                article, encoding = page_article(rec)
            assert article is not None  # a record with no error and no page carries its article
            article = _dated_by_name(article, rec.source)
            doc = (coder or code_article)(article, config)
        _warm = True
        rows.document(rec.source, doc, encoding, rec.warnings)
    except ArticleTimeout:
        log.warning("%s: took longer than %g s to code; stored as a failure", rec.source, timeout)
        rows.failure(
            rec.source,
            article or Article(text="", id=failure_id(rec.source)),
            "eventmill.run",
            f"took longer than {timeout:g} s to code (--article-timeout): a pathological input? "
            "Raise the limit if articles this long are normal",
            encoding,
        )
    except InputError as exc:
        article = article or Article(text="", id=failure_id(rec.source))
        lang = exc.lang if isinstance(exc, UnsupportedLanguage) else None
        rows.failure(rec.source, article, "eventmill.input", str(exc), encoding, lang)
    except EventmillError:
        raise  # an installation or configuration problem stops the run: every article would fail
    except Exception as exc:  # noqa: BLE001 - one article's bug is recorded, the batch goes on
        log.warning("%s: %s: %s", rec.source, type(exc).__name__, exc)
        rows.failure(
            rec.source,
            article or Article(text="", id=failure_id(rec.source)),
            "eventmill.run",
            f"{type(exc).__name__}: {exc}",
        )


def _dated_by_name(article: Article, source: str) -> Article:
    """An article with no publication date takes an ISO date in its file name (the weakest source the
    `published` stage knows: a dateline or byline in the text replaces it)."""
    name = source.split("!")[-1].rsplit("/", 1)[-1]
    if article.published or any(c in name for c in ":@#"):
        return article  # dated already, or one record of many in a file (path:LINE, path@OFFSET, path#N)
    date = date_in_name(name)
    return dataclasses.replace(article, published=date, published_source="filename") if date else article


def _peak_rss_mb() -> float:
    """This process's peak resident memory in MB (0 where the platform cannot say)."""
    try:
        import resource
    except ImportError:
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KB on Linux
