"""A country or a province as an attack's place gives way to a town inside it that the next sentence names
for an attack it tells of through a definite noun: "Government forces killed nine people in rebel-held
northwest Syria on Tuesday, a rescue group said. The shells hit a market in the city of Idlib." Wire leads
name the region and leave the town to the next sentence; `eventmill.events.location` gives a country way to
a town of it only in the event's own sentences and in the reports merged into it, and the two reports of
such a pair are seldom merged (a lead's toll and the next sentence's weapon share no word).

Only a definite noun points back to the incident just told ("The shells", "The strike"): "On Monday,
government shelling killed two people in Ariha" is another incident, and its town is not the lead's place.
"""

from __future__ import annotations

from eventmill import ontology
from eventmill.events.location import Locator
from eventmill.events.placefit import rank, within
from eventmill.events.raw import RawEvent
from eventmill.models import Mention

WIDE = ("country", "admin1")  # the precisions of a place that may give way


def finer_next(
    locator: Locator, i: int, ev: RawEvent, location: Mention | None, source: str
) -> tuple[Mention, str] | None:
    """The town of the next sentence's attack told through a definite noun, inside the event's country or
    province, with the rung `linked`; None to keep `location`."""
    physical = ontology.in_class("physical")
    if location is None or location.place is None or location.place.precision not in WIDE:
        return None
    if ev.type not in physical or source not in ("clause", "sentence") or not locator.toks:
        return None
    after = max(ev.sents) + 1
    for j, other in enumerate(locator.events):
        if j == i or other.type not in physical or after not in other.sents or not _definite(locator, other):
            continue
        if other.negated or other.hypothetical or other.future or other.recalled or other.additive:
            continue
        place, rung = locator.locate(j, other)
        if place is not None and place.place is not None and rung == "clause" and rank(place) < rank(location):
            if within(place.place, location.place):
                return place, "linked"
    return None


def _definite(locator: Locator, ev: RawEvent) -> bool:
    """The event's trigger in the sentence after is a definite noun ("The strike hit"), or a verb whose
    subject is one ("The shells hit")."""
    if ev.definite:
        return True
    own = [t for t in ev.own_triggers if locator.toks[locator.token(t.start)].sent == max(ev.sents)] or ev.own_triggers
    if not own:
        return False
    k = locator.token(own[0].start)
    subjects = [k] if locator.toks[k].pos == "NOUN" else locator.tree.children(k, "nsubj")
    return any(
        "Definite=Def" in locator.toks[d].morph
        for s in subjects
        if locator.toks[s].pos == "NOUN"
        for d in locator.tree.children(s, "det")
    )
