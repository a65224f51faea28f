"""Stage `assemble`: decided candidates become events.

Candidates the typer kept become raw events; a support verb with a pronoun subject ("Elle a été
menée par X") continues the event before it; violence named in a sentence makes its deaths part of
an attack; reports of one incident merge, within a window or, retold in other words, across the
article (`eventmill.events.merge`); an article about another subject
sets its events aside (`eventmill.events.relevance`); what is not asserted is dropped
(unless `keep = "all"`); and place, date, attribution and implied participants are filled from
context (`eventmill.events.finish`).
"""

from __future__ import annotations

import dataclasses

from eventmill import ontology
from eventmill.config import Config
from eventmill.events.arguments import mentions
from eventmill.events.context import Context, context_for, count
from eventmill.events.days import read_days
from eventmill.events.finish import finish
from eventmill.events.intervention import crowd_control, fold_crowd_violence, fold_interventions, riot_umbrellas
from eventmill.events.merge import merge_events
from eventmill.events.pointing import new_incident, told_of
from eventmill.events.raw import RawEvent, unasserted
from eventmill.events.recalled import recalled, year_recalled
from eventmill.events.relevance import (
    WORDS_ONLY,
    accident_word,
    accidental,
    always_news,
    figurative_only,
    off_topic,
    violence_named,
)
from eventmill.events.status import modifier
from eventmill.events.tolls import bare_plural
from eventmill.models import Candidate, Document, Mention, Span, Toll
from eventmill.registry import stage
from eventmill.reporting import reporting_verbs
from eventmill.text import norm


@stage("assemble", 57, needs=("candidates", "tokens", "mentions", "quotes", "sentences"), fills=("events", "tolls"))
def assemble(doc: Document, config: Config) -> Document:
    """Turn decided candidates into events: merge reports of one incident, fill place, date and source."""
    ctx = context_for(doc, ((c.head, c.entry.type) for c in doc.candidates))
    raw = [raw_event(doc, c, ctx) for c in doc.candidates if c.decision is not None and c.decision.type]
    raw += _pronoun_reports(ctx, {c.head for c in doc.candidates})
    # violence named in a sentence makes its deaths and injuries part of an attack (not violence in general:
    # "Hume, who helped end decades of bloodshed, has died")
    violent = {e.sent for e in raw if e.type == "ASSAULT" and not e.outcome and not e.generic}
    for e in raw:
        e.violent = e.sent in violent or any(typ == "ASSAULT" for typ, _ in ctx.modes_in(e.sent))
    raw.sort(key=lambda e: e.trigger.start)
    read_days(doc, raw, config)
    # police breaking up a crowd is part of the protest it breaks up
    merged = fold_interventions(merge_events(riot_umbrellas(raw), config.merge_window))
    # a report the learned typer doubts that no other report joined is no event
    merged = [e for e in merged if not e.doubted]
    if subject := off_topic(doc):
        for e in merged:
            if not always_news(e.counts):
                e.off_topic = subject
    # an attack word with no violence anywhere in the article is a figure of speech ("fight for funding")
    figures = [e for e in merged if e.type == "ASSAULT" and figurative_only(doc.lang or "", e.lemmas)]
    if figures and not violence_named(ctx, raw):
        for e in figures:
            e.figurative = True
    armed = ontology.kinds_in("armed")
    # firefighters are a public service, not an armed party in a fire; a country or a government named in a
    # disaster's sentence is a party only as the subject of a deed (`_acts`): "a frappé vendredi le centre du
    # Maroc" is where it struck, "Israel accidentally killed three hostages" is a deed
    armed_in = {
        ctx.toks[m.head].sent
        for m in doc.mentions
        if m.kind == "actor"
        and m.actor
        and m.actor.kind in armed
        and not accident_word(doc.lang or "", ctx.toks[m.head])
        and not (m.actor.kind in WORDS_ONLY and not _acts(ctx, m.head))
    }
    for e in merged:
        # deaths or a blast told as an accident are no attack, unless its sentences name an armed party
        # ("seven Taliban militants were killed in two accidental explosions": their own bombs, which
        # ACLED codes as explosions)
        e.accident = e.accident and e.type in ontology.in_class("disaster") and not armed_in & set(e.sents)
    # violence between the police and a crowd is part of the protest the article reports
    merged = fold_crowd_violence(doc, merged)
    # running totals are kept apart, as the article's tolls
    tolls = tuple(
        Toll(k, c, e.evidence) for e in merged if e.cumulative for k, c in e.counts.items() if k in ("dead", "injured")
    )
    if config.keep == "asserted":
        merged = [e for e in merged if not unasserted(e)]
    events = finish(doc, merged, config)
    if config.keep == "asserted":
        events = [e for e in events if not e.unasserted]  # incidents of the past, known once dated
    return dataclasses.replace(doc, events=tuple(events), tolls=tolls)


def _acts(ctx: Context, k: int) -> bool:
    """Whether a country or a government at token k is the subject of a deed, not of a statement ("Israel
    accidentally killed three hostages", not "the government said 50 died in floods") nor a place's owner
    ("the earthquake struck Morocco's High Atlas")."""
    toks = ctx.toks
    return toks[k].dep.startswith("nsubj") and norm(toks[toks[k].head].lemma) not in reporting_verbs(ctx.doc.lang or "")


def raw_event(doc: Document, c: Candidate, ctx: Context) -> RawEvent:
    """The raw event of a candidate the typer kept, with its decided type, modes and status."""
    d = c.decision
    assert d is not None
    return RawEvent(
        type=d.type,
        sent=c.sent,
        trigger=c.trigger,
        trigger_lemma=" ".join(c.entry.words),
        evidence=doc.sentences[c.sent],
        modes=d.modes,
        actors=c.actors,
        recipients=c.recipients,
        places=c.places,
        placed=c.sent in _placed_sentences(ctx),
        witnessed=any(q.direct and q.text.start <= c.trigger.start < q.text.end for q in doc.quotes),
        counts=dict(c.counts),
        anaphoric=c.has("anaphoric"),
        definite=c.has("definite"),
        demonstrative=c.has("demonstrative"),
        sequel=c.has("sequel"),
        onward=c.has("onward"),
        both=c.has("both"),
        earliest=c.has("earliest"),
        answers=c.has("answers"),
        scene=c.has("scene"),
        named_again=c.has("named_again"),
        they=told_of(ctx, c.head),
        doers_new=_doers(ctx, c.actors, "one"),
        doers_known=_doers(ctx, c.actors, "definite"),
        taken_new=bool(_doers(ctx, c.recipients, "one")),
        taken_known=bool(_doers(ctx, c.recipients, "definite")),
        umbrella=ctx.lex.support.get(norm(ctx.toks[c.head].lemma)) == "umbrella",
        cause=c.has("cause"),
        setting=_setting(ctx, c),
        aged=(aged := year_recalled(ctx, c.head)),
        recalled=aged or recalled(ctx, c.head),
        aside=ctx.toks[c.head].dep == "acl:relcl",
        series=ctx.toks[c.head].pos == "NOUN" and bare_plural(ctx, c.head),
        singular=ctx.toks[c.head].pos == "NOUN" and "Number=Sing" in ctx.toks[c.head].morph,
        additive=new_incident(ctx, c.head, [m.head for m in c.recipients if m.head >= 0]),
        strength=c.strength,
        outcome=c.has("outcome"),
        heading=c.has("heading"),
        title=c.has("title"),
        accident=accidental(ctx, c.head),
        crowd=crowd_control(ctx, c.head, d.type),
        targets=_targets(ctx, c),
        cumulative=c.has("cumulative"),
        topic=c.has("topic"),
        casualty_only=c.has("casualty_only"),
        risen=c.has("risen"),
        negated="negated" in d.status,
        hypothetical="hypothetical" in d.status,
        generic="generic" in c.status,
        future="future" in d.status,
        doubted="doubted" in d.status,
        score=d.score,
        rule=d.rule,
    )


def _doers(ctx: Context, parties: tuple[Mention, ...], article: str) -> frozenset[str]:
    """The head words of its doers (or other parties) named by a common noun with an article of this kind
    ("one": "A suicide bomber blew himself up", or a plural with none, "Three suicide bombers killed";
    "definite": "The bomber drove a truck", "The bombers struck outside a hall")."""
    # (a doer introduced with the noun of its group, "Militia fighters attacked ...", is named again by that
    # noun too: "Fighting between the militia and federal troops")
    return frozenset(
        norm(ctx.toks[k].lemma)
        for m in parties
        if m.actor and m.actor.generic and m.head >= 0 and _introduced(ctx, m, article)
        for k in [m.head, *(ctx.tree.children(m.head, "compound") if article == "one" else ())]
        if m.span.start <= ctx.toks[k].start < m.span.end
    )


def _introduced(ctx: Context, m: Mention, article: str) -> bool:
    # (a plural only of armed doers: crowds named again, "les manifestants", are left to the protest's rules)
    k, plural = m.head, "Number=Plur" in ctx.toks[m.head].morph
    if plural and (m.actor is None or m.actor.kind not in ontology.kinds_in("armed")):
        return False
    dets = {modifier(ctx, d) for d in ctx.tree.children(k, "det")}
    if article == "one" and plural:
        # (an indefinite plural article is no article here: "Des insurgés ont attaqué", "some gunmen")
        return not dets & {"definite", "demonstrative"}
    return article in dets and (plural or "Number=Sing" in ctx.toks[k].morph)


def _setting(ctx: Context, c: Candidate) -> int:
    """For a definite event noun that is the circumstance of a verb ("were killed in the fighting", "died in
    the attack"), the start of that verb: the noun names a larger incident, reported before, not that verb's
    report; else -1."""
    tok = ctx.toks[c.head]
    if not c.has("definite") or tok.pos != "NOUN" or not tok.dep.startswith(("obl", "nmod")) or tok.head == c.head:
        return -1
    # a bare noun only: "the attack on a hotel" or "the 2008 attack" may name an incident of its own
    # (the words of its own phrase aside: "killed in the exchange of fire")
    # (and a relative clause set off by a comma, which adds to the noun rather than picking one out: "tués dans
    # l'assaut, qui a duré plusieurs heures")
    if any(
        ctx.toks[k].dep not in ("det", "case", "punct") and not c.first <= k <= c.last and not _aside(ctx, k)
        for k in ctx.tree.children(c.head)
    ):
        return -1
    verb = ctx.toks[tok.head]
    if verb.pos == "ADV" and verb.dep == "advmod":
        verb = ctx.toks[verb.head]  # "tués lors des combats": the parser may hang the noun on "lors"
    if verb.sent != tok.sent:
        return -1
    if tok.dep.startswith("obl"):
        return verb.start if verb.pos == "VERB" else -1
    # on a noun, the deaths it is the circumstance of ("the death toll from the explosion", "deaths in the
    # attack"): the noun itself or the death word it is qualified by
    for k in [*ctx.tree.children(tok.head, "compound"), tok.head]:
        if k in ctx.trigger_heads and k != c.head:
            return ctx.toks[k].start
    return -1


def _aside(ctx: Context, k: int) -> bool:
    """Token k heads a relative clause set off by a comma before it."""
    first = min(ctx.tree.subtree(k))
    return ctx.toks[k].dep == "acl:relcl" and first > 0 and ctx.toks[first - 1].text == ","


def _targets(ctx: Context, c: Candidate) -> tuple[frozenset[str], frozenset[str]]:
    """The head nouns of the things it was done to ("a police checkpoint", "le convoi"): all of them,
    and those with a definite or demonstrative article ("the checkpoint"), which point back to a
    thing already named. People are left out: "the soldiers" may be other soldiers."""
    every, definite = set(), set()
    for m in c.recipients:
        if m.head < 0 or (m.actor and m.actor.kind != "other") or ctx.toks[m.head].pos != "NOUN":
            continue
        word = norm(ctx.toks[m.head].lemma)
        every.add(word)
        if _known(ctx, m.head):
            definite.add(word)
    # and a thing hit that is no party, in a target phrase ("tués dans des frappes sur un marché", "une
    # attaque contre un poste militaire", which the lexicons read as a unit of the army)
    # (with a definite article it too points back: "walked across his yard and fired at the couple")
    if c.entry.type in ontology.in_class("harm"):
        for k in ctx.tree.children(c.head, "obl", "obl:mod", "nmod"):
            if (
                ctx.toks[k].pos == "NOUN"
                and k not in ctx.date_at
                and any(ctx.lex.case_is(ctx.tree.case(k), role) for role in ("target", "against"))
            ):
                every.add(norm(ctx.toks[k].lemma))
                if _known(ctx, k):
                    definite.add(norm(ctx.toks[k].lemma))
    return frozenset(every), frozenset(definite)


def _known(ctx: Context, k: int) -> bool:
    """Noun k has a definite or demonstrative article: it names a thing already told of."""
    return bool({modifier(ctx, d) for d in ctx.tree.children(k, "det")} & {"definite", "demonstrative"})


def _pronoun_reports(ctx: Context, trigger_heads: set[int]) -> list[RawEvent]:
    """ "Elle a été menée par X": a support verb whose subject is a pronoun continues the last event."""
    out = []
    for t in ctx.toks:
        if t.i in trigger_heads or ctx.lex.support.get(norm(t.lemma)) != "actor":
            continue
        subj = ctx.tree.children(t.i, "nsubj")
        if not subj or ctx.toks[subj[0]].pos != "PRON" or ctx.toks[subj[0]].dep != "nsubj:pass":
            continue
        agents = [
            c
            for c in ctx.tree.children(t.i)
            if ctx.toks[c].dep == "obl:agent" or ctx.lex.case_is(ctx.tree.case(c), "agent")
        ]
        counts = {}
        for k in agents:
            if c := count(ctx.count_on(k), ctx):
                counts["size"] = c
        out.append(
            RawEvent(
                type="",
                sent=t.sent,
                trigger=Span(t.start, t.end, t.text),
                trigger_lemma="",
                evidence=ctx.doc.sentences[t.sent],
                actors=mentions(ctx, agents),
                counts=counts,
                anaphoric=True,
                strength=1,
                rule="rules:continuation",
            )
        )
    return out


def _placed_sentences(ctx: Context) -> frozenset[int]:
    """The sentences that name a place, once per document (`RawEvent.placed`)."""
    if ctx.placed_sents is None:
        ctx.placed_sents = frozenset(ctx.toks[k].sent for k in ctx.place_at)
    return ctx.placed_sents
