"""Known place names the text gives no cue for ("Valemount is also looking at ...", a town named as a
person's or an organisation's name), kept as context when the gazetteer has them near the article's
other places: a local story names the towns around it without "in" or "near" before each."""

from __future__ import annotations

import dataclasses
from collections import Counter

from eventmill.actor_lexicon import iso2
from eventmill.distance import km
from eventmill.geo import Geocoder, own_name
from eventmill.models import Document, Mention, Place, Span
from eventmill.phrases import PhraseIndex
from eventmill.placecues import SITE, after_locative, place_cues
from eventmill.stages.geo_cues import name_and_kind
from eventmill.stages.geo_doubts import PERSONS, division_named
from eventmill.stages.mentions.local_bodies import local_words
from eventmill.text import norm

# a name kept lies this close to a town or district the article places surely, and is this sure at most:
# never as sure as a name the text puts where places go
NEARBY_KM, NEARBY_CONFIDENCE, ANCHOR_CONFIDENCE = 150.0, 0.7, 0.7
LOCAL = ("town", "neighbourhood", "admin2")  # a homonym province or country says nothing of nearness
# far from the article's towns, a name is kept as a first- or second-level division or a city of this many
# people in a country the article names or centres on, less surely
WIDE, WELL_KNOWN, IN_COUNTRY_CONFIDENCE = ("admin1", "admin2"), 100_000, 0.6
# a town of a first-level division the article names at this confidence or more is kept, this sure at most
REGION_SURE, IN_REGION_CONFIDENCE = 0.7, 0.6
# how alike (difflib's ratio) a name with no cue and the own name of the place it stands for are at least:
# "Kyiv" and Kiev 0.75, "Chen" and Chenzhou 0.67
NEARBY_SPELLING, TOWNS = 0.7, ("town", "neighbourhood")
# a name said of people ("a Jackson resident") lies this many times `NEARBY_KM` from the story's towns at most
HOME_REACH = 2.0
COMPASS_TOWN_KM = 300.0  # a compass word read as a town of the story's country this far from its places is a direction
# a division's bare name ("Troup" after "Troup County") is the division this surely at most
SHORT_CONFIDENCE, RIVAL_KM = 0.7, 50.0
# a country's name is its homonym town among a local story's places (this many at least), this surely
HOMONYM_ANCHORS, HOMONYM_CONFIDENCE = 2, 0.7
# the story is local to one country when this share of its places lie there and no town elsewhere is this sure:
# a stray reading ("Northeast" of "Northeast Georgia Medical Center" as a region of Iceland) does not unmake it
HOMONYM_SHARE, STRAY_TOWN_SURE = 0.8, 0.8
TOWN, PERSON = "town", "person"  # the cue kinds of a town word ("city") and of a person noun ("man")


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
    # the first-level divisions the article names: a town of the only one is kept ("Bangor and Lewiston are the
    # largest cities" after "Maine")
    regions = tuple(
        dict.fromkeys(
            (r.place.country, r.place.admin1)
            for r in resolved.values()
            if r.kind == "place" and r.place and r.place.precision == "admin1" and r.place.confidence >= REGION_SURE
        )
    )
    home = regions if len(regions) == 1 else ()  # a story across several states gives no town a state
    for i, m in enumerate(doc.mentions):
        if m.kind != "nearby":
            continue
        place = geo.lookup(m.span.text, lang=doc.lang, countries=countries, near=near, regions=regions)
        if place is None:
            continue
        place = division_named(geo, m.span.text, place, doc.lang, countries)  # "Nuristan": the province
        if place.precision in TOWNS and not own_name(m.span.text, place, NEARBY_SPELLING):
            # with no cue, a name is a town only as its own name or a close spelling of it: "Chen" is no
            # Chenzhou, "Mykolaiv" beside Lviv is Mykolayiv, not Lviv (which the gazetteer also calls so);
            # a division keeps the short names and abbreviations it goes by ("Ghouta", "Neb.")
            spelt = (
                c
                for c in geo.candidates(m.span.text, lang=doc.lang)
                if c.precision not in TOWNS or own_name(m.span.text, c, NEARBY_SPELLING)
            )
            place = next(spelt, None)
            if place is None:
                continue
        # "a Jackson resident", "a Covington man": where people come from, a town of the story's region
        reach = NEARBY_KM * HOME_REACH if _home_of(doc, m) else NEARBY_KM
        if place.precision in LOCAL and any(
            t != m.span.text and km(place.lat, place.lon, p.lat, p.lon) <= reach for t, p in anchors
        ):
            sure = min(place.confidence, NEARBY_CONFIDENCE)
        elif place.precision in TOWNS and (place.country, place.admin1) in home and not _linked(doc, m):
            sure = min(place.confidence, IN_REGION_CONFIDENCE)  # a town of the state the story names
        elif place.country in countries and (place.precision in WIDE or place.population >= WELL_KNOWN):
            # "Berkshire" in a story of the United Kingdom: a division or a big town of a country it names
            sure = min(place.confidence, IN_COUNTRY_CONFIDENCE)
        else:
            continue
        resolved[i] = dataclasses.replace(m, place=dataclasses.replace(place, confidence=sure))


def _linked(doc: Document, m: Mention) -> bool:
    """A linking word comes right before the name: the end of an organisation's name ("Chambers of Commerce")."""
    before = norm(doc.text[max(0, m.span.start - 12) : m.span.start]).split()[-1:]
    return bool(before) and "link" in place_cues(doc.lang or "").get(before[0])


def _home_of(doc: Document, m: Mention) -> bool:
    """The name is said of people right after it ("Jackson resident Tom Lincoln", "a Covington man"): a
    person noun of the language's `agents.tsv` (kind civilians) follows it."""
    return any(
        o.kind == "actor"
        and o.actor is not None
        and o.actor.kind == PERSONS
        and o.span.start > m.span.end
        and not doc.text[m.span.end : o.span.start].strip()
        for o in doc.mentions
    )


def countries_named(
    doc: Document, spans: set[Span], adjectives: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The countries the text names other than by a place's own words ("in Poland"): those its actors name
    ("the Georgian army"), then those only a people or a nationality names ("Georgians", "Georgian")."""
    actors = [
        m.actor for m in doc.mentions if m.kind == "actor" and m.actor and m.actor.country and m.span not in spans
    ]
    bodies = tuple(c for a in actors if a.kind != PERSONS and (c := iso2(a.country)))
    people = tuple(c for a in actors if a.kind == PERSONS and (c := iso2(a.country)))
    return bodies, tuple(c for c in (*people, *adjectives) if c)


def country_homonyms(
    geo: Geocoder,
    doc: Document,
    resolved: dict[int, Mention],
    named: tuple[tuple[str, ...], tuple[str, ...]],
    kinds: tuple[str, ...] = ("place",),
) -> None:
    """A country's name in a local story whose other places lie in one other country (`_home_country`) is the
    first-level division of that name there ("a hospital in Georgia" beside Troup County and Hogansville: the
    US state), or the town of that name among them ("the Flower Loft in Poland" beside Youngstown and
    Boardman, Ohio: Poland, Ohio), when the story has `HOMONYM_ANCHORS` such places or more, no actor of the
    text names that country (`named`: the countries actors name, then those demonyms name; a demonym keeps
    the town from it, not the division: "Georgians" are the US state's people too), and, for a town, a
    locative word puts it where something is ("in Poland", not "trade with Poland") and the town lies within
    `NEARBY_KM` of one of the story's towns."""
    local = [
        r.place
        for r in resolved.values()
        if r.kind in ("place", "nearby") and r.place and r.place.precision != "country"
    ]
    home = _home_country(local)
    if home is None:
        return
    by_actor, by_demonym = named
    # "Georgia and Armenia": a story naming another foreign country means the countries
    abroad = {r.place.country for r in resolved.values() if r.place and r.place.precision == "country"} - {home}
    for i, r in list(resolved.items()):
        p = r.place
        if r.kind not in kinds or p is None or p.precision != "country" or not p.country or p.country in by_actor:
            continue
        if p.country == home:
            continue
        division = (
            None
            if abroad - {p.country}
            else next(
                (
                    c
                    for c in geo.candidates(r.span.text)
                    if c.country == home and c.precision == "admin1" and own_name(r.span.text, c, NEARBY_SPELLING)
                ),
                None,
            )
        )
        if division is not None:  # "Georgians" there are the state's people too
            sure = min(HOMONYM_CONFIDENCE, p.confidence)
            resolved[i] = dataclasses.replace(r, place=dataclasses.replace(division, confidence=sure))
            continue
        if p.country in by_demonym or not (after_locative(doc, r) or _town_said(doc, r)):
            continue
        town = next(
            (
                c
                for c in geo.candidates(r.span.text)
                if c.country == home
                and c.precision in LOCAL
                and any(
                    o.precision in LOCAL
                    and km(c.lat, c.lon, o.lat, o.lon) <= NEARBY_KM
                    # "Poland" in a story naming Ohio: the Ohio town, as a town of the state the story names
                    or o.precision == "admin1"
                    and (o.country, o.admin1) == (c.country, c.admin1)
                    for o in local
                )
            ),
            None,
        )
        if town is not None:
            resolved[i] = dataclasses.replace(r, place=dataclasses.replace(town, confidence=HOMONYM_CONFIDENCE))


def compass_strays(resolved: dict[int, Mention], cues: PhraseIndex[str]) -> None:
    """A name made of compass words only ("Northeast" cut from "Northeast Georgia Medical Center", "Northern"
    of "Northern Rivers") read as a region of another country than the one a local story's places lie in, or as
    a town of its own country far from all of them ("North" of "the North Oconee River Greenway" in a Georgia
    story: no North Salt Lake, Utah), is a direction the recogniser cut off: left unresolved."""
    for i, r in list(resolved.items()):
        p = r.place
        words = norm(r.span.text).split()
        if p is None or p.precision == "country" or not words:
            continue
        if not all(any(h in ("approx", "part") for h in cues.get(w)) for w in words):
            continue
        local = [
            o.place
            for k, o in resolved.items()
            if k != i and o.kind in ("place", "nearby") and o.place and o.place.precision != "country"
        ]
        home = _home_country(local)
        if home is not None and (
            p.country != home
            or (p.precision in LOCAL and all(km(p.lat, p.lon, o.lat, o.lon) > COMPASS_TOWN_KM for o in local))
        ):
            del resolved[i]


def _home_country(local: list[Place]) -> str | None:
    """The one country a local story's places lie in: `HOMONYM_SHARE` of them, `HOMONYM_ANCHORS` at least,
    with no town of another country read surely."""
    counts = Counter(p.country for p in local)
    if not counts:
        return None
    home, n = counts.most_common(1)[0]
    strays = [p for p in local if p.country != home]
    if n < HOMONYM_ANCHORS or n < HOMONYM_SHARE * len(local):
        return None
    if any(p.precision in TOWNS and p.confidence >= STRAY_TOWN_SURE for p in strays):
        return None
    return home


def _town_said(doc: Document, m: Mention) -> bool:
    """The text treats the name as a town: a town word before it ("the city of Lebanon") or a town's own
    body or people right after it ("Holland police", "a Peru man", "the Lebanon city council")."""
    cues = place_cues(doc.lang or "")
    before = norm(doc.text[max(0, m.span.start - 20) : m.span.start]).split()[-2:]
    if len(before) == 2 and "link" in cues.get(before[1]) and TOWN in cues.get(before[0]):
        return True
    after = norm(doc.text[m.span.end : m.span.end + 20]).split()[:1]
    return bool(after) and (after[0] in local_words(doc.lang or "") or PERSON in cues.get(after[0]))


def short_division_names(resolved: dict[int, Mention], cues: PhraseIndex[str]) -> None:
    """A bare name that is, with its kind word, a division the story places ("Troup County" ... "extradited
    to Troup") is that division, where the gazetteer put it more than `RIVAL_KM` away in another region
    (Troup, Texas); a town inside it keeps its name ("Kherson" beside "Kherson oblast")."""
    divisions: dict[str, Place] = {}
    for r in resolved.values():
        p = r.place
        if r.kind == "place" and p is not None and p.precision in ("admin1", "admin2"):
            bare, kind = name_and_kind(p.name, cues)
            if kind is not None:
                divisions.setdefault(norm(bare), p)
    if not divisions:
        return
    for i, r in list(resolved.items()):
        p = r.place
        d = divisions.get(norm(r.span.text)) if r.kind in ("place", "nearby") and p is not None else None
        if d is None or p is None or p.gid == d.gid or km(p.lat, p.lon, d.lat, d.lon) <= RIVAL_KM:
            continue
        if (p.country, p.admin1) == (d.country, d.admin1):
            continue  # "Kherson" beside "Kherson oblast": the city in it
        sure = min(d.confidence, p.confidence, SHORT_CONFIDENCE)
        resolved[i] = dataclasses.replace(r, place=dataclasses.replace(d, confidence=sure))
