"""Stage 7: event assembly. Triggers become events; the dependency parse gives their arguments.

The story of one article: find the trigger words (`eventmill.triggers`), drop those that are no
event of their own (`eventmill.status`), read each remaining trigger's actors, recipients, places
and counts (`eventmill.arguments`) and its status and final type (`eventmill.status`) into a raw
event, then merge the reports of one incident across sentences and fill what context gives
(`eventmill.merge`). Numbers on the trigger or the victim become dead/injured, numbers on the actor
the size.
"""
from __future__ import annotations

import dataclasses
from typing import Sequence

from eventmill.arguments import (Context, args, carrier, count, mentions, parties_under, party_before,
                                 speaker_of)
from eventmill.config import Config
from eventmill.merge import RawEvent, finish, merge_events, unasserted
from eventmill.models import Count, Document, Event, Span
from eventmill.pipeline import stage
from eventmill.status import (SPEECH_TYPES, ending_verb, final_type, modes_in_sentence, modifier,
                              no_event_of_its_own, prevented_protest, status_flags)
from eventmill.text import norm
from eventmill.triggers import Trigger, event_lexicon, find_triggers

# types that happen to people on the ground: their object may be a plain noun phrase ("five people")
PHYSICAL = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "AID"}


@stage("events", 1, needs=("tokens", "mentions", "quotes", "sentences"), fills=("events",))
def events(doc: Document, config: Config) -> Document:
    """Find triggers, read their arguments, merge reports of one incident, attach attribution."""
    lex = event_lexicon(doc.lang)
    ctx = Context(doc, lex)
    trigs = find_triggers(doc.tokens, doc.lang)
    ctx.trigger_heads = {t.head for t in trigs}
    ctx.assault_heads = {t.head for t in trigs if t.row.type == "ASSAULT"}
    speech = {t.head for t in trigs if t.row.type in SPEECH_TYPES | {"PROTEST"}}
    # "cancelled the restrictions": the noun's event carries the ending; the verb is not a second one
    enders = {g for t in trigs if (g := ending_verb(ctx, t)) is not None}
    protests = {t.head for t in trigs if t.row.type == "PROTEST"}
    raw: list[RawEvent] = []
    for trig in trigs:
        if no_event_of_its_own(ctx, trig, speech, enders, protests):
            continue
        ev = read_event(ctx, trig)
        if ev is not None:
            raw.append(ev)
    raw += _pronoun_reports(ctx, {t.head for t in trigs})
    # violence named in a sentence makes its deaths and injuries part of an attack
    violent = {e.sent for e in raw if e.type == "ASSAULT" and not e.outcome}
    for e in raw:
        e.violent = e.sent in violent or any(typ == "ASSAULT" for typ, _ in ctx.modes_in(e.sent))
    raw.sort(key=lambda e: e.trigger.start)
    merged = merge_events(raw, config.merge_window)
    if config.keep == "asserted":
        merged = [e for e in merged if not unasserted(e)]
    final: Sequence[Event] = finish(doc, merged, config)
    return dataclasses.replace(doc, events=tuple(final))


def read_event(ctx: Context, trig: Trigger) -> RawEvent | None:
    """One raw event from one trigger, or None when the trigger is only the content of another."""
    toks, row, v = ctx.toks, trig.row, trig.head
    actor_heads, recip_heads, other_heads, weak = args(ctx, trig)
    # a target named by a preposition may be a thing ("une attaque contre une route"): only a known
    # actor counts there
    things = weak | {k for k in recip_heads if ctx.tree.case(k)}
    if row.type not in PHYSICAL:
        things |= set(recip_heads)  # "agreed to a formula": a statement's object is rarely a party
    actors, recips = mentions(ctx, actor_heads, weak), mentions(ctx, recip_heads, things)
    if not recips and row.type not in PHYSICAL:
        # the other party of a statement often sits deeper in the clause ("promised to continue
        # military aid to Mozambique", "offered to hand over to Great Britain")
        recips = parties_under(ctx, v, exclude=set(actors))
    if not actors and row.type in SPEECH_TYPES and (speaker := speaker_of(ctx, v)) is not None:
        # reported speech with no subject of its own ("a révélé que ... avec sa complaisance"):
        # the speaker makes the accusation or demand, and the party named in the clause receives it
        actors = (speaker,)
        if not recips:
            recips = party_before(ctx, v, exclude={speaker})
    # a past participle on a noun ("the six U.S. service members killed", "les civils tués")
    on_victims = toks[v].dep == "acl" and toks[v].pos == "VERB" and "Tense=Past" in toks[v].morph
    if not actors and not on_victims:
        # (such a participle names its victims, not its actor)
        victims = {i for k in recip_heads for i in ctx.tree.subtree(k)}
        noun = carrier(ctx, v)
        witness = toks[v].pos == "NOUN" and ctx.lex.support.get(norm(toks[toks[noun].head].lemma)) == "witness"
        own = set(ctx.tree.subtree(noun)) if witness else None
        actors = party_before(ctx, v, exclude=set(recips), skip=victims, within=own)
    # a statement noun with nobody making or receiving it ("the threat of terrorism", "a deal") is
    # a topic, not an event a coder could record
    topic = row.pos == "NOUN" and row.type not in PHYSICAL and not (
        actors or recips or any(toks[k].pos == "PRON" for k in actor_heads + recip_heads))
    counts: dict[str, Count] = {}
    # numbers on the trigger itself ("plusieurs dizaines de tués", "des centaines de manifestants")
    if row.count and (c := count(ctx.count_on(v), ctx)):
        counts[row.count] = c
    for k in recip_heads:
        if row.count in ("dead", "injured") and row.count not in counts and (c := count(ctx.count_on(k), ctx)):
            counts[row.count] = c
    for k in actor_heads:
        if "size" not in counts and (c := count(ctx.count_on(k), ctx)):
            counts["size"] = c
    sent = ctx.doc.sentences[toks[v].sent]
    flags = status_flags(ctx, trig)
    modes = tuple(dict.fromkeys(m for m in [row.mode] + modes_in_sentence(ctx, trig) if m))
    def places_under(heads):
        scope = {i for h in heads for i in ctx.tree.subtree(h)}
        return [ctx.place_at[k] for k in sorted(scope) if k in ctx.place_at and toks[k].sent == toks[v].sent
                and k not in ctx.actor_at]
    # places on the trigger itself come before places inside its actors' names
    places = places_under(other_heads) + places_under(actor_heads + recip_heads)
    definite, demonstrative = _points_back(ctx, trig, on_victims, recip_heads)
    # "They killed 23 soldiers": a third-person pronoun subject continues an event just reported
    anaphoric = definite or any(toks[k].pos == "PRON" and "PronType=Prs" in toks[k].morph
                                 and "Person=3" in toks[k].morph for k in actor_heads)
    heading = ctx.heading(toks[v].sent)
    t0, t1 = toks[trig.first], toks[trig.last]
    prevented = prevented_protest(ctx, trig, flags)
    if prevented:
        # whoever prevented the protest acts on the protesters
        actors, recips = mentions(ctx, ctx.tree.children(toks[v].head, "nsubj")), actors
    etype, modes, flags = final_type(ctx, trig, flags, modes, actors, actor_heads, counts, prevented)
    return RawEvent(
        type=etype, sent=toks[v].sent, trigger=Span(t0.start, t1.end, ctx.doc.article.text[t0.start:t1.end]),
        trigger_lemma=" ".join(row.words), evidence=sent, modes=modes, actors=actors, recipients=recips,
        places=tuple(dict.fromkeys(places)), counts=counts, anaphoric=anaphoric, definite=definite,
        demonstrative=demonstrative,
        strength=0 if heading else 1 if anaphoric or v in ctx.actor_at else 2,
        # "12 were wounded" with nobody doing it reports an injury, not who caused it
        outcome=row.outcome or (row.count == "injured" and not actors), heading=heading, topic=topic,
        # "35 morts" is a toll; "the slaying of seven demonstrators" names its victims, so it is an act
        casualty_only=row.count in ("dead", "injured") and toks[v].pos in ("NOUN", "ADJ") and not (actors or recips),
        **flags)


def _points_back(ctx: Context, trig: Trigger, on_victims: bool, recip_heads: list[int]) -> tuple[bool, bool]:
    """Whether the trigger names an event already reported, and whether by a demonstrative: "cette
    offensive" always points back, "l'attaque" when an attack was reported, and so do "the members
    killed"; "another attack", "the slaying of seven more demonstrators" are new incidents."""
    toks, v = ctx.toks, trig.head
    dets = {modifier(ctx, c) for c in ctx.tree.children(v, "det")}
    demonstrative = "demonstrative" in dets
    definite = demonstrative or (trig.row.pos == "NOUN" and "definite" in dets)
    if on_victims:
        head = toks[v].head
        definite = definite or bool({modifier(ctx, c) for c in [head] + ctx.tree.children(head, "det")}
                                    & {"definite", "demonstrative"})
    near = ctx.tree.children(v) + [g for k in recip_heads for g in [k] + ctx.tree.children(k)]
    near += [g for k in near for g in ctx.tree.children(k)]
    if any(_additive(ctx, k) for k in near):
        return False, False
    return definite, definite and demonstrative


def _additive(ctx: Context, k: int) -> bool:
    """Token k marks a new incident ("another", "seven more", "d'autres"), not "more than twenty"."""
    if modifier(ctx, k) != "additive":
        return False
    return not (k + 1 < len(ctx.toks) and modifier(ctx, k + 1) == "comparative")


def _pronoun_reports(ctx: Context, trigger_heads: set[int]) -> list[RawEvent]:
    """"Elle a été menée par X": a support verb whose subject is a pronoun continues the last event."""
    out = []
    for t in ctx.toks:
        if t.i in trigger_heads or norm(t.lemma) not in ctx.lex.support or ctx.lex.support[norm(t.lemma)] != "actor":
            continue
        subj = ctx.tree.children(t.i, "nsubj")
        if not subj or ctx.toks[subj[0]].pos != "PRON" or ctx.toks[subj[0]].dep != "nsubj:pass":
            continue
        agents = [c for c in ctx.tree.children(t.i) if ctx.toks[c].dep == "obl:agent" or ctx.tree.case(c) == "par"]
        counts = {}
        for k in agents:
            if (c := count(ctx.count_on(k), ctx)):
                counts["size"] = c
        out.append(RawEvent(type="", sent=t.sent, trigger=Span(t.start, t.end, t.text), trigger_lemma="",
                            evidence=ctx.doc.sentences[t.sent], actors=mentions(ctx, agents), counts=counts,
                            anaphoric=True, strength=1))
    return out
