"""A warning of what nobody will do is a forecast, not a threat: "the central bank warned that the economy
would slow", "les météorologues ont averti que de fortes pluies toucheraient la côte". Used by
`eventmill.events.rules`.

A threat holds something over someone: its content clause names a party who will act ("warned that
soldiers would open fire", "that the country would respond"), an act ("warned that any attack would be
punished") or a party it holds a harm over ("the law could harm Georgia's bid"), or it is addressed to
someone ("warned Hezbollah that it would respond"). A clause told to nobody in particular whose subject
is a plain noun, no party and no body of people (modifiers.tsv `people`), with no event word and no party
in it, only says what will happen; so does one whose subject is a noun of an impersonal course
(modifiers.tsv `outlook`: the economy, prices, the weather, a disease), whatever its verb ("heavy rain
would hit the coast").
"""

from __future__ import annotations

from eventmill.events.context import Context
from eventmill.events.matching import Trigger
from eventmill.events.status import modifier

# the links by which a warning verb takes what it says
CONTENT_DEPS = ("ccomp",)
# the links by which it takes whom it is told to
ADDRESSEE_DEPS = ("obj", "iobj", "dobj", "dative")


def forecast(ctx: Context, trig: Trigger, types: dict[int, str]) -> bool:
    """Trigger `trig`, a threat verb, says only that something will happen: told to nobody, its content
    clauses have plain nouns as subjects, and no event word or party unless that noun is of an impersonal
    course."""
    if trig.row.type != "THREATEN" or trig.row.pos != "VERB" or trig.row.mode:
        return False
    tree, toks, v = ctx.tree, ctx.toks, trig.head
    clauses = tree.children(v, *CONTENT_DEPS)
    if not clauses or tree.children(v, *ADDRESSEE_DEPS):
        return False
    for k in clauses:
        subjects = tree.children(k, "nsubj")
        if not subjects:
            return False
        for s in subjects:
            kind = modifier(ctx, s)
            if toks[s].pos != "NOUN" or s in ctx.actor_at or kind == "people":
                return False
            if kind != "outlook" and any(i in types or i in ctx.actor_at for i in tree.subtree(k)):
                return False
    return True
