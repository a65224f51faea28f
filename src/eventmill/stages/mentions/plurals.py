"""Names listed before a plural kind of place ("Harris and Fort Bend counties", "Helmand, Kandahar and Zabul
provinces", "Calcasieu and Cameron parishes"): each name is a division of that kind. Local news names counties
this way, and the gazetteer may know them only with their kind word ("Harris County", "Calcasieu Parish"), so
"Harris" alone would be a small town in Minnesota and "Fort Bend" nothing at all.

A plural kind is a row of `placecues.tsv` with the hint `plural` beside its kind's own hint; its singular is
the kind word of the table that it ends with less its plural ending ("counties" -> "county")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from eventmill.models import Document, Mention, Token
from eventmill.phrases import PhraseIndex
from eventmill.stages.mentions.places import PLACE_KINDS
from eventmill.text import norm

PLURAL = "plural"  # a placecues hint: a kind of place in the plural
CONJ = "conj"  # a placecues hint: a conjunction between names ("and", "et")
MAX_NAME = 4  # words in one listed name
NORP = "NORP"  # the recogniser's label of a people, a creed or a party ("Sunni", "Republican")


def singular(word: str, cues: PhraseIndex[str]) -> str | None:
    """The kind word a plural kind stands for ("counties" -> "county", "parishes" -> "parish"), or None."""
    w = norm(word)
    if not w.islower() or PLURAL not in cues.get(w):
        return None
    stems = (w[:-3] + "y" if w.endswith("ies") else "", w[:-2] if w.endswith("es") else "", w[:-1])
    return next((s for s in stems if s and any(h in PLACE_KINDS for h in cues.get(s))), None)


def _listed(toks: Sequence[Token], j: int, cues: PhraseIndex[str]) -> list[tuple[int, int]]:
    """The capitalised names right before token j, joined by commas and conjunctions, the last one first."""
    out: list[tuple[int, int]] = []
    k = j - 1
    while k >= 0 and toks[k].sent == toks[j].sent:
        end = k
        while k >= 0 and end - k < MAX_NAME and toks[k].sent == toks[j].sent and _name_word(toks, k):
            k -= 1
        if k == end:
            break
        out.append((k + 1, end))
        joined = False
        if k >= 0 and CONJ in cues.get(norm(toks[k].text)):
            k, joined = k - 1, True
        if k >= 0 and toks[k].text == ",":
            k, joined = k - 1, True
        if not joined:
            break
    return out


def _name_word(toks: Sequence[Token], k: int) -> bool:
    """Token k may be a word of a listed name: capitalised and no people's name ("Sunni and Shia districts"), or a
    hyphen inside a name ("Miami-Dade")."""
    t = toks[k]
    if t.text[:1].isupper():
        return t.ent != NORP
    inside = 0 < k < len(toks) - 1 and toks[k - 1].end == t.start and t.end == toks[k + 1].start
    return inside and t.text == "-" and toks[k - 1].text[:1].isupper()


def plural_runs(
    toks: Sequence[Token], cues: PhraseIndex[str], free: Callable[[int, int], bool], known: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """The spans of names listed before a plural kind of place that the gazetteer knows, with that kind word or
    alone: two names or more ("Harris and Fort Bend counties"; one, "Santa Barbara counties", is no list)."""
    out: list[tuple[int, int]] = []
    for j, t in enumerate(toks):
        if (kind := singular(t.text, cues)) is None:
            continue
        names = _listed(toks, j, cues)
        if len(names) < 2:
            continue
        for first, last in names:
            name = _text(toks, first, last)
            if free(first, last) and known(f"{name} {kind}"):
                out.append((first, last))
    return out


def plural_kind(doc: Document, mention: Mention, cues: PhraseIndex[str]) -> str | None:
    """The singular of the plural kind of place that ends the list this place mention is in ("Harris" of "Harris
    and Fort Bend counties" -> "county"), or of the one its own span ends with; None when there is none."""
    toks = doc.tokens
    last = next((t.i for t in toks if t.start < mention.span.end <= t.end), None)
    if last is None:
        return None
    if (kind := singular(toks[last].text, cues)) is not None:
        return kind
    k = last + 1
    while k < len(toks) and toks[k].sent == toks[last].sent and k - last <= 3 * MAX_NAME:
        if (kind := singular(toks[k].text, cues)) is not None:
            return kind
        if not (toks[k].text == "," or CONJ in cues.get(norm(toks[k].text)) or toks[k].text[:1].isupper()):
            return None
        k += 1
    return None


def _text(toks: Sequence[Token], first: int, last: int) -> str:
    """The words of tokens first to last as the text spaces them."""
    return "".join(
        t.text + (" " if k < last and toks[k + 1].start > t.end else "")
        for k, t in enumerate(toks[first : last + 1], first)
    )
