"""A riot told right after a march, by the crowd that marched: more of that march, not another protest."""

from __future__ import annotations

from eventmill import ontology
from eventmill.events.raw import RawEvent


def crowd_again(a: RawEvent, b: RawEvent) -> bool:
    """b is a riot whose doers are the crowd a implies, named by a common noun with no figure of their own, a
    sentence or two after it: "Des milliers de personnes ont défilé ... Des heurts ont éclaté entre des manifestants
    et la police" tells on that march, not of another protest (with a day of its own, it may be another). Told
    as related to a in `events.merge`, and as naming it, so that a square of its town ("place de la Bastille")
    does not contradict the town."""
    kinds = ontology.participants(b.type)
    riots = {r for t in ontology.in_class("harm") if (r := ontology.retype(t, "riot"))}
    return (
        bool(kinds)
        and any(typ == b.type and set(modes) <= set(b.modes) for typ, modes in riots)
        and 0 < b.sent - max(a.sents) <= 2
        and "size" not in b.counts
        and not b.days
        and any(m.actor and m.actor.generic and m.actor.kind in kinds for m in b.actors)
    )
