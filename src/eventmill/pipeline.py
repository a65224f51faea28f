"""Stages and the pipeline that runs them.

A stage is a plain function `(Document, Config) -> Document` registered with a name, a version, the
`Document` fields it needs and the fields it fills. `Pipeline` checks at build time that every
field a stage needs is filled by an earlier stage, and at run time records a stage's failure as a
`Problem` on the document instead of raising, and still runs the later stages whose needs are met
(a geocoder failure leaves places unresolved but events are still coded), so a batch keeps going.
"""
from __future__ import annotations

import dataclasses
import logging
import time
from dataclasses import dataclass
from typing import Callable

from eventmill.config import Config
from eventmill.errors import EventmillError, PipelineError
from eventmill.models import Document, Problem

log = logging.getLogger(__name__)

StageFunc = Callable[[Document, Config], Document]


@dataclass(frozen=True, slots=True)
class Stage:
    """A registered stage: `eventmill.<name>.v<version>`."""

    name: str
    version: int
    func: StageFunc
    needs: tuple[str, ...]
    fills: tuple[str, ...]
    doc: str = ""

    @property
    def id(self) -> str:
        return f"eventmill.{self.name}.v{self.version}"


REGISTRY: dict[str, Stage] = {}


def stage(name: str, version: int, needs: tuple[str, ...] = (), fills: tuple[str, ...] = ()):
    """Decorator: register a function as a pipeline stage."""

    def register(func: StageFunc) -> StageFunc:
        REGISTRY[name] = Stage(name, version, func, needs, fills, (func.__doc__ or "").strip().split("\n")[0])
        return func

    return register


class Pipeline:
    """An ordered, checked list of stages."""

    def __init__(self, names: tuple[str, ...]):
        _import_stages()
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
                    f"put a stage that fills it before {st.name}")
            filled.update(st.fills)

    def __call__(self, doc: Document, config: Config) -> Document:
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
            doc = dataclasses.replace(doc, stages=doc.stages + (st.id,))
            log.debug("%s took %.1f ms", st.id, 1000 * (time.perf_counter() - t0))
        return doc


DEFAULT_STAGES = ("normalize", "language", "parse", "mentions", "geocode", "quotes", "events", "actors")


def _import_stages() -> None:
    """Importing the stage modules registers them."""
    from eventmill.stages import actors, events, geocode, language, mentions, normalize, parse, quotes  # noqa: F401
