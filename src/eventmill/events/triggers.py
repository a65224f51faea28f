"""Stage `triggers`: every trigger word of the article becomes a `Candidate`, read with its arguments,
status and features; nothing is decided yet (that is the `event_type` stage)."""

from __future__ import annotations

import dataclasses

from eventmill.config import Config
from eventmill.events.context import context_for
from eventmill.events.matching import find_triggers
from eventmill.events.reading import read_candidate
from eventmill.models import Candidate, Document
from eventmill.registry import stage


@stage("triggers", 60, needs=("tokens", "mentions", "quotes", "sentences"), fills=("candidates",))
def triggers(doc: Document, config: Config) -> Document:
    """Find the trigger words and read each one's arguments, status and features into a candidate."""
    lang = doc.lang or ""
    found = find_triggers(doc.tokens, lang)
    ctx = context_for(doc, ((t.head, t.row.type) for t in found))
    candidates: tuple[Candidate, ...] = tuple(read_candidate(ctx, t) for t in found)
    return dataclasses.replace(doc, candidates=candidates)
