"""Which clause a date belongs to: whether a date sits in a relative clause (or a participle on another
noun) that tells something other than the event, and the phrases that say when an event took place
("took place on Saturday"). Read by `eventmill.events.dates`; the words come from `resources/<lang>/dates.tsv`."""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Sequence
from functools import cache

from eventmill import datafiles
from eventmill.events.lexicon import event_lexicon
from eventmill.models import Document, Mention, Span, Token
from eventmill.text import norm
from eventmill.tree import Tree

GOING_ON = frozenset({"Aspect=Prog", "Tense=Imp"})  # a relative clause of what was going on: the act's time


@cache
def date_words(lang: str, kind: str) -> frozenset[str]:
    """The phrases of one kind in the language's dates.tsv (background, weekday)."""
    return frozenset(norm(r.get("phrase", "")) for r in datafiles.tables(lang, "dates.tsv") if r.get("kind") == kind)


def occurrence(toks: Sequence[Token], tree: Tree, lang: str, a: int) -> bool:
    """Token a heads an `occurrence` phrase of dates.tsv ("take place", "avoir lieu", "occur"): its
    first word the verb's lemma, the others lemmas of its children."""
    kids = {norm(toks[c].lemma) for c in tree.children(a)}
    for phrase in date_words(lang, "occurrence"):
        first, *rest = phrase.split()
        if first == norm(toks[a].lemma) and all(w in kids for w in rest):
            return True
    return False


def in_relative_clause(toks: Sequence[Token], tree: Tree, lang: str, k: int, v: int, event: range = range(0)) -> bool:
    """Token k sits in a relative clause that does not hold token v, unless the clause only says when
    the `event` (its trigger's tokens) took place ("the attack, which took place on Saturday")."""
    holds_v = {v, *tree.ancestors(v)}
    for a in [k, *tree.ancestors(k)]:
        if toks[a].sent != toks[k].sent:
            return False
        if toks[a].head in event and occurrence(toks, tree, lang, a):
            return False
        relative = toks[a].dep in ("relcl", "acl:relcl")
        # (so is a past participle on a noun other than the event's: "release activists arrested earlier
        # this week"; "the attack carried out on Monday" dates its attack)
        t = toks[a]
        relative = relative or (
            t.dep == "acl"
            and t.pos == "VERB"
            and "VerbForm=Part" in t.morph
            and "Tense=Past" in t.morph
            and not tree.children(a, "obj")  # (a passive participle has no object: "présumés fin mars" misparsed)
            and t.head not in event
            and not _circumstance_of(toks, tree, lang, t.head, event)
        )
        if a not in holds_v and relative and GOING_ON & {*toks[a].morph.split("|")}:
            return False  # "shot men who were robbing a bank on Thursday", "qui volaient": its time
        if a not in holds_v and (
            relative
            # a clause opened by a relative pronoun the parser hung elsewhere ("qu'ils avaient enlevé")
            or (toks[a].pos in ("VERB", "AUX") and any("PronType=Rel" in toks[c].morph for c in tree.children(a)))
        ):
            return True
    return False


def _circumstance_of(toks: Sequence[Token], tree: Tree, lang: str, n: int, event: range) -> bool:
    """Noun n is the circumstance of the event, after a `circumstance` word of dates.tsv ("killed ten in an
    operation carried out on Monday", "tué dix jihadistes lors d'une opération menée lundi"): a participle
    on it tells when the event took place."""
    words = date_words(lang, "circumstance")
    if (
        not any(norm(toks[c].text) in words for c in tree.children(n, "case"))
        and norm(toks[toks[n].head].text) not in words
    ):
        return False
    up = (
        toks[n].head if norm(toks[toks[n].head].text) in words else n
    )  # ("lors" the adverb, "d'une opération" its object)
    return toks[up].head in event


def told_of_date(tree: Tree, dates: Container[int], heads: Sequence[int]) -> set[int]:
    """The tokens under `heads` that lie in a relative clause on a date ("the deadliest attack since
    January, when a suicide bomber killed 80 people in Peshawar"): what happened then, not where the
    event took place."""
    return {
        i
        for h in heads
        for d in tree.subtree(h)
        if d in dates
        for c in tree.children(d, "acl:relcl")
        for i in tree.subtree(c)
    }


def moment_of(toks: Sequence[Token], tree: Tree, lang: str, v: int) -> int | None:
    """The verb whose time verb v's clause tells, when it opens with a word of the moment of its head's act
    ("turned deadly in 2016, when four workers were shot dead"; `moment` in the language's modifiers.tsv)."""
    words, head = _moment_words(lang), toks[v].head
    moment = toks[v].dep == "advcl" and any(norm(toks[c].lemma) in words for c in tree.children(v, "mark", "advmod"))
    return head if moment and toks[head].sent == toks[v].sent else None


@cache
def _moment_words(lang: str) -> frozenset[str]:
    return frozenset(w for w, kind in event_lexicon(lang).modifiers.items() if kind == "moment")


def described_apart(toks: Sequence[Token], tree: Tree, top: int, v: int) -> set[int]:
    """The tokens under `top` in a past participle on a phrase's noun that does not hold token v ("ont
    manifesté contre la réforme votée à Paris"): what was done to that noun, elsewhere, not where v's event was."""
    holds_v = {v, *tree.ancestors(v)}
    return {
        i
        for a in tree.subtree(top)
        if toks[a].dep == "acl"
        and toks[a].pos == "VERB"
        and {"VerbForm=Part", "Tense=Past"} <= set(toks[a].morph.split("|"))
        and a not in holds_v
        and toks[a].head not in holds_v
        # (on a phrase, not on a party of the clause: "ont dispersé des manifestants rassemblés devant l'Assemblée",
        # "organisée par des syndicats réunis à Lyon")
        and toks[toks[a].head].dep.startswith(("obl", "nmod"))
        and toks[toks[a].head].dep != "obl:agent"
        and not tree.children(a, "aux", "aux:tense")  # (a finite clause the parser hung on a noun: "a pris")
        for i in tree.subtree(a)
    }


# a sentence ending in a colon heads the list of this many sentences after it at most
LIST_REACH = 8


def heads_list(doc: Document, s: int, first: int) -> bool:
    """Sentence s ends in a colon and heads a list that sentence first is in ("The Observatory documented the
    following incidents on Wednesday: In Idlib, ... In Daraa, ..."): its date is the date of every item."""
    return s < first <= s + LIST_REACH and doc.sentences[s].text.rstrip().endswith(":")


def phrase_ends(toks: Sequence[Token], j: int, phrases: frozenset[str]) -> bool:
    """A phrase of `phrases` ends at token j, inside its sentence ("since", "up from", "par rapport")."""
    for n in range(1, 4):
        first = j - n + 1
        if first < 0 or toks[first].sent != toks[j].sent:
            break
        if " ".join(norm(t.text) for t in toks[first : j + 1]) in phrases:
            return True
    return False


def nearness(
    toks: Sequence[Token],
    tree: Tree,
    token: Callable[[int], int],
    m: Mention,
    heads: Sequence[int],
    trigger: Span,
    owned: dict[int, int],
) -> tuple[bool, bool, int]:
    """How near the date m is to an event's trigger (`heads`: its head token, then those of the event's other
    triggers), nearest least: first a date that hangs on the event's noun itself, its own time rather than that
    of a verb that governs the noun ("a revendiqué mercredi l'attentat de lundi"), then one not inside the
    phrase of another event's noun (`noun_owned`; a noun of the event's or one holding its trigger is no other:
    "a year after the March 2023 massacre, gunmen killed nine on Saturday"), then by distance."""
    first, last = token(m.span.start), token(m.span.end - 1)
    h = heads[0]
    own = toks[h].pos in ("NOUN", "PROPN") and any(toks[k].head == h for k in range(first, last + 1))
    return not own, owned.get(first, h) not in (*heads, *tree.ancestors(h)), abs(m.span.start - trigger.start)


def noun_owned(toks: Sequence[Token], tree: Tree, heads: Iterable[int], dates: Iterable[int]) -> dict[int, int]:
    """Each date token (of `dates`) inside the phrase of an event's noun (its head among `heads`) with that
    noun's head, the innermost noun's: "the March 2023 massacre", "le massacre de mars 2023", "l'attentat
    qui a fait cinq morts dimanche". Such a date is that noun's time, not that of a verb it hangs on."""
    nouns = sorted((h for h in set(heads) if toks[h].pos in ("NOUN", "PROPN")), key=lambda h: -len(tree.subtree(h)))
    spans = {h: set(tree.subtree(h)) for h in nouns}
    return {k: h for h in nouns for k in dates if k != h and k in spans[h]}
