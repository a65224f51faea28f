"""Where a language's trigger words occur in a parsed article: the longest lexicon phrase at each
token, with the part of speech and the object its row asks for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from eventmill import ontology
from eventmill.actor_lexicon import actor_lexicon
from eventmill.events.lexicon import EventLexicon, event_lexicon, key
from eventmill.models import Candidate, Token, TriggerEntry
from eventmill.phrases import PhraseIndex
from eventmill.text import norm

VERBAL = ("VERB", "AUX")
NOMINAL = ("NOUN", "PROPN")
# modes of a weapon: an event noun that only classifies one names no event ("assault rifles",
# "attack helicopters", "fusils d'assaut")
WEAPON_MODES = frozenset({"firearms", "explosives", "heavy-weapons", "aerial"})
# entity labels of a name that no trigger word inside names an event: an organisation, a building, a
# person ("Amnesty International", "Kurdish Protection Units"); a named event ("the Boston Marathon
# Bombing") and the French model's catch-all MISC still count. A month is a date unless a determiner makes
# it a name ("March was volatile", not "joined the March for Our Lives").
NAME_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "PERSON", "PER"})
DATE_LABELS = frozenset({"DATE", "TIME"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger found in text: tokens first..last, the head token that carries its arguments."""

    first: int
    last: int
    head: int
    row: TriggerEntry


def trigger_of(c: Candidate) -> Trigger:
    """The trigger a candidate was read from."""
    return Trigger(c.first, c.last, c.head, c.entry)


def _pos_ok(row: TriggerEntry, tok: Token) -> bool:
    if row.pos == "NOUN":
        return tok.pos in NOMINAL or (tok.pos == "ADJ" and row.count != "")  # "les blessés"
    # participles are often tagged ADJ ("blessés", "tués")
    return tok.pos in VERBAL or tok.pos == "ADJ"


def _alternatives(tok: Token) -> tuple[tuple[str, ...], ...]:
    """The word sequences a token may stand for: its lemma and its own text."""
    return _alts(tok.lemma, tok.text)


@lru_cache(maxsize=200_000)
def _alts(lemma: str, text: str) -> tuple[tuple[str, ...], ...]:
    a, b = key(lemma), key(text)
    return (a,) if a == b else (a, b)


def _match(tokens: Sequence[Token], k: int, words: tuple[str, ...], sent: int) -> int | None:
    """Index of the last token when `words` match tokens from k on (punctuation tokens skipped)."""
    if not words:
        return k - 1
    while k < len(tokens) and tokens[k].sent == sent and not any(_alternatives(tokens[k])):
        k += 1  # a lone "-" between "sit" and "in"
    if k >= len(tokens) or tokens[k].sent != sent:
        return None
    for alt in _alternatives(tokens[k]):
        if alt and words[: len(alt)] == alt:
            end = _match(tokens, k + 1, words[len(alt) :], sent)
            if end is not None:
                return end
    return None


OBJECT_DEPS = ("obj", "obl:arg", "nsubj:pass", "obl", "xcomp")
# a proper name there says when or where, not whom ("were released Wednesday")
CIRCUMSTANCE_DEPS = ("obl", "obl:mod", "obl:tmod", "obl:npmod", "obl:agent")


def counted_object(tokens: Sequence[Token], i: int, lo: int, hi: int, lemmas: tuple[str, ...]) -> bool:
    """Object i is a quantity or a volley of one of these lemmas ("fired dozens of rockets", "a barrage of
    missiles", "a tiré des dizaines de roquettes"): a noun right after it, through one preposition, that
    hangs on it."""
    return tokens[i].pos in ("NOUN", "NUM") and any(
        tokens[j].head == i and tokens[j].dep.startswith("nmod") and norm(tokens[j].lemma) in lemmas
        for j in range(i + 1, min(i + 4, hi + 1))
    )


def _has_object(tokens: Sequence[Token], first: int, last: int, lemmas: tuple[str, ...]) -> bool:
    """One of the trigger's objects (or its passive subject) has one of these lemmas ("expelled two
    Russian diplomats", "the border was closed"); the word PROPN stands for any proper name, VERB for an
    infinitive complement ("offered to mediate"; a lemma names the infinitive itself: "allowed them to
    return"), CLAUSE for a complement clause ("il faut que", "a
    soutenu que"), REFLEXIVE for a reflexive verb ("les troupes se sont retirées", where a plain
    "retirer" takes things out of things)."""
    lo, hi = _sentence_bounds(tokens, first, last)
    if "verb" in lemmas and any(_infinitive_on_object(tokens, i, first, last) for i in range(lo, hi + 1)):
        return True
    return any(
        first <= tokens[i].head <= last
        and (
            (tokens[i].dep.startswith("expl") and "reflexive" in lemmas)
            or (tokens[i].dep == "ccomp" and "clause" in lemmas)
            # an infinitive the parser took for a clause ("allowed the exiled leader to return")
            or (tokens[i].dep == "ccomp" and "VerbForm=Inf" in tokens[i].morph and norm(tokens[i].lemma) in lemmas)
            or (
                # (a noun's object is its "of" phrase: "la libération de la ville", "the liberation of Mosul")
                # (or the phrase the parser hangs on a particle of the trigger: "walked out of the talks")
                (
                    tokens[i].dep.startswith(OBJECT_DEPS)
                    or (tokens[i].dep == "nmod" and (tokens[last].pos == "NOUN" or tokens[tokens[i].head].pos == "ADP"))
                )
                and (
                    norm(tokens[i].lemma) in lemmas
                    or counted_object(tokens, i, lo, hi, lemmas)
                    or _kind_of(tokens, i, lemmas)
                    or (tokens[i].pos == "PROPN" and "propn" in lemmas and tokens[i].dep not in CIRCUMSTANCE_DEPS)
                    or (tokens[i].dep == "xcomp" and "verb" in lemmas)
                )
            )
        )
        for i in range(lo, hi + 1)
    )


def _kind_of(tokens: Sequence[Token], i: int, lemmas: tuple[str, ...]) -> bool:
    """Object i is a kind of one of these lemmas, named by the noun before it ("violated the ceasefire
    agreement", "signed the truce deal")."""
    return i > 0 and tokens[i - 1].head == i and tokens[i - 1].dep == "compound" and norm(tokens[i - 1].lemma) in lemmas


def _infinitive_on_object(tokens: Sequence[Token], i: int, first: int, last: int) -> bool:
    """Token i is an infinitive the parser hung on the trigger's object rather than on the trigger
    ("a appelé les autorités à cesser les bombardements": "cesser" on "autorités")."""
    t = tokens[i]
    if t.dep != "acl" or "VerbForm=Inf" not in t.morph or t.head == i:
        return False
    obj = tokens[t.head]
    return obj.dep == "obj" and first <= obj.head <= last


def _verb_with_subject(tokens: Sequence[Token], h: int, first: int, last: int) -> bool:
    """Token h is a verb whose subject lies outside tokens first..last."""
    lo, hi = _sentence_bounds(tokens, first, last)
    return tokens[h].pos == "VERB" and any(
        tokens[i].head == h and tokens[i].dep.startswith("nsubj") and not first <= i <= last for i in range(lo, hi + 1)
    )


def _phrase_head(tokens: Sequence[Token], first: int, last: int) -> int:
    """The token of a multi-word trigger that the rest hangs from ("economic aid" -> aid; "trouver la
    mort" -> trouver): the first one whose head lies outside the phrase."""
    for i in range(first, last + 1):
        if not first <= tokens[i].head <= last or tokens[i].head == i:
            return i
    return first


def _classifies_weapon(tokens: Sequence[Token], tok: Token, modes: PhraseIndex[tuple[str, str]]) -> bool:
    """The noun tok only says what kind of weapon its head is ("assault rifles", "fusils d'assaut")."""
    if tok.dep not in ("compound", "nmod") or tok.head == tok.i:
        return False
    head = tokens[tok.head]
    if head.i < tok.i and tok.dep == "compound":
        return False
    return any(m in WEAPON_MODES for _, m in modes.get(norm(head.lemma)))


# the event types whose nouns also name kinds of things: violence, coercion, protest and deployment
# ("murder weapon", "riot gear", "protest song", "patrol boat"); a statement's or an exchange's noun on
# another noun still names it ("aid package", "tariff penalties")
_THING_KINDS = ontology.in_class("harm") | ontology.in_class("aim") | ontology.in_class("own_means")


def names_people(tok: Token, lex: EventLexicon, lang: str) -> bool:
    """The noun is a word for people or a body of them: `people` in modifiers.tsv ("agency", "leader")
    or a word of the language's `agents.tsv` ("workers", "envoy")."""
    if lex.modifiers.get(norm(tok.lemma)) == "people" or lex.modifiers.get(norm(tok.text)) == "people":
        return True
    agents = actor_lexicon(lang).agents
    return bool(agents.get(tok.lemma) or agents.get(tok.text))


def _classifies_thing(tokens: Sequence[Token], tok: Token, row: TriggerEntry, lex: EventLexicon, lang: str) -> bool:
    """The noun tok only says what kind of thing the noun after it is ("patrol boat", "murder weapon",
    "protest song", "strike force"): a compound modifier names no event of its own, unless its head is
    an event word itself ("bomb attack", which the head reports) or a word for an occasion of it
    ("strike action", "shooting spree": `occasion` in modifiers.tsv). A bare noun after a preposition
    (`_bare_complement`) does so only for a word for people or things (`people`, `thing` in
    modifiers.tsv: "leaders de grèves", "voiture de patrouille"). A word that reports only a death or
    an injury keeps its event ("death toll")."""
    compound = tok.dep == "compound" and tok.head > tok.i
    if row.outcome or not (compound or _bare_complement(tokens, tok)):
        return False
    head = tokens[tok.head]
    if head.pos != "NOUN":
        return False
    if names_people(head, lex, lang):
        # of any type: "aid workers", "peace envoy", "protest leaders" are people; after a preposition
        # only "de" ("leaders de grèves"), not a measure the parser hung on whom it takes ("a placé le
        # suspect en garde à vue")
        return compound or lex.case_is(tokens[tok.i - 1].text, "of")
    if row.type not in _THING_KINDS:
        return False
    lemma = norm(head.lemma)
    if not compound:
        # a bare noun after a preposition qualifies a thing only after a word for things ("voiture de
        # patrouille", "tenue de combat"); after any other noun it may name the event ("douze jours de
        # combats", "une alerte au bombardement")
        return lex.modifiers.get(lemma) == "thing"
    if lex.modifiers.get(lemma) == "occasion" or lex.support.get(lemma) == "through":
        return False
    words = key(head.lemma)
    # (a row that only opens with the head word must match the words after it: "patrol cars" is no
    # "car bomb")
    after = [w for t in tokens[head.i : head.i + 4] for w in key(t.lemma)]
    return not any(
        r.pos == "NOUN" and r.type != "NONE" and tuple(after[: len(r.words)]) == r.words
        for r in lex.by_first.get(words[0] if words else "", ())
    )


def _bare_complement(tokens: Sequence[Token], tok: Token) -> bool:
    """The noun tok follows its head noun with only a preposition between, no determiner or number
    ("véhicules de patrouille", "la maison de détention de Tours"): the way French says a compound;
    adjectives of the head may come between ("la mission multinationale de soutien")."""
    return (
        tok.dep == "nmod"
        and tok.head < tok.i - 1
        and tokens[tok.i - 1].pos == "ADP"
        and tokens[tok.i - 1].head == tok.i
        and all(tokens[j].pos == "ADJ" and tokens[j].head == tok.head for j in range(tok.head + 1, tok.i - 1))
    )


def _in_name(tokens: Sequence[Token], tok: Token) -> bool:
    """The proper noun tok is a word of a name or of a date, not an event."""
    if tok.pos != "PROPN":
        return False
    if tok.ent in NAME_LABELS:
        return True
    if tok.ent not in DATE_LABELS:
        return False
    lo, hi = _sentence_bounds(tokens, tok.i, tok.i)
    return not any(t.head == tok.i and t.pos == "DET" for t in tokens[lo : hi + 1])


def _past_object(tokens: Sequence[Token], k: int, words: tuple[str, ...]) -> int | None:
    """k when the verb at k is the first word of a phrase of killing whose other words follow its object, the
    dead ("stabbed three people to death", "shot two policemen dead"): the verb alone is the trigger, with the
    phrase's row (a particle after the object is left to the verb's own rows: "forced the agency out")."""
    sent = tokens[k].sent
    for alt in _alternatives(tokens[k]):
        if not alt or len(alt) >= len(words) or words[: len(alt)] != alt:
            continue
        for o in (i for i in range(k + 1, len(tokens)) if tokens[i].sent == sent and tokens[i].head == k):
            if tokens[o].dep != "obj" or not all(_under(tokens, j, o) for j in range(k + 1, o)):
                break
            end = o
            while end + 1 < len(tokens) and tokens[end + 1].sent == sent and _under(tokens, end + 1, o):
                end += 1
            if _match(tokens, end + 1, words[len(alt) :], sent) is not None:
                return k
            break
    return None


def _under(tokens: Sequence[Token], j: int, o: int) -> bool:
    """Token j is o or hangs from it, through a few heads."""
    for _ in range(8):
        if j == o:
            return True
        if tokens[j].head == j:
            return False
        j = tokens[j].head
    return False


def _sentence_bounds(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int]:
    """The first and last token index of the sentence that holds tokens first..last."""
    sent = tokens[first].sent
    lo, hi = first, last
    while lo > 0 and tokens[lo - 1].sent == sent:
        lo -= 1
    while hi + 1 < len(tokens) and tokens[hi + 1].sent == sent:
        hi += 1
    return lo, hi


def find_triggers(tokens: Sequence[Token], lang: str) -> list[Trigger]:
    """Every trigger, longest phrase first; a token belongs to at most one trigger.

    Rows of type NONE are stop-phrases: they consume their tokens and yield nothing
    ("à l'aide de" is not AID).
    """
    lex = event_lexicon(lang)
    out: list[Trigger] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        cands: list[TriggerEntry] = []
        for alt in _alternatives(tok):
            if alt:
                cands += [r for r in lex.by_first.get(alt[0], ()) if r not in cands]
        best: tuple[int, TriggerEntry] | None = None
        # longest first; among equals, the order of the lexicon file (a stable sort keeps it)
        # longest first, then a row that needs a given object before the plain one
        for row in sorted(cands, key=lambda x: (-len(x.words), not x.objects)):
            end = _match(tokens, k, row.words, tok.sent)
            if end is None and row.pos == "VERB" and row.count == "dead":
                end = _past_object(tokens, k, row.words)
            if end is None:
                continue
            if row.objects and not _has_object(tokens, k, end, row.objects):
                continue
            if end == k and row.type != "NONE" and not _pos_ok(row, tok):
                continue
            if end == k and row.pos == "NOUN" and _classifies_weapon(tokens, tok, lex.modes):
                continue
            # (a phrase too, by its head word: "air raid sirens", "car bomb factory")
            head = tokens[_phrase_head(tokens, k, end)]
            if row.pos == "NOUN" and _classifies_thing(tokens, head, row, lex, lang):
                continue
            if end == k and _in_name(tokens, tok):
                continue
            if end > k and tok.pos in ("DET", "ADP", "PUNCT") and row.type != "NONE":
                continue
            # a verb phrase whose head the parser reads as a noun is not that verb ("the fire on the roof")
            if end > k and row.pos == "VERB" and tokens[_phrase_head(tokens, k, end)].pos in NOMINAL:
                continue
            # nor a noun phrase whose head is a verb with a subject of its own ("as they sat in the park" is no sit-in)
            if end > k and row.pos == "NOUN" and _verb_with_subject(tokens, _phrase_head(tokens, k, end), k, end):
                continue
            best = (end, row)
            break
        if best is None:
            k += 1
            continue
        end, row = best
        if row.type != "NONE":
            out.append(Trigger(k, end, _phrase_head(tokens, k, end), row))
        k = end + 1
    return out
