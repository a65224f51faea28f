"""Words that describe someone or something rather than report an act: an allegation verb's participle
on a noun ("un camion soupçonné de"), the charge a passive allegation with no accuser states ("sont
accusés de vol"), the name a label verb gives an event ("qualifiés de « massacre »"),
and the inquiry that led to an arrest ("l'enquête a permis d'arrêter"). `eventmill.events.rules` sets such triggers aside as no event of their own."""

from __future__ import annotations

from eventmill.events.context import Context
from eventmill.events.status import modifier


def participle_on_noun(ctx: Context, v: int) -> bool:
    """Token v is a past participle modifying a noun, with no agent of its own ("soupçonné de", "accused
    of"; not "accused by the prosecutor")."""
    t = ctx.toks[v]
    if t.dep != "acl" or "VerbForm=Part" not in t.morph or ctx.toks[t.head].pos not in ("NOUN", "PROPN"):
        return False
    return not any(
        ctx.toks[c].dep == "obl:agent" or ctx.lex.case_is(ctx.tree.case(c), "agent") for c in ctx.tree.children(v)
    )


def charged(ctx: Context, k: int) -> bool:
    """Token k is a verb of kind `charged` in modifiers.tsv in the passive with no agent ("Ils sont
    accusés de vol", "accusés d'avoir incendié"): the charge a person faces, said to tell why they are
    held or tried, not someone reported accusing them ("accusés par l'opposition" is)."""
    t = ctx.toks[k]
    if modifier(ctx, k) != "charged" or "VerbForm=Part" not in t.morph:
        return False
    passive = t.dep == "acl" or bool(ctx.tree.children(k, "aux:pass", "nsubj:pass"))
    # (the parser may hang the agent on the charge: "accusé de corruption par l'opposition"; a party there,
    # not how the crime was done: "poursuivis pour destruction par incendie")
    near = [
        *ctx.tree.children(k),
        *(g for c in ctx.tree.children(k, "obl", "obl:arg") for g in ctx.tree.children(c) if g in ctx.actor_at),
    ]
    return passive and not any(
        ctx.toks[c].dep == "obl:agent" or ctx.lex.case_is(ctx.tree.case(c), "agent") for c in near
    )


def labelled(ctx: Context, k: int) -> bool:
    """Token k is the name a verb of kind `label` in modifiers.tsv gives something: its predicate
    ("called it a massacre", "qualifiés de massacre") or its phrase with a `label` preposition
    ("described as a massacre", "décrits comme un massacre")."""
    tok = ctx.toks[k]
    if tok.head == k or modifier(ctx, tok.head) != "label":
        return False
    if tok.dep in ("xcomp", "obl:arg"):
        return True
    return tok.dep.startswith("obl") and any(modifier(ctx, c) == "label" for c in ctx.tree.children(k, "case"))


def enables(ctx: Context, k: int) -> bool:
    """Token k is the subject of a verb of kind `enabling` in modifiers.tsv whose complement holds
    another trigger ("l'enquête a permis d'arrêter", "the inquiry led to the arrest")."""
    tok = ctx.toks[k]
    if not tok.dep.startswith("nsubj") or tok.head == k or modifier(ctx, tok.head) != "enabling":
        return False
    return any(
        i in ctx.trigger_heads and i != k
        for c in ctx.tree.children(tok.head, "xcomp", "obj", "obl", "ccomp")
        for i in ctx.tree.subtree(c)
    )
