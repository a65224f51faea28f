"""Places inside longer names and named sites, for the geocode stage: the well-known place a name opens
with ("Buffalo Bisons"), and the town a street, building or park is put at ("Royal Street",
"Alder Hey Children's Hospital ... in Liverpool")."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable

from eventmill.datelines import dateline_of
from eventmill.distance import km
from eventmill.geo import Geocoder
from eventmill.models import Document, Mention, Place, Span
from eventmill.phrases import PhraseIndex
from eventmill.placecues import SITE, campuses
from eventmill.stages.containers import container_gap, within
from eventmill.stages.geo_doubts import ISOLATED_KM, KNOWN_POPULATION, less_sure
from eventmill.stages.mentions.sites import is_site_word, site_name
from eventmill.text import norm

# a place read inside a longer name ("Washington Post", "Buffalo Bisons") is less surely the one meant
PART_CONFIDENCE = 0.8
PART_LINKS = ("of", "de", "du", "des")
AREA = "area"  # hint of placecues.tsv: a site word for the land of a division of the same name ("islands")
# a named site ("Royal Street") is put at a town, less surely than the town: the one it is said to be in,
# one its name opens with, the one its own sentence names, or the one the article names most
SITE_TOWNS = ("town", "neighbourhood", "admin2")
SITE_CONTAINER_CONFIDENCE, SITE_PART_CONFIDENCE, SITE_MAIN_CONFIDENCE = 0.8, 0.7, 0.6
SITE_CAMPUS_CONFIDENCE = 0.75  # "Colorado State University": the town of its main campus (`xx/campuses.tsv`)
SITE_SENTENCE_CONFIDENCE = 0.65  # "Alder Hey Children's Hospital, where he lies in Liverpool"
SITE_MAIN_MIN = 0.6  # the article's main town is one of its towns scored at least this
SITE_CARRIED_MIN = 0.5  # or, when it names none, a town a site's name carries scored at least this
SITE_OWN_KM = (
    150.0  # a site opened by a small town the article names is there when that town lies this near its main one
)


def part_place(
    geo: Geocoder,
    name: str,
    lang: str | None,
    countries: tuple[str, ...],
    near: tuple[tuple[float, float], ...],
    unnamed: Callable[[str], bool] = lambda _: False,
) -> Place | None:
    """A well-known place that opens a name the gazetteer does not know, or follows its last "of"/"de"
    ("Buffalo Bisons", "Montgomery County Democrats", "Bank of England"): that place, less surely. Only
    a country, a sea or world region, a city of 100,000, or a province or district in a country of the
    article: "Royal Street" is no town Royal, "Third Street" no Malian region; never a part that
    `unnamed` says is a kind of place alone ("Mount" of "Mount Chaambi" is no Montana)."""
    words = name.split()
    parts = [" ".join(words[:n]) for n in range(len(words) - 1, 0, -1)]
    links = [k for k, w in enumerate(words) if k and norm(w) in PART_LINKS]
    if links:
        tail = words[links[-1] + 1 :]
        parts += [" ".join(tail[:n]) for n in range(len(tail), 0, -1)]
    # "la gare de Lyon-Part-Dieu": a city the hyphenated name of a quarter or a station opens with
    pieces = words[-1].split("-") if len(words) == 1 else []
    parts += ["-".join(pieces[:n]) for n in range(len(pieces) - 1, 0, -1)]
    for part in parts:
        if not part[:1].isupper() or unnamed(part) or not geo.is_place_name(part):
            continue
        place = geo.lookup(part, lang=lang, countries=countries, near=near)
        if place is not None and (
            place.precision == "country"
            or place.population >= KNOWN_POPULATION
            or (place.precision in ("admin1", "admin2") and place.country in countries)
        ):
            return less_sure(place, PART_CONFIDENCE)
    return None


def place_sites(
    geo: Geocoder,
    doc: Document,
    places: list[tuple[int, Mention]],
    resolved: dict[int, Mention],
    cues: PhraseIndex[str],
    countries: tuple[str, ...],
    near: tuple[tuple[float, float], ...],
) -> None:
    """Put each named site ("Royal Street", "Alder Hey Children's Hospital") at a town, less surely: the
    one it is said to be in ("... Hospital in Rome", "..., Lagos"), else a well-known town its name
    opens with ("Belfast Magistrate's Court"), else the town named nearest it in its sentence ("...
    Hospital, where he lies in Liverpool"), else the town the article names most. A site the
    gazetteer knows whole keeps its own point if it is a region or a city of 100,000, or lies within
    1,000 km of that town (not "Washington Square" in a New Orleans story). A site no town can hold
    falls back to the well-known place its name opens with ("Europe Bridge")."""
    spans = site_spans(places, cues)
    main = main_town(resolved, spans, cues, dateline_place(doc))
    for i, m in places:
        if not site_name(m.span.text, cues):
            continue
        if (campus := campus_town(geo, m.span.text)) is not None:  # "Colorado State University": Fort Collins
            resolved[i] = dataclasses.replace(m, place=dataclasses.replace(campus, feature=SITE))
            continue
        done = resolved[i].place if i in resolved else None
        if done is not None and (
            done.precision not in ("town", "neighbourhood")  # "Western Cape", "Rhode Island"
            or done.population >= KNOWN_POPULATION  # "Sioux Falls"
            or main is None
            or km(done.lat, done.lon, main.lat, main.lon) <= ISOLATED_KM
        ):
            continue
        j, nxt = next(
            ((j, o) for j, o in places if j > i and o.span.start >= m.span.end),
            (-1, None),
        )
        town = None
        factor = SITE_CONTAINER_CONFIDENCE
        if nxt is not None and container_gap(doc.text[m.span.end : nxt.span.start], cues):
            outer = resolved[j].place if j in resolved else None
            if done is not None and outer is not None and within(done, outer):
                continue  # "Klamath Falls, Oregon": the town the gazetteer knows, where the text says it is
            if outer is not None and outer.precision != "country":
                town = outer
        if town is None and (town := area_place(geo, m.span.text, doc.lang, cues, countries)) is not None:
            factor = SITE_PART_CONFIDENCE
        if town is None:
            words = _site_words(m.span.text, cues)
            town = part_place(geo, words, doc.lang, countries, ())
            if town is None or town.precision != "country":
                # "Athens Middle School" in a story of Athens, Ohio: the Athens the article reads, not Georgia's;
                # "Burlington High School" in a story of Burlington, Iowa, not the Des Moines of its sentence
                own = own_town(words, resolved, i, town)
                if own is not None and (town is not None or _among_towns(own, resolved)):
                    town = own
            factor = SITE_PART_CONFIDENCE
            if town is not None and town.precision == "country":
                town = None
        if town is None:
            town, factor = sentence_town(doc, places, resolved, m, spans), SITE_SENTENCE_CONFIDENCE
        if town is None:
            town, factor = main, SITE_MAIN_CONFIDENCE
        if town is not None:
            site = dataclasses.replace(less_sure(town, factor), feature=SITE)
            resolved[i] = dataclasses.replace(m, place=site)
        elif done is None and (part := part_place(geo, m.span.text, doc.lang, countries, near)) is not None:
            resolved[i] = dataclasses.replace(m, place=part)  # "Europe Bridge": no town, but Europe


def area_place(
    geo: Geocoder, name: str, lang: str | None, cues: PhraseIndex[str], countries: tuple[str, ...]
) -> Place | None:
    """The province or district whose land a site's `area` word names ("the Penghu islands", "the Swat
    valley"), when one of the article's countries holds it; not a country ("the Jordan valley") nor a town."""
    words = name.split()
    if len(words) < 2 or not any(AREA in cues.get(norm(w)) for w in (words[0], words[-1])):
        return None
    bare = _site_words(name, cues)
    if not bare[:1].isupper() or not geo.is_place_name(bare):
        return None
    place = geo.lookup(bare, lang=lang, countries=countries)
    if place is None or place.precision not in ("admin1", "admin2") or place.country not in countries:
        return None
    return place


def own_town(name: str, resolved: dict[int, Mention], skip: int, known: Place | None) -> Place | None:
    """The town or county the article itself names as a site's name opens ("Athens Middle School" in a
    story of Athens, Ohio; "Washington County Courthouse" beside Washington County, Arkansas), read as
    the article reads it elsewhere, where the best-known place of that name (`known`) is another."""
    words = name.split()
    parts = {norm(" ".join(words[:n])) for n in range(len(words), 0, -1)}
    for k, r in resolved.items():
        p = r.place
        if (
            k != skip
            and p is not None
            and r.kind == "place"
            and p.precision in SITE_TOWNS
            and p.feature != SITE
            and p.confidence >= SITE_MAIN_MIN
            and norm(r.span.text) in parts
            and (known is None or p.gid != known.gid)
        ):
            return p
    return None


def _among_towns(place: Place, resolved: dict[int, Mention]) -> bool:
    """The town lies near another town the article places: a local school's, not a franchise's ("the
    Liverpool Academy" in a Cairo story)."""
    return any(
        r.kind == "place"
        and (p := r.place) is not None
        and p.precision in SITE_TOWNS
        and p.feature != SITE
        and p.gid != place.gid
        and km(place.lat, place.lon, p.lat, p.lon) <= SITE_OWN_KM
        for r in resolved.values()
    )


def campus_town(geo: Geocoder, name: str) -> Place | None:
    """The town of a well-known university's main campus (`xx/campuses.tsv`), less surely than the town,
    or None for a name the table does not list."""
    row = campuses().get(norm(name))
    if row is None:
        return None
    town, region, country = row
    fits = [p for p in geo.candidates(town, lang="en") if p.country == country and (not region or p.admin1 == region)]
    # the town, not the province of its name ("Quebec"); a city-state is its country ("Singapore")
    place = next((p for p in fits if p.precision in SITE_TOWNS), fits[0] if fits else None)
    return dataclasses.replace(place, confidence=SITE_CAMPUS_CONFIDENCE) if place is not None else None


def site_spans(places: list[tuple[int, Mention]], cues: PhraseIndex[str]) -> list[tuple[int, int]]:
    """The character spans of the named sites among the place mentions."""
    return [(m.span.start, m.span.end) for _, m in places if site_name(m.span.text, cues)]


def main_town(
    resolved: dict[int, Mention],
    spans: list[tuple[int, int]],
    cues: PhraseIndex[str],
    dateline: Span | None = None,
) -> Place | None:
    """The town of the article's dateline ("CAIRO (AFP) -"), else the town the article names most (scored
    at least `SITE_MAIN_MIN`; not a site's, nor one a site's name carries), else the town sites' names
    carry most ("Belfast Magistrate's Court", scored at least `SITE_CARRIED_MIN`), or None."""
    for r in resolved.values():
        p = r.place
        if (
            dateline is not None
            and p is not None
            and r.kind == "place"
            and dateline.start <= r.span.start < dateline.end
            and p.precision in SITE_TOWNS
            and p.feature != SITE
            and p.confidence >= SITE_MAIN_MIN
        ):
            return p  # where the story was filed
    counts: dict[bool, Counter[str]] = {False: Counter(), True: Counter()}
    carried: Counter[str] = Counter()  # the towns sites' names carry ("Belfast Magistrate's Court")
    towns: dict[str, Place] = {}
    held: dict[str, Place] = {}
    for r in resolved.values():
        p = r.place
        # the article's towns as doubts left them, and those its organisations are named after, not those
        # its streets are ("Joliet Avenue" in Hawaiian Gardens)
        if p is None or r.kind not in ("place", "in_name") or p.precision not in SITE_TOWNS or p.feature == SITE:
            continue
        if r.kind == "in_name" and any(a <= r.span.start and r.span.end <= b for a, b in spans):
            if p.confidence >= SITE_CARRIED_MIN:
                carried[p.gid or p.name] += 1
                held.setdefault(p.gid or p.name, p)
        elif p.confidence >= SITE_MAIN_MIN:
            towns.setdefault(p.gid or p.name, p)
            # a site's name the gazetteer also knows as a village ("Washington Square", Pennsylvania, in a
            # New Orleans story) is the main town only when no other name is
            counts[site_name(r.span.text, cues)][p.gid or p.name] += 1
    # a story whose only town is in a court's or a station's name happened there
    ranked = (counts[False] or counts[True]).most_common(1)
    if ranked:
        return towns[ranked[0][0]]
    ranked = carried.most_common(1)
    return held[ranked[0][0]] if ranked else None


def dateline_place(doc: Document) -> Span | None:
    """The span of the name of the article's dateline place, if it has one (`eventmill.datelines`)."""
    line = dateline_of(doc)
    return line.place if line is not None else None


def sentence_town(
    doc: Document,
    places: list[tuple[int, Mention]],
    resolved: dict[int, Mention],
    site: Mention,
    spans: list[tuple[int, int]],
) -> Place | None:
    """The town named nearest the site in the site's own sentence, if one is (not another site's town)."""
    toks = doc.tokens
    sent = toks[site.head].sent if 0 <= site.head < len(toks) else -1
    best, gap = None, None
    for i, m in places:
        p = resolved[i].place if i in resolved else None
        if p is None or not 0 <= m.head < len(toks) or toks[m.head].sent != sent:
            continue
        if p.precision not in SITE_TOWNS or p.feature == SITE or p.confidence < SITE_MAIN_MIN:
            continue
        if any(a <= m.span.start and m.span.end <= b for a, b in spans):
            continue
        d = abs(m.span.start - site.span.start)
        if gap is None or d < gap:
            best, gap = p, d
    return best


def _site_words(text: str, cues: PhraseIndex[str]) -> str:
    """The name without its site word and linking words: "Belfast Magistrate's Court" -> "Belfast
    Magistrate's", "University of Alberta" -> "Alberta"."""
    words = text.split()
    words = words[:-1] if is_site_word(cues, words[-1]) else words[1:]
    while words and "link" in cues.get(norm(words[0])):
        words = words[1:]
    return " ".join(words)
