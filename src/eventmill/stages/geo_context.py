"""What an article says of where its places lie before any of them is resolved: the first-level divisions its
organisations are named after ("the Indiana Department of Transportation"), and whether it is a story across
several countries, whose capitals say nothing of which namesake of a known city is meant."""

from __future__ import annotations

import dataclasses
from collections import Counter

from eventmill.distance import km
from eventmill.geo import Geocoder, own_name
from eventmill.geo_ranking import KNOWN_CITY, KNOWN_CITY_RATIO, WORLD_CITY, WORLD_CITY_NEAR_KM
from eventmill.models import Document, Mention, Place
from eventmill.phrases import PhraseIndex
from eventmill.stages.geo_cues import cue_kind
from eventmill.stages.mentions.sites import is_site_word

# an organisation's name gives its division as context when the name means it this surely (`regions_in_names`)
NAMED_REGION_CONFIDENCE = 0.7
# a story whose places and nationalities span this many countries is an international one
WIDE_STORY = 3
# the country of at least this many of the article's places, and of most of them, is its focus
FOCUS_MIN_PLACES = 2
# the features of second-level divisions in GeoNames and Who's On First (not a town's point widened to one)
COUNTIES = ("ADM2", "county")
CONJ = "conj"  # the dependency of a listed name on the first of its list ("Cairo and Doha")
FOCUS_REGION_MIN = 3  # a story's focus region holds this many of its towns at least, and most of them


def unnamed(text: str, cues: PhraseIndex[str]) -> bool:
    """A kind of place alone, with no name, which is looked up in no gazetteer: "la Province", "the Valley"
    (not The Valley, Anguilla)."""
    if "capital" in cues.get(text):
        return True  # "the provincial capital": put at its division's seat (`geo_capitals`), never looked up
    return len(text.split()) == 1 and (cue_kind(cues, text) is not None or is_site_word(cues, text))


def world_class(place: Place) -> bool:
    return place.feature == "PPLC" or place.population >= WORLD_CITY


def world_namesake(
    geo: Geocoder,
    doc: Document,
    m: Mention,
    name: str,
    place: Place,
    countries: tuple[str, ...],
    hint: str | None,
    regions: tuple[tuple[str, str], ...],
    local: tuple[tuple[str, tuple[float, float]], ...],
    resolved: dict[int, Mention],
) -> Place:
    """In a story across several countries, a small namesake of a known city chosen near one of the story's
    capitals or world cities only is looked up again without them: "Vienna" beside Washington is Austria's.
    `local`: the story's other places by (bare) name; the name's own earlier reading is none of them (Portsmouth
    read in England in a first pass must not hold itself there against the Dominican towns around it). A smaller
    namesake of a country's capital gives way to it when none of the story's other places lies near it (an
    "Athens-based" shipowner in a Gulf story is Greek, though the story names the U.S. Navy), or when the name
    is listed with the capital of a country not its own ("Cairo and Doha, which mediate": Qatar's, not a West
    Bank village; "Beirut and Tripoli" stay Lebanese)."""
    top = next(iter(geo.candidates(name, lang=doc.lang)), None)
    if (
        top is None
        or top.gid == place.gid
        or top.precision != "town"
        or not (top.feature == "PPLC" or top.population >= KNOWN_CITY)
        or not own_name(name, top)
    ):
        return place
    near = tuple(pt for t, pt in local if t != name)
    if top.feature == "PPLC" and top.population > place.population:
        # near any other place of the story, capitals included ("Tripoli" beside Beirut is Lebanon's)
        others = [
            r.place for r in resolved.values() if r.place and r.place.precision != "country" and r.span.text != name
        ]
        capitals = capitals_beside(doc, m, resolved)
        if (capitals and place.country not in capitals) or not any(
            km(p.lat, p.lon, place.lat, place.lon) <= WORLD_CITY_NEAR_KM for p in others
        ):
            return top
    if top.population < KNOWN_CITY_RATIO * place.population:
        return place
    return geo.lookup(name, lang=doc.lang, countries=countries, near=near, hint=hint, regions=regions) or place


def capitals_beside(doc: Document, m: Mention, resolved: dict[int, Mention]) -> set[str]:
    """The countries of the mentions read as a country's capital that the mention is listed with ("X and Y",
    "X, Y and Z")."""
    toks, k = doc.tokens, m.head
    if k is None or not 0 <= k < len(toks):
        return set()
    conj = [j for j, t in enumerate(toks) if t.dep == CONJ and t.head == k]
    if toks[k].dep == CONJ:
        conj += [toks[k].head] + [j for j, t in enumerate(toks) if t.dep == CONJ and t.head == toks[k].head]
    heads = set(conj) - {k}
    return {
        r.place.country
        for r in resolved.values()
        if r.head in heads and r.place is not None and r.place.feature == "PPLC"
    }


def regions_in_names(geo: Geocoder, doc: Document, kind: str, cues: PhraseIndex[str]) -> tuple[tuple[str, str], ...]:
    """The (country, first-level division) pairs an organisation's name carries by the division's own name or
    a county's ("Indiana State Police", "Decatur County Sheriff's Office"), when the name means that division
    surely: context for the towns of the story, never a place of it."""
    found = []
    for m in doc.mentions:
        if m.kind != kind or unnamed(m.span.text, cues):
            continue
        place = geo.lookup(m.span.text, lang=doc.lang)
        if (
            place is None
            or place.confidence < NAMED_REGION_CONFIDENCE
            or not place.country
            or not own_name(m.span.text, place)
        ):
            continue
        if place.precision == "admin1":
            found.append((place.country, place.admin1 or place.name))
        elif place.feature in COUNTIES and place.admin1:
            found.append((place.country, place.admin1))
    return tuple(dict.fromkeys(found))


def focus_region(resolved: dict[int, Mention]) -> tuple[tuple[str, str], ...]:
    """The first-level division most of a local story's towns lie in, when `FOCUS_REGION_MIN` of them or more
    do: the towns it names without its state ("Westbrook", "Gorham", "Yarmouth": Maine) place the others."""
    found = Counter(
        (r.place.country, r.place.admin1)
        for r in resolved.values()
        if r.place
        and r.place.admin1
        and r.place.precision in ("town", "neighbourhood")
        and r.place.feature != "unlisted"
    )
    if not found:
        return ()
    top, n = found.most_common(1)[0]
    return (top,) if n >= FOCUS_REGION_MIN and n * 2 > sum(found.values()) else ()


def capital_named(resolved: dict[int, Mention]) -> Place | None:
    """The capital the article's places name most ("told Congress" in a story that names Washington)."""
    found = Counter(
        r.place.gid for r in resolved.values() if r.kind == "place" and r.place and r.place.feature == "PPLC"
    )
    top = found.most_common(1)
    return next((r.place for r in resolved.values() if r.place and r.place.gid == top[0][0]), None) if top else None


def moved(
    before: list[tuple[str, tuple[float, float]]], after: list[tuple[str, tuple[float, float]]], limit: float
) -> bool:
    """A name the last pass put more than `limit` km from where the pass before had it."""
    old = dict(before)
    return any(t in old and km(*old[t], *pt) > limit for t, pt in after)


def with_focus(countries: tuple[str, ...], resolved: dict[int, Mention]) -> tuple[str, ...]:
    """The named countries plus the country most of the article's resolved places are in, when one is:
    a local story's "Norfolk" and "Yorkshire" are English, whatever homonyms weigh elsewhere."""
    found = Counter(r.place.country for r in resolved.values() if r.place and r.place.country)
    if not found:
        return countries
    top, n = found.most_common(1)[0]
    if n >= FOCUS_MIN_PLACES and n * 2 > sum(found.values()) and top not in countries:
        return (*countries, top)
    return countries


def surer_of_flips(resolved: dict[int, Mention], before: dict[int, Place | None]) -> None:
    """Passes that never settled: a name whose place the last pass changed, as its neighbour changed ("Silverton"
    drawn to Ohio by the "Marion County" of Indiana the pass before, which this pass put in Oregon) keeps the
    surer of its last two readings, as both were read with the other names' points of some pass."""
    for i, r in resolved.items():
        old = before.get(i)
        if r.place is not None and old is not None and old.gid != r.place.gid and old.confidence > r.place.confidence:
            resolved[i] = dataclasses.replace(r, place=old)
