"""Places the gazetteer does not list: a township, a suburb or a hamlet that the text names as a place
("Khayelitsha, a township outside Cape Town") lies in or near a place it does list. The geocode stage
puts it there, less surely and one precision wider, with `feature` "unlisted": the one the text says it
lies in ("Toomevara, Tipperary"), else the town named nearest it in its sentence, else the town the
article names most. A local story's unknown names are nearly always within a few tens of kilometres
of its main town; a name nothing in the article can hold stays unresolved."""

from __future__ import annotations

import dataclasses
from collections import Counter

from eventmill.geo import UNLISTED
from eventmill.models import Document, Mention, Place
from eventmill.phrases import PhraseIndex
from eventmill.stages.containers import container_gap
from eventmill.stages.geo_doubts import less_sure
from eventmill.stages.geo_sites import dateline_place, main_town, sentence_town, site_spans

# how sure the point is, as a share of its holder's confidence
CONTAINER_CONFIDENCE, SENTENCE_CONFIDENCE, MAIN_CONFIDENCE = 0.55, 0.5, 0.4
# a story that names no town but a county or a province ("across the Thames Valley ... Berkshire"): its
# unknown names lie there, less surely still; the area is the division the article names most, scored at least
AREA_CONFIDENCE, AREA_MIN = 0.35, 0.6
AREA_PRECISIONS = ("admin2", "admin1")
WIDER = "admin2"  # a town's point stands for somewhere in its district


def place_unlisted(
    doc: Document,
    places: list[tuple[int, Mention]],
    resolved: dict[int, Mention],
    cues: PhraseIndex[str],
    unnamed: frozenset[int],
) -> None:
    """Put each place mention still without a place at the place that holds it (see the module doc).
    `unnamed`: the mentions that name no place at all ("la Province" alone), left as they are."""
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
    "Toomevara, Tipperary", "Zargaran, in the district of Shindand"."""
    j, nxt = next(((j, o) for j, o in places if j > i and o.span.start >= m.span.end), (-1, None))
    if nxt is None or not container_gap(doc.text[m.span.end : nxt.span.start], cues):
        return None
    outer = resolved[j].place if j in resolved else None
    return outer if outer is not None and outer.precision != "country" and outer.feature != UNLISTED else None
