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
    if _goes_on(ctx, v, kind_of):
        return True
    if not (("Tense=Pres" in t.morph and "VerbForm=Fin" in t.morph) or present_passive(ctx, v)):
        return _perfect_series(ctx, v, kind_of)
    if any(kind_of(ctx, k) == "habitual" for k in tree.children(v, "advmod")):
        return True
    # "Chaque année", "chaque fois que": a time taken one by one
    return any(
        k in ctx.date_at or toks[k].pos == "NOUN"
        for k in tree.children(v, "obl", "obl:mod", "obl:npmod", "obl:tmod")
        if any(toks[d].pos == "DET" and kind_of(ctx, d) == "habitual" for d in tree.children(k, "det"))
    )


def judged_kind(ctx: Context, v: int) -> bool:
    """Event noun v, a bare plural, is the subject of a noun predicate that judges an incident ("deliberate
    attacks on civilians were war crimes", "attacks on hospitals are an atrocity"), with no date: a kind of act
    judged, no incident."""
    toks, tree = ctx.toks, ctx.tree
    pred = toks[v].head
    # (or a verb of being in the simple present with a noun after it says what such acts are: "Mass shootings
    # remain a grim fixture of American life")
    now = (
        toks[pred].pos == "VERB"
        and ctx.lex.modifiers.get(norm(toks[pred].lemma)) == "copula"
        and "Tense=Pres" in toks[pred].morph
        and "VerbForm=Fin" in toks[pred].morph
        and any(toks[k].pos == "NOUN" for k in tree.children(pred, "obj", "xcomp"))
    )
    return (
        toks[v].pos == "NOUN"
        and toks[v].dep == "nsubj"
        and pred != v
        # (the copula heads its complement in this tree: "are -obj-> a violation")
        and (
            (toks[pred].pos == "NOUN" and bool(tree.children(pred, "cop")))
            or (toks[pred].pos == "AUX" and any(toks[k].pos == "NOUN" for k in tree.children(pred, "obj", "xcomp")))
            or now
        )
        # (a noun that judges an incident: `incident` rows of support.tsv, "crime", "atrocity")
        and (
            now
            or any(
                ctx.lex.support.get(norm(toks[k].lemma)) == "incident"
                for k in [pred, *tree.children(pred, "obj", "xcomp")]
            )
        )
        and "Number=Plur" in toks[v].morph
        and not tree.children(v, "det", "nmod:poss", "nummod")
        and not any(k in ctx.date_at for k in tree.subtree(pred))  # "Clashes on Monday were the worst in years"
    )


def many_undated(ctx: Context, v: int, kind_of: Callable[[Context, int], str | None]) -> bool:
    """Plural event noun v counted as many by a word (`many` in modifiers.tsv: "after several high-profile
    attacks", "a string of mass killings", "a cycle of reprisal attacks"), with no date in its clause:
    incidents of a kind, no one of them told (a day makes them news: "a wave of attacks on Sunday")."""
    toks, tree = ctx.toks, ctx.tree
    if toks[v].pos != "NOUN" or "Number=Plur" not in toks[v].morph or tree.children(v, "nummod"):
        return False
    up = toks[v].head
    counted = (
        toks[v].dep.startswith(("obl", "nmod"))
        and any(kind_of(ctx, k) == "many" for k in tree.children(v, "amod", "det"))
    ) or (up != v and toks[v].dep == "nmod" and toks[up].pos == "NOUN" and kind_of(ctx, up) == "many")
    # (in its own clause: the clause it hangs on up to the nearest verb, "still reeling from a string of mass
    # killings", whatever day the sentence gives another act)
    clause = next((a for a in [v, *tree.ancestors(v)] if toks[a].pos in ("VERB", "AUX")), v)
    return counted and not any(k in ctx.date_at for k in tree.subtree(clause))


def _goes_on(ctx: Context, v: int, kind_of: Callable[[Context, int], str | None]) -> bool:
    """Verb v is the infinitive of a verb of lasting in the simple present, with no date ("Islamic State continues
    to attack Shia Muslims"): acts that go on, no one of them (a day on it or on the verb that reports it
    makes it news of that day: "continue to shell Daraya, residents said on Monday")."""
    toks, tree = ctx.toks, ctx.tree
    head = toks[v].head
    if not (
        toks[v].dep == "xcomp"
        and head != v
        and kind_of(ctx, head) == "lasting"
        and "Tense=Pres" in toks[head].morph
        and "VerbForm=Fin" in toks[head].morph
    ):
        return False
    # (a day on it, or on a verb it hangs on: the verb that reports it)
    mine, above = set(tree.subtree(head)), set(tree.ancestors(head))
    return not any(k in mine or toks[k].head in above for k in ctx.date_at)


def _perfect_series(ctx: Context, v: int, kind_of: Callable[[Context, int], str | None]) -> bool:
    """Verb v in the perfect of the present, with an adverb of habit, a bare plural object and no date ("where
    Islamist insurgents have bombed churches repeatedly"): a series of acts, no one of them."""
    toks, tree = ctx.toks, ctx.tree
    if not any("Tense=Pres" in toks[a].morph for a in tree.children(v, "aux")):
        return False
    if not any(kind_of(ctx, k) == "habitual" for k in tree.children(v, "advmod")):
        return False
    if any(k in ctx.date_at for k in tree.subtree(v)):
        return False
    return any(
        "Number=Plur" in toks[o].morph and not tree.children(o, "det", "nmod:poss", "nummod")
        for o in tree.children(v, "obj")
    )


def tensed(ctx: Context, clause: int) -> list[int]:
    """The words that carry the tense of the clause an event noun hangs on: its verb and auxiliaries, or, for a
    noun with none, those of the noun it completes (the parser may hang "le théâtre" on another noun: "est depuis
    des années le théâtre d'affrontements")."""
    heads = [clause]
    if ctx.toks[clause].pos == "NOUN" and not ctx.tree.children(clause, "cop") and ctx.toks[clause].head != clause:
        heads.append(ctx.toks[clause].head)
    return [k for h in heads for k in [h, *ctx.tree.children(h, "aux", "aux:tense", "cop")]]


def habit_verb(ctx: Context, v: int, verb: list[int]) -> int:
    """The verb that carries event noun v (`verb`: v, then its carrier), or whose circumstance it is ("tués dans des
    attaques"), or v itself."""
    if len(verb) > 1:
        return verb[-1]
    toks = ctx.toks
    if toks[v].dep == "conj" and toks[toks[v].head].pos == "NOUN":
        # (a noun joined to another is carried by its verb: "there is a blast or an attack")
        first = toks[v].head
        return toks[first].head if toks[first].dep.startswith(("obl", "obj")) else v
    return toks[v].head if toks[v].dep.startswith("obl") else v
