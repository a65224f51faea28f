"""What a clause tells as a habit, not as one act: a verb in the simple present (or its passive) with
an adverb of habit ("les jihadistes attaquent souvent les convois", "les journalistes sont régulièrement
arrêtés") or a time noun taken one by one ("Chaque année, les dockers font grève"); in the past, "ont
régulièrement bombardé la ville" tells of acts that happened."""

from __future__ import annotations

from collections.abc import Callable

from eventmill.events.context import Context
from eventmill.text import norm


def present_passive(ctx: Context, v: int) -> bool:
    """Verb v is a passive of the present ("est prévue", "sont arrêtés"), not of a perfect ("a été arrêté")."""
    toks, tree = ctx.toks, ctx.tree
    return not tree.children(v, "aux:tense") and any(
        "Tense=Pres" in toks[a].morph and "VerbForm=Fin" in toks[a].morph for a in tree.children(v, "aux:pass")
    )


def staged(ctx: Context, v: int) -> bool:
    """Event noun v is the passive subject of a verb that stages it ("une marche sera organisée samedi",
    `actor` in support.tsv): the verb's tense is the event's."""
    toks = ctx.toks
    return toks[v].dep == "nsubj:pass" and ctx.lex.support.get(norm(toks[toks[v].head].lemma)) == "actor"


def habit(ctx: Context, v: int, kind_of: Callable[[Context, int], str | None]) -> bool:
    """Verb v in the simple present, or its passive, with an adverb of habit or a time noun whose
    determiner is one of habit (`kind_of` gives `habitual`, from modifiers.tsv: "souvent", "chaque")."""
    toks, tree = ctx.toks, ctx.tree
    t = toks[v]
    if not (("Tense=Pres" in t.morph and "VerbForm=Fin" in t.morph) or present_passive(ctx, v)):
        return False
    if any(kind_of(ctx, k) == "habitual" for k in tree.children(v, "advmod")):
        return True
    # "Chaque année", "chaque fois que": a time taken one by one
    return any(
        k in ctx.date_at or toks[k].pos == "NOUN"
        for k in tree.children(v, "obl", "obl:mod")
        if any(toks[d].pos == "DET" and kind_of(ctx, d) == "habitual" for d in tree.children(k, "det"))
    )
