"""Towns named by their own services, offices, people and papers.

Local news names a town most often through what belongs to it: "the mayor of Opelousas", "residents of
Kenner", "le maire de Sainte-Soline". The recogniser labels such a town a person or an organisation, or
leaves it out, so the name is lost. A name the gazetteer knows right after a `local` word of the language's
`institutions.tsv` and a linking word is listed with the article's places as context (kind `in_name`), never
as an event's place: where the body sits, not where anything happened. (A name right before such a word,
"Stillwater police", "the Woodburn police", was listed too, and cost ecb_incidents study pairs F1 0.811 ->
0.804: the town of a police force named in several reports pulled other names of those reports to it.)
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence
from functools import cache

from eventmill import datafiles
from eventmill.actor_lexicon import ActorLexicon
from eventmill.geo import Geocoder, own_name
from eventmill.models import Document, Mention, Token
from eventmill.phrases import PhraseIndex
from eventmill.placecues import campuses, place_cues
from eventmill.stages.mentions.places import PLACE_KINDS, head_of
from eventmill.stages.mentions.runs import span_of
from eventmill.text import norm

LOCAL = "local"
MAX_WORDS = 3  # words of a town's name before its body ("Broken Arrow", "Bossier City")
TOWN_LEVELS = ("neighbourhood", "town", "admin2")
OWN_SPELLING = 0.85  # how alike the name and the town's own name are at least ("Schools" is no Scuol)


@cache
def local_words(lang: str) -> frozenset[str]:
    """The words of the language's institutions.tsv that name a town's own body, office, people or paper."""
    return frozenset(norm(r["word"]) for r in datafiles.tables(lang, "institutions.tsv") if r.get("kind") == LOCAL)


def town_bodies(
    toks: Sequence[Token],
    lang: str,
    cues: PhraseIndex[str],
    known: Callable[[int, int], bool],
    plain: Callable[[int, int], bool],
) -> list[tuple[int, int]]:
    """The spans of the names a town's body carries after its word and a linking word ("the mayor of
    Opelousas", "residents of Kenner"). `known(a, b)`: the gazetteer knows
    the words; `plain(a, b)`: they are a name, not a common word or a person's (the caller's checks)."""
    words = local_words(lang)
    if not words:
        return []
    out: list[tuple[int, int]] = []
    for j, tok in enumerate(toks):
        if norm(tok.text) not in words:
            continue
        span = _after(toks, j, cues, known, plain)
        if span is not None and span not in out:
            out.append(span)
    return out


def with_towns(
    doc: Document,
    found: list[Mention],
    placed: Container[int],
    known: Callable[[int, int], bool],
    plain: Callable[[int, int], bool],
) -> list[Mention]:
    """`found` with the towns the article's local bodies name (`town_bodies`) as `in_name` mentions, but for
    those whose tokens are already a place (`placed`); a `nearby` mention of the same words gives way. A
    university the press names by its initials or its full name, acting ("UCLA rejected him", "Harvard
    University said"), stays an actor and is listed too, as context at its main campus (`xx/campuses.tsv`)."""
    toks = doc.tokens
    schools = campuses()
    found = found + [
        Mention("in_name", m.span, head=m.head)
        for m in found
        if m.kind == "actor"
        and m.actor
        and m.actor.kind == "organisation"
        and m.span.text[:1].isupper()
        and norm(m.span.text.removeprefix("the ")) in schools
    ]
    for a, b in town_bodies(toks, doc.lang or "", place_cues(doc.lang or ""), known, plain):
        if any(k in placed for k in range(a, b + 1)):
            continue
        span = span_of(doc, a, b)
        found = [m for m in found if m.span != span] + [Mention("in_name", span, head=head_of(toks, a, b))]
    return found


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.text[:1].isalpha()


def _kind(tok: Token, cues: PhraseIndex[str]) -> bool:
    return _capitalised(tok) and any(h in PLACE_KINDS for h in cues.get(norm(tok.text)))


def _after(
    toks: Sequence[Token],
    j: int,
    cues: PhraseIndex[str],
    known: Callable[[int, int], bool],
    plain: Callable[[int, int], bool],
) -> tuple[int, int] | None:
    """The name after body word j and one linking word ("the mayor of Opelousas", "les habitants de Gao"),
    longest first, ending at the first word that is not capitalised."""
    k = j + 1
    if k + 1 >= len(toks) or "link" not in cues.get(norm(toks[k].text)) or toks[k].pos != "ADP":
        return None
    first = k + 1
    last = first
    while last + 1 < len(toks) and last + 1 - first < MAX_WORDS and _capitalised(toks[last + 1]):
        last += 1
    for b in range(last, first - 1, -1):
        if toks[b].sent == toks[j].sent and all(_capitalised(t) for t in toks[first : b + 1]):
            if known(first, b) and plain(first, b):
                return first, b
    return None


def plain_name(
    geo: Geocoder,
    doc: Document,
    lex: ActorLexicon,
    common: Callable[[str], bool],
    people: Container[str],
    first: int,
    last: int,
) -> bool:
    """Tokens first..last are a town's own name: no word of a site, an agent, a body or a kind of place
    ("Campus police", "State police"), no adjective ("Federal police"), no nationality, initials or word of
    a person's full name ("Clinton officials" after "Bill Clinton"), and the gazetteer's best match for
    them is a town or a county that has them as its own name, not as one of its other names ("Transit" for
    New Burlington)."""
    toks = doc.tokens
    text = doc.text[toks[first].start : toks[last].end]
    if text in people or text.isupper() or norm(text) in lex.demonyms:
        return False
    cues = place_cues(doc.lang or "")
    bodies = local_words(doc.lang or "")
    if any(
        t.pos == "ADJ" or common(t.text) or _kind(t, cues) or norm(t.text) in bodies for t in toks[first : last + 1]
    ):
        return False
    place = geo.lookup(text, lang=doc.lang)
    # a town's or a county's: a province or a country it names ("Federal police": not Brazil's Federal District)
    return place is not None and place.precision in TOWN_LEVELS and own_name(text, place, OWN_SPELLING)
