"""`eventmill export --incidents`: one row per incident, with its sources (outlet, URL, published) and
the range of figures, as ACLED-style CSV, JSONL, Parquet or GeoJSON."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from eventmill.corpus.store import Store
from eventmill.errors import ConfigError
from eventmill.writers import EXPORT_FORMATS
from eventmill.writers.exports import write_points

QUERY = """
SELECT i.*, (
    SELECT list({{'article_id': a.id, 'outlet': a.outlet, 'url': a.url, 'published': a.published, 'lang': a.lang,
                 'duplicate_of': CASE WHEN r.dup_group <> a.id THEN r.dup_group END, 'recalled': r.recalled}}
                ORDER BY a.published NULLS LAST, a.id)
    FROM incident_reports r JOIN articles a ON a.id = r.article_id WHERE r.incident_id = i.incident_id
) AS sources
FROM incidents i{where}
ORDER BY coalesce(i.event_date, i.first_seen) NULLS LAST, i.incident_id
"""

# after ACLED's columns: what an incident adds (the figure range, how many reports, every source)
INCIDENT_COLUMNS = ("fatalities_low", "fatalities_high", "n_articles", "n_outlets", "languages", "sources")

# the event that speaks for an incident in ACLED terms (modes, actor kinds, evidence): one of its type,
# dated at the day if possible, from its first article
REPRESENTATIVE = """
SELECT DISTINCT ON (e.incident_id) e.*, coalesce(e.event_date, a.published) AS date, a.published, a.title, a.url,
    a.outlet, a.source, a.lang
FROM events e JOIN articles a ON a.id = e.article_id JOIN incidents i ON i.incident_id = e.incident_id
WHERE e.type = i.type
ORDER BY e.incident_id, e.date_precision = 'day' DESC, a.published NULLS LAST, e.article_id, e.event_no
"""


def _where(filters: Any) -> tuple[str, list[Any]]:
    """The export's filters over an incident's date, country and type (`Filters.sql`)."""
    if filters is None:
        return "", []
    return filters.sql(date="coalesce(i.event_date, i.first_seen)", table="i", geo=False)


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _rows(store: Store, filters: Any) -> Iterator[dict[str, Any]]:
    where, params = _where(filters)
    cur = store.con.execute(QUERY.format(where=where), params)
    names = [d[0] for d in cur.description]
    while chunk := cur.fetchmany(2000):
        for row in chunk:
            yield dict(zip(names, row, strict=True))


def _sources_text(sources: list[dict[str, Any]] | None) -> str:
    """Sources as one cell: 'outlet <url> published' joined by '; '."""
    parts = []
    for s in sources or ():
        bits = [s.get("outlet") or "", f"<{s['url']}>" if s.get("url") else "", _plain(s.get("published")) or ""]
        parts.append(" ".join(b for b in bits if b) or s["article_id"])
    return "; ".join(parts)


def export_incidents(db: str | Path, fmt: str, out: str | Path, filters: Any = None) -> int:
    """Write one row per incident; returns how many were written."""
    if fmt not in EXPORT_FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    with Store(db, read_only=True) as store:
        if fmt == "parquet":
            if str(out) == "-":
                raise ConfigError("Parquet cannot go to standard output; give a file with -o")
            where, params = _where(filters)
            rel = store.con.sql(QUERY.format(where=where), params=params)
            n = len(rel)
            rel.write_parquet(str(out))
            return n
        from eventmill.writers.exports import _open_text

        with _open_text(out) as fh:
            if fmt == "jsonl":
                return _jsonl(_rows(store, filters), fh)
            if fmt == "geojson":
                return _geojson(_rows(store, filters), fh)
            return _acled(store, _rows(store, filters), fh)


def _jsonl(rows: Iterator[dict[str, Any]], fh: IO[str]) -> int:
    n = 0
    for row in rows:
        fh.write(json.dumps(_plain(row), ensure_ascii=False) + "\n")
        n += 1
    return n


def _incident_feature(row: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    """An incident's properties, list columns as text for GIS tools."""
    props = {k: _plain(v) for k, v in row.items() if k not in ("latitude", "longitude", "sources")}
    for key in ("actors", "recipients", "languages"):
        props[key] = ", ".join(row[key] or [])
    props["sources"] = _sources_text(row["sources"])
    return row["incident_id"], props


def _geojson(rows: Iterator[dict[str, Any]], fh: IO[str]) -> int:
    """A FeatureCollection of the located incidents."""
    return write_points(rows, fh, _incident_feature)


def _acled(store: Store, rows: Iterator[dict[str, Any]], fh: IO[str]) -> int:
    """ACLED's columns, one row per incident ACLED would code, typed from the incident's representative
    event; fatalities is the best figure, the range and every source follow."""
    from eventmill.writers.acled import ACLED_COLUMNS, EVENTMILL_COLUMNS, GEO_PRECISION, _country_names, acled_row

    cur = store.con.execute(REPRESENTATIVE)
    names = [d[0] for d in cur.description]
    events = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    representative = {e["incident_id"]: e for e in events}
    writer = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS + EVENTMILL_COLUMNS + INCIDENT_COLUMNS)
    writer.writeheader()
    n = 0
    for inc in rows:
        event = representative.get(inc["incident_id"])
        base = acled_row(event) if event else None
        if base is None:
            continue
        date = inc["event_date"] or inc["first_seen"]
        base.update(
            event_id_cnty=inc["incident_id"],
            event_date=date.isoformat() if date else "",
            year=date.year if date else "",
            country=_country_names().get(inc["country"] or "", inc["country"] or ""),
            admin1=inc["admin1"] or "",
            location=inc["location"] or "",
            latitude=inc["latitude"] if inc["latitude"] is not None else "",
            longitude=inc["longitude"] if inc["longitude"] is not None else "",
            geo_precision=GEO_PRECISION.get(inc["geo_precision"] or "", ""),
            actor1=(inc["actors"] or [""])[0],
            actor2=(inc["recipients"] or [""])[0],
            source="; ".join(
                sorted({s.get("outlet") or s.get("url") or s["article_id"] for s in inc["sources"] or ()})
            ),
            fatalities=inc["dead_best"] or 0,
            fatalities_low=inc["dead_low"] if inc["dead_low"] is not None else "",
            fatalities_high=inc["dead_high"] if inc["dead_high"] is not None else "",
            n_articles=inc["n_articles"],
            n_outlets=inc["n_outlets"],
            languages=",".join(inc["languages"] or []),
            sources=_sources_text(inc["sources"]),
        )
        writer.writerow(base)
        n += 1
    return n
