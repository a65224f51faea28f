"""A name set between a locative and an article before it and a word for an area and a linking word after it, a
place whatever the recogniser labels it ("in the Balyun area of Jabal al-Zawiya"; read by `places.in_place_context`)."""

from __future__ import annotations

from collections.abc import Container, Sequence

from eventmill.models import Token
from eventmill.phrases import PhraseIndex
from eventmill.text import norm


def area_of(toks: Sequence[Token], first: int, last: int, cues: PhraseIndex[str], locative: Container[str]) -> bool:
    """A locative word and an article before the name, a lowercase word for a spot and a linking word after it
    ("in the Balyun area of Jabal al-Zawiya", "in the Dasht-e Barchi area of Kabul")."""
    if first < 2 or last + 2 >= len(toks) or not all(t.sent == toks[first].sent for t in toks[first - 2 : last + 3]):
        return False
    spot, link = toks[last + 1], toks[last + 2]
    return (
        "article" in cues.get(norm(toks[first - 1].text))
        and any(h in locative for h in cues.get(norm(toks[first - 2].text)))
        and spot.text.islower()
        and "spot" in cues.get(norm(spot.text))
        and "link" in cues.get(norm(link.text))
    )
