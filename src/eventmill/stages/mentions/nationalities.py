"""Nationalities as context: "Canadian", "l'armée syrienne", "West African" name a country or a region,
which the geocode stage resolves as a kind of mention of its own (`demonym`), so that no event is ever
located by one."""

from __future__ import annotations

from collections.abc import Callable

from eventmill.models import Document, Mention
from eventmill.placecues import demonym_index
from eventmill.stages.mentions.places import head_of, inside_longer_name
from eventmill.stages.mentions.runs import span_of


def demonym_mentions(doc: Document, in_place: set[int], is_place_name: Callable[[str], bool]) -> list[Mention]:
    """The nationality words of doc outside its place mentions (tokens in_place)."""
    toks, out = doc.tokens, []
    for dm in demonym_index(doc.lang or "").scan(toks):
        words = toks[dm.first : dm.last + 1]
        if in_place.intersection(range(dm.first, dm.last + 1)) or words[-1].pos not in ("ADJ", "PROPN", "NOUN"):
            continue
        if inside_longer_name(toks, dm.first, dm.last, is_place_name):
            continue  # "Korean Peninsula"
        if words[0].text[:1].isupper() or all(t.pos == "ADJ" for t in words):  # "afghane", not "polish"
            out.append(Mention("demonym", span_of(doc, dm.first, dm.last), head=head_of(toks, dm.first, dm.last)))
    return out
