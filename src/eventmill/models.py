"""The data model: frozen, slotted dataclasses of tuples and plain types.

A `Document` flows through the pipeline; each stage returns a new one with more fields filled
(`dataclasses.replace`). Everything pickles (for worker processes and Dask) and maps onto flat
DuckDB columns. spaCy objects never appear here: the parse stage copies what later stages need
into `Token` tuples.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets into `Article.text`, with the text they cover (`text[start:end]`)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as it came in, plus what is known about it."""

    text: str
    id: str = ""
    lang: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published_source: str | None = None  # from: metadata, dateline, byline, line, updated, filename, option, None


@dataclass(frozen=True, slots=True)
class Token:
    """One parsed token, copied out of spaCy. `head` is the index of its head in `Document.tokens`."""

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    dep: str
    head: int
    ent: str = ""  # spaCy entity label (PER, LOC, ORG, MISC) or ""
    sent: int = 0  # index of the sentence in Document.sentences
    morph: str = ""  # Universal Dependencies features ("Mood=Cnd|Tense=Fut|...")


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place: what a gazetteer knows about a name."""

    name: str
    lat: float
    lon: float
    country: str  # ISO 3166-1 alpha-2
    admin1: str = ""
    feature: str = ""  # GeoNames feature code or WOF placetype
    precision: str = "town"  # neighbourhood, town, admin2, admin1, country
    gid: str = ""  # "geonames:170063" or "wof:421168655"
    confidence: float = 1.0
    population: int = 0


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor: canonical name, kind and country."""

    name: str
    kind: str = "other"
    country: str = ""  # ISO alpha-3
    code: str = ""
    role: str = ""
    generic: bool = False  # a common noun ("civils", "l'armée syrienne"), not a name


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number read from text: exact (value) or vague (low..high)."""

    value: int | None
    low: int | None = None
    high: int | None = None


@dataclass(frozen=True, slots=True)
class DateValue:
    """An ISO date and its precision (day; week: a week's Monday, "a week ago", an undated report's day; month; year)."""

    value: str | None
    precision: str = "day"
    background: bool = False  # written out years before the article's time ("en 1960"): old news, or history


@dataclass(frozen=True, slots=True)
class Mention:
    """Something named in the text: an actor, place, number or date, with its resolution."""

    kind: str  # actor, place, number, date; context, never a location: demonym, in_name, nearby (stages/mentions)
    span: Span
    actor: Actor | None = None
    place: Place | None = None
    quantity: Quantity | None = None
    date: DateValue | None = None
    of: str = ""  # for numbers: the noun counted ("civils", "manifestants")
    head: int = -1  # token index of the mention's head word, -1 if none


@dataclass(frozen=True, slots=True)
class Quote:
    """Reported speech: who said it, with which verb, direct (in quotation marks) or indirect."""

    text: Span
    speaker: Mention | None
    verb: str = ""
    direct: bool = True
    speaker_name: str = ""  # canonical speaker name once resolved
    cue: Span | None = None  # the reporting phrase ("a-t-il indiqué", "selon")


@dataclass(frozen=True, slots=True)
class Count:
    """A casualty or size figure attached to an event."""

    value: int | None
    low: int | None
    high: int | None
    span: Span
    of: str = ""  # whom it counts: civilians, fighters, ...


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure an article gives for an event, with whoever gives it ("six civilians killed, according
    to the Russian reconciliation centre"): reports of one incident may disagree, each keeps its source."""

    slot: str  # dead, injured or size
    count: Count
    source: Mention | None = None  # the speaker of the quote or report the figure is read in


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: PLOVER type and modes, who did what to whom, where, when, how many."""

    type: str
    evidence: Span
    trigger: Span
    modes: tuple[str, ...] = ()
    actors: tuple[Mention, ...] = ()
    recipients: tuple[Mention, ...] = ()
    location: Mention | None = None
    location_source: str = ""  # where it was read: clause ... focus (eventmill.events.location.SOURCES)
    date: Mention | None = None
    date_source: str = ""  # where it was read: clause ... published (eventmill.events.dates.SOURCES)
    dead: Count | None = None
    injured: Count | None = None
    size: Count | None = None
    # every figure read for the event, in every report of it; dead/injured/size span them (low/high)
    figures: tuple[Figure, ...] = ()
    attribution: Mention | None = None
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    also_evidence: tuple[Span, ...] = ()  # other sentences merged into this event
    unasserted: str = ""  # why this is not an event that happened (negated, heading...); only with keep="all"
    score: float = 1.0  # how sure the typer is that this is an event of this type, in [0, 1]
    rule: str = ""  # what decided the type: "rules:<rule name>" or a learned typer's name


@dataclass(frozen=True, slots=True)
class Toll:
    """A running total over many incidents ("since 2011, 400,000 died"): never an event's own count."""

    kind: str  # dead or injured
    count: Count
    evidence: Span  # the sentence that gives it


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One row of a language's `triggers.tsv`: the words (lemmas), PLOVER type and mode, the
    subject's role, the count it fills, and the objects it needs ("expel" + diplomat)."""

    words: tuple[str, ...]
    pos: str
    type: str
    mode: str = ""
    subject: str = "actor"
    count: str = ""
    outcome: bool = False  # reports only a death or an injury: an ASSAULT only when violence is named
    objects: tuple[str, ...] = ()  # the row applies only with one of these lemmas as object


@dataclass(frozen=True, slots=True)
class Decision:
    """What a typer said about a candidate: its type ("" for no event), how sure, and what decided."""

    type: str
    score: float
    rule: str
    modes: tuple[str, ...] = ()
    status: tuple[str, ...] = ()  # which of negated, hypothetical, future hold once typed


@dataclass(frozen=True, slots=True)
class Candidate:
    """A trigger that may report an event, with everything read around it.

    The `triggers` stage fills what the text says (trigger, lexicon row, arguments, status words,
    `features`: named facts such as "anaphoric" or "heading"); the `event_type` stage adds the
    `decision`; the `assemble` stage turns decided candidates into events.
    """

    trigger: Span
    first: int  # token indices of the trigger's words
    last: int
    head: int  # the token that carries its arguments
    sent: int
    entry: TriggerEntry
    modes: tuple[str, ...] = ()  # the row's mode and mode words of the sentence, for the proposed type
    status: tuple[str, ...] = ()  # negated, denied, hypothetical, future, as the words around it say
    actors: tuple[Mention, ...] = ()
    recipients: tuple[Mention, ...] = ()
    places: tuple[Mention, ...] = ()
    counts: tuple[tuple[str, Count], ...] = ()  # ("dead", Count), ("injured", ...), ("size", ...)
    actor_heads: tuple[int, ...] = ()  # token heads of the actor phrases
    features: tuple[str, ...] = ()  # named facts that hold: anaphoric, definite, heading, topic, ...
    strength: int = 2  # how clearly it reports: 2 verb or event noun, 1 participant noun or anaphor, 0 heading
    decision: Decision | None = None

    @property
    def proposed(self) -> str:
        """The type the lexicon proposes, before the typer reads the context."""
        return self.entry.type

    def has(self, feature: str) -> bool:
        return feature in self.features or feature in self.status


@dataclass(frozen=True, slots=True)
class Problem:
    """Something that went wrong with one article, recorded instead of raised."""

    stage: str
    message: str
    kind: str = "error"  # error or warning


@dataclass(frozen=True, slots=True)
class Document:
    """An article and everything the stages found in it."""

    article: Article
    text: str = ""  # normalised text; offsets in every Span point into it (same length as article.text)
    lang: str | None = None
    sentences: tuple[Span, ...] = ()
    paragraphs: tuple[Span, ...] = ()
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    candidates: tuple[Candidate, ...] = ()  # triggers that may report events, with their decisions
    events: tuple[Event, ...] = ()
    tolls: tuple[Toll, ...] = ()  # running totals the article gives, apart from its events
    problems: tuple[Problem, ...] = ()
    stages: tuple[str, ...] = ()  # names and versions of the stages that ran, in order

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (what `eventmill extract --format json` prints)."""
        return document_to_dict(self)


# The JSON form: the scorer's schema and more (`eventmill extract --format json`, DuckDB's json column).
# It lives beside the model so that the model imports no writer.
SCHEMA_VERSION = 1
PLACE_LIKE = ("place", "demonym", "in_name", "nearby")  # listed with the places; only a place locates an event


def span_dict(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def mention_dict(m: Mention | None) -> dict[str, Any] | None:
    """A mention as JSON: its words and offsets, plus what it resolved to."""
    if m is None:
        return None
    out: dict[str, Any] = {"text": m.span.text, "start": m.span.start, "end": m.span.end}
    if m.actor is not None:
        out.update(
            name=m.actor.name,
            kind=m.actor.kind,
            country=m.actor.country or None,
            code=m.actor.code or None,
            role=m.actor.role or None,
        )
    if m.kind in PLACE_LIKE:
        p = m.place
        out.update(
            name=p.name if p else None,
            lat=p.lat if p else None,
            lon=p.lon if p else None,
            country=p.country if p else None,
            admin1=(p.admin1 or None) if p else None,
            precision=p.precision if p else None,
            feature=(p.feature or None) if p else None,
            gid=(p.gid or None) if p else None,
            confidence=round(p.confidence, 3) if p else None,
        )
    if m.date is not None:
        out.update(value=m.date.value, precision=m.date.precision, background=m.date.background)
    if m.quantity is not None:
        out.update(value=m.quantity.value, low=m.quantity.low, high=m.quantity.high, of=m.of or None)
    return out


def count_dict(c: Count | None) -> dict[str, Any] | None:
    if c is None:
        return None
    span = {"text": c.span.text, "start": c.span.start, "end": c.span.end}
    return {"value": c.value, "low": c.low, "high": c.high, **span, "of": c.of or None}


def event_dict(e: Event) -> dict[str, Any]:
    return {
        "type": e.type,
        "modes": list(e.modes),
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "future": e.future,
        "unasserted": e.unasserted or None,
        "evidence": span_dict(e.evidence),
        "trigger": span_dict(e.trigger),
        "also_evidence": [span_dict(s) for s in e.also_evidence],
        "actors": [mention_dict(m) for m in e.actors],
        "recipients": [mention_dict(m) for m in e.recipients],
        "location": mention_dict(e.location),
        "location_source": e.location_source or None,
        "date": mention_dict(e.date),
        "date_source": e.date_source or None,
        "dead": count_dict(e.dead),
        "injured": count_dict(e.injured),
        "size": count_dict(e.size),
        "figures": [
            {"slot": f.slot, **(count_dict(f.count) or {}), "source": mention_dict(f.source)} for f in e.figures
        ],
        "attribution": mention_dict(e.attribution),
        "score": round(e.score, 3),
        "rule": e.rule or None,
    }


def quote_dict(q: Quote) -> dict[str, Any]:
    span = {"text": q.text.text, "start": q.text.start, "end": q.text.end}
    return {
        **span,
        "direct": q.direct,
        "verb": q.verb or None,
        "speaker": mention_dict(q.speaker),
        "cue": span_dict(q.cue),
    }


def document_to_dict(doc: Document) -> dict[str, Any]:
    """The JSON document `eventmill extract --format json` prints."""
    a = doc.article
    by_kind = {k: [mention_dict(m) for m in doc.mentions if m.kind == k] for k in ("actor", "number", "date")}
    return {
        "schema": SCHEMA_VERSION,
        "article": {
            "id": a.id or None,
            "lang": doc.lang,
            "published": a.published,
            "published_source": a.published_source,
            "title": a.title,
            "url": a.url,
            "outlet": a.outlet,
            "chars": len(a.text),
        },
        "events": [event_dict(e) for e in doc.events],
        "tolls": [
            {"kind": t.kind, **(count_dict(t.count) or {}), "evidence": span_dict(t.evidence)} for t in doc.tolls
        ],
        "quotes": [quote_dict(q) for q in doc.quotes],
        "places": [{**(mention_dict(m) or {}), "kind": m.kind} for m in doc.mentions if m.kind in PLACE_LIKE],
        "actors": by_kind["actor"],
        "numbers": by_kind["number"],
        "dates": by_kind["date"],
        "problems": [{"stage": p.stage, "message": p.message, "kind": p.kind} for p in doc.problems],
        "stages": list(doc.stages),
    }


__all__ = ["Span", "Article", "Token", "Place", "Actor", "Quantity", "DateValue", "Mention", "Quote", "Count", "Event"]
__all__ += ["Toll", "TriggerEntry", "Decision", "Candidate", "Problem", "Document", "document_to_dict", "event_dict"]
