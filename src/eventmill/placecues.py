"""Place cue words of a language (`placecues.tsv`): the locative prepositions before a place name and
the words that say what kind of place follows ("la province de" -> admin1); and the adjectives that
name a country or a world region (`demonyms.tsv`, `regiondemonyms.tsv`: "Canadian", "syrienne", "West
African"), which give an article context but are never where something happened.

Kept apart from the geocoder so that event reading can ask "is this name after 'à' or 'in'?"
without loading a gazetteer.
"""

from __future__ import annotations

from functools import cache

from eventmill import datafiles
from eventmill.models import Document, Mention
from eventmill.phrases import PhraseIndex
from eventmill.text import norm

# the hint of a site word ("Street", "rue") in placecues.tsv, and the feature of a site's `Place`: a
# street, building or park put at the point of the town it lies in (geocode stage)
SITE = "site"


@cache
def place_cues(lang: str) -> PhraseIndex[str]:
    return PhraseIndex((r["phrase"], r["hint"]) for r in datafiles.tables(lang, "placecues.tsv") if r.get("phrase"))


@cache
def kind_countries(lang: str) -> dict[str, tuple[str, ...]]:
    """The countries whose divisions alone a kind-of-place word names ("woreda": Ethiopia; `xx/kindcountries.tsv`,
    the same in every language), by the word as `norm` keys it."""
    return {
        norm(r["word"]): tuple(r["countries"].split("|"))
        for r in datafiles.tables(lang, "kindcountries.tsv")
        if r.get("word") and r.get("countries")
    }


@cache
def particle_countries() -> dict[str, tuple[str, ...]]:
    """The countries whose names a lowercase Arabic article opens through a hyphen ("al-Sukhna": the Arab
    states; `xx/particlecountries.tsv`), by the article."""
    return {
        norm(r["word"]): tuple(r["countries"].split("|"))
        for r in datafiles.table(datafiles.SHARED, "particlecountries.tsv")
        if r.get("word") and r.get("countries")
    }


@cache
def demonym_index(lang: str) -> PhraseIndex[tuple[str, str]]:
    """Nationality and region adjectives: ("country", ISO alpha-3) from `demonyms.tsv`, ("region",
    the gazetteer's English name) from `regiondemonyms.tsv`."""
    pairs = [(r["alias"], ("country", r["country"])) for r in datafiles.tables(lang, "demonyms.tsv") if r.get("alias")]
    pairs += [
        (r["alias"], ("region", r["place"])) for r in datafiles.tables(lang, "regiondemonyms.tsv") if r.get("alias")
    ]
    return PhraseIndex(pairs)


def after_locative(doc: Document, mention: Mention) -> bool:
    """True when a locative preposition ("à", "au", "dans", "in") comes right before the mention."""
    words = norm(doc.text[max(0, mention.span.start - 12) : mention.span.start]).split()
    return bool(words) and "locative" in place_cues(doc.lang).get(words[-1])


@cache
def seats() -> dict[str, tuple[str, str]]:
    """The town (its gazetteer name and alpha-2 country) of the building an actor is named after, by the
    actor's canonical name ("White House" -> Washington, US; `xx/seats.tsv`)."""
    return {
        r["actor"]: (r["place"], r["country"]) for r in datafiles.table(datafiles.SHARED, "seats.tsv") if r.get("actor")
    }


@cache
def campuses() -> dict[str, tuple[str, str, str]]:
    """The town of a university's main campus (its gazetteer name, first-level division and alpha-2
    country), by the university's name as `norm` keys it ("Colorado State University" -> Fort Collins,
    Colorado, US; `xx/campuses.tsv`)."""
    out: dict[str, tuple[str, str, str]] = {}
    for r in datafiles.table(datafiles.SHARED, "campuses.tsv"):
        for name in (r.get("site") or "").split("|"):
            if name.strip() and r.get("place"):
                out[norm(name)] = (r["place"], r.get("region", ""), r["country"])
    return out


@cache
def region_key(name: str) -> str:
    """A province's name without the kind word a gazetteer may end it with ("Zamfara State", "Kunduz
    Province" -> "zamfara", "kunduz"), to tell two spellings of one province apart from two provinces.
    Gazetteer names are English, so English's admin1 and admin2 cues are read."""
    words = norm(name).split()
    if len(words) > 1 and any(h in ("admin1", "admin2") for h in place_cues("en").get(words[-1])):
        words = words[:-1]
    return " ".join(words)
