"""Place names the lexicons would cut apart or take for an actor, read before them.

- A run of capitalised words right before a word naming a kind of place ("Imam Sahib district", "Let Yet
  Kone village") is one place name when the gazetteer knows the run whole, or when the word names a small
  settlement (a village no gazetteer lists): the agents lexicon would take "Imam" for a cleric, and the
  run would stop at "Yet", a conjunction to the parser. So is one word before a capitalised kind word when
  the gazetteer knows the two whole ("Caddo Parish", which the recogniser calls a people). So is a whole run
  of two to four capitalised words after a locative word, or a kind of place and "of"/"de", that the gazetteer
  knows ("in Sheikh Zuweid", "le district d'Imam Sahib").
- Names coordinated after a verb and followed by a `within` word and a place near them ("attacked Gwoza
  and Bama in Borno State") are places, as one such name is (`runs.in_a_neighbour`).
- An actor of the lexicons named by a town the gazetteer knows, after a locative word ("graduated from West
  Point", the military academy), is listed as that town too, as context.
- An organisation's name after a locative word, a proper noun, "of" and a well-known place ("in the Badia of
  Deir ez-Zor") is a part of that place, not a body.
- The tokens of the dateline's place name ("KABUL, Oct. 3"), read before any lexicon or entity label.
- A known place an attack hits ("warplanes struck Saraqeb", "air strikes on Saraqeb") is a place, though
  the recogniser calls it an organisation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from eventmill.datelines import find_dateline, name_of
from eventmill.models import Actor, Document, Token
from eventmill.phrases import PhraseIndex
from eventmill.stages.mentions.hyphens import MAX_PARTICLE, goes_on
from eventmill.stages.mentions.orgnames import Bodies
from eventmill.stages.mentions.places import APPROX, LOCATIVE, PLACE_KINDS, cue_before, kind_of_before
from eventmill.stages.mentions.plurals import plural_runs
from eventmill.stages.mentions.sites import is_site_word
from eventmill.text import norm

MAX_WORDS = 4  # words of a name before its kind word ("Shah Wali Kot district")
# what a verb takes or hits: its object, or its subject in the passive ("Palmyra was recaptured")
TAKEN = ("obj", "nsubj:pass", "nsubjpass")
SMALL = "small"  # a kind word naming a small settlement ("village"): its name may be one no gazetteer lists


def _kind_word(tok: Token, cues: PhraseIndex[str]) -> bool:
    return tok.text[:1].isalpha() and any(h in PLACE_KINDS for h in cues.get(norm(tok.text)))


def _word(toks: Sequence[Token], k: int, first_sent_token: bool) -> bool:
    """A capitalised word that may be part of a name: not the sentence's first word unless it is a proper noun."""
    t = toks[k]
    return t.text[:1].isupper() and t.text[:1].isalpha() and (t.pos == "PROPN" or not first_sent_token)


def kind_runs(
    toks: Sequence[Token],
    cues: PhraseIndex[str],
    free: Callable[[int, int], bool],
    known: Callable[[int, int], bool],
) -> list[tuple[int, int]]:
    """The spans (name and kind word) of names of two or more words right before a word naming a kind of
    place: the whole run of capitalised words when the gazetteer knows it or the kind word names a small
    settlement (`small` rows: "Nyaung Pin Kone village", unlisted), else the longest known name ending the
    run ("Imam Sahib district")."""
    out: list[tuple[int, int]] = []
    for j in range(1, len(toks)):
        if not _kind_word(toks[j], cues) or toks[j - 1].sent != toks[j].sent or not free(j - 1, j):
            continue
        starts = []
        k = j - 1
        while k >= 0 and j - k <= MAX_WORDS and toks[k].sent == toks[j].sent and free(k, k):
            if not _word(toks, k, k == 0 or toks[k - 1].sent != toks[k].sent):
                if 0 < k < j - 1 and _particle(toks[k], cues) and _word(toks, k - 1, False):
                    k -= 1  # "Rio Grande do Sul state", "Mato Grosso do Sul state": a particle inside the name
                    continue
                break
            if k < j - 1 and toks[k].pos == "PROPN" and toks[j - 1].pos == "PROPN":
                starts.append(k)
            k -= 1
        small = SMALL in cues.get(norm(toks[j].text)) and toks[j].text.islower()
        joined = j >= 2 and toks[j - 2].end == toks[j - 1].start  # "Miami-Dade County": a longer name
        whole = toks[j].text[:1].isupper()  # "St. Landry Parish": a name the gazetteer may know only whole
        best = next(
            (k for k in reversed(starts) if k == starts[-1] and small or known(k, j - 1) or whole and known(k, j)), -1
        )
        if best >= 0:
            out.append((best, j))
        elif k < j - 1 and toks[j - 1].pos == "PROPN" and whole and known(j - 1, j) and not joined:
            out.append((j - 1, j))  # "Caddo Parish", a name the gazetteer knows only whole: not Chad, not a people
        elif small and k == j - 2 and _lone_village(toks, j - 1):
            out.append((j - 1, j - 1))  # "attacked Kainama village (Beni, Nord-Kivu)": a village no gazetteer lists
    return out


def _particle(tok: Token, cues: PhraseIndex[str]) -> bool:
    """A short lowercase word inside a name ("do" of "Rio Grande do Sul"), not one the place cues read otherwise:
    "in", "at", "and" join no name ("attacked ANP in Zarbolagh village", "Harris and Fort Bend counties")."""
    short = tok.text.isalpha() and tok.text.islower() and len(tok.text) <= MAX_PARTICLE
    return short and all(h in ("particle", "link") for h in cues.get(norm(tok.text)))


def _lone_village(toks: Sequence[Token], k: int) -> bool:
    """Token k is a one-word proper name, not opening its sentence nor after an article ("the Fulani village"),
    and no people's name to the recogniser, right before a lowercase word for a small settlement."""
    before = toks[k - 1]
    return (
        toks[k].pos == "PROPN"
        and toks[k].ent != "NORP"
        and not toks[k].text.isupper()
        and before.sent == toks[k].sent
        and before.pos not in ("DET", "PROPN", "PUNCT")
        and not before.text[:1].isupper()
    )


def kind_run_tokens(
    toks: Sequence[Token],
    cues: PhraseIndex[str],
    free: Callable[[int, int], bool],
    known: Callable[[str], bool],
    text: str,
) -> set[int]:
    """The tokens of the names the gazetteer knows whole right before a kind of place (`kind_runs`): no person of
    the lexicons may take a word of them ("Nahri Sarraj district" is no Fayez al-Sarraj), nor of the names listed
    before a plural kind that the gazetteer knows with its kind word ("Calcasieu and Cameron parishes": no David
    Cameron)."""
    runs = kind_runs(toks, cues, free, lambda a, b: known(text[toks[a].start : toks[b].end]))
    runs += plural_runs(toks, cues, free, known)
    return {k for first, last in runs for k in range(first, last + 1)}


def known_runs(
    toks: Sequence[Token],
    cues: PhraseIndex[str],
    free: Callable[[int, int], bool],
    known: Callable[[int, int], bool],
) -> list[tuple[int, int]]:
    """The names before a kind word (`kind_runs`), then whole runs of two to four capitalised words right
    after a locative word or a lowercase kind of place and a linking word that the gazetteer knows as they
    stand ("attacked a post in Imam Sahib", "in Sheikh Zuweid", "le district d'Imam Sahib"): the agents
    lexicon would take "Imam" for a cleric, the recogniser "Zuweid" for a person."""
    out = kind_runs(toks, cues, free, known)
    busy = {k for first, last in out for k in range(first, last + 1)}
    for first in range(1, len(toks)):
        if first in busy or not _word(toks, first, False):
            continue
        if not (after_cue(toks, first, cues) or kind_of_before(toks, first, cues)):  # "le district d'Imam Sahib"
            continue
        last = first
        while last + 1 < len(toks) and toks[last + 1].sent == toks[first].sent and _word(toks, last + 1, False):
            last += 1
            if last + 2 < len(toks) and _particle(toks[last + 1], cues) and _word(toks, last + 2, False):
                if known(first, last + 2):  # "the state of Rio Grande do Sul"
                    last += 2
        if 0 < last - first < MAX_WORDS and free(first, last) and not busy & set(range(first, last + 1)):
            if known(first, last) and not goes_on(toks, last):
                out.append((first, last))
                busy |= set(range(first, last + 1))
    return out


def after_cue(toks: Sequence[Token], first: int, cues: PhraseIndex[str]) -> bool:
    """A locative or motion word right before the span ("graduated from West Point"): an actor of the
    lexicons named for the town it stands in is that town there, as context."""
    return any(h in LOCATIVE for h in cue_before(toks, first, cues))


def cued(toks: Sequence[Token], first: int, cues: PhraseIndex[str]) -> bool:
    """A locative word or a kind of place right before a lexicon actor's name ("from West Point", "the town
    of al-Mayadeen"): the name is the town's there."""
    return after_cue(toks, first, cues) or kind_of_before(toks, first, cues)


def cued_kind(toks: Sequence[Token], first: int, cues: PhraseIndex[str]) -> str:
    """The mention kind of a lexicon actor's name after a locative word (`after_cue`): a place after a kind
    of place or a word of nearness ("the town of al-Mayadeen", "near al-Mayadeen": the town, not the TV
    channel of its name), else the town it stands in, as context ("graduated from West Point")."""
    near = kind_of_before(toks, first, cues) or APPROX in cue_before(toks, first, cues)
    return "place" if near else "in_name"


def part_of_place(
    toks: Sequence[Token],
    first: int,
    last: int,
    cues: PhraseIndex[str],
    prominent: Callable[[int, int], bool],
    common: Callable[[str], bool],
) -> bool:
    """An entity after a locative word ("in the Badia of Deir ez-Zor") made of proper nouns that name no body,
    site or agent (`common`), a linking word and a country, a region or a city of 100,000: a part of that
    place (a desert, a plain), which the geocode stage puts there; not "in the Bank of England"."""
    k = first - 1
    while k >= 0 and toks[k].pos == "DET" and toks[k].sent == toks[first].sent:
        k -= 1
    if k < 0 or toks[k].sent != toks[first].sent or not any(h in LOCATIVE for h in cues.get(norm(toks[k].text))):
        return False
    link = next(
        (i for i in range(first + 1, last) if toks[i].pos == "ADP" and "link" in cues.get(norm(toks[i].text))), -1
    )
    if link < 0:
        return False
    a = link + 1
    while a < last and "link" in cues.get(norm(toks[a].text)):
        a += 1  # "of the"
    words = toks[first:link]
    return all(t.pos == "PROPN" and t.text[:1].isupper() and not common(t.text) for t in words) and prominent(a, last)


def common_word(cues: PhraseIndex[str], agents: PhraseIndex[Actor], bodies: Bodies, word: str) -> bool:
    """A word for a site, an agent or a body ("University", "Ministry", "Bank"): an organisation's name."""
    return bool(is_site_word(cues, word) or agents.get(word) or bodies.is_body_word(word))


def conjuncts(toks: Sequence[Token], head: int) -> list[int]:
    """The heads of the names coordinated with token `head` ("Gwoza and Bama"), itself included, in order."""
    top = head
    while toks[top].dep == "conj" and toks[top].head != top:
        top = toks[top].head
    members, changed = {top}, True
    while changed:
        changed = False
        for t in toks:
            if t.dep == "conj" and t.head in members and t.i not in members and t.sent == toks[top].sent:
                members.add(t.i)
                changed = True
    return sorted(members)


def dateline_name(doc: Document, published: str | None, known: Callable[[str], bool]) -> tuple[int, int] | None:
    """The tokens of the name of the dateline's place (`eventmill.datelines.find_dateline`)."""
    year = int(published[:4]) if published else None
    line = find_dateline(doc.text, doc.paragraphs, doc.lang or "", year, lambda name: known(name.text))
    if line is None:
        return None
    name = name_of(doc.text, line.place)
    inside = [t.i for t in doc.tokens if name.start <= t.start and t.end <= name.end]
    return (inside[0], inside[-1]) if inside else None


def hit_or_taken(toks: Sequence[Token], first: int, head: int, kind: str | None, cues: PhraseIndex[str]) -> bool:
    """A name labelled a person or a body that an attack hits (`hit_place`: the small model calls many Syrian
    towns people, "shelling of Jisr al-Shughur"), or one labelled a person or a body that a verb of
    `ground` in placecues.tsv takes: its object, or its subject in the passive ("Syrian troops recaptured Palmyra",
    "Palmyra was recaptured", "Palmyre a été reprise")."""
    if kind not in ("person", "organisation"):
        return False
    tok = toks[head]
    if tok.head != head and tok.dep in TAKEN and "ground" in cues.get(norm(toks[tok.head].lemma)):
        return True
    return hit_place(toks, first, head, cues)


def hit_place(toks: Sequence[Token], first: int, head: int, cues: PhraseIndex[str]) -> bool:
    """The name is what an attack hits: the object of a verb of `hit` in placecues.tsv ("warplanes struck
    Saraqeb", "ont bombardé Saraqeb") or the phrase of such a noun ("air strikes on Saraqeb", "le
    bombardement de Mhardeh"). A known place there is a place, though the recogniser calls it a body."""
    tok, gov = toks[head], toks[toks[head].head]
    if tok.head != head and "hit" in cues.get(norm(gov.lemma)):
        # a gerund the parser reads as a verb keeps its linking word ("shelling of Jisr al-Shughur")
        linked = first > 0 and "link" in cues.get(norm(toks[first - 1].text))
        return tok.dep in TAKEN or (tok.dep.startswith(("nmod", "obl")) and (gov.pos == "NOUN" or linked))
    # (the parser may hang the phrase on the verb: "were killed in air strikes on Saraqeb")
    noun, case = (toks[first - 2], toks[first - 1]) if first >= 2 else (tok, tok)
    return case.pos == "ADP" and noun.pos == "NOUN" and "hit" in cues.get(norm(noun.lemma))


def full_name_words(toks: Sequence[Token], people: Sequence[tuple[int, int]]) -> set[str]:
    """The first and last words of the full names among the person entities first..last, with the
    capitalised word the recogniser left out before one ("Conor" of "Conor McGregor", only "McGregor"
    labelled): "Sutton" after "Ashley Sutton" is her, not the town."""
    out: set[str] = set()
    for first, last in people:
        k = first - 1
        if (
            k >= 0
            and toks[k].pos == "PROPN"
            and toks[k].text[:1].isupper()
            and toks[k].head == last
            and not toks[k].ent
        ):
            first = k
        if last > first:
            out.update((toks[first].text, toks[last].text))
    return out
