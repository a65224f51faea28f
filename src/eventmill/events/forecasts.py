"""A warning of what nobody will do is a forecast, not a threat: "the central bank warned that the economy
would slow", "les météorologues ont averti que de fortes pluies toucheraient la côte". Used by
`eventmill.events.rules`.

A threat holds something over someone: its content clause names a party who will act ("warned that
soldiers would open fire"), an act ("warned that any attack would be punished"), or it is addressed to
someone ("warned Hezbollah that it would respond"). A clause whose subject is a plain noun no lexicon
knows as a party, with no event word in it, told to nobody in particular, only says what will happen.
"""

from __future__ import annotations

from eventmill.events.context import Context
from eventmill.events.matching import Trigger

# the links by which a warning verb takes what it says
CONTENT_DEPS = ("ccomp",)
# the links by which it takes whom it is told to
ADDRESSEE_DEPS = ("obj", "iobj", "dobj", "dative")


def forecast(ctx: Context, trig: Trigger, types: dict[int, str]) -> bool:
    """Trigger `trig`, a threat verb, says only that something will happen: no addressee, and a content
    clause whose subject is a plain noun (no party, no pronoun) and that holds no event word."""
    if trig.row.type != "THREATEN" or trig.row.pos != "VERB" or trig.row.mode:
        return False
    tree, toks, v = ctx.tree, ctx.toks, trig.head
    if tree.children(v, *ADDRESSEE_DEPS):
        return False
    clauses = tree.children(v, *CONTENT_DEPS)
    if not clauses:
        return False
    for k in clauses:
        subjects = tree.children(k, "nsubj", "nsubj:pass")
        if not subjects or any(toks[s].pos != "NOUN" or s in ctx.actor_at for s in subjects):
            return False
        if any(i in types for i in tree.subtree(k)):
            return False
    return True
