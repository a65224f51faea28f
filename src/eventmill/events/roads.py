"""The two ends of a road named by a hyphenated pair of places ("on the Ghazni-Paktika highway",
"sur l'axe Boni-Hombori") or by a pair after a road word ("on the road between Mogadishu and Baidoa", "sur la route
entre Gao et Ansongo"): points of reference along which something happened, not its place when the
text names another (`road` rows of placecues.tsv; read by `eventmill.events.location`)."""

from __future__ import annotations

from collections.abc import Sequence

from eventmill.models import Document, Mention
from eventmill.phrases import PhraseIndex
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
        if id(m) not in out and (pair := _between(text, cues, m, places)) is not None:
            out |= {id(m), id(pair)}
            continue
        other = by_start.get(m.span.end + 1)
        if other is None or text[m.span.end] not in HYPHENS:
            continue
        after = text[other.span.end : other.span.end + 20].split()[:1]
        before = text[max(0, m.span.start - 20) : m.span.start].replace("'", "' ").split()[-1:]
        if any("road" in cues.get(norm(w.strip(",.;:"))) for w in (*after, *before)):
            out |= {id(m), id(other)}
    return out


def _between(text: str, cues: PhraseIndex[str], m: Mention, places: Sequence[Mention]) -> Mention | None:
    """The place after `m` that closes a road's pair with it: `m` right after a road word and a locative or motion
    word ("road between", "route entre", "highway from"), the other right after `m` and a conjunction or motion word
    ("and", "et", "to")."""
    before = [norm(w.strip(",.;:")) for w in text[max(0, m.span.start - 30) : m.span.start].split()[-2:]]
    if len(before) < 2 or "road" not in cues.get(before[0]):
        return None
    if not {"locative", "motion"} & set(cues.get(before[1])):
        return None
    for other in places:
        if other.span.start > m.span.end:
            gap = text[m.span.end : other.span.start].split()
            if len(gap) == 1 and {"conj", "motion"} & set(cues.get(norm(gap[0]))):
                return other
    return None


def off_road(found: list[Mention], scopes: Sequence[Mention], road: set[int]) -> list[Mention]:
    """The places of one scope without a road's ends when the event's scopes name another place ("on the
    Ghazni-Paktika highway in Waghaz district": Waghaz, though the parse puts it in another scope)."""
    rest = [m for m in found if id(m) not in road]
    return rest if rest or all(id(m) in road for m in scopes) else []
