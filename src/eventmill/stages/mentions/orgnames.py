"""Organisation names the recogniser cut in two around a place.

The small models often label only the place inside an institution's name:

- "the Kenya National Commission on Human Rights": "Kenya" a place, the rest unlabelled;
- "the Law Society of Kenya", "la Commission nationale des droits de l'homme du Kenya": the body an
  organisation and the place after "of"/"du" a place of its own.

Read as they come, the country lexicons take the place first, and it becomes the speaker, the accuser
or the event's location. Joined, the whole is one organisation, which the lexicons leave to the
entity reading, and the place it carries is listed as context (`inside.places_inside`).
A name is joined only when a word of `resources/<lang>/institutions.tsv` (kind `body`: a word that
heads the name of a body, Commission, Society, Conseil; kind `link`: a word joining its parts, "of", "du") is the place's head, or is in the organisation before "of"; or (kind `article`: a lowercase article between a link word and a name) when the place hangs on a body word through a link and an article ("le ministère libanais de la Santé").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from eventmill import datafiles
from eventmill.geo import Geocoder
from eventmill.models import Token
from eventmill.stages.mentions.entities import entity_runs
from eventmill.text import norm

PLACE_LABELS = ("GPE", "LOC")
ORG_LABELS = ("ORG",)


def joined_names(
    toks: Sequence[Token], runs: list[tuple[int, int, str]], lang: str, wide: Callable[[int, int], bool]
) -> list[tuple[int, int, str]]:
    """The entity runs with each country or province (`wide`) that heads into or closes an institution's
    name made part of it, labelled as an organisation. A town stays a place of its own: a body named
    for its town sits there ("le tribunal de New York")."""
    bodies, links, articles = _words(lang, "body"), _words(lang, "link"), _words(lang, "article")
    if not bodies:
        return runs
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(runs):
        first, last, label = runs[i]
        nxt = runs[i + 1] if i + 1 < len(runs) else None
        if (
            label in PLACE_LABELS
            and wide(first, last)
            and (end := _name_after(toks, first, last, bodies, links)) is not None
        ):
            # "Kenya National Commission on Human Rights": the place is a word of the body's name;
            # any run inside the name joins it
            while nxt is not None and nxt[0] <= end:
                i += 1
                nxt = runs[i + 1] if i + 1 < len(runs) else None
            out.append((first, end, ORG_LABELS[0]))
        elif label in PLACE_LABELS and (body := _department(toks, first, bodies, links, articles)) is not None:
            # "le ministère libanais de la Santé": a capitalised word after a link and an article, hanging on a
            # body word, names the body's department, not a town ("Santé" is no Xanten); "le tribunal de Paris"
            # takes no article and stays a place
            start = body if not out or out[-1][1] < body else first
            out.append((start, last, ORG_LABELS[0]))
        elif (
            label in ORG_LABELS
            and nxt is not None
            and nxt[2] in PLACE_LABELS
            and wide(nxt[0], nxt[1])
            and nxt[0] == last + 2
            and norm(toks[last + 1].text) in links
            and any(norm(t.text) in bodies for t in toks[first : last + 1])
            and toks[nxt[0]].sent == toks[first].sent
        ):
            out.append((first, nxt[1], label))  # "Law Society of Kenya"
            i += 1
        else:
            out.append((first, last, label))
        i += 1
    return out


@cache
def _words(lang: str, kind: str) -> frozenset[str]:
    """The words of one kind of the language's institutions.tsv."""
    return frozenset(norm(r["word"]) for r in datafiles.tables(lang, "institutions.tsv") if r.get("kind") == kind)


def _department(
    toks: Sequence[Token], first: int, bodies: frozenset[str], links: frozenset[str], articles: frozenset[str]
) -> int | None:
    """The body word a place run first.. hangs on through a link word and a lowercase article, or None."""
    if (
        first < 2
        or not articles
        or norm(toks[first - 1].text) not in articles
        or norm(toks[first - 2].text) not in links
    ):
        return None
    head = toks[first].head
    ok = 0 <= head < first and toks[head].sent == toks[first].sent and norm(toks[head].text) in bodies
    return head if ok else None


def _name_after(
    toks: Sequence[Token], first: int, last: int, bodies: frozenset[str], links: frozenset[str]
) -> int | None:
    """The last token of an institution's name that place first..last opens, or None: capitalised
    words right after it, one of them a word for a body, on which the place hangs ("Kenya National
    Commission"), with the capitalised phrases linked after it ("on Human Rights")."""
    k = last + 1
    end = None
    while k < len(toks) and toks[k].sent == toks[first].sent and toks[k].text[:1].isupper():
        if norm(toks[k].text) in bodies and toks[last].head in range(last + 1, k + 1):
            end = k
        k += 1
    if end is None:
        return None
    # "... on Human Rights", "... for Refugees": linking words and the capitalised words after them
    k = end + 1
    while (
        k + 1 < len(toks)
        and norm(toks[k].text) in links
        and toks[k + 1].text[:1].isupper()
        and toks[k + 1].sent == toks[first].sent
    ):
        k += 1
        while k < len(toks) and toks[k].text[:1].isupper() and toks[k].sent == toks[first].sent:
            end = k
            k += 1
    return end


class Bodies:
    """The organisation runs of one document (once joined) that hold a word for a body, and the
    countries the lexicons found inside them: those are part of the name, not actors of their own."""

    def __init__(self, toks: Sequence[Token], text: str, lang: str, lookup: Callable):
        def wide(first: int, last: int) -> bool:  # a country or a province
            p = lookup(text[toks[first].start : toks[last].end], lang=lang)
            return p is not None and p.precision in ("country", "admin1")

        words = _words(lang, "body")
        self.runs = joined_names(toks, entity_runs(toks), lang, wide)
        self.names = [
            (first, last)
            for first, last, label in self.runs
            if label in ORG_LABELS and any(norm(t.text) in words for t in toks[first : last + 1])
        ]
        self.held: list[tuple[int, int]] = []
        self.words = words

    def is_body_word(self, word: str) -> bool:
        """A word that heads the name of a body ("Commission", "Bank": `body` rows of institutions.tsv)."""
        return norm(word) in self.words

    def holds(self, first: int, last: int) -> bool:
        """first..last lies inside a body's name and is not the whole of it (then it is held back)."""
        inside = any(a <= first and last <= b and (a, b) != (first, last) for a, b in self.names)
        if inside:
            self.held.append((first, last))
        return inside

    def left(self, free: Callable[[int, int], bool]) -> list[tuple[int, int]]:
        """The countries held back whose body's name a lexicon then read without them ("U.S.
        Securities and Exchange Commission"): each stays as context."""
        return [(a, b) for a, b in self.held if free(a, b)]


def initials(geo: Geocoder, text: str) -> bool:
    """A body's initials ("ANA", the Afghan army, is A'ana in Samoa by its letters), not a place's capitals
    the gazetteer lists as such ("BC", "UAE"): the name resolves as it would written in lowercase."""
    if not (text.isupper() and len(text) <= 5) or (place := geo.lookup(text)) is None or place.precision == "country":
        return False
    other = geo.lookup(text.title())
    return other is not None and other.gid == place.gid
