"""The batch runner: records in, batches coded by workers, results committed in transactions.

Resume: IDs already stored are skipped before coding (pages, whose ID is known only once their text
is extracted, are skipped by source), and a batch is stored whole or not at all (finished batches
are committed together, about once a second). A run killed with `kill -9` and started again
therefore loses nothing and duplicates nothing.

Isolation: an article that cannot be coded becomes a failure row (a problem saying why) and the
batch goes on; so does one whose coding runs past `--article-timeout`, and one that kills its
worker process (`dispatch.py` finds it and sets it aside).
"""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventmill.config import Config
from eventmill.corpus.coding import BatchResult, code_batch
from eventmill.corpus.dispatch import Dispatcher
from eventmill.corpus.executors import make_executor
from eventmill.corpus.readers.inputs import check_inputs, estimate, iter_records
from eventmill.corpus.readers.records import Record
from eventmill.corpus.readers.text import Columns
from eventmill.corpus.rows import keep_new, merge_tables
from eventmill.corpus.sharing import RunLock
from eventmill.corpus.store import Store, StoreError
from eventmill.errors import ConfigError
from eventmill.models import Article, Document

log = logging.getLogger(__name__)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


@dataclass(frozen=True, slots=True)
class RunOptions:
    """How to run a corpus (the settings that change results are in `Config`)."""

    db: Path = Path("events.duckdb")
    workers: int = field(default_factory=default_workers)
    dask: str | None = None  # "local", or a scheduler address such as tcp://host:8786
    batch_size: int = 16
    fmt: str = "auto"
    columns: Columns = Columns()
    progress: bool | None = None  # None: when standard error is a terminal
    article_timeout: float = 60.0  # seconds one article may take to code; 0: no limit
    # codes one article; None: eventmill's pipeline. It must pickle by reference (a module-level
    # function) to reach pool workers: tests put a slow or crashing one here
    coder: Callable[[Article, Config], Document] | None = None
    incidents: bool = True  # match the newly coded articles into incidents when the run ends


@dataclass
class RunSummary:
    """What a run did; `workers` maps each worker (host:pid) to its peak memory in MB."""

    run_id: int = 0
    coded: int = 0
    failed: int = 0
    events: int = 0
    skipped: int = 0  # already in the database from an earlier run
    duplicates: int = 0  # the same text seen again in this run
    quarantined: int = 0  # failed because they killed their worker process (counted in failed too)
    seconds: float = 0.0
    timeline: list[tuple[float, int]] = field(default_factory=list)  # (seconds, articles stored) per commit
    rows: int = 0
    backend: str = ""
    workers: dict[str, float] = field(default_factory=dict)
    worker_cpu_s: float = 0.0  # CPU time the workers spent (their first batches include loading models)
    incidents: str = ""  # what incident matching did (eventmill.incidents.UpdateSummary.line), after `seconds`
    incident_seconds: float = 0.0

    @property
    def rate(self) -> float:
        return (self.coded + self.failed) / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        return (
            f"coded {self.coded} articles ({self.events} events), {self.failed} failed, {self.skipped} already "
            f"stored, {self.duplicates} duplicates; {self.seconds:.1f} s, {self.rate:.1f} articles/s "
            f"on {self.backend}"
        )


# a transaction of 16 articles takes about 30 ms and one of 256 about 65 ms (bench_corpus.py), so
# results are gathered until this many articles or seconds have piled up: one writer then keeps up
# with many workers, and a kill loses at most a second of work
COMMIT_ARTICLES = 256
LOADING = "loading models…"
COMMIT_SECONDS = 1.0


class _Writer:
    """Stores finished batches, a few at a time in one transaction, and keeps the counts."""

    def __init__(self, store: Store, run_id: int, summary: RunSummary, bar: Any, t0: float) -> None:
        self.store, self.run_id, self.summary, self.bar, self.t0 = store, run_id, summary, bar, t0
        self.stored = store.stored_ids()
        self.extra_sources: list[tuple[str, str]] = []  # repeats skipped before coding
        self.pending: list[dict[str, dict[str, list]]] = []
        self.pending_records = 0
        self.last_commit = time.perf_counter()

    def add(self, result: BatchResult, n_records: int) -> None:
        if not self.summary.workers:  # the first batch is back: the models have loaded
            self.bar.set_description_str("", refresh=False)
        s = self.summary
        s.workers[result.worker] = max(s.workers.get(result.worker, 0.0), result.peak_rss_mb)
        s.worker_cpu_s += result.cpu_seconds
        self.add_tables(result.tables, n_records)

    def add_tables(self, tables: dict[str, dict[str, list]], n_records: int) -> None:
        """Rows for these records, stored with the next commit."""
        self.pending.append(tables)
        self.pending_records += n_records
        self.bar.update(n_records)
        if self.pending_records >= COMMIT_ARTICLES or time.perf_counter() - self.last_commit >= COMMIT_SECONDS:
            self.commit()

    def commit(self) -> None:
        """Write everything pending in one transaction."""
        s = self.summary
        tables = keep_new(merge_tables(self.pending), self.stored)
        if self.extra_sources:
            src = tables.setdefault("sources", {"source": [], "article_id": []})
            src["source"] += [a for a, _ in self.extra_sources]
            src["article_id"] += [b for _, b in self.extra_sources]
        if not tables:  # nothing new: every pending article was already stored
            s.duplicates += self.pending_records
            self.pending, self.pending_records = [], 0
            return
        s.rows += self.store.write(tables, self.run_id)
        arts = tables.get("articles", {"id": [], "status": []})
        self.stored.update(arts["id"])
        coded = sum(st == "coded" for st in arts["status"])
        events = len(tables.get("events", {}).get("event_no", []))
        s.coded += coded
        s.failed += len(arts["id"]) - coded
        s.duplicates += self.pending_records - len(arts["id"])
        s.events += events
        s.timeline.append((round(time.perf_counter() - self.t0, 3), s.coded + s.failed))
        self.pending, self.pending_records, self.extra_sources = [], 0, []
        self.last_commit = time.perf_counter()
        self.bar.set_postfix(events=s.events, failed=s.failed, refresh=False)
        log.info(
            "stored %d articles, %d events (%d coded, %d failed so far)", len(arts["id"]), events, s.coded, s.failed
        )


def _batches(
    records: Iterable[Record], writer: _Writer, done_sources: set[str], size: int, summary: RunSummary, bar: Any
) -> Iterator[list[Record]]:
    """Batches of records still to code; stored IDs and repeats are counted and skipped here."""
    seen: set[str] = set()
    batch: list[Record] = []
    for rec in records:
        key = rec.key
        if key is None and rec.source in done_sources:
            summary.skipped += 1  # a page already extracted and stored
            bar.update(1)
            continue
        if key is not None:
            if key in writer.stored or key in seen:
                if key in seen:
                    summary.duplicates += 1
                else:
                    summary.skipped += 1
                if rec.source not in done_sources:
                    writer.extra_sources.append((rec.source, key))
                    done_sources.add(rec.source)
                bar.update(1)
                continue
            seen.add(key)
        batch.append(rec)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(inputs: list[str | Path], config: Config | None = None, options: RunOptions | None = None) -> RunSummary:
    """Code every article of the inputs into the database; return what was done."""
    from tqdm import tqdm
    from tqdm.contrib.logging import logging_redirect_tqdm

    config = config or Config()
    options = options or RunOptions()
    if options.batch_size < 1:
        raise ConfigError(f"--batch-size must be 1 or more, got {options.batch_size}")
    if not options.article_timeout >= 0:
        raise ConfigError(f"--article-timeout must be 0 (no limit) or more seconds, got {options.article_timeout}")
    paths = check_inputs(inputs)
    t0 = time.perf_counter()
    progress = sys.stderr.isatty() if options.progress is None else options.progress
    try:
        total = estimate(paths, options.fmt) if progress else None
    except (OSError, ValueError):
        total = None
    lock = RunLock(options.db)
    if not lock.acquire():
        raise StoreError(
            f"{options.db} is in use by another eventmill run (or eventmill incidents); wait for it to finish or stop it"
        )
    try:
        store = Store(options.db)
    except BaseException:
        lock.release()
        raise
    executor = None
    try:
        executor = make_executor(options.workers, options.dask)
        summary = RunSummary(backend=executor.name)
        previous = store.last_config()
        settings = {f.name: getattr(config, f.name) for f in dataclasses.fields(config)}
        summary.run_id = store.start_run([str(p.resolve()) for p in paths], executor.name, settings)
        if previous is not None and previous != settings:
            log.warning(
                "the settings differ from the previous run on %s (%s); stored articles keep their old coding",
                options.db,
                ", ".join(k for k in settings if settings[k] != previous.get(k)),
            )
        with (
            tqdm(
                total=total, unit=" articles", disable=not progress, file=sys.stderr, dynamic_ncols=True, smoothing=0.05
            ) as bar,
            logging_redirect_tqdm(),
        ):
            # each worker loads its models with its first batch (about 6 s): say so rather than sit at 0
            bar.set_description_str(LOADING)
            writer = _Writer(store, summary.run_id, summary, bar, t0)
            done_sources = store.stored_sources()
            records = iter_records(paths, config, options.fmt, options.columns)
            dispatcher = Dispatcher(executor, code_batch, (config, options.article_timeout, options.coder), writer)
            try:
                with store.lending():  # eventmill serve, if it reads this file, reads between commits
                    dispatcher.run(_batches(records, writer, done_sources, options.batch_size, summary, bar))
            finally:
                summary.quarantined = dispatcher.quarantined
                writer.commit()  # what finished before a stop (Ctrl-C, workers that keep dying) is kept
        summary.seconds = time.perf_counter() - t0
        store.finish_run(summary.run_id, summary.coded, summary.failed, summary.events)
        if options.incidents:
            from eventmill.incidents import update_incidents

            matched = update_incidents(store)  # lends the file to eventmill serve while it matches
            summary.incidents, summary.incident_seconds = matched.line(), matched.seconds
        return summary
    except KeyboardInterrupt:
        if executor is not None:
            executor.close(cancel=True)
            executor = None
        raise
    finally:
        store.close()  # before the workers stop (seconds, at times): eventmill serve reads meanwhile
        if executor is not None:
            executor.close()
        lock.release()
