"""Violence to people and property read against the incident around it: whether it is a riot (done by
protesters or an unarmed crowd), or the damage an attack did (done by its attackers, in the same clause or
named again in the next sentence). Read by `events/rules.py`."""

from __future__ import annotations

from eventmill import ontology
from eventmill.events.context import Context
from eventmill.events.status import modifier
from eventmill.models import Candidate, Count, Mention
from eventmill.text import norm


def rioters(
    actors: tuple[Mention, ...],
    counts: dict[str, Count],
    crowd_act: bool,
    armed: frozenset[str],
    plain_act: bool = False,
) -> bool:
    """Violence by protesters ("protesters clashed with police", "des manifestants ont saccagé"), by a
    counted crowd of unarmed people that wrecks property or fights the police (`crowd_act`: "une vingtaine
    de jeunes gens ont saccagé", "des centaines de jeunes ont affronté les forces de l'ordre"), by plain
    people named as one side of a clash with the police ("des affrontements ont opposé des jeunes aux forces
    de l'ordre"), or by plain people in the plural, counted or not, wrecking property or fighting the police
    (`plain_act`: "des jeunes en colère ont saccagé des commerces", "youths clashed with police")."""
    if not actors:
        return False
    known = [m for m in actors if m.actor and m.actor.kind != "other"]  # a plain phrase names no side
    # the sides of a clash may be named together ("affrontements entre manifestants et policiers"):
    # protesters against the police is still a riot
    sides = {m.actor.kind for m in known if m.actor is not None}
    if "protesters" in sides and sides <= {"protesters", "police"}:
        return True
    # (so is a clash of the police with plain people, a crowd of no name: "des jeunes", "residents")
    plain = all(m.actor.generic for m in known if m.actor is not None and m.actor.kind == "civilians")
    if "police" in sides and "civilians" in sides and sides <= ontology.kinds_in("crowd") and plain:
        return True
    if plain_act and sides == {"civilians"} and len(known) == len(actors) and plain:
        return True
    return (
        crowd_act
        and "size" in counts
        and all(m.actor is not None and m.actor.generic and m.actor.kind not in armed for m in actors)
    )


def in_plural(ctx: Context, actors: tuple[Mention, ...]) -> bool:
    """Every actor phrase is in the plural ("des jeunes", "youths"), a band rather than one person."""
    return bool(actors) and all(m.head >= 0 and "Number=Plur" in ctx.toks[m.head].morph for m in actors)


def stormed(ctx: Context, v: int) -> bool:
    """Verb v, which ends an event noun, is told with an attack by the same breath: joined to it, a participle
    on it, or taking it as its means ("stormed the hotel and ended the siege", "ont donné l'assaut, mettant
    fin au siège", "ended the siege by storming the building"): the attack ends it, not its doers giving up."""
    toks = ctx.toks

    def ing(k: int) -> bool:
        """A present participle or a gerund: the attack as the ending's manner or means, or the ending as the attack's."""
        return toks[k].pos == "VERB" and ("VerbForm=Ger" in toks[k].morph or _present(toks[k].morph))

    return joined_attack(ctx, v) or any(
        (ing(v) and toks[v].dep.startswith(("advcl", "xcomp")) and toks[v].head == h)
        or (ing(h) and h > v and h in ctx.tree.subtree(v))
        for h in ctx.assault_heads
        if h != v
    )


def _present(morph: str) -> bool:
    """A present participle ("storming", "mettant")."""
    return "Tense=Pres|VerbForm=Part" in morph


def joined_attack(ctx: Context, v: int) -> bool:
    """Verb v and an attack verb are joined, sharing their subject ("ont incendié l'école et tué deux
    enseignants", "killed three villagers and burned their houses"), v is a participle after the attack
    verb ("ont fait exploser un véhicule piégé, détruisant plusieurs bâtiments"), or v tells in a relative
    clause what the attackers did next ("attaqués par des hommes armés qui ont ensuite incendié leur véhicule")."""
    toks = ctx.toks
    t = toks[v]
    attackers = {k for h in ctx.assault_heads for k in ctx.tree.children(h, "nsubj", "obl:agent", "agent")}
    # (or a participle clause of the attack verb, or a verb joined to one: "ont attaqué la ville, incendiant des
    # maisons et libérant les détenus", "stormed the town, burning houses and freeing prisoners"; the parser may
    # hang the participle on the attack's object)
    chain = [v, t.head] if t.dep == "conj" else [v]
    return (t.dep == "acl:relcl" and t.head in attackers) or any(
        (toks[h].dep == "conj" and toks[h].head == v)
        or (t.dep == "conj" and t.head == h)
        or any(_participle(ctx, k) and h in ctx.tree.ancestors(k)[:3] for k in chain)
        for h in ctx.assault_heads
        if h != v and toks[h].pos == "VERB"
    )


def _participle(ctx: Context, k: int) -> bool:
    """Token k is a present participle with no subject of its own ("incendiant", "burning"); the parser may hang it
    on a phrase of the verb it goes with ("dans le centre d'Haïti, incendiant des maisons")."""
    feats = ctx.toks[k].morph.split("|")
    return "VerbForm=Part" in feats and "Tense=Pres" in feats and not ctx.tree.children(k, "nsubj", "nsubj:pass")


def attackers_go_on(ctx: Context, c: Candidate) -> bool:
    """The attackers of an attack told in the sentence before go on to wreck property, named again by a
    pronoun or a definite noun for attackers ("Des hommes armés ont attaqué le village. Ils ont ensuite
    incendié des greniers", "Les assaillants ont incendié l'école"): the damage that attack did. One with a
    place of its own may be another target ("Ils ont aussi incendié une école à Arbinda") and keeps its type."""
    if c.places:
        return False
    toks = ctx.toks
    again = any(
        toks[k].dep == "nsubj"
        and (
            (toks[k].pos == "PRON" and "Person=3" in toks[k].morph)
            or (
                ctx.lex.support.get(norm(toks[k].lemma)) == "attacker"
                and any(modifier(ctx, d) == "definite" for d in ctx.tree.children(k, "det"))
            )
        )
        for k in c.actor_heads
    )
    return again and any(toks[h].sent == c.sent - 1 for h in ctx.assault_heads)
