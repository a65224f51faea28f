"""Points of reference named with a bearing: "north of Baghdad, near the town of Tarmiyah", "au nord de Bagdad,
près de la localité de Tarmiyah", "70 km northeast of Palmyra", "près de Bourem, entre Gao et Tombouctou". The place after a compass word or a distance
(`bearing` rows of placecues.tsv) is where the bearing is taken from, which the event lies away from; when the
same scope names a district, a town or a finer place without one, that place is the event's, the other only a point
of reference (used by `eventmill.events.location`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from eventmill.models import Mention, Token
from eventmill.phrases import PhraseIndex
from eventmill.text import norm

BEARING = "bearing"  # hint of placecues.tsv
CONJ = "conj"  # hint of placecues.tsv: a conjunction between the names of a list ("Gao et Tombouctou")
LOOKBACK = 3  # tokens between a bearing word and the place it is taken from ("east of the city of Y")
FINE = ("neighbourhood", "town", "admin2")  # the precisions of a place that outweighs a point of reference


def bearing_points(
    toks: Sequence[Token], token_of: Mapping[int, int], cues: PhraseIndex[str], places: Sequence[Mention]
) -> set[int]:
    """The ids of `places` named as the point a bearing is taken from, when another of them is a district or a
    finer place named without a bearing; else none."""
    marked = {id(m) for m in places if id(m) in token_of and after_bearing(toks, token_of[id(m)], cues)}
    # "entre Gao et Tombouctou": the second end of a stretch named with a bearing word is a point of reference too
    ends = {token_of[id(m)]: m for m in places if id(m) in marked}
    for m in places:
        k = token_of.get(id(m), 0)
        if (
            k > 1
            and CONJ in cues.get(norm(toks[k - 1].text))
            and any(toks[j].end <= toks[k - 1].start and j >= k - 1 - LOOKBACK for j in ends)
        ):
            marked.add(id(m))
    if any(id(m) not in marked and m.place is not None and m.place.precision in FINE for m in places):
        return marked
    return set()


def after_bearing(toks: Sequence[Token], first: int, cues: PhraseIndex[str]) -> bool:
    """A bearing word ends within `LOOKBACK` small words (prepositions, articles) before token `first`."""
    for k in range(first - 1, max(-1, first - 1 - LOOKBACK), -1):
        t = toks[k]
        if t.sent != toks[first].sent:
            return False
        words = [norm(t.text)]
        if k and toks[k - 1].end == t.start:  # "l'est": the elided article glued to it
            words.append(norm(toks[k - 1].text + t.text))
        if any(BEARING in cues.get(w) for w in words):
            return True
        if t.pos not in ("ADP", "DET"):
            return False
    return False
