"""Stage `coreference`: actor resolution. Pronouns and descriptions point back to the actor they stand for.

"il" -> the last person named; "le diplomate russe" -> the last Russian official named; "le centre"
-> the last named actor whose name has that head noun ("Le centre russe pour la réconciliation").
Resolved mentions keep their own span (the words in this sentence) and take the antecedent's actor.
"""

from __future__ import annotations

import dataclasses
from typing import overload

from eventmill import datafiles, ontology
from eventmill.config import Config
from eventmill.models import PLACE_LIKE, Document, Mention
from eventmill.registry import stage
from eventmill.text import norm

WINDOW = 12  # sentences back to look for an antecedent


def is_person(m: Mention, doc: Document) -> bool:
    if not m.actor or m.actor.generic:
        return False
    if m.actor.role or m.actor.kind in ontology.kinds_in("person"):
        return True
    if m.actor.name != m.span.text:
        return False  # a lexicon actor that is not a person, whatever the parser's label
    kinds = datafiles.entity_kinds(doc.lang or "")
    return any(kinds.get(t.ent) == "person" for t in doc.tokens if m.span.start <= t.start < m.span.end)


def _is_named(m: Mention) -> bool:
    """A lexicon actor or a named entity, not a description built from a common noun."""
    if not m.actor or m.actor.generic:
        return False
    return m.actor.name != m.span.text or m.span.text[:1].isupper()


class Resolver:
    def __init__(self, doc: Document):
        self.doc = doc
        self.named = [m for m in doc.mentions if m.kind == "actor" and m.actor and _is_named(m)]
        self.sent_of = {t.start: t.sent for t in doc.tokens}

    def _sent(self, m: Mention) -> int:
        return self.sent_of.get(m.span.start, 0)

    @overload
    def resolve(self, m: Mention) -> Mention: ...

    @overload
    def resolve(self, m: None) -> None: ...

    def resolve(self, m: Mention | None) -> Mention | None:
        if m is None or m.kind in PLACE_LIKE:
            return m  # a place a recipient names stands for no person
        before = [a for a in self.named if a.span.end <= m.span.start and self._sent(m) - self._sent(a) <= WINDOW]
        tok = next((t for t in self.doc.tokens if t.start == m.span.start), None)
        if m.actor is None or (tok is not None and tok.pos == "PRON"):
            # a pronoun speaker: the last person named
            people = [a for a in before if is_person(a, self.doc)]
            return dataclasses.replace(m, actor=people[-1].actor) if people else m
        if _is_named(m):
            return m
        if m.actor.country and m.actor.kind == "government":
            # "le diplomate russe": the last official of that country named before
            same = [
                a
                for a in before
                if a.actor is not None and a.actor.country == m.actor.country and is_person(a, self.doc)
            ]
            if same:
                return dataclasses.replace(m, actor=same[-1].actor)
        words = norm(m.span.text).split()
        head = words[1] if len(words) > 1 and len(words[0]) <= 3 else (words[0] if words else "")
        if head:
            for a in reversed(before):
                aw = norm(a.span.text).split()
                if head in aw[:3] and len(aw) > len(words):
                    return dataclasses.replace(m, actor=a.actor)
        return m


@stage("coreference", 16, needs=("mentions", "quotes", "events"), fills=("quotes", "events"))
def coreference(doc: Document, config: Config) -> Document:
    """Resolve quote speakers and event actors, recipients and sources to the actors they refer to."""
    r = Resolver(doc)
    quotes = []
    for q in doc.quotes:
        spk = r.resolve(q.speaker)
        quotes.append(dataclasses.replace(q, speaker=spk, speaker_name=spk.actor.name if spk and spk.actor else ""))
    events = []
    for ev in doc.events:
        attribution = r.resolve(ev.attribution)
        actors = tuple(r.resolve(m) for m in ev.actors)
        if not actors and ev.type in ontology.in_class("voiced") and attribution is not None:
            # "le diplomate a révélé que ... avec sa complicité": the speaker makes the accusation
            actors = (attribution,)
        events.append(
            dataclasses.replace(
                ev,
                actors=actors,
                recipients=tuple(r.resolve(m) for m in ev.recipients),
                attribution=attribution,
                figures=tuple(dataclasses.replace(f, source=r.resolve(f.source)) for f in ev.figures),
            )
        )
    return dataclasses.replace(doc, quotes=tuple(quotes), events=tuple(events))
