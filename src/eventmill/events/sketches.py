"""Clauses that sketch a party, to tell who it is, rather than report an
incident: a present participle on a party ("rebels fighting to topple his government"), or a relative
clause in the simple present on a party ("Hamas, which advocates Israel's destruction"). Read by
`events.rules`."""

from __future__ import annotations

from eventmill.events.context import Context


def stance_of_party(ctx: Context, k: int) -> bool:
    """Token k is, or is the object of, the verb of a relative clause in the simple present on a party's
    noun ("Hamas, which advocates Israel's destruction", "a group that rejects the talks")."""
    toks = ctx.toks
    v = toks[k].head if toks[k].dep == "obj" else k
    t = toks[v]
    if t.dep not in ("acl:relcl", "relcl") or t.head not in ctx.actor_at:
        return False
    return "Tense=Pres" in t.morph and "VerbForm=Fin" in t.morph and not ctx.tree.children(v, "aux")


def describes_party(ctx: Context, v: int) -> bool:
    """Token v is a present participle on a party's noun ("rebels fighting the government", "des
    rebelles combattant le régime")."""
    t = ctx.toks[v]
    return t.dep == "acl" and "VerbForm=Part" in t.morph and "Tense=Pres" in t.morph and t.head in ctx.actor_at
