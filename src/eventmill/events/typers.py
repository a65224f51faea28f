"""Stage `event_type` and the typer interface: what decides each candidate's type.

A typer is any object with a `name`, a `version` and a method
`decide(doc, candidates, config) -> tuple[Decision, ...]` (one decision per candidate, in order:
a PLOVER type or "" for no event, a score in [0, 1] and the name of the rule or model that decided).
The hand-written rules (`eventmill.events.rules.RuleTyper`) are one typer. Another registers itself
without touching the pipeline, either in code:

    from eventmill.events.typers import register_typer
    register_typer("mymodel", MyTyper)        # then: eventmill extract --typer mymodel ...

or from an installed package, with an entry point in its pyproject.toml:

    [project.entry-points."eventmill.typers"]
    mymodel = "mypackage.typer:MyTyper"

The `typer` setting chooses one; the stage id records which (`eventmill.event_type.v1+rules.v5`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import cache
from importlib.metadata import entry_points
from typing import Protocol, runtime_checkable

from eventmill.config import Config
from eventmill.errors import ConfigError, PipelineError
from eventmill.events.learned import VetoTyper
from eventmill.events.rules import RuleTyper
from eventmill.models import Candidate, Decision, Document
from eventmill.registry import stage

ENTRY_POINT_GROUP = "eventmill.typers"


@runtime_checkable
class Typer(Protocol):
    """Decides each candidate's type."""

    name: str
    version: int

    def decide(self, doc: Document, candidates: tuple[Candidate, ...], config: Config) -> tuple[Decision, ...]: ...


TYPERS: dict[str, Callable[[], Typer]] = {"rules": RuleTyper, "rules+veto": VetoTyper}


def register_typer(name: str, factory: Callable[[], Typer]) -> None:
    """Make a typer available to the `typer` setting under `name` (a class or a function that builds one)."""
    TYPERS[name] = factory
    get_typer.cache_clear()


def available_typers() -> tuple[str, ...]:
    """Typers registered in code, then those installed packages declare as entry points."""
    return tuple(dict.fromkeys(list(TYPERS) + [ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)]))


@cache
def get_typer(name: str) -> Typer:
    """The typer registered under `name`, built once per process."""
    factory = TYPERS.get(name)
    if factory is None:
        found = [ep for ep in entry_points(group=ENTRY_POINT_GROUP) if ep.name == name]
        if not found:
            raise ConfigError(f"unknown typer {name!r}; available: {', '.join(available_typers())}")
        factory = found[0].load()
    typer = factory()
    if not isinstance(typer, Typer):
        raise ConfigError(f"typer {name!r} lacks name, version or decide(doc, candidates, config)")
    return typer


def _typer_id(config: Config) -> str:
    typer = get_typer(config.typer)
    return f"{typer.name}.v{typer.version}"


@stage("event_type", 1, needs=("candidates",), fills=("candidates",), variant=_typer_id)
def event_type(doc: Document, config: Config) -> Document:
    """Give every candidate a decision: its type or no event, a score and what decided."""
    typer = get_typer(config.typer)
    decisions = typer.decide(doc, doc.candidates, config)
    if len(decisions) != len(doc.candidates):
        raise PipelineError(
            f"typer {typer.name!r} gave {len(decisions)} decisions for {len(doc.candidates)} candidates"
        )
    for d in decisions:
        if not 0.0 <= d.score <= 1.0:
            raise PipelineError(f"typer {typer.name!r} gave score {d.score} (scores lie in [0, 1])")
    typed = tuple(dataclasses.replace(c, decision=d) for c, d in zip(doc.candidates, decisions))
    return dataclasses.replace(doc, candidates=typed)
