"""Venues and lone institution names.

- "at Terra Kulture in Lagos", "a press conference at Barclays Center": a name after a word that puts a
  thing at a point (`placecues.tsv` hint `venue`), before a place the gazetteer knows or, for an
  organisation's name of several words, naming no town, is a hall, a shop or a club no gazetteer lists.
- "told Congress": a generic institution named alone, which `xx/seats.tsv` puts in the article's capital.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from eventmill.models import Token
from eventmill.phrases import PhraseIndex
from eventmill.stages.mentions.places import ACTING, capitalised_name, head_of
from eventmill.text import norm

VENUE = "venue"  # a preposition that puts a thing at a point ("at"): before a hall or a shop in a named town


def after_venue_word(toks: Sequence[Token], first: int, cues: PhraseIndex[str]) -> bool:
    """A word that puts something at a point (hint `venue`: "at"), maybe with an article, right before."""
    k = first - 1
    if k >= 0 and toks[k].pos == "DET":
        k -= 1
    return k >= 0 and toks[k].sent == toks[first].sent and VENUE in cues.get(norm(toks[k].text))


def venue(
    toks: Sequence[Token],
    first: int,
    last: int,
    cues: PhraseIndex[str],
    known: Callable[[int, int], bool],
) -> bool:
    """A name between a word that puts something at a point (hint `venue`: "at", maybe with an article)
    and a word of containment before a place the gazetteer knows ("at Terra Kulture in Lagos", "at the
    Blue Note, Tokyo"): a hall, a shop or a club that no gazetteer lists, in that place."""
    if not after_venue_word(toks, first, cues):
        return False
    a = last + 2
    if a >= len(toks) or toks[a].sent != toks[last].sent:
        return False
    if toks[last + 1].text != "," and "within" not in cues.get(norm(toks[last + 1].text)):
        return False
    if "article" in cues.get(norm(toks[a].text)) and a + 1 < len(toks):
        a += 1  # "in the Bronx"
    b = a
    while b + 1 < len(toks) and b - a < 2 and capitalised_name(toks[b + 1]):
        b += 1
    return capitalised_name(toks[a]) and any(known(a, e) for e in range(a, b + 1))


def venue_name(
    toks: Sequence[Token],
    first: int,
    last: int,
    cues: PhraseIndex[str],
    carries_place: Callable[[int, int], bool],
) -> bool:
    """An organisation's name of several words after "at" (`after_venue_word`), acting in no verb and
    carrying no town (`carries_place`): a venue ("a press conference at Barclays Center"); "works at
    Kraft", one word, is the company, "a student at IBA-Karachi" a school that names its town."""
    return (
        last > first
        and toks[head_of(toks, first, last)].dep not in ACTING
        and after_venue_word(toks, first, cues)
        and not carries_place(first, last)
    )


def lone_name(toks: Sequence[Token], first: int, last: int) -> bool:
    """One capitalised word (an article may come before it) with no other name either side."""
    while first < last and toks[first].pos == "DET":
        first += 1
    if first != last or not toks[first].text[:1].isupper():
        return False
    return all(
        not (0 <= k < len(toks) and toks[k].text[:1].isupper() and toks[k].pos == "PROPN")
        for k in (first - 1, last + 1)
    )
