"""A riot told right after a march, by the crowd that marched, or the march told again by its crowd: more of that
march, not another protest."""

from __future__ import annotations

from eventmill import ontology
from eventmill.events.raw import RawEvent


def crowd_again(a: RawEvent, b: RawEvent) -> bool:
    """b is a riot whose doers are the crowd a implies, named by a common noun with no figure of their own, a
    sentence or two after it: "Des milliers de personnes ont défilé ... Des heurts ont éclaté entre des manifestants
    et la police" tells on that march, not of another protest (with a day of its own, it may be another). Told
    as related to a in `events.merge`, and as naming it, so that a square of its town ("place de la Bastille")
    does not contradict the town. So is a protest of a's kind its crowd makes again ("Des milliers d'enseignants ont
    manifesté jeudi à Montréal. Les grévistes ont défilé du square Phillips jusqu'aux bureaux du premier ministre"),
    unless told as another ("d'autres manifestants"); an act of another mode is another event of the day ("Les
    manifestants ont bloqué les routes", after a march)."""
    kinds = ontology.participants(b.type)
    riots = {r for t in ontology.in_class("harm") if (r := ontology.retype(t, "riot"))}
    return (
        bool(kinds)
        and (
            any(typ == b.type and set(modes) <= set(b.modes) for typ, modes in riots)
            or (a.type == b.type and bool(set(a.modes) & set(b.modes)) and not b.additive)
        )
        and 0 < b.sent - max(a.sents) <= 2
        and ("size" not in b.counts or _part(a, b))
        and not b.days
        and any(m.actor and m.actor.generic and m.actor.kind in kinds for m in b.actors)
    )


def _part(a: RawEvent, b: RawEvent) -> bool:
    """b's crowd is fewer than a's: a part of the march ("Quelque 25 000 personnes ont manifesté ... En fin de
    parcours, des heurts ont opposé plusieurs centaines de manifestants aux forces de l'ordre")."""
    ca, cb = a.counts.get("size"), b.counts.get("size")
    if ca is None or cb is None:
        return False
    top, whole = cb.high or cb.value, ca.low or ca.value
    return top is not None and whole is not None and top < whole
