"""Parties of an act that the parser hid: whom a verb subjects to a measure the noun names ("placed the
opposition leader under house arrest", support role `subjecting`), and an object the parser read as the
subject of a clause ("attacked farmers harvesting olives")."""

from __future__ import annotations

from collections.abc import Callable

from eventmill import ontology
from eventmill.events.context import Context
from eventmill.events.matching import Trigger


def subjected(ctx: Context, gov: int, put: Callable[[str, int], None]) -> None:
    """The parties of a verb that subjects someone to a measure ("placed the opposition leader under house
    arrest", "a été placé en garde à vue", support role `subjecting`): its subject acts, its object (or its
    passive subject) undergoes it."""
    tree = ctx.tree
    passive = bool(tree.children(gov, "aux:pass", "nsubj:pass"))
    for s in tree.children(gov, "nsubj", "nsubj:pass"):
        put("recipient" if passive else "actor", s)
    for o in tree.children(gov, "obj"):
        put("recipient", o)
    for a in tree.children(gov, "obl:agent"):
        put("actor", a)


def small_clause(ctx: Context, v: int, trig: Trigger) -> list[int]:
    """Whom an act on a party hits when the parser read its object and a participle on it as a clause
    ("Settlers attacked farmers harvesting olives": "farmers" the subject of "harvesting"); a verb such
    as "attacked" takes no clause of its own."""
    toks, tree = ctx.toks, ctx.tree
    if trig.row.pos != "VERB" or trig.row.type not in ontology.in_class("party_object") or tree.children(v, "obj"):
        return []
    return [
        s
        for c in tree.children(v, "ccomp")
        if {"VerbForm=Part", "Tense=Pres"} <= set(toks[c].morph.split("|"))
        for s in tree.children(c, "nsubj")
        if toks[s].pos in ("NOUN", "PROPN") and s > v
    ]


def bare_object(ctx: Context, v: int, c: int) -> bool:
    """An object the parser read as an oblique because "au moins" before its figure looked like a
    preposition ("a tué au moins trente villageois")."""
    toks = ctx.toks
    return (
        toks[c].dep.startswith("obl")
        and c > v
        and not ctx.tree.case(c)
        and not ctx.tree.children(v, "obj")
        and any(toks[a].pos == "ADP" for a in ctx.tree.children(c, "advmod"))
    )


def owned_target(ctx: Context, v: int, k: int) -> bool:
    """Place k is the "of" phrase of a harmful act noun that someone owns ("Israel's bombardment of Gaza"):
    the place it hit."""
    return (
        ctx.toks[v].pos == "NOUN"
        and bool(ctx.tree.children(v, "nmod:poss"))
        and ctx.toks[k].head == v
        and ctx.lex.case_is(ctx.tree.case(k), "of")
    )
