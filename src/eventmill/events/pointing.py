"""Whether a report points back to an incident already reported ("cette offensive", "the attack",
"the members killed") or marks a new one ("another attack", "d'autres frappes"); read by
`events.reading` for each candidate and by `events.assemble` for each raw event."""

from __future__ import annotations

from eventmill.events.context import Context
from eventmill.events.matching import Trigger
from eventmill.events.status import modifier
from eventmill.models import Token
from eventmill.text import norm


def points_back(ctx: Context, trig: Trigger, on_victims: bool, recip_heads: list[int]) -> tuple[bool, bool]:
    """Whether the trigger names an event already reported, and whether by a demonstrative: "cette
    offensive" always points back, "l'attaque" when an attack was reported, and so do "the members
    killed"; "another attack", "the slaying of seven more demonstrators" are new incidents."""
    toks, v = ctx.toks, trig.head
    dets = {modifier(ctx, c) for c in ctx.tree.children(v, "det")}
    demonstrative = "demonstrative" in dets
    # a date as possessive names the incident of that day, reported before ("Tuesday's attack")
    dated = any(c in ctx.date_at for c in ctx.tree.children(v, "nmod:poss"))
    # and so does a possessive pronoun ("flew back to Belfast for their emergency meeting")
    owned = any(toks[c].pos == "PRON" for c in ctx.tree.children(v, "nmod:poss"))
    # and a noun said of a pronoun ("police said it was a terrorist attack"), as "the attack" does
    definite = demonstrative or (
        trig.row.pos == "NOUN" and ("definite" in dets or dated or owned or _ranked(ctx, v) or _said_of_it(ctx, v))
    )
    if on_victims:
        head = toks[v].head
        definite = definite or bool(
            {modifier(ctx, c) for c in [head] + ctx.tree.children(head, "det")} & {"definite", "demonstrative"}
        )
    if new_incident(ctx, v, recip_heads):
        return False, False
    return definite, definite and demonstrative


def _ranked(ctx: Context, v: int) -> bool:
    """Event noun v ranks in a series after an article fused with its preposition: "Il s'agit du 12e homicide de
    l'année" is the killing just told (a bare "du" stays indefinite: it is a partitive as often)."""
    toks, tree = ctx.toks, ctx.tree
    return any("NumType=Ord" in toks[a].morph for a in tree.children(v, "amod")) and any(
        "Definite=Def" in toks[c].morph for c in tree.children(v, "case")
    )


def new_incident(ctx: Context, v: int, recip_heads: list[int]) -> bool:
    """Whether the trigger at v or its victims carry a word that marks another incident than those
    already reported ("another attack", "three other soldiers were wounded", "d'autres frappes")."""
    near = ctx.tree.children(v) + [g for k in recip_heads for g in [k] + ctx.tree.children(k)]
    near += [g for k in near for g in ctx.tree.children(k)]
    return any(_additive(ctx, k) for k in near)


def _additive(ctx: Context, k: int) -> bool:
    """Token k marks a new incident ("another", "seven more", "d'autres"), not "more than twenty", nor after a
    definite article ("two blasts, one after the other", "the other victims": those already told of)."""
    if modifier(ctx, k) != "additive" or (k > 0 and modifier(ctx, k - 1) == "definite"):
        return False
    return not (k + 1 < len(ctx.toks) and modifier(ctx, k + 1) == "comparative")


def named_again(ctx: Context, actor_heads: list[int]) -> bool:
    """A doer named with a demonstrative ("Ces travailleurs protestent", "these protesters marched") is
    the party of an incident already told: its act is more of that incident."""
    return any(modifier(ctx, d) == "demonstrative" for k in actor_heads for d in ctx.tree.children(k, "det"))


def told_of(ctx: Context, v: int) -> bool:
    """Trigger v tells how many the people just told of were: its clause, with no subject of its own,
    completes a predicate of number (a copula on a noun or an adjective) whose subject is a plural personal
    pronoun ("Ils étaient des centaines à être descendus dans les rues", "Elles étaient nombreuses à
    manifester"). English has no such turn."""
    toks, tree = ctx.toks, ctx.tree
    if tree.children(v, "nsubj") or toks[v].dep not in ("acl", "xcomp") or toks[v].head == v:
        return False
    pred = toks[v].head
    if toks[pred].pos not in ("NOUN", "ADJ", "NUM") or not tree.children(pred, "cop"):
        return False
    # (a plural pronoun before a copula is parsed as a subject or as an expletive)
    subjects = tree.children(pred, "nsubj", "expl:subj")
    return bool(subjects) and all(
        toks[s].pos == "PRON" and "Person=3" in toks[s].morph and "Number=Plur" in toks[s].morph for s in subjects
    )


def _said_of_it(ctx: Context, v: int) -> bool:
    """Event noun v is said of a pronoun ("police said it was a terrorist attack"): it names what was told
    before, an incident it classifies, not a new one."""
    toks = ctx.toks
    # (the copula is the noun's child in UD, its head in spaCy's English: "it -> was -> attack")
    be = v if ctx.tree.children(v, "cop") else toks[v].head if toks[toks[v].head].pos == "AUX" else -1
    return be >= 0 and any(
        toks[k].pos == "PRON" and "Person=3" in toks[k].morph for k in ctx.tree.children(be, "nsubj")
    )


def witnessed(ctx: Context, v: int) -> bool:
    """Event noun v is what a witness heard or told of ("Residents said they heard a loud explosion",
    "witnesses described the shooting") or what there was ("There was a loud explosion"): an incident most
    often just reported, not a new one."""
    toks = ctx.toks
    if toks[v].pos != "NOUN":
        return False
    if toks[v].dep.startswith("nmod") and toks[toks[v].head].pos in ("NOUN", "NUM"):
        v = toks[v].head  # "heard dozens of shots"
    if toks[v].dep != "obj" or toks[v].head == v:
        return False
    # (and what is said to have been there, "There were two blasts, one after the other," he said; or what
    # "this" or "it" was: "This was an ambush," the chief said)
    head = toks[v].head
    return (
        ctx.lex.support.get(norm(toks[head].lemma)) == "witness"
        or bool(ctx.tree.children(head, "expl"))
        or (toks[head].pos == "AUX" and any(_pointer(toks[s]) for s in ctx.tree.children(head, "nsubj")))
    )


def _pointer(t: Token) -> bool:
    """A pronoun that points at what was just told: a demonstrative ("this", "cela") or a neuter "it"."""
    return t.pos == "PRON" and ("PronType=Dem" in t.morph or {"Person=3", "Gender=Neut"} <= set(t.morph.split("|")))


def both_told_of(ctx: Context, v: int) -> bool:
    """Event noun v names the two incidents told before: "both attacks", "the two bombings", "either attack"."""
    toks = ctx.toks
    if toks[v].pos != "NOUN":
        return False
    dets = {modifier(ctx, d) for d in ctx.tree.children(v, "det")}
    return "both" in dets or (
        "Number=Plur" in toks[v].morph
        and "definite" in dets
        and any(modifier(ctx, n) == "both" for n in ctx.tree.children(v, "nummod"))
    )


def lasting(ctx: Context, v: int) -> bool:
    """Verb v opens a clause after a verb that tells how long an incident lasted (`lasting` rows of modifiers.tsv:
    "The gun battle lasted four hours before security forces killed the attackers"): its end, not another one."""
    toks = ctx.toks
    if toks[v].dep == "advcl" and {"VerbForm=Part", "Tense=Pres"} <= set(toks[v].morph.split("|")):
        v = toks[v].head
    return toks[v].dep == "advcl" and toks[v].head != v and modifier(ctx, toks[v].head) == "lasting"
