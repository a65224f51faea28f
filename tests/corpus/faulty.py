"""Article coders for the robustness tests, passed to runs as `RunOptions(coder=...)`: they skip the NLP
pipeline (so pool workers start in a second, without loading spaCy) and misbehave on marked articles.

Module-level functions in an importable module, so they pickle by reference to pool and Dask
workers (pytest puts tests/corpus on sys.path, and spawned workers inherit it)."""

from __future__ import annotations

import os
import time

from eventmill.config import Config
from eventmill.models import Article, Document

SLOW = "ARTICLE-LENT"  # coding never ends
CRASH = "ARTICLE-FATAL"  # the process coding it dies
BREAKS = "ARTICLE-CASSE"  # every worker dies once it has been coded


def quick(article: Article, config: Config) -> Document:
    """An empty coding of the article, at once."""
    return Document(article=article, lang="fr")


def faulty(article: Article, config: Config) -> Document:
    """`quick`, except that SLOW articles spin and CRASH articles kill their process."""
    if SLOW in article.text:
        deadline = time.monotonic() + 300  # a bound, so a broken time limit fails the test, not the suite
        while time.monotonic() < deadline:
            time.sleep(0.02)  # short sleeps: a thread's asynchronous exception lands between them
    if CRASH in article.text:
        os._exit(3)  # as a segfault or the out-of-memory killer would: no cleanup, no exception
    return quick(article, config)


def breaks(article: Article, config: Config) -> Document:
    """`quick` until a BREAKS article has been coded: from then on every worker dies (the flag file
    named by $EVENTMILL_TEST_BROKEN stands for a broken installation or memory gone short)."""
    flag = os.environ["EVENTMILL_TEST_BROKEN"]
    if os.path.exists(flag):
        os._exit(3)
    if BREAKS in article.text:
        open(flag, "w").close()
    return quick(article, config)


def dies_once(article: Article, config: Config) -> Document:
    """`quick`, except that the first worker to code a CRASH article dies (as one the out-of-memory
    killer picks while it codes a good article would); the flag file is $EVENTMILL_TEST_BROKEN."""
    flag = os.environ["EVENTMILL_TEST_BROKEN"]
    if CRASH in article.text and not os.path.exists(flag):
        open(flag, "w").close()
        os._exit(3)
    return quick(article, config)


def always_dies(article: Article, config: Config) -> Document:
    """A worker that cannot code anything (a broken installation, too little memory)."""
    os._exit(3)
