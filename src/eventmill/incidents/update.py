"""Incidents in the corpus store: match the articles coded since the last update (or all, on rebuild),
then write `events.incident_id`, `incident_reports` and the `incidents` rows they touched.

Incremental: reports already in an incident stay there; new ones are scored against the incidents of
their block and join one or start their own. Only the incidents that gained a report are summarised
again. A rebuild forgets every incident and matches the whole store from scratch, in date order.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventmill.incidents import clustering, duplicates
from eventmill.incidents.reports import Report, build_reports, read_rows
from eventmill.incidents.scoring import Settings, weigh
from eventmill.incidents.summary import COLUMNS, EVENTS_SQL, summarise

log = logging.getLogger(__name__)


@dataclass(slots=True)
class UpdateSummary:
    """What an update did."""

    articles: int = 0  # articles matched this time
    reports: int = 0
    read_again: int = 0  # reports matched before, read again because they share a block with new ones
    joined: int = 0  # reports that joined an existing or earlier incident
    incidents: int = 0  # incidents in the store afterwards
    touched: int = 0  # incidents written this time
    duplicates: int = 0  # new articles found to be near-duplicates of another
    seconds: float = 0.0

    def line(self) -> str:
        return (
            f"matched {self.articles} articles ({self.reports} reports, {self.joined} joined an incident, "
            f"{self.duplicates} near-duplicates); {self.incidents} incidents, {self.touched} written; "
            f"{self.seconds:.1f} s"
        )


def update_incidents(
    store: Any,
    rebuild: bool = False,
    settings: Settings | None = None,
    mapper: Callable | None = None,
) -> UpdateSummary:
    """Match new articles (every article with `rebuild`) into incidents, in a `Store` at schema version 5
    or later.

    While `eventmill serve` reads the file (`Store.lending`), the store is read in short turns and the
    matching runs with the file closed, so pages answer meanwhile; everything is then written in one
    transaction, so a stop at any point leaves the incidents as they were or wholly updated."""
    t0 = time.perf_counter()
    settings = settings or Settings()
    out = UpdateSummary()
    with store.lending():
        plan = _plan(store, rebuild, settings, mapper, out)
        with store.turn() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                if rebuild:
                    con.execute(
                        "DELETE FROM incident_reports; DELETE FROM incidents; DELETE FROM incident_words; "
                        "UPDATE events SET incident_id = NULL"
                    )
                if plan is not None:
                    _write(con, plan)
                out.incidents = con.execute("SELECT count(*) FROM incidents").fetchall()[0][0]
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
    out.seconds = time.perf_counter() - t0
    log.info("incidents: %s", out.line())
    return out


@dataclass(slots=True)
class _Plan:
    """What an update writes, all of it worked out before the write begins."""

    minhash: dict[str, list]  # article_minhash rows to write again (article_id, dup_group, signature)
    added_words: Counter  # name words of the new articles: incident_words counts to add
    report_rows: list[tuple]
    event_rows: list[tuple[str, int, str]]  # article_id, event_no, incident_id
    touched: list[str]  # incidents to summarise again


def _plan(store: Any, rebuild: bool, settings: Settings, mapper: Callable | None, out: UpdateSummary) -> _Plan | None:
    """Read what matching needs (in short turns on the file) and match, as the write will find the
    store: with `rebuild`, no incident, report or word count survives it."""
    with store.turn() as con:
        new_ids = _new_articles(con, rebuild)
        if not new_ids:
            return None
        log.info("incidents: matching %d articles", len(new_ids))
        stored_sigs = {
            r[0]: r for r in con.execute("SELECT article_id, dup_group, signature FROM article_minhash").fetchall()
        }
        texts = con.execute(
            "SELECT id, text FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
            [[a for a in new_ids if a not in stored_sigs]],
        ).fetchall()
    out.articles = len(new_ids)
    groups, minhash = _near_duplicates(new_ids, stored_sigs, texts, rebuild)
    out.duplicates = sum(1 for a in new_ids if groups.get(a, a) != a)
    # article_minhash as the write leaves it
    dup = {a: g for a, g, _ in stored_sigs.values()} | groups
    n_docs = len(stored_sigs.keys() | groups.keys())
    new_set = set(new_ids)
    with store.turn() as con:
        new_rows = read_rows(con, new_ids)
    new_reports = build_reports(new_rows, settings.recall_days)
    old_reports: list[Report] = []
    if not rebuild:  # a rebuild forgets every report: none is read again
        with store.turn() as con:
            old_rows = read_rows(con, _neighbours(con, new_reports))
        old_reports = [r for r in build_reports(old_rows, settings.recall_days) if r.article_id not in new_set]
    reports = old_reports + new_reports
    out.read_again = len(old_reports)
    new_words: dict[str, set[str]] = defaultdict(set)
    for r in reports:
        r.dup_group = dup.get(r.article_id, r.article_id)
        if r.article_id in new_set:
            new_words[r.article_id].update(r.names)
    added: Counter = Counter()
    for words in new_words.values():
        added.update(words)
    wanted = sorted({w for r in reports for w in r.names})
    keys = [r.key for r in old_reports]
    with store.turn() as con:
        df = Counter() if rebuild else Counter(dict(_stored_counts(con, wanted)))
        assigned = {
            f"{a}:{n}": i
            for a, n, i in con.execute(
                "SELECT article_id, report_no, incident_id FROM incident_reports "
                "WHERE article_id || ':' || report_no IN (SELECT unnest(?::VARCHAR[]))",
                [keys],
            ).fetchall()
        }
    df.update(added)  # the counts the write leaves (every added word is a wanted one)
    weigh(reports, df, n_docs)
    results = clustering.cluster(reports, settings, assigned, mapper)
    by_key = {r.key: r for r in reports}
    out.reports = len(new_reports)
    out.joined = sum(1 for a in results if a.score is not None)
    report_rows: list[tuple] = []
    event_rows: list[tuple[str, int, str]] = []
    for a in results:
        r = by_key[a.key]
        report_rows.append(
            (
                a.incident_id,
                r.article_id,
                r.report_no,
                r.family,
                r.role,
                r.recalled,
                r.dup_group,
                a.score,
                sorted(r.countries),
            )
        )
        event_rows.extend((r.article_id, no, a.incident_id) for no in r.events)
    touched = sorted({row[0] for row in report_rows})
    out.touched = len(touched)
    return _Plan(minhash, added, report_rows, event_rows, touched)


def _write(con: Any, plan: _Plan) -> None:
    """Write a plan, within the caller's transaction."""
    con.execute(
        "DELETE FROM article_minhash WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [plan.minhash["article_id"]]
    )
    _insert(con, "article_minhash", plan.minhash)
    con.execute(
        "UPDATE incident_reports SET dup_group = m.dup_group FROM article_minhash m "
        "WHERE incident_reports.article_id = m.article_id AND incident_reports.dup_group <> m.dup_group"
    )
    if plan.added_words:
        table = {"word": list(plan.added_words), "articles": list(plan.added_words.values())}
        con.execute("CREATE OR REPLACE TEMP TABLE _added (word VARCHAR, articles INTEGER)")
        _insert(con, "_added", table)
        con.execute(
            "INSERT INTO incident_words SELECT word, articles FROM _added "
            "ON CONFLICT (word) DO UPDATE SET articles = incident_words.articles + excluded.articles"
        )
    if plan.report_rows:
        names = ("incident_id", "article_id", "report_no", "family", "role", "recalled", "dup_group", "score")
        columns = zip((*names, "countries"), zip(*plan.report_rows), strict=True)
        _insert(con, "incident_reports", {n: list(col) for n, col in columns})
    _set_event_incidents(con, plan.event_rows)
    _summarise(con, plan.touched)


def _new_articles(con: Any, rebuild: bool) -> list[str]:
    """Coded articles never matched (with rebuild: all coded articles)."""
    sql = "SELECT id FROM articles WHERE status = 'coded'"
    if not rebuild:
        sql += " AND id NOT IN (SELECT article_id FROM article_minhash)"
    return sorted(r[0] for r in con.execute(sql).fetchall())


def _near_duplicates(
    new_ids: list[str], stored_sigs: dict[str, tuple], texts: list[tuple[str, str]], rebuild: bool
) -> tuple[dict[str, str], dict[str, list]]:
    """The duplicate groups of the new articles (article -> group), and the article_minhash rows to write."""
    fresh = {aid: duplicates.signature(text or "") for aid, text in texts}
    if rebuild:  # every article is new: group them all again from their stored signatures
        new = [(a, fresh.get(a) or list(stored_sigs[a][2])) for a in new_ids]
        stored: list[tuple[str, str, list[int]]] = []
    else:
        new = [(a, fresh[a]) for a in new_ids]
        stored = [(a, g, list(s)) for a, g, s in stored_sigs.values()]
    groups = duplicates.groups(new, stored)
    rows: dict[str, list] = {
        "article_id": list(groups),
        "dup_group": [groups[a] for a in groups],
        "signature": [fresh.get(a) or list(stored_sigs[a][2]) for a in groups],
    }
    return groups, rows


def _neighbours(con: Any, new_reports: list[Report]) -> list[str]:
    """Articles already matched whose reports share a block with the new ones (a family and a country;
    for a new report placed nowhere, its whole family): only they are read again."""
    pairs = sorted({(r.family, c) for r in new_reports for c in r.countries})
    families = sorted({r.family for r in new_reports if not r.countries})
    if not pairs and not families:
        return []
    rows = con.execute(
        "SELECT DISTINCT article_id FROM incident_reports r "
        "WHERE family IN (SELECT unnest(?::VARCHAR[])) "
        "OR EXISTS (SELECT 1 FROM (SELECT unnest(?::VARCHAR[]) AS f, unnest(?::VARCHAR[]) AS c) p "
        "           WHERE p.f = r.family AND list_contains(r.countries, p.c))",
        [families, [f for f, _ in pairs], [c for _, c in pairs]],
    ).fetchall()
    return sorted(a for (a,) in rows)


def _stored_counts(con: Any, words: list[str]) -> list[tuple[str, int]]:
    """In how many matched articles each of these words appears, as stored."""
    return con.execute(
        "SELECT word, articles FROM incident_words WHERE word IN (SELECT unnest(?::VARCHAR[]))", [words]
    ).fetchall()


def _insert(con: Any, table: str, columns: dict[str, list]) -> None:
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


def _summarise(con: Any, touched: list[str]) -> None:
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


def update_store(db: str | Path, rebuild: bool = False, settings: Settings | None = None, dask: str | None = None):
    """Open the store at `db` and update (or rebuild) its incidents; `dask`: a scheduler address or 'local'.

    Takes the run lock (`eventmill.corpus.sharing.RunLock`): between reading and writing, the file may be
    lent to `eventmill serve`, and no other writer may change it meanwhile."""
    from eventmill.corpus.sharing import RunLock
    from eventmill.corpus.store import Store, StoreError

    lock = RunLock(db)
    if not lock.acquire():
        raise StoreError(
            f"{db} is in use by a running eventmill run (or eventmill incidents); a run matches the articles "
            "it codes when it ends, so wait for it to finish"
        )
    try:
        with Store(db) as store:
            if not dask:
                return update_incidents(store, rebuild, settings)
            client = _dask_client(dask)
            try:
                return update_incidents(store, rebuild, settings, clustering.dask_mapper(client))
            finally:
                client.close()
    finally:
        lock.release()


def _dask_client(address: str) -> Any:
    from eventmill.corpus.extras import require

    distributed = require("distributed", "dask")
    if address == "local":
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        return distributed.Client(cluster)
    return distributed.Client(address)
