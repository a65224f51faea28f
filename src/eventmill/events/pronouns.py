"""A personal pronoun that does an act stands for the person named last before it: "President John
Smith arrived in Kabul on Monday. He accused the opposition of lying" is John Smith's accusation,
"Macky Sall est arrivé à Dakar. Il a accusé l'opposition" is Macky Sall's.

Only a singular pronoun of a person ("he", "she", "il", "elle"; not "it", "they" or the impersonal
"il faut"), only as the subject, and only when the person was named in the same sentence or the
REACH sentences before it. The mention keeps the pronoun's own span (the words in this sentence) and
takes the person's actor, as the `coreference` stage does for the speakers of quotes.

A name after a person's title ("le Premier ministre Choguel Maïga", "le général Oumar Diarra") is a
person even where the model labels it MISC and only the title is an actor (the generic Government):
the title words are the language's `titles.txt`, and the pronoun takes the name, with the title's
kind and code and the title as its role.
"""

from __future__ import annotations

import dataclasses

from eventmill import datafiles
from eventmill.events.context import Context
from eventmill.events.parties import speaker_of
from eventmill.models import Actor, Mention, Span
from eventmill.stages.coreference import is_person
from eventmill.text import norm

REACH = 2  # sentences back to look for the person
NAME_LINKS = ("appos", "flat:name", "flat", "nmod")  # how the parser hangs a name on the title before it


def person_pronoun(ctx: Context, heads: list[int]) -> tuple[Mention, ...]:
    """The actor a singular personal pronoun among subject heads stands for, or nothing."""
    toks = ctx.toks
    for k in heads:
        t = toks[k]
        feats = set(t.morph.split("|"))
        if not (
            t.pos == "PRON"
            and t.dep == "nsubj"
            and {"Person=3", "Number=Sing"} <= feats
            and ("Gender=Masc" in feats or "Gender=Fem" in feats)
            and "PronType=Rel" not in feats
        ):
            continue
        near = [
            m
            for m in ctx.doc.mentions
            if m.kind == "actor"
            and m.span.end <= t.start
            and 0 <= m.head < len(toks)
            and t.sent - toks[m.head].sent <= REACH
        ]
        before = [p for m in near if is_person(p := named_by_title(ctx, m) or m, ctx.doc)]
        if before:
            return (dataclasses.replace(before[-1], span=Span(t.start, t.end, t.text), head=k),)
    return ()


def named_by_title(ctx: Context, m: Mention) -> Mention | None:
    """The person a generic title mention names with the proper name right after it ("Premier
    ministre" + "Choguel Maïga"), as a mention of the name; None when no name follows the title."""
    toks = ctx.toks
    if not m.actor or not m.actor.generic or not 0 <= m.head < len(toks):
        return None
    titles = datafiles.words(ctx.doc.lang or "", "titles.txt")
    if norm(toks[m.head].lemma) not in titles and norm(toks[m.head].text) not in titles:
        return None
    last = max(t.i for t in ctx.by_sentence[toks[m.head].sent] if t.start < m.span.end)
    first = last + 1
    if first < len(toks) and toks[first].pos == "PUNCT" and toks[first].text == ",":
        first += 1  # "le Premier ministre malien, Choguel Maïga,"
    if not (
        first < len(toks)
        and toks[first].sent == toks[m.head].sent
        and toks[first].pos == "PROPN"
        and toks[first].head == m.head
        and toks[first].dep in NAME_LINKS
        and first not in ctx.actor_at
        and first not in ctx.place_at
    ):
        return None
    end = first
    while end + 1 < len(toks) and toks[end + 1].pos == "PROPN" and toks[end + 1].head in (first, end, m.head):
        end += 1
    a, b = toks[first], toks[end]
    span = Span(a.start, b.end, ctx.doc.article.text[a.start : b.end])
    actor = Actor(span.text, m.actor.kind, m.actor.country, m.actor.code, role=m.span.text)
    return dataclasses.replace(m, span=span, head=first, actor=actor)


def speaker_as_pronoun(ctx: Context, v: int, actor_heads: list[int]) -> Mention | None:
    """The speaker before trigger v in its sentence whose doer is a pronoun of its number ("it" is no person)."""
    toks = ctx.toks
    speaker = speaker_of(ctx, v)
    if speaker is None or speaker.kind != "actor" or speaker.head < 0:
        return None
    head = toks[speaker.head]
    if ctx.tree.children(v, "aux:pass", "nsubj:pass"):
        return None  # the pronoun is the victim ("they were attacked")
    for k in actor_heads:
        t = toks[k]
        numbers = {_number(t), _number(head)} - {None}
        person = speaker.actor is not None and speaker.actor.kind == "person"
        if (
            third_person(t)
            and t.sent == head.sent
            and head.i < k
            and len(numbers) < 2
            and not (person and "Gender=Neut" in t.morph)
        ):
            return speaker
    return None


def _number(t) -> str | None:
    """The grammatical number in a token's features ("Sing", "Plur"), if the tagger gives one."""
    return next((f[7:] for f in t.morph.split("|") if f.startswith("Number=")), None)


def third_person(t) -> bool:
    """A third-person personal pronoun ("they", "ils"; fr_core_news_md gives French ones no PronType)."""
    return t.pos == "PRON" and "Person=3" in t.morph and ("PronType=Prs" in t.morph or "PronType" not in t.morph)
