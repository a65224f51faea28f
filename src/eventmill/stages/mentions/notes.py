"""Names the recogniser calls a people (NORP) in the shapes of short conflict notes, which `places.named_label`
does not let a known place overrule: a name the parser reads as an adjective before a lowercase kind of place
after a locative word, maybe with an article ("in Ahmadabad district", "in Kidal town", "in the Balyun area"), and the names of the divisions a bracket lists
after a place ("Kidal town (Kidal, Kidal)", "Menaka (Menaka, Menaka)")."""

from __future__ import annotations

from collections.abc import Container, Sequence

from eventmill.models import Token
from eventmill.phrases import PhraseIndex
from eventmill.stages.mentions import places
from eventmill.stages.mentions.places import LOCATIVE, PLACE_KINDS, cue_after, cue_before
from eventmill.text import norm

SPOT = "spot"  # the placecues hint of a word for an area or a spot ("area", "outskirts")
BRACKET_NAMES = 3  # names a bracket of divisions lists before this one ("(Bankass, Mopti)": one)


def named_label(
    kind: str | None, toks: Sequence[Token], first: int, last: int, cues: PhraseIndex[str], demonyms: Container[str]
) -> bool:
    """`places.named_label`, or a people's label on a name in a note's place shapes (see the module doc)."""
    if places.named_label(kind, toks, first, last, cues, demonyms):
        return True
    span = toks[first : last + 1]
    if (
        kind != "other"
        or " ".join(norm(t.text) for t in span) in demonyms
        or all(t.text.isupper() for t in span)
        or not all(t.text[:1].isupper() and t.pos in ("PROPN", "ADJ") for t in span)
    ):
        return False
    lower = last + 1 < len(toks) and toks[last + 1].text.islower()
    after = lower and cue_after(toks, last, cues) is not None
    if after and any(h in LOCATIVE for h in cue_before(toks, first, cues)):
        return True
    # "in the Balyun area of Jabal al-Zawiya": an article between, and a kind of place or an area after
    if (after or (lower and SPOT in cues.get(norm(toks[last + 1].text)))) and _locative_article(toks, first, cues):
        return True
    return all(t.pos == "PROPN" for t in span) and _listed_in_bracket(toks, first, cues)


def _locative_article(toks: Sequence[Token], first: int, cues: PhraseIndex[str]) -> bool:
    """A locative word and an article right before the name ("in the Balyun area of Jabal al-Zawiya")."""
    if first < 2 or toks[first - 2].sent != toks[first].sent:
        return False
    return "article" in cues.get(norm(toks[first - 1].text)) and any(
        h in LOCATIVE for h in cues.get(norm(toks[first - 2].text))
    )


def _listed_in_bracket(toks: Sequence[Token], first: int, cues: PhraseIndex[str]) -> bool:
    """The name opens a bracket, or follows other capitalised names and commas in one, right after a capitalised
    name or a name and its kind ("Kidal town (Kidal, Kidal)", "Bunia (Irumu, Ituri)")."""
    k, names = first - 1, 0
    while k >= 1 and toks[k].text == "," and names < BRACKET_NAMES and toks[k - 1].text[:1].isupper():
        k, names = k - 2, names + 1
    if k < 1 or toks[k].text != "(" or toks[k].sent != toks[first].sent:
        return False
    before = toks[k - 1]
    if before.text.islower() and any(h in PLACE_KINDS for h in cues.get(norm(before.text))):
        before = toks[k - 2] if k >= 2 else before
    return before.pos in ("PROPN", "ADJ") and before.text[:1].isupper()  # "Kidal" of "Kidal town", read as an adjective
