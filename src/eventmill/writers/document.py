"""One coded document as JSON (`eventmill extract --format json`, the scorer's schema and more) and as
a text table (`--format table`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # only read attributes: models imports this module to give Document.to_dict()
    from eventmill.models import Count, Document, Event, Mention, Quote, Span

SCHEMA_VERSION = 1


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
    if m.kind == "place":
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
        out.update(value=m.date.value, precision=m.date.precision)
    if m.quantity is not None:
        out.update(value=m.quantity.value, low=m.quantity.low, high=m.quantity.high, of=m.of or None)
    return out


def count_dict(c: Count | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {
        "value": c.value,
        "low": c.low,
        "high": c.high,
        "text": c.span.text,
        "start": c.span.start,
        "end": c.span.end,
        "of": c.of or None,
    }


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
        "date": mention_dict(e.date),
        "dead": count_dict(e.dead),
        "injured": count_dict(e.injured),
        "size": count_dict(e.size),
        "attribution": mention_dict(e.attribution),
        "score": round(e.score, 3),
        "rule": e.rule or None,
    }


def quote_dict(q: Quote) -> dict[str, Any]:
    speaker = mention_dict(q.speaker)
    return {
        "text": q.text.text,
        "start": q.text.start,
        "end": q.text.end,
        "direct": q.direct,
        "verb": q.verb or None,
        "speaker": speaker,
        "cue": span_dict(q.cue),
    }


def document_to_dict(doc: Document) -> dict[str, Any]:
    """The JSON document `eventmill extract --format json` prints."""
    a = doc.article
    by_kind = {k: [mention_dict(m) for m in doc.mentions if m.kind == k] for k in ("actor", "place", "number", "date")}
    return {
        "schema": SCHEMA_VERSION,
        "article": {
            "id": a.id or None,
            "lang": doc.lang,
            "published": a.published,
            "title": a.title,
            "url": a.url,
            "outlet": a.outlet,
            "chars": len(a.text),
        },
        "events": [event_dict(e) for e in doc.events],
        "quotes": [quote_dict(q) for q in doc.quotes],
        "places": by_kind["place"],
        "actors": by_kind["actor"],
        "numbers": by_kind["number"],
        "dates": by_kind["date"],
        "problems": [{"stage": p.stage, "message": p.message, "kind": p.kind} for p in doc.problems],
        "stages": list(doc.stages),
    }


def _short(m: Mention | None, width: int = 28) -> str:
    if m is None:
        return ""
    name = m.actor.name if m.actor else (m.place.name if m.place else m.span.text)
    return name if len(name) <= width else name[: width - 1] + "…"


def document_table(doc: Document) -> str:
    """A fixed-width table of the events, one line each, for reading in a terminal."""
    cols = ("type", "actor", "recipient", "location", "date", "dead", "inj", "source")
    rows = [cols]
    for e in doc.events:
        rows.append(
            (
                e.type + ("(neg)" if e.negated else ""),
                _names(e.actors),
                _names(e.recipients),
                _short(e.location, 20),
                (e.date.date.value or e.date.span.text) if e.date and e.date.date else "",
                _count_text(e.dead),
                _count_text(e.injured),
                _short(e.attribution, 24),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(cols))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    if not doc.events:
        lines.append("(no events found)")
    return "\n".join(lines)


def _names(ms) -> str:
    """The first two different names ("Vitaly Churkin" once, however many mentions name him)."""
    return ", ".join(list(dict.fromkeys(_short(m) for m in ms))[:2])


def _count_text(c: Count | None) -> str:
    if c is None:
        return ""
    if c.low is not None and c.high is not None and c.low != c.high:
        return f"{c.low}-{c.high}"
    return str(c.value)
