"""Parties of an act that the parser hid: whom a verb subjects to a measure the noun names ("placed the
opposition leader under house arrest", support role `subjecting`), and an object the parser read as the
subject of a clause ("attacked farmers harvesting olives"); and the object an event noun is of a verb ("accepted
demands", "walked out of the talks")."""

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


def plain_object(ctx: Context, v: int) -> bool:
    """Noun v is its verb's object or passive subject, or a phrase with no preposition that the French
    model hangs on the verb as an oblique ("ont rompu la trêve": obl:mod)."""
    dep = ctx.toks[v].dep
    # (or the phrase the parser hangs on the particle of a phrasal verb: "walked out of the talks")
    particle = dep == "nmod" and ctx.toks[ctx.toks[v].head].pos == "ADP"
    return dep in ("obj", "nsubj:pass") or (dep in ("obl", "obl:mod") and not ctx.tree.children(v, "case")) or particle


def object_noun(ctx: Context, v: int) -> int | None:
    """The object noun that event noun v is, or hangs from through "of" ("provide 25,000 tons of food
    aid"), or None."""
    toks = ctx.toks
    if toks[v].dep == "obj":
        return v
    k = toks[v].head
    if toks[v].dep.startswith("nmod") and toks[k].dep == "obj" and k not in ctx.trigger_heads:
        return k
    # (or a bare noun of what the object is given as: "will provide 50 million pounds in aid")
    if toks[v].dep == "obl" and v not in ctx.incident_heads and not ctx.tree.children(v, "det"):
        return next(iter(ctx.tree.children(k, "obj")), None)
    return None
