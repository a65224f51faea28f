"""One `incidents` row from the events of an incident: type, date range, place, actors, the range of
figures, and how many events, articles, outlets and languages report it.

The rule for `dead_best` and `injured_best` is ACLED's: the most conservative figure, i.e. the lowest
exact figure any report gives (the lowest bound of a vague one when no report is exact). Low and high
keep the whole range. Why not the most recent figure: publication times are often missing or coarse
(a day), and a low figure that more reports would raise is the safer number to count with; the range
shows the rest. Within one article the figure is the largest it gives (its events may count in parts).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any
from urllib.parse import urlsplit

from eventmill import ontology
from eventmill.incidents.reports import RADIUS_KM

COLUMNS = (
    "incident_id",
    "type",
    "family",
    "event_date",
    "date_low",
    "date_high",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "actors",
    "recipients",
    "dead_low",
    "dead_best",
    "dead_high",
    "injured_low",
    "injured_best",
    "injured_high",
    "n_events",
    "n_articles",
    "n_outlets",
    "languages",
    "first_seen",
    "last_seen",
)

# what each incident's events are read with (one row per event of the incidents asked for)
EVENTS_SQL = """
SELECT e.incident_id, e.article_id, e.type, e.modes, e.event_date, e.date_precision, e.location, e.latitude,
    e.longitude, e.country, e.admin1, e.geo_precision, e.gid, e.actor1, e.actor2, e.dead, e.dead_low, e.dead_high,
    e.injured, e.injured_low, e.injured_high, coalesce(a.published, CAST(ru.started_at AS DATE)), a.lang,
    a.outlet, a.url, r.dup_group, r.role
FROM events e JOIN articles a ON a.id = e.article_id
LEFT JOIN runs ru ON ru.run_id = a.run_id
LEFT JOIN incident_reports r ON r.article_id = e.article_id AND r.incident_id = e.incident_id
WHERE e.incident_id IN (SELECT incident_id FROM _touched)
ORDER BY e.incident_id, e.article_id, e.event_no
"""


def outlet_of(outlet: str | None, url: str | None, article_id: str) -> str:
    """Who published an article: its outlet, else its URL's host, else the article itself."""
    if outlet:
        return outlet
    if url:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
        if host:
            return host.removeprefix("www.")
    return "article:" + article_id


def _top(counter: Counter, n: int = 5) -> list[str]:
    return [k for k, _ in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def _figures(per_article: dict[str, list[tuple[Any, Any, Any]]]) -> tuple[int | None, int | None, int | None]:
    """low, best, high over the articles; each article's figure is the largest it gives."""
    lows: list[int] = []
    highs: list[int] = []
    exact: list[int] = []
    for triples in per_article.values():
        values = [v for v, _, _ in triples if v is not None]
        bottoms = [x for v, lo, hi in triples for x in (lo, v) if x is not None]
        tops = [x for v, lo, hi in triples for x in (hi, v) if x is not None]
        if values:
            exact.append(max(values))
        if bottoms:
            lows.append(max(bottoms))
        if tops:
            highs.append(max(tops))
    if not lows and not highs:
        return None, None, None
    lowest = min(lows) if lows else min(highs)
    best = min(exact) if exact else lowest
    return lowest, best, max(highs) if highs else lowest


def summarise(incident_id: str, rows: list[tuple]) -> dict[str, Any]:
    """The incidents row of one incident from its events (rows of EVENTS_SQL)."""
    types: Counter = Counter()
    all_types: Counter = Counter()
    dates: Counter = Counter()
    spans: list[dt.date] = []
    places: Counter = Counter()
    place_rows: dict[tuple, tuple] = {}
    actors: Counter = Counter()
    recipients: Counter = Counter()
    dead: dict[str, list] = defaultdict(list)
    injured: dict[str, list] = defaultdict(list)
    articles: dict[str, tuple] = {}
    family = ""
    # an incident known only from an arrest or a trial is of the arrest's type, never a new attack
    only_aftermath = all(row[26] == "aftermath" for row in rows)
    for row in rows:
        (_, aid, etype, modes, edate, dprec, loc, lat, lon, country, admin1, gprec, gid) = row[:13]
        fam, role = ontology.incident_role(etype, tuple(modes or ()))
        family = family or fam
        all_types[etype] += 1
        if (role == "aftermath") == only_aftermath:
            types[etype] += 1
        if edate is not None:
            dates[(role == "incident", dprec == "day", edate)] += 1
            if role == "incident":
                spans.append(edate)
        if lat is not None:
            key = (gid or loc, country)
            places[(-RADIUS_KM.get(gprec or "", 250.0), key)] += 1
            place_rows[key] = (country, admin1, loc, lat, lon, gprec)
        if row[13]:
            actors[row[13]] += 1
        if row[14]:
            recipients[row[14]] += 1
        dead[aid].append(row[15:18])
        injured[aid].append(row[18:21])
        articles[aid] = row[21:26]
    etype = _top(types or all_types, 1)[0]
    event_date = None
    if dates:
        event_date = max(dates.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[1], -kv[0][2].toordinal()))[0][2]
    if not spans:
        spans = [d for (_, _, d) in dates]
    place = (None,) * 6
    if places:
        best_place = max(places.items(), key=lambda kv: (kv[0][0], kv[1], str(kv[0][1])))[0][1]
        place = place_rows[best_place]
    # near-duplicate articles count once: each group counts the outlet of its first article
    first_of_group: dict[str, str] = {}
    for aid in sorted(articles):
        first_of_group.setdefault(articles[aid][4] or aid, aid)
    outlets = {outlet_of(articles[a][2], articles[a][3], a) for a in first_of_group.values()}
    seen = [v[0] for v in articles.values() if v[0] is not None]
    dl, db, dh = _figures(dead)
    il, ib, ih = _figures(injured)
    return dict(
        zip(
            COLUMNS,
            (
                incident_id,
                etype,
                family,
                event_date,
                min(spans) if spans else None,
                max(spans) if spans else None,
                *place,
                _top(actors),
                _top(recipients),
                dl,
                db,
                dh,
                il,
                ib,
                ih,
                len(rows),
                len(articles),
                len(outlets),
                sorted({v[1] for v in articles.values() if v[1]}),
                min(seen) if seen else None,
                max(seen) if seen else None,
            ),
            strict=True,
        )
    )
