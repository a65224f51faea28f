"""Names written with hyphens: where an entity goes on through a hyphen ("Deir" + "ez-Zor"), and where
hyphens join two place names, each a place ("Nelson-Creston", "Dallas-Fort Worth"; not "Coca-Cola")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from eventmill.distance import km
from eventmill.models import Place, Token
from eventmill.phrases import PhraseIndex
from eventmill.text import norm

# names joined by a hyphen are places each when the gazetteer has them this close ("Dallas-Fort Worth")
NEIGHBOUR_KM, NEIGHBOUR_CANDIDATES = 250, 5
# tokens an entity is continued through after a hyphen ("Deir" + "ez - Zor", "Dara" + "- i - Suf Payin")
MAX_EXTENSION = 5
# longest lowercase word a spaced name goes on through ("Rio Grande do Sul", "Trinidad and Tobago")
MAX_PARTICLE = 3
ELISIONS = ("'", "\u2019")  # ending an elided word written glued to the next part of a name ("N'Gourma")
HYPHENS = ("-", "‑", "–")  # between two names written without spaces ("Nelson-Creston")
BASED = "based"  # hint of placecues.tsv: a word joined by a hyphen after a place's name ("Chapel Hill-based")


def goes_on(toks: Sequence[Token], last: int) -> bool:
    """A hyphen written without spaces joins token `last` to the next ("in Jabal Al-Zawiya" is no "Jabal
    Al")."""
    k = last + 1
    return (
        k + 1 < len(toks)
        and toks[k].text in HYPHENS
        and toks[last].end == toks[k].start
        and toks[k].end == toks[k + 1].start
    )


def based_in(toks: Sequence[Token], last: int, cues: PhraseIndex[str]) -> bool:
    """The name ends right before a hyphen and a word of `based` in placecues.tsv, all written without spaces:
    where a firm is based or a person was born ("a Chapel Hill-based group", "the London-born singer")."""
    return goes_on(toks, last) and BASED in cues.get(norm(toks[last + 2].text))


def hyphen_parts(toks: Sequence[Token], first: int, last: int) -> list[tuple[int, int]]:
    """The capitalised stretches of first..last between hyphens written without spaces ("Nelson-Creston",
    "Dallas-Fort Worth" -> two); one stretch when there is no such hyphen, or when a part is not
    capitalised ("Deir ez-Zor", "Al-Qaeda" in a longer name keeps its parts whole), or when the word before
    the hyphen is a two-letter article inside the name ("Jabal Al-Zawiya", "Abu Al-Duhur")."""
    parts, start = [], first
    for k in range(first + 1, last):
        if (
            toks[k].text in HYPHENS
            and toks[k].start == toks[k - 1].end
            and toks[k + 1].start == toks[k].end
            and toks[k + 1].text[:1].isupper()
            and toks[k - 1].text[:1].isupper()  # "Ahrar al-Cham": an article joined to a name is no split
            and (k - 1 == first or len(toks[k - 1].text) > 2)  # nor is a capitalised one ("Jabal Al-Zawiya")
        ):
            parts.append((start, k - 1))
            start = k + 1
    parts.append((start, last))
    if any(not toks[a].text[:1].isupper() or len(toks[a].text) < 3 and a == b for a, b in parts):
        return [(first, last)]
    return parts


def joined_parts(toks: Sequence[Token], first: int, last: int) -> list[tuple[int, int]]:
    """`hyphen_parts`, else the two capitalised stretches either side of the one conjunction inside first..last:
    the recogniser makes one name of "between Qamishli and Amuda"; one stretch when there is no such split."""
    parts = hyphen_parts(toks, first, last)
    cc = [k for k in range(first + 1, last) if toks[k].pos == "CCONJ"]
    if len(parts) > 1 or len(cc) != 1:
        return parts
    k = cc[0]
    if not (toks[first].text[:1].isupper() and toks[k + 1].text[:1].isupper()):
        return parts
    return [(first, k - 1), (k + 1, last)]


def neighbours(names: Sequence[str], candidates: Callable[[str], Sequence[Place]]) -> bool:
    """Every name is a place the gazetteer knows within `NEIGHBOUR_KM` of one the name before it may be:
    "Nelson-Creston" (two towns of British Columbia), not "Mercedes-Benz" or "Coca-Cola"."""
    if any(n.isupper() for n in names):
        return False  # "IBA-Karachi": an acronym is no place name
    found = [candidates(n)[:NEIGHBOUR_CANDIDATES] for n in names]
    return all(found) and all(
        any(km(p.lat, p.lon, q.lat, q.lon) <= NEIGHBOUR_KM for p in a for q in b) for a, b in zip(found, found[1:])
    )


def extend_name(toks: Sequence[Token], first: int, last: int, known: Callable[[int, int], bool]) -> int:
    """The last token of the longest place name the gazetteer knows that continues an entity through
    tokens joined by a hyphen, unlabelled or written glued ("Deir" labelled, "ez-Zor" not, or labelled apart:
    "Deir ez-Zor", not an Iranian Deyr); `last` when there is none."""
    best, j = last, last
    while j + 1 < len(toks) and j + 1 - last <= MAX_EXTENSION and toks[j + 1].sent == toks[first].sent:
        nxt = toks[j + 1]
        if (nxt.ent and nxt.start != toks[j].end) or not (nxt.text in HYPHENS or nxt.text[:1].isalpha()):
            break
        j += 1
        if nxt.text not in HYPHENS and any(_joins(toks, k) for k in range(last + 1, j + 1)) and known(first, j):
            best = j
    return best if best > last else spaced_name(toks, first, last, known)


def name_word(toks: Sequence[Token], k: int) -> bool:
    """Token k may be a word of a name: capitalised, and a proper noun or not its sentence's first word (the tagger
    reads "Aïn" of "Aïn al-Assad" as a common noun)."""
    t = toks[k]
    return t.text[:1].isupper() and (t.pos == "PROPN" or (k > 0 and toks[k - 1].sent == t.sent))


def _joins(toks: Sequence[Token], k: int) -> bool:
    """Token k joins the name's parts: a hyphen, or an elided word glued to the next ("Fada N'Gourma")."""
    t = toks[k]
    return t.text in HYPHENS or (t.text[-1:] in ELISIONS and k + 1 < len(toks) and toks[k + 1].start == t.end)


def spaced_name(toks: Sequence[Token], first: int, last: int, known: Callable[[int, int], bool]) -> int:
    """The last token of the longest place name the gazetteer knows that continues an entity through
    capitalised names and short lowercase particles written with spaces, which the recogniser cut off or
    labelled apart ("Rio Grande" + "do Sul", "Dera" + "Ismail Khan" as a person); `last` when there is none.
    The continuation ends at a capitalised word and never inside another entity."""
    best = last
    for j in range(last + 1, min(last + 1 + MAX_EXTENSION, len(toks))):
        t = toks[j]
        if t.sent != toks[first].sent or not t.text.isalpha():
            break
        if t.text[:1].islower():
            if len(t.text) > MAX_PARTICLE:
                break
            continue
        if t.pos != "PROPN":
            break
        inside = j + 1 < len(toks) and t.ent and toks[j + 1].ent == t.ent and toks[j + 1].text[:1].isupper()
        if not inside and known(first, j):
            best = j
    return best


def particle_before(toks: Sequence[Token], first: int, last: int, known: Callable[[str], bool]) -> bool:
    """A capitalised name and a short lowercase particle before the span make a longer place name the gazetteer
    knows ("Gulf of" + "Mexico", "Bay of" + "Bengal", "Rio Grande do" + "Sul"): the span alone is not the place."""
    b = first - 1
    return (
        b >= 1
        and toks[b].sent == toks[first].sent == toks[b - 1].sent
        and toks[b].text.isalpha()
        and toks[b].text.islower()
        and len(toks[b].text) <= MAX_PARTICLE
        and name_word(toks, b - 1)
        and known(" ".join(t.text for t in toks[b - 1 : last + 1]))
    )
