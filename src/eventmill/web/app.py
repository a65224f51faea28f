"""The web app of `eventmill serve`: a JSON API over the event store and the pages that use it.

A thin layer: each route parses its parameters, calls one function of `eventmill.web.queries` on a
shared read-only connection and turns errors into status codes (bad parameter 400 or 422 naming it,
missing article or incidents 404, database busy past the wait or query too slow 503). The pages are static files
that fetch the JSON API, so every page has a JSON twin, and they put stored text into the page as
text only (`textContent`), never as markup.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles

from eventmill import __version__, ontology
from eventmill.web import queries
from eventmill.web.db import Database, DatabaseBusy, QueryTimeout
from eventmill.web.filters import BadParameter, EventFilter, NoIncidents, has_column, has_table, parse_filter
from eventmill.web.headers import SecurityHeaders

STATIC = Path(__file__).parent / "static"


def filters(
    type: str | None = Query(None, description="PLOVER types, comma-separated (ASSAULT,PROTEST)", max_length=200),
    country: str | None = Query(
        None, description="ISO 3166-1 alpha-2 codes of the place, comma-separated", max_length=200
    ),
    since: str | None = Query(
        None, description="first date, YYYY-MM-DD (event date, else publication date)", max_length=200
    ),
    until: str | None = Query(None, description="last date, YYYY-MM-DD", max_length=200),
    actor: str | None = Query(None, description="part of the first actor's or recipient's name", max_length=200),
    q: str | None = Query(None, description="text in the evidence sentence", max_length=200),
    bbox: str | None = Query(None, description="west,south,east,north in degrees", max_length=200),
    incident: str | None = Query(None, description="an incident ID (once incidents exist)", max_length=200),
    min_geo_confidence: float | None = Query(None, description="lowest place confidence, 0 to 1"),
) -> EventFilter:
    return parse_filter(type, country, since, until, actor, q, bbox, incident, min_geo_confidence)


Filters = Annotated[EventFilter, Depends(filters)]


def create_app(
    db: str | Path,
    timeout_s: float = 10.0,
    max_rows: int = 100_000,
    allowed_hosts: list[str] | None = None,
    idle_close_s: float = 5.0,
    busy_wait_s: float = 10.0,
) -> FastAPI:
    """The app over one database file; `max_rows` caps CSV, GeoJSON and map responses; the file is
    closed `idle_close_s` seconds after the last request or as soon as a writer wants it, and a
    request waits up to `busy_wait_s` seconds for a writer to let it go (see `eventmill.web.db`)."""
    database = Database(db, timeout_s, idle_close_s, busy_wait_s=busy_wait_s)
    app = FastAPI(
        title="eventmill",
        version=__version__,
        description="Coded news events: who did what to whom, where, when, how many, and who says so.",
        docs_url=None,  # FastAPI's own /docs loads Swagger UI from a CDN; ours is a local page
        redoc_url=None,
    )
    app.add_middleware(SecurityHeaders, allowed_hosts=allowed_hosts)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.state.database = database

    def error(status: int, detail: str, **extra: Any) -> JSONResponse:
        return JSONResponse({"detail": detail, **extra}, status_code=status)

    app.add_exception_handler(BadParameter, lambda r, e: error(400, e.message, parameter=e.parameter))
    app.add_exception_handler(NoIncidents, lambda r, e: error(404, str(e)))
    app.add_exception_handler(DatabaseBusy, lambda r, e: error(503, str(e)))
    app.add_exception_handler(QueryTimeout, lambda r, e: error(503, str(e)))

    for page, name in (("/", "index.html"), ("/docs", "docs.html")):
        app.add_api_route(page, _page(name), methods=["GET", "HEAD"], include_in_schema=False)
    for page, name in (("/articles/{article_id}", "article.html"), ("/incidents/{incident_id}", "incident.html")):
        app.add_api_route(page, _page(name), methods=["GET", "HEAD"], include_in_schema=False)

    @app.get("/api/meta", summary="What this database holds: event types, whether incidents exist")
    def meta() -> dict[str, Any]:
        with database.connect() as con:
            incidents = has_table(con, "incidents") and has_column(con, "events", "incident_id")
        return {
            "version": __version__,
            "database": database.path.name,
            "types": list(ontology.types()),
            "incidents": incidents,
            "max_limit": queries.MAX_LIMIT,
        }

    @app.get("/api/events", summary="Events matching the filters, one page at a time")
    def events(
        where: Filters,
        limit: int = Query(50, ge=0, le=queries.MAX_LIMIT, description="events per page, at most 1000"),
        offset: int = Query(0, ge=0, le=2**62, description="events to skip: the page starts after them"),
        sort: str = Query("date", description=f"one of {', '.join(queries.SORTS)}", max_length=200),
        desc: bool = Query(False, description="sort in descending order"),
    ) -> dict[str, Any]:
        with database.connect() as con:
            return queries.events(con, where, limit, offset, sort, desc)

    @app.get("/api/points", summary="Located events as [lat, lon, type, article_id, event_no] for the map")
    def points(
        where: Filters,
        limit: int = Query(
            20_000, ge=0, le=max_rows, description=f"points at most (the map's default; {max_rows:,} max)"
        ),
    ) -> dict[str, Any]:
        with database.connect() as con:
            return queries.points(con, where, min(limit, max_rows))

    @app.get("/api/stats", summary="Counts by type, by country and by day or week")
    def stats(
        where: Filters,
        interval: str = Query("auto", description="auto, day or week", max_length=200),
    ) -> dict[str, Any]:
        with database.connect() as con:
            return queries.stats(con, where, interval)

    @app.get("/api/events.csv", summary="The same events as ACLED-style CSV (streamed)")
    def events_csv(where: Filters) -> StreamingResponse:
        from eventmill.writers.acled import ACLED_COLUMNS, EVENTMILL_COLUMNS, acled_row

        def write(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
            buf = io.StringIO()
            out = csv.DictWriter(buf, fieldnames=ACLED_COLUMNS + EVENTMILL_COLUMNS)
            out.writeheader()
            for i, row in enumerate(rows):
                if (line := acled_row(row)) is not None:
                    out.writerow(line)
                if i % 1000 == 999:
                    yield _drain(buf)
            yield _drain(buf)

        return _stream(database, where, max_rows, write, "text/csv; charset=utf-8", "events.csv")

    @app.get("/api/events.geojson", summary="The same events with a place, as a GeoJSON FeatureCollection (streamed)")
    def events_geojson(where: Filters) -> StreamingResponse:
        from eventmill.writers.exports import FLAT

        def write(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
            yield '{"type": "FeatureCollection", "features": [\n'
            n = 0
            for row in rows:
                if row["latitude"] is None or row["longitude"] is None:
                    continue
                # row.get: a store from before schema version 5 has no incident_id
                props = {k: queries.plain(row.get(k)) for k in FLAT if k not in ("latitude", "longitude")}
                props["modes"] = ",".join(row["modes"] or [])
                geometry = {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]}
                feature = {"type": "Feature", "id": f"{row['article_id']}-{row['event_no']}", "geometry": geometry}
                yield (",\n" if n else "") + json.dumps(feature | {"properties": props}, ensure_ascii=False)
                n += 1
            yield "\n]}\n"

        return _stream(database, where, max_rows, write, "application/geo+json", "events.geojson")

    @app.get("/api/articles/{article_id}", summary="An article's text, metadata, events, quotes and places")
    def article(article_id: str) -> Any:
        with database.connect() as con:
            found = queries.article(con, article_id[:64])
        if found is None:
            return error(404, f"no article {article_id[:64]!r} in this database")
        return found

    @app.get("/api/incidents", summary="Incidents holding events that match the filters (once incidents exist)")
    def incidents(
        where: Filters,
        limit: int = Query(50, ge=0, le=queries.MAX_LIMIT, description="incidents per page, at most 1000"),
        offset: int = Query(0, ge=0, le=2**62, description="incidents to skip: the page starts after them"),
    ) -> dict[str, Any]:
        with database.connect() as con:
            return queries.incidents(con, where, limit, offset)

    @app.get("/api/incidents/{incident_id}", summary="One incident and every report of it (once incidents exist)")
    def incident(incident_id: str) -> Any:
        with database.connect() as con:
            found = queries.incident(con, incident_id[:64])
        if found is None:
            return error(404, f"no incident {incident_id[:64]!r} in this database")
        return found

    return app


def _page(name: str) -> Any:
    def page(request: Request) -> FileResponse:
        return FileResponse(STATIC / name, media_type="text/html; charset=utf-8")

    return page


def _drain(buf: io.StringIO) -> str:
    text = buf.getvalue()
    buf.seek(0)
    buf.truncate()
    return text


def _stream(database: Database, where: EventFilter, cap: int, write: Any, media: str, name: str) -> StreamingResponse:
    """Stream the filtered rows through `write`; the connection closes when the last chunk is sent."""
    stack = contextlib.ExitStack()
    try:
        con = stack.enter_context(database.connect(database.timeout_s * 6))
        total, rows = queries.stream_rows(con, where, cap)
    except BaseException:
        stack.close()
        raise

    def chunks() -> Iterator[str]:
        with stack:
            yield from write(rows)

    headers = {
        "Content-Disposition": f'inline; filename="{name}"',
        "X-Total-Count": str(total),
        "X-Truncated": "true" if total > cap else "false",
    }
    return StreamingResponse(chunks(), media_type=media, headers=headers)
