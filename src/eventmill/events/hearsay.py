"""The French press's conditional of hearsay ("conditionnel journalistique"): "un gang aurait enlevé
deux missionnaires dimanche, selon la police" reports an incident that a source says happened, not
one that could happen. A past conditional (an auxiliary of tense in the conditional before a past
participle) that a source or a date of its own anchors is read as a report; a modal ("aurait pu
attaquer"), a condition ("si ...") or neither anchor leaves it hypothetical (`events/status.py`).

The mood is read from the parser's morphology (`Mood=Cnd` on an `aux:tense` auxiliary), which the
French models give; English "would have attacked" carries no such auxiliary."""

from __future__ import annotations

from eventmill.events.context import Context
from eventmill.reporting import source_markers


def _conditional_perfect(ctx: Context, k: int) -> bool:
    """Verb k is a past participle whose auxiliary of tense is in the conditional ("aurait enlevé",
    "seraient morts")."""
    toks, tree = ctx.toks, ctx.tree
    t = toks[k]
    if t.pos != "VERB" or "VerbForm=Part" not in t.morph or "Tense=Past" not in t.morph:
        return False
    return any("Mood=Cnd" in toks[a].morph for a in tree.children(k, "aux:tense"))


def hearsay(ctx: Context, verbs: list[int]) -> bool:
    """One of `verbs` (the trigger, or the verb that carries its noun) is in the past conditional, with a
    source named in its sentence ("selon la police", "d'après des témoins") or a date on its clause
    ("dimanche"), and no other auxiliary in the conditional (a modal: "aurait pu")."""
    toks, tree = ctx.toks, ctx.tree
    cond = [k for k in verbs if _conditional_perfect(ctx, k)]
    if not cond:
        return False
    # every other auxiliary or governing verb in the conditional is a modal or a condition's consequence
    others = [a for k in verbs for a in [k, *tree.children(k, "aux", "aux:pass")] if toks[a].dep != "aux:tense"]
    if any("Mood=Cnd" in toks[a].morph for a in others):
        return False
    if any("Mood=Cnd" in toks[g].morph for k in cond for g in ctx.tree.ancestors(k)[:1]):
        return False  # "pourrait avoir été enlevé": under a modal
    sent = toks[cond[0]].sent
    if any(m for m in source_markers(ctx.doc.lang or "").scan(ctx.by_sentence.get(sent, []))):
        return True
    return any(
        d in ctx.date_at for k in cond for c in tree.children(k, "obl", "obl:mod", "advmod") for d in tree.subtree(c)
    )
