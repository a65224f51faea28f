"""Figures two reports of one incident give: one range for both, and a bare toll joined to the event its
sentence reports ("causant 35 morts")."""

from __future__ import annotations

from eventmill.events.links import other_victims, within_range
from eventmill.events.raw import RawEvent
from eventmill.models import Count, Span


def one_figure(a: Count, b: Count) -> Count:
    """One incident's figure from two reports: the first report's figure stays the best estimate, and
    the range spans both ("at least five killed" ... "the attack, which killed seven")."""
    if (a.value, a.low, a.high) == (b.value, b.low, b.high) or other_victims(a, b):
        return a
    vals = [x for c in (a, b) for x in (c.value, c.low, c.high) if x is not None]
    # an exact figure inside a vague one's range is the better estimate ("dozens" ... "at least 30")
    best = b if within_range(a, b) and not within_range(b, a) else a
    return Count(best.value, min(vals, default=None), max(vals, default=None), best.span, best.of)


def widen(counts: dict[str, Count], more: dict[str, Count]) -> None:
    """Each figure of `more` joins `counts`: a new slot takes it, a slot already there keeps its best
    estimate and widens its range to it."""
    for k, v in more.items():
        counts[k] = one_figure(counts[k], v) if k in counts else v


def take_figures(a: RawEvent, b: RawEvent) -> None:
    """Every figure b's reports give becomes one of a's (each keeps its own words, and so its source)."""
    a.figures += [f for f in b.figures if f not in a.figures]


def same_figure(a: RawEvent, b: RawEvent) -> bool:
    return any(s in b.counts and a.counts[s].value and a.counts[s].value == b.counts[s].value for s in a.counts)


def fold_tolls(events: list[RawEvent]) -> list[RawEvent]:
    """A bare toll ("causant 35 morts") in the sentence of another event is that event's casualties;
    when an earlier report of that event gave another figure ("au moins cinq morts" ... "L'attaque a
    fait sept morts"), the event's figure spans both."""
    keep: list[RawEvent] = []
    for ev in events:
        host = None
        if ev.casualty_only and len(ev.sents) == 1 and not ev.cumulative:
            host = next(
                (
                    o
                    for o in events
                    if o is not ev
                    and not o.casualty_only
                    and not o.cumulative
                    and ev.sent in o.sents
                    and o.recalled == ev.recalled
                    and not any(k in o.counts and _inside(o.counts[k], ev.evidence) for k in ev.counts)
                ),
                None,
            )
        if host is None:
            keep.append(ev)
        else:
            widen(host.counts, ev.counts)
            take_figures(host, ev)
    return keep


def _inside(c: Count, sentence: Span) -> bool:
    return sentence.start <= c.span.start < sentence.end
