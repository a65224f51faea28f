"""The two ends of a road named by a hyphenated pair of places ("on the Ghazni-Paktika highway",
"sur l'axe Boni-Hombori"): points of reference along which something happened, not its place when the
text names another (`road` rows of placecues.tsv; read by `eventmill.events.location`)."""

from __future__ import annotations

from collections.abc import Sequence

from eventmill.models import Document, Mention
from eventmill.placecues import place_cues
from eventmill.text import norm

HYPHENS = ("-", "\u2013", "\u2011")


def road_ends(doc: Document, places: Sequence[Mention]) -> set[int]:
    """The ids of the places of `places` that are the two ends of a road: two names joined by a hyphen
    alone, with a road word right after the second or right before the first."""
    cues = place_cues(doc.lang or "")
    text = doc.text
    by_start = {m.span.start: m for m in places}
    out: set[int] = set()
    for m in places:
        other = by_start.get(m.span.end + 1)
        if other is None or text[m.span.end] not in HYPHENS:
            continue
        after = text[other.span.end : other.span.end + 20].split()[:1]
        before = text[max(0, m.span.start - 20) : m.span.start].replace("'", "' ").split()[-1:]
        if any("road" in cues.get(norm(w.strip(",.;:"))) for w in (*after, *before)):
            out |= {id(m), id(other)}
    return out


def off_road(found: list[Mention], scopes: Sequence[Mention], road: set[int]) -> list[Mention]:
    """The places of one scope without a road's ends when the event's scopes name another place ("on the
    Ghazni-Paktika highway in Waghaz district": Waghaz, though the parse puts it in another scope)."""
    rest = [m for m in found if id(m) not in road]
    return rest if rest or all(id(m) in road for m in scopes) else []
