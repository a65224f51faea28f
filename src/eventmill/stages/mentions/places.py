"""Place names the parser's entity recogniser misses or mislabels, found from their context.

A capitalised name the gazetteer knows is a place, whatever its entity label says, when the text puts it where places
go: after a locative word of the language's `placecues.tsv` ("in Kunduz", "à Gao"), before or after a word naming a
kind of place ("Helmand province", "la province de Helmand"), coordinated with such a place ("in Kunduz and Gardez"),
after a word of its people or parts and a linking word ("residents of Jableh", "the centre of Shirin Tagab"), joined
by a hyphen to one ("the Israel-Gaza ceasefire"), after a comma and a linking word ("Jane Doe, of Hayes"), after "on"
when the gazetteer has it as a region ("on Oahu", "on Crete"), or at the head of the dateline `eventmill.datelines`
reads ("KABUL, Oct. 3", "WINNIPEG —", "Muscat:" opening the article). A name ending in a kind-of-place word ("Sokoto
State") carries its own context, and so does a name alone in brackets after another name ("Fig Leaf Boutique
(Maywood)"). Nothing else makes a PERSON label a place: "Washington said" stays an actor. Names joined by hyphens
("Nelson-Creston", "Dallas-Fort Worth") are read part by part (`hyphens.hyphen_parts`).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence

from eventmill.geo import Geocoder
from eventmill.models import Token
from eventmill.phrases import PhraseIndex
from eventmill.stages.mentions.areas import area_of
from eventmill.stages.mentions.hyphens import HYPHENS, based_in, name_word, particle_before
from eventmill.text import norm

# hints of placecues.tsv that put a place name right after them
MOTION = "motion"  # a word of leaving or going: also through a linking word ("out of Palmyra", "hors de Gao")
LOCATIVE = ("locative", MOTION)
PLACE_KINDS = ("admin1", "admin2", "town", "neighbourhood")
# a name in these roles acts ("Washington said"): a city's name there stands for its government
ACTING = ("nsubj", "nsubjpass", "nsubj:pass", "agent")
PERSON_LABELS = ("PERSON", "PER")  # the entity labels of a person's name (the English and French models)

# a lowercase article that opens a transliterated name, joined to it by a hyphen ("al-Bab", "el-Arish")
PARTICLE = "particle"
APPROX = "approx"  # a word of approximation ("outskirts", "north"): through "of" it puts a place after it
SEAT = "seat"  # a word for a place's seat ("capital", "district centre"): through "of" it puts a known place after it
BELONG = "belong"  # a lowercase noun of a place's people or parts ("residents", "entrance"): so does it
OF_CUES = (APPROX, BELONG, SEAT)
APPOS_WORDS = 4  # words from a name's comma to the head of its apposition ("the small border town")
ONE, PERSON = "one", "person"  # an indefinite article ("a", "an"); a noun of people ("man", "residents")
LIST = "list"  # a plural kind before names ("the cities of Suwon and Incheon"): context only
# a preposition that puts islands and regions right after it ("on Oahu", "on Crete"), never towns or days
# ("on Monday", "pressure on Obama"): a place only when the gazetteer has the name as a division
ISLAND = "island"
MAX_CONJUNCTS = 6  # how many conjuncts a list of places is followed through ("in Kunduz, Gardez and Khost")
# an organisation label on a name that is a city this big (or a country or region) is the parser's error
PROMINENT_POPULATION = 100_000


def is_capitalised(toks: Sequence[Token], first: int, last: int, cues: PhraseIndex[str] | None = None) -> bool:
    """Every content word of the span starts with a capital ("Lashkar Gah", "Deir ez-Zor" count); with
    the language's `cues`, a name may open with a lowercase article joined to it ("al-Bab")."""
    words = [t.text for t in toks[first : last + 1] if t.text[:1].isalpha()]
    if cues is not None and last >= first + 2 and particle(toks, first, cues):
        words = words[1:]
    return bool(words) and words[0][0].isupper() and sum(w[0].isupper() for w in words) * 2 >= len(words)


def particle(toks: Sequence[Token], k: int, cues: PhraseIndex[str]) -> bool:
    """Token k is a lowercase article of a transliterated name, joined by a hyphen to a capitalised word
    ("al-Bab", "el-Arish", "as-Suwayda": `particle` rows of placecues.tsv)."""
    if k + 2 >= len(toks) or PARTICLE not in cues.get(norm(toks[k].text)):
        return False
    hyphen, name = toks[k + 1], toks[k + 2]
    return (
        hyphen.text in HYPHENS
        and toks[k].end == hyphen.start
        and hyphen.end == name.start
        and name.text[:1].isupper()
        and name.sent == toks[k].sent
    )


def strip_kind(toks: Sequence[Token], first: int, last: int, cues: PhraseIndex[str]) -> int:
    """The last token of the name without a trailing kind-of-place word ("Borno State" -> Borno)."""
    if last > first and any(h in PLACE_KINDS for h in cues.get(norm(toks[last].text))):
        return last - 1
    return last


def cue_before(toks: Sequence[Token], first: int, cues: PhraseIndex[str]) -> tuple[str, ...]:
    """The hints of the word before the span, skipping linking words and determiners ("la province de")."""
    k = first - 1
    seen_link = False
    while k >= 0 and toks[k].sent == toks[first].sent:
        hints = cues.get(norm(toks[k].text))
        if "link" in hints and not any(h in LOCATIVE for h in hints):
            seen_link = True
            k -= 1
            continue
        if seen_link:
            # "province de X", "province of X": only a kind of place links through "de"/"of", or a word
            # of approximation ("the outskirts of X", "north of X", "au nord de X")
            # a word of leaving right before "of"/"de", not before an article ("out of Palmyra", not "from the")
            leaving = k == first - 2 and "article" not in cues.get(norm(toks[first - 1].text))
            return tuple(
                h
                for h in hints
                if h in PLACE_KINDS
                or h in (LIST, APPROX, SEAT)
                or (h == MOTION and leaving)
                or (h == BELONG and (toks[k].text.islower() or not k or toks[k - 1].sent != toks[k].sent))
            )
        if toks[k].text[:1].isupper() and k > 0 and toks[k - 1].text[:1].isupper():
            return tuple(h for h in hints if h not in PLACE_KINDS)  # "Cook County Board": the end of a name
        return hints
    return ()


def kind_of_before(toks: Sequence[Token], first: int, cues: PhraseIndex[str]) -> bool:
    """A lowercase kind of place and a linking word right before the span ("the village of", "a suburb
    of", "le quartier de"): what follows is a place's name, whether a gazetteer knows it or not."""
    k = first - 1
    if k < 1 or toks[k].sent != toks[first].sent or "link" not in cues.get(norm(toks[k].text)):
        return False
    kind = toks[k - 1]
    return kind.text[:1].islower() and any(h in PLACE_KINDS for h in cues.get(norm(kind.text)))


def unlisted_place(
    toks: Sequence[Token],
    first: int,
    last: int,
    cues: PhraseIndex[str],
    region: Callable[[int, int], bool] | None,
) -> bool:
    """A name the text says is a place whether a gazetteer lists it or not: after a kind of place and a linking word
    (`kind_of_before`) or, given `region`, before a comma (or a lowercase kind and a comma or bracket: "Nazian district
    (Nangarhar)") and a first- or second-level division ending the name ("Kelmorrow, Fife.", "Brackton Township, N.J.,";
    `region` comes for one word or a name the recogniser left unlabelled, not for "Jane Doe, Texas")."""
    if kind_of_before(toks, first, cues):
        return True
    kind = last + 3 < len(toks) and toks[last + 1].text.islower() and cue_after(toks, last, cues) is not None
    after, marks = (last + 3, (",", "(")) if kind else (last + 2, (",",))
    if region is None or after >= len(toks) or toks[after - 1].text not in marks or toks[after].sent != toks[last].sent:
        return False
    end = after
    while end + 1 < len(toks) and end - after < 2 and capitalised_name(toks[end + 1]):
        end += 1
    return capitalised_name(toks[after]) and region(after, end)


def with_region(parts: list[tuple[int, int]], region: Callable[[int, int], bool]) -> bool:
    """Two comma-joined parts, the second a first- or second-level division ("Brackvale , Fife")."""
    return len(parts) == 2 and parts[0][1] + 2 == parts[1][0] and region(*parts[1])


def cue_after(toks: Sequence[Token], last: int, cues: PhraseIndex[str]) -> str | None:
    """A kind-of-place word or phrase right after the span, the longest first ("Borno State", "Shayrat air base");
    not one in the plural, whose names must be known as such ("Sunni and Shia districts": `plurals`)."""
    k = last + 1
    if k >= len(toks) or toks[k].sent != toks[last].sent or "plural" in cues.get(norm(toks[k].text)):
        return None
    return next((h for h in (*cues.at(toks, k), *cues.get(norm(toks[k].text))) if h in PLACE_KINDS), None)


def named_label(
    kind: str | None, toks: Sequence[Token], first: int, last: int, cues: PhraseIndex[str], demonyms: Container[str]
) -> bool:
    """A label a known place where places go overrules: a person, an organisation, or a people (`other`) of proper
    nouns, no initials nor nationality, after a locative, approximation or kind cue ("the town of Suqaylabiyah")."""
    if kind != "other":
        return kind in ("person", "organisation")
    if (
        " ".join(norm(toks[k].text) for k in range(first, last + 1)) in demonyms
        or not all(toks[k].pos == "PROPN" for k in range(first, last + 1))
        or all(toks[k].text.isupper() for k in range(first, last + 1))
    ):
        return False
    before = cue_before(toks, first, cues)
    linked = first > 0 and "link" in cues.get(norm(toks[first - 1].text))
    # or before a lowercase kind of place: "in Kakar village, Andar district, Ghazni" ("Andar" read as a people)
    kind_after = last + 1 < len(toks) and toks[last + 1].text.islower() and cue_after(toks, last, cues) is not None
    return (
        kind_after
        or any(h in LOCATIVE or ((h in OF_CUES or h in PLACE_KINDS) and linked) for h in before)
        or home_of(toks, first, last, cues)
    )


def home_of(toks: Sequence[Token], first: int, last: int, cues: PhraseIndex[str]) -> bool:
    """The name sits between an indefinite article or a number and a noun of people (`one` and `person` rows of
    placecues.tsv): "a Lakeland man", "two Tifton men", where the people live, a habit of local news."""
    k = last + 1
    return (
        first >= 1
        and k < len(toks)
        and toks[first - 1].sent == toks[k].sent == toks[first].sent
        and (toks[first - 1].pos == "NUM" or ONE in cues.get(norm(toks[first - 1].text)))
        and toks[k].text.islower()
        and PERSON in cues.get(norm(toks[k].text))
    )


def in_place_context(
    toks: Sequence[Token],
    first: int,
    last: int,
    head: int,
    cues: PhraseIndex[str],
    placed: Callable[[int], bool],
    region: Callable[[int, int], bool] = lambda first, last: False,
    dateline: tuple[int, int] | None = None,
) -> bool:
    """Whether the text puts the span where a place goes (see the module docstring).

    `placed(k)`: token k is already part of a place mention; `region(first, last)`: the tokens name a
    first- or second-level division ("Cheshire", "Yorkshire"); `dateline`: the tokens of the dateline's
    place name (`eventmill.datelines`).
    """
    if dateline is not None and first == dateline[0]:
        return True
    if last > first and strip_kind(toks, first, last, cues) < last:
        return True  # "Sokoto State", "Walker County": the name says what it is
    before = cue_before(toks, first, cues)
    linked = first > 0 and "link" in cues.get(norm(toks[first - 1].text))
    if any(h in LOCATIVE or h in PLACE_KINDS or h == LIST or (h in OF_CUES and linked) for h in before) or cue_after(
        toks, last, cues
    ):
        return True
    if _in_brackets_after_name(toks, first, last, cues) or (ISLAND in before and region(first, last)):
        return True
    if area_of(toks, first, last, cues, LOCATIVE):  # "in the Balyun area of Jabal al-Zawiya"
        return True
    if home_of(toks, first, last, cues) or based_in(toks, last, cues):
        return True  # "a Lakeland man", "a Chapel Hill-based group"
    # "Boise, Idaho": a name in apposition right after a place; "the Israel-Gaza ceasefire": joined to one
    if first >= 2 and toks[first - 1].text == "," and placed(first - 2):
        return True
    if first >= 2 and _joined(toks, first - 1) and placed(first - 2):
        return True
    # "Oulton Park, Cheshire", "Saghar (Ghor)": a name and its region, either side of a comma or a bracket
    if first >= 2 and toks[first - 1].text == "," and capitalised_name(toks[first - 2]) and region(first, last):
        return True
    after = last + 2
    if after < len(toks) and toks[last + 1].text in (",", "(") and toks[after].sent == toks[last].sent:
        end = after
        while end + 1 < len(toks) and end - after < 2 and capitalised_name(toks[end + 1]):
            end += 1
        if capitalised_name(toks[after]) and any(region(after, e) for e in range(after, end + 1)):
            return True
    # "Jableh, a coastal town"; "New Caledonia's capital, Noumea,": a seat or a kind of place before its comma
    if _said_a_place(toks, head, last, cues) or (
        first >= 3 and toks[first - 1].text == "," and _kind_word(toks[first - 2], cues)
    ):
        return True
    # "Jane Doe, 45, of Hayes", "Jean Dupont, de Lyon", "John Doe of Springfield": where a person (a name
    # or an age) is from; not "John Doe of Ward 3", a ward
    if (first >= 2 and "link" in cues.get(norm(toks[first - 1].text))) and (
        (toks[first - 2].ent in PERSON_LABELS and not (last + 1 < len(toks) and toks[last + 1].pos == "NUM"))
        or (
            first >= 3
            and toks[first - 2].text == ","
            and (toks[first - 3].pos == "NUM" or capitalised_name(toks[first - 3]))
        )
    ):
        return True
    # "in Kunduz and Gardez": a conjunct of a place, or of a name after a locative word
    k, steps = head, 0
    while toks[k].dep == "conj" and steps < MAX_CONJUNCTS:
        k, steps = toks[k].head, steps + 1
        if placed(k):
            return True
        if any(h in LOCATIVE or h == LIST for h in cue_before(toks, _left_edge(toks, k), cues)):
            return True
    return False


def _said_a_place(toks: Sequence[Token], head: int, last: int, cues: PhraseIndex[str]) -> bool:
    """The name has, after a comma, an apposition headed by a kind of place or a word of a seat ("Dhusamareb,
    the capital of Galmudug state", "Jableh, a coastal town", "Afgoye, la capitale de la région")."""
    if last + 2 >= len(toks) or toks[last + 1].text != ",":
        return False
    return any(
        t.dep == "appos"
        and t.head == head
        and t.sent == toks[head].sent
        and t.text.islower()
        and any(h in PLACE_KINDS or h == SEAT for h in cues.get(norm(t.text)))
        for t in toks[last + 2 : last + 2 + APPOS_WORDS]
    )


def _kind_word(tok: Token, cues: PhraseIndex[str]) -> bool:
    return tok.text.islower() and any(h in PLACE_KINDS or h == SEAT for h in cues.get(norm(tok.text)))


def _joined(toks: Sequence[Token], k: int) -> bool:
    """Token k is a hyphen written without spaces between two words ("Israel-Gaza")."""
    return toks[k].text in HYPHENS and toks[k - 1].end == toks[k].start and toks[k].end == toks[k + 1].start


def _in_brackets_after_name(toks: Sequence[Token], first: int, last: int, cues: PhraseIndex[str]) -> bool:
    """The span is all a bracket holds, right after a capitalised name or a name (maybe read as an adjective) and its
    kind: where a shop, a person or a district is ("Jane Doe (Leeds)", "Ahmadabad district (Paktia)"); not "(INS)"."""
    if not (
        first >= 2
        and not all(t.text.isupper() for t in toks[first : last + 1] if t.text[:1].isalpha())
        and last + 1 < len(toks)
        and toks[first - 1].text == "("
        and toks[last + 1].text == ")"
        and toks[first - 2].sent == toks[first].sent
    ):
        return False
    name = first - 2
    kind = name >= 1 and any(h in PLACE_KINDS for h in cues.get(norm(toks[name].text)))
    return capitalised_name(b := toks[name - 1 if kind else name]) or (kind and b.pos == "ADJ" and b.text[:1].isupper())


def capitalised_name(tok: Token) -> bool:
    return tok.pos == "PROPN" and tok.text[:1].isupper()


def _left_edge(toks: Sequence[Token], k: int) -> int:
    """The first token of the flat name whose head is k ("Lashkar Gah": Lashkar)."""
    j = k
    while j - 1 >= 0 and toks[j - 1].head == k and toks[j - 1].dep in ("compound", "flat", "flat:name"):
        j -= 1
    return j


def inside_longer_name(
    toks: Sequence[Token],
    first: int,
    last: int,
    known: Callable[[str], bool],
    hyphened: Callable[[str], bool] | None = None,
) -> bool:
    """Whether capitalised neighbours make the span part of a longer place name the gazetteer knows
    ("New Mexico", "Niger Delta", "Jersey City", "British Columbia", "Prince Edward Island"): the lexicon's
    shorter hit is not the place, whatever the tagger made of the hit's own words ("British": an adjective).
    `hyphened`, where given, tests the whole word the span is joined into by hyphens ("Port-au-Prince")."""
    sent, b, a = toks[first].sent, first - 1, last + 1
    lo, hi = first, last
    while lo >= 2 and toks[lo - 1].text in HYPHENS and toks[lo - 2].end == toks[lo - 1].start == toks[lo].start - 1:
        lo -= 2
    while (
        hi + 2 < len(toks)
        and toks[hi + 1].text in HYPHENS
        and toks[hi].end == toks[hi + 1].start == toks[hi + 2].start - 1
    ):
        hi += 2
    if hyphened and (lo, hi) != (first, last) and toks[lo].text[:1].isupper():
        if hyphened("".join(t.text for t in toks[lo : hi + 1])):
            return True
    if particle_before(toks, first, last, known):  # "Gulf of Mexico", "Bay of Bengal"
        return True
    for lo, hi in ((b, last), (first, a), (b, a), (first, a + 1)):
        if lo < 0 or hi >= len(toks) or toks[lo].sent != sent or toks[hi].sent != sent:
            continue
        outside = (*range(lo, first), *range(a, hi + 1))  # capitalised neighbours, proper nouns or mid-sentence
        if not all(name_word(toks, k) for k in outside):  # ("la base d'Aïn al-Assad": Aïn, a noun to the tagger)
            continue
        if lo == first - 1 and lo > 0 and toks[lo - 1].sent != sent:
            continue  # a capital at the sentence start says nothing
        if known(" ".join(t.text for t in toks[lo : hi + 1])):
            return True
    return False


def well_known_town(geo: Geocoder, lang: str, text: str) -> bool:
    """A capital or a city of `PROMINENT_POPULATION` or more ("Tokyo" after "the British Embassy")."""
    place = geo.lookup(text, lang=lang) if text[:1].isupper() and geo.is_place_name(text) else None
    return (
        place is not None
        and place.precision == "town"
        and (place.population >= PROMINENT_POPULATION or place.feature == "PPLC")
    )


def head_of(tokens: Sequence[Token], first: int, last: int) -> int:
    """The token of first..last whose head lies outside the range (the phrase's syntactic head)."""
    for k in range(first, last + 1):
        if not first <= tokens[k].head <= last or tokens[k].head == k:
            return k
    return last
