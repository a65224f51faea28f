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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventmill.incidents import clustering, duplicates
from eventmill.incidents.reports import Report, build_reports, read_rows
from eventmill.incidents.scoring import Settings, weigh
from eventmill.incidents.writes import drop_leftovers, transaction, write_incidents, write_matched

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


# incidents written per transaction by an incremental update: between two, eventmill serve may read
# the file (about 0.3 s of writing for 500 incidents of four reports on the shared 2-core machine)
CHUNK = 500


def update_incidents(
    store: Any,
    rebuild: bool = False,
    settings: Settings | None = None,
    mapper: Callable | None = None,
    chunk: int = CHUNK,
) -> UpdateSummary:
    """Match new articles (every article with `rebuild`) into incidents, in a `Store` at schema version 5
    or later.

    While `eventmill serve` reads the file (`Store.lending`), the store is read in short turns and the
    matching runs with the file closed, so pages answer meanwhile. The incidents are then written
    `chunk` at a time, each with its reports, events and summary in one transaction, and the new
    articles' signatures last (they mark an article matched): an update stopped midway leaves
    reports of unmarked articles, which the next one takes back before it matches them again. A
    rebuild writes everything in one transaction (readers never see the incidents half gone)."""
    t0 = time.perf_counter()
    settings = settings or Settings()
    out = UpdateSummary()
    with store.lending():
        if not rebuild:
            with store.turn() as con, transaction(con):
                drop_leftovers(con)
        plan = _plan(store, rebuild, settings, mapper, out)
        if plan is not None and not rebuild:
            for part in _parts(plan, chunk):
                with store.turn() as con, transaction(con):
                    write_incidents(con, *part)
                store.yield_to_readers()
        with store.turn() as con, transaction(con):
            if rebuild:
                con.execute(
                    "DELETE FROM incident_reports; DELETE FROM incidents; DELETE FROM incident_words; "
                    "UPDATE events SET incident_id = NULL"
                )
                if plan is not None:
                    write_incidents(con, plan.report_rows, plan.event_rows, plan.touched)
            if plan is not None:
                write_matched(con, plan.minhash, plan.added_words, plan.touched)
            out.incidents = con.execute("SELECT count(*) FROM incidents").fetchall()[0][0]
    out.seconds = time.perf_counter() - t0
    log.info("incidents: %s", out.line())
    return out


def _parts(plan: _Plan, chunk: int) -> Iterator[tuple[list[tuple], list[tuple[str, int, str]], list[str]]]:
    """The plan's reports and events, `chunk` incidents at a time."""
    reports: dict[str, list[tuple]] = defaultdict(list)
    for row in plan.report_rows:
        reports[row[0]].append(row)
    events: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for row in plan.event_rows:
        events[row[2]].append(row)
    for i in range(0, len(plan.touched), max(1, chunk)):
        part = plan.touched[i : i + max(1, chunk)]
        yield [r for iid in part for r in reports[iid]], [e for iid in part for e in events[iid]], part


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
