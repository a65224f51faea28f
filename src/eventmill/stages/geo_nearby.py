"""Known place names the text gives no cue for ("Valemount is also looking at ...", a town named as a
person's or an organisation's name), kept as context when the gazetteer has them near the article's
other places: a local story names the towns around it without "in" or "near" before each."""

from __future__ import annotations

import dataclasses

from eventmill.distance import km
from eventmill.geo import Geocoder
from eventmill.models import Document, Mention
from eventmill.placecues import SITE, after_locative
from eventmill.stages.geo_doubts import division_named

# a name kept lies this close to a town or district the article places surely, and is this sure at most:
# never as sure as a name the text puts where places go
NEARBY_KM, NEARBY_CONFIDENCE, ANCHOR_CONFIDENCE = 150.0, 0.7, 0.7
LOCAL = ("town", "neighbourhood", "admin2")  # a homonym province or country says nothing of nearness
# far from the article's towns, a name is kept as a first- or second-level division or a city of this many
# people in a country the article names or centres on, less surely
WIDE, WELL_KNOWN, IN_COUNTRY_CONFIDENCE = ("admin1", "admin2"), 100_000, 0.6
# a country's name is its homonym town among a local story's places (this many at least), this surely
HOMONYM_ANCHORS, HOMONYM_CONFIDENCE = 2, 0.7


def place_nearby(geo: Geocoder, doc: Document, resolved: dict[int, Mention], countries: tuple[str, ...]) -> None:
    """Resolve the `nearby` mentions that lie within `NEARBY_KM` of another of the article's places
    (a town or district resolved at `ANCHOR_CONFIDENCE` or more); the others stay unresolved."""
    anchors = [
        (r.span.text, r.place)
        for r in resolved.values()
        if r.kind == "place"
        and r.place is not None
        and r.place.precision in LOCAL
        and r.place.feature != SITE
        and r.place.confidence >= ANCHOR_CONFIDENCE
    ]
    near = tuple(dict.fromkeys((p.lat, p.lon) for _, p in anchors))
    for i, m in enumerate(doc.mentions):
        if m.kind != "nearby":
            continue
        place = geo.lookup(m.span.text, lang=doc.lang, countries=countries, near=near)
        if place is None:
            continue
        place = division_named(geo, m.span.text, place, doc.lang, countries)  # "Nuristan": the province
        if place.precision in LOCAL and any(
            t != m.span.text and km(place.lat, place.lon, p.lat, p.lon) <= NEARBY_KM for t, p in anchors
        ):
            sure = min(place.confidence, NEARBY_CONFIDENCE)
        elif place.country in countries and (place.precision in WIDE or place.population >= WELL_KNOWN):
            # "Berkshire" in a story of the United Kingdom: a division or a big town of a country it names
            sure = min(place.confidence, IN_COUNTRY_CONFIDENCE)
        else:
            continue
        resolved[i] = dataclasses.replace(m, place=dataclasses.replace(place, confidence=sure))


def country_homonyms(geo: Geocoder, doc: Document, resolved: dict[int, Mention], named: tuple[str, ...]) -> None:
    """A country's name in a local story whose other places all lie in one other country is the town of
    that name among them ("the Flower Loft in Poland" beside Youngstown and Boardman, Ohio: Poland, Ohio),
    when the story has `HOMONYM_ANCHORS` such places or more, no nationality or actor of the text names that
    country, a locative word puts it where something is ("in Poland", not "trade with Poland") and the town
    lies within `NEARBY_KM` of one of the story's towns."""
    local = [r.place for r in resolved.values() if r.kind == "place" and r.place and r.place.precision != "country"]
    focus = {p.country for p in local}
    if len(local) < HOMONYM_ANCHORS or len(focus) != 1:
        return
    (home,) = focus
    for i, r in list(resolved.items()):
        p = r.place
        if r.kind != "place" or p is None or p.precision != "country" or not p.country or p.country in named:
            continue
        if p.country == home or not after_locative(doc, r):
            continue
        town = next(
            (
                c
                for c in geo.candidates(r.span.text)
                if c.country == home
                and c.precision in LOCAL
                and any(o.precision in LOCAL and km(c.lat, c.lon, o.lat, o.lon) <= NEARBY_KM for o in local)
            ),
            None,
        )
        if town is not None:
            resolved[i] = dataclasses.replace(r, place=dataclasses.replace(town, confidence=HOMONYM_CONFIDENCE))
