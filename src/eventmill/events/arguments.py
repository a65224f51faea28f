"""Reading an event's arguments from the dependency parse: who acted, on whom, and how many.

For a verb trigger: the active subject is the actor (or the victim, for "mourir", "trouver la
mort"), the object or a "contre" phrase the recipient, a passive agent ("menée par X") the actor.
For a noun trigger: "par"/"de" phrases and participles hanging off it ("attaque menée par X contre
Y"), and a support verb that governs it ("X a lancé une offensive", "Y a repoussé une attaque").
`Context` holds the per-document lookups (the actor or place mention each token is part of, the
numbers on each counted noun); the functions here turn token heads into mentions and counts. Used
by `eventmill.stages.events`.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from eventmill import ontology
from eventmill.events.context import Context
from eventmill.events.matching import Trigger, counted_object
from eventmill.events.objects import bare_object, small_clause, subjected
from eventmill.events.placefit import sequence_words
from eventmill.events.subjects import blamed, elliptic_passive, naming, subjects_of
from eventmill.events.tolls import cumulative_words
from eventmill.models import Mention
from eventmill.text import norm


def args(ctx: Context, trig: Trigger) -> tuple[list[int], list[int], list[int], set[int]]:
    """Token heads of the actor, recipient and location-ish phrases of one trigger, and the weak ones
    ("de" phrases, actors only when the lexicon or NER knows them)."""
    toks, tree, row, v, lex = ctx.toks, ctx.tree, trig.row, trig.head, ctx.lex
    actors: list[int] = []
    recips: list[int] = []
    others: list[int] = []
    weak: set[int] = set()  # "de" phrases: an actor only if the lexicon or NER knows them
    # a noun row's `subject` column says what its "of" phrase is: the doer ("the protest of the
    # farmers"), or whom it is done to ("the kidnapping of three soldiers", "l'arrestation de
    # trois étudiants"); a noun's own object and "against" phrases are its recipients either way
    of_role = "recipient" if row.subject == "recipient" or row.count in ("dead", "injured") else "actor"
    subj_role = "actor" if row.pos == "NOUN" else row.subject
    # a casualty word said of its people ("leaving four people dead", "were found dead"): they are its victims
    stated = row.count in ("dead", "injured") and ctx.toks[v].pos == "ADJ"
    if stated:
        subj_role = "recipient"
    partners = ontology.in_class("partner")
    obj_role = "recipient" if subj_role == "actor" else "actor"
    # giving: what the row asks as its object is the gift, and a "to" phrase or an indirect object
    # the one who gets it ("sent medical supplies to the flood victims", "opened its borders to refugees")
    giving = row.type in ontology.in_class("beneficiary") or "access" in row.mode.split()
    gifts = {c for c in tree.children(v, "obj") if giving and row.objects and norm(toks[c].lemma) in row.objects}
    # a harmful act's target ("fired tear gas at protesters", "ont tiré sur les manifestants"); with
    # one, what the row asks as its object is the means ("dropped barrel bombs on Aleppo")
    targets = _targets(ctx, trig)
    aimed, harm = row.type in ontology.in_class("aimed"), row.type in ontology.in_class("harm")
    taking = row.type in ontology.in_class("taking")  # whom it is taken from ("confiscated weapons from X")
    parties = [c for c in tree.children(v, "obl") if c in ctx.actor_at or c in ctx.place_at]
    sources = [c for c in parties if taking and lex.case_is(tree.case(c), "source")]
    means = {
        c
        for c in tree.children(v, "obj")
        if targets is not None
        and row.objects
        and "arrest" not in row.mode.split()  # whom an arrest takes is no means ("captured the gunman")
        and (norm(toks[c].lemma) in row.objects or counted_object(toks, c, c, len(toks) - 1, row.objects))
    }

    def hung_on(k: int, role: str) -> list[int]:
        """The phrases of that case role hanging on noun k."""
        return [g for g in tree.children(k, "nmod") if lex.case_is(tree.case(g), role)]

    def put(role: str, k: int) -> None:
        # not part of the trigger itself ("trouver la mort"), nor a day ("fighting between Friday and Sunday")
        if not trig.first <= k <= trig.last and k not in ctx.date_at:
            (actors if role == "actor" else recips).append(k)

    # "des civils tués", "the six members killed": a participle on a noun is passive (the English tagger
    # often reads it as a past tense; with no subject of its own it is the participle)
    # ... but one with a tense auxiliary or an object of its own is a clause the parser hung on its subject
    # ("lorsqu'un groupe de criminels a bombardé un pont", "Gunmen on motorcycles killed 30 people"): that noun did it
    # ... and so is a crowd's act hung on the sentence's root noun ("Thousands of workers protested, demanding")
    own = bool(tree.children(v, "aux:tense")) or (
        toks[v].head < v and any(toks[o].pos != "PRON" for o in tree.children(v, "obj"))
    )
    own = own or (row.pos == "VERB" and toks[toks[v].head].dep == "ROOT" and bool(ontology.participants(row.type)))
    finite_on_noun = toks[v].dep == "acl" and own and not tree.children(v, "nsubj")
    # (a present participle on a party is that party's act: "hundreds of people protesting", "students demonstrating")
    acting = toks[v].dep == "acl" and "Tense=Pres" in toks[v].morph and toks[v].head in ctx.actor_at
    passive = bool(tree.children(v, "aux:pass", "nsubj:pass")) or (
        toks[v].dep == "acl"
        and not finite_on_noun
        and not acting
        and ("VerbForm=Part" in toks[v].morph or ("Tense=Past" in toks[v].morph and not tree.children(v, "nsubj")))
    )
    # (what an event noun was aimed at did nothing, the event did: "a strike on a school killed seven")
    subjects = (
        _noun_acting(ctx, v, harm) if finite_on_noun else subjects_of(ctx, v, harm=row.count in ("dead", "injured"))
    )
    # "Egypt is opposed to the plan": a stative participle says where its subject stands, nobody acts on it
    # (what it opposes is read like a statement's other party, deeper in the clause)
    stative = passive and ctx.lex.modifiers.get(norm(toks[v].text)) == "stative" and not tree.children(v, "obl:agent")
    if stative:
        passive, subjects = False, subjects + tree.children(v, "nsubj:pass")
    if acting and not subjects and toks[v].head not in ctx.trigger_heads:
        subjects = [toks[v].head]  # "hundreds of people protesting": they do it
    if stated and toks[v].dep == "xcomp" and not subjects:
        subjects = tree.children(toks[v].head, "obj")  # "leaving 20 people dead": whom the verb leaves so
    if not passive and elliptic_passive(ctx, v, row.count in ("dead", "injured")):
        passive = True  # "two people were killed and 15 wounded": the count was wounded
    if toks[v].dep == "xcomp" and "VerbForm=Part" in toks[v].morph and tree.children(toks[v].head, "aux:pass"):
        # "another woman was seen shot", "he was found stabbed": a participle completing a passive
        # verb is passive too, and that verb's subject is its victim
        passive = True
    for c in tree.children(v):
        dep, case = toks[c].dep, tree.case(c)
        if dep == "obl:agent" or (
            lex.case_is(case, "agent")
            and dep.startswith(("obl", "nmod"))
            and not lex.case_is(norm(toks[c].lemma), "locution")
        ):
            put("actor", c)
        elif lex.case_is(case, "between") and dep.startswith(("obl", "nmod")):
            put("actor", c)  # "des affrontements entre manifestants et policiers": every side acts
        elif dep.startswith(("obl", "nmod")) and any(trig.first <= k <= trig.last for k in tree.children(c, "case")):
            put(obj_role, c)  # the preposition is the trigger's own ("called on the government to resign")
        elif c in gifts:
            others.append(c)
            # "a envoyé des médicaments à Gaza": the parser often hangs the beneficiary on the gift
            for g in hung_on(c, "beneficiary"):
                put(obj_role, g)
        elif c in means:
            others.append(c)
            # "a largué des barils d'explosifs sur Alep": the parser often hangs the target on the means
            for g in hung_on(c, "target"):
                if g in ctx.actor_at:
                    put(obj_role, g)
        elif targets is not None and c in targets:
            if c in ctx.actor_at or any(g in ctx.actor_at for g in hung_on(c, "of")):  # "at thousands of protesters"
                put(obj_role, c)  # whom it hits; a place or a thing ("at places", "on a bus") is no party
            else:
                others.append(c)
        elif giving and (dep == "iobj" or (lex.case_is(case, "beneficiary") and dep.startswith("obl"))):
            put(obj_role, c)
        elif c in sources:
            put(obj_role, c)
        elif sources and dep == "obj" and c not in ctx.actor_at:
            others.append(c)  # what is taken ("weapons"), no party
        elif lex.case_is(case, "against") or dep == "obj" or bare_object(ctx, v, c):
            put(obj_role, c)
        elif (
            targets is not None
            and lex.case_is(case, "opponent")
            and dep.startswith("obl")
            and c in ctx.actor_at
            and not passive
            and not tree.children(v, "obj")
        ):
            # "protesters clashed with police": the other side; not "were killed with two others"
            # (who died with them) nor "attacked him with ..." (what they used)
            put(obj_role, c)
        elif row.pos == "NOUN" and dep.startswith("nmod") and lex.case_is(case, "doer") and c in ctx.actor_at:
            put("actor", c)  # "an attack by gunmen": who did it, when a party
        elif (
            row.pos == "NOUN"
            and targets is not None
            and dep.startswith("nmod")
            and lex.case_is(case, "opponent")
            and c in ctx.actor_at
        ):
            put("actor", c)  # "clashes with rebels": a side of the fight, as in "clashes between"
        elif lex.case_is(case, "partner") and dep.startswith(("obl", "nmod")) and row.type in partners:
            put(obj_role, c)  # "met with rebel commanders", "s'est entretenu avec son homologue"
        elif dep == "nmod:poss" and row.pos == "NOUN" and (of_role == "recipient" or (harm and _of_phrases(ctx, v))):
            # "Ortiz's killing", "his arrest": who owns an act done to someone is whom it was done to;
            # with an "of" phrase the owner is the doer ("the army's killing of three protesters",
            # "Israel's bombardment of Gaza")
            put("actor" if _of_phrases(ctx, v) else "recipient", c)
        elif aimed and lex.case_is(case, "target") and c in ctx.actor_at and c not in ctx.date_at:
            put(obj_role, c)  # "imposed sanctions on 12 officials": whom it is aimed at, when a party
        elif dep.startswith(("obl", "nmod")):
            if lex.case_is(case, "of") and row.pos == "NOUN":
                # "the slaying of seven demonstrators", "la mort de six civils": a killing's victims, and
                # so is what an act someone owns is done to ("Israel's bombardment of Gaza")
                put("recipient" if harm and tree.children(v, "nmod:poss") else of_role, c)
                weak.add(c)
            others.append(c)
    if passive and not actors:
        # "a été accusé de corruption par l'opposition": the parser hangs the agent on the oblique
        # before it; a known party there did it
        for c in tree.children(v, "obl", "obl:arg", "obl:mod"):
            for g in tree.children(c, "nmod"):
                if lex.case_is(tree.case(g), "agent") and g in ctx.actor_at:
                    put("actor", g)
    if passive or (row.subject == "recipient" and row.pos == "VERB"):
        # "were wounded in an attack by gunmen", "died in clashes with police", "tués dans des
        # affrontements avec l'armée": the attack the victims suffered names who hit them
        for c in tree.children(v, "obl", "obl:mod"):
            if c in ctx.assault_heads and toks[c].pos == "NOUN":
                for g in tree.children(c, "nmod"):
                    if g in ctx.actor_at and any(lex.case_is(tree.case(g), r) for r in ("doer", "agent", "opponent")):
                        put("actor", g)
                for g in blamed(ctx, c):  # "killed in an attack blamed on ADF rebels"
                    put("actor", g)
    if row.pos == "NOUN" and not actors:
        for g in blamed(ctx, v):  # "an attack blamed on jihadists", "une attaque revendiquée par l'EI"
            put("actor", g)
    if row.subject == "recipient" and trig.last > trig.first:
        # "came under fire from gunmen": an idiom its subject suffers names whoever did it in an
        # `assailant` phrase, on any of its words
        for w in range(trig.first, trig.last + 1):
            for c in tree.children(w, "obl", "nmod"):
                if lex.case_is(tree.case(c), "assailant") and c in ctx.actor_at:
                    put("actor", c)
    for c in targets or ():
        if toks[c].head != v and c in ctx.actor_at:
            put(obj_role, c)  # on another word of the trigger: "opened fire on a bus"
    if row.type in partners:
        # "held talks with the rebels": the partner of a phrase trigger hangs on its other words
        for w in range(trig.first, trig.last + 1):
            if w == v:
                continue  # the head's own phrases were read above
            recips += [c for c in tree.children(w, "obl", "nmod") if lex.case_is(tree.case(c), "partner")]
    for s in subjects:
        put("recipient" if passive else subj_role, s)
    for s in small_clause(ctx, v, trig):
        put(obj_role, s)
    rel_objects = [o for o in tree.children(v, "obj") if toks[o].pos != "PRON" or "Person=" in toks[o].morph]
    if toks[v].dep == "acl:relcl" and not passive and toks[v].head not in subjects and not rel_objects:
        # "two diplomats it accused", "deux hommes qu'elle accuse": a clause with its own subject acts on its noun
        put(obj_role, toks[v].head)
    if toks[v].dep == "acl" and passive:
        # "des civils tués par ...": the noun the participle hangs off is the victim
        put("recipient", toks[v].head)
    if row.pos == "NOUN":
        # participles on the noun: "une attaque menée par X contre Y"
        for c in tree.children(v, "acl"):
            for g in tree.children(c):
                dep, case = toks[g].dep, tree.case(g)
                if dep == "obl:agent" or lex.case_is(case, "agent"):
                    put("actor", g)
                elif lex.case_is(case, "against"):
                    put("recipient", g)
                elif dep.startswith(("obl", "nmod")):
                    others.append(g)
        if toks[v].dep == "nsubj" and (ontology.retype(row.type, "fighting") or ontology.retype(row.type, "riot")):
            # "des heurts ont éclaté entre la police et des manifestants": the sides of a riot hang on its
            # verb, and say whether it was fighting (events/rules.py)
            # ... or are what its verb sets against each other ("des affrontements ont opposé les jeunes
            # aux forces de l'ordre"; role `sides` in support.tsv)
            sides = ("obj", "obl:arg") if ctx.lex.support.get(norm(toks[toks[v].head].lemma)) == "sides" else ()
            for c in tree.children(toks[v].head, "obl", "obl:mod", *sides):
                # (the other side is a party, not "à une vingtaine de kilomètres", maybe hung on the first)
                if toks[c].dep == "obj" and sides:
                    put("actor", c)
                    for g in tree.children(c, "nmod"):
                        if g in ctx.actor_at and lex.case_is(tree.case(g), "beneficiary"):
                            put("actor", g)
                elif (toks[c].dep in sides and c in ctx.actor_at) or lex.case_is(tree.case(c), "between"):
                    put("actor", c)
        # a support verb governing the noun: "X a lancé une offensive", "Y a repoussé une attaque",
        # also through a light noun: "ils se sont livrés à des actes de vandalisme"; not one it comes
        # after ("suspended talks after the attack")
        noun = carrier(ctx, v)
        gov = toks[noun].head
        if toks[noun].dep == "nmod" and ctx.lex.support.get(norm(toks[toks[gov].head].lemma)) == "subjecting":
            # "La police a placé le suspect en garde à vue": the parser hung the measure on whom it takes
            if toks[gov].dep == "obj":
                subjected(ctx, toks[gov].head, put)
        after = any(norm(toks[c].text) in sequence_words(ctx.doc.lang or "") for c in tree.children(noun, "case"))
        if gov != noun and not after and toks[noun].dep in ("obj", "obl:arg", "obl:mod", "obl", "nsubj:pass"):
            role = ctx.lex.support.get(norm(toks[gov].lemma))
            if naming(ctx, gov):
                role = "witness"  # "called the attack an act of evil": who names it judges it
            if role == "subjecting":
                subjected(ctx, gov, put)
            if role in ("actor", "recipient", "end"):
                if not toks[noun].dep.startswith("nsubj"):
                    for s in subjects_of(ctx, gov):
                        put("actor" if role == "end" else role, s)
                for a in tree.children(gov):
                    if toks[a].dep == "obl:agent" or (
                        lex.case_is(tree.case(a), "agent")
                        and toks[a].dep.startswith("obl")
                        and not lex.case_is(norm(toks[a].lemma), "locution")
                    ):
                        put("actor", a)
                    elif role == "actor" and toks[a].dep.startswith("obl") and lex.case_is(tree.case(a), "addressee"):
                        put("recipient", a)  # "warnings were given to the police", "a lancé un appel contre"
    return actors, recips, others, weak


def _of_phrases(ctx: Context, v: int) -> list[int]:
    """The "of"/"de" phrases on noun v."""
    tree = ctx.tree
    return [c for c in tree.children(v, "nmod") if ctx.lex.case_is(tree.case(c), "of")]


def _targets(ctx: Context, trig: Trigger) -> list[int] | None:
    """The target phrases of a harmful act (a "target" preposition, not a date: "on Monday") on its head,
    a coercion noun's too ("a ban on the party"), or on another word ("opened fire on a bus"); or None."""
    if trig.row.type not in ontology.in_class("harm"):
        return None
    tree, found, own = ctx.tree, [], trig.row.pos == "VERB" or trig.row.type == "ASSAULT"
    for w in range(trig.first, trig.last + 1):
        for c in tree.children(w, *(("obl",) if w == trig.head and own else ("obl", "nmod"))):
            if ctx.lex.case_is(tree.case(c), "target") and c not in ctx.date_at:
                found.append(c)
    return found


def carrier(ctx: Context, v: int) -> int:
    """The noun a verb governs when it governs event noun v: v itself, or the noun v modifies
    ("mediation efforts") or the light noun it hangs from ("des actes de vandalisme"), or both ("part of
    a military aid program")."""
    toks = ctx.toks
    for _ in range(2):  # both in turn
        light = toks[v].dep.startswith("nmod") and ctx.lex.support.get(norm(toks[toks[v].head].lemma)) == "through"
        if toks[v].dep != "compound" and not light:
            break
        v = toks[v].head
    return v


def mentions(ctx: Context, heads: list[int], weak: AbstractSet[int] = frozenset()) -> tuple[Mention, ...]:
    """The actor mentions in the phrases headed by heads; a plain noun phrase where none is known, except
    for weak heads, places and event nouns ("The attack killed five people": the event, not a party)."""
    out: list[Mention] = []
    for k in heads:
        if k in ctx.in_dateline or _nobody(ctx, k):
            continue
        found = ctx.actor_in(k)
        if k in ctx.trigger_heads and ctx.toks[k].dep in ("nsubj", "ROOT"):
            # an event noun as the subject names its doers, not its target: "an attack on a village
            # killed 30 people", "a strike against the police" (the village and the police were hit), nor
            # whom a phrase of another preposition adds ("Israeli airstrikes killed 40 people, including
            # children, according to hospital officials")
            found = [m for m in found if not aimed_at(ctx, m.head, k) and _doer_path(ctx, m.head, k)]
        if (
            not found
            and k not in weak
            and k not in ctx.place_at
            and k not in ctx.trigger_heads
            # nor a war or a response: "The war began ...", "Une riposte aérienne a permis de neutraliser ..."
            and not (cumulative_words(ctx.doc.lang or "").get(lemma := norm(ctx.toks[k].lemma)) == "war")
            and ctx.lex.modifiers.get(lemma) != "sequence"
            and (m := ctx.phrase(k)) is not None
        ):
            found = [m]
        for m in found:
            if m not in out and not ctx.topic_label(m):
                out.append(m)
    return tuple(out)


AIMED = ("against", "target", "opponent", "partner", "beneficiary", "addressee")


def _noun_acting(ctx: Context, v: int, harm: bool) -> list[int]:
    """The noun a clause hung on it says acted, none when v harms and that noun is what an event was aimed
    at ("fired at a crowd, killing one"; but "fired tear gas at workers demanding higher wages")."""
    toks, ante = ctx.toks, ctx.toks[v].head
    verb = toks[ante].head
    if (
        {"VerbForm=Part", "Tense=Pres"} <= set(toks[v].morph.split("|"))
        and v > 0
        and toks[v - 1].text == ","
        and toks[ante].dep.startswith(("obj", "obl"))
        and toks[verb].pos == "VERB"
    ):
        # "La police a démantelé un réseau, interpellant quatorze personnes": a present participle set
        # off by a comma tells more of what the clause's subject did, not what its object did
        return ctx.tree.children(verb, "nsubj") or [ante]
    event = next((a for a in ctx.tree.ancestors(ante) if a in ctx.trigger_heads and toks[a].sent == toks[v].sent), -1)
    return [] if harm and event >= 0 and aimed_at(ctx, ante, event) else [ante]


def _doer_path(ctx: Context, i: int, top: int) -> bool:
    """Token i hangs from event noun `top` through no preposition, or through one of its doers ("by")."""
    seen = 0
    while 0 <= i != top and ctx.toks[i].head != i and seen < len(ctx.toks):
        # (any word the parser marks as the phrase's preposition: "including" is a verb to the English model)
        cases = [ctx.toks[c].text for c in ctx.tree.children(i, "case")]
        if any(not any(ctx.lex.case_is(w, role) for role in ("doer", "agent", "of")) for w in cases):
            return False
        i, seen = ctx.toks[i].head, seen + 1
    return True


def aimed_at(ctx: Context, i: int, top: int) -> bool:
    """Whether token i hangs from event noun `top` through a preposition of its target ("on", "contre")."""
    seen = 0
    while 0 <= i != top and ctx.toks[i].head != i and seen < len(ctx.toks):
        if (case := ctx.tree.case(i)) and any(ctx.lex.case_is(case, role) for role in AIMED):
            return True
        i, seen = ctx.toks[i].head, seen + 1
    return False


def _nobody(ctx: Context, k: int) -> bool:
    """A phrase with a negative determiner names nobody ("No group claimed it", "aucun groupe")."""
    return any(ctx.lex.modifiers.get(norm(ctx.toks[d].lemma)) == "negation" for d in ctx.tree.children(k, "det"))
