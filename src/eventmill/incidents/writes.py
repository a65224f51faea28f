"""Writing what incident matching decided (`eventmill.incidents.update`): reports, events' incident IDs,
incidents rows, and the signatures and word counts that mark articles matched.

An incremental update writes its incidents in several short transactions (`write_incidents`), so a
reader of the file gets turns between them, and marks the articles matched last (`write_matched`).
Reports of articles that were never marked are the leftovers of an update stopped midway:
`drop_leftovers` takes them back, and their articles are matched again as new.
"""

from __future__ import annotations

import contextlib
from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import Any

from eventmill.incidents.summary import COLUMNS, EVENTS_SQL, summarise


@contextlib.contextmanager
def transaction(con: Any) -> Iterator[None]:
    """One transaction: committed if the block ends, rolled back if it raises."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def write_incidents(
    con: Any, report_rows: list[tuple], event_rows: list[tuple[str, int, str]], touched: list[str]
) -> None:
    """Some incidents: their new reports, their events' incident ID, their summaries (all their reports are
    written, or were before)."""
    if report_rows:
        names = ("incident_id", "article_id", "report_no", "family", "role", "recalled", "dup_group", "score")
        columns = zip((*names, "countries"), zip(*report_rows), strict=True)
        insert(con, "incident_reports", {n: list(col) for n, col in columns})
    _set_event_incidents(con, event_rows)
    summarise_incidents(con, touched)


def write_matched(con: Any, minhash: dict[str, list], added_words: Counter, touched: list[str]) -> None:
    """Mark the new articles matched: their signatures and duplicate groups, their name words counted;
    reports whose article's duplicate group changed take it, and the incidents written this time that
    hold such a report are summarised again (their outlets count near-duplicates once)."""
    con.execute(
        "DELETE FROM article_minhash WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [minhash["article_id"]]
    )
    insert(con, "article_minhash", minhash)
    changed = con.execute(
        "SELECT DISTINCT r.incident_id FROM incident_reports r JOIN article_minhash m ON m.article_id = r.article_id "
        "WHERE r.dup_group <> m.dup_group"
    ).fetchall()
    con.execute(
        "UPDATE incident_reports SET dup_group = m.dup_group FROM article_minhash m "
        "WHERE incident_reports.article_id = m.article_id AND incident_reports.dup_group <> m.dup_group"
    )
    summarise_incidents(con, sorted({i for (i,) in changed} & set(touched)))
    if added_words:
        table = {"word": list(added_words), "articles": list(added_words.values())}
        con.execute("CREATE OR REPLACE TEMP TABLE _added (word VARCHAR, articles INTEGER)")
        insert(con, "_added", table)
        con.execute(
            "INSERT INTO incident_words SELECT word, articles FROM _added "
            "ON CONFLICT (word) DO UPDATE SET articles = incident_words.articles + excluded.articles"
        )


def drop_leftovers(con: Any) -> None:
    """Take back the reports of articles never marked matched (an update stopped before its last
    transaction): their events lose the incident, and their incidents are summarised again (or go)."""
    rows = con.execute(
        "SELECT DISTINCT article_id, incident_id FROM incident_reports "
        "WHERE article_id NOT IN (SELECT article_id FROM article_minhash)"
    ).fetchall()
    if not rows:
        return
    articles = sorted({a for a, _ in rows})
    con.execute("DELETE FROM incident_reports WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [articles])
    con.execute("UPDATE events SET incident_id = NULL WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [articles])
    summarise_incidents(con, sorted({i for _, i in rows}))


def insert(con: Any, table: str, columns: dict[str, list]) -> None:
    """Insert columns into a table in one statement, through Arrow (not row by row)."""
    import pyarrow as pa

    if not next(iter(columns.values())):
        return
    schema = con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
    arrow = pa.Table.from_pydict(columns, schema=pa.schema([schema.field(c) for c in columns]))
    con.register("_insert", arrow)
    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _insert")
    con.unregister("_insert")


def _set_event_incidents(con: Any, rows: list[tuple[str, int, str]]) -> None:
    if not rows:
        return
    import pyarrow as pa

    cols = list(zip(*rows))
    table = pa.table({"article_id": list(cols[0]), "event_no": list(cols[1]), "incident_id": list(cols[2])})
    con.register("_incident_map", table)
    con.execute(
        "UPDATE events SET incident_id = m.incident_id FROM _incident_map m "
        "WHERE events.article_id = m.article_id AND events.event_no = m.event_no"
    )
    con.unregister("_incident_map")


def summarise_incidents(con: Any, touched: list[str]) -> None:
    """Write the incidents rows of the touched incidents again from their events."""
    if not touched:
        return
    import pyarrow as pa

    con.execute("CREATE OR REPLACE TEMP TABLE _touched AS SELECT unnest(?::VARCHAR[]) AS incident_id", [touched])
    rows: dict[str, list[tuple]] = defaultdict(list)
    cur = con.execute(EVENTS_SQL)
    while chunk := cur.fetchmany(50_000):
        for row in chunk:
            rows[row[0]].append(row)
    summaries = [summarise(iid, rows[iid]) for iid in touched if rows.get(iid)]
    con.execute("DELETE FROM incidents WHERE incident_id IN (SELECT incident_id FROM _touched)")
    if summaries:
        schema = con.sql("SELECT * FROM incidents LIMIT 0").to_arrow_table().schema
        table = pa.Table.from_pylist(summaries, schema=schema)
        con.register("_incidents", table)
        con.execute(f"INSERT INTO incidents BY NAME SELECT {', '.join(COLUMNS)} FROM _incidents")
        con.unregister("_incidents")
