"""French news tells an incident in the passé composé and its circumstances in the imparfait or the
plus-que-parfait: "Des rebelles ont attaqué le village. Des avions survolaient la forêt en larguant
des bombes", "Une bombe avait été larguée sur l'église". Such a clause after the report of its
incident sets the scene of that incident; it is no new one. `events/merge.py` joins it to the
incident of its type already reported, unless something tells them apart (`links.conflict`).

The tense is read from the parser's morphology (`Tense=Imp` on a finite verb or on the auxiliary of
a participle), which marks the imparfait of languages that have one; English verbs never carry it.

A war going on since a month or a year is the backdrop of the incidents reported too, in any language
(`ongoing`: "the military has been fighting the Fano militia since August", "est en proie depuis 2015 aux
violences"): `events/status.py` makes it generic.
"""

from __future__ import annotations

from eventmill.events.context import Context
from eventmill.events.tolls import cumulative_words, whole
from eventmill.text import norm

SCENE = "Tense=Imp"


def _imperfect(morph: str) -> bool:
    feats = morph.split("|")
    return SCENE in feats and "VerbForm=Fin" in feats


def scene_tense(ctx: Context, v: int) -> bool:
    """Trigger v (a verb, or a noun subject: its verb), or the verb its clause hangs on ("survolaient
    ... en larguant"), is in the imparfait or plus-que-parfait."""
    toks, tree = ctx.toks, ctx.tree
    if toks[v].pos == "NOUN" and toks[v].dep.startswith("nsubj"):
        v = toks[v].head  # "les manifestations se poursuivaient": a noun's time is its verb's
    if toks[v].pos not in ("VERB", "AUX"):
        return False
    verbs = [v]
    if toks[v].dep == "advcl":
        # "en larguant", "lorsqu'une explosion s'est produite": a gerund's time, or a clause's of when
        # something happened, is that of the verb it hangs on ("Le marié s'était levé ... lorsqu'...")
        verbs.append(toks[v].head)
    return any(
        toks[k].pos in ("VERB", "AUX")
        and (_imperfect(toks[k].morph) or any(_imperfect(toks[a].morph) for a in tree.children(k, "aux")))
        for k in verbs
    )


def ongoing(ctx: Context, v: int) -> bool:
    """Verb v tells of an act still going on since a year, a month or a long period: in the present or
    with a present auxiliary ("has been fighting ... since August", "has fought", "combat ... depuis 2012",
    "est confronté depuis 2015 à des attaques"), with a `since` phrase of `cumulative.tsv` ("since 2014",
    "since the start of the war")."""
    toks, tree = ctx.toks, ctx.tree
    # (or a predicate with a copula: "est en proie depuis 2015 aux violences")
    auxes = tree.children(v, "aux", "cop")  # ("aux" takes in "aux:tense" and "aux:pass")
    if not (toks[v].pos in ("VERB", "AUX") or tree.children(v, "cop")):
        return False
    if not any("Tense=Pres" in toks[k].morph for k in [v, *auxes]):
        return False
    words = cumulative_words(ctx.doc.lang or "")

    def since(c: int) -> bool:
        return any(words.get(norm(toks[m].text)) == "since" for m in tree.children(c, "case", "mark"))

    def period(c: int) -> bool:
        return whole(ctx, c, "month", "year") or words.get(norm(toks[c].lemma)) in ("period", "war")

    # (or a clause of when the period began: "have struck the capital since the invasion began", "depuis que
    # la guerre a éclaté en 2022")
    return any(since(c) and period(c) for c in tree.children(v, "obl", "obl:mod", "nmod")) or any(
        since(c) and any(period(d) for d in tree.children(c, "nsubj", "obl", "obl:tmod", "obl:mod"))
        for c in tree.children(v, "advcl")
    )
