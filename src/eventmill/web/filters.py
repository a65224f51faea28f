"""The filters of `eventmill serve`'s event queries: parsed and checked from query parameters, then
turned into a WHERE clause whose values all travel as bound parameters (`?`), never pasted into SQL."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from eventmill.errors import EventmillError

# The event's date is its own when the article gives one, else the article's publication date. Joining
# every event to its article costs most of a query on a large store, so only the events without a date
# of their own are joined, and only queries that need the date read this relation (`EventFilter.source`).
DATED = (
    " FROM (SELECT e.*, e.event_date AS date FROM events e WHERE e.event_date IS NOT NULL UNION ALL "
    "SELECT e.*, a.published AS date FROM events e JOIN articles a ON a.id = e.article_id "
    "WHERE e.event_date IS NULL) e"
)
PLAIN = " FROM events e"
DATE = "e.date"


class BadParameter(EventmillError):
    """A query parameter that cannot be used; names the parameter (the app answers 400)."""

    def __init__(self, parameter: str, message: str):
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter
        self.message = message


class NoIncidents(EventmillError):
    """The database has no incidents table yet (the app answers 404)."""


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events a request asks for; every field optional."""

    types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    actor: str | None = None  # part of the first actor's or first recipient's name, any case
    q: str | None = None  # part of the evidence sentence, any case
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north (WGS 84)
    incident: str | None = None
    min_geo_confidence: float | None = None

    def source(self, dated: bool = False) -> str:
        """The FROM clause: the events, with their `date` column when a filter or the caller needs it."""
        return DATED if dated or self.since or self.until else PLAIN

    def sql(self, con: Any) -> tuple[str, list[Any]]:
        """The WHERE clause (empty or starting with ' WHERE') and its parameters."""
        where: list[str] = []
        params: list[Any] = []
        if self.types:
            where.append(f"e.type IN ({', '.join('?' * len(self.types))})")
            params += self.types
        if self.countries:
            where.append(f"e.country IN ({', '.join('?' * len(self.countries))})")
            params += self.countries
        if self.since:
            where.append(f"{DATE} >= ?")
            params.append(self.since)
        if self.until:
            where.append(f"{DATE} <= ?")
            params.append(self.until)
        if self.actor:
            # actor names repeat: DuckDB lowercases each distinct one of a compressed column only once
            where.append("(contains(lower(e.actor1), ?) OR contains(lower(e.actor2), ?))")
            params += [self.actor.lower(), self.actor.lower()]
        if self.q:
            # the store keeps each evidence sentence lowercased and uncompressed (schema version 7):
            # a substring search over it reads no compressed strings and lowercases none
            where.append("contains(e.evidence_folded, lower(?))")
            params.append(self.q)
        if self.bbox:
            west, south, east, north = self.bbox
            where.append("e.latitude BETWEEN ? AND ?")
            params += [south, north]
            if west <= east:
                where.append("e.longitude BETWEEN ? AND ?")
                params += [west, east]
            else:  # the box crosses the antimeridian
                where.append("(e.longitude >= ? OR e.longitude <= ?)")
                params += [west, east]
        if self.incident:
            if not has_column(con, "events", "incident_id"):
                raise BadParameter("incident", "this database has no incidents yet (events.incident_id is missing)")
            where.append("e.incident_id = ?")
            params.append(self.incident)
        if self.min_geo_confidence is not None:
            if has_column(con, "events", "geo_confidence"):  # schema version 3
                where.append("e.geo_confidence >= ?")
            else:
                where.append("TRY_CAST(json_extract_string(e.json, '$.location.confidence') AS DOUBLE) >= ?")
            params.append(self.min_geo_confidence)
        return (" WHERE " + " AND ".join(where)) if where else "", params


def parse_filter(
    type: str | None = None,
    country: str | None = None,
    since: str | None = None,
    until: str | None = None,
    actor: str | None = None,
    q: str | None = None,
    bbox: str | None = None,
    incident: str | None = None,
    min_geo_confidence: float | None = None,
) -> EventFilter:
    """Check the raw query parameters; raises `BadParameter` naming the first bad one."""
    types = tuple(t.strip().upper() for t in (type or "").split(",") if t.strip())
    for t in types:
        if not t.replace("_", "").isalpha() or len(t) > 40:
            raise BadParameter("type", f"{t!r} is not an event type; give PLOVER types such as ASSAULT,PROTEST")
    countries = tuple(c.strip().upper() for c in (country or "").split(",") if c.strip())
    for c in countries:
        if len(c) != 2 or not c.isascii() or not c.isalpha():
            raise BadParameter("country", f"{c!r} is not an ISO 3166-1 alpha-2 code such as SY or FR")
    box = None
    if bbox:
        try:
            parts = tuple(float(v) for v in bbox.split(","))
        except ValueError:
            parts = ()
        if len(parts) != 4 or not all(math.isfinite(v) for v in parts):
            raise BadParameter("bbox", "want four numbers west,south,east,north in degrees, e.g. 35,32,42,37.5")
        west, south, east, north = parts
        if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
            raise BadParameter("bbox", "longitudes must lie in [-180, 180] and latitudes in [-90, 90], south <= north")
        box = (west, south, east, north)
    if min_geo_confidence is not None and not 0 <= min_geo_confidence <= 1:
        raise BadParameter("min_geo_confidence", "want a number between 0 and 1")
    first, last = _date("since", since), _date("until", until)
    if first and last and first > last:
        raise BadParameter("until", f"{last} is before since={first}")
    return EventFilter(
        types=types,
        countries=countries,
        since=first,
        until=last,
        actor=(actor or "").strip() or None,
        q=(q or "").strip() or None,
        bbox=box,
        incident=(incident or "").strip() or None,
        min_geo_confidence=min_geo_confidence,
    )


def _date(name: str, value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadParameter(name, f"want a date YYYY-MM-DD, got {value[:40]!r}") from None


def has_table(con: Any, table: str) -> bool:
    return bool(
        con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [table]).fetchall()[0][0]
    )


def has_column(con: Any, table: str, column: str) -> bool:
    return bool(
        con.execute(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = ? AND column_name = ?", [table, column]
        ).fetchall()[0][0]
    )
