"""Victims named one by one ("un policier a été tué", "un homme et une femme ont été tués": 2; "Un
enfant, une femme et un vieillard ont été tués": 3; "John Smith, 45, was killed": 1), counted as a figure would be, and the nouns that
name weapons rather than people ("dix drones abattus"). Read by `events.reading`."""

from __future__ import annotations

from functools import cache

from eventmill import datafiles, ontology
from eventmill.events.context import Context
from eventmill.events.matching import WEAPON_MODES
from eventmill.models import Count, Span
from eventmill.text import norm


@cache
def _ones(lang: str) -> frozenset[str]:
    """The words of the language's quantities.tsv worth exactly one ("un", "une"), and its articles that
    mean one (`one` in modifiers.tsv: "a", "an")."""
    numbers = {
        norm(r["phrase"])
        for r in datafiles.tables(lang, "quantities.tsv")
        if r.get("phrase") and r.get("value") == "1" and not r.get("low") and not r.get("high")
    }
    articles = {norm(r["word"]) for r in datafiles.tables(lang, "modifiers.tsv") if r.get("kind") == "one"}
    return frozenset(numbers | articles)


def one_victim(ctx: Context, k: int) -> Count | None:
    """A count for victims named one by one: a singular noun after the article that means one (a
    determiner of quantities.tsv worth 1, or of kind `one` in modifiers.tsv), with no phrase of its own ("un membre des forces" may be a
    group's member, "un groupe de" a group), or several such nouns joined ("un homme et une femme": 2)."""
    toks, tree = ctx.toks, ctx.tree
    if (named := _named_person(ctx, k)) is not None:
        return named
    joined = [c for c in tree.children(k, "conj") if c not in ctx.trigger_heads]  # not "un mort et deux blessés"
    if not _single(ctx, k) or not all(_single(ctx, c) for c in joined):
        return None
    start = min(toks[d].start for d in tree.children(k, "det"))
    end = max(toks[j].end for j in [k, *joined])
    n = 1 + len(joined)
    known = ctx.actor_at[k].actor if k in ctx.actor_at and not joined else None
    text = ctx.doc.text[start:end]
    return Count(n, n, n, Span(start, end, text), known.name if known else text if joined else toks[k].text)


def with_siblings(ctx: Context, k: int, c: Count, heads: list[int]) -> Count:
    """The count of victims named one by one that the parser split into two subjects of one verb ("Un
    enfant, une femme et un vieillard ont été tués": "enfant" and "femme ... vieillard")."""
    toks = ctx.toks
    more = [
        n
        for h in heads
        if h != k and toks[h].head == toks[k].head and toks[h].dep == toks[k].dep
        if (n := one_victim(ctx, h)) is not None
    ]
    if not more:
        return c
    total = sum(x.value or 0 for x in [c, *more])
    start, end = min(x.span.start for x in [c, *more]), max(x.span.end for x in [c, *more])
    return Count(total, total, total, Span(start, end, ctx.doc.text[start:end]), ctx.doc.text[start:end])


def _named_person(ctx: Context, k: int) -> Count | None:
    """One victim for a person named alone ("John Smith, 45, was killed", "Ahmed Musa died"), none when
    others are joined to the name ("Smith and his wife")."""
    m = ctx.actor_at.get(k)
    if m is None or m.actor is None or m.actor.generic or m.actor.kind not in ontology.kinds_in("person"):
        return None
    if ctx.toks[k].pos != "PROPN" or ctx.tree.children(k, "conj"):
        return None
    return Count(1, 1, 1, m.span, m.actor.name)


def _single(ctx: Context, k: int) -> bool:
    """Token k is one person or thing: a singular noun after the article that means one, with no
    phrase of its own."""
    toks, tree = ctx.toks, ctx.tree
    t = toks[k]
    # (an adjective the parser made the head of a subject or object is a noun: "Un étudiant a été tué",
    # "un Palestinien", where the tagger reads ADJ)
    nominal = t.pos == "NOUN" or (t.pos == "ADJ" and t.dep.split(":")[0] in ("nsubj", "obj", "obl", "conj", "appos"))
    # (a phrase of its own makes it one of a group, "un membre des forces"; an age does not, "un étudiant
    # de 22 ans": a measure noun of noncounts.tsv)
    own = [c for c in tree.children(k, "nmod") if norm(toks[c].text) not in ctx.lex.measures]
    if not nominal or "Number=Sing" not in t.morph or weapon(ctx, k) or own:
        return False
    dets = [d for d in tree.children(k, "det") if d < k]
    return len(dets) == 1 and norm(toks[dets[0]].text) in _ones(ctx.doc.lang or "")


def weapon(ctx: Context, k: int) -> bool:
    """The noun k names a weapon or a war machine (a weapon word of modes.tsv: "drones", "chars")."""
    return any(m in WEAPON_MODES for _, m in ctx.lex.modes.get(norm(ctx.toks[k].lemma)))
