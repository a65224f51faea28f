"""The rule typer: eventmill's hand-written rules for what type a candidate is, or that it is no event.

Each decision names the rule that made it (`rules:<name>`), so an analyst can see why an event has
its type and a developer can count which rules fire. The trigger's lexicon type is where reading
starts; the rules then look at the context:

- no event of its own: the manner, reason, scene, backstory or antecedent of another event of its
  sentence (`eventmill.events.secondary`: "rejected the plan, urging ...", "during a summit", "West
  Africans ordered out of Nigeria", "resigned following talks"); a disapproval of an attack that accuses nobody (`reaction`: "condemns this
  cowardly attack"); what a speech act says or a protest demands ("demanded the release"), a verb
  ending an event noun, a word inside a name or a participant noun, a verb of saying before a copula,
  a verb used as an adjective, a unit under attack;
- retyping (targets from `resources/xx/plover.tsv`, through `eventmill.ontology`): a verb that ends
  the event (`ended`), a refusal of something yielding (`refused`), a prevented protest
  (`prevented`), an announced action (`intent`, or THREATEN under an ultimatum), civilians mobilising
  (`civilian`), damage done by an attack (`damage`), violence by protesters (`riot`), and senses
  the arguments settle (`eventmill.events.argsenses`: `punitive`, `joint`, `refuge`).

The rules are not calibrated: every decision has score 1.0.
"""

from __future__ import annotations

from eventmill import ontology
from eventmill.config import Config
from eventmill.events.argsenses import argument_sense
from eventmill.events.context import Context, context_for
from eventmill.events.damage import attackers_go_on, in_plural, joined_attack, rioters, stormed
from eventmill.events.described import charged, enables, labelled, participle_on_noun
from eventmill.events.forecasts import forecast
from eventmill.events.matching import Trigger, trigger_of
from eventmill.events.objects import object_noun, plain_object
from eventmill.events.reactions import announced_force, routine_reaction
from eventmill.events.responses import during_response
from eventmill.events.said import on_the_march, protest_demand, reaches, speech_content
from eventmill.events.secondary import backstory, compared, elaboration, errand, scene, sequel
from eventmill.events.senses import (
    aftermath,
    air_strike,
    conditional_threat,
    met_alone,
    modal_without_party,
    motive,
    names_weapon,
    permitted_by_nobody,
    police_order,
    reaction,
    struck_by_event,
    topic_only,
    unit_attacked,
    walkout,
)
from eventmill.events.sketches import describes_party, stance_of_party
from eventmill.events.status import anyone, ending_verb, modifier, under_condition
from eventmill.events.tolls import period_named
from eventmill.events.wording import in_source, inside_name
from eventmill.models import Candidate, Decision, Document
from eventmill.text import norm

STATUS = ("negated", "hypothetical", "future")
# links from a crime up to the charge that names it ("two counts of murder", "guilty of murder",
# "convicted the guard of the killing", where the parser hangs the crime on the person convicted)
CHARGE_DEPS = ("nmod", "obl", "obj", "conj", "appos", "compound", "advcl", "acl")
# what a ban forbids: a verb's object, or a ban noun's phrase ("the ban on rallies")
BANNED_DEPS = ("obj", "nsubj:pass", "nmod")
# dependencies of a request's addressee ("asked anyone", "appealing for anyone", "anyone is asked")
ADDRESSEE_DEPS = ("obj", "iobj", "obl", "nmod", "nsubj:pass")


class RuleTyper:
    """Today's rules behind the typer interface (`eventmill.events.typers`)."""

    name = "rules"
    version = 36

    def decide(self, doc: Document, candidates: tuple[Candidate, ...], config: Config) -> tuple[Decision, ...]:
        ctx = context_for(doc, ((c.head, c.entry.type) for c in candidates))
        trigs = [trigger_of(c) for c in candidates]
        # attack verbs whose subject suffers them ("came under fire", "struck a landmine")
        ctx.sufferer_heads = {t.head for t in trigs if t.row.type == "ASSAULT" and t.row.subject == "recipient"}
        # an article that reports attacks from the air, or by missiles and shells, calls them "the strikes"
        # too ("A Russian missile strike hit a store ... Zelenskyy called the strike 'madness'", "A Russian
        # missile hit an apartment building ... did not comment on the Dnipro strike")
        air_war = any(
            c.entry.type == "ASSAULT" and ("aerial" in c.modes or "heavy-weapons" in c.modes) for c in candidates
        )
        speech_types = ontology.in_class("speech")
        # a protest's complement is its demand, as a speech act's is what is said (not a strike that is an
        # attack: "a strike on a school killed at least seven")
        speech = {
            t.head: t.row.type
            for c, t in zip(candidates, trigs)
            if t.row.type in speech_types
            or (t.row.type == "PROTEST" and air_strike(ctx, c, "PROTEST", air_war) is None)
        }
        # "cancelled the restrictions": the noun's event carries the ending; the verb is not a second one
        enders = {g for t in trigs if (g := ending_verb(ctx, t)) is not None and not stormed(ctx, g)}
        protests = set(ctx.protest_heads)
        # and the verb a protest noun is the object of ("began a hunger strike to demand", "ont entamé
        # une grève pour réclamer": the demand is the strike's)
        protests |= {ctx.toks[h].head for h in protests if ctx.toks[h].pos == "NOUN" and ctx.toks[h].dep == "obj"}
        # and the verb of the protesters a protest word describes ("les jeunes révoltés ont décidé
        # d'exprimer leur colère en saccageant": the wrecking is how they revolt)
        protests |= {ctx.toks[h].head for h in protests if ctx.toks[h].dep == "nsubj"}
        # words of a legal charge: an attack under one is the crime charged ("two counts of murder")
        # (and an allegation in the passive with no accuser: "ils sont accusés d'attaques au couteau")
        charges = {k for k in range(len(ctx.toks)) if modifier(ctx, k) == "charge" or charged(ctx, k)}
        # an event noun that is the object of a trigger verb of its own type is that verb's event ("will
        # provide 25,000 tons of food aid": one promise of aid, whatever the verb becomes)
        verbs = {t.head: t.row.type for t in trigs if t.row.pos == "VERB"}
        carried = {
            t.head
            for t in trigs
            if t.row.pos == "NOUN"
            and (o := object_noun(ctx, t.head)) is not None
            and verbs.get(ctx.toks[o].head) == t.row.type
        }
        # "accepted demands from the rebels", "would not meet their demands": the object a verb's row was
        # chosen by is what that verb acts on, one event with it (unless the verb ends the noun's event)
        # (keyed by each word of the trigger: "walked out of the talks" hangs the talks on "out")
        rows = {
            k: t.row
            for t in trigs
            if t.row.pos == "VERB" and t.row.objects and t.head not in enders
            for k in {t.head, *range(t.first, t.last + 1)}
        }
        carried |= {
            t.head
            for t in trigs
            if plain_object(ctx, t.head)
            and norm(ctx.toks[t.head].lemma) in getattr(rows.get(ctx.toks[t.head].head), "objects", ())
        }
        # "ordered the newspaper to suspend publication": so is the infinitive a verb's row was chosen by,
        # and the object of that infinitive ("allowed the party to hold rallies")
        told = {
            k
            for k, t in enumerate(ctx.toks)
            if (t.dep == "xcomp" or (t.dep == "ccomp" and "VerbForm=Inf" in t.morph))
            and norm(t.lemma) in getattr(rows.get(t.head), "objects", ())
        }
        carried |= {
            t.head for t in trigs if t.head in told or (ctx.toks[t.head].head in told and plain_object(ctx, t.head))
        }
        incidents = ctx.assault_heads | {t.head for t in trigs if t.row.type == "PROTEST"}
        # what a ban forbids has not happened ("a interdit la manifestation prévue samedi", "the rally was banned",
        # "eased the ban on political demonstrations")
        banned = {o for t in trigs if "ban" in t.row.mode.split() for o in ctx.tree.children(t.head, *BANNED_DEPS)}
        types = {t.head: t.row.type for t in trigs if t.row.type}
        out = []
        for c, t in zip(candidates, trigs):
            why = (
                ("verb-object" if t.head in carried else "")
                or ("elaboration" if elaboration(ctx, t, types) else "")
                or ("scene" if scene(ctx, t, types) else "")
                or ("errand" if errand(ctx, t, types) else "")
                or ("backstory" if backstory(ctx, t, types) else "")
                or ("sequel" if sequel(ctx, t, types) else "")
                or ("compared" if compared(ctx, t, types) else "")
                or ("period" if period_named(ctx, t.head) else "")
                or ("forecast" if forecast(ctx, t, types) else "")
                or no_event_of_its_own(ctx, t, speech, enders, protests, charges)
                or ("reaction" if reaction(ctx, c, t) or routine_reaction(ctx, t) else "")
                or ("motive" if motive(ctx, t) else "")
                or ("no-addressee" if modal_without_party(ctx, c, t) else "")
                or ("police-order" if police_order(ctx, c, t) else "")
                or ("struck-by-event" if struck_by_event(ctx, t) else "")
                or ("met-alone" if met_alone(ctx, c, t) else "")
                or ("permitted-by-nobody" if permitted_by_nobody(ctx, c, t) else "")
                or ("aftermath" if aftermath(ctx, c, t, incidents) else "")
                or ("banned" if t.head in banned and ontology.retype(t.row.type, "prevented") else "")
            )
            if why:
                out.append(Decision("", 1.0, f"rules:{why}"))
                continue
            etype, modes, status, rule = final_type(ctx, c, t)
            if (air := air_strike(ctx, c, etype, air_war)) is not None:
                etype, modes, rule = air
            elif (stoppage := walkout(ctx, c, t, etype)) is not None:
                (etype, modes), rule = stoppage, "walkout"
            elif (sense := argument_sense(ctx, c, t, etype, types, modes)) is not None:
                # "called for sanctions against Nigeria", "French and Egyptian warships held war games"
                etype, modes, rule = sense
            out.append(Decision(etype, 1.0, f"rules:{rule}", modes, status))
        return tuple(out)


def final_type(ctx: Context, c: Candidate, trig: Trigger) -> tuple[str, tuple[str, ...], tuple[str, ...], str]:
    """The event's type once its verb, status and parties are read, with its modes, its status (a
    refusal is no longer negated) and the name of the last rule that changed it."""
    etype, modes, rule = trig.row.type, c.modes, "lexicon"
    flags = {k: c.has(k) for k in STATUS}
    actors, counts = c.actors, dict(c.counts)
    if (g := ending_verb(ctx, trig)) is not None and not stormed(ctx, g) and (new := ontology.retype(etype, "ended")):
        # "lifted the curfew", "halted economic aid": the event is the ending
        etype, rule = new[0], "ended"
    lodged = ontology.retype(etype, "lodged")
    # (not the words of a march, told by a verb with no finite form on it: "marched towards parliament
    # chanting 'Ruto must go'" is the march's)
    marching = on_the_march(ctx, trig.head, ctx.protest_heads)
    if lodged and trig.row.pos == "VERB" and _says(ctx, trig.head) and not marching:
        # "Croatia is failing its refugees, a rights group protested", "protested that the vote was
        # rigged": what the verb says is the complaint, made in words and not in the street
        (etype, modes), rule = lodged, "lodged"
        # a negation read from what was said ("are failing to protect ...") is not the complaint's own
        flags["negated"] = any(modifier(ctx, k) == "negation" for k in ctx.tree.children(trig.head))
    refused = ontology.retype(etype, "refused")
    if flags["negated"] and refused and not flags["hypothetical"] and not c.has("denied"):
        # "will not accept more refugees", "would not meet the demands": saying no is a rejection
        # (a denial negates without refusing: "denied reports that a deal had been offered")
        etype, flags["negated"], rule = refused[0], False, "refused"
    if c.has("prevented") and (new := ontology.retype(trig.row.type, "prevented")):
        # "police prevented the demonstration": coercion by whoever stops it
        (etype, modes), flags["negated"], rule = new, False, "prevented"
    if threat := conditional_threat(ctx, c, trig, etype, flags["hypothetical"]):
        # "the EU may halt aid if the violence continues": a harm its actor may do if the other side does
        # not comply is a threat
        etype, flags["hypothetical"], rule = threat, False, "conditional"
    if not flags["negated"] and (force := announced_force(ctx, trig)):
        # "a promis de poursuivre les frappes": a promise of an attack is a threat
        (etype, modes), rule = force, "intent"
    if flags["future"] and not flags["negated"]:
        # an announced action is coded as the promise or threat it is; one held over the other side
        # until it gives in is a threat ("will withdraw unless ...")
        if under_condition(ctx, trig.head, ("ultimatum",)) and (new := ontology.retype(etype, "ultimatum")):
            etype, rule = new[0], "ultimatum"
        elif c.has("readied") and (new := ontology.retype(etype, "readied")):
            # "the army prepared to resume shelling": readying an attack is a show of force, not a threat
            # made in words
            (etype, modes), rule = new, "readied"
        elif new := ontology.retype(etype, "intent"):
            etype, rule = new[0], "intent"
    armed, institutions = ontology.kinds_in("armed"), ontology.kinds_in("institution")
    # (a deployment word with a mode of its own, "patrol", "deploy", stays a deployment whoever does
    # it: nobody protests by patrolling)
    civilian = ontology.retype(etype, "civilian") if not trig.row.mode else None
    if (
        civilian
        and any(m.actor for m in actors)  # someone the lexicons know, not only a name ("INS Mysore")
        and not any(
            m.actor and (m.actor.kind in armed or (m.actor.kind in institutions and not m.actor.generic))
            for m in actors
        )
    ):
        # civilians "se mobilisent" against something: that is a protest, not a deployment; a named
        # company, agency or newspaper on alert or sending staff is not protesting
        etype, rule = civilian[0], "civilian"
    damage = ontology.retype(etype, "damage") if "destroy" in modes else None
    sent = c.sent
    if damage and (
        any(k in ctx.assault_heads or names_weapon(ctx, k) for k in c.actor_heads)
        or (not c.actor_heads and any(ctx.toks[h].sent == sent for h in ctx.assault_heads))
        or joined_attack(ctx, c.head)
        or attackers_go_on(ctx, c)
    ):
        # "the explosion destroyed nearby buildings", "the blast ..., while two cars were destroyed":
        # damage done by an attack, or with no other doer in the attack's sentence, is part of it; so is
        # what the attackers wreck in the same breath ("ont incendié l'école et tué deux enseignants")
        etype, modes, rule, damage = damage[0], (), "damage", None
    elif (
        "release" in modes
        and (joined_attack(ctx, c.head) or during_response(ctx, c.head, any_operation=True))
        and (freed := ontology.retype(etype, "damage"))
    ):
        # attackers who free prisoners or hostages in the same breath ("attacked a police station and freed
        # dozens of prisoners", "ont attaqué la prison et libéré les détenus") do so in that attack; so do
        # forces who free them in an operation ("a libéré deux otages lors d'une opération"): a rescue by force
        etype, modes, rule = freed[0], (), "damage"
    riot = ontology.retype(etype, "riot")
    # a riot wrecks property (a destruction no attack did) or hurts people (an assault)
    violent = riot is not None and (damage is not None or not ontology.retype(etype, "damage"))
    # a crowd's fight with the police is a riot too ("des centaines de jeunes ont affronté les forces de l'ordre")
    police = any(m.actor is not None and m.actor.kind == "police" for m in c.recipients)
    plain_act = police and in_plural(ctx, actors)  # youths fighting the police; not "a man stabbed a policeman"
    if violent and riot and rioters(actors, counts, damage is not None or police, armed, plain_act):
        (etype, modes), rule = riot, "riot"
    fighting = ontology.retype(etype, "fighting") if "riot" in modes else None
    sides = [m.actor.kind for m in actors if m.actor is not None]
    if fighting and len(sides) >= 2 and all(k in armed for k in sides):
        # "des heurts entre l'armée et des jihadistes": a clash of armed sides is fighting, not a riot
        (etype, modes), rule = fighting, "fighting"
    return etype, modes, tuple(k for k in STATUS if flags[k]), rule


def _says(ctx: Context, v: int) -> bool:
    """Verb v says something: a clausal complement ("protested that the vote was rigged"), or the
    sentence before it, when it closes the sentence after a comma ("Croatia is failing its refugees, a
    rights group protested": the parser hangs v, or its subject, on what was said)."""
    if ctx.tree.children(v, "ccomp"):
        return True
    toks = ctx.toks
    t = toks[v]
    # the subject and its verb, read as a noun with its clause ("a rights group protested")
    top = t.head if t.dep == "acl" and t.head < v else v
    if top == v and not ctx.tree.children(v, "nsubj"):
        return False  # "protested, blocking roads": a participle tells how the protest went
    if toks[top].dep not in ("advcl", "parataxis", "appos") or toks[top].head > top:
        return False
    span = [k for k in ctx.tree.subtree(top) if toks[k].pos != "PUNCT"]
    rest = [k for k in range(max(span) + 1, len(toks)) if toks[k].sent == t.sent and toks[k].pos != "PUNCT"]
    return not rest and min(span) > 0 and toks[min(span) - 1].text == ","


def no_event_of_its_own(
    ctx: Context, trig: Trigger, speech: dict[int, str], enders: set[int], protests: set[int], charges: set[int]
) -> str:
    """Why a trigger names no event of its own ("" when it does): what a speech act says or a protest
    demands, a verb ending an event noun, a word inside a name or a participant noun, a verb of saying
    that judges or a verb used as an adjective, a unit under attack."""
    toks, v, row = ctx.toks, trig.head, trig.row
    if speech_content(ctx, trig, speech):
        return "speech-content"
    if v in enders:
        return "ending-verb"
    if protest_demand(ctx, trig, protests):
        return "protest-demand"
    if inside_name(ctx, trig):
        return "inside-name"
    if in_source(ctx, trig):
        return "source"
    # the appeal's words, and the verb an appeal noun is the object of ("issued an appeal for witnesses")
    carriers = [*range(trig.first, trig.last + 1), *([toks[v].head] if toks[v].dep == "obj" else [])]
    if row.type == "REQUEST" and any(anyone(ctx, a) for w in carriers for a in ctx.tree.children(w, *ADDRESSEE_DEPS)):
        # "asked anyone with information to call police", "a demandé à toute personne munie de
        # documents de se présenter", "appealed for witnesses", "a lancé un appel à témoins": a public
        # appeal to whoever hears it, the routine close of a crime report, asks no one in particular
        # and is no event
        return "appeal"
    # under a word of kind `charge` in modifiers.tsv ("count", "guilty"), within three links of its sentence
    if row.type in ontology.in_class("harm") and reaches(ctx, v, charges, CHARGE_DEPS, 3):
        # "charged with two counts of murder", "found guilty of murder", "condamné pour meurtre": the
        # crime a court or prosecutor names, not a report of it; the charge is the event
        return "charge"
    if row.pos == "VERB" and charged(ctx, v):
        # "Ce dernier est accusé de vol d'armes": the charge a suspect faces, told to say why he is held
        return "charge"
    if row.pos == "NOUN" and labelled(ctx, v):
        # "ces agissements ont été qualifiés de « massacre »", "called the crackdown a massacre": a
        # name given to something reported, not another event
        return "label"
    if v in ctx.actor_at:
        return "participant"  # a participant noun ("un des manifestants a été battu") names people
    if (
        row.pos == "VERB"
        and toks[v].dep.startswith(("nsubj", "obj", "obl", "nmod", "appos"))
        and any(toks[d].pos == "DET" for d in ctx.tree.children(v, "det"))
        # (of a victim's word, only with no figure: "evacuated the wounded", not "two of the wounded")
        and not (row.count and (ctx.tree.children(v, "nummod") or toks[toks[v].head].pos == "NUM"))
    ):
        return "participant"  # a verb used as a noun for a person ("the accused was remanded")
    if (
        row.pos == "VERB"
        and row.type in ontology.in_class("speech")
        and any(modifier(ctx, c) == "copula" for c in ctx.tree.children(v, "xcomp"))
    ):
        # "the fair promises to be the most energetic yet", "the crisis threatens to become a war": a
        # verb of saying before a copula judges how something will be; nobody promises or threatens
        return "judgement"
    if row.pos == "VERB" and row.type in ontology.in_class("described") and participle_on_noun(ctx, v):
        # "un camion soupçonné de transporter de la drogue", "a man accused of murder": a speech verb's
        # participle on a noun describes someone; nobody is reported accusing anyone
        return "adjective"
    if topic_only(ctx, trig):
        return "topic"  # "la réunion portait sur l'enlèvement": a subject of talk
    if row.pos == "NOUN" and "investigate" in row.mode.split() and enables(ctx, v):
        # "les investigations menées par le FBI ont permis d'arrêter les coupables": the inquiry is how the
        # arrest came about, the arrest is the event
        return "means"
    if (
        row.pos == "VERB"
        and not row.count
        and (toks[v].dep == "amod" or (toks[v].dep == "conj" and toks[toks[v].head].dep == "amod"))
    ):
        # "the alleged bombers", "its long-threatened invasion", "a frightened and intimidated
        # community", "the captured heat": a verb as an adjective describes, it reports nothing
        # (a victim's participle still counts them: "three wounded soldiers")
        return "adjective"
    if (row.pos == "VERB" and row.type == "ASSAULT" and describes_party(ctx, v)) or stance_of_party(ctx, v):
        # "a ceasefire with rebels fighting to topple his government", "Hamas, which advocates Israel's
        # destruction": what a party is doing or stands for, said to tell who it is; an act it made is
        # reported by a verb of its own
        return "description"
    # "attacked an army patrol", "une patrouille a été visée par une attaque", "un convoi humanitaire a été
    # attaqué": the unit or the convoy attacked is the victim, not a deployment or aid
    if row.type in ontology.in_class("target") and row.pos == "NOUN" and unit_attacked(ctx, v):
        return "unit-attacked"
    return ""
