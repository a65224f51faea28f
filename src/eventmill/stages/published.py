"""Stage `published`: the publication date read from the article itself when its metadata gave none.

Trust, highest first: the reader's metadata (HTML, JSONL/CSV field, RSS entry: `metadata`), a
dateline ("ALEP (Syrie), 9 avril 2016 (AFP) -", "KABUL, Oct. 3, 2014 (Xinhua) --": `dateline`), a
byline ("Publié le 05/09/2020 à 14h32", "Published Tuesday 12 March 2019") or a date line under the
title that a byline or an undated dateline stands beside: `byline`; a bare date line under the title,
"Tuesday, March 12, 2019" and nothing else: `line`; "Mis à jour le" only when no publication line is
found: `updated`), an ISO date in the file name (`filename`), and last the run's `--published` (`option`).
The winner and its source go on the `Article` (`published`, `published_source`), so relative dates
("hier", "Thursday") resolve against it. The lines are read by `eventmill.datelines`.
"""

from __future__ import annotations

import dataclasses

from eventmill.config import Config
from eventmill.datelines import find_published
from eventmill.models import Document
from eventmill.registry import stage

# sources a date read from the text replaces: a file name or a run-wide option says less about one article
WEAKER = ("filename", "option")


@stage("published", 11, needs=("text", "paragraphs", "lang"), fills=("article",))
def published(doc: Document, config: Config) -> Document:
    """Set the article's publication date from its dateline or byline when its metadata gave none."""
    article = doc.article
    if article.published and article.published_source not in WEAKER:
        if article.published_source is None:
            return dataclasses.replace(doc, article=dataclasses.replace(article, published_source="metadata"))
        return doc
    hint = int(article.published[:4]) if article.published else None
    found = find_published(doc.text, doc.paragraphs, doc.lang or "", hint)
    if found is None:
        return doc
    return dataclasses.replace(
        doc, article=dataclasses.replace(article, published=found.date, published_source=found.source)
    )
