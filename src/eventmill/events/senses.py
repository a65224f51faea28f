"""Word senses the rule typer settles from the clause or the article rather than the word: a demand
read from a modal needs a party that must act, and "the strikes" in an article about attacks from
the air are air strikes, not stoppages. Used by `eventmill.events.rules`."""

from __future__ import annotations

from eventmill import ontology
from eventmill.events.context import Context
from eventmill.events.matching import Trigger
from eventmill.models import Candidate
from eventmill.text import norm


def modal_without_party(ctx: Context, c: Candidate, trig: Trigger) -> bool:
    """A demand read from a modal ("Libya must hand over the suspects", "both parties must agree")
    asks something of whoever must act; with nobody there, or only "there", "you" or "we", it is an
    opinion or an instruction, not a demand anyone made ("there must be dialogue", "you must know
    your limits"). A passive subject still makes one ("the hostages must be released")."""
    toks, v = ctx.toks, trig.head
    if trig.row.type not in ontology.in_class("addressee") or toks[v].pos != "AUX":
        return False
    if any(m.actor and m.actor.kind != "other" for m in c.recipients):
        return False
    subjects = ctx.tree.children(toks[v].head, "nsubj", "expl")
    return not any(
        toks[k].dep != "expl"
        and norm(toks[k].text) != "there"
        and not ({"Person=1", "Person=2"} & set(toks[k].morph.split("|")))
        for k in subjects
    )


def air_strike(c: Candidate, etype: str) -> tuple[str, tuple[str, ...], str] | None:
    """The type, modes and rule of "the strikes" in an article that reports attacks from the air
    ("Russian jets pounded Idlib. The strikes targeted rebel positions"): a strike noun nobody is
    said to hold, decided as a stoppage, is one of those attacks; a strike by workers stays one
    ("teachers went on strike"). None for any other candidate."""
    row = c.entry
    if row.pos != "NOUN" or row.mode != "strike" or c.actors or etype not in ontology.in_class("aim"):
        return None
    new = ontology.retype(etype, "air")
    return (new[0], new[1], "air-strike") if new else None
