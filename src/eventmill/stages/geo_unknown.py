"""Places the gazetteer does not list: a township, a suburb or a hamlet that the text names as a place
("Khayelitsha, a township outside Cape Town") lies in or near a place it does list. The geocode stage
puts it there, less surely and one precision wider, with `feature` "unlisted": the one the text says it
lies in ("Toomevara, Tipperary"), else the town named nearest it in its sentence, else the town the
article names most. A local story's unknown names are nearly always within a few tens of kilometres
of its main town; a name nothing in the article can hold stays unresolved."""

from __future__ import annotations

import dataclasses
from collections import Counter

from eventmill.distance import km
from eventmill.geo import UNLISTED, own_name
from eventmill.models import Document, Mention, Place
from eventmill.phrases import PhraseIndex
from eventmill.stages.containers import ADMIN2_KM, container_gap, within
from eventmill.stages.geo_cues import cue_hint
from eventmill.stages.geo_doubts import less_sure
from eventmill.stages.geo_sites import dateline_place, main_town, sentence_town, site_spans
from eventmill.text import norm

# how sure the point is, as a share of its holder's confidence
CONTAINER_CONFIDENCE, SENTENCE_CONFIDENCE, MAIN_CONFIDENCE = 0.55, 0.5, 0.4
# a story that names no town but a county or a province ("across the Thames Valley ... Berkshire"): its
# unknown names lie there, less surely still; the area is the division the article names most, scored at least
AREA_CONFIDENCE, AREA_MIN = 0.35, 0.6
AREA_PRECISIONS = ("admin2", "admin1")
WIDER = "admin2"  # a town's point stands for somewhere in its district
# a quarter or village the text puts in a town ("Khair Khana area of Kabul city", "Bunia (Irumu, Ituri)", where
# ACLED's bracket names a district after its main town) lies this near the town's point (km)
HELD_TOWN_KM = 60.0
# a city this big read by its own name is the one meant wherever the text puts it ("Seattle in Washington" read as
# the capital, "Lahore in Punjab" as India's); a spelling match is not ("Kota-e Sangi" is no Quetta)
HELD_ANYWAY_POPULATION = 150_000
# a division a bracket names, read as a town of its name, lies this near the places it holds (Djibo, 95 km from a
# village named Soum); a village read farther off in the same country is a namesake ("Kainama village (Beni)")
BRACKET_TOWN_KM = 250.0
POSSESSIVE = ("'s", "\u2019s")  # "Benghazi's Salmani district"


def place_unlisted(
    doc: Document,
    places: list[tuple[int, Mention]],
    resolved: dict[int, Mention],
    cues: PhraseIndex[str],
    unnamed: frozenset[int],
) -> None:
    """Put each place mention still without a place at the place that holds it (see the module doc).
    `unnamed`: the mentions that name no place at all ("la Province" alone), left as they are."""
    _unhold(doc, places, resolved, cues)
    spans = site_spans(places, cues)
    main = main_town(resolved, spans, cues, dateline_place(doc))
    area = None if main is not None else main_area(resolved)
    for i, m in places:
        if i in unnamed or (i in resolved and resolved[i].place is not None):
            continue
        holder: Place | None = _container(doc, places, resolved, i, m, cues)
        factor = CONTAINER_CONFIDENCE
        if holder is None:
            holder, factor = sentence_town(doc, places, resolved, m, spans), SENTENCE_CONFIDENCE
        if holder is None:
            holder, factor = main, MAIN_CONFIDENCE
        if holder is None:
            holder, factor = area, AREA_CONFIDENCE
        if holder is None:
            continue
        # no gazetteer id: it is not the holder, and the incidents match it by its own name
        wider = WIDER if holder.precision in ("neighbourhood", "town") else holder.precision
        place = dataclasses.replace(less_sure(holder, factor), precision=wider, feature=UNLISTED, gid="")
        resolved[i] = dataclasses.replace(m, place=place)


def main_area(resolved: dict[int, Mention]) -> Place | None:
    """The county or province the article names most (scored at least `AREA_MIN`; the smaller level first
    on a tie), for a story that names no town, or None."""
    counts: Counter[str] = Counter()
    areas: dict[str, Place] = {}
    for r in resolved.values():
        p = r.place
        if (
            p is None
            or r.kind not in ("place", "nearby")
            or p.precision not in AREA_PRECISIONS
            or p.feature == UNLISTED
            or p.confidence < AREA_MIN
        ):
            continue
        key = p.gid or p.name
        counts[key] += 1
        areas.setdefault(key, p)
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], -AREA_PRECISIONS.index(areas[k].precision)))
    return areas[best]


def _container(
    doc: Document,
    places: list[tuple[int, Mention]],
    resolved: dict[int, Mention],
    i: int,
    m: Mention,
    cues: PhraseIndex[str],
) -> Place | None:
    """The resolved place right after the mention that the text says holds it, other than a country:
    "Toomevara, Tipperary", "Zargaran, in the district of Shindand", "Sherpur area in PD 10 of Kabul city"."""
    j, nxt = next(((j, o) for j, o in places if j > i and o.span.start >= m.span.end), (-1, None))
    gap = _unnumbered(doc.text[m.span.end : nxt.span.start], cues) if nxt is not None else ""
    if nxt is None or not _holding_gap(m.span.text, gap, cues):
        return None
    outer = resolved[j].place if j in resolved else None
    return outer if outer is not None and outer.precision != "country" and outer.feature != UNLISTED else None


def _unhold(
    doc: Document, places: list[tuple[int, Mention]], resolved: dict[int, Mention], cues: PhraseIndex[str]
) -> None:
    """A place the text says lies in another ("Qala-e Fatullah area of Kabul city", "Sherpur area in Kabul",
    "Sangin district (Helmand)") that the gazetteer put outside it is a homonym the text does not mean (Caála
    in Angola, Sherpur in India): the place meant is unlisted, put at its holder by `place_unlisted`."""
    for n, (i, m) in enumerate(places[:-1]):
        inner = resolved[i].place if i in resolved else None
        j, nxt = places[n + 1]
        holder = resolved[j].place if j in resolved else None
        if (
            inner is None
            or holder is None
            or inner.precision == "country"
            or (inner.precision == "admin1" and not _small(m.span.text, doc.text[m.span.end : nxt.span.start], cues))
            or holder.precision == "country"
            or holder.feature == UNLISTED
            or norm(m.span.text) == norm(nxt.span.text)
            or norm(inner.name).split()[:1] == norm(nxt.span.text).split()[:1]  # put at the holder's division already
            or min(m.head, nxt.head) < 0
            or doc.tokens[m.head].sent != doc.tokens[nxt.head].sent  # "in Dhiban town. In Daraa, ..."
            or (
                inner.population >= HELD_ANYWAY_POPULATION
                and own_name(m.span.text, inner)
                and not _site_gap(doc.text[m.span.end : nxt.span.start], cues)
            )
        ):
            continue
        gap = _unnumbered(doc.text[m.span.end : nxt.span.start], cues)
        # a bare comma may join a list ("Kabul, Helmand and Kandahar"); "X area, Kabul city" names a stretch of a town
        if gap.strip() == "," and not any("spot" in cues.get(w) for w in norm(m.span.text).split()[-1:]):
            continue
        if not _holding_gap(m.span.text, gap, cues) or _held(inner, _as_said(doc, nxt, holder, cues)):
            continue
        # a bracket names divisions ("Djibo (Soum, Sahel)"), which may be read as a town of their name
        if (
            gap.rstrip().endswith(("(", ","))
            and holder.precision in ("town", "neighbourhood")
            and inner.country == holder.country
            and km(inner.lat, inner.lon, holder.lat, holder.lon) <= BRACKET_TOWN_KM
        ):
            continue
        resolved[i] = dataclasses.replace(resolved[i], place=None)
    _unhold_possessed(doc, places, resolved, cues)


def _as_said(doc: Document, m: Mention, place: Place, cues: PhraseIndex[str]) -> Place:
    """A district the text calls a province ("Ituri province", "en Ituri": Who's On First keeps it as a district) holds
    what a province does: a town of its province, whatever the distance from its point."""
    if place.precision == "admin2" and cue_hint(doc, m, cues) == "admin1":
        return dataclasses.replace(place, precision="admin1")
    return place


def _unhold_possessed(
    doc: Document, places: list[tuple[int, Mention]], resolved: dict[int, Mention], cues: PhraseIndex[str]
) -> None:
    """A quarter or a village named after a town's possessive and before its kind ("Benghazi's Salmani district")
    that the gazetteer put away from that town is a homonym the text does not mean (a Salmani in Iraq)."""
    for n, (j, outer) in enumerate(places[:-1]):
        i, m = places[n + 1]
        holder = resolved[j].place if j in resolved else None
        inner = resolved[i].place if i in resolved else None
        after = norm(doc.text[m.span.end : m.span.end + 20]).split()[:1]
        if (
            holder is None
            or inner is None
            or holder.precision != "town"
            or inner.precision == "country"
            or doc.text[outer.span.end : m.span.start].strip() not in POSSESSIVE
            or not after
            or not {"admin2", "neighbourhood", "spot"} & set(cues.get(after[0]))
            or _held(inner, holder)
        ):
            continue
        resolved[i] = dataclasses.replace(resolved[i], place=None)


def _unnumbered(gap: str, cues: PhraseIndex[str]) -> str:
    """The gap without a numbered district of the city after it ("area of PD 13 of " -> "area of ")."""
    words = norm(gap).split()
    for k in range(len(words) - 2):
        if "numbered" in cues.get(words[k]) and words[k + 1].isdigit():
            rest = words[:k] + words[k + 3 :]
            return f" {' '.join(rest)} " if rest else " "
    return gap


def _spot_gap(name: str, gap: str, cues: PhraseIndex[str]) -> bool:
    """The text between a place and the next says the second holds the first with a word for a stretch of land
    ("area", which `container_gap` does not read as a kind of place): "X area of Kabul", "X area in Kabul",
    "X area, Kabul city"."""
    words = [*norm(name).split()[-1:], *norm(gap).split()]
    k = next((n for n, w in enumerate(words[:2]) if "spot" in cues.get(w)), -1)  # the name's last word or the next
    rest = words[k + 1 :]
    if k < 0:
        return False
    return (
        gap.strip().endswith(",") if not rest else len(rest) == 1 and bool({"link", "within"} & set(cues.get(rest[0])))
    )


def _holding_gap(name: str, gap: str, cues: PhraseIndex[str]) -> bool:
    """The text between a name and the next place puts the name inside that place: a container's words, an area's
    ("X area of"), or a site's ("the Serena hotel in")."""
    return container_gap(gap, cues) or _spot_gap(name, gap, cues) or _site_gap(gap, cues)


def _site_gap(gap: str, cues: PhraseIndex[str]) -> bool:
    """The text between a name and a place is a lowercase word for a building or a site and a word for where it lies:
    the name is the site's, which lies in that place ("the Serena hotel in Quetta", not La Serena in Chile)."""
    words = gap.split()
    return (
        len(words) == 2
        and words[0].islower()
        and "site" in cues.get(norm(words[0]))
        and bool({"link", "within"} & set(cues.get(norm(words[1]))))
    )


def _small(name: str, gap: str, cues: PhraseIndex[str]) -> bool:
    """The mention ends with a word for a small settlement or a stretch of land, or the next word is one
    ("Zarbolagh village")."""
    return any(h in ("small", "spot") for w in [*norm(name).split()[-1:], *norm(gap).split()[:1]] for h in cues.get(w))


def _held(inner: Place, holder: Place) -> bool:
    """Whether a place lies in or near the one the text says holds it (a village read as a province: in its
    holder's province)."""
    if inner.country != holder.country:
        return False
    if inner.precision == "admin1":
        return inner.admin1 == holder.admin1
    if holder.precision in ("admin1", "admin2"):
        return within(inner, holder)
    return km(inner.lat, inner.lon, holder.lat, holder.lon) <= max(
        HELD_TOWN_KM, ADMIN2_KM if inner.precision == "admin2" else 0
    )
