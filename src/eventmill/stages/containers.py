"""Where the text says a place lies: the region or country right after it ("Salisbury, England",
"Paris, Texas", "Paterson in New Jersey") and the first-level divisions it is listed with ("states
such as California or Washington"). Used by the geocode stage (`stages/geocode.py`).
"""

from __future__ import annotations

import dataclasses
import re

from eventmill.distance import km
from eventmill.geo import WOF_DISTRICT, Geocoder
from eventmill.models import Document, Mention, Place
from eventmill.phrases import PhraseIndex
from eventmill.placecues import region_key
from eventmill.stages.geo_codes import coded_division
from eventmill.stages.geo_cues import ARTICLE, WITHIN, name_and_kind
from eventmill.stages.mentions.places import PLACE_KINDS
from eventmill.text import norm

IN_REGION_CANDIDATES, IN_REGION_CONFIDENCE = 50, 0.9  # "Paris, Texas": a homonym inside the named division
RURAL, PART = "rural", "part"  # hints of placecues.tsv: "countryside", "campagne"; "eastern", "orientale"
BESIDE = "beside"  # hint of placecues.tsv: an adjective for a region next to another ("neighbouring Zabul")
# a place said to lie in a second-level division ("X, Yorkshire", "X, Cook County") is within this of its point
ADMIN2_KM = 100.0
# and within this of a Who's On First district's point (its label centroid) when the gazetteer puts both in one
# province: a cercle or a department of the Sahel runs 200 km across ("Tessit, dans le cercle d'Ansongo", 113 km
# from the cercle's point); a county of the GeoNames units sits amid its towns ("Thruxton, Hampshire")
PROVINCE_DISTRICT_KM = 150.0
COUNTY_HOMONYMS = 12  # a county's homonyms read for one that holds the place named before it ("Polk County")
# a place this close to the point of a first-level division the text puts it in is that place, whatever
# division the gazetteer gives it: districts move between provinces ("Ghormach district, Faryab province"
# is Badghis's Ghormach in GeoNames), and borders run between a province's point and its towns
BORDER_KM = 100.0
KINDS = ("admin1", "admin2")  # the kinds of place a region named after a place can be ("la région de")
# a word, then a comma or a bracket opening the name of what holds the place: " district, ", " province ("
OWN_KIND = re.compile(r" (\w+)(?:, | \()")
# a town the gazetteer files under no first-level division lies in the one the text names when this near its
# point (km): a region's point may be far from its towns (Lower Shabelle's is 100 km from Jannaale)
UNKNOWN_ADMIN1_KM = 150.0


def container_gap(gap: str, cues: PhraseIndex[str], kind_said: bool = False) -> bool:
    """Whether the text between a place and the next one says the second contains the first: a comma
    ("Salisbury, England") or a `within` word of the language, after a comma or not, maybe then an
    article and a kind of place with its linking word ("Paterson in New Jersey", "Lyon dans le Rhône",
    "dans l'Ain", "Tinkarfa, dans la région de Mopti", "Zargaran, in the district of Shindand"), or a kind of
    place and its linking word ("Kharwarak village of Zurmat district"); or the first place's own kind of
    place, then a comma or an opening bracket ("Sayedabad district (Wardak)", "Nad Ali district, Helmand");
    after a name that ends in its kind (`kind_said`), linking words ("Nad Ali district of southern Helmand")."""
    if gap.rstrip() == "," or gap == " (":
        return True
    own = OWN_KIND.fullmatch(gap)
    if own and any(h in PLACE_KINDS for h in cues.get(norm(own.group(1)))):
        return True
    rest = gap[1:] if gap.startswith(",") else gap
    words = norm(rest).split()
    # "in the ", "dans le ": a space before the name; "dans l'", "de la province d'": none
    if not rest[:1].isspace() or not (rest[-1:].isspace() or rest.endswith("'")):
        return False
    if len(words) >= 2 and _kind_of(words, cues) and rest[-1:].isspace():
        return True  # "Kharwarak village of Zurmat district", "the Loy Kariz area of Spin Boldak"
    if kind_said and words and rest[-1:].isspace() and _kind_of(["", *words], cues, any_kind=True):
        return True
    if len(words) >= 2 and any(h in PLACE_KINDS for h in cues.get(words[0])) and WITHIN in cues.get(words[1]):
        words = words[1:]  # "Janaale town in Lower Shabelle", "Bariire village in the Bay region": its kind, then where
    if not words or WITHIN not in cues.get(words[0]):
        return False
    k = 2 if len(words) > 1 and ARTICLE in cues.get(words[1]) else 1
    while k < len(words) and {PART, BESIDE} & set(cues.get(words[k])):
        k += 1  # "in the eastern countryside of", "in neighbouring Zabul province", "in southern Helmand"
    if k < len(words) and any(h in (*KINDS, RURAL) for h in cues.get(words[k])):
        k += 1  # "dans la région de", "in the district of", "in the countryside of"
        while k < len(words) and "link" in cues.get(words[k]):
            k += 1
    return k == len(words)


def _listed(gap: str, cues: PhraseIndex[str]) -> bool:
    """The text between two places ends a list: a conjunction (hint `conj`), not a comma ("Salisbury,
    Wiltshire, England" is no list)."""
    words = norm(gap).split()
    return len(words) == 1 and "conj" in cues.get(words[0])


def _kind_of(words: list[str], cues: PhraseIndex[str], any_kind: bool = False) -> bool:
    """The words are a kind of place (any first word with `any_kind`), then linking words, maybe ending in
    words of a part ("village of", "district of", "district of southern")."""
    links = len(words)
    while links > 2 and "part" in cues.get(words[links - 1]):
        links -= 1
    kind = any_kind or any(h in PLACE_KINDS for h in cues.get(words[0]))
    return kind and all("link" in cues.get(w) for w in words[1:links])


def container(
    geo: Geocoder,
    doc: Document,
    places: list[tuple[int, Mention]],
    i: int,
    m: Mention,
    cues: PhraseIndex[str],
) -> Place | None:
    """The region, district or country a place is said to lie in, right after it: "Salisbury, England",
    "Paterson in New Jersey", "Thruxton, Hampshire"; None when none is."""
    later = [o for j, o in places if j > i and o.span.start >= m.span.end]
    nxt = later[0] if later else None
    named = m.span.text.split()[-1]
    kind_said = len(m.span.text.split()) > 1 and any(h in PLACE_KINDS for h in cues.get(norm(named)))
    if nxt is None or not container_gap(gap := doc.text[m.span.end : nxt.span.start], cues, kind_said):
        return None
    after = next((o for o in later[1:] if o.span.start >= nxt.span.end), None)
    if gap.strip() == "," and after is not None and _listed(doc.text[nxt.span.end : after.span.start], cues):
        return None  # "the towns of Highlands, Cornwall and Woodbury": a list, not Highlands in Cornwall
    text = nxt.span.text
    # an abbreviation with its stop is looked up too ("Paris, Ky.", "Athens, Ga."), which a two-letter
    # name in lower case is not as a name alone
    abbreviation = len(text) <= 5 and text.endswith(".") and text[:1].isupper()
    # "in the countryside of Raqqa", "X district of Baghlan": the province, not the town of that name
    # and "Jaghatu district (Ghazni)": a district's province, not the city of its name
    own = OWN_KIND.fullmatch(gap)
    wide = (
        any(RURAL in cues.get(w) for w in norm(gap).split())
        or kind_said
        and "admin2" in cues.get(norm(named))
        or own is not None
        and "admin2" in cues.get(norm(own.group(1)))
    )
    state = _state_named(doc, nxt, cues)  # "Munya LGA, Niger state": Nigeria's Niger State, not the country
    outer = (
        coded_division(geo, doc, m, nxt)
        or (None if state else geo.country(text, lang=doc.lang))
        or (
            geo.lookup(text, lang=doc.lang, hint="admin1" if wide or state else None)
            if geo.is_place_name(text) or abbreviation
            else None
        )
    )
    bare, kind = name_and_kind(text, cues)
    if outer is None and kind in KINDS and geo.is_place_name(bare):
        outer = geo.lookup(bare, lang=doc.lang, hint=kind)  # "in Lower Shabelle region", "in Gedo region"
    if outer is None or not outer.country or outer.precision not in ("country", "admin1", "admin2"):
        return None
    if outer.precision == "country":
        outer = home_division(geo, doc.lang, m.span.text, text, outer) or outer
    if wide and outer.precision == "admin2":
        # "Djugu territory (Ituri province)": the province the text names, which the gazetteer has as a district
        return dataclasses.replace(outer, precision="admin1")
    return _holding(geo, doc.lang, m.span.text, text, outer) if outer.precision == "admin2" else outer


def _state_named(doc: Document, m: Mention, cues: PhraseIndex[str]) -> bool:
    """A word for a first-level division follows the mention ("Niger state", "Sagaing region")."""
    after = norm(doc.text[m.span.end : m.span.end + 20]).split()[:1]
    return bool(after) and "admin1" in cues.get(after[0])


def home_division(geo: Geocoder, lang: str | None, inner: str, text: str, country: Place) -> Place | None:
    """The first-level division of another country that bears a country's name, after a place the gazetteer
    has only in that division, not in the country ("Kagara, Rafi (Niger)": Niger State, Nigeria; "Maradi
    (Niger)" is the country, which has a Maradi); None when there is none."""
    cands = geo.candidates(inner, lang=lang)
    if not cands or any(c.country == country.country for c in cands):
        return None
    words = norm(text).split()
    for c in cands:
        if c.country and norm(c.admin1).split()[: len(words)] == words:
            division = geo.lookup(text, lang=lang, countries=(c.country,), hint="admin1")
            if division is not None and division.precision == "admin1" and division.country == c.country:
                return division
    return None


def _holding(geo: Geocoder, lang: str | None, inner: str, text: str, outer: Place) -> Place:
    """Of a county's homonyms, the best-ranked one that holds a place of the inner name ("Winter Haven, Polk
    County": Florida's Polk County, not Iowa's, the bigger); `outer` when none does."""
    if not geo.is_place_name(inner):
        return outer
    for county in [outer, *geo.candidates(text, lang=lang)[:COUNTY_HOMONYMS]]:
        if county.precision != "admin2" or not county.country:
            continue
        place = geo.lookup(inner, lang=lang, countries=(county.country,), near=((county.lat, county.lon),))
        if place is not None and place.precision != "admin2" and within(place, county):
            return county if county.gid != outer.gid else outer
    return outer


def within(place: Place, outer: Place) -> bool:
    """Whether a place lies in the country or first-level division `outer` is, or near the point of the
    second-level one (`ADMIN2_KM`: "Croft, Yorkshire" is no Croft in Leicestershire) or first-level one
    (`BORDER_KM`)."""
    if place.country != outer.country:
        return False
    if outer.precision == "admin2":
        same = bool(place.admin1) and region_key(place.admin1) == region_key(outer.admin1)
        reach = PROVINCE_DISTRICT_KM if same and outer.feature == WOF_DISTRICT else ADMIN2_KM
        return place.precision == "admin1" or km(place.lat, place.lon, outer.lat, outer.lon) <= reach
    return (
        outer.precision != "admin1"
        or region_key(place.admin1) == region_key(outer.admin1)  # "Benue" is GeoNames' "Benue State"
        or place.precision == "admin1"
        or km(place.lat, place.lon, outer.lat, outer.lon) <= (UNKNOWN_ADMIN1_KM if not place.admin1 else BORDER_KM)
    )


def in_region(
    geo: Geocoder, name: str, lang: str | None, region: str, country: str, outer: Place | None = None
) -> Place | None:
    """The best-ranked homonym of a name inside a first-level division ("Paris, Texas"; "LaFayette, Ga."),
    else one the gazetteer gives no division that lies near the division's point (`UNKNOWN_ADMIN1_KM`:
    "Janaale town in Lower Shabelle" is the Jannaale GeoNames files under no region)."""
    homonyms = geo.candidates(name, lang=lang)[:IN_REGION_CANDIDATES]
    for place in homonyms:
        if region_key(place.admin1) == region_key(region) and place.country == country and place.precision != "admin1":
            return dataclasses.replace(place, confidence=IN_REGION_CONFIDENCE)
    for place in homonyms:
        if (
            outer is not None
            and not place.admin1
            and place.country == country
            and place.precision in ("town", "neighbourhood")
            and km(place.lat, place.lon, outer.lat, outer.lon) <= UNKNOWN_ADMIN1_KM
        ):
            return dataclasses.replace(place, confidence=IN_REGION_CONFIDENCE)
    return None


def listed_with_regions(
    geo: Geocoder,
    doc: Document,
    places: list[tuple[int, Mention]],
    resolved: dict[int, Mention],
    i: int,
    m: Mention,
    place: Place,
    cues: PhraseIndex[str],
) -> Place:
    """A name listed with first-level divisions of one country is one too, if that country has one of
    that name: "states such as California or Washington", "Oregon, Washington and Idaho". The list is
    joined by commas or the language's conjunctions (`placecues.tsv`, hint `conj`); "Boise, Idaho" is
    no list (a comma before a division says where the town lies)."""
    k = next(n for n, (j, _) in enumerate(places) if j == i)
    pairs = []
    if k > 0:  # "Oregon, Washington", "California or Washington"
        pairs.append((places[k - 1][0], doc.text[places[k - 1][1].span.end : m.span.start], True))
    if k + 1 < len(places):  # "Washington and Idaho"
        pairs.append((places[k + 1][0], doc.text[m.span.end : places[k + 1][1].span.start], False))
    for j, gap, comma in pairs:
        other = resolved[j].place if j in resolved else None
        if other is None or other.precision != "admin1" or not list_gap(gap, cues, comma):
            continue
        region = geo.lookup(m.span.text, lang=doc.lang, countries=(other.country,), hint="admin1")
        if region is not None and region.precision == "admin1" and region.country == other.country:
            return region
    return place


def list_gap(gap: str, cues: PhraseIndex[str], comma: bool) -> bool:
    """Whether the text between two names joins them in a list: a conjunction, after a comma or not, or
    (when `comma`) a comma alone."""
    rest = gap.strip()
    had_comma = rest.startswith(",")
    words = norm(rest.lstrip(",")).split()
    if not words:
        return comma and had_comma
    return len(words) == 1 and "conj" in cues.get(words[0])


def town_of_region(
    geo: Geocoder,
    doc: Document,
    places: list[tuple[int, Mention]],
    i: int,
    m: Mention,
    country: Place,
    cues: PhraseIndex[str],
) -> bool:
    """A country's name said to lie in another country's region or county is a town of that name there
    ("Mexico, Missouri", "Lebanon, Pa."), and one said to hold a place only another country has is that
    country's division ("Rafi (Niger)"): looked up as any other place, not as the country."""
    k = next(k for k, (j, _) in enumerate(places) if j == i)
    if k and container_gap(doc.text[places[k - 1][1].span.end : m.span.start], cues):
        # "Rafi (Niger)" where only Nigeria has a Rafi: Niger State, not the country
        if home_division(geo, doc.lang, places[k - 1][1].span.text, m.span.text, country) is not None:
            return True
    if _state_named(doc, m, cues):  # "Niger state": Nigeria's, not the country
        division = geo.lookup(m.span.text, lang=doc.lang, hint="admin1")
        if division is not None and division.precision == "admin1" and division.country != country.country:
            return True
    outer = container(geo, doc, places, i, m, cues)
    return (
        outer is not None
        and outer.precision in ("admin1", "admin2")
        and outer.country != country.country
        and any(c.country == outer.country and c.admin1 == outer.admin1 for c in geo.candidates(m.span.text))
    )


def holders_as_read(
    geo: Geocoder,
    doc: Document,
    places: list[tuple[int, Mention]],
    resolved: dict[int, Mention],
    cues: PhraseIndex[str],
) -> None:
    """A division the text names right after a place it holds is the one it was read as holding, not a town of
    that name the article's other places draw ("Edmundston, New Brunswick" in a Maine story: the province, not
    the city in New Jersey)."""
    for n, (i, m) in enumerate(places):
        inner = resolved[i].place if i in resolved else None
        if inner is None or n + 1 >= len(places) or (outer := container(geo, doc, places, i, m, cues)) is None:
            continue
        j, held = places[n + 1]
        now = resolved[j].place if j in resolved else None
        if (
            outer.precision in KINDS
            and now is not None
            # or as the province a district of the gazetteer is called ("Djugu territory (Ituri province)")
            and (
                now.precision in ("town", "neighbourhood")
                or (now.gid == outer.gid and now.precision != outer.precision)
            )
            and norm(held.span.text) == norm(outer.name)
            and within(inner, outer)
        ):
            resolved[j] = dataclasses.replace(held, place=outer)
