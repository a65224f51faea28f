"""A personal pronoun that does an act stands for the person named last before it: "President John
Smith arrived in Kabul on Monday. He accused the opposition of lying" is John Smith's accusation,
"Macky Sall est arrivé à Dakar. Il a accusé l'opposition" is Macky Sall's.

Only a singular pronoun of a person ("he", "she", "il", "elle"; not "it", "they" or the impersonal
"il faut"), only as the subject, and only when the person was named in the same sentence or the
REACH sentences before it. The mention keeps the pronoun's own span (the words in this sentence) and
takes the person's actor, as the `coreference` stage does for the speakers of quotes.
"""

from __future__ import annotations

import dataclasses

from eventmill.events.context import Context
from eventmill.models import Mention, Span
from eventmill.stages.coreference import is_person

REACH = 2  # sentences back to look for the person


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
        before = [
            m
            for m in ctx.doc.mentions
            if m.kind == "actor"
            and m.span.end <= t.start
            and 0 <= m.head < len(toks)
            and t.sent - toks[m.head].sent <= REACH
            and is_person(m, ctx.doc)
        ]
        if before:
            return (dataclasses.replace(before[-1], span=Span(t.start, t.end, t.text), head=k),)
    return ()
