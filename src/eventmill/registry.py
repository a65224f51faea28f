"""The stage registry: a stage is a function `(Document, Config) -> Document` with a name, a version,
the `Document` fields it needs and the fields it fills.

Stage modules import only this module, never the pipeline, so the pipeline can import every stage
without a cycle. Bump a stage's version whenever its output changes for some input: the stage ids
(`eventmill.<name>.v<version>`) are stored with every coded article, and
`tests/eval/test_stage_versions.py` fails when a stage's output on the dev sets changes under an
unchanged id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventmill.config import Config
    from eventmill.models import Document

StageFunc = Callable[["Document", "Config"], "Document"]
# the same stage over several documents at once (the parser batches them): one output per input, in order
BatchFunc = Callable[[list["Document"], "Config"], list["Document"]]


@dataclass(frozen=True, slots=True)
class Stage:
    """A registered stage: `eventmill.<name>.v<version>`."""

    name: str
    version: int
    func: StageFunc
    needs: tuple[str, ...]
    fills: tuple[str, ...]
    doc: str = ""
    # what the settings add to the id (the typer that `event_type` runs): "" for most stages
    variant: Callable[[Config], str] | None = None
    # a faster way to run it over several documents, with the same output for each as `func`
    batch: BatchFunc | None = None

    @property
    def id(self) -> str:
        return f"eventmill.{self.name}.v{self.version}"

    def id_for(self, config: Config) -> str:
        """The id with the settings that change this stage's output ("eventmill.event_type.v1+rules.v5")."""
        extra = self.variant(config) if self.variant is not None else ""
        return f"{self.id}+{extra}" if extra else self.id


REGISTRY: dict[str, Stage] = {}


def stage(
    name: str,
    version: int,
    needs: tuple[str, ...] = (),
    fills: tuple[str, ...] = (),
    variant: Callable[[Config], str] | None = None,
    batch: BatchFunc | None = None,
) -> Callable[[StageFunc], StageFunc]:
    """Decorator: register a function as a pipeline stage (`batch`: its form for several documents)."""

    def register(func: StageFunc) -> StageFunc:
        doc = (func.__doc__ or "").strip().split("\n")[0]
        REGISTRY[name] = Stage(name, version, func, needs, fills, doc, variant, batch)
        return func

    return register
