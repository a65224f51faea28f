"""A view held by the public, told in the simple present ("les populations locales soupçonnent un
groupe terroriste", "l'opinion publique désapprouve le recours au nucléaire"): a state of opinion, not
a statement someone made on a day. A statement verb in the simple present, with no date in its
clause, whose subject is a word for the public (`public` in modifiers.tsv) and names nobody, is
generic (`events/status.py`); "les habitants ont accusé l'armée mardi" stays a statement."""

from __future__ import annotations

from functools import cache

from eventmill import ontology
from eventmill.events.context import Context
from eventmill.text import norm


@cache
def _statements() -> frozenset[str]:
    return frozenset(ontology.in_class("statement"))


def held_view(ctx: Context, v: int, etype: str) -> bool:
    """Statement verb v is in the simple present with a public for its subject and no date."""
    toks, tree = ctx.toks, ctx.tree
    t = toks[v]
    if etype not in _statements() or t.pos != "VERB":
        return False
    feats = t.morph.split("|")
    if not {"Tense=Pres", "VerbForm=Fin"} <= set(feats) or tree.children(v, "aux", "aux:tense", "aux:pass"):
        return False
    subjects = tree.children(v, "nsubj")
    if not subjects or any(k in ctx.date_at for k in tree.subtree(v)):
        return False
    return all(
        toks[s].pos == "NOUN"
        and ctx.lex.modifiers.get(norm(toks[s].lemma)) == "public"
        and not any(toks[k].pos == "PROPN" or k in ctx.actor_at for k in tree.subtree(s) if k != s)
        for s in subjects
    )
