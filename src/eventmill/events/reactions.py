"""The routine words that follow an incident the article has reported, which tell of no event between
parties: praise or thanks, an appeal for calm ("Le maire a appelé la population au calme", "a demandé
aux habitants de garder leur calme"), an appeal or a promise of an inquiry, of justice or of help for the
victims ("Les autorités ont promis de mener une enquête", "a promis que justice sera faite", "a appelé à
venir en aide aux victimes"). A demand or a promise about anything else stays an event.

What the appeal asks or the promise holds is found under the verb (its object, complement or oblique),
by the words of `modifiers.tsv` of the kinds the type's `reaction` column of `plover.tsv` names (`calm`,
`redress` and `relief` for REQUEST: "a appelé les autorités à ouvrir une enquête"; `redress` and `relief`
for AGREE), or by the verb itself (`praise` for SUPPORT: "a salué le courage des soldats", "a remercié
les secouristes"); a language without such rows reads none. The incidents a reaction follows are the `reacted` types. Used
by `eventmill.events.rules` (`rules:reaction`).
"""

from __future__ import annotations

from functools import cache

from eventmill import ontology
from eventmill.events.context import Context
from eventmill.events.matching import Trigger
from eventmill.text import norm

# where what is asked or promised hangs on the verb (a conjoined verb is an act of its own)
CONTENT_DEPS = ("obj", "iobj", "obl", "nmod", "xcomp", "ccomp")
# where the act a promise holds hangs on it: the verb it completes, or that verb's object
ACTS = ("obj", "xcomp", "ccomp")


def routine_reaction(ctx: Context, trig: Trigger) -> bool:
    """Trigger verb trig praises, appeals for calm, or asks for or promises an inquiry, justice or help for
    the victims, after an incident reported before it in the article."""
    kinds = ontology.reaction_kinds(trig.row.type)
    if not kinds or trig.row.pos != "VERB" or not any(h < trig.head for h in ctx.incident_heads):
        return False
    toks, tree, modifiers = ctx.toks, ctx.tree, ctx.lex.modifiers
    if modifiers.get(norm(toks[trig.head].lemma)) in kinds:
        return True  # a verb of praise is a reaction whatever it praises ("a salué le courage des soldats")
    content = [k for d in tree.children(trig.head, *CONTENT_DEPS) for k in tree.subtree(d)]
    return any(modifiers.get(norm(toks[k].lemma)) in kinds for k in content)


def announced_force(ctx: Context, trig: Trigger) -> tuple[str, tuple[str, ...]] | None:
    """What a promise is when what it holds is an attack: the threat an announced attack is ("a promis de
    poursuivre les frappes", "a promis une riposte": THREATEN, as "vowed to continue the strikes" is). A
    promise is a verb of a type that announced acts become (`intent` in plover.tsv: "will release" AGREE);
    None for any other trigger, or a promise of anything else."""
    force = ontology.retype("ASSAULT", "intent")
    if force is None or trig.row.pos != "VERB" or trig.row.type not in _announcements() - {force[0]}:
        return None
    # the attack is what is promised, its verb or its object, not a phrase on it ("de lutter contre les attaques"),
    # nor an attack a verb that ends it holds ("pledged to stop attacking ships" promises an end: AGREE)
    up, tree = [trig.head], ctx.tree
    for _ in range(3):
        up = [k for h in up for k in tree.children(h, *ACTS) if not _ceasing(ctx, k)]
        if set(up) & ctx.assault_heads:
            return force
    return None


def _ceasing(ctx: Context, k: int) -> bool:
    """Token k is a verb that ends what it holds (support role `end`: "halt", or kind `cessation` in
    modifiers.tsv: "stop", "cease")."""
    lemma = norm(ctx.toks[k].lemma)
    return ctx.lex.support.get(lemma) == "end" or ctx.lex.modifiers.get(lemma) == "cessation"


@cache
def _announcements() -> frozenset[str]:
    """The types announced acts become (plover.tsv `intent`: AGREE, THREATEN)."""
    return frozenset(new[0] for t in ontology.types() if (new := ontology.retype(t, "intent")))


def lament(ctx: Context, v: int) -> bool:
    """Verb v closes, as an aside, a sentence whose verb reports an attack by no armed side it names ("Huit
    soldats ont été tués dans une embuscade, a déploré l'état-major"): it tells who said it with regret,
    nobody is accused ("..., a dénoncé l'opposition" after "la police a tiré sur la foule" accuses the police)."""
    toks, tree = ctx.toks, ctx.tree
    h = toks[v].head
    return (
        # (the parser hangs the aside as parataxis, or as a verb joined after a comma, its subject after it)
        (
            toks[v].dep == "parataxis"
            or (toks[v].dep == "conj" and any(toks[k].text == "," for k in tree.children(v) if k < v))
        )
        and not any(toks[k].dep.startswith("nsubj") for k in tree.children(v) if k < v)
        and h < v
        and h in ctx.assault_heads
        and not tree.children(v, "ccomp")
        and not any(
            toks[k].dep in ("nsubj", "obl:agent", "agent")
            and (m := ctx.actor_at.get(k)) is not None
            and m.actor is not None
            and m.actor.kind in ontology.kinds_in("armed")
            for k in tree.children(h)
        )
    )
