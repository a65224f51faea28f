"""What a database holds: articles, events by type and country, problems, runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventmill.corpus.store import Store
from eventmill.errors import ConfigError


def stats(db: str | Path, top: int = 10) -> dict[str, Any]:
    """Counts for `eventmill stats`, as a JSON-ready dict."""
    with Store(db, read_only=True) as store:
        q = store.query
        by_status = dict(q("SELECT status, count(*) FROM articles GROUP BY status"))
        first, last = q("SELECT min(published), max(published) FROM articles")[0]
        runs = q("SELECT run_id, started_at, finished_at, backend, coded, failed, events FROM runs ORDER BY run_id")
        return {
            "database": str(db),
            "bytes": Path(db).stat().st_size,
            "schema_version": store.version(),
            "articles": {
                "coded": by_status.get("coded", 0),
                "failed": by_status.get("failed", 0),
                "sources": q("SELECT count(*) FROM sources")[0][0],
                "published_from": first.isoformat() if first else None,
                "published_to": last.isoformat() if last else None,
                "languages": dict(
                    q(
                        "SELECT coalesce(lang, '?'), count(*) FROM articles "
                        "WHERE status = 'coded' GROUP BY 1 ORDER BY 2 DESC"
                    )
                ),
            },
            "events": q("SELECT count(*) FROM events")[0][0],
            "events_by_type": dict(q("SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC, 1")),
            "events_by_country": dict(
                q("SELECT coalesce(country, '?'), count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?", [top])
            ),
            "incidents": _incidents(q, top),
            "located_events": q("SELECT count(*) FROM events WHERE latitude IS NOT NULL")[0][0],
            "dated_events": q("SELECT count(*) FROM events WHERE event_date IS NOT NULL")[0][0],
            "quotes": q("SELECT count(*) FROM quotes")[0][0],
            "actor_mentions": q("SELECT count(*) FROM actors")[0][0],
            "place_mentions": q("SELECT count(*) FROM places")[0][0],
            "problems_by_stage": {
                f"{s} ({k})": n
                for s, k, n in q("SELECT stage, kind, count(*) FROM problems GROUP BY 1, 2 ORDER BY 3 DESC, 1")
            },
            "top_problems": [
                {"stage": s, "message": m, "articles": n}
                for s, m, n in q(
                    "SELECT stage, regexp_replace(CASE WHEN starts_with(message, source) THEN 'INPUT' || "
                    "substr(message, length(source) + 1) ELSE message END, '([ (])[0-9][0-9,]*', '\\1N', 'g') AS m, "
                    "count(*) "
                    "FROM problems "
                    "WHERE kind = 'error' GROUP BY 1, 2 ORDER BY 3 DESC, 2 LIMIT ?",
                    [top],
                )
            ],
            "runs": [
                {
                    "run": r[0],
                    "started": r[1].isoformat(sep=" "),
                    "finished": r[2].isoformat(sep=" ") if r[2] else None,
                    "backend": r[3],
                    "coded": r[4],
                    "failed": r[5],
                    "events": r[6],
                }
                for r in runs
            ],
        }


def _incidents(q: Any, top: int) -> dict[str, Any]:
    """Incidents by type and country, and how many reports (articles) each has."""
    return {
        "count": q("SELECT count(*) FROM incidents")[0][0],
        "by_type": dict(q("SELECT type, count(*) FROM incidents GROUP BY 1 ORDER BY 2 DESC, 1")),
        "by_country": dict(
            q("SELECT coalesce(country, '?'), count(*) FROM incidents GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?", [top])
        ),
        "articles_per_incident": {
            str(k): n
            for k, n in q(
                "SELECT CASE WHEN n_articles >= 10 THEN '10+' ELSE CAST(n_articles AS VARCHAR) END, count(*) "
                "FROM incidents GROUP BY 1 ORDER BY min(n_articles)"
            )
        },
    }


def format_stats(s: dict[str, Any]) -> str:
    """The stats as a short report for a terminal."""
    a = s["articles"]
    lines = [
        f"{s['database']}: {s['bytes'] / 1e6:.1f} MB, schema version {s['schema_version']}",
        f"articles: {a['coded']} coded, {a['failed']} failed, {a['sources']} input records"
        + (f"; published {a['published_from']} to {a['published_to']}" if a["published_from"] else ""),
        f"events: {s['events']} ({s['located_events']} with a place, {s['dated_events']} with a date); "
        f"quotes: {s['quotes']}; actor mentions: {s['actor_mentions']}; place mentions: {s['place_mentions']}",
    ]

    def block(title: str, items: dict) -> None:
        if items:
            lines.append(title)
            width = max(len(str(k)) for k in items)
            lines.extend(f"  {str(k).ljust(width)}  {v}" for k, v in items.items())

    block("events by type:", s["events_by_type"])
    block("events by country (ISO alpha-2):", s["events_by_country"])
    inc = s["incidents"]
    if inc["count"]:
        lines.append(f"incidents: {inc['count']} (eventmill incidents)")
        block("incidents by type:", inc["by_type"])
        block("incidents by country:", inc["by_country"])
        block("articles per incident:", inc["articles_per_incident"])
    block("problems by stage:", s["problems_by_stage"])
    if s["top_problems"]:
        lines.append("most frequent errors:")
        lines.extend(f"  {p['articles']:>6}  {p['stage']}: {p['message'][:100]}" for p in s["top_problems"])
    if s["runs"]:
        lines.append("runs:")
        for r in s["runs"]:
            state = f"finished {r['finished']}" if r["finished"] else "interrupted (run again to resume)"
            counts = f", {r['coded']} coded, {r['failed']} failed, {r['events']} events" if r["finished"] else ""
            lines.append(f"  #{r['run']} started {r['started']} on {r['backend']}: {state}{counts}")
    return "\n".join(lines)


def query_rows(db: str | Path, sql: str) -> tuple[list[str], list[tuple]]:
    """Column names and rows of one read-only SQL query (`eventmill sql`); a query DuckDB refuses is a
    ConfigError with DuckDB's first line."""
    import duckdb

    with Store(db, read_only=True) as store:
        try:
            cur = store.con.execute(sql)
        except duckdb.Error as exc:
            raise ConfigError(f"the query failed: {str(exc).splitlines()[0]}") from None
        if cur.description is None:
            return [], []
        return [d[0] for d in cur.description], cur.fetchall()
