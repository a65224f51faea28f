"""One coded document as a text table (`eventmill extract --format table`); its JSON form is
`Document.to_dict()` (`eventmill.models`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventmill.models import Count, Document, Mention


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
