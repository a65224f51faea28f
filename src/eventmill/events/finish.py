"""Finishing merged events: the place, date and attribution context gives them, and the
participants their type implies, frozen into `Event`s."""

from __future__ import annotations

import datetime as dt

from eventmill import ontology
from eventmill.config import Config
from eventmill.events.dates import Dater
from eventmill.events.lexicon import event_lexicon
from eventmill.events.location import Locator
from eventmill.events.raw import RawEvent, unasserted
from eventmill.models import Document, Event, Figure, Mention
from eventmill.stages.mentions.dates import find_dates
from eventmill.text import norm


def finish(doc: Document, events: list[RawEvent], config: Config) -> list[Event]:
    """Frozen events with location, date and attribution filled from the sentence and its context."""
    locator = Locator(doc, events, config)
    dater = Dater(locator)
    old = _old_dates(doc)
    out = []
    for i, ev in enumerate(events):
        location, location_source = locator.locate(i, ev)
        date, date_source = dater.date_of(i, ev)
        past = _historical(doc, date, date_source) or _dated_long_ago(locator, ev, old)
        if past and date_source == "context":
            date, date_source = None, ""  # its own date is the old one, not that of the sentences before
        attribution = _attribution(doc, ev)
        # a weapon does nothing by itself ("Roadside IED kills a general"): the attacker is unnamed
        # and a victim is not the doer: a phrase one report gives as the victim ("Seven Taliban militants
        # were killed") is not the actor another report guessed for it ("... in two explosions")
        victims = {(m.span.start, m.span.end) for m in ev.recipients}
        actors = tuple(
            m for m in ev.actors if not _weapon(doc, m) and (m.span.start, m.span.end) not in victims
        ) or _participants(doc, ev)
        actors = _distinct(actors)
        out.append(
            Event(
                type=ev.type,
                evidence=ev.evidence,
                trigger=ev.trigger,
                modes=ev.modes,
                actors=actors,
                recipients=_distinct(tuple(m for m in ev.recipients if not _weapon(doc, m))),
                location=location,
                location_source=location_source,
                date=date,
                date_source=date_source,
                dead=ev.counts.get("dead"),
                injured=ev.counts.get("injured"),
                size=ev.counts.get("size"),
                figures=_figures(doc, ev),
                attribution=attribution,
                negated=ev.negated,
                hypothetical=ev.hypothetical,
                future=ev.future,
                also_evidence=tuple(ev.also),
                unasserted=unasserted(ev) or past,
                score=ev.score,
                rule=ev.rule,
            )
        )
    return out


def _figures(doc: Document, ev: RawEvent) -> tuple[Figure, ...]:
    """Every figure the event's reports give, each with its source; the same figure from the same
    source (a headline and the body, or two mentions of one number) is given once."""
    seen, out = set(), []
    for slot, c in ev.figures:
        f = Figure(slot, c, _speaker_at(doc, c.span.start))
        key = (slot, c.value, c.low, c.high, norm(f.source.span.text) if f.source else "")
        if key not in seen:
            seen.add(key)
            out.append(f)
    return tuple(out)


def _participants(doc: Document, ev: RawEvent) -> tuple[Mention, ...]:
    """Protesters mentioned in the event's sentences, or the one before or after, as its actors."""
    kinds = ontology.participants(ev.type)
    if not kinds:
        return ()
    near = [set(ev.sents), {s + d for s in ev.sents for d in (-1, 1)}]
    for sents in near:
        found = tuple(
            m
            for m in doc.mentions
            if m.kind == "actor" and m.actor and m.actor.kind in kinds and _sent_of(doc, m.span.start) in sents
        )
        if found:
            return found[:2]
    return ()


def _sent_of(doc: Document, pos: int) -> int:
    lo, hi = 0, len(doc.sentences) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if doc.sentences[mid].start <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _attribution(doc: Document, ev: RawEvent) -> Mention | None:
    """The speaker of the innermost quote or report that contains the trigger of the event's evidence,
    else one of its other triggers (each figure keeps its own source: `Event.figures`)."""
    main = [t.start for t in ev.triggers if ev.evidence.start <= t.start < ev.evidence.end]
    return _speaker_at(doc, *main) or _speaker_at(doc, *(t.start for t in ev.triggers))


def _speaker_at(doc: Document, *positions: int) -> Mention | None:
    """The speaker of the innermost quote or report that contains one of these text positions."""
    best = None
    for q in doc.quotes:
        if q.speaker is None:
            continue
        for pos in positions:
            if q.text.start <= pos < q.text.end:
                if best is None or (q.text.end - q.text.start) < (best.text.end - best.text.start):
                    best = q
    return best.speaker if best else None


# an event its own clause dates this long before publication is a past incident recalled
HISTORICAL_DAYS = 180


def _historical(doc: Document, date: Mention | None, source: str) -> str:
    """ "historical" when the event's own sentence dates it over HISTORICAL_DAYS before the article
    was published ("In 2018, more than 60 people were killed in a bombing"): a past incident recalled
    as background, coded when it happened, not again with every article that recalls it."""
    pub, value = doc.article.published, date.date.value if date and date.date else None
    if not (pub and value) or source not in ("clause", "sentence"):
        return ""
    try:
        when = dt.date.fromisoformat(value) if len(value) == 10 else None
        if when is None:
            year, month = int(value[:4]), int(value[5:7]) if len(value) >= 7 else 12
            # a year or a month counts from its last day: "in 2018" is over once 2018 is
            when = dt.date(year, month, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)
        days = (dt.date.fromisoformat(pub[:10]) - when).days
    except ValueError:
        return ""
    return "historical" if days > HISTORICAL_DAYS else ""


def _old_dates(doc: Document) -> set[int]:
    """The tokens of dates written out long before the article was published ("In 2018", "en mars
    2019"; `background` in eventmill.stages.mentions.dates), which are no date mentions; none when
    the publication date is unknown."""
    if not doc.article.published:
        return set()
    hits = find_dates(doc.tokens, doc.lang or "", doc.article.published)
    return {k for h in hits if h.background for k in range(h.first, h.last + 1)}


def _dated_long_ago(locator: Locator, ev: RawEvent, old: set[int]) -> str:
    """ "historical" when a date long before publication sits in the event's own clause."""
    if not old:
        return ""
    own = [t for t in ev.triggers if ev.evidence.start <= t.start < ev.evidence.end] or [ev.trigger]
    return "historical" if any(locator.clause(t.start)[1] & old for t in own) else ""


def _distinct(ms: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """One mention per party: a later mention with the same words or the same known name adds nothing
    ("Suicide bomber" in the headline, "a suicide bomber" in the body)."""
    seen, out = set(), []
    for m in ms:
        key = norm(m.actor.name) if m.actor and not m.actor.generic else norm(m.span.text).removeprefix("a ")
        if key not in seen:
            seen.add(key)
            out.append(m)
    return tuple(out)


def _weapon(doc: Document, m: Mention) -> bool:
    """An actor phrase headed by a weapon or a kind of attack ("Roadside IED", "Twin bombs", "car bomb")."""
    if m.head is None or not doc.tokens or (m.actor and not m.actor.generic and m.actor.kind != "other"):
        return False
    tok = doc.tokens[m.head]
    return any(mode == "explosives" for _, mode in event_lexicon(doc.lang or "").modes.get(norm(tok.lemma)))
