"""A definite noun far from the incident it names: the only one of its type, word or means the article told."""

from __future__ import annotations

from eventmill import ontology
from eventmill.events.links import conflict, lone_title, nameable, worded
from eventmill.events.raw import RawEvent


def far_back(events: list[RawEvent], ev: RawEvent) -> list[RawEvent]:
    """ "the attack" far from the only attack reported so far still points back to it; "these two
    warnings" to the last ones reported, however far; "their emergency meeting" to the only meeting
    reported so far, though other talks of its type were ("a woman telephoned the police"); and "the
    blast" to the only incident of its means ("A car bomb exploded ..."), though a shooting was told too;
    of several, the only one nothing of ev contradicts."""
    same = [e for e in events if e.type == ev.type and nameable(e)]
    if ev.demonstrative or len(same) == 1:
        return same[-1:]
    told = [e for e in same if worded(e, ev)]
    if told:
        return _one(told, ev, events)
    return _one([e for e in same if ontology.share_means(e.modes, ev.modes)], ev, events)


def _one(cands: list[RawEvent], ev: RawEvent, events: list[RawEvent]) -> list[RawEvent]:
    """The one candidate left once those whose places, days, figures or parties contradict ev's are set
    aside, across the whole article ("The blast in Kabul", after a bombing in Kabul and one in Ghor); of
    several, the first, when the headline tells an incident of its type that it may be: news names its
    story's incident far from where it told it, and an incident told in passing where it told it."""
    fit = [e for e in cands if not conflict(e, ev, anaphoric=True, referred=True)]
    if len(fit) > 1 and any(
        lone_title(t) and t.type == ev.type and not conflict(fit[0], t, anaphoric=True, referred=True) for t in events
    ):
        return fit[:1]
    return fit if len(fit) == 1 else []


def means_back(opened: list[RawEvent], recent: list[RawEvent], ev: RawEvent) -> list[RawEvent]:
    """For a definite noun of one means ("the blast") when every report near it tells of other means (a
    shooting "in a separate incident"), the reports further back of its means, latest first: "the blast"
    names the bombing told before, not the shooting."""
    if not (ev.definite and ev.modes and recent) or any(
        not e.modes or ontology.share_means(e.modes, ev.modes) for e in recent
    ):
        return []
    return [
        e
        for e in reversed(opened)
        if ontology.share_means(e.modes, ev.modes)
        and e.recalled == ev.recalled
        and not lone_title(e)
        and not (e.generic or e.cumulative or e.death_only)
        and e.type == ev.type
    ]


def both_told(events: list[RawEvent], ev: RawEvent) -> list[RawEvent]:
    """The two incidents of its type told last before "both attacks" or "the two bombings", told apart by their
    reports and with nothing of ev contradicting them; none when fewer were told (the noun then names more)."""
    told = [e for e in events if e.type == ev.type and nameable(e) and e.recalled == ev.recalled]
    pair = told[-2:]
    if len(pair) < 2 or any(conflict(e, ev, anaphoric=True, referred=True) for e in pair):
        return []
    return pair
