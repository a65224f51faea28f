"""Place names inside longer names: the parts of a place entity joined by commas, and the place an
organisation's or an office's name carries.

- "Thruxton, Hampshire", "Donington Park, Leicestershire": the recogniser labels the whole a place;
  each part is one ("Washington, D.C.", a name the gazetteer knows whole, stays whole).
- "the Washington Post", "Texas Rangers", "Aberdeen Asset Management", "Bank of England", "Université de
  Damas", "US President": the name opens with, or ends in "of"/"de" and, a place the gazetteer knows well
  (a country, a region, a district or a city of 100,000), or ends in one after a hyphen ("IBA-Karachi").
  The organisation stays an actor; the place
  is listed with the article's places as kind `in_name`: context for the reader, never an event's
  location.
- "Brandon, Man.", "Provo, UT": a town, then its division written short (`stages/geo_codes.py`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from eventmill.geo import Geocoder
from eventmill.models import Document, Mention, Span, Token
from eventmill.phrases import PhraseIndex
from eventmill.stages.geo_codes import code_at, division_of
from eventmill.stages.mentions.hyphens import hyphen_parts
from eventmill.text import norm

# the longest place name looked for at the start of a longer name ("Niger Delta Development Commission")
MAX_NAME_TOKENS = 4
STREET = "street"  # hint of placecues.tsv for a word naming a street
DIVISIONS = ("admin1", "admin2")  # hints of placecues.tsv for a word naming a division ("County", "State")


def comma_parts(toks: Sequence[Token], first: int, last: int) -> list[tuple[int, int]]:
    """The capitalised stretches of first..last between commas ("Thruxton , Hampshire" -> two);
    one stretch when there is no comma."""
    parts, start = [], first
    for k in range(first, last + 2):
        if k > last or toks[k].text == ",":
            if start <= k - 1 and toks[start].text[:1].isupper():
                parts.append((start, k - 1))
            start = k + 1
    return parts


def places_inside(
    toks: Sequence[Token],
    first: int,
    last: int,
    cues: PhraseIndex[str],
    prominent: Callable[[int, int], bool],
    known: Callable[[int, int], bool] = lambda first, last: False,
) -> list[tuple[int, int]]:
    """The spans of the places an organisation's name first..last carries: the longest prominent name
    that opens it and leaves at least one word of its own ("Washington Post" -> Washington), or a known
    (`known`) name before a word naming a division ("Tipperary County Council"), and the name after its
    last linking word ("Bank of England" -> England, "Université de Damas" -> Damas)."""
    out: list[tuple[int, int]] = []
    k = first
    while k < last and toks[k].pos in ("DET", "PUNCT"):
        k += 1  # "the Washington Post"
    if any(STREET in cues.get(norm(toks[j].text)) for j in (k, last)):
        return out  # "Washington Street", "rue de Paris": named for a person or a town it does not lie in
    for j in range(min(last - 1, k + MAX_NAME_TOKENS - 1), k - 1, -1):
        if not all(t.text[:1].isupper() for t in toks[k : j + 1]):
            continue
        if prominent(k, j):
            out.append((k, j))
            break
        if j + 1 < last and known(k, j) and any(h in DIVISIONS for h in cues.get(norm(toks[j + 1].text))):
            # "Tipperary County Council", "Walker County Sheriff's Office": a division the name says it is
            out.append((k, j + 1) if known(k, j + 1) else (k, j))
            break
    for i in range(last - 1, k, -1):
        if "link" in cues.get(norm(toks[i].text)) and toks[i].pos == "ADP":
            a = i + 1
            while a < last and "link" in cues.get(norm(toks[a].text)):
                a += 1  # "de la", "of the"
            if all(t.text[:1].isupper() for t in toks[a : last + 1]) and prominent(a, last):
                if not any(f <= a <= lst for f, lst in out):
                    out.append((a, last))
            break
    for a, b in hyphen_parts(toks, k, last)[1:]:  # "IBA-Karachi": the campus's city
        if prominent(a, b) and not any(f <= a <= lst for f, lst in out):
            out.append((a, b))
    return out


def with_codes(doc: Document, found: list[Mention], geo: Geocoder) -> list[Mention]:
    """The mentions, with a place mention for each division code written right after a place mention
    ("Brandon, Man.", "Provo, UT"), in place of an actor the recogniser or a lexicon read in it ("Man",
    "CO"); a code that stands for no division holding the town keeps what it was."""
    starts = [t.start for t in doc.tokens]
    out = list(found)
    for m in found:
        if m.kind != "place" or (at := code_at(doc.text, m.span.end)) is None:
            continue
        code = doc.text[at[0] : at[1]]
        over = [o for o in out if o.span.start < at[1] and at[0] < o.span.end]
        if any(o.kind != "actor" or o.span.text.rstrip(".") != code.rstrip(".") for o in over):
            continue  # a place already, or a longer name
        if division_of(geo, doc.lang, m.span.text, code) is None:
            continue
        out = [o for o in out if o not in over]
        head = min(bisect_left(starts, at[0]), len(starts) - 1)
        out.append(Mention("place", Span(at[0], at[1], code), head=head))
    return out
