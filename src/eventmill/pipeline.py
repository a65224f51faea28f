"""The pipeline that runs the registered stages (`eventmill.registry`, listed in `eventmill.stages`).

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
from eventmill.errors import EventmillError, PipelineError
from eventmill.models import Document, Problem
from eventmill.registry import REGISTRY, Stage
from eventmill.stages import DEFAULT_STAGES

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
            t0 = time.perf_counter()
            try:
                doc = st.func(doc, config)
            except EventmillError:
                raise
            except Exception as exc:  # noqa: BLE001 - a stage bug must not stop a batch; it is recorded
                log.warning("stage %s failed on article %s: %s: %s", st.id, doc.article.id, type(exc).__name__, exc)
                log.debug("traceback of the failure above", exc_info=True)
                problem = Problem(st.id, f"{type(exc).__name__}: {exc}")
                doc = dataclasses.replace(doc, problems=doc.problems + (problem,))
                continue
            filled.update(st.fills)
            doc = dataclasses.replace(doc, stages=doc.stages + (st.id_for(config),))
            if observe is not None:
                observe(st, doc)
            log.debug("%s took %.1f ms", st.id, 1000 * (time.perf_counter() - t0))
        return doc


__all__ = ["Pipeline", "Stage", "DEFAULT_STAGES"]
