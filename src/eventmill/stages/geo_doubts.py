"""The geocode stage's doubts: lower the confidence of a match the rest of the article does not support
(a small town far from every other place, a homonym abroad, a name that only modifies a noun)."""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Set
from functools import lru_cache

from eventmill import datafiles
from eventmill.distance import km
from eventmill.geo import Geocoder, own_name
from eventmill.models import Document, Mention, Place
from eventmill.text import norm

# a town this far from every other place of the article, in no country it names, is doubtful
ISOLATED_KM, ISOLATED_CONFIDENCE = 1000.0, 0.6
KNOWN_POPULATION = 100_000
SMALL_POPULATION = 5_000
FOREIGN_CONFIDENCE = 0.8  # a small place in no country the article names or centres on
# a small place abroad this far from every town of the countries the article names or centres on is a
# local name the gazetteer lacks more often than a homonym abroad ("Delft" in a Cape Town story)
FOREIGN_FAR_KM = 300.0
FOREIGN_HOME_PLACES = 2  # the article puts at least this many places there
# a homonym in the article's country is the place meant when this near one of its other places there (km): the
# village named with its province's countryside or 70 km from a town of reference ("Al-Sukhnah ... Palmyra")
HOME_HOMONYM_KM = 100.0
# a small place matched by a fuzzy spelling or another of its names only, this far from every town of a story that
# places at least this many towns surely, is a local name the gazetteer lacks (`unlist_strays`)
STRAY_KM, STRAY_HOME_PLACES, STRAY_HOME_CONFIDENCE = 300.0, 2, 0.6
HAMLET_HOME_PLACES = 3  # a hamlet named by its own name is a stray only among this many towns
# how alike (difflib's ratio) a stray's text and its place's own name are at least to be that name: "Rajo" (a
# foreign spelling the gazetteer keeps for Rio, Florida) and Rio 0.57
STRAY_SPELLING = 0.7
# a fuzzy match or another name's this far from every other place of the article, and in none of their countries,
# is a village the gazetteer lacks even where the story names a single other place ("le village de Kounkoun, à
# une vingtaine de kilomètres au sud de Ménaka": no Concón, Chile)
FAR_STRAY_KM = 2500.0
LOCAL = ("town", "neighbourhood", "admin2")
# a local story: one of its places has this many others (itself counted) within this distance (km); a town of at
# most this many people read this far from all of them is a local name the gazetteer lacks (`unlist_far_namesakes`)
LOCAL_PLACES, LOCAL_KM, FAR_NAMESAKE_POPULATION, FAR_NAMESAKE_KM = 3, 150.0, 25_000, 500.0
OWN_SPELLING = 0.9  # how alike a name and a bigger town's own name are at least to be read from the whole name
PERSONS = "civilians"  # the actor kind of people named by what they are ("man", "resident": agents.tsv)


def less_sure(place: Place, factor: float) -> Place:
    return dataclasses.replace(place, confidence=round(place.confidence * factor, 3))


def doubt_isolated(resolved: dict[int, Mention], countries: tuple[str, ...]) -> None:
    """Lower the confidence of a town or district far from every other place of the article and in
    no country it names ("Ga." read as a Malian village in a story about Georgia)."""
    points = {
        i: r.place for i, r in resolved.items() if r.place and r.place.precision in ("town", "neighbourhood", "admin2")
    }
    others = [r.place for r in resolved.values() if r.place and r.place.precision != "country"]
    for i, p in points.items():
        if p.country in countries or p.population >= KNOWN_POPULATION or p.feature == "PPLC":
            continue  # a capital or a city everyone knows needs no neighbour
        rest = [o for o in others if o is not p and o.name != p.name]
        # a village known to few needs a neighbour even when it is the article's only place
        small = p.precision == "town" and 0 < p.population < SMALL_POPULATION
        if (rest or small) and all(km(p.lat, p.lon, o.lat, o.lon) > ISOLATED_KM for o in rest):
            doubtful = less_sure(p, ISOLATED_CONFIDENCE)
            resolved[i] = dataclasses.replace(resolved[i], place=doubtful)


def home_homonyms(geo: Geocoder, resolved: dict[int, Mention], focus: tuple[str, ...], lang: str | None) -> None:
    """A small place abroad whose name a town or district of the article's own countries also bears is that
    one, nearest the article's other places there ("Kabana in the Kurd Mountains, Latakia countryside": the
    Syrian village, not the Congolese; "Al-Sukhnah, 70 km northeast of Palmyra": not India's Sohna), when it
    lies near one of them. Its countries: those of its other places, not of a nationality ("Al-Qaim, near the
    Syrian border"), nor any it names or centres on, when one of them is the place's own."""
    for i, r in list(resolved.items()):
        p = r.place
        if r.kind != "place" or p is None or p.precision not in LOCAL or p.population >= KNOWN_POPULATION:
            continue
        others = [o.place for o in resolved.values() if o.kind != "demonym" and o.place and o.span.text != r.span.text]
        home = {o.country for o in others}
        if p.country in home or p.country in focus or p.feature == "PPLC":
            continue
        points = [(o.lat, o.lon) for o in others if o.country in home and o.precision != "country"]
        there = [
            (min(km(q.lat, q.lon, a, b) for a, b in points), q)
            for q in (geo.candidates(r.span.text, lang=lang) if points else ())
            if q.country in home and q.precision in LOCAL
        ]
        near = min(there, key=lambda d: d[0], default=None)
        if near is not None and near[0] <= HOME_HOMONYM_KM:
            resolved[i] = dataclasses.replace(r, place=less_sure(near[1], FOREIGN_CONFIDENCE))


def doubt_foreign(resolved: dict[int, Mention], focus: tuple[str, ...]) -> None:
    """Lower the confidence of a small place outside every country the article names or centres on:
    a homonym abroad is the commonest wrong match ("Delft" in a South African story)."""
    if not focus:
        return
    for i, r in list(resolved.items()):
        p = r.place
        if (
            p is not None
            and p.precision in ("town", "neighbourhood", "admin2")
            and p.country not in focus
            and p.population < KNOWN_POPULATION
            and p.feature != "PPLC"
        ):
            doubtful = less_sure(p, FOREIGN_CONFIDENCE)
            resolved[i] = dataclasses.replace(r, place=doubtful)


def unlist_foreign(resolved: dict[int, Mention], focus: tuple[str, ...], towns: Set[int] = frozenset()) -> None:
    """Drop the match of a small place abroad that lies far from every place the article puts in the
    countries it names or centres on, in a country none of its other places is in: a suburb or a
    township the gazetteer lacks ("the Delft police station" in a Cape Town story is no Dutch city),
    which the geocode stage then puts, less surely, at the place that holds it (`geo_unknown`). A town
    of `towns` (named with a word for a settlement) that is no village stays: "Turkish air strikes on the
    Kurdish-held town of Kobani" in a story that names only Turkish cities. Then `unlist_far_namesakes`."""
    unlist_far_namesakes(resolved, towns)
    if not focus:
        return
    home = [
        r.place for r in resolved.values() if r.place and r.place.country in focus and r.place.precision != "country"
    ]
    if len({h.gid for h in home}) < FOREIGN_HOME_PLACES:
        return  # one place is no sure home: "a tribute show comes to Clacton" beside Las Vegas
    for i, r in list(resolved.items()):
        p = r.place
        if (
            r.kind != "place"
            or p is None
            or p.precision not in ("town", "neighbourhood", "admin2")
            or p.country in focus
            or p.population >= KNOWN_POPULATION
            or p.feature == "PPLC"
            or (i in towns and p.population >= SMALL_POPULATION)
        ):
            continue
        if any(o.place and o.place.country == p.country and o.span.text != r.span.text for o in resolved.values()):
            continue
        if all(km(p.lat, p.lon, h.lat, h.lon) > FOREIGN_FAR_KM for h in home):
            resolved[i] = dataclasses.replace(r, place=None)


def unlist_far_namesakes(resolved: dict[int, Mention], towns: Set[int] = frozenset()) -> None:
    """Drop the match of a small town read far from every other place of a local story (one whose places gather
    within `LOCAL_KM` of one of them) when the text names it bare: a place near them the gazetteer lacks, more
    often than a namesake across the country ("a sedan seen leaving toward Bemis" in a Jackson, Tennessee, story
    is no Massachusetts suburb), or a town of any size read from part of the name ("Buffalo Bayou" in a Houston
    story); the geocode stage then puts it at the place that holds it (`geo_unknown`). A name
    the text calls a town ("the town of X") or follows with its state ("Bemis, Mass.": near that state) stays."""
    placed = [
        (i, r.place)
        for i, r in resolved.items()
        if r.place is not None and r.place.precision != "country" and r.kind in ("place", "nearby")
    ]
    for i, r in list(resolved.items()):
        p = r.place
        if (
            r.kind != "place"
            or p is None
            or p.precision not in ("town", "neighbourhood")
            # a bigger town only when read from part of the name ("Buffalo Bayou" in a Houston story: no Buffalo)
            or (p.population >= FAR_NAMESAKE_POPULATION and own_name(r.span.text, p, OWN_SPELLING))
            or p.feature == "PPLC"
            or i in towns
            # a division's bare name ("extradited to Troup" after "Troup County"): `short_division_names` reads it
            or any(o.span.text.startswith(f"{r.span.text} ") for o in resolved.values())
        ):
            continue
        others = [o for k, o in placed if k != i and o.gid != p.gid and resolved[k].span.text != r.span.text]
        if any(km(p.lat, p.lon, o.lat, o.lon) <= FAR_NAMESAKE_KM for o in others):
            continue
        local = list({o.gid: o for o in others if o.precision in LOCAL and o.gid}.values())
        if any(sum(km(a.lat, a.lon, b.lat, b.lon) <= LOCAL_KM for b in local) >= LOCAL_PLACES for a in local):
            resolved[i] = dataclasses.replace(r, place=None)


def unlist_foreign_villages(resolved: dict[int, Mention], villages: set[int], focus: tuple[str, ...]) -> None:
    """Drop the match of a name the text calls a village ("the village of Kone", "Let Yet Kone village") when
    it is a small town in no country the article names or centres on, nor any of its other places is in:
    a village the gazetteer lacks, not its homonym abroad (Koné, New Caledonia, in a story from Myanmar);
    the geocode stage then puts it at the place that holds it (`geo_unknown`)."""
    if not focus:
        return
    for i in villages:
        r = resolved.get(i)
        p = r.place if r is not None else None
        if (
            r is None
            or p is None
            or p.precision not in ("town", "neighbourhood")
            or p.country in focus
            or p.population >= KNOWN_POPULATION
            or p.feature == "PPLC"
        ):
            continue
        if not any(o.place and o.place.country == p.country and o.span.text != r.span.text for o in resolved.values()):
            resolved[i] = dataclasses.replace(r, place=None)


def doubt_modifiers(doc: Document, resolved: dict[int, Mention], kinds: Callable[[str], bool]) -> None:
    """Lower the confidence of a name that only modifies a lowercase noun ("Bermuda shorts") when no
    other place of the article is in its country: a product or a style, not where something happened.
    A noun naming a kind of place (`kinds`: "Deir ez-Zor province", "Kunduz city") says it is one; so
    does a civilian the text names as an actor ("a Toronto man": where he is from; not "Benin police",
    a country's force) and an event noun of the language's `triggers.tsv` ("the Mosul offensive")."""
    toks = doc.tokens
    starts = [t.start for t in toks]
    people = {
        k
        for m in doc.mentions
        if m.kind == "actor" and m.actor is not None and m.actor.kind == PERSONS
        for k in range(bisect_left(starts, m.span.start), bisect_left(starts, m.span.end))
    }
    events = event_nouns(doc.lang or "")
    for i, r in list(resolved.items()):
        p = r.place
        if p is None or not toks:
            continue
        last = bisect_left(starts, r.span.end) - 1
        nxt = last + 1
        if not (
            0 <= last < nxt < len(toks)
            and toks[last].dep == "compound"
            and toks[last].head == nxt
            and toks[nxt].pos == "NOUN"
            and toks[nxt].text[:1].islower()
            and not kinds(toks[nxt].text)
            and nxt not in people
            and norm(toks[nxt].lemma or toks[nxt].text) not in events
        ):
            continue
        if any(o.place and o.place.country == p.country and o.span.text != r.span.text for o in resolved.values()):
            continue
        resolved[i] = dataclasses.replace(r, place=less_sure(p, 0.5))


@lru_cache(maxsize=32)
def event_nouns(lang: str) -> frozenset[str]:
    """The one-word noun triggers of the language's `triggers.tsv` ("offensive", "attack", "protest")."""
    if not lang:
        return frozenset()
    rows = datafiles.tables(lang, "triggers.tsv")
    return frozenset(
        norm(r["lemma"])
        for r in rows
        if (r.get("pos") or "").upper() == "NOUN" and len(r.get("lemma", "").split()) == 1
    )


def division_named(geo: Geocoder, name: str, place: Place, lang: str | None, countries: tuple[str, ...]) -> Place:
    """The first- or second-level division of the town's country whose own name the text gives, when the
    town is known by that name only as another of its names or is a village of unknown size: "Parwan" is
    the province, not Jabal os Saraj, which the gazetteer also calls Parwan; "Wardak" the province, not a
    hamlet of that name (a first-level division only). A town that bears the name itself ("Herat", "Kandahar") stays the town."""
    if place.precision not in ("town", "neighbourhood") or place.feature == "PPLC":
        return place
    own = own_name(name, place) or geo.bears_name(name, place)  # "Tadmur": Palmyra's own name in GeoNames
    if own and place.population > 0:
        return place
    # a village of unknown size that bears the name gives way to a province only ("Khanasser" stays the
    # Syrian village, not its subdistrict)
    levels = ("admin1",) if own else ("admin1", "admin2")
    # only a division the gazetteer lists under the name itself, never a fuzzy match
    units = {c.gid for c in geo.candidates(name, lang=lang) if c.precision in levels and c.country == place.country}
    for level in levels:
        unit = geo.lookup(name, lang=lang, countries=(place.country, *countries), hint=level)
        if unit is not None and unit.gid in units and unit.precision == level and own_name(name, unit):
            return unit
    return place


def other_name_only(geo: Geocoder, text: str, place: Place) -> bool:
    """A town, district or neighbourhood known to few that the text names by another name than its own: with
    no locative word before it, a person's name or a word of the language more likely than the place."""
    return (
        place.precision in ("town", "neighbourhood", "admin2")
        and place.feature != "PPLC"
        and place.population < KNOWN_POPULATION
        and not own_name(text, place)
        and not geo.bears_name(text, place)
    )


def unlist_strays(
    geo: Geocoder, resolved: dict[int, Mention], lang: str | None, bare: Callable[[str], str] = str, far: bool = False
) -> list[Place]:
    """Drop the match of a small place that the text names by a spelling the gazetteer has not for it
    (a fuzzy match: "Katraj" read as Khatra) or by another of its names only ("New Point", a former name
    of Perth Amboy), when it lies far from every other town of an article whose places the gazetteer knows
    by their own names: a local story's hamlet or suburb the gazetteer lacks, which the geocode stage then
    puts, less surely, at the place that holds it (`geo_unknown`). `bare` strips a mention's kind words
    ("Nad Ali district": Nad Ali, its own name). With `far`, once homonyms are settled, also a fuzzy match
    or another name's in another country, far from every other place (`FAR_STRAY_KM`). Returns the places it dropped."""
    # a city by a former name ("Milford": Newark) is no home for the others either, though it stays itself
    weak = {
        i
        for i, r in resolved.items()
        if r.kind == "place" and r.place and r.place.precision in LOCAL and _weak(geo, r, lang, bare)
    }
    home = [
        (r.span.text, r.place)
        for i, r in resolved.items()
        if i not in weak
        and r.kind in ("place", "nearby")
        and r.place is not None
        and r.place.precision in LOCAL
        and r.place.feature not in ("site", "unlisted")
        and r.place.confidence >= STRAY_HOME_CONFIDENCE
    ]
    # a hamlet by its own name in a state none of the story's places lies in, far from them all, is as often a
    # street or a hamlet of the story's own county ("the Broadway corridor" in Kingston, New York: no Broadway,
    # Virginia), when the story places enough towns
    states = Counter((r.place.country, r.place.admin1) for r in resolved.values() if r.place)
    hamlets = {
        i
        for i, r in resolved.items()
        if i not in weak
        and r.kind == "place"
        and r.place
        and r.place.precision == "town"
        and r.place.population < SMALL_POPULATION
        and states[(r.place.country, r.place.admin1)] == 1
    }
    dropped = []
    for i in weak | hamlets:
        r = resolved[i]
        p = r.place
        if p is None or not _stray_kind(p):
            continue
        if far and i in weak and _far_from_all(p, [o.place for o in resolved.values() if o.span.text != r.span.text]):
            resolved[i] = dataclasses.replace(r, place=None)
            dropped.append(p)
            continue
        others = [h for t, h in home if t != r.span.text]
        enough = STRAY_HOME_PLACES if i in weak else HAMLET_HOME_PLACES
        if len({h.gid for h in others}) >= enough and all(km(p.lat, p.lon, h.lat, h.lon) > STRAY_KM for h in others):
            resolved[i] = dataclasses.replace(r, place=None)
            dropped.append(p)
    return dropped


def _far_from_all(p: Place, others: list[Place | None]) -> bool:
    """Every other place of the article lies in another country, far away (`FAR_STRAY_KM`); there is one."""
    there = [o for o in others if o is not None]
    return bool(there) and all(o.country != p.country and km(p.lat, p.lon, o.lat, o.lon) > FAR_STRAY_KM for o in there)


def _stray_kind(p: Place) -> bool:
    return p.precision in LOCAL and p.population < KNOWN_POPULATION and p.feature not in ("PPLC", "site", "unlisted")


def _weak(geo: Geocoder, r: Mention, lang: str | None, bare: Callable[[str], str] = str) -> bool:
    """The place is matched by another of its names only, or by none of its names (a fuzzy match)."""
    p = r.place
    assert p is not None
    name = bare(r.span.text)
    if not own_name(name, p, STRAY_SPELLING):
        return True
    return p.gid not in {c.gid for c in geo.candidates(name, lang=lang)}
