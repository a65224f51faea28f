"""Named sites: streets, buildings, parks and natural features, which no gazetteer lists but which lie
in or near a town the article names.

A site is a capitalised name and a word of the language's `placecues.tsv` with the hint `site`, after
the name ("Royal Street", "Alder Hey Children's Hospital", "14th St.") or before it, through a
linking word ("University of Perpetual Help", "rue de la Paix") or, when the site word is lowercase or
a natural feature's that fronts its name, right before it ("place Tahrir", "hôpital Necker", "the River Derwent"). The name must hang on the site word in the parse
("told the court Smith said" is no site), and a longer name the gazetteer knows is a town, not a site
("Salt Lake City", "Palm Beach"). The geocode stage puts a site at the town it is said to be in, else
the article's main town (`geo_sites.place_sites`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from eventmill.models import Document, Mention, Token
from eventmill.phrases import PhraseIndex
from eventmill.placecues import SITE
from eventmill.text import norm

MAX_NAME_TOKENS = 5  # "Marjory Stoneman Douglas High School"
POSSESSIVE = ("'s", "\u2019s", "'")
HOLIDAY = "holiday"  # the cue kind of "Day" in "St. Patrick's Day", "Mother's Day"
NATURAL = "natural"  # the cue kind of a natural feature's site word ("River", "Lake")
FRONTING = "fronting"  # the cue kind of a natural feature's word that comes before its name ("River Derwent")
SITE_ACTING = ("nsubj", "agent")  # of an active verb: the institution acts ("Harvard University said")


def is_site_word(cues: PhraseIndex[str], word: str) -> bool:
    return SITE in cues.get(norm(word))


def acting_site(toks: Sequence[Token], first: int, last: int, head: int, cues: PhraseIndex[str]) -> bool:
    """A site subject of an active verb: an institution acting ("Harvard University said"), not its place; never
    a natural feature (`natural` rows: "the Todd River flowed through Alice Springs")."""
    if toks[head].dep not in SITE_ACTING or toks[toks[head].head].pos == "AUX":
        return False
    return not any(NATURAL in cues.get(norm(toks[k].text)) for k in range(first, last + 1))


def site_name(text: str, cues: PhraseIndex[str]) -> bool:
    """Whether a mention's text is a site's: a capitalised name then a site word ("Royal Street"), or a
    site word then "of"/"de" or, in lowercase, a name ("University of Alberta", "place Tahrir")."""
    words = text.split()
    if len(words) < 2:
        return False
    if is_site_word(cues, words[-1]):
        return any(w[:1].isupper() or w[:1].isdigit() for w in words[:-1])
    return is_site_word(cues, words[0]) and (words[0][:1].islower() or "link" in cues.get(norm(words[1])))


def _name_token(tok: Token) -> bool:
    t = tok.text
    return (t[:1].isupper() and any(c.isalpha() for c in t)) or (t[:1].isdigit() and t[-2:].isalpha())


def find_sites(
    toks: Sequence[Token],
    cues: PhraseIndex[str],
    free: Callable[[int, int], bool],
    known: Callable[[str], bool],
    text: str,
    town: Callable[[str], bool] = lambda _: False,
    day: Callable[[str], bool] = lambda _: False,
    adjective: Callable[[str], bool] = lambda _: False,
) -> list[tuple[int, int]]:
    """Spans (first, last) of the sites of the text, left to right, not overlapping. `known(name)`: the
    gazetteer knows the name; `town(name)`: it is a well-known town, which may follow a site's name with
    no comma ("the British Embassy Tokyo", "Robinson College Cambridge"); `day(word)`: a weekday, which
    follows a site's name with no preposition ("arrested on 14th St. Thursday") and never goes on with it;
    `adjective(name)`: a nationality or a faith ("Syrian", "Shiite"), which a lowercase site word after it
    does not make a name ("a Shiite mosque"; "at Seasons restaurant" is one)."""
    out: list[tuple[int, int]] = []
    end = -1
    for k, tok in enumerate(toks):
        if k <= end or not free(k, k) or not is_site_word(cues, tok.text):
            continue
        # "Wall Street Journal", "Harvard University Press": a site word inside a longer name
        inside = (
            k + 1 < len(toks)
            and toks[k + 1].sent == tok.sent
            and _name_token(toks[k + 1])
            and not day(toks[k + 1].text)
            and not town_after(toks, k, town, text)
        )
        # a capitalised site word ends a name ("Royal Street"), a lowercase plural one a list ("Bourbon and
        # Dauphine streets")
        before = tok.text[:1].isupper() or _plural(cues, tok.text)
        span = _before(toks, k, free, cues) if before and not inside else None
        if span is None and not before and not inside and (span := _before(toks, k, free, cues)) is not None:
            # a lowercase site word after a name ("at Seasons restaurant", "the Awabakal quarry"), unless the
            # name is a place the gazetteer knows ("the Kabul airport": Kabul) or an adjective ("a Shiite mosque")
            name = text[toks[span[0]].start : toks[k - 1].end]
            if (
                span[0] == 0
                or toks[span[0] - 1].sent != tok.sent
                or known(name)
                or adjective(name)
                or all(toks[j].pos == "ADJ" for j in range(span[0], k))
            ):
                span = None
        if span is None:
            span = _after(
                toks,
                k,
                free,
                cues,
                lambda a, b: known(text[toks[a].start : toks[b].end]),
            )
        if span is None or not _connected(toks, *span) or known(text[toks[span[0]].start : toks[span[1]].end]):
            continue  # "Sioux Falls", "Western Cape": a town or a region the gazetteer knows
        first, last = span
        # a longer name the gazetteer knows: "Salt Lake City", "Palm Beach" stay towns
        lo, hi = first, last
        while lo > 0 and toks[lo - 1].sent == toks[first].sent and _name_token(toks[lo - 1]) and lo > first - 2:
            lo -= 1
        while (
            hi + 1 < len(toks) and toks[hi + 1].sent == toks[last].sent and _name_token(toks[hi + 1]) and hi < last + 2
        ):
            hi += 1
        if any(
            known(text[toks[a].start : toks[b].end])
            for a in range(lo, first + 1)
            for b in range(last, hi + 1)
            if (a, b) != (first, last)
        ):
            continue
        out.append(span)
        end = last
    return out


def town_after(toks: Sequence[Token], k: int, town: Callable[[str], bool], text: str) -> tuple[int, int] | None:
    """The tokens of a well-known town right after token k that end a name ("Embassy Tokyo"), or None."""
    last = k + 1
    while last + 1 < len(toks) and last - k < 3 and toks[last + 1].sent == toks[k].sent and _name_token(toks[last + 1]):
        last += 1
    if last + 1 < len(toks) and _name_token(toks[last + 1]):
        return None  # a longer name goes on
    return (k + 1, last) if town(text[toks[k + 1].start : toks[last].end]) else None


def _before(
    toks: Sequence[Token],
    k: int,
    free: Callable[[int, int], bool],
    cues: PhraseIndex[str],
) -> tuple[int, int] | None:
    """A capitalised name right before the site word: "Royal Street", "Alder Hey Children's Hospital"."""
    j = k
    names = 0
    while j - 1 >= 0 and k - j < MAX_NAME_TOKENS and toks[j - 1].sent == toks[k].sent and free(j - 1, j - 1):
        prev = toks[j - 1]
        if prev.text in POSSESSIVE and j - 2 >= 0 and _name_token(toks[j - 2]):
            j -= 1
            continue
        if (
            "conj" in cues.get(norm(prev.text))
            and names
            and _plural(cues, toks[k].text)
            and j - 2 >= 0
            and _name_token(toks[j - 2])
            and free(j - 2, j - 2)
        ):
            j -= 1  # "Bourbon and Dauphine streets": two streets, one span
            continue
        if not _name_token(prev) or prev.pos == "DET":
            break
        # a sentence opens with a capital: a function word there ("In", "The") is no part of the name
        if "link" in cues.get(norm(prev.text)) or "locative" in cues.get(norm(prev.text)):
            break
        j -= 1
        if not is_site_word(cues, prev.text):
            names += 1
    return (j, k) if names else None


def _plural(cues: PhraseIndex[str], word: str) -> bool:
    """A site word that is the plural of another ("streets"): it ends a list of names."""
    key = norm(word)
    return key.endswith("s") and is_site_word(cues, key[:-1])


def _after(
    toks: Sequence[Token],
    k: int,
    free: Callable[[int, int], bool],
    cues: PhraseIndex[str],
    known: Callable[[int, int], bool],
) -> tuple[int, int] | None:
    """A capitalised name after the site word, through linking words ("University of Perpetual Help",
    "rue de la Paix"), or right after a lowercase one ("place Tahrir"); not a town or region the
    gazetteer knows after a lowercase site word and a linking word ("un marché de Kano" is in Kano)."""
    j = k + 1
    links = 0
    while j < len(toks) and toks[j].sent == toks[k].sent and "link" in cues.get(norm(toks[j].text)):
        j += 1
        links += 1
    if not links and toks[k].text[:1].isupper() and FRONTING not in cues.get(norm(toks[k].text)):
        return None  # "Park Chung-hee", "Lane Kiffin": a capitalised site word needs "of" before a name
    last = j - 1
    while (
        last + 1 < len(toks)
        and last + 1 - j < MAX_NAME_TOKENS
        and toks[last + 1].sent == toks[k].sent
        and free(last + 1, last + 1)
        and (_name_token(toks[last + 1]) or (last + 1 > j and toks[last + 1].text in POSSESSIVE))
    ):
        last += 1
    if last < j or toks[last].text in POSSESSIVE or (links and toks[k].text[:1].islower() and known(j, last)):
        return None
    return k, last


def _connected(toks: Sequence[Token], first: int, last: int) -> bool:
    """One token of the span has its head outside it: the span is one phrase of the parse."""
    outside = sum(1 for k in range(first, last + 1) if not first <= toks[k].head <= last or toks[k].head == k)
    return outside == 1


def not_holidays(doc: Document, found: list[Mention], cues: PhraseIndex[str]) -> list[Mention]:
    """Leave out the place mentions a holiday's name holds: a saint's or a person's name before a possessive
    and a capitalised holiday word ("St. Patrick's Day" is no place, nor "St. Patrick" in it: `holiday` rows
    of placecues.tsv)."""
    spans = [m.span for m in found if m.kind in ("place", "in_name", "nearby")]
    holidays = [(s.start, s.end + len(end)) for s in spans if (end := _holiday_after(doc.text, s.end, cues))]
    holidays += [(s.start, s.end) for s in spans if _holiday_after(s.text, 0, cues, inside=True)]
    return [
        m
        for m in found
        if m.kind not in ("place", "in_name", "nearby") or not any(a <= m.span.start < b for a, b in holidays)
    ]


def _holiday_after(text: str, at: int, cues: PhraseIndex[str], inside: bool = False) -> str:
    """The possessive and holiday word right after `at` in `text` (or, `inside`, anywhere in it), or ""."""
    tail = text if inside else text[at : at + 20]
    for mark in POSSESSIVE[:2]:
        k = tail.find(mark + " ")
        if k < 0 or (not inside and k != 0):
            continue
        nxt = tail[k + len(mark) + 1 :].split()[:1]
        if nxt and nxt[0][:1].isupper() and HOLIDAY in cues.get(norm(nxt[0].strip(".,;:"))):
            return tail[: k + len(mark) + 1 + len(nxt[0])]
    return ""
