"""The queries behind `eventmill serve`: plain functions over a read-only DuckDB connection.

The web app (`eventmill.web.app`) only parses parameters, calls these and turns errors into status
codes. Every filter value travels as a bound parameter (`?`), never pasted into the SQL: the only
text spliced into a statement is fixed in this package (sort columns, table names, `?` lists).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from eventmill.web.filters import DATE, DATED, PLAIN, BadParameter, EventFilter, NoIncidents, has_column, has_table

MAX_LIMIT = 1000
"""Most events one page of `/api/events` returns."""

SORTS = {
    "date": DATE,
    "type": "e.type",
    "country": "e.country",
    "location": "e.location",
    "actor1": "e.actor1",
    "actor2": "e.actor2",
    "dead": "e.dead",
    "article": "e.article_id",
}
"""Columns the table may sort by (name in the API: SQL expression)."""

INTERVALS = ("day", "week")


# the events with their articles, for the few rows a response shows
FULL = " FROM events e JOIN articles a ON a.id = e.article_id"
COLUMNS = (
    "e.article_id, e.event_no, e.type, e.modes, e.negated, e.hypothetical, e.future, "
    "coalesce(e.event_date, a.published) AS date, e.date_precision, e.date_text, e.location, e.latitude, e.longitude, e.country, "
    "e.admin1, e.geo_precision, e.gid, e.dead, e.dead_low, e.dead_high, e.injured, e.injured_low, "
    "e.injured_high, e.size, e.size_low, e.size_high, e.score, e.rule, e.json, a.title, a.outlet, "
    "a.published, a.url"
)


def events(
    con: Any, where: EventFilter, limit: int = 50, offset: int = 0, sort: str = "date", desc: bool = False
) -> dict[str, Any]:
    """One page of events: `{"total": N, "events": [...]}` with the filtered count."""
    if not 0 <= limit <= MAX_LIMIT:
        raise BadParameter("limit", f"at most {MAX_LIMIT}")
    if sort not in SORTS:
        raise BadParameter("sort", f"one of {', '.join(SORTS)}")
    clause, params = where.sql(con)
    # the page's keys first, over the events alone; then the full rows of those keys only
    order = f"{SORTS[sort]} {'DESC' if desc else 'ASC'} NULLS LAST, e.article_id, e.event_no"
    page = f"SELECT e.article_id, e.event_no{where.source(sort == 'date')}{clause} ORDER BY {order} LIMIT ? OFFSET ?"
    if where.q or where.actor:
        # text filters read every row's strings: match once, then count and sort the matches
        keyed = "m"
        if sort == "date" and where.source() == PLAIN:
            # match over the events alone, then date the matches: only those without a date of their
            # own are joined to their articles (DATED would scan every event twice to find them)
            inner = f"SELECT e.article_id, e.event_no, e.event_date AS sort_key{PLAIN}{clause}"
            keyed = (
                "(SELECT * FROM m WHERE sort_key IS NOT NULL UNION ALL SELECT m.article_id, m.event_no, a.published "
                "FROM m JOIN articles a ON a.id = m.article_id WHERE m.sort_key IS NULL)"
            )
        else:
            inner = f"SELECT e.article_id, e.event_no, {SORTS[sort]} AS sort_key{where.source(sort == 'date')}{clause}"
        rows = con.execute(
            f"WITH m AS MATERIALIZED ({inner}) SELECT (SELECT count(*) FROM m), article_id, event_no FROM {keyed} "
            f"ORDER BY sort_key {'DESC' if desc else 'ASC'} NULLS LAST, article_id, event_no LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        total = rows[0][0] if rows else 0 if offset == 0 else _count(con, where, clause, params)
        keys = [(r[1], r[2]) for r in rows]
    elif offset >= SEEK_FROM:
        total, keys = _seek(con, where, clause, params, sort, desc, limit, offset)
    else:
        total = _count(con, where, clause, params)
        keys = con.execute(page, [*params, limit, offset]).fetchall()
    return {"total": total, "limit": limit, "offset": offset, "events": _by_keys(con, keys)}


SEEK_FROM = 10_000
"""From this offset on, a page is found through the counts per sort value (`_seek`) rather than by
sorting the first offset + limit events (DuckDB's top-N, quick for the first pages only)."""


def _seek(
    con: Any, where: EventFilter, clause: str, params: list[Any], sort: str, desc: bool, limit: int, offset: int
) -> tuple[int, list[tuple[str, int]]]:
    """The total and the keys of a deep page: count the events per sort value, find the values whose
    events hold rows offset to offset + limit, then sort only the events with those values."""
    key, direction = SORTS[sort], "DESC" if desc else "ASC"
    source = where.source(sort == "date")
    first, last = ("max", "min") if desc else ("min", "max")
    total, before, with_null, lo, hi = con.execute(
        f"WITH c AS (SELECT {key} AS k, count(*) AS n{source}{clause} GROUP BY ALL), "
        f"w AS (SELECT k, n, sum(n) OVER (ORDER BY k {direction} NULLS LAST) - n AS before FROM c) "
        f"SELECT (SELECT sum(n) FROM c), min(before), bool_or(k IS NULL), {first}(k), {last}(k) "
        "FROM w WHERE before < ? AND before + n > ?",
        [*params, offset + limit, offset],
    ).fetchall()[0]
    if before is None:  # past the last event (or none match)
        return int(total or 0), []
    ranges, values = [], []
    if lo is not None:
        ranges.append(f"{key} BETWEEN ? AND ?")
        values += [hi, lo] if desc else [lo, hi]
    if with_null:
        ranges.append(f"{key} IS NULL")
    where_page = (clause + " AND " if clause else " WHERE ") + "(" + " OR ".join(ranges) + ")"
    order = f"{key} {direction} NULLS LAST, e.article_id, e.event_no"
    keys = con.execute(
        f"SELECT e.article_id, e.event_no{source}{where_page} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, *values, limit, offset - int(before)],
    ).fetchall()
    return int(total), keys


def _count(con: Any, where: EventFilter, clause: str, params: list[Any]) -> int:
    return int(con.execute("SELECT count(*)" + where.source() + clause, params).fetchall()[0][0])


def _by_keys(con: Any, keys: list[tuple[str, int]]) -> list[dict[str, Any]]:
    """The events with these (article_id, event_no) keys, in the keys' order."""
    if not keys:
        return []
    incident = ", e.incident_id" if has_column(con, "events", "incident_id") else ", NULL AS incident_id"
    ids = sorted({k[0] for k in keys})
    # a semi-join on the ID list reads the wide columns of the matching rows only (an IN list reads them all)
    # and so does one for the articles (a plain join would build a hash table of every article)
    cur = con.execute(
        f"WITH k AS (SELECT unnest(?::VARCHAR[]) AS id) SELECT {COLUMNS}{incident} "
        "FROM (SELECT e.* FROM events e SEMI JOIN k ON k.id = e.article_id) e "
        "JOIN (SELECT a.* FROM articles a SEMI JOIN k ON k.id = a.id) a ON a.id = e.article_id",
        [ids],
    )
    found = {(r["article_id"], r["event_no"]): r for r in _dicts(cur)}
    return [event_dict(found[(k[0], k[1])]) for k in keys if (k[0], k[1]) in found]


def _dicts(cur: Any) -> Iterator[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    while chunk := cur.fetchmany(2000):
        for row in chunk:
            yield dict(zip(names, row, strict=True))


def plain(value: Any) -> Any:
    """Dates as ISO strings, for JSON."""
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def _who(m: dict[str, Any] | None) -> dict[str, Any] | None:
    if not m:
        return None
    return {k: m.get(k) for k in ("name", "kind", "country", "code", "text", "start", "end")}


def _span(m: dict[str, Any] | None) -> dict[str, Any] | None:
    """The words a field came from; None for one no words gave (a date from the publication day)."""
    if not m or m.get("start") is None or m.get("start") == m.get("end"):
        return None
    return {k: m.get(k) for k in ("text", "start", "end")}


def _figure(row: dict[str, Any], name: str, stored: dict[str, Any] | None) -> dict[str, Any] | None:
    if row[name] is None and row[f"{name}_low"] is None:
        return None
    figure = {"best": row[name], "low": row[f"{name}_low"], "high": row[f"{name}_high"]}
    if stored:
        figure.update(text=stored.get("text"), start=stored.get("start"), end=stored.get("end"))
    return figure


def event_dict(row: dict[str, Any]) -> dict[str, Any]:
    """One stored event for the API: its columns, with the spans and actors from its JSON."""
    full = json.loads(row["json"]) if row.get("json") else {}
    place = full.get("location") or {}
    return {
        "article_id": row["article_id"],
        "event_no": row["event_no"],
        "incident_id": row.get("incident_id"),
        "type": row["type"],
        "modes": list(row["modes"] or []),
        "negated": row["negated"],
        "hypothetical": row["hypothetical"],
        "future": row["future"],
        "date": plain(row["date"]),
        "date_precision": row["date_precision"],
        "date_text": row["date_text"],
        "date_span": _span(full.get("date")),
        "place": None
        if row["location"] is None and row["latitude"] is None
        else {
            "name": row["location"],
            "latitude": row["latitude"],
            "longitude": row["longitude"],
            "country": row["country"],
            "admin1": row["admin1"],
            "precision": row["geo_precision"],
            "gid": row["gid"],
            "confidence": place.get("confidence"),
            "text": place.get("text"),
            "start": place.get("start"),
            "end": place.get("end"),
        },
        "actors": [_who(m) for m in full.get("actors") or ()],
        "recipients": [_who(m) for m in full.get("recipients") or ()],
        "figures": {name: _figure(row, name, full.get(name)) for name in ("dead", "injured", "size")},
        "attribution": _who(full.get("attribution")),
        "evidence": full.get("evidence"),
        "trigger": full.get("trigger"),
        "score": row["score"],
        "rule": row["rule"],
        "article": {k: plain(row[k]) for k in ("title", "outlet", "published", "url")},
    }


def points(con: Any, where: EventFilter, cap: int) -> dict[str, Any]:
    """The located events as compact rows `[lat, lon, type, article_id, event_no]` for the map."""
    clause, params = where.sql(con)
    located = (clause + " AND" if clause else " WHERE") + " e.latitude IS NOT NULL AND e.longitude IS NOT NULL"
    total = con.execute("SELECT count(*)" + where.source() + located, params).fetchall()[0][0]
    rows = con.execute(
        f"SELECT e.latitude, e.longitude, e.type, e.article_id, e.event_no{where.source()}{located} "
        "ORDER BY e.article_id, e.event_no LIMIT ?",
        [*params, cap],
    ).fetchall()
    return {"total": total, "truncated": total > len(rows), "points": [list(r) for r in rows]}


def stats(con: Any, where: EventFilter, interval: str = "auto") -> dict[str, Any]:
    """Counts of the filtered events by type, by country and by day or week (and type), for the timeline."""
    if interval not in (*INTERVALS, "auto"):
        raise BadParameter("interval", "one of auto, day, week")
    clause, params = where.sql(con)
    # every count in one scan (a text filter is read once): both period widths, chosen below
    rows = con.execute(
        "SELECT type, country, day, week, GROUPING(type), GROUPING(country), GROUPING(day), GROUPING(week), "
        "count(*) FROM (SELECT e.type, e.country, CAST(e.date AS DATE) AS day, "
        f"CAST(date_trunc('week', e.date) AS DATE) AS week{DATED}{clause}) "
        "GROUP BY GROUPING SETS ((type), (country), (day, type), (week, type))",
        params,
    ).fetchall()
    types = sorted(((r[0], r[8]) for r in rows if r[5:8] == (1, 1, 1)), key=lambda r: (-r[1], r[0]))
    countries = sorted(((r[1], r[8]) for r in rows if r[4] == 1), key=lambda r: (-r[1], r[0] is None, r[0] or ""))
    days = [(r[2], r[0], r[8]) for r in rows if r[4:8] == (0, 1, 0, 1) and r[2] is not None]
    weeks = [(r[3], r[0], r[8]) for r in rows if r[4:8] == (0, 1, 1, 0) and r[3] is not None]
    first = min((d for d, _, _ in days), default=None)
    last = max((d for d, _, _ in days), default=None)
    if interval == "auto":  # days while they fit on a screen
        interval = "day" if first is None or last is None or (last - first).days <= 120 else "week"
    periods = sorted(days if interval == "day" else weeks)
    return {
        "total": sum(n for _, n in types),
        "date_range": [plain(first), plain(last)],
        "by_type": [{"type": t, "n": n} for t, n in types],
        "by_country": [{"country": c, "n": n} for c, n in countries],
        "interval": interval,
        "by_period": [{"period": plain(p), "type": t, "n": n} for p, t, n in periods],
    }


def stream_rows(con: Any, where: EventFilter, cap: int) -> tuple[int, Iterator[dict[str, Any]]]:
    """The filtered events with every column the exports need (at most `cap`), and their full count."""
    clause, params = where.sql(con)
    total = con.execute("SELECT count(*)" + where.source() + clause, params).fetchall()[0][0]
    cur = con.execute(
        f"SELECT e.*, a.published, a.title, a.url, a.outlet, a.source, a.lang{DATED} JOIN articles a "
        f"ON a.id = e.article_id{clause} ORDER BY e.date NULLS LAST, e.article_id, e.event_no LIMIT ?",
        [*params, cap],
    )
    return total, _dicts(cur)


def article(con: Any, article_id: str) -> dict[str, Any] | None:
    """One stored article: its text and metadata, and its events, quotes, places and actors with offsets."""
    cur = con.execute(
        "SELECT id, status, title, url, outlet, published, lang, source, chars, text FROM articles WHERE id = ?",
        [article_id],
    )
    rows = list(_dicts(cur))
    if not rows:
        return None
    out = {k: plain(v) for k, v in rows[0].items()}
    incident = ", e.incident_id" if has_column(con, "events", "incident_id") else ", NULL AS incident_id"
    cur = con.execute(f"SELECT {COLUMNS}{incident}{FULL} WHERE e.article_id = ? ORDER BY e.event_no", [article_id])
    out["events"] = [event_dict(r) for r in _dicts(cur)]
    out["quotes"] = _table(con, "quotes", "quote_no", article_id)
    out["places"] = _table(con, "places", "mention_no", article_id)
    out["actors"] = _table(con, "actors", "mention_no", article_id)
    return out


def _table(con: Any, table: str, order: str, article_id: str) -> list[dict[str, Any]]:
    # table and order come from the fixed calls above, never from a request
    cur = con.execute(f"SELECT * EXCLUDE (article_id) FROM {table} WHERE article_id = ? ORDER BY {order}", [article_id])
    return list(_dicts(cur))


def _incidents_table(con: Any) -> None:
    if not has_table(con, "incidents") or not has_column(con, "events", "incident_id"):
        raise NoIncidents(
            "this database has no incidents yet: they are grouped by a later eventmill version "
            "(the incidents table or events.incident_id is missing)"
        )


def incidents(con: Any, where: EventFilter, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """One page of incidents that hold at least one event matching the filter, largest first."""
    _incidents_table(con)
    if not 0 <= limit <= MAX_LIMIT:
        raise BadParameter("limit", f"at most {MAX_LIMIT}")
    clause, params = where.sql(con)
    inner = f"SELECT DISTINCT e.incident_id{where.source()}{clause}"
    total = con.execute(f"SELECT count(*) FROM incidents WHERE incident_id IN ({inner})", params).fetchall()[0][0]
    cur = con.execute(
        f"SELECT * FROM incidents WHERE incident_id IN ({inner}) ORDER BY n_events DESC, incident_id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return {"total": total, "limit": limit, "offset": offset, "incidents": [_jsonable(r) for r in _dicts(cur)]}


def incident(con: Any, incident_id: str) -> dict[str, Any] | None:
    """One incident with every report of it (its events, with their articles)."""
    _incidents_table(con)
    rows = list(_dicts(con.execute("SELECT * FROM incidents WHERE incident_id = ?", [incident_id])))
    if not rows:
        return None
    out = _jsonable(rows[0])
    cur = con.execute(
        f"SELECT {COLUMNS}, e.incident_id{FULL} WHERE e.incident_id = ? ORDER BY date NULLS LAST, e.article_id, e.event_no",
        [incident_id],
    )
    out["events"] = [event_dict(r) for r in _dicts(cur)]
    return out


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (list(v) if isinstance(v, tuple) else plain(v)) for k, v in row.items()}
