"""Runs of capitalised proper nouns the recogniser left unlabelled, and transliterated names joined by an
ezafe, which the tokenizer splits at the hyphen ("Nad-e Ali" -> Nad, -, e, Ali; "Pul-i-Alam"; "Sar-e
Pul"): a Persian or Dari linking vowel (`ezafe` rows of the language's placecues.tsv) joined by a
hyphen to the word before it, and by a space or another hyphen to a capitalised word after it. The
recogniser then labels one part, or none ("Ali" a person, "Archi" an organisation), and the gazetteer,
which knows the whole name, is asked about a part ("Ali" in India, "Pul" for Poole).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from eventmill.geo import Geocoder
from eventmill.models import Document, Span, Token
from eventmill.phrases import PhraseIndex
from eventmill.stages.mentions.hyphens import HYPHENS, neighbours
from eventmill.stages.mentions.named_kinds import conjuncts, known_runs
from eventmill.stages.mentions.places import PLACE_KINDS, cue_after, head_of, particle
from eventmill.stages.mentions.sites import POSSESSIVE
from eventmill.text import norm

EZAFE = "ezafe"
TOWN = "town"  # hint of placecues.tsv: a kind of settlement, or a site named for its town ("base", "crossing")
SPOT = "spot"  # hint of placecues.tsv: a common noun of place ("area")
MAX_WORDS = 4  # words of a run ("Shah Wali Kot"), an ezafe's particle and hyphens not counted


def link_after(toks: Sequence[Token], j: int, cues: PhraseIndex[str]) -> int:
    """The capitalised word an ezafe right after token j joins it to ("Nad" -> "Ali" in "Nad-e Ali",
    "Pul" -> "Alam" in "Pul-i-Alam"), or -1."""
    if j + 3 >= len(toks) or not toks[j].text[:1].isupper():
        return -1
    hyphen, vowel = toks[j + 1], toks[j + 2]
    if not (
        hyphen.text in HYPHENS
        and toks[j].end == hyphen.start
        and hyphen.end == vowel.start
        and vowel.text.islower()
        and EZAFE in cues.get(vowel.text)
    ):
        return -1
    k = j + 3
    if toks[k].text in HYPHENS and toks[k].start == vowel.end:  # "Qala-i-Naw": a second hyphen
        k += 1
        if k >= len(toks) or toks[k].start != toks[k - 1].end:
            return -1
    elif toks[k].start == vowel.end:
        return -1
    word = toks[k]
    return k if word.text[:1].isalpha() and word.text[:1].isupper() and word.sent == toks[j].sent else -1


def link_before(toks: Sequence[Token], first: int, cues: PhraseIndex[str]) -> int:
    """The capitalised word an ezafe right before token `first` joins to it ("Nad" for "Ali"), or -1."""
    for start in (first - 3, first - 4):
        if start >= 0 and link_after(toks, start, cues) == first:
            return start
    return -1


def extend_left(
    toks: Sequence[Token], first: int, last: int, cues: PhraseIndex[str], known: Callable[[int, int], bool]
) -> int:
    """The first token of a place name the gazetteer knows that an entity continues to the left through an
    ezafe ("Ali" labelled, "Nad-e" not: "Nad-e Ali", not a town in India); `first` when there is none."""
    start = link_before(toks, first, cues)
    if start < 0 or any(toks[k].ent for k in range(start, first)) or not known(start, last):
        return first
    return start


def extend_right(
    toks: Sequence[Token], first: int, last: int, cues: PhraseIndex[str], known: Callable[[int, int], bool]
) -> int:
    """The last token of a place name the gazetteer knows that an entity continues to the right through an
    ezafe into a word the recogniser labelled apart ("Baghlan" an organisation, "Jadid" a place:
    "Baghlan-e Jadid", the district, not the town of Baghlan; the entity may hold the ezafe, "Baghlan-e");
    `last` when there is none."""
    for j in (last, last - 2):
        end = link_after(toks, j, cues) if j >= first else -1
        if end > last and known(first, end):
            return end
    return last


def ezafe_ends(
    toks: Sequence[Token], first: int, last: int, cues: PhraseIndex[str], known: Callable[[int, int], bool]
) -> tuple[int, int]:
    """An entity's first and last tokens, continued through an ezafe on either side to the place name the
    gazetteer knows ("Nad-e Ali": "Ali" labelled, "Nad-e" not; "Baghlan-e Jadid": two labels, one name)."""
    first = extend_left(toks, first, last, cues, known)
    # "Santo Domingo" with "Domingo" alone labelled (a person): the unlabelled capitalised word before it opens it
    k = first - 1
    if (
        k >= 0
        and toks[k].pos == "PROPN"
        and not toks[k].ent
        and toks[k].text[:1].isupper()
        and toks[k].sent == toks[first].sent
    ):
        first = k if toks[k].end + 1 == toks[first].start and known(k, last) else first
    return first, extend_right(toks, first, last, cues, known)


def span_test(test: Callable[[str], bool], text: str, toks: Sequence[Token], first: int, last: int) -> bool:
    """`test` of the text of tokens first to last."""
    return test(text[toks[first].start : toks[last].end])


def named_kind_runs(
    toks: Sequence[Token],
    cues: PhraseIndex[str],
    free: Callable[[int, int], bool],
    known: Callable[[int, int], bool],
    spelled: Callable[[int, int], bool] = lambda a, b: False,
) -> list[tuple[int, int]]:
    """`known_runs`, and a name joined by an ezafe that the gazetteer does not know, right before a lowercase kind
    of place or "area" ("Baghlan-e Markazi district", "the Dand-e-Ghori area"): one name, a place no gazetteer
    lists, not a province of Iran named after its last word ("Markazi"); and two to four proper nouns the gazetteer
    knows in another spelling (`spelled`) right before a lowercase kind of place ("Chahar Sadda district")."""
    out = known_runs(toks, cues, free, known)
    for j in range(1, len(toks)):
        word = toks[j]
        if not word.text.islower() or not any(h in (*PLACE_KINDS, SPOT) for h in cues.get(norm(word.text))):
            continue
        first = j  # the whole run of proper nouns, longest first: "Nadir Shah Kowt district", not "Shah Kowt"
        while first > max(0, j - 4) and toks[first - 1].pos == "PROPN" and toks[first - 1].text[:1].isupper():
            first -= 1
        joined = first > 0 and toks[first - 1].end == toks[first].start  # "Dara-i-Suf Payin": the ezafe's, below
        run = next((k for k in range(first, j - 1) if spelled(k, j - 1)), -1) if first < j - 1 and not joined else -1
        if run >= 0 and free(run, j) and not known(run, j - 1) and toks[run].sent == word.sent:
            shorter = [(a, b) for a, b in out if b == j and a > run]  # "Shah Kowt district" of Nadir Shah Kowt
            if all(b < run or a > j or (a, b) in shorter for a, b in out):
                out = [r for r in out if r not in shorter] + [(run, j)]
                continue
        start = link_before(toks, j - 1, cues)
        while start >= 0 and (before := link_before(toks, start, cues)) >= 0:
            start = before  # "Qala-e-Naw-e Kohna": ezafes in a row
        if start >= 0 and free(start, j) and not known(start, j - 1) and all(b < start or a > j for a, b in out):
            out.append((start, j))
    return out


def proper_runs(
    toks: Sequence[Token], free: Callable[[int, int], bool], cues: PhraseIndex[str] | None = None
) -> list[tuple[int, int]]:
    """Runs of free capitalised proper nouns inside one sentence ("Lashkar Gah"), at most four words (an ezafe joins two: "Sar-e Pul"); with
    the language's `cues`, a run may open with a lowercase article joined to a name ("al-Bab")."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        opens = cues is not None and particle(toks, k, cues) and free(k, k + 2)
        if not (opens or ((t.pos == "PROPN" or _tagged_off(toks, k, cues)) and t.text[:1].isupper() and free(k, k))):
            k += 1
            continue
        j = k + 2 if opens else k
        words = 3 if opens else 1  # "al-Bab": three tokens, as many as the run allowed before
        while j + 1 < len(toks) and words < MAX_WORDS:
            if cues is not None and (after := link_after(toks, j, cues)) > 0 and free(j + 1, after):
                j, words = after, words + 1  # "Sar-e Pul", "Pul-i-Alam": one name through its ezafe
                continue
            if cues is not None and glued_article(toks, j, cues) and free(j + 1, j + 4):
                j, words = j + 4, words + 1  # "Deir-ez-Zor", "Ras-al-Ain": one name through its glued article
                continue
            if cues is not None and j + 3 < len(toks) and particle(toks, j + 1, cues) and free(j + 1, j + 3):
                j, words = j + 3, words + 1  # "Deir ez-Zor", "Ras al-Ain": the article after a space
                continue
            nxt = toks[j + 1]
            if not (nxt.pos == "PROPN" and nxt.text[:1].isupper() and nxt.sent == t.sent and free(j + 1, j + 1)):
                break
            j, words = j + 1, words + 1
        out.append((k, j))
        k = j + 1
    return out


def _tagged_off(toks: Sequence[Token], k: int, cues: PhraseIndex[str] | None) -> bool:
    """A capitalised word the tagger read as an adjective or a noun, inside its sentence, right before a lowercase
    kind of place ("near the Nasib crossing": Nasib tagged ADJ): a name all the same."""
    return (
        cues is not None
        and toks[k].pos in ("ADJ", "NOUN")
        and k > 0
        and toks[k - 1].sent == toks[k].sent
        and k + 1 < len(toks)
        and toks[k + 1].text.islower()
        and cue_after(toks, k, cues) is not None
    )


def _kind_of(toks: Sequence[Token], first: int, last: int, cues: PhraseIndex[str]) -> bool:
    """The run opens with a lowercase kind of settlement or of a site named for one (`town` rows of placecues.tsv)
    and a linking word before a name ("base d'Aïn al-Assad"); a division's kind keeps its run ("district de")."""
    return (
        first + 2 <= last
        and toks[first].text.islower()
        and TOWN in cues.get(norm(toks[first].text))
        and "link" in cues.get(norm(toks[first + 1].text))
    )


def glued_article(toks: Sequence[Token], j: int, cues: PhraseIndex[str]) -> bool:
    """Token j is followed, with no space, by a hyphen and a lowercase article joined to a capitalised word
    ("Deir" in "Deir-ez-Zor", "Ras" in "Ras-al-Ain"): one name, which the tokenizer cut in five."""
    return (
        j + 2 < len(toks)
        and toks[j].text[:1].isupper()
        and toks[j + 1].text in HYPHENS
        and toks[j + 1].start == toks[j].end
        and toks[j + 2].start == toks[j + 1].end
        and particle(toks, j + 2, cues)
    )


def cut_runs(
    toks: Sequence[Token], runs: list[tuple[int, int, str]], cues: PhraseIndex[str], known: Callable[[int, int], bool]
) -> list[tuple[int, int, str]]:
    """Entity runs cut where the recogniser ran a name into the place after it: at a lowercase `within`
    word ("the 300 block of Maple in Dayton" -> Maple, Dayton), at a bracket it left open ("Saghar (Ghor"
    -> Saghar, Ghor), or at the possessive of a kind of place ("Marib province's Sirwah" -> Marib province,
    Sirwah), when the rest of the run is a name the gazetteer knows."""
    out: list[tuple[int, int, str]] = []
    for first, last, label in runs:
        if _kind_of(toks, first, last, cues) and known(first + 2, last):
            out.append((first + 2, last, label))  # "la base d'Aïn al-Assad" run whole: the name after its kind
            continue
        for k in range(first + 1, last):
            word = toks[k].text
            within = word.islower() and "within" in cues.get(word)
            unclosed = word == "(" and all(t.text != ")" for t in toks[k : last + 1])
            held = word in POSSESSIVE and any(h in PLACE_KINDS for h in cues.get(norm(toks[k - 1].text)))
            if (within or unclosed or held) and known(k + 1, last):
                out += [(first, k - 1, label), (k + 1, last, label)]
                break
        else:
            out.append((first, last, label))
    return out


def with_kind_word(
    toks: Sequence[Token], first: int, last: int, cues: PhraseIndex[str], known: Callable[[int, int], bool]
) -> int:
    """The entity's last token, or the capitalised kind-of-place word after it the recogniser left out when the
    gazetteer knows the whole ("Caddo" labelled, "Parish" not: "Caddo Parish", not a spelling of Chad)."""
    k = last + 1
    # capitalised only: a lowercase one ("Zurmat district") already tells the geocoder the kind
    if k < len(toks) and not toks[k].ent and toks[k].text[:1].isupper() and toks[k].sent == toks[first].sent:
        if any(h in PLACE_KINDS for h in cues.get(norm(toks[k].text))) and known(first, k):
            return k
    return last


def in_a_neighbour(
    toks: Sequence[Token], first: int, last: int, cues: PhraseIndex[str], text: str, geo: Geocoder
) -> bool:
    """The span is a name the gazetteer knows, followed by a `within` word and a place it has near that name
    ("shelled Kafr Nabl in Idleb countryside", "hit Al Mayadin in Deir-ez-Zor governorate", "Bardere town of
    Gedo region": the recogniser
    calls the object a person or an organisation); not "Obama in Washington", which lie apart. The word may
    follow the last of the names coordinated with this one ("attacked Gwoza and Bama in Borno State")."""
    k = max(last, conjuncts(toks, head_of(toks, first, last))[-1]) + 1
    # its own kind may come first, then "of" too: "clashed in Bardere town of Gedo region"
    kind = k + 2 < len(toks) and toks[k].text.islower() and any(h in PLACE_KINDS for h in cues.get(toks[k].text))
    k += kind
    said = ("within", "link") if kind else ("within",)
    if k + 1 >= len(toks) or not any(h in said for h in cues.get(toks[k].text)) or toks[k + 1].sent != toks[first].sent:
        return False
    name = text[toks[first].start : toks[last].end]
    if name.isupper() or not geo.is_place_name(name) or not toks[k + 1].text[:1].isupper():
        return False
    for end in range(min(len(toks) - 1, k + MAX_WORDS + 1), k, -1):  # "Deir - ez - Zor": the longest known name
        other = text[toks[k + 1].start : toks[end].end]
        if toks[end].sent == toks[first].sent and geo.is_place_name(other):
            return neighbours([name, other], geo.candidates)
    return False


def lowercase_common(toks: Sequence[Token], first: int, last: int) -> bool:
    """A one-word lowercase hit on a proper-name lexicon is usually a common word ("front", "etat"),
    and a one-word hit the parser reads as a verb is one ("Is it over?" is no "IS")."""
    if first != last:
        return False
    t = toks[first]
    return t.pos in ("AUX", "VERB") or (t.text[:1].islower() and not t.text.isupper() and t.pos != "PROPN")


def span_of(doc: Document, first: int, last: int) -> Span:
    """The article's text from token `first` to token `last`."""
    start, end = doc.tokens[first].start, doc.tokens[last].end
    return Span(start, end, doc.article.text[start:end])


def token_range(starts: list[int], span: Span) -> tuple[int, int]:
    """The tokens (first, one past the last) a span covers, given the tokens' start offsets."""
    return bisect_left(starts, span.start), bisect_left(starts, span.end)
