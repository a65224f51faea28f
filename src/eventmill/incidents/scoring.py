"""The score of a candidate pair of reports: could they report one incident, and how sure is that.

A pair is ruled out when the dates or the places cannot both be right for one incident (allowing for
the precision of each). Otherwise the score adds what the two share: names (TF-IDF cosine over the
words of canonical actor names and gazetteer ids), the same place, the same day, the same figures.
Aftermath reports (an arrest, a charge, a trial) may come long after the incident they name, never
before it. The weights and the threshold live in `Settings`, so they can be tuned and tested.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from eventmill.incidents.reports import RADIUS_KM, SLACK_DAYS, Report, distance_km

NO = float("-inf")  # the pair cannot be one incident


@dataclass(frozen=True, slots=True)
class Settings:
    """Weights and thresholds of incident matching (tuned on the study half of ecb_incidents)."""

    threshold: float = 0.40  # a report joins an incident whose mean score reaches this
    names: float = 2.0  # weight of the name cosine
    same_place: float = 0.15  # same gazetteer id, or within the precision of both places
    far_place: float = -0.15  # both places precise and far apart, in one country
    other_country: float = 0.0  # located in two countries
    same_day: float = 0.15
    figures: float = 0.10  # the same dead or injured figure
    other_figures: float = -0.10  # figures that no rounding or update explains
    window_days: int = 3  # dated incidents further apart than this (plus precision) are two incidents
    aftermath_days: int = 3 * 366  # how long after an incident an arrest or trial may still name it
    recall_days: int = 30  # within one article, a dated event further than this from the lead is another report


def weigh(reports: Iterable[Report], df: Counter, n_docs: int, idf_floor: float = 1.0) -> None:
    """Turn each report's name counts into unit TF-IDF vectors (sublinear TF, smoothed IDF).

    `idf_floor` keeps a name that every report shares from weighing nothing: in a store of three
    articles about one bombing, all three share every name, and they should still match."""
    for r in reports:
        vec = {
            w: (1 + math.log(c)) * (idf_floor + math.log((1 + n_docs) / (1 + df[w])))
            for w, c in r.names.items()
            if c > 0
        }
        length = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        r.names = {w: v / length for w, v in vec.items() if v > 0}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def date_gap(a: Report, b: Report) -> float | None:
    """Days between the two reports' dates beyond what their precision allows; None when one is undated.
    Negative when `b` comes after `a`'s whole range (used for aftermath order)."""
    wa, wb = a.when(), b.when()
    if wa is None or wb is None:
        return None
    if wb[0] > wa[1]:
        return -(wb[0] - wa[1])
    if wa[0] > wb[1]:
        return wa[0] - wb[1]
    return 0.0


def score(a: Report, b: Report, s: Settings) -> float:
    """How likely two reports (of different articles) are one incident; NO when they cannot be."""
    if a.family != b.family:
        return NO
    if a.dup_group and a.dup_group == b.dup_group:
        return 1.0 + s.threshold  # one wire story republished: one incident whatever was coded
    total = s.names * cosine(a.names, b.names)
    gap = date_gap(a, b)
    if gap is not None:
        after, before = (b, a) if gap < 0 else (a, b)  # `after` is the later report
        days = abs(gap)
        if days > s.window_days:
            later_is_aftermath = after.role == "aftermath" and before.role == "incident"
            if not later_is_aftermath or days > s.aftermath_days:
                return NO
        elif days == 0 and a.date_low == a.date_high and b.date_low == b.date_high and a.date_low is not None:
            total += s.same_day
    if a.place and b.place:
        total += _place_term(a.place, b.place, s)
    total += _figure_term(a.dead, b.dead, s) + _figure_term(a.injured, b.injured, s)
    return total


def _place_term(pa: tuple, pb: tuple, s: Settings) -> float:
    if pa[4] and pa[4] == pb[4]:
        return s.same_place
    if pa[3] and pb[3] and pa[3] != pb[3]:
        return s.other_country
    tol = RADIUS_KM.get(pa[2], 250.0) + RADIUS_KM.get(pb[2], 250.0)
    d = distance_km(pa[:2], pb[:2])
    if d <= tol:
        return s.same_place
    precise = {"town", "neighbourhood"}
    return s.far_place if pa[2] in precise and pb[2] in precise else 0.0


def _figure_term(fa: tuple[int, int] | None, fb: tuple[int, int] | None, s: Settings) -> float:
    if not fa or not fb or max(fa[1], fb[1]) == 0:
        return 0.0
    if fa[0] <= fb[1] and fb[0] <= fa[1]:
        return s.figures
    low, high = min(fa[1], fb[1]), max(fa[0], fb[0])
    # tolls rise as bodies are found: 8 then 9 dead is one incident; 2 and 40 are not
    return s.other_figures if high > 2 * low + 3 else 0.0


def date_slack(precision: str | None) -> int:
    return SLACK_DAYS.get(precision or "", 0)
