"""The pipeline that runs the registered stages (`eventmill.registry`, listed in `eventmill.stages.order`).

`Pipeline` checks at build time that every
field a stage needs is filled by an earlier stage, and at run time records a stage's failure as a
`Problem` on the document instead of raising, and still runs the later stages whose needs are met
(a geocoder failure leaves places unresolved but events are still coded), so a batch keeps going.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable

from eventmill.config import Config
from eventmill.errors import EventmillError, InputError, PipelineError
from eventmill.models import Document, Problem
from eventmill.registry import REGISTRY, Stage
from eventmill.stages.order import DEFAULT_STAGES

log = logging.getLogger(__name__)


class Pipeline:
    """An ordered, checked list of stages."""

    def __init__(self, names: tuple[str, ...]):
        missing = [n for n in names if n not in REGISTRY]
        if missing:
            raise PipelineError(f"unknown stage(s) {', '.join(missing)}; known: {', '.join(REGISTRY)}")
        self.stages = tuple(REGISTRY[n] for n in names)
        filled = {"article"}
        for st in self.stages:
            lacking = [f for f in st.needs if f not in filled]
            if lacking:
                raise PipelineError(
                    f"stage {st.id} needs {', '.join(lacking)}, which no earlier stage fills; "
                    f"put a stage that fills it before {st.name}"
                )
            filled.update(st.fills)

    def __call__(
        self, doc: Document, config: Config, observe: Callable[[Stage, Document], None] | None = None
    ) -> Document:
        """Run the stages in order; `observe(stage, doc)` sees the document after each stage that ran."""
        filled = {"article"}
        for st in self.stages:
            if any(f not in filled for f in st.needs):
                # an earlier stage failed to fill what this one needs: skip it, the problem is recorded
                continue
            doc, ran = self._run_one(st, doc, config)
            if ran:
                filled.update(st.fills)
                if observe is not None:
                    observe(st, doc)
        return doc

    def run_many(self, docs: list[Document], config: Config) -> list[Document | InputError]:
        """Run the stages over several documents in step, each stage over all of them before the next.

        A stage with a batch form (the parser) runs once over all the documents, which is faster than
        one at a time; its output for each is the same. A document the pipeline refuses (an
        `InputError`: an unsupported language) gives that error in its place and leaves the batch;
        a stage that fails on one document is recorded on it, as in `__call__`.
        """
        out: list[Document | InputError] = list(docs)
        filled = [{"article"} for _ in docs]
        for st in self.stages:
            ready = [i for i, d in enumerate(out) if isinstance(d, Document) and all(f in filled[i] for f in st.needs)]
            if st.batch is not None and len(ready) > 1:
                done = self._run_batch(st, [out[i] for i in ready], config)  # type: ignore[misc]
                if done is not None:
                    for i, d in zip(ready, done, strict=True):
                        out[i] = dataclasses.replace(d, stages=d.stages + (st.id_for(config),))
                        filled[i].update(st.fills)
                    continue
            for i in ready:
                try:
                    out[i], ran = self._run_one(st, out[i], config)  # type: ignore[arg-type]
                except InputError as exc:
                    out[i] = exc
                    continue
                if ran:
                    filled[i].update(st.fills)
        return out

    @staticmethod
    def _run_batch(st: Stage, docs: list[Document], config: Config) -> list[Document] | None:
        """The stage's batch form over `docs`, or None when it failed (each is then run alone, so the
        failure is recorded on the document that caused it)."""
        assert st.batch is not None
        t0 = time.perf_counter()
        try:
            done = st.batch(docs, config)
        except Exception as exc:  # noqa: BLE001 - retried one document at a time
            log.debug(
                "batch form of %s failed (%s: %s); running it one document at a time", st.id, type(exc).__name__, exc
            )
            return None
        log.debug("%s took %.1f ms for %d documents", st.id, 1000 * (time.perf_counter() - t0), len(docs))
        return done

    @staticmethod
    def _run_one(st: Stage, doc: Document, config: Config) -> tuple[Document, bool]:
        """One stage over one document: (the document after it, whether it ran without failing)."""
        t0 = time.perf_counter()
        try:
            doc = st.func(doc, config)
        except EventmillError:
            raise
        except Exception as exc:  # noqa: BLE001 - a stage bug must not stop a batch; it is recorded
            log.warning("stage %s failed on article %s: %s: %s", st.id, doc.article.id, type(exc).__name__, exc)
            log.debug("traceback of the failure above", exc_info=True)
            problem = Problem(st.id, f"{type(exc).__name__}: {exc}")
            return dataclasses.replace(doc, problems=doc.problems + (problem,)), False
        log.debug("%s took %.1f ms", st.id, 1000 * (time.perf_counter() - t0))
        return dataclasses.replace(doc, stages=doc.stages + (st.id_for(config),)), True


__all__ = ["Pipeline", "Stage", "DEFAULT_STAGES"]
