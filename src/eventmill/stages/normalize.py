"""Stage 1: clean the text without moving any offset, and split it into paragraphs."""

from __future__ import annotations

import dataclasses
import re

from eventmill.config import Config
from eventmill.models import Document, Span
from eventmill.registry import stage
from eventmill.text import clean

_PARAGRAPH = re.compile(r"[^\n]+")


@stage("normalize", 2, needs=("article",), fills=("text", "paragraphs"))
def normalize(doc: Document, config: Config) -> Document:
    """Typographic quotes/apostrophes/spaces to ASCII one-for-one; one paragraph per non-empty line.

    Headline lines ("L'attaque de jeudi: 400 terroristes") become paragraphs of their own, so the
    parser never glues them to the next sentence.
    """
    raw = doc.article.text
    text = clean(raw)
    paragraphs = []
    for m in _PARAGRAPH.finditer(text):
        start, end = m.start(), m.end()
        # trim surrounding spaces so spans start and end on words
        while start < end and text[start] == " ":
            start += 1
        while end > start and text[end - 1] == " ":
            end -= 1
        if start < end:
            paragraphs.append(Span(start, end, raw[start:end]))
    return dataclasses.replace(doc, text=text, paragraphs=tuple(paragraphs))
