"""Keeping the workers busy with batches, and going on when a worker process dies.

A worker that dies while coding (a crash in a C extension, the out-of-memory killer, `os._exit`)
takes its batch with it, and on a local pool every other batch in flight too. Those batches are
coded again one article at a time on a recovered pool, so the one article that kills its worker is
found; it is stored as a failure (quarantined), so neither this run nor a later one codes it again,
and the others are stored as usual.

An article is quarantined only once the pool has coded another article after it (an article coded
earlier in the run is sent again as a check): if workers die whatever they code (a broken
installation, memory too short for even one model), the run stops instead, and stores nothing
it cannot vouch for.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

from eventmill.corpus.executors import ExecutorError
from eventmill.corpus.readers.records import Record, failure_id
from eventmill.corpus.rows import Rows
from eventmill.models import Article

log = logging.getLogger(__name__)

# articles in a row that killed their worker, with none coded since, before the run gives up on the
# workers themselves: each costs a restart of the pool, so a systemic crash stops early
MAX_UNCONFIRMED = 5

DIED_MESSAGE = (
    "the worker process died while coding this article (a crash in native code, or out of "
    "memory); it was set aside so the run could go on"
)


class Dispatcher:
    """Sends batches to an executor, two in flight per worker, and hands results to the writer:
    each submission is `fn(records, *args)`."""

    def __init__(self, executor, fn: Callable, args: tuple[Any, ...], writer) -> None:
        self.executor, self.fn, self.args, self.writer = executor, fn, args, writer
        self.pending: dict = {}
        self.check: Record | None = None  # a record coded in this run: sent again to test a recovered pool
        self.unconfirmed: list[Record] = []  # killed their worker; quarantined once the pool codes another
        self.quarantined = 0

    def run(self, batches: Iterator[list[Record]]) -> None:
        limit = 2 * self.executor.slots
        for batch in batches:
            try:
                self.pending[self.executor.submit(self.fn, batch, *self.args)] = batch
            except self.executor.died:  # a local pool refuses work once a worker has died
                self._recover([batch])
                continue
            self._collect(limit - 1)
        self._collect(0)
        if self.unconfirmed:
            raise self._systemic()

    def _collect(self, block_until: int) -> None:
        while len(self.pending) > block_until:
            lost = self._finished()
            if lost:
                self._recover(lost)

    def _finished(self) -> list[list[Record]]:
        """Wait for some batches in flight to finish and store them; returns those whose worker died."""
        done, _ = self.executor.wait(set(self.pending))
        lost = []
        for fut in done:
            batch = self.pending.pop(fut)
            try:
                result = fut.result()
            except self.executor.died:
                lost.append(batch)
            else:
                self._store(result, batch)
        return lost

    def _store(self, result, batch: list[Record]) -> None:
        arts = result.tables.get("articles", {})
        coded = {i for i, st in zip(arts.get("id", ()), arts.get("status", ()), strict=True) if st == "coded"}
        self.writer.add(result, len(batch))
        good = next((r for r in batch if r.key is not None and r.key in coded), None)
        if good is not None:
            self.check = good
        if coded and self.unconfirmed:
            self._quarantine()

    def _recover(self, lost: list[list[Record]]) -> None:
        """A worker died: wait for the batches still in flight, then code the lost ones article by
        article to find the one that kills its worker."""
        while self.pending:  # on a local pool they have all failed already; on Dask they finish
            lost += self._finished()
        records = [r for batch in lost for r in batch]
        log.warning(
            "a worker process died; coding the %d articles it may have been coding one at a time "
            "to find the one that kills it",
            len(records),
        )
        self.executor.recover()
        for rec in records:
            result = self._alone([rec])
            if result is not None:
                self._store(result, [rec])
                continue
            log.warning("%s: the worker process died while coding it; setting it aside", rec.source)
            self.executor.recover()
            self.unconfirmed.append(rec)
            if self.check is not None:
                # a fresh pool that codes an article coded before is a sound one: the crash was this article's
                if self._alone([self.check]) is None:
                    raise self._systemic()
                self._quarantine()
            elif len(self.unconfirmed) >= MAX_UNCONFIRMED:
                raise self._systemic()

    def _alone(self, records: list[Record]):
        """The result of coding these records with nothing else in flight; None if the worker died."""
        try:
            fut = self.executor.submit(self.fn, records, *self.args)
            self.executor.wait({fut})
            return fut.result()
        except self.executor.died:
            return None

    def _quarantine(self) -> None:
        """Store the articles that killed their worker as failures: the pool has since coded others."""
        rows = Rows()
        for rec in self.unconfirmed:
            rows.failure(
                rec.source,
                rec.article or Article(text="", id=failure_id(rec.source)),
                "eventmill.run",
                DIED_MESSAGE,
                rec.encoding,
            )
        self.writer.add_tables(rows.columns(), len(self.unconfirmed))
        self.quarantined += len(self.unconfirmed)
        self.unconfirmed = []

    def _systemic(self) -> ExecutorError:
        first = self.unconfirmed[0].source if self.unconfirmed else "?"
        return ExecutorError(
            f"worker processes died on each of the {len(self.unconfirmed)} article(s) last tried alone (the "
            f"first: {first}) and coded none since: killed, or out of memory? The batches stored so far are "
            "kept: run the same command again to resume, with fewer --workers if memory is short"
        )
