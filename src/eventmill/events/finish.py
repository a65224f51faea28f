"""Finishing merged events: the place, date and attribution context gives them, and the
participants their type implies, frozen into `Event`s."""

from __future__ import annotations

from eventmill import ontology
from eventmill.config import Config
from eventmill.events.lexicon import event_lexicon
from eventmill.events.merge import RawEvent, unasserted
from eventmill.models import Document, Event, Mention
from eventmill.placecues import after_locative
from eventmill.text import norm

# the most specific place wins; an unresolved one ranks after a town
PRECISION_RANK = {"neighbourhood": 0, "town": 1, "admin2": 2, "admin1": 3, "country": 5}


def _best_place(places, doc: Document) -> Mention | None:
    """The most specific place, preferring one introduced by a locative preposition ("à Grenoble")."""
    if not places:
        return None
    return min(
        places,
        key=lambda m: (PRECISION_RANK.get(m.place.precision, 1) if m.place else 4, 0 if after_locative(doc, m) else 1),
    )


def finish(doc: Document, events: list[RawEvent], config: Config) -> list[Event]:
    """Frozen events with location, date and attribution filled from the sentence and its context."""
    places = [m for m in doc.mentions if m.kind == "place"]
    dates = [m for m in doc.mentions if m.kind == "date"]
    actor_spans = {(m.span.start, m.span.end) for e in events for m in e.actors + e.recipients}
    out = []
    for ev in events:
        in_sents = [
            m
            for m in places
            if doc.tokens and _sent_of(doc, m.span.start) in ev.sents and (m.span.start, m.span.end) not in actor_spans
        ]
        resolved = [m for m in list(ev.places) + in_sents if m.place]
        location = _best_place([m for m in resolved if not _is_country(m)], doc) or _best_place(
            [m for m in resolved if _is_country(m)], doc
        )
        if location is None and ev.type in ontology.in_class("physical"):
            # an on-the-ground event with no place in its sentence happened where the article
            # last put us: a specific place just before, else any place before, else its first place
            first = doc.sentences[min(ev.sents)].start
            before = [m for m in places if m.span.start < first and m.place]
            recent = [
                m
                for m in before
                if not _is_country(m) and _sent_of(doc, m.span.start) >= min(ev.sents) - config.inherit_place_sentences
            ]
            later = [m for m in places if m.place]
            location = recent[-1] if recent else before[-1] if before else later[0] if later else None
        if location is None:
            # a name the gazetteer does not know is often not a place ("Instagram"): last resort
            location = _best_place(list(ev.places) + in_sents, doc)
        date = _nearest([m for m in dates if _sent_of(doc, m.span.start) in ev.sents], ev.trigger.start)
        attribution = _attribution(doc, ev)
        # a weapon does nothing by itself ("Roadside IED kills a general"): the attacker is unnamed
        # and a victim is not the doer: a phrase one report gives as the victim ("Seven Taliban militants
        # were killed") is not the actor another report guessed for it ("... in two explosions")
        victims = {(m.span.start, m.span.end) for m in ev.recipients}
        actors = tuple(
            m for m in ev.actors if not _weapon(doc, m) and (m.span.start, m.span.end) not in victims
        ) or _participants(doc, ev)
        out.append(
            Event(
                type=ev.type,
                evidence=ev.evidence,
                trigger=ev.trigger,
                modes=ev.modes,
                actors=actors,
                recipients=ev.recipients,
                location=location,
                date=date,
                dead=ev.counts.get("dead"),
                injured=ev.counts.get("injured"),
                size=ev.counts.get("size"),
                attribution=attribution,
                negated=ev.negated,
                hypothetical=ev.hypothetical,
                future=ev.future,
                also_evidence=tuple(ev.also),
                unasserted=unasserted(ev),
                score=ev.score,
                rule=ev.rule,
            )
        )
    return out


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


def _is_country(m: Mention) -> bool:
    return bool(m.place and m.place.precision == "country")


def _sent_of(doc: Document, pos: int) -> int:
    lo, hi = 0, len(doc.sentences) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if doc.sentences[mid].start <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _nearest(ms: list[Mention], pos: int) -> Mention | None:
    return min(ms, key=lambda m: abs(m.span.start - pos)) if ms else None


def _attribution(doc: Document, ev: RawEvent) -> Mention | None:
    """The speaker of the innermost quote or report that contains one of the event's triggers."""
    best = None
    for q in doc.quotes:
        if q.speaker is None:
            continue
        for t in ev.triggers:
            if q.text.start <= t.start < q.text.end:
                if best is None or (q.text.end - q.text.start) < (best.text.end - best.text.start):
                    best = q
    return best.speaker if best else None


def _weapon(doc: Document, m: Mention) -> bool:
    """An actor phrase headed by a weapon or a kind of attack ("Roadside IED", "Twin bombs", "car bomb")."""
    if m.head is None or not doc.tokens or (m.actor and not m.actor.generic and m.actor.kind != "other"):
        return False
    tok = doc.tokens[m.head]
    return any(mode == "explosives" for _, mode in event_lexicon(doc.lang or "").modes.get(norm(tok.lemma)))
