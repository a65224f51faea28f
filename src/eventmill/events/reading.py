"""Reading one trigger into a candidate: its arguments (who acted, on whom, how many, where), its
status words, and the facts the typer and the merge need ("anaphoric", "heading", "topic"...).

Numbers on the trigger or the victim become dead/injured, numbers on the actor the size.
"""

from __future__ import annotations

from eventmill import ontology
from eventmill.actor_lexicon import actor_lexicon, country_name
from eventmill.events.arguments import aimed_at, args, carrier, mentions
from eventmill.events.asides import spokespeople
from eventmill.events.backdrop import scene_tense
from eventmill.events.clausetime import told_of_date
from eventmill.events.context import Context, count
from eventmill.events.matching import Trigger
from eventmill.events.objects import owned_target
from eventmill.events.onebyone import one_victim, weapon, with_siblings
from eventmill.events.parties import acted_on, addressees, crowd_heads, parties_under, party_before, speaker_of
from eventmill.events.placefit import after_cause, apart_from_subject, sequel, since_date
from eventmill.events.pointing import both_told_of, lasting, named_again, points_back, witnessed
from eventmill.events.pronouns import person_pronoun, speaker_as_pronoun, third_person
from eventmill.events.responses import during_response
from eventmill.events.status import modes_in_sentence, modifier, prevented_protest, status_flags
from eventmill.events.subjects import naming
from eventmill.events.tolls import cumulative, risen_to
from eventmill.models import Actor, Candidate, Count, Mention, Span
from eventmill.placecues import after_locative
from eventmill.text import norm


def read_candidate(ctx: Context, trig: Trigger) -> Candidate:
    """Everything the text says around one trigger, before anyone decides its type."""
    toks, row, v = ctx.toks, trig.row, trig.head
    physical, speech = ontology.in_class("party_object"), ontology.in_class("speech")
    actor_heads, recip_heads, other_heads, weak = args(ctx, trig)
    if not actor_heads and row.pos == "NOUN" and ontology.participants(row.type):
        actor_heads = crowd_heads(ctx, v)
    if row.type in ontology.in_class("own_means"):
        # "mobilized army reservists": what it moves is the actor's own, not whom it is aimed at
        recip_heads = [k for k in recip_heads if toks[k].dep != "obj"]
    # a target named by a preposition may be a thing ("une attaque contre une route"): only a known
    # actor counts there
    # (not so the one given to: "sent medical supplies to the flood victims")
    giving = row.type in ontology.in_class("beneficiary")
    things = weak | {
        k for k in recip_heads if ctx.tree.case(k) and not (giving and ctx.lex.case_is(ctx.tree.case(k), "beneficiary"))
    }
    if row.type not in physical:
        things |= set(recip_heads)  # "agreed to a formula": a statement's object is rarely a party
    if row.type in ontology.in_class("aim"):
        # what a protest blocks or occupies is a thing unless it is a known actor ("blocked streets in
        # Hong Kong", "occupied the bridge"): whom it is aimed at is read from its purpose below
        things |= {k for k in recip_heads if k not in ctx.actor_at}
    actors, recips = mentions(ctx, actor_heads, weak), mentions(ctx, recip_heads, things)
    if row.type in ontology.in_class("harm"):
        # the target of an event noun that is the subject: "an attack on police killed three officers"
        heads = [k for k in actor_heads if k in ctx.trigger_heads and toks[k].dep == "nsubj"]
        aimed = (m for k in heads for m in ctx.actor_in(k) if aimed_at(ctx, m.head, k))
        recips += tuple(m for m in aimed if m not in recips)
    if not actors:
        # "Washington demanded", "Kyiv said", "expelled by Moscow": a capital, a country or a province that acts stands
        # for its government, and so do those joined to it and the sides of a meeting ("entre Kiev et Moscou")
        sides = [k for k in actor_heads if any(ctx.lex.case_is(ctx.tree.case(k), r) for r in ("between", "agent"))]
        subjects = [k for k in actor_heads if toks[k].dep in ("nsubj", "obl:agent") or k in sides]
        subjects += [c for k in subjects for c in ctx.tree.children(k, "conj")]
        actors = tuple(dict.fromkeys(ctx.place_at[k] for k in subjects if k in ctx.place_at and _seat(ctx.place_at[k])))
    if not recips and row.type not in physical:
        # "Moscow accused Kyiv", "a accusé Washington": a capital or a country a statement is aimed at
        # stands for its government
        recips = tuple(
            dict.fromkeys(
                ctx.place_at[k]
                for k in recip_heads
                if k in ctx.place_at and toks[k].dep == "obj" and _seat(ctx.place_at[k])
            )
        )
    if not recips and row.type in physical:
        # "shelled the regional capital Juba", "bombardé Alep": a place hit directly is the target
        # and so is a place given to ("a envoyé des médicaments à Gaza")
        recips = tuple(
            dict.fromkeys(
                ctx.place_at[k]
                for k in recip_heads
                if k in ctx.place_at
                and (toks[k].dep == "obj" or (giving and k not in things) or owned_target(ctx, v, k))
            )
        )
    if not recips and row.type in ontology.in_class("addressee"):
        # whoever the demand says must act receives it ("demanded that the government end curbs")
        recips = mentions(ctx, addressees(ctx, v), weak)
    if not recips and (
        row.type not in physical or ontology.participants(row.type) or row.type in ontology.in_class("own_means")
    ):
        # the other party of a statement often sits deeper in the clause ("promised to continue
        # military aid to Mozambique", "offered to hand over to Great Britain"), and so does whom a
        # protest is aimed at ("a hunger strike to demand the resignation of President Ben Bella")
        recips = parties_under(ctx, v, exclude=set(actors), held=bool(ontology.participants(row.type)))
        if (
            not recips
            and row.type in ontology.in_class("aim")
            and row.pos == "NOUN"
            and (gov := toks[carrier(ctx, v)].head) != v
            and toks[gov].pos == "VERB"
        ):
            # the purpose of a noun's event hangs on the verb that carries it ("continued their hunger
            # strike to demand the resignation of President Ben Bella")
            # (a named party only: where it happens is no target, "des émeutes ont éclaté à Rouen")
            recips = parties_under(ctx, gov, exclude=set(actors), after=v, places=False)
        if not recips and row.type in ontology.in_class("voiced"):
            recips = mentions(ctx, acted_on(ctx, v), set())  # whom the act it announces is done to
    if not recips:
        # with no party on the receiving end, the place the event is aimed at or held over receives
        # it, as PLOVER codes targets ("lifted the curfew in Montenegro", "sent observers to Bosnia",
        # "the blockade of Serbia"), on the trigger or on the verb that carries a noun trigger; a
        # country named there is that party
        holders = list(range(trig.first, trig.last + 1))
        if row.pos == "NOUN" and toks[v].dep == "obj":
            holders.append(toks[v].head)
        recips = tuple(
            dict.fromkeys(
                ctx.actor_at.get(k) or ctx.place_at[k]
                for h in holders
                for k in ctx.tree.children(h, "obl", "nmod")
                if k in ctx.place_at
                and toks[k].sent == toks[v].sent
                and (ctx.actor_at.get(k) or ctx.place_at[k]) not in actors
                # (a crowd's event is held where it is, aimed at nobody there: "ont manifesté jeudi à Paris")
                and not (ontology.participants(row.type) and after_locative(ctx.doc, ctx.place_at[k]))
            )
        )[:1]
    # (not for a noun naming a statement already reported: "'They have no authority to make this
    # request,' the ministry said" quotes the one it was made to; "sa complaisance" is the accusation)
    named_before = row.pos == "NOUN" and any(
        modifier(ctx, d) in ("definite", "demonstrative") and "Poss=Yes" not in toks[d].morph
        for d in ctx.tree.children(v, "det")
    )
    if not actors and row.type in speech and not named_before and (speaker := speaker_of(ctx, v)) is not None:
        # reported speech with no subject of its own ("a révélé que ... avec sa complaisance"):
        # the speaker makes the accusation or demand, and the party named in the clause receives it
        actors = (speaker,)
        if not recips:
            # (not a name in the subject of a verb above it, the speaker's own: "The United Nations human
            # rights chief Volker Turk said he was horrified and called for ...")
            above = [a for a in ctx.tree.ancestors(v) if toks[a].sent == toks[v].sent]
            spoken_by = {i for a in above for s in ctx.tree.children(a, "nsubj") for i in ctx.tree.subtree(s)}
            recips = party_before(ctx, v, exclude={speaker}, skip=spoken_by)
    if not actors and row.pos == "NOUN":
        # "les auteurs de l'attaque", "the organisers of the march": who did it is the noun it hangs on
        noun = carrier(ctx, v)
        doer = toks[noun].head
        if doer != noun and toks[noun].dep == "nmod" and ctx.lex.support.get(norm(toks[doer].lemma)) == "doer":
            actors = tuple(ctx.actor_in(doer)) or (_bare_noun(ctx, doer),)
    if not actors and row.pos == "NOUN" and not (row.outcome or row.count in ("dead", "injured")):
        if row.type not in ontology.in_class("aim"):
            # "les frappes israéliennes", "les sanctions américaines": the nationality of an act is its doer
            # (not of a protest, whose nationality is its crowd's, nor of a toll: "les pertes russes")
            actors = _nation_of(ctx, v)
    spoken = None if actors else speaker_as_pronoun(ctx, v, actor_heads)
    if spoken is not None:
        # "the army said it had killed 30 militants", "la police a affirmé qu'elle avait arrêté":
        # a pronoun that does the act in what its speaker reports is that speaker (and points back to
        # no event)
        actors = (spoken,)
    elif not actors:
        actors = person_pronoun(ctx, actor_heads)  # "He accused the opposition": the person named before
    # a past participle on a noun ("the six U.S. service members killed", "les civils tués")
    on_victims = toks[v].dep == "acl" and toks[v].pos == "VERB" and "Tense=Past" in toks[v].morph
    if not actors and not on_victims:
        # (such a participle names its victims, not its actor)
        victims = {i for k in recip_heads for i in ctx.tree.subtree(k)}
        noun = carrier(ctx, v)
        gov = toks[noun].head
        witness = toks[v].pos == "NOUN" and (
            ctx.lex.support.get(norm(toks[gov].lemma)) == "witness" or (gov != noun and naming(ctx, gov))
        )
        passive_gov = toks[noun].dep.startswith("obl") and bool(ctx.tree.children(gov, "aux:pass", "nsubj:pass"))
        # neither a state the noun is the cause or topic of ("France is jittery over a spate of attacks")
        # nor what came after it ("police arrested three men after the bombing") says who did it: only
        # the noun's own phrase does
        felt = gov != noun and (toks[gov].pos == "ADJ" or sequel(toks, ctx.tree, v, gov, ctx.doc.lang or ""))
        # (nor, for a relative clause, the noun it tells of: "Murris, whose daughter was killed", "Atocha
        # station, where some of the bombs went off")
        inner = witness or passive_gov or felt or toks[v].dep == "acl:relcl" or toks[noun].dep.startswith("nmod")
        own = set(ctx.tree.subtree(noun)) if inner else None
        # nor does the source a sentence is told after ("Selon le ministère, douze personnes ont été tuées")
        for source in _sources(ctx, v):
            victims |= {t.i for t in toks if source.span.start <= t.start < source.span.end}
        if row.type not in speech:
            # (a spokesman tells of a deed he did not do; a demand he reports is his side's to make)
            victims |= spokespeople(ctx, v)
        actors = party_before(ctx, v, exclude=set(recips), skip=victims, within=own)
    # a statement noun with nobody making or receiving it ("the threat of terrorism", "a deal") is
    # a topic, not an event a coder could record
    topic = (
        row.pos == "NOUN"
        and row.type not in physical
        and not (actors or recips or any(toks[k].pos == "PRON" for k in actor_heads + recip_heads))
    )
    counts: dict[str, Count] = {}
    # numbers on the trigger itself ("plusieurs dizaines de tués", "des centaines de manifestants")
    # (a verb's own number only: "were killed and 15 wounded" hangs the count of the wounded on a
    # conjunct of the verb)
    own_numbers = ctx.number_on.get(v)
    on_trigger = ctx.count_on(v) if toks[v].pos != "VERB" else own_numbers[0] if own_numbers else None
    if row.count and (c := count(on_trigger, ctx)):
        counts[row.count] = c
    risen = risen_to(ctx, v)
    if row.count in ("dead", "injured") and row.count not in counts and risen >= 0:
        # "The death toll from the attack rose to 40": the count the incident's toll grew to
        if c := count(ctx.number_on[risen][0], ctx):
            counts[row.count] = c
    for k in recip_heads:
        if weapon(ctx, k) or ctx.lex.modifiers.get(norm(toks[k].lemma)) == "thing":
            continue  # "a abattu dix drones", "neutralisé deux engins": machines and things hit are no dead
        if row.count in ("dead", "injured") and row.count not in counts and (c := count(ctx.count_on(k), ctx)):
            counts[row.count] = c
    if row.count in ("dead", "injured") and row.count not in counts:
        # "un policier a été tué": one victim named with the article for one is one dead
        for k in [v, *recip_heads] if row.pos == "NOUN" else recip_heads:  # "a fait un mort"
            if c := one_victim(ctx, k):
                counts[row.count] = with_siblings(ctx, k, c, recip_heads)
                break
    # a crowd on the ground counts who acted; an arrest counts whom it took ("arresting 12"); a statement
    # counts nobody ("Britain and 12 other countries urged Iran": no crowd of 12)
    counted = actor_heads if row.type in ontology.in_class("physical") else []
    if "arrest" in row.mode.split() and row.subject == "actor":
        counted = [k for k in recip_heads if not weapon(ctx, k)]
    for k in counted:
        if weapon(ctx, k) and k not in ctx.actor_at:
            continue  # "two guided bombs struck the store": bombs are no crowd (gunmen are)
        if "size" not in counts and (c := count(ctx.count_on(k), ctx)):
            counts["size"] = c
    flags = status_flags(ctx, trig)
    modes = tuple(dict.fromkeys(m for m in [row.mode] + modes_in_sentence(ctx, trig) if m))

    def places_under(heads: list[int]) -> list[Mention]:
        scope = {i for h in heads for i in ctx.tree.subtree(h)} - told_of_date(ctx.tree, ctx.date_at, heads)
        return [
            ctx.place_at[k]
            for k in sorted(scope)
            if k in ctx.place_at and toks[k].sent == toks[v].sent and k not in ctx.actor_at
        ]

    # places on the trigger itself come before places inside its actors' names
    places = places_under(other_heads) + places_under(actor_heads + recip_heads)
    definite, demonstrative = points_back(ctx, trig, on_victims, recip_heads)
    # "They killed 23 soldiers": a third-person pronoun subject continues an event just reported; "The attacker
    # detonated his explosives", "Les assaillants ont ouvert le feu": a definite doer points back to that attack
    # (and so does one hit or fought back: "security forces killed the five attackers", "exchanged fire with the
    # attackers": the attack's other side)
    anaphoric = witnessed(ctx, v) or any(
        (third_person(toks[k]) and spoken is None) or _named_doer(ctx, k, row.type) for k in actor_heads
    )
    anaphoric = anaphoric or any(
        _named_doer(ctx, k, row.type) for k in recip_heads + ctx.tree.children(v, "obl", "obl:arg")
    )
    # (and the one weapon, named again with a definite article: "A drone strike on a market ... The drone hit"; not
    # many, "The bombs began to explode before 3pm", of which each may be an incident)
    anaphoric = anaphoric or any(
        weapon(ctx, k)
        and "Number=Sing" in toks[k].morph
        and any(modifier(ctx, d) == "definite" for d in ctx.tree.children(k, "det"))
        for k in actor_heads
    )
    anaphoric = anaphoric or definite
    # "The convoy was escorting trucks when it was attacked": a pronoun hit by an act was named before,
    # most often as the target of the incident just reported
    anaphoric = anaphoric or (
        row.type in ontology.in_class("harm")
        and any(third_person(toks[k]) and toks[k].dep == "nsubj:pass" for k in recip_heads)
    )
    heading = ctx.heading(toks[v].sent)
    t0, t1 = toks[trig.first], toks[trig.last]
    prevented = prevented_protest(ctx, trig, flags)
    if prevented:
        # whoever prevented the protest acts on the protesters
        actors, recips = mentions(ctx, ctx.tree.children(toks[v].head, "nsubj")), actors
    features = {
        "anaphoric": anaphoric or risen >= 0,  # a toll that rose is of an incident the article told
        "definite": definite,
        "demonstrative": demonstrative,
        "heading": heading,
        "title": ctx.title(toks[v].sent),
        "topic": topic,
        "prevented": prevented,
        # another incident than the one its sentence reports, which events/merge.py keeps apart: its
        # cause ("claimed the bombing, saying it was revenge for government raids"), or what happened at
        # a time the sentence names ("the deadliest since January, when a truck bomb killed 90 people"),
        # not the day its own incident took place ("occurred on 11 November 2008, when a bomb exploded")
        # (the cause alone, as a noun's phrase: "revenge for government raids", no clause of its own)
        "cause": after_cause(toks, ctx.tree, v, ctx.doc.lang or ""),
        "sequel": after_cause(toks, ctx.tree, v, ctx.doc.lang or "")
        or (
            toks[v].dep == "acl:relcl"
            and toks[v].head in ctx.date_at
            and since_date(toks, ctx.tree, toks[v].head, ctx.date_at, ctx.doc.lang or "")
        )
        # or what came before the incident the sentence is about ("the attack came a day after gunmen
        # killed two soldiers")
        # (not the end of an incident told as how long it lasted: "The gun battle lasted four hours before security
        # forces killed the attackers")
        or (apart_from_subject(toks, ctx.tree, v, ctx.doc.lang or "", ctx.trigger_heads) and not lasting(ctx, v)),
        "answers": during_response(ctx, v),
        # "Several gunmen then stormed the compound": the next step of the incident just told
        "onward": any(modifier(ctx, k) == "onward" for k in ctx.tree.children(v, "advmod")),
        "both": both_told_of(ctx, v),
        "earliest": definite and any(modifier(ctx, k) == "first" for k in ctx.tree.children(v, "amod")),
        "scene": scene_tense(ctx, v),
        "named_again": named_again(ctx, actor_heads),
        # "12 were wounded" with nobody doing it reports an injury, not who caused it
        "outcome": row.outcome or (row.count == "injured" and not actors),
        # "35 morts" is a toll; "the slaying of seven demonstrators" names its victims, so it is an act
        # "since 2011, 400,000 people have died": a running total, a toll record and no incident
        "cumulative": (bool({"dead", "injured"} & set(counts)) and cumulative(ctx, [v, *recip_heads, *actor_heads]))
        or _toll_subject(ctx, v),
        "risen": risen >= 0,
        "casualty_only": row.count in ("dead", "injured") and toks[v].pos in ("NOUN", "ADJ") and not (actors or recips),
    }
    return Candidate(
        trigger=Span(t0.start, t1.end, ctx.doc.article.text[t0.start : t1.end]),
        first=trig.first,
        last=trig.last,
        head=v,
        sent=toks[v].sent,
        entry=row,
        modes=modes,
        status=tuple(k for k, on in flags.items() if on),
        actors=actors,
        recipients=recips,
        places=tuple(dict.fromkeys(places)),
        counts=tuple(counts.items()),
        actor_heads=tuple(actor_heads),
        features=tuple(k for k, on in features.items() if on),
        strength=0 if heading else 1 if anaphoric or v in ctx.actor_at else 2,
    )


def _bare_noun(ctx: Context, k: int) -> Mention:
    """The noun at k with its article and adjectives only ("Les auteurs", not "... de l'attaque")."""
    toks = ctx.toks
    keep = [k] + [c for c in ctx.tree.children(k) if toks[c].dep in ("det", "amod") and c < k]
    a, b = toks[min(keep)], toks[k]
    return Mention("actor", Span(a.start, b.end, ctx.doc.article.text[a.start : b.end]), head=k)


def _named_doer(ctx: Context, k: int, etype: str) -> bool:
    """Token k is a definite noun naming the doer of an attack ("the gunmen", "les assaillants"; role
    `attacker` in support.tsv), and the event a physical one."""
    return (
        etype in ontology.in_class("physical")
        and ctx.lex.support.get(norm(ctx.toks[k].lemma)) == "attacker"
        and any(modifier(ctx, d) in ("definite", "demonstrative") for d in ctx.tree.children(k, "det"))
    )


def _nation_of(ctx: Context, v: int) -> tuple[Mention, ...]:
    """The country a nationality adjective on event noun v names, as that country acting."""
    adjs = set(ctx.tree.children(v, "amod"))
    out = []
    for m in ctx.doc.mentions:
        if (
            m.kind == "demonym"
            and m.head in adjs
            and (iso3 := actor_lexicon(ctx.doc.lang or "").demonyms.get(norm(m.span.text)))
        ):
            out.append(Mention("actor", m.span, actor=Actor(country_name(iso3), "country", iso3, iso3), head=m.head))
    return tuple(out[:1])


def _sources(ctx: Context, v: int) -> list[Mention]:
    """The sources named by a marker inside the sentence of token v ("selon X", "according to X"): a
    quote that holds its own cue, unlike a reporting verb's, which stands outside what it reports."""
    pos = ctx.toks[v].start
    return [
        q.speaker
        for q in ctx.doc.quotes
        if q.speaker is not None
        and q.cue is not None
        and q.text.start <= pos < q.text.end
        and q.text.start <= q.cue.start < q.text.end
    ]


def _seat(m: Mention) -> bool:
    """A place whose name can stand for a government: a capital, a country or a province."""
    return m.place is not None and (m.place.feature == "PPLC" or m.place.precision in ("country", "admin1"))


def _toll_subject(ctx: Context, v: int) -> bool:
    """Event noun v is the subject of a running total ("les violences ont fait 2.500 morts depuis janvier",
    "the strikes have killed 500 people since 2022"): many incidents, summed, not one."""
    toks = ctx.toks
    if toks[v].pos != "NOUN" or not toks[v].dep.startswith("nsubj") or toks[v].head == v:
        return False
    counted = [k for k in ctx.tree.children(toks[v].head, "obj", "obl") if k in ctx.number_on]
    return bool(counted) and cumulative(ctx, counted)
