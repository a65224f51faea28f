"""Word senses the rule typer settles from the clause or the article rather than the word: a demand
read from a modal needs a party that must act, and "the strikes" in an article about attacks from
the air are air strikes, not stoppages. Used by `eventmill.events.rules`."""

from __future__ import annotations

from eventmill import ontology
from eventmill.events.context import Context
from eventmill.events.matching import Trigger, names_people
from eventmill.events.reactions import lament
from eventmill.events.status import modifier
from eventmill.models import Candidate, Mention
from eventmill.text import norm


def modal_without_party(ctx: Context, c: Candidate, trig: Trigger) -> bool:
    """A demand read from a modal ("Libya must hand over the suspects", "both parties must agree")
    asks something of whoever must act; with nobody there, only "there", "you" or "we", or a thing, it
    is an opinion or an instruction, not a demand anyone made ("there must be dialogue", "you must
    know your limits", "the chicken must be there"). A party as passive subject still makes one ("the
    hostages must be released")."""
    toks, v = ctx.toks, trig.head
    if trig.row.type not in ontology.in_class("addressee") or toks[v].pos != "AUX":
        return False
    if any(m.actor and m.actor.kind != "other" for m in c.recipients):
        return False
    subjects = ctx.tree.children(toks[v].head, "nsubj", "expl")
    return not any(_party(ctx, k) for k in subjects)


def struck_by_event(ctx: Context, trig: Trigger) -> bool:
    """An attack verb whose doer is an event of another kind, its agent in the passive ("India has been
    hit by protests", "a city rocked by strikes") or its subject ("a strike by dockers hit exports"): what
    struck is that event, reported in its own right."""
    v = trig.head
    if trig.row.type != "ASSAULT" or trig.row.pos != "VERB":
        return False
    doers = ctx.tree.children(v, "obl:agent") + [
        c for c in ctx.tree.children(v, "obl") if ctx.lex.case_is(ctx.tree.case(c), "agent")
    ]
    # an event as the subject of a verb that hits a thing ("a strike by dockers hit exports"); not a verb
    # whose subject suffers it ("a patrol came under fire"), that counts victims ("strikes killed 12
    # people"), or hits people ("hit commuters"), and not a subject that names people ("strikers")
    lang = ctx.doc.lang or ""
    row = trig.row
    people = [o for o in ctx.tree.children(v, "obj") if o in ctx.actor_at or names_people(ctx.toks[o], ctx.lex, lang)]
    if row.subject == "actor" and not row.count and not people:
        doers += [
            c
            for c in ctx.tree.children(v, "nsubj")
            if ctx.toks[c].dep == "nsubj" and not names_people(ctx.toks[c], ctx.lex, lang)
        ]
    return any(d in ctx.trigger_heads and d not in ctx.assault_heads and d not in ctx.actor_at for d in doers)


def _party(ctx: Context, k: int) -> bool:
    """The subject token k of a modal can be a party that must act: a pronoun of the third person, a
    name, a word of an actor mention ("the government") or a noun for people (`people` in
    modifiers.tsv, agents.tsv: "both parties", "the hostages"); a thing is none ("the chicken must be
    there", "these processes must be used"). A relative pronoun stands for the noun its clause
    hangs from ("requirements that must be met")."""
    tok = ctx.toks[k]
    morph = set(tok.morph.split("|"))
    if tok.dep == "expl" or norm(tok.text) == "there" or {"Person=1", "Person=2"} & morph:
        return False
    if "PronType=Rel" in morph:
        verb = ctx.toks[tok.head]
        if verb.dep.startswith("acl") and verb.head != verb.i:
            return _party(ctx, verb.head)
    return tok.pos in ("PRON", "PROPN") or k in ctx.actor_at or names_people(tok, ctx.lex, ctx.doc.lang or "")


def air_strike(ctx: Context, c: Candidate, etype: str, air_war: bool) -> tuple[str, tuple[str, ...], str] | None:
    """The type, modes and rule of "the strikes" in an article that reports attacks from the air
    ("Russian jets pounded Idlib. The strikes targeted rebel positions"): a strike noun nobody is
    said to hold, decided as a stoppage, is one of those attacks; a strike by workers stays one
    ("teachers went on strike"). So is a strike noun that is the subject of an attack ("Israeli strikes
    killed 12 people", "Russian strikes hit Kharkiv"), whoever holds it. None for any other candidate."""
    row = c.entry
    if row.pos != "NOUN" or row.mode != "strike" or etype not in ontology.in_class("aim"):
        return None
    tok = ctx.toks[c.head]
    # (an attack on a place or on people: "the dockers' strike hit exports" stays a stoppage)
    # (or kills people: "Israeli strike on Gaza school kills at least 30")
    hits = (
        tok.dep == "nsubj"
        and tok.head != c.head
        and tok.head in ctx.assault_heads
        and any(
            k in ctx.place_at or k in ctx.actor_at or k in ctx.number_on
            for k in ctx.tree.children(tok.head, "obj", "obl")
        )
    )
    # (the parser may hang the killing on the thing hit: "a strike on a school killed at least seven")
    hits = hits or any(
        ctx.toks[k].dep == "acl" and ctx.tree.children(k, "obj")
        for k in ctx.tree.subtree(c.head)
        if k in ctx.assault_heads
    )
    # held by a people or an armed force ("Israeli strikes", "army strikes"), not by workers ("a strike by
    # teachers hit schools")
    held = all(_people_or_force(ctx, m) for m in c.actors)
    # (in an air war, so is a strike noun held by a country or a force: "did not comment on the Dnipro strike")
    if not (held and (hits or air_war)):
        return None
    new = ontology.retype(etype, "air")
    return (new[0], new[1], "air-strike") if new else None


def _people_or_force(ctx: Context, m: Mention) -> bool:
    """Mention m names a nationality ("Israeli") or an armed force ("the army")."""
    if m.actor is not None and m.actor.kind in ontology.kinds_in("armed"):
        return True
    return any(d.kind == "demonym" and d.span == m.span for d in ctx.doc.mentions)


def met_alone(ctx: Context, c: Candidate, trig: Trigger) -> bool:
    """A body that meets alone ("Israel's Cabinet met Sunday and decided", "le conseil s'est réuni"):
    a meeting of its own members, with no other party named, consults nobody; two or more subjects
    ("the two leaders met", "rebels and the government met") are parties to each other."""
    toks, v = ctx.toks, trig.head
    # a party named in a verb joined to it is that verb's ("met Sunday and decided to approve a plan that
    # will not allow candidates from Hamas")
    joined = {k for j in ctx.tree.children(v, "conj") for k in ctx.tree.subtree(j)}
    own = [m for m in c.recipients if m.head not in joined]
    if trig.row.type not in ontology.in_class("partner") or trig.row.pos != "VERB" or trig.row.objects or own:
        return False
    if ctx.tree.children(v, "obj", "iobj") or any(k in ctx.actor_at for k in ctx.tree.children(v, "obl")):
        return False
    # what it agrees to is another's offer ("France agreed to the proposal", "Turkey agreed to host
    # talks"): a phrase or a clause that is neither when nor where
    if ctx.tree.children(v, "xcomp", "ccomp") or any(
        k not in ctx.date_at and k not in ctx.place_at for k in ctx.tree.children(v, "obl")
    ):
        return False
    subjects = ctx.tree.children(v, "nsubj")
    return (
        len(subjects) == 1
        and "Number=Sing" in toks[subjects[0]].morph
        and not ctx.tree.children(subjects[0], "conj", "nummod")
        and (m := ctx.actor_at.get(subjects[0])) is not None
        and m.actor is not None
        and m.actor.kind not in ("person", "other")
    )


# links by which a word is part of the subject matter of the word above it ("la réunion portait sur
# l'enlèvement de trois militaires ... et leurs libérations", "papers concerning the ban")
TOPIC_DEPS = ("obj", "obl", "nmod", "conj", "acl")


def topic_only(ctx: Context, trig: Trigger) -> bool:
    """The trigger is what something is about, within four links under a word of kind `topic` in
    modifiers.tsv ("la réunion portait sur l'enlèvement", "au sujet de l'attentat", "documents
    concerning the ban"): a subject of talk or of a paper, not a report that it happened. A finite or
    past form of a topic verb takes its subject matter as an oblique, not an object ("a porté
    plainte" is no topic); only its present participle does ("concernant l'autorisation"), or one
    that marks the phrase as a preposition does ("regarding the release")."""
    toks, k = ctx.toks, trig.head
    for _ in range(4):
        tok = toks[k]
        if any(modifier(ctx, c) == "topic" for c in ctx.tree.children(k, "case")):
            return True  # "documents regarding the release": the topic word marks the phrase
        if tok.head == k or not tok.dep.startswith(TOPIC_DEPS) or toks[tok.head].sent != tok.sent:
            return False
        up = toks[tok.head]
        morph = set(up.morph.split("|"))
        if modifier(ctx, tok.head) == "topic" and (
            not tok.dep.startswith("obj") or "VerbForm=Ger" in morph or {"VerbForm=Part", "Tense=Pres"} <= morph
        ):
            return True
        k = tok.head
    return False


def aftermath(ctx: Context, c: Candidate, trig: Trigger, incidents: set[int]) -> bool:
    """A destruction told in the passive with nobody doing it ("Des étalages ont également été
    détruits", "several cars were destroyed"), up to three sentences after an attack or a protest: the
    damage that incident did, not a coercion of its own."""
    toks, v = ctx.toks, trig.head
    if "destroy" not in c.modes or trig.row.pos != "VERB" or c.actor_heads:
        return False
    aux = ctx.tree.children(v, "aux")
    if not any(toks[a].dep == "aux:pass" for a in aux) or ctx.tree.children(v, "obl:agent"):
        return False
    if not any("Tense=Past" in toks[a].morph or toks[a].dep != "aux:pass" for a in aux):
        return False  # "the store is almost totally destroyed": a state now, which may be the report itself
    sent = toks[v].sent
    return any(k < v and sent - 3 <= toks[k].sent <= sent for k in incidents)


def names_weapon(ctx: Context, k: int) -> bool:
    """Token k is an ASSAULT mode word: a weapon or a kind of attack ("the bomb", "shelling")."""
    return any(typ == "ASSAULT" for typ, _ in ctx.lex.modes.get(norm(ctx.toks[k].lemma)))


def unit_attacked(ctx: Context, v: int) -> bool:
    """Noun v is what its verb was done to, and the verb is an attack or has an attack or an attacker as
    its subject or agent."""
    tok = ctx.toks[v]
    if tok.dep == "nsubj" and tok.head in ctx.sufferer_heads:
        return True  # "a police patrol came under fire": the subject of an idiom it suffers
    if tok.head == v:
        return False
    if tok.dep.startswith("nmod") and tok.head in ctx.assault_heads:
        # "les attaques contre les convois humanitaires": what the attack noun is against
        return ctx.lex.case_is(ctx.tree.case(v), "against")
    if not tok.dep.startswith(("obj", "obl", "nsubj:pass")):
        return False
    if tok.head in ctx.assault_heads:
        return True
    doers = ctx.tree.children(tok.head, "nsubj", "obl:agent", "obl")
    return any(d != v and (d in ctx.assault_heads or names_weapon(ctx, d)) for d in doers)


def reaction(ctx: Context, c: Candidate, trig: Trigger) -> bool:
    """Disapproval of an attack that accuses nobody ("The United States condemns this cowardly attack",
    "le ministre a déploré l'attentat"): a reaction to the incident, not an event between parties. Whoever
    it names inside the attack are its victims; an attacker named there ("the attack by Boko Haram",
    "their attack") is accused, and the event stays."""
    if trig.row.mode != "disapprove":
        return False
    toks = ctx.toks
    if lament(ctx, trig.head):
        return True
    # after an incident, a light noun condemned stands for it ("Le président a dénoncé un acte lâche",
    # "a dénoncé une répression brutale" after a protest broken up)
    told = any(h < trig.head for h in ctx.incident_heads)
    attacks = [
        k
        for k in ctx.tree.children(trig.head)
        # (or its passive subject: "La répression de la marche a été condamnée par plusieurs ONG")
        if toks[k].dep.startswith(("obj", "obl:arg", "nsubj:pass"))
        and (
            k in ctx.assault_heads
            # (or, after it, another incident's word: "a dénoncé une répression brutale")
            or (
                told
                and (
                    k in ctx.incident_heads
                    or ctx.lex.support.get(norm(toks[k].lemma)) in ("through", "incident", "loss")
                )
            )
        )
    ]
    if not attacks:
        return False
    inside = {i for k in attacks for i in ctx.tree.subtree(k)}
    # the attacker, wherever it hangs in the attack's phrase ("by X", "their attack", "menée par X"); whom
    # a loss names died ("a déploré la perte de vaillants soldats")
    lost = {k for k in attacks if ctx.lex.support.get(norm(toks[k].lemma)) == "loss"}
    doers = {
        i
        for d in inside
        if toks[d].head not in lost
        and toks[d].dep in ("nmod:poss", "obl:agent")
        or ctx.lex.case_is(ctx.tree.case(d), "doer")
        or ctx.lex.case_is(ctx.tree.case(d), "agent")
        for i in ctx.tree.subtree(d)
    }
    # (whoever a light noun names did it: "les agissements de l'opposition"; not a party further down,
    # "cette violation des droits des enfants")
    stand_in = {k for k in attacks if k not in ctx.assault_heads and k not in lost}
    # (a party after a verb joined to this one is that verb's, though the parser may hang it here: "ont
    # dénoncé ces violences et appelé les autorités à protéger la population")
    joined = [k for k in ctx.tree.children(trig.head, "conj") if toks[k].pos == "VERB"]
    own = [m for m in c.recipients if not any(j < m.head for j in joined)]
    return not doers and all(m.head in inside and toks[m.head].head not in stand_in for m in own)


def motive(ctx: Context, trig: Trigger) -> bool:
    """A response noun as the circumstance of an act ("En représailles, le Hezbollah a tiré des roquettes",
    "In retaliation, the army shelled ..."): why the act was done, told by the act itself, not an event
    of its own (the `sequence` nouns of modifiers.tsv)."""
    toks, v = ctx.toks, trig.head
    return (
        trig.row.pos == "NOUN"
        and toks[v].dep.startswith("obl")
        and toks[v].head in ctx.trigger_heads
        and modifier(ctx, v) == "sequence"
    )


def police_order(ctx: Context, c: Candidate, trig: Trigger) -> bool:
    """A police order to one person ("les policiers l'ont sommé de sortir du véhicule", "la police a ordonné
    au conducteur d'ouvrir le coffre"), or its call for backup ("a dû demander du renfort"): a step of the
    operation it belongs to, not a demand between parties. An order to a crowd or a party stays ("ordered
    the residents to leave", "a sommé les rebelles")."""
    if trig.row.type != "REQUEST" or trig.row.pos != "VERB" or not c.actors:
        return False
    if not all(m.actor is not None and m.actor.kind == "police" for m in c.actors):
        return False
    toks = ctx.toks
    told = [k for k in ctx.tree.children(trig.head) if toks[k].dep in ADDRESSEE_DEPS]
    return bool(told) and all(_one_person(ctx, k) for k in told)


# how a verb names whom it tells (an object, "à" + noun, a clitic)
ADDRESSEE_DEPS = ("obj", "iobj", "obl:arg")


def _one_person(ctx: Context, k: int) -> bool:
    """Token k names one person or one thing, no party: a singular pronoun or noun, or a person's name."""
    m = ctx.actor_at.get(k)
    if m is not None and m.actor is not None:
        return m.actor.kind == "person"
    t = ctx.toks[k]
    return t.pos in ("PRON", "NOUN", "PROPN") and "Number=Sing" in t.morph.split("|")


def walkout(ctx: Context, c: Candidate, trig: Trigger, etype: str) -> tuple[str, tuple[str, ...]] | None:
    """An attack verb that is also the word for a stoppage ("strike"), done by people who are no armed
    force, to nobody and at nothing ("Workers strike over pay", "Dockers strike halts exports"): a
    labour strike, the type and modes of the stoppage noun's row. None for any other candidate."""
    row, toks, v = trig.row, ctx.toks, trig.head
    if row.pos != "VERB" or etype != row.type or row.subject != "actor" or row.objects:
        return None
    stoppage = [
        r
        for r in ctx.lex.by_first.get(row.words[0], ())
        if r.words == row.words and r.pos == "NOUN" and r.mode == "strike" and ontology.retype(r.type, "air")
    ]
    if not stoppage or ontology.retype(stoppage[0].type, "air") != (etype, ("aerial",)):
        return None
    kids = ctx.tree.children(v)
    if any(toks[k].dep in ("obj", "iobj", "nsubj:pass", "aux:pass") for k in kids) or any(
        ctx.lex.case_is(ctx.tree.case(k), "target") and k not in ctx.date_at for k in ctx.tree.children(v, "obl")
    ):
        return None
    subjects = ctx.tree.children(v, "nsubj")
    armed = ontology.kinds_in("armed")
    people = [k for k in subjects if names_people(toks[k], ctx.lex, ctx.doc.lang or "") or k in ctx.actor_at]
    if not subjects or len(people) < len(subjects) or any(m.actor and m.actor.kind in armed for m in c.actors):
        return None
    return stoppage[0].type, (stoppage[0].mode,)


def conditional_threat(ctx: Context, c: Candidate, trig: Trigger, etype: str, hypothetical: bool) -> str | None:
    """The threat a hypothetical harm is when its actor says it may do it if the other side does not
    comply ("the EU may halt aid if the violence continues", "pourrait imposer un couvre-feu si"): the
    types whose announcement is a threat, said with a modal of possibility and a condition it is not part
    of; not a question, a kind of act or an act with nobody doing it."""
    threat = ontology.retype(etype, "ultimatum")
    if not hypothetical or c.has("negated") or c.has("generic") or not c.actors or threat is None:
        return None
    if ontology.retype(etype, "intent") != threat or not _threatened_if(ctx, trig.head):
        return None
    return threat[0]


def _threatened_if(ctx: Context, v: int) -> bool:
    """The trigger's clause says what its subject may do if something happens ("may halt mediation if
    cooperation founders", "pourrait suspendre son aide si"): a modal of possibility on it, and a
    condition on it that it is not part of; not a question."""
    toks, chain = ctx.toks, [v] + ctx.tree.ancestors(v)[:3]
    if ctx.doc.sentences[toks[v].sent].text.rstrip(" \n\"'\u201d\u2019\u00bb)").endswith("?"):
        return False
    modal = any(modifier(ctx, a) == "hypothetical" for k in chain for a in [k, *ctx.tree.children(k, "aux")] if a != v)
    for k in chain:
        if toks[k].dep == "advcl" and any(modifier(ctx, m) == "hypothetical" for m in ctx.tree.children(k, "mark")):
            return False  # the trigger is what the condition is
        for c in ctx.tree.children(k, "advcl"):
            if c not in chain and any(modifier(ctx, m) == "hypothetical" for m in ctx.tree.children(c, "mark")):
                return modal
    return False


def permitted_by_nobody(ctx: Context, c: Candidate, trig: Trigger) -> bool:
    """A concession its row reads from the infinitive ("allowed to return"), in the passive with nobody
    said to grant it ("residents evacuated after the fire have been allowed to return"): a return to
    normal after an evacuation or a closure, not a concession anyone made."""
    toks, v, row = ctx.toks, trig.head, trig.row
    if row.pos != "VERB" or not row.objects or ontology.retype(row.type, "refused") is None or c.actors:
        return False
    told = [
        k
        for k in ctx.tree.children(v, "xcomp", "ccomp")
        if "VerbForm=Inf" in toks[k].morph and norm(toks[k].lemma) in row.objects
    ]
    return bool(told and ctx.tree.children(v, "nsubj:pass", "aux:pass"))
