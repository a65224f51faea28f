"""Finishing merged events: the place, date and attribution context gives them, and the
participants their type implies, frozen into `Event`s."""

from __future__ import annotations

from functools import cache

from eventmill import datafiles, ontology
from eventmill.config import Config
from eventmill.events.dates import Dater
from eventmill.events.gaps import all_long_before, dated_backstory
from eventmill.events.lexicon import event_lexicon
from eventmill.events.location import Locator
from eventmill.events.nextplace import finer_next
from eventmill.events.raw import RawEvent, unasserted
from eventmill.events.spots import spot
from eventmill.models import Document, Event, Figure, Mention, Token
from eventmill.text import norm
from eventmill.tree import Tree


def finish(doc: Document, events: list[RawEvent], config: Config) -> list[Event]:
    """Frozen events with location, date and attribution filled from the sentence and its context."""
    locator = Locator(doc, events, config)
    dater = Dater(locator)
    token_at = {t.start: t for t in doc.tokens}
    out = []
    for i, ev in enumerate(events):
        location, location_source = locator.locate(i, ev)
        location, location_source = spot(locator, ev, location, location_source) or (location, location_source)
        location, location_source = finer_next(locator, i, ev, location, location_source) or (location, location_source)
        date, date_source = dater.date_of(i, ev)
        # (or an earlier incident a phrase of what came weeks before names, "trois mois après la mort de", or
        # a pluperfect that dates what came before the story, "avait été prise en otage le 6 février 2015")
        recalled = all_long_before(locator, ev.own_triggers) or dated_backstory(locator, ev.own_triggers)
        past = dater.past(ev, date, date_source) or ("historical" if recalled else "")
        if past and date_source in ("context", "dateline", "published"):
            # its own date is the old one, not that of the sentences before nor of the report
            date, date_source = None, ""
        attribution = _attribution(doc, ev)
        # a weapon does nothing by itself ("Roadside IED kills a general"): the attacker is unnamed
        # and a victim is not the doer: a phrase one report gives as the victim ("Seven Taliban militants
        # were killed") is not the actor another report guessed for it ("... in two explosions")
        victims = {(m.span.start, m.span.end) for m in ev.recipients}
        actors = tuple(
            m
            for m in ev.actors
            if not _weapon(doc, m, _vehicles(doc.lang or "")) and (m.span.start, m.span.end) not in victims
        ) or _participants(doc, ev)
        actors = _distinct(actors, token_at, doc.article.text)
        out.append(
            Event(
                type=ev.type,
                evidence=ev.evidence,
                trigger=ev.trigger,
                modes=ev.modes,
                actors=actors,
                recipients=_distinct(_recipients(doc, ev), token_at, doc.article.text),
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
    main = (t.start for t in ev.own_triggers)
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


def _distinct(ms: tuple[Mention, ...], token_at: dict[int, Token], text: str) -> tuple[Mention, ...]:
    """One mention per party: a later mention with the same known name, or the same words but for a
    leading article, adds nothing ("Suicide bomber" in the headline, "a suicide bomber" in the body)."""
    seen, out = set(), []
    for m in ms:
        first = token_at.get(m.span.start)
        start = first.end if first is not None and first.pos == "DET" and first.end < m.span.end else m.span.start
        key = norm(m.actor.name) if m.actor and not m.actor.generic else norm(text[start : m.span.end])
        if key not in seen:
            seen.add(key)
            out.append(m)
    return tuple(out)


def _recipients(doc: Document, ev: RawEvent) -> tuple[Mention, ...]:
    """Who received the event, no weapon among them, parties first: a place received it only as where
    it was aimed ("lifted the curfew in Montenegro"), so it never takes the first recipient's column
    from a party another report names."""
    recips = (m for m in ev.recipients if not _weapon(doc, m))
    return tuple(sorted(recips, key=lambda m: m.kind == "place"))


def _weapon(doc: Document, m: Mention, vehicles: frozenset[str] = frozenset()) -> bool:
    """An actor phrase headed by a weapon or a kind of attack ("Roadside IED", "Twin bombs", "car bomb", "a stray
    bullet", "artillery shells"), or by one of `vehicles` ("a truck carrying explosives")."""
    if m.head is None or not doc.tokens or (m.actor and not m.actor.generic and m.actor.kind != "other"):
        return False
    lex = event_lexicon(doc.lang or "")
    heads = [m.head]
    if m.actor is None or m.actor.kind == "other":
        # a weapon counted by a noun it hangs on ("a series of bombs", "une série d'explosions")
        heads += [
            k
            for k in Tree.of(doc.tokens).children(m.head, "nmod")
            if k > m.head and doc.tokens[k].dep == "nmod" and doc.tokens[k].start < m.span.end
        ]
    for k in heads:
        modes = {mode for _, mode in lex.modes.get(norm(doc.tokens[k].lemma))}
        # a firearm or what a weapon fires is never a kind of person ("artillery shells"); a generic
        # agent word with a gun mode is one ("gunmen")
        unknown = m.actor is None or m.actor.kind == "other"
        fired = norm(doc.tokens[k].lemma) in _projectiles(doc.lang or "") | vehicles
        if "explosives" in modes or (unknown and ("firearms" in modes or fired)):
            return True
    return False


@cache
def _projectiles(lang: str) -> frozenset[str]:
    """What weapons fire, by `resources/<lang>/projectiles.txt`."""
    return frozenset(norm(w) for w in datafiles.words(lang, "projectiles.txt"))


@cache
def _vehicles(lang: str) -> frozenset[str]:
    """Vehicles a bomber or a driver uses, by `resources/<lang>/vehicles.txt`: never an actor."""
    return frozenset(norm(w) for w in datafiles.words(lang, "vehicles.txt"))
