"""Exports of a corpus database: ACLED-style CSV, JSONL, Parquet and GeoJSON, one row or feature per
event (`eventmill export`). An export appears whole or not at all (`atomic`): a killed export never
leaves a partial file, nor damages the one it was replacing.

Filters (date, country, type) apply to every format; the event's date is its own when the article
gives one, else the article's publication date.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from eventmill import ontology
from eventmill.corpus.store import Store
from eventmill.errors import ConfigError
from eventmill.events.location import SOURCES
from eventmill.writers import EXPORT_FORMATS as FORMATS
from eventmill.writers.acled import write_acled_csv
from eventmill.writers.atomic import replacing, replacing_path

FLAT = (
    "article_id",
    "event_no",
    "type",
    "modes",
    "negated",
    "hypothetical",
    "future",
    "score",
    "rule",
    "date",
    "date_precision",
    "date_source",
    "actor1",
    "actor1_kind",
    "actor1_country",
    "actor2",
    "actor2_kind",
    "actor2_country",
    "location",
    "latitude",
    "longitude",
    "country",
    "admin1",
    "geo_precision",
    "geo_confidence",
    "location_source",
    "gid",
    "dead",
    "dead_low",
    "dead_high",
    "injured",
    "injured_low",
    "injured_high",
    "size",
    "size_low",
    "size_high",
    "attribution",
    "evidence",
    "evidence_start",
    "evidence_end",
    "trigger",
    "trigger_start",
    "trigger_end",
    "published",
    "title",
    "url",
    "outlet",
    "source",
    "incident_id",
)


@dataclass(frozen=True, slots=True)
class Filters:
    """Which events to export."""

    since: dt.date | None = None
    until: dt.date | None = None
    countries: tuple[str, ...] = ()  # ISO 3166-1 alpha-2 of the event's location
    types: tuple[str, ...] = ()  # PLOVER types
    min_geo_confidence: float | None = None  # events whose location the geocoder is at least this sure of
    location_sources: tuple[str, ...] = ()  # where the location was read (eventmill.events.location.SOURCES)

    @classmethod
    def parse(
        cls,
        since: str | None = None,
        until: str | None = None,
        countries: list[str] | None = None,
        types: list[str] | None = None,
        min_geo_confidence: float | None = None,
        location_sources: list[str] | None = None,
    ) -> Filters:
        def date(value: str | None, opt: str) -> dt.date | None:
            try:
                return dt.date.fromisoformat(value) if value else None
            except ValueError:
                raise ConfigError(f"{opt} wants a date YYYY-MM-DD, got {value!r}") from None

        codes = tuple(c.strip().upper() for v in countries or () for c in v.split(",") if c.strip())
        bad = [c for c in codes if not re.fullmatch(r"[A-Z]{2}", c)]
        if bad:
            raise ConfigError(f"--country wants ISO 3166-1 alpha-2 codes such as SY or FR, got {', '.join(bad)}")
        kinds = tuple(t.strip().upper() for v in types or () for t in v.split(",") if t.strip())
        if min_geo_confidence is not None and not 0 <= min_geo_confidence <= 1:
            raise ConfigError(f"--min-geo-confidence wants a number from 0 to 1, got {min_geo_confidence}")
        unknown = [t for t in kinds if t not in ontology.types()]
        if unknown:
            raise ConfigError(
                f"--type {', '.join(unknown)}: not a PLOVER type; choose from {', '.join(ontology.types())}"
            )
        wheres = tuple(w.strip().lower() for v in location_sources or () for w in v.split(",") if w.strip())
        if odd := [w for w in wheres if w not in SOURCES]:
            raise ConfigError(f"--location-source {', '.join(odd)}: choose from {', '.join(SOURCES)}")
        return cls(date(since, "--since"), date(until, "--until"), codes, kinds, min_geo_confidence, wheres)

    def sql(
        self, date: str = "coalesce(e.event_date, a.published)", table: str = "e", geo: bool = True
    ) -> tuple[str, list[Any]]:
        """The WHERE clause and its parameters over `table`'s country and type and the `date` expression
        (events by default; the incidents export passes its own); `geo` adds the confidence filter."""
        where: list[str] = []
        params: list[Any] = []
        if self.since:
            where.append(f"{date} >= ?")
            params.append(self.since)
        if self.until:
            where.append(f"{date} <= ?")
            params.append(self.until)
        if self.countries:
            where.append(f"{table}.country IN ({', '.join('?' * len(self.countries))})")
            params += list(self.countries)
        if self.types:
            where.append(f"{table}.type IN ({', '.join('?' * len(self.types))})")
            params += list(self.types)
        if geo and self.min_geo_confidence is not None:
            # events stored before schema version 3 have it only in their JSON
            where.append(
                "coalesce(e.geo_confidence, TRY_CAST(json_extract_string(e.json, '$.location.confidence') AS DOUBLE)) >= ?"
            )
            params.append(self.min_geo_confidence)
        if geo and self.location_sources:
            where.append(f"e.location_source IN ({', '.join('?' * len(self.location_sources))})")
            params += list(self.location_sources)
        return (" WHERE " + " AND ".join(where)) if where else "", params


QUERY = """
SELECT e.*, coalesce(e.event_date, a.published) AS date, a.published, a.title, a.url, a.outlet, a.source,
    a.lang
FROM events e JOIN articles a ON a.id = e.article_id{where}
ORDER BY date NULLS LAST, e.article_id, e.event_no
"""


def _rows(store: Store, filters: Filters) -> Iterator[dict[str, Any]]:
    where, params = filters.sql()
    cur = store.con.execute(QUERY.format(where=where), params)
    names = [d[0] for d in cur.description]
    while chunk := cur.fetchmany(5000):
        for row in chunk:
            yield dict(zip(names, row, strict=True))


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


@contextlib.contextmanager
def _open_text(out: str | Path) -> Iterator[IO[str]]:
    if str(out) == "-":
        yield sys.stdout
    else:
        with replacing(out, "w", encoding="utf-8", newline="") as fh:
            yield fh


def export(db: str | Path, fmt: str, out: str | Path, filters: Filters | None = None) -> int:
    """Write the events of the database in a format; returns how many events were written."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    filters = filters or Filters()
    with Store(db, read_only=True) as store:
        rows = _rows(store, filters)
        if fmt == "parquet":
            if str(out) == "-":
                raise ConfigError("Parquet cannot go to standard output; give a file with -o")
            return _parquet(store, filters, out)
        with _open_text(out) as fh:
            if fmt == "acled-csv":
                return write_acled_csv(rows, fh)
            if fmt == "jsonl":
                return _jsonl(rows, fh)
            return _geojson(rows, fh)


def _jsonl(rows: Iterator[dict[str, Any]], fh: IO[str]) -> int:
    n = 0
    for row in rows:
        event = json.loads(row["json"])
        for key in ("score", "rule", "geo_confidence"):  # the JSON of events stored before lacks them
            event.setdefault(key, row[key])
        article = {k: _plain(row[k]) for k in ("published", "title", "url", "outlet", "source")}
        record = {
            "article_id": row["article_id"],
            "event_no": row["event_no"],
            "event_date": _plain(row["date"]),
            "incident_id": row["incident_id"],
            **event,
            "article": {"id": row["article_id"], **article},
        }
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_points(
    rows: Iterator[dict[str, Any]], fh: IO[str], feature_of: Callable[[dict[str, Any]], tuple[Any, dict[str, Any]]]
) -> int:
    """A GeoJSON FeatureCollection (RFC 7946: WGS 84, [longitude, latitude]) of the rows that have a
    place, streamed; `feature_of` gives a row's feature id and properties. Returns the features written."""
    fh.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for row in rows:
        if row["latitude"] is None or row["longitude"] is None:
            continue
        fid, props = feature_of(row)
        feature = {
            "type": "Feature",
            "id": fid,
            "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
            "properties": props,
        }
        fh.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
        n += 1
    fh.write("\n]}\n")
    return n


def _event_feature(row: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    props = {k: _plain(row[k]) for k in FLAT if k not in ("latitude", "longitude")}
    props["modes"] = ",".join(row["modes"] or [])  # GIS tools want scalar attributes
    props["id"] = f"{row['article_id']}-{row['event_no']}"
    return props["id"], props


def _geojson(rows: Iterator[dict[str, Any]], fh: IO[str]) -> int:
    """A FeatureCollection of the events that have a place."""
    return write_points(rows, fh, _event_feature)


def _parquet(store: Store, filters: Filters, out: str | Path) -> int:
    import pyarrow.parquet as pq

    where, params = filters.sql()
    sql = f"SELECT {', '.join(FLAT)} FROM ({QUERY.format(where=where)})"
    reader = store.con.sql(sql, params=params).to_arrow_reader(50_000)
    n = 0
    with replacing_path(out) as tmp, pq.ParquetWriter(str(tmp), reader.schema) as writer:
        for batch in reader:
            writer.write_batch(batch)
            n += batch.num_rows
    return n
