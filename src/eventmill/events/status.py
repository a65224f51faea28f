"""An event's status from the words and morphology around its trigger: negated ("n'a pas attaqué"),
denied, hypothetical ("pourrait", "if", a question, a generic clause) or announced ("will withdraw");
and the facts about a trigger the typer's rules ask for (what verb ends it, whether it sits inside a
name, whether a protest was prevented, whether a figure is a running total)."""

from __future__ import annotations

from functools import cache

from eventmill import ontology
from eventmill.events.arguments import carrier
from eventmill.events.backdrop import ongoing
from eventmill.events.context import Context
from eventmill.events.habits import habit, habit_verb, judged_kind, many_undated, present_passive, staged, tensed
from eventmill.events.hearsay import hearsay
from eventmill.events.intervention import crowd_control
from eventmill.events.irrealis import due, prospective, unrealised_scope
from eventmill.events.matching import Trigger
from eventmill.events.opinion import held_view
from eventmill.events.subjects import finite_aux
from eventmill.events.superlative import ranked_among
from eventmill.events.tolls import bare_plural, since_on, whole
from eventmill.text import norm


def modifier(ctx: Context, k: int) -> str | None:
    """The status word token k is (negation, hypothetical, future...), if any (read once per document)."""
    known = ctx.modifier_at
    if k not in known:
        known[k] = _modifier(ctx, k)
    return known[k]


def _modifier(ctx: Context, k: int) -> str | None:
    tok = ctx.toks[k]
    for key in (norm(tok.lemma), norm(tok.text)):
        kind = ctx.lex.modifiers.get(key)
        if kind is None:
            continue
        pos = ctx.lex.modifier_pos.get(key)
        if pos and tok.pos not in (("VERB", "AUX") if pos == "VERB" else (pos,)):
            return None  # "abuser de son pouvoir": the noun, not the modal verb
        if (
            kind == "hypothetical"
            and tok.pos in ("VERB", "AUX")
            and "VerbForm=Part" in tok.morph
            and ("Tense=Past" in tok.morph)
            # ("auraient pu attaquer": in the conditional, what they could have done, which they did not)
            and not any("Mood=Cnd" in ctx.toks[a].morph for a in ctx.tree.children(k, "aux", "aux:tense"))
        ):
            return None  # "ont pu être appréhendés": they managed to, so it happened ("awaiting" did not)
        return due(tok.morph) if kind == "due" else kind  # "doit être organisée" announces; "a dû fuir" tells
    return None


def status_flags(ctx: Context, trig: Trigger) -> dict[str, bool]:
    """Whether the trigger is negated, hypothetical or announced, from the words and morphology near it."""
    toks, v = ctx.toks, trig.head
    governors = ctx.tree.ancestors(v)[:2]
    if toks[v].dep == "nsubj:pass" and not present_passive(ctx, toks[v].head):
        # "the attack was planned for weeks": what its verb says of it was done before it; it is no plan
        # (but "une grève est prévue pour lundi" is one)
        governors = governors[1:]
    if toks[v].dep == "conj" and toks[v].pos == "VERB" and ("VerbForm=Fin" in toks[v].morph or finite_aux(ctx, v)):
        # a finite verb joined to another is a clause of its own: "denied targeting civilians and accused the
        # army of ..." (the accusation is made, not denied)
        governors = [g for g in governors if g != toks[v].head]
    if trig.row.pos == "NOUN" and toks[v].dep == "obj" and _known(ctx, v) and modifier(ctx, toks[v].head) == "future":
        # "convicted of helping to plan the 2015 bombing": a plan of an incident the text dates or names with a
        # definite article is a plan of what happened, not an announcement
        governors = governors[1:]
    if toks[v].dep in ("acl:relcl", "relcl") and _past_finite(ctx, v):
        # "helped plan the attack that killed 86 people": a relative clause in a past tense tells what happened
        governors = []
    near = [v] + ctx.tree.children(v) + governors
    verb = [v]
    if trig.row.pos == "NOUN" and toks[v].head != v and (toks[v].dep in ("obj", "obl:arg") or staged(ctx, v)):
        # an event noun takes its status from the verb that carries it ("will extend the curfew", "sera organisée")
        verb.append(toks[v].head)
        near += ctx.tree.children(toks[v].head, "aux", "advmod")
    kinds = {
        modifier(ctx, k)
        for k in near
        if k == v or toks[k].dep in ("advmod", "aux", "aux:tense", "mark", "det") or k in governors
    }
    # "may decide to expel", "could try to attack", "would allow police to detain": a modal on a verb
    # the trigger's infinitive completes makes it hypothetical too
    up, chain = v, list[int]()
    while toks[up].dep == "xcomp" and toks[up].head != up and len(chain) < 2:
        up = toks[up].head
        chain.append(up)
    if any(modifier(ctx, a) == "hypothetical" for g in chain for a in ctx.tree.children(g, "aux")):
        kinds.add("hypothetical")
    # "attacks on police cadets could amount to war crimes": a bare plural event noun under a modal
    # names a kind of event
    if (
        trig.row.pos == "NOUN"
        and toks[v].dep == "nsubj"
        and "Number=Plur" in toks[v].morph
        and not ctx.tree.children(v, "det", "nmod:poss", "nummod")
        and any(modifier(ctx, a) == "hypothetical" for a in ctx.tree.children(toks[v].head, "aux"))
    ):
        kinds.add("hypothetical")
    # "tentent d'obtenir une trêve", "trying to secure a ceasefire": an event noun that a verb of obtaining
    # in the infinitive takes is sought, not had ("ont obtenu une trêve" has it)
    gov = toks[v].head
    if (
        trig.row.pos == "NOUN"
        and toks[v].dep == "obj"
        and modifier(ctx, gov) == "goal"
        and "VerbForm=Inf" in toks[gov].morph
    ):
        kinds.add("hypothetical")
    # "No group claimed responsibility": a subject with a negative determiner negates its clause
    if any(modifier(ctx, d) == "negation" for s in ctx.tree.children(v, "nsubj") for d in ctx.tree.children(s, "det")):
        kinds.add("negation")
    morph = " ".join(toks[k].morph for w in verb for k in [w] + ctx.tree.children(w, "aux"))
    sentence = ctx.doc.sentences[toks[v].sent].text.rstrip(" \n\"'\u201d\u2019\u00bb)")
    # "the army prepared to resume shelling": getting ready to act announces the act too
    future = bool({"future", "preparation"} & kinds) or "Tense=Fut" in morph
    # a clause as subject names a kind of action, not one that happened ("Capturing drones with nets
    # is one of several options", "Forcing manufacturers to ... is another")
    generic = any(toks[k].dep.startswith("csubj") for k in [v] + ctx.tree.ancestors(v)[:4])
    # "kidnappings and violence are commonplace": an event noun said to be common names a kind of event
    subj = toks[v].head if toks[v].dep == "conj" else v
    # an infinitive on a noun says what could or should be done ("no other way to defend their
    # communities", "plans to attack"), except on an attempt, which was made ("an attempt to kill")
    if toks[v].dep.startswith("acl") and "VerbForm=Inf" in toks[v].morph and toks[v].head != v:
        generic = generic or modifier(ctx, toks[v].head) != "attempt"
    # and an event noun an infinitive has for its goal is what is to be done ("des actions à mener pour leur
    # libération", "une stratégie à suivre pour le retrait des forces")
    generic = generic or (
        trig.row.pos == "NOUN"
        and toks[v].dep.startswith("obl")
        and "VerbForm=Inf" in toks[toks[v].head].morph
        and any(modifier(ctx, c) == "purpose" for c in ctx.tree.children(v, "case"))
    )
    # "which has carried out similar bombings", "such attacks", "des attentats semblables avaient
    # frappé": other incidents, named for comparison (on the event noun, or on the verb's subject)
    # (or on the noun of a series it is the "of" phrase of, "a similar wave of killings", or that its relative clause tells more of)
    series = [toks[v].head] if toks[v].dep in ("nmod", "acl:relcl") and toks[toks[v].head].pos == "NOUN" else []
    generic = generic or any(
        modifier(ctx, k) == "comparison"
        for h in [v, *ctx.tree.children(v, "nsubj"), *series]
        for k in ctx.tree.children(h, "amod", "det")
    )
    # "ce type d'agressions a augmenté", "this kind of attack", "the latest in a string of shootings": a sort
    generic = generic or (
        trig.row.pos == "NOUN" and (_sort_of(ctx, v) or ranked_among(toks, ctx.tree, v, ctx.doc.lang or ""))
    )
    # a purpose clause says what was meant to happen, not what did ("went to the town hall to meet
    # the authorities", "pour rencontrer", "afin de reprendre"); a reason is no infinitive ("arrêté pour
    # avoir attaqué"), and crowd control is what breaking up a crowd was done with ("pour disperser")
    aim = "VerbForm=Inf" in toks[v].morph and (
        (toks[v].dep == "advcl" and any(modifier(ctx, m) == "purpose" for m in ctx.tree.children(v, "mark", "aux")))
        or (toks[v].head != v and modifier(ctx, toks[v].head) == "purpose")
    )
    purpose = (
        not future
        and aim
        and not crowd_control(ctx, v, trig.row.type)
        # "gathered to protest the decision": protesting is the gathering itself
        and trig.row.type not in ontology.in_class("aim")
        # "will visit Mauritania to mediate": announced with the act it is the aim of
        and not _announced(ctx, toks[v].head)
    )
    # ... and so is announced too, when it follows the trip ("will travel to Paris to meet Macron"
    # announces the meeting; "To assist our staff, we will be providing counselling" tells why)
    future = future or (aim and toks[v].dep == "advcl" and v > toks[v].head and _announced(ctx, toks[v].head))
    # "separatist groups frequently attack security forces": a habit, not one act (only in the simple
    # present: "regularly shelled the town" in the past tells of acts that happened)
    clause = v if trig.row.pos != "NOUN" else toks[v].head
    if trig.row.pos == "NOUN" and toks[v].dep.startswith("nmod") and _figure_at(ctx, clause, v):
        clause = toks[clause].head  # "has carried out hundreds of air strikes": the verb, past the figure
    generic = generic or habit(ctx, v, modifier)
    # and so is an event noun as the subject of such a verb ("Mass shootings often reignite the debate")
    generic = generic or (trig.row.pos == "NOUN" and toks[v].dep.startswith("nsubj") and habit(ctx, clause, modifier))
    # and so is an event noun carried by a verb of habit, or its circumstance ("les talibans mènent régulièrement
    # des attaques", "insurgents regularly carry out attacks", "Chaque semaine, des civils sont tués dans des attaques")
    generic = generic or (trig.row.pos == "NOUN" and habit(ctx, habit_verb(ctx, v, verb), modifier))
    # "the region has seen frequent clashes", "subit des attaques répétées": so is an event noun of habit
    # under a verb in the present (or the perfect) with no date ("ont mené des attaques répétées mardi")
    generic = generic or (
        trig.row.pos == "NOUN"
        and any(modifier(ctx, k) in ("habitual", "generic") for k in ctx.tree.children(v, "amod", "acl"))
        # (the verb may be a copula: "la zone est le théâtre d'incursions fréquentes")
        and any("Tense=Pres" in toks[k].morph for k in tensed(ctx, clause))
        and not any(k in ctx.date_at for k in ctx.tree.subtree(clause))
    )
    # "more than 900 kidnappings were reported this year": incidents counted over a whole year, a tally
    generic = generic or (
        trig.row.pos == "NOUN"
        and bool(ctx.tree.children(v, "nummod"))
        and any(whole(ctx, k, "year") for k in ctx.tree.children(clause))
    )
    # and so are a bare plural's incidents on a verb in the perfect dated by a whole year ("28 people have
    # been killed in ethnic riots this year"), or carried by it ("who have stepped up attacks this year")
    generic = generic or (
        trig.row.pos == "NOUN"
        and (toks[v].dep.startswith(("obl", "obj")) or clause != toks[v].head)
        and bare_plural(ctx, v)
        and any("Tense=Pres" in toks[a].morph for a in ctx.tree.children(clause, "aux"))
        and any(whole(ctx, k, "year") for k in ctx.tree.children(clause))
    )
    # and so is a bare plural on a verb in the perfect over a period ("Militants have stepped up attacks on
    # security forces since the Taliban ended a ceasefire"): a series, not one incident
    generic = generic or (
        trig.row.pos == "NOUN"
        and bare_plural(ctx, v)
        and any("Tense=Pres" in toks[a].morph for a in ctx.tree.children(clause, "aux"))
        and since_on(ctx, clause)
    )
    # and so is what a clause joined to a habit tells in no past tense and with no date ("bandits
    # frequently kidnap people in the northwest, while insurgents have carried out abductions")
    joined = toks[clause].head if toks[clause].dep in ("conj", "advcl", "parataxis") else clause
    generic = generic or (
        joined != clause
        and habit(ctx, joined, modifier)
        and not ("Tense=Past" in toks[clause].morph and "VerbForm=Fin" in toks[clause].morph)
        and not any(k in ctx.date_at for k in ctx.tree.subtree(clause))
    )
    # "gunmen have killed worshippers in recent years", "over the past two decades": acts over a span of
    # years, not one incident
    # (also through a noun of course: "au cours des dernières années", "over the course of decades")
    # (and on a noun the event noun hangs from: "the scene of violence for several years")
    on = ("obl", "nmod") if toks[clause].pos == "NOUN" else ("obl",)
    spans = [g for k in ctx.tree.children(clause, *on) for g in [k, *ctx.tree.children(k, "nmod")]]
    # (a figure makes it a date, "two years ago", unless an adjective keeps it a span: "the past three years")
    # (nor a span the act comes after: "eased restrictions after weeks of criticism" is one act)
    # (so does a figure of its own qualified, for attacks told by a verb or a bare plural: "bombings for more
    # than a decade", "has fought for more than 15 years"; "restrictions for at least two years" is one measure)
    plural = trig.row.type == "ASSAULT" and (trig.row.pos == "VERB" or bare_plural(ctx, v))
    generic = generic or any(
        modifier(ctx, k) == "span"
        and (
            not (figures := ctx.tree.children(k, "nummod"))
            or ctx.tree.children(k, "amod")
            or (plural and any(ctx.tree.children(n, "amod", "advmod") for n in figures))
        )
        and not any(modifier(ctx, c) == "sequence" for c in ctx.tree.children(k, "case"))
        for k in spans
    )
    # "ending decades of bloodshed": a bare event noun of a span is many incidents ("two weeks of the attack" is not)
    of_span = toks[v].dep == "nmod" and modifier(ctx, toks[v].head) == "span"
    generic = generic or (trig.row.pos == "NOUN" and of_span and not ctx.tree.children(v, "det", "nmod:poss"))
    # "the military has been fighting the Fano militia since August", "l'armée combat les jihadistes depuis
    # 2012": a war going on for months or years, the backdrop of the incidents reported, not one of them
    state = trig.row.pos == "NOUN" and (bool(ctx.tree.children(v, "cop")) or toks[clause].pos == "AUX")  # "on alert"
    generic = generic or ((trig.row.type == "ASSAULT" or state) and ongoing(ctx, clause))
    # "warned that anyone who attacked state property would face charges", "quiconque attaquera sera
    # poursuivi": what anyone at all does is a kind of act
    # (not a bare noun of the kind: "witnesses who saw the attack" are people who did; nor the subject of a
    # past act: "whoever attacked the convoy will be punished" presumes the attack)
    past = "Tense=Past" in morph or "Tense=Imp" in morph
    whoever = [toks[v].head] if toks[v].dep.startswith("acl") else [] if past else ctx.tree.children(v, "nsubj")
    generic = generic or any(anyone(ctx, k) and toks[k].pos != "NOUN" for k in whoever)
    # "les populations locales soupçonnent un groupe": the public's view, in the present, is no statement
    generic = generic or held_view(ctx, v, trig.row.type) or judged_kind(ctx, v) or many_undated(ctx, v, modifier)
    pred = toks[subj].head  # the adjective, or the copula it hangs from (English: "are -xcomp-> commonplace")
    generic = generic or (
        toks[subj].dep.startswith("nsubj")
        and any(modifier(ctx, k) == "generic" for k in [pred] + ctx.tree.children(pred, "xcomp"))
    )
    # "a surge in militant violence", "a rise in attacks": a trend of incidents, no one of them
    trend = toks[v].head
    generic = generic or (
        trig.row.pos == "NOUN"
        and toks[v].dep == "nmod"
        and toks[trend].pos == "NOUN"
        and modifier(ctx, trend) == "generic"
    )
    return {
        "negated": bool({"negation", "denial"} & kinds) or "Polarity=Neg" in morph,
        # "denied reports that a deal had been offered": not asserted, but nobody refused anything
        "denied": "denial" in kinds,
        # a kind of event or other incidents named for comparison, not one that happened: hypothetical too
        "generic": generic,
        # a question asks whether something happened ("Why do I have to sign?"); a main clause under
        # a condition ("If they ratify it, we would accept") says what would happen, unless it is an
        # announced action, which with its condition is a threat or a promise ("will withdraw unless")
        "hypothetical": (
            bool({"hypothetical", "ultimatum"} & kinds)
            # (not the conditional of hearsay: "aurait enlevé deux missionnaires dimanche, selon la police")
            or ("Mood=Cnd" in morph and not (hearsay(ctx, verb) and not under_condition(ctx, v)))
            or sentence.endswith("?")
            or generic
            or (under_condition(ctx, v) and not future and not _threat(trig.row.type))
            or purpose
            or unrealised_scope(ctx, v, modifier)  # "must agree to changes before they demobilize"
            or (trig.row.pos == "NOUN" and prospective(ctx, v, modifier))
        ),
        "future": future,
        # made ready by a verb of preparing, not only announced: a posture of its own ("prepared to attack")
        "readied": "preparation" in kinds,
    }


def _known(ctx: Context, v: int) -> bool:
    """Event noun v names a known incident: a definite article, or a date of its own ("the 2015 bombing")."""
    return any(modifier(ctx, d) == "definite" for d in ctx.tree.children(v, "det")) or any(
        c in ctx.date_at for c in ctx.tree.children(v)
    )


def _sort_of(ctx: Context, v: int) -> bool:
    """Event noun v hangs on a noun of kind `sort` in modifiers.tsv ("ce type d'agressions", "this kind
    of attack"), or has one with a demonstrative for its complement ("les attentats de ce type"; not "une
    attaque de type kamikaze", which says what the one attack was)."""
    toks, up = ctx.toks, ctx.toks[v].head
    if toks[v].dep.startswith(("nmod", "pobj")) and toks[up].pos == "ADP":
        up = toks[up].head  # English: "kind -prep-> of -pobj-> attack"
    if up != v and toks[v].dep.startswith(("nmod", "pobj")) and modifier(ctx, up) == "sort":
        return True
    return any(
        modifier(ctx, k) == "sort" and any(modifier(ctx, d) == "demonstrative" for d in ctx.tree.children(k, "det"))
        for k in ctx.tree.children(v, "nmod")
    )


@cache
def _threat(etype: str) -> bool:
    """The type an announced action held over the other side becomes (THREATEN): a threat is made
    whatever its condition ("threatened military intervention if diplomatic efforts fail")."""
    return any((r := ontology.retype(t, "ultimatum")) is not None and r[0] == etype for t in ontology.types())


def _announced(ctx: Context, v: int) -> bool:
    """Verb v is announced for the future ("will visit"): its auxiliaries or its own form say so."""
    return any(modifier(ctx, k) == "future" for k in ctx.tree.children(v, "aux", "aux:tense")) or any(
        "Tense=Fut" in ctx.toks[k].morph for k in [v, *ctx.tree.children(v, "aux", "aux:tense")]
    )


def under_condition(ctx: Context, v: int, kinds: tuple[str, ...] = ("hypothetical", "ultimatum")) -> bool:
    """The trigger's clause, or a clause above it, carries a condition ("if", "si", "unless")."""
    for k in [v] + ctx.tree.ancestors(v)[:3]:
        for c in ctx.tree.children(k, "advcl"):
            if any(ctx.lex.modifiers.get(norm(ctx.toks[m].lemma)) in kinds for m in ctx.tree.children(c, "mark")):
                return True
    return False


def modes_in_sentence(ctx: Context, trig: Trigger) -> list[str]:
    """Modes set by words in the trigger's sentence ("obus" -> heavy-weapons), for its type."""
    return ctx.modes_for(trig.head, trig.row.type)


def prevented_protest(ctx: Context, trig: Trigger, flags: dict[str, bool]) -> bool:
    """A protest that a named subject prevented ("Turkish police prevented the demonstration")."""
    v = trig.head
    gov = ctx.toks[v].head
    return (
        trig.row.type == "PROTEST"
        and flags["negated"]
        and not flags["hypothetical"]
        and gov != v
        and ctx.toks[v].dep == "obj"
        and ctx.toks[gov].pos == "VERB"
        and modifier(ctx, gov) == "negation"
        and bool(ctx.tree.children(gov, "nsubj"))
    )


def ending_verb(ctx: Context, trig: Trigger) -> int | None:
    """The verb that ends the event this noun names ("lifted the curfew"), if any."""
    toks = ctx.toks
    if trig.row.pos != "NOUN":
        return None
    noun = carrier(ctx, trig.head)
    gov = toks[noun].head
    if gov == noun or toks[noun].dep not in ("obj", "obl:arg", "nsubj:pass"):
        return None
    # a phrasal verb reads with its particle ("called off the strike", not "called the strike")
    particles = [toks[c].text for c in ctx.tree.children(gov, "compound:prt")]
    verb = " ".join([toks[gov].lemma, *particles])
    return gov if ctx.lex.support.get(norm(verb)) == "end" else None


def anyone(ctx: Context, a: int) -> bool:
    """Token a is anyone at all: a word of kind `anyone` in modifiers.tsv ("anyone", "quiconque"), or a
    singular noun it determines ("toute personne", "tout le monde"; "tous les habitants" are people)."""
    if modifier(ctx, a) == "anyone":
        # a noun of the kind only when bare: "appealed for witnesses", not "asked the witness"
        return ctx.toks[a].pos != "NOUN" or not ctx.tree.children(a, "det")
    return "Number=Plur" not in ctx.toks[a].morph and any(
        modifier(ctx, d) == "anyone" for d in ctx.tree.children(a, "det", "amod")
    )


def _past_finite(ctx: Context, v: int) -> bool:
    """Verb v, or one of its auxiliaries, is a finite past tense ("killed", "was wounded")."""
    return any(
        "Tense=Past" in ctx.toks[k].morph and "VerbForm=Fin" in ctx.toks[k].morph
        for k in [v, *ctx.tree.children(v, "aux", "aux:pass")]
    )


def _figure_at(ctx: Context, k: int, v: int) -> bool:
    """Token k is the figure counting noun v ("hundreds of air strikes", "dozens of attacks")."""
    return k in ctx.number_on or any(m.span.start <= ctx.toks[k].start < m.span.end for m in ctx.number_on.get(v, []))
