"""Senses of one verb or noun between PLOVER types that its arguments settle, not the word: what a
call asks for, who holds an exercise, to whom a border is opened. Used by `eventmill.events.rules`.

- a call for a punishment of a party, with no addressee of its own, disapproves of that party (plover.tsv
  `punitive`: "called for sanctions against Nigeria", "a réclamé des sanctions contre le régime"); a call on
  someone to punish stays a request ("urged the EU to impose sanctions on Iran");
- an exercise (`exercise` nouns of modifiers.tsv) held by the forces of two countries or more is done
  together (`joint`: "French and Egyptian warships launched war games"), as "joint exercises" are;
- a crossing opened to people, civilians or a people named by a nationality, gives them refuge (`refuge`:
  "opened its borders to West Africans expelled from Nigeria"); one opened to inspectors, convoys or trade
  stays access;
- a verb whose subject, and every actor, is of one class of actor kinds (actor_kinds.tsv) takes its mode's
  type for that class (plover.tsv mode rows): the state blocking a road or access (`official`: "police
  blocked the road", COERCE) restricts; a government or a country protesting (`diplomatic`: "Iraq protested
  to Turkey", ACCUSE) complains in words; armed men not of the state handing over their weapons
  (`insurgent`: "the militia handed over its weapons", RETREAT) disarm. Farmers blocking a road, police
  protesting and a state handing over weapons keep the word's type.
"""

from __future__ import annotations

from eventmill import ontology
from eventmill.actor_lexicon import actor_lexicon
from eventmill.events.context import Context
from eventmill.events.matching import Trigger
from eventmill.models import Candidate, Mention
from eventmill.text import norm

# the GeoNames feature code of a country's capital
CAPITAL = "PPLC"

# the links by which a call takes what it asks for ("called for sanctions", "demanded sanctions")
ASKED_DEPS = ("obj", "obl", "obl:arg")


def argument_sense(
    ctx: Context, c: Candidate, trig: Trigger, etype: str, types: dict[int, str], modes: tuple[str, ...] = ()
) -> tuple[str, tuple[str, ...], str] | None:
    """The type, modes and rule name an argument of the trigger gives it, or None."""
    if len(modes) == 1 and (by_kind := _by_kind(ctx, c, trig, etype, modes[0])) is not None:
        return by_kind
    for rule, situation, holds in (
        ("punitive", "punitive", _punitive),
        ("joint", "joint", _joint),
        ("refuge", "refuge", _refuge),
    ):
        new = ontology.retype(etype, situation)
        if new and holds(ctx, c, trig, types):
            return new[0], new[1], rule
    return None


def _punitive(ctx: Context, c: Candidate, trig: Trigger, types: dict[int, str]) -> bool:
    """A call whose own complement is a punishment (`punishment` types) of a party named by a phrase of
    target ("against", "on", "contre"), and which addresses nobody."""
    v, tree = trig.head, ctx.tree
    if trig.row.pos != "VERB" or tree.children(v, "iobj", "xcomp") or _addressed(ctx, v):
        return False
    punishments = ontology.in_class("punishment")
    for k in tree.children(v, *ASKED_DEPS):
        if types.get(k) not in punishments:
            continue
        for t in tree.children(k, "nmod"):
            case = tree.case(t)
            if case and (ctx.lex.case_is(case, "against") or ctx.lex.case_is(case, "target")):
                return True
    return False


def _addressed(ctx: Context, v: int) -> bool:
    """The call has a party for its object ("urged the EU"), or a phrase of addressee that is a party."""
    tree = ctx.tree
    if any(k in ctx.actor_at for k in tree.children(v, "obj")):
        return True
    return any(k in ctx.actor_at and ctx.lex.case_is(tree.case(k), "addressee") for k in tree.children(v, "obl"))


def _joint(ctx: Context, c: Candidate, trig: Trigger, types: dict[int, str]) -> bool:
    """An exercise noun whose actors name two countries or more."""
    tok = ctx.toks[trig.head]
    if trig.row.pos != "NOUN" or "exercise" not in (_kind(ctx, tok.lemma), _kind(ctx, tok.text)):
        return False
    # its actors, or the subject of the verb that carries it ("warships launched war games")
    # (through the phrase it ends: "launched ten days of war games")
    heads, k = set(c.actor_heads), trig.head
    while ctx.toks[k].dep in ("nmod", "compound") and ctx.toks[k].head != k:
        k = ctx.toks[k].head
    if ctx.toks[k].dep == "obj" and ctx.toks[k].head != k:
        heads |= {j for s in ctx.tree.children(ctx.toks[k].head, "nsubj") for j in ctx.tree.subtree(s)}
    return len(_nations(ctx, heads)) >= 2


def _by_kind(
    ctx: Context, c: Candidate, trig: Trigger, etype: str, mode: str
) -> tuple[str, tuple[str, ...], str] | None:
    """What a verb in this mode becomes when its subject names an actor and every actor of the event is of
    one class of actor kinds: the state blocking (`official`), a government protesting (`diplomatic`), armed
    men not of the state handing over their weapons (`insurgent`)."""
    if trig.row.pos != "VERB":
        return None
    v = trig.head
    subjects = {i for s in ctx.tree.children(v, "nsubj") for i in ctx.tree.subtree(s)}
    if ctx.toks[v].dep.startswith("acl"):
        subjects.add(ctx.toks[v].head)  # the parser's reading of "The rebels handed over their weapons"
    if not any(m.head in subjects for m in c.actors):
        return None
    kinds = {_party_kind(m) for m in c.actors}
    state = ontology.kinds_in("state")
    for situation, allowed in (
        ("official", state),
        ("diplomatic", ontology.kinds_in("voice")),
        ("insurgent", ontology.kinds_in("armed") - state),
    ):
        new = ontology.retype_mode(etype, mode, situation)
        if new and kinds <= allowed:
            return new[0], new[1], situation
    return None


def _party_kind(m: Mention) -> str:
    """The actor kind of an event's party: a national capital named as the doer stands for its state
    ("Beijing protested to Washington", "Moscou a protesté"), a country; a place or a phrase no lexicon
    knows is of no kind."""
    if m.actor is not None:
        return m.actor.kind
    if m.place is not None and m.place.feature == CAPITAL:
        return "country"
    return ""


def _nations(ctx: Context, heads: set[int]) -> set[str]:
    """The countries that the actor mentions and the nationality adjectives on tokens `heads` name."""
    demonyms = actor_lexicon(ctx.doc.lang or "").demonyms
    starts = {ctx.toks[k].start for k in heads}
    out = set()
    for m in ctx.doc.mentions:
        if m.span.start not in starts:
            continue
        if m.kind == "actor" and m.actor is not None and m.actor.country:
            out.add(m.actor.country)
        elif m.kind == "demonym" and (iso := demonyms.get(norm(m.span.text))):
            out.add(iso)
    return out


def _refuge(ctx: Context, c: Candidate, trig: Trigger, types: dict[int, str]) -> bool:
    """A verb of access with a phrase of beneficiary ("to", "à") that names civilians or a people, or a
    figure of them ("to thousands of refugees")."""
    if trig.row.pos != "VERB" or trig.row.mode != "access":
        return False
    tree = ctx.tree
    return any(
        ctx.lex.case_is(tree.case(k), "beneficiary") and any(_people(ctx, j) for j in [k, *tree.children(k, "nmod")])
        for k in tree.children(trig.head, "obl")
    )


def _people(ctx: Context, k: int) -> bool:
    """Token k names a people in the plural ("West Africans", "Ghanaians"; not a place, "the
    Philippines"), by a nationality, or civilians ("refugees")."""
    tok = ctx.toks[k]
    if tok.pos == "PROPN" and "Number=Plur" in tok.morph and k not in ctx.place_at:
        return True
    if any(m.kind == "demonym" and m.span.start <= tok.start < m.span.end for m in ctx.doc.mentions):
        return True
    m = ctx.actor_at.get(k)
    return m is not None and m.actor is not None and m.actor.kind == "civilians"


def _kind(ctx: Context, word: str) -> str | None:
    return ctx.lex.modifiers.get(norm(word))
