"""Reports: the events of one article about one incident, read from the corpus store with what
matching compares (family, dates, places, names, figures).

An article's events of one family form one report unless a dated event lies far from the lead event's
date, or a located one far from its place: those start another report of the article (an earlier attack
recalled in passing, a second bombing in another town). Names are the proper-noun words of the canonical
actor names and the gazetteer ids of the places, so a French and an English report of one incident share
them with no translation.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from eventmill import ontology
from eventmill.distance import km
from eventmill.placecues import SITE
from eventmill.text import norm

# how far (km) a place of each precision may lie from where the incident happened
RADIUS_KM = {"neighbourhood": 5.0, "town": 15.0, "admin2": 60.0, "admin1": 250.0, "country": 1000.0}
# days either side of a date of each precision
SLACK_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}
# the first day of a range open before (`Report.open_before`): any day
EARLIEST = dt.date.min.toordinal()


@dataclass(slots=True)
class Report:
    """One article's events about one incident, as matching sees them."""

    article_id: str
    report_no: int
    family: str
    role: str  # incident, or aftermath when none of its events is the incident itself
    events: list[int] = field(default_factory=list)  # event_no
    types: Counter = field(default_factory=Counter)
    date_low: int | None = None  # proleptic ordinals of the reported date range (events' own dates)
    date_high: int | None = None
    published: int | None = None
    place: tuple[float, float, str, str, str] | None = None  # lat, lon, precision, country, gid
    countries: set[str] = field(default_factory=set)
    names: dict[str, float] = field(default_factory=dict)  # name word -> weight (TF-IDF once weighed)
    dead: tuple[int, int] | None = None  # lowest and highest figure the article gives
    injured: tuple[int, int] | None = None
    recalled: bool = False
    dup_group: str = ""
    lang: str = ""
    dated_incident: list[tuple[int, int]] = field(default_factory=list)
    dated_aftermath: list[tuple[int, int]] = field(default_factory=list)

    def settle(self) -> None:
        """Fix the role and the dates once every event is in: the incident's own dates when given;
        a report whose incident is named but not dated, with a dated arrest or trial, is aftermath."""
        if self.dated_aftermath and not self.dated_incident:
            self.role = "aftermath"
        spans = self.dated_incident or self.dated_aftermath
        if spans:
            self.date_low, self.date_high = min(s[0] for s in spans), max(s[1] for s in spans)

    @property
    def key(self) -> str:
        return f"{self.article_id}:{self.report_no}"

    def when(self) -> tuple[int, int] | None:
        """The date range to compare: the events' own dates, else any day up to the publication day
        (`open_before`): an article reports what happened before it came out, but a follow-up story (an
        arrest, a trial, an anniversary) may come weeks or years after its incident. Ending three days
        after publication instead cost ecb_incidents 0.09 pair F1 (check half 0.80 -> 0.72) once
        publication dates were read from date lines under the title."""
        if self.date_low is not None and self.date_high is not None:
            return self.date_low, self.date_high
        if self.published is not None:
            return EARLIEST, self.published
        return None

    def open_before(self) -> bool:
        """Dated only by its publication: its range has no real start."""
        return self.date_low is None and self.published is not None


# a place the event took from the article's focus (`location_source`: eventmill.events.location) is a
# guess about the article, not a fact of the incident: reports are placed by their own sentences only
# and so is a street or building the geocoder put at a town the article names (a guess at which town)
_OWN = (
    "coalesce(e.location_source, '') <> 'focus'"
    f" AND coalesce(json_extract_string(e.json, '$.location.feature'), '') <> '{SITE}'"
)
# likewise a date taken from the sentences before, the dateline or the publication day (`date_source`:
# eventmill.events.dates)
_DATED = "coalesce(e.date_source, '') NOT IN ('context', 'dateline', 'published')"
# a publication date read from a bare date line under the title (`published_source` line) does not end a
# report's range: follow-up stories of one case (a hearing in June 2010, the trial in August 2011) then
# fell out of their incident (ecb_incidents study pairs F1 0.821 -> 0.810); their events still resolve
# relative dates against it
_PUBLISHED = "CASE WHEN coalesce(a.published_source, '') <> 'line' THEN a.published END"
EVENT_SQL = f"""
SELECT e.article_id, e.event_no, e.type, e.modes, CASE WHEN {_OWN} THEN e.latitude END,
    CASE WHEN {_OWN} THEN e.longitude END, CASE WHEN {_OWN} THEN e.country END, e.geo_precision, e.gid,
    CASE WHEN {_DATED} THEN e.event_date END, CASE WHEN {_DATED} THEN e.date_precision END, e.dead, e.dead_low, e.dead_high, e.injured, e.injured_low, e.injured_high,
    e.evidence_start, e.evidence_end, e.actor1, e.actor2, {_PUBLISHED}, a.lang
FROM events e JOIN articles a ON a.id = e.article_id
WHERE NOT coalesce(e.negated OR e.hypothetical OR e.future, false){{where}}
ORDER BY e.article_id, e.event_no
"""

NAME_SQL = """
SELECT article_id, start_char, name, 'actor' FROM actors WHERE NOT coalesce(generic, false) AND name IS NOT NULL{where}
UNION ALL
SELECT article_id, start_char, coalesce(gid, text), 'place:' || coalesce(country, '') FROM places
WHERE coalesce(gid, text) IS NOT NULL{where}
"""

_WORD = re.compile(r"\w[\w'’.-]*")


@lru_cache(maxsize=1 << 18)
def _key(word: str) -> str:
    return norm(word).replace(" ", "")


def name_words(name: str, kind: str = "actor") -> list[str]:
    """The words of a name that identify it: a place's gazetteer id, else its capitalised words, normalised."""
    if kind.startswith("place") and ":" in name and not name[0].isupper():
        return [name]
    return [_key(w) for w in _WORD.findall(name) if w[0].isupper() and len(w) > 2]


def _ordinal(value: Any) -> int | None:
    return value.toordinal() if isinstance(value, dt.date) else None


def _range(low: Any, value: Any, high: Any) -> tuple[int, int] | None:
    figures = [x for x in (low, value, high) if x is not None]
    return (min(figures), max(figures)) if figures else None


def _widen(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) pairs."""
    return km(a[0], a[1], b[0], b[1])


def _far_apart(place: tuple, other: tuple) -> bool:
    """Two places that cannot be where one incident happened, given how precise each is."""
    tol = RADIUS_KM.get(place[2], 250.0) + RADIUS_KM.get(other[2], 250.0)
    return distance_km(place[:2], other[:2]) > tol


def read_reports(con: Any, article_ids: Iterable[str] | None = None, recall_days: int = 30) -> list[Report]:
    """The reports of the stored articles (all, or those given), each article's events split into reports."""
    return build_reports(read_rows(con, article_ids), recall_days)


@dataclass(slots=True)
class ArticleRows:
    """What reports are built from, as read from the store: events, names and texts by article."""

    events: dict[str, list[tuple]] = field(default_factory=lambda: defaultdict(list))
    names: dict[str, list[tuple[int, str, str]]] = field(default_factory=lambda: defaultdict(list))
    texts: dict[str, str] = field(default_factory=dict)


def read_rows(con: Any, article_ids: Iterable[str] | None = None) -> ArticleRows:
    """The rows of the stored articles (all, or those given) that reports are built from: SQL only, so
    a caller that shares the file reads it in one short turn and builds the reports after."""
    where: str = ""
    ids = list(article_ids) if article_ids is not None else None
    out = ArticleRows()
    if ids is not None:
        if not ids:
            return out
        con.execute("CREATE OR REPLACE TEMP TABLE _wanted AS SELECT unnest(?::VARCHAR[]) AS id", [ids])
        where = " AND article_id IN (SELECT id FROM _wanted)"
    for row in con.execute(EVENT_SQL.format(where=where.replace("article_id", "e.article_id"))).fetchall():
        out.events[row[0]].append(row)
    for aid, start, name, kind in con.execute(NAME_SQL.format(where=where)).fetchall():
        out.names[aid].append((start or 0, name, kind))
    out.texts = dict(
        con.execute(f"SELECT id, text FROM articles WHERE true{where.replace('article_id', 'id')}").fetchall()
    )
    return out


def build_reports(rows: ArticleRows, recall_days: int = 30) -> list[Report]:
    """Each article's events split into reports."""
    reports: list[Report] = []
    for aid in sorted(rows.events):
        texts = rows.texts.get(aid) or ""
        reports.extend(split_article(aid, rows.events[aid], rows.names.get(aid, []), recall_days, texts))
    return reports


def split_article(
    aid: str, rows: list[tuple], names: list[tuple[int, str, str]], recall_days: int, text: str = ""
) -> list[Report]:
    """An article's events as reports: one per family, more where dates or places tell incidents apart."""
    reports: list[Report] = []
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for row in rows:
        (_, no, etype, modes, lat, lon, country, precision, gid, edate, dprec) = row[:11]
        family, role = ontology.incident_role(etype, tuple(modes or ()))
        day = _ordinal(edate)
        slack = SLACK_DAYS.get(dprec or "", 0)
        # month and year dates are stored as their first day: the range covers the whole period
        span = (day, day + slack - 1 if dprec in ("month", "year") else day) if day is not None else None
        place = (lat, lon, precision or "town", country or "", gid or "") if lat is not None else None
        target, by_date = None, False
        for r in reports:
            if r.family != family:
                continue
            r.settle()
            low, high = r.date_low, r.date_high
            if span and low is not None and high is not None:
                if span[0] > high + recall_days or span[1] < low - recall_days:
                    by_date = True
                    continue
            if place and r.place and precision in ("town", "neighbourhood") and r.place[2] in ("town", "neighbourhood"):
                # the same country, two towns: two incidents (another country is more often a geocoding slip)
                if _far_apart(place, r.place) and place[3] == r.place[3]:
                    continue
            target = r
            break
        if target is None:
            target = Report(aid, len(reports), family, role, published=_ordinal(row[21]), lang=row[22] or "")
            target.recalled = by_date
            reports.append(target)
        target.events.append(no)
        target.types[etype] += 1
        if span:
            dated = target.dated_incident if role == "incident" else target.dated_aftermath
            dated.append(span)
        if role == "incident":
            target.role = "incident"
        if place and (target.place is None or _finer(place[2], target.place[2])):
            target.place = place
        if country:
            target.countries.add(country)
        target.dead = _widen(target.dead, _range(row[12], row[11], row[13]))
        target.injured = _widen(target.injured, _range(row[15], row[14], row[16]))
        spans[target.report_no].append((row[17] or 0, row[18] or 0))
    # a lead report is also blocked with the country its article names most (its events' places may be
    # a geocoding slip), and a report placed nowhere with that country alone
    countries = Counter(kind[6:] for _, _, kind in names if kind.startswith("place:") and len(kind) > 6)
    for r in reports:
        r.settle()
        if countries and (not r.countries or not r.recalled):
            r.countries.add(max(countries.items(), key=lambda kv: (kv[1], kv[0]))[0])
    _weigh_names(reports, names, spans, text)
    return reports


def _finer(a: str, b: str) -> bool:
    return RADIUS_KM.get(a, 250.0) < RADIUS_KM.get(b, 250.0)


# a capitalised word that does not open a sentence or a line: a proper noun in French and English alike
_PROPER = re.compile(r"(?<![.!?:\n\"«“]\s)(?<![.!?:\n\"«“])(?<!^)\b([A-Z][\w'’-]{2,})")


def proper_words(text: str) -> Counter:
    """Proper nouns of a text that the actor and place mentions may have missed (ship, shop, street names)."""
    return Counter(_key(m.group(1)) for m in _PROPER.finditer(text))


def _weigh_names(
    reports: list[Report], names: list[tuple[int, str, str]], spans: dict[int, list[tuple[int, int]]], text: str
) -> None:
    """Word counts of names: a lead report has the whole article's; a recalled one only its sentences'."""
    whole: Counter = proper_words(text)
    for _, name, kind in names:
        whole.update(name_words(name, kind))
    for r in reports:
        if not r.recalled:
            r.names = dict(whole)
            continue
        own: Counter = Counter()
        for start, name, kind in names:
            if any(s <= start < e for s, e in spans[r.report_no]):
                own.update(name_words(name, kind))
        r.names = dict(own)
