"""Seats named by a common noun: "the provincial capital", "the state capital", "la capitale provinciale"
(`capital` rows of the language's placecues.tsv, after a definite article). Each is a place mention that
the geocode stage puts at the capital of the division the article named last before it
(`stages/geo_capitals.py`); "a provincial capital" names none and is left alone."""

from __future__ import annotations

from collections.abc import Callable

from eventmill.models import Document, Mention
from eventmill.phrases import PhraseIndex
from eventmill.stages.mentions.places import head_of
from eventmill.stages.mentions.runs import span_of
from eventmill.text import norm

CAPITAL = "capital"  # hint of placecues.tsv: a common noun for a division's seat
ARTICLE = "article"  # hint of placecues.tsv: a definite article


def capital_mentions(doc: Document, cues: PhraseIndex[str], free: Callable[[int, int], bool]) -> list[Mention]:
    """The definite common nouns of a division's seat, as place mentions with no place yet."""
    toks = doc.tokens
    found = []
    for hit in cues.scan(toks):
        k = hit.first - 1
        if (
            CAPITAL in hit.values
            and free(hit.first, hit.last)
            and k >= 0
            and toks[k].sent == toks[hit.first].sent
            and ARTICLE in cues.get(norm(toks[k].text))
        ):
            found.append(Mention("place", span_of(doc, hit.first, hit.last), head=head_of(toks, hit.first, hit.last)))
    return found
