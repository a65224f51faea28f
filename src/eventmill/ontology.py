"""The PLOVER ontology as eventmill uses it, read from `resources/xx/plover.tsv` and
`resources/xx/actor_kinds.tsv`: types, modes, type classes, retyping and actor-kind classes.

This is the one module that knows which type belongs to which class; everywhere else asks it
(`in_class("speech")`, `retype("ASSAULT", "intent")`). A test fails when other code writes a set of
PLOVER types itself.
"""

from __future__ import annotations

from functools import cache

from eventmill import datafiles

TYPE_CLASSES = (
    "physical",
    "party_object",
    "speech",
    "voiced",
    "statement",
    "harm",
    "disaster",
    "partner",
    "beneficiary",
    "aim",
    "addressee",
    "described",
    "own_means",
    "taking",
    "target",
    "reacted",
    "punishment",
    "aimed",
)
RETYPINGS = (
    "ended",
    "intent",
    "ultimatum",
    "refused",
    "civilian",
    "prevented",
    "damage",
    "riot",
    "intervention",
    "air",
    "fighting",
    "lodged",
    "readied",
    "punitive",
    "joint",
    "refuge",
)
MODE_RETYPINGS = ("official", "diplomatic", "insurgent")
KIND_CLASSES = ("armed", "institution", "person", "crowd", "state", "voice", "witness")


@cache
def _type_rows() -> dict[str, dict[str, str]]:
    return {r["type"]: r for r in datafiles.require("xx", "plover.tsv") if r.get("type") and not r.get("mode")}


@cache
def types() -> tuple[str, ...]:
    """The PLOVER event types, in the table's order."""
    return tuple(_type_rows())


@cache
def modes(etype: str) -> tuple[str, ...]:
    """The modes PLOVER defines for a type."""
    return tuple(r["mode"] for r in datafiles.require("xx", "plover.tsv") if r.get("type") == etype and r.get("mode"))


@cache
def in_class(name: str) -> frozenset[str]:
    """The types of a class column (physical, party_object, speech, voiced, statement)."""
    if name not in TYPE_CLASSES:
        raise KeyError(f"unknown type class {name!r}; known: {', '.join(TYPE_CLASSES)}")
    return frozenset(t for t, r in _type_rows().items() if r.get(name) == "yes")


def retype(etype: str, situation: str) -> tuple[str, tuple[str, ...]] | None:
    """What a type becomes in a situation (a column of plover.tsv), with the mode that goes with it;
    None when the situation does not change it."""
    if situation not in RETYPINGS:
        raise KeyError(f"unknown retyping {situation!r}; known: {', '.join(RETYPINGS)}")
    return _retyped(_type_rows().get(etype, {}).get(situation, ""))


def _retyped(value: str) -> tuple[str, tuple[str, ...]] | None:
    """A retyping cell ("COERCE restrict") as the new type and its mode; None for an empty cell."""
    if not value:
        return None
    new, _, mode = value.partition(" ")
    return new, ((mode,) if mode else ())


@cache
def _mode_rows() -> dict[tuple[str, str], dict[str, str]]:
    """The mode rows of plover.tsv by (type, mode)."""
    return {(r["type"], r["mode"]): r for r in datafiles.require("xx", "plover.tsv") if r.get("mode")}


def retype_mode(etype: str, mode: str, situation: str) -> tuple[str, tuple[str, ...]] | None:
    """What a type in one of its modes becomes in a situation read on mode rows (`official`, `diplomatic`, `insurgent`), with its mode;
    None when the situation does not change it."""
    if situation not in MODE_RETYPINGS:
        raise KeyError(f"unknown mode retyping {situation!r}; known: {', '.join(MODE_RETYPINGS)}")
    return _retyped(_mode_rows().get((etype, mode), {}).get(situation, ""))


@cache
def riot_modes(etype: str) -> frozenset[str]:
    """The modes of a type that a crowd's clash with the police takes (mode rows marked in the riot column:
    beatings, stones, gunfire; not bombs or air strikes)."""
    rows = datafiles.require("xx", "plover.tsv")
    return frozenset(r["mode"] for r in rows if r.get("type") == etype and r.get("mode") and r.get("riot") == "yes")


@cache
def _means_of() -> dict[str, str]:
    return {mode: r["means"] for (_, mode), r in _mode_rows().items() if r.get("means")}


def means(modes: tuple[str, ...]) -> frozenset[str]:
    """The means modes name, each with the mode it is a kind of (plover.tsv `means`: a suicide bombing is an
    explosion), so that "the blast" may name "a suicide bomber blew himself up"."""
    kinds = _means_of()
    return frozenset(modes) | {kinds[m] for m in modes if m in kinds}


def share_means(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two reports' modes name a means in common, a kind counting as what it is a kind of."""
    return bool(means(a) & means(b))


def reaction_kinds(etype: str) -> tuple[str, ...]:
    """The modifiers.tsv kinds of the words that make a statement of this type, said after an incident, a
    routine reaction (plover.tsv `reaction`: REQUEST calm, redress and relief, AGREE redress and relief,
    SUPPORT praise, a verb of that kind being one itself); none for the others."""
    return tuple(_type_rows().get(etype, {}).get("reaction", "").split())


def participants(etype: str) -> tuple[str, ...]:
    """Actor kinds an event of this type implies when its sentence names no actor."""
    value = _type_rows().get(etype, {}).get("participants", "")
    return tuple(x for x in value.split("|") if x)


@cache
def kinds_in(name: str) -> frozenset[str]:
    """The actor kinds of a class column of actor_kinds.tsv (armed, institution, person)."""
    if name not in KIND_CLASSES:
        raise KeyError(f"unknown actor-kind class {name!r}; known: {', '.join(KIND_CLASSES)}")
    return frozenset(r["kind"] for r in datafiles.require("xx", "actor_kinds.tsv") if r.get(name) == "yes")


@cache
def incident_role(etype: str, modes: tuple[str, ...] = ()) -> tuple[str, str]:
    """The incident family and role of an event (resources/xx/incidents.tsv): ("violence", "aftermath")
    for an arrest, ("violence", "incident") for an attack; a type the table lacks is its own family."""
    rows = [r for r in datafiles.require("xx", "incidents.tsv") if r.get("type") == etype]
    for r in rows:
        if r.get("mode") and r["mode"] in modes:
            return r["family"], r.get("role") or "incident"
    for r in rows:
        if not r.get("mode"):
            return r["family"], r.get("role") or "incident"
    return etype.lower(), "incident"
