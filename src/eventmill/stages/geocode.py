"""Stage 5: resolve place mentions to coordinates through the geocoder interface (`eventmill.geo`). Context makes
the choice: the countries the article names, places already resolved nearby, and cue words before the name ("la
province d'Alep" -> admin1, "le quartier de" -> neighbourhood) read from the language's `placecues.tsv`."""

from __future__ import annotations

import dataclasses
from functools import partial

from eventmill.actor_lexicon import country_name, iso2
from eventmill.config import Config
from eventmill.distance import km
from eventmill.geo import Geocoder, approximate, load_geocoder, own_name
from eventmill.models import Document, Mention, Place
from eventmill.phrases import PhraseIndex
from eventmill.placecues import after_locative, demonym_index, place_cues, seats
from eventmill.registry import stage
from eventmill.stages import containers
from eventmill.stages.containers import container, in_region, listed_with_regions, town_of_region, within
from eventmill.stages.district_seats import at_seat
from eventmill.stages.geo_capitals import place_capitals
from eventmill.stages.geo_codes import coded_divisions
from eventmill.stages.geo_context import (
    COUNTIES,
    WIDE_STORY,
    capital_named,
    focus_region,
    moved,
    regions_in_names,
    surer_of_flips,
    unnamed,
    with_focus,
    world_class,
    world_namesake,
)
from eventmill.stages.geo_cues import (
    approximated,
    body_town,
    country_named,
    cue_hint,
    cue_kind,
    name_and_kind,
    named_countries,
    named_kind,
    placed_by_words,
    small_named,
)
from eventmill.stages.geo_doubts import (
    KNOWN_POPULATION,
    STRAY_KM,
    division_named,
    doubt_foreign,
    doubt_isolated,
    doubt_modifiers,
    home_homonyms,
    less_sure,
    other_name_only,
    unlist_foreign,
    unlist_foreign_villages,
    unlist_strays,
)
from eventmill.stages.geo_nearby import (
    compass_strays,
    countries_named,
    country_homonyms,
    place_nearby,
    short_division_names,
)
from eventmill.stages.geo_sites import PART_CONFIDENCE, campus_town, part_place, place_sites
from eventmill.stages.geo_unknown import place_unlisted
from eventmill.stages.mentions.sites import is_site_word, site_name
from eventmill.text import norm

WEAK_CONFIDENCE = 0.5  # below this, a match needs a locative word before it to be kept
PROVINCE_DEMONYM_CONFIDENCE = 0.85  # a province's adjective ("English", "Texan") is less sure than a nation's
# a name the gazetteer has only outside the region or country the text says it lies in: that region, this sure
UNKNOWN_INSIDE_CONFIDENCE = 0.6
AREA_POINT_CONFIDENCE = 0.8
# a small place named by one of its other names, with no locative word before it: as often a person or a word
OTHER_NAME_CONFIDENCE = 0.5
MAX_ROUNDS = 4  # passes over the names at most: each reads the points the one before gave
MOVED_KM = 50.0  # a place moved this far between passes drew other names to the wrong side: one more pass
OWN_NEAR_KM = 150.0  # "Washington Township" is read as a Washington this close to the article's other places  # a region's or a sea's point, as a point (`_area_point`)


@stage("geocode", 44, needs=("mentions",), fills=("mentions",))
def geocode(doc: Document, config: Config) -> Document:
    """Give every place mention a `Place` (or leave it None when the gazetteer does not know it)."""
    geo = load_geocoder()
    cues = place_cues(doc.lang)
    bare = partial(_bare_name, cues=cues)  # "Nad Ali district": Nad Ali, which the gazetteer may know
    # the countries the article names, then those its nationalities point to ("Afghan police")
    actors = [m.actor for m in doc.mentions if m.kind == "actor" and m.actor and m.actor.country]
    # and then any other nationality adjective ("the British championship", "une actrice nigériane")
    index = demonym_index(doc.lang)
    adjectives = [v for m in doc.mentions if m.kind == "demonym" for k, v in index.get(m.span.text) if k == "country"]
    countries = tuple(
        dict.fromkeys(
            [iso2(a.country) for a in actors if a.kind == "country"]
            + [iso2(a.country) for a in actors if a.generic]
            + [iso2(c) for c in adjectives]
        )
    )
    countries = tuple(c for c in countries if c)
    resolved: dict[int, Mention] = {}
    near: list[tuple[float, float]] = []
    points: list[tuple[str, tuple[float, float]]] = []  # the resolved places' points, by name
    places = [(i, m) for i, m in enumerate(doc.mentions) if m.kind == "place"]
    # countries first, then the rest in two passes so later lookups can use earlier coordinates
    coded = coded_divisions(geo, doc, places)  # "Augusta, Me.", "Provo, UT": the state, whatever "Me" may be
    for i, m in places:
        country = coded.get(i) or country_named(geo, doc, m, cues)
        if country is not None and not town_of_region(geo, doc, places, i, m, country, cues):
            resolved[i] = dataclasses.replace(m, place=country)
    # "the Indiana Department of Transportation", "the Decatur County Board of Commissioners": the state a
    # local story's organisations carry is where its towns lie, before any of them is resolved
    named_regions = () if regions_in_names(geo, doc, "place", cues) else regions_in_names(geo, doc, "in_name", cues)
    regions: tuple[tuple[str, str], ...] = named_regions
    local: tuple[tuple[str, tuple[float, float]], ...] | None = None  # `points` less a wide story's capitals
    known: tuple[tuple[str, str], ...] = ()
    sources: dict[tuple[str, str], set[str]] = {}  # the texts whose places put each division in `regions`
    strays: list[Place] = []
    before: list[tuple[str, tuple[float, float]]] = []
    for round_ in range(MAX_ROUNDS):
        # a third pass only for divisions the second found ("Limestone County", known once the country was, puts
        # "Athens" in Alabama), for the names a stray the second dropped drew to its homonyms ("Milford" to Newark
        # by "New Point"), or for those a place the second moved had drawn to it ("Washington" near Belhaven,
        # Virginia, till Belhaven went to North Carolina beside Chocowinity)
        settled = set(regions) <= set(known) and not moved(before, points, MOVED_KM)
        if round_ >= 2 and settled and (not strays or round_ == MAX_ROUNDS - 1):
            break
        # then only the names such a stray could draw: those it put near its point
        drawn = strays if round_ == 2 and settled else []
        # a pass run only because a place moved changes choices, not sureness: the moved places' neighbours
        # would vouch again for the names that drew them ("Harvey" beside "Irma" and "Maria")
        recheck = round_ >= 2 and set(regions) <= set(known) and not drawn
        before, known, last = points, regions, {i: r.place for i, r in resolved.items()}
        context = countries if round_ == 0 else with_focus(countries, resolved)
        for i, m in places:
            done = resolved[i].place if i in resolved else None
            if done and (done.precision == "country" or i in coded):
                continue
            if unnamed(m.span.text, cues):
                continue  # "l'Etat", "la Province", "the Valley": a kind of place, no name
            if drawn and not (done and any(km(done.lat, done.lon, p.lat, p.lon) <= STRAY_KM for p in drawn)):
                continue
            if site_name(m.span.text, cues) and not geo.is_place_name(m.span.text):
                continue  # "Royal Street": put at its town once the towns are known (`geo_sites.place_sites`)
            name, kind = named_kind(geo, doc, m, cues)  # "Helmand Province", "Harris and Fort Bend counties"
            name = body_town(geo, doc, m, name, cues)  # "Cambridge City Council": Cambridge's
            # "Salisbury, England", "Paterson in New Jersey": the region or country it is said to lie in
            outer = container(geo, doc, places, i, m, cues)
            inside: tuple[str, ...] = (outer.country,) if outer else named_countries(doc, m, context)  # "Dera woreda"
            around = ((outer.lat, outer.lon),) if outer and outer.precision != "country" else ()
            region = outer.admin1 if outer and outer.precision == "admin1" else ""
            hint = kind or cue_hint(doc, m, cues, geo)
            # a division only the name's own first guess put there does not hold it there ("Cornwall" read as
            # the English county must not keep itself in England against the towns of New York around it)
            regs = tuple(r for r in regions if r not in sources or sources[r] - {m.span.text})
            place = geo.lookup(
                name,
                lang=doc.lang,
                countries=(*inside, *context),
                near=(*around, *near),
                hint=hint,
                regions=regs,
            )
            others = tuple(pt for t, pt in points if t != m.span.text)
            if place is not None and len(others) < len(near):
                # the name's own first guess may say how sure the choice is, not make it: "Red Oak" read in
                # Texas in the first pass must not hold itself there against the Iowa towns around it
                alone = geo.lookup(
                    name,
                    lang=doc.lang,
                    countries=(*inside, *context),
                    near=(*around, *others),
                    hint=hint,
                    regions=regs,
                )
                # nor lower its sureness when it was another place ("Aurora" in Colorado, then in Illinois)
                own = [pt for t, pt in points if t == m.span.text]
                if alone is not None and (
                    alone.gid != place.gid or any(km(*pt, place.lat, place.lon) > 50 for pt in own)
                ):
                    place = alone
            if place is not None and local is not None and not outer:
                place = world_namesake(geo, doc, m, name, place, (*inside, *context), hint, regs, local, resolved)
            if place is not None and hint is None and not outer:
                place = division_named(geo, name, place, doc.lang, (*inside, *context))
            lost = place is not None and _kind_lost(name, place, cues)
            if lost:
                place = None  # "Mount Tana" folds onto Montana, "Lake Genevre" onto La Genevraye: other places
            if (
                place is not None
                and hint == "neighbourhood"
                and place.precision != hint
                and others
                and not _near(place, others)
            ):
                # "le quartier de la Médina" in a Dakar story: a neighbourhood the gazetteer lacks, not Madinah
                resolved.pop(i, None)
                place = None
            if place is not None and kind and _own_kind(m.span.text, cues) and not _near(place, others):
                place = None  # "Washington Township": not Washington, D.C., unless among the article's places
            if place is not None and inside and region and place.admin1 != region and place.precision != "admin1":
                place = in_region(geo, name, doc.lang, region, inside[0], outer) or place
            placed_in = False  # put somewhere in the region the text names: the text points to it
            # a neighbourhood of the town the text names is no city elsewhere ("le quartier de la Médina, à Dakar")
            if place is not None and outer is not None and not within(place, outer) and not _known(place, hint, name):
                # "Rockingham, Northamptonshire" with no English Rockingham in the gazetteer: somewhere in
                # the county the text names, not the Australian town
                place, placed_in = less_sure(outer, UNKNOWN_INSIDE_CONFIDENCE), True
            if place is None and (rest := _directed(geo, name, cues)):
                # "South Florida", "West Texas": a part of the place the rest names, so near it, not at it
                place = geo.lookup(rest, lang=doc.lang, countries=(*inside, *context), near=(*around, *near))
                place = approximate(place) if place is not None else None
            if place is None and len(name.split()) > 1 and not lost:
                place = part_place(
                    geo, name, doc.lang, context, tuple(near), partial(unnamed, cues=cues)
                )  # "Buffalo Bisons"
            if place is not None and place.precision != "admin1" and round_ and not kind:
                place = listed_with_regions(geo, doc, places, resolved, i, m, place, cues)
            if (
                place is not None
                and place.confidence < WEAK_CONFIDENCE
                and not (placed_in or placed_by_words(doc, m, cues) or _division_named(m.span.text, place, cues))
            ):
                if done is not None and done.gid != place.gid:  # nor an earlier pass's guess the places now contradict
                    resolved.pop(i, None)
                place = None  # a spelling variant of a village nothing in the text points to ("Buenos")
            if place is not None and not placed_in and other_name_only(geo, name, place) and not after_locative(doc, m):
                # "County Commissioner Bill": McIntyre's other name, with no locative word before it
                place = less_sure(place, OTHER_NAME_CONFIDENCE)
            if place is not None and recheck and done is not None and done.gid == place.gid:
                continue
            if place is not None:
                place = approximated(doc, m, place, cues)  # "aux alentours de X": near X, not at it
                resolved[i] = dataclasses.replace(m, place=place)
        # a stray's point ("New Point": a former name of Perth Amboy, in an Indiana story) draws no homonym
        strays = unlist_strays(geo, resolved, doc.lang, bare)
        points = [
            (r.span.text, (r.place.lat, r.place.lon))
            for r in resolved.values()
            if r.place and r.place.precision != "country"
        ]
        # a story across several countries names their capitals and world cities for what they stand for
        # ("Washington urged restraint"): no sign that a small namesake near one is meant (Vienna, Virginia)
        wide = len({r.place.country for r in resolved.values() if r.place} | set(countries)) >= WIDE_STORY
        local = (
            tuple(
                (bare(r.span.text), (r.place.lat, r.place.lon))
                for r in resolved.values()
                if r.place and r.place.precision != "country" and not world_class(r.place)
            )
            if wide
            else None
        )
        near = [pt for _, pt in points]
        # the first-level divisions the article names, or holding a county it names: a town inside one is
        # likelier ("Parkland" amid Florida; "Athens" beside Limestone County is in Alabama, not Greece)
        sources = {}
        for r in resolved.values():
            if r.place and r.place.country and (r.place.precision == "admin1" or r.place.feature in COUNTIES):
                sources.setdefault((r.place.country, r.place.admin1 or r.place.name), set()).add(r.span.text)
        # a story that names no division: the one most of its towns lie in
        regions = tuple(dict.fromkeys([*named_regions, *sources])) or focus_region(resolved)
        sources = {k: v for k, v in sources.items() if k not in named_regions}
        if not near:
            break
    else:
        surer_of_flips(resolved, last)
    containers.holders_as_read(geo, doc, places, resolved, cues)  # "Edmundston, New Brunswick": the province
    named = countries_named(doc, {m.span for _, m in places}, tuple(map(iso2, adjectives)))
    country_homonyms(geo, doc, resolved, named)
    doubt_isolated(resolved, countries)
    home_homonyms(geo, resolved, with_focus(countries, resolved), doc.lang)
    doubt_foreign(resolved, with_focus(countries, resolved))
    towns, villages = ({i for i, m in places if small_named(doc, m, cues, k)} for k in ("town", "small"))
    unlist_foreign(resolved, with_focus(countries, resolved), towns)
    unlist_foreign_villages(resolved, villages, with_focus(countries, resolved))
    unlist_strays(geo, resolved, doc.lang, bare, far=True)  # homonyms settled: a fuzzy match abroad is a stray
    # a kind of place ("Deir ez-Zor province") or a site in it ("the Kabul airport") says the name is a place
    doubt_modifiers(doc, resolved, lambda word: cue_kind(cues, word) is not None or is_site_word(cues, word))
    focus = with_focus(countries, resolved)
    seat_of = {m.span: seats()[m.actor.name] for m in doc.mentions if m.actor is not None and m.actor.name in seats()}
    for i, m in enumerate(doc.mentions):
        if m.kind == "demonym" and (place := _demonym_place(geo, doc.lang, m.span.text)) is not None:
            resolved[i] = dataclasses.replace(m, place=place)
        elif m.kind == "in_name":  # "the Washington Post": the place the name carries, less surely meant
            if (seat := seat_of.get(m.span)) is not None:  # "the White House": Washington
                place = geo.lookup(seat[0], lang="en", countries=(seat[1],)) if seat[0] else capital_named(resolved)
            elif (campus := campus_town(geo, m.span.text)) is not None:
                place = campus  # "UCLA rejected him": Los Angeles
            elif unnamed(m.span.text, cues):
                place = None  # "Mount" of a person's name "Mount Tarvani": no Montana
            else:
                place = geo.country(m.span.text, lang=doc.lang) or geo.lookup(
                    m.span.text, lang=doc.lang, countries=focus, near=tuple(near), regions=regions
                )
            if place is not None:
                resolved[i] = dataclasses.replace(m, place=less_sure(place, PART_CONFIDENCE))
    place_sites(geo, doc, places, resolved, cues, focus, tuple(near))
    # "Khayelitsha, a township outside Cape Town": a place no gazetteer lists, at the place that holds it
    # a site word alone ("the Valley", "Bridge" of "Estey's Bridge") may still be put where the text says
    kinds_only = frozenset(i for i, m in places if len(m.span.text.split()) == 1 and cue_kind(cues, m.span.text))
    place_nearby(geo, doc, resolved, focus)
    # with the story's nearby towns known: "the Georgia Bureau of Investigation" beside Troup County
    country_homonyms(geo, doc, resolved, named, ("place", "in_name"))
    compass_strays(resolved, cues)  # "Northeast" of "Northeast Georgia Medical Center": no Icelandic region
    short_division_names(resolved, cues)  # "extradited to Troup" after "Troup County"
    place_unlisted(doc, places, resolved, cues, kinds_only)
    place_capitals(geo, doc, resolved, cues)  # "the provincial capital": the seat of the division named before
    out = tuple(
        _area_point(at_seat(geo, resolved[i], doc.lang)) if i in resolved else m
        for i, m in enumerate(doc.mentions)
        # a name far from the article's places is no place of it, nor "Congress" in a story naming no capital
        if i in resolved or (m.kind != "nearby" and not (m.kind == "in_name" and m.span in seat_of))
    )
    return dataclasses.replace(doc, mentions=out)


def _area_point(m: Mention) -> Mention:
    """A region's, sea's or continent's point stands for an area hundreds of kilometres wide: less sure as a
    point than a town's or a country's (a first-level division is drawn at the centre of its towns' box,
    often 30 to 100 km from other gazetteers' point for it)."""
    p = m.place
    if p is not None and (p.precision == "admin1" or (p.precision == "country" and not p.country)):
        return dataclasses.replace(m, place=less_sure(p, AREA_POINT_CONFIDENCE))
    return m


def _demonym_place(geo: Geocoder, lang: str | None, text: str) -> Place | None:
    """The country ("Canadian", "syrienne"), world region ("West African") or province ("Scottish",
    "Texan") an adjective names; a region before a country ("English": England, not the UK)."""
    for kind, value in sorted(demonym_index(lang or "en").get(text), key=lambda kv: kv[0] != "region"):
        place = geo.country(country_name(value)) if kind == "country" else geo.lookup(value, lang="en")
        if place is not None and place.precision == "admin1":
            # "English", "Scottish": as often said of British things, or of a language, as of the province
            return less_sure(place, PROVINCE_DEMONYM_CONFIDENCE)
        if place is not None:
            return place
    return None


def _directed(geo: Geocoder, name: str, cues: PhraseIndex[str]) -> str | None:
    """The place name after a word naming a part of it ("South Florida" -> Florida, "Upstate New York"
    -> New York: hints `approx` or `part` in placecues.tsv), when the gazetteer knows the rest."""
    first, _, rest = name.partition(" ")
    if rest and any(h in ("approx", "part") for h in cues.get(norm(first))) and geo.is_place_name(rest):
        return rest
    return None


def _known(place: Place, hint: str | None, name: str) -> bool:
    """A city everyone knows, which a wrong reading of the region after it does not move ("Atlanta, Georgia"),
    when the text spells its own name ("Payin, Samangan province" is no Baiyin, China)."""
    return (
        hint != "neighbourhood"
        and place.population >= KNOWN_POPULATION
        and own_name(name, place, 1.0)
        or place.feature == "PPLC"
        or place.precision == "country"
    )


def _own_kind(text: str, cues: PhraseIndex[str]) -> bool:
    """A capitalised kind word ending the name that makes it another place than the bare name (hint
    `own`: "Washington Township", "Grants Town")."""
    last = text.split()[-1]
    return last[:1].isupper() and "own" in cues.get(norm(last))


def _division_named(text: str, place: Place, cues: PhraseIndex[str]) -> bool:
    """The name carries its own division word and is that division ("Boone County", "Kunar Province"): a
    place surely, only not surely which of its homonyms, so the best-ranked one stays, weakly scored."""
    name, kind = name_and_kind(text, cues)
    return kind in ("admin1", "admin2") and name != text and place.precision == kind


def _kind_lost(name: str, place: Place, cues: PhraseIndex[str]) -> bool:
    """A name opened by a capitalised site word ("Mount Tana", "Lake Genevre") matched to a place whose name
    lacks that word: a spelling variant of another place, not the mountain or the lake."""
    first, _, rest = name.partition(" ")
    # a word written out: "St." is as often Saint ("St. Petersburg") as Street
    return (
        bool(rest)
        and first[:1].isupper()
        and first.isalpha()
        and len(first) > 2
        and is_site_word(cues, first)
        and norm(first) not in norm(place.name).split()
    )


def _near(place: Place, points: tuple[tuple[float, float], ...]) -> bool:
    return any(km(place.lat, place.lon, la, lo) <= OWN_NEAR_KM for la, lo in points)


def _bare_name(text: str, cues: PhraseIndex[str]) -> str:
    return name_and_kind(text, cues)[0]
