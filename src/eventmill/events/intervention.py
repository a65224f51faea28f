"""Crowd control is part of the protest it breaks up.

"Les forces de l'ordre ont dispersé les manifestants avec des grenades lacrymogènes", "Police used
tear gas to disperse demonstrators", "Les agents ont sommé la foule de se disperser": ACLED codes these
as one event, a protest "with intervention", and the PLOVER gold records code "riot police used tear
gas to disperse demonstrators" as a PROTEST. Read one trigger at a time they become a COERCE, an
ASSAULT or a REQUEST beside the protest, so one demonstration makes two or three records.

A report is crowd control when its trigger is a word of `resources/<lang>/crowd.txt` (disperse), or
one hangs on it ("pour disperser", "avec des gaz lacrymogènes", "tirs de balles en caoutchouc"), and
it reports no dead, no injured and no arrest (arrests stay events of their own, PLOVER's arrests).
What it becomes is data (`intervention` in `resources/xx/plover.tsv`):
- the article reports a protest: the report joins it, as more evidence (`also_evidence`);
- it does not, and the crowd is named: the report is that crowd's protest, the police its recipient
  (ACLED's actor2 for a protest with intervention).

Violence between the police and a crowd that hurts or kills (`fold_crowd_violence`) joins the protest
the article reports with its figures (ACLED's violent demonstration and excessive force against
protesters), unless the article reports an attack of another kind.
"""

from __future__ import annotations

from functools import cache

from eventmill import datafiles, ontology
from eventmill.events.context import Context
from eventmill.events.lexicon import event_lexicon
from eventmill.events.merge import absorb_event, take_figures
from eventmill.events.raw import RawEvent, unasserted
from eventmill.models import Document
from eventmill.phrases import PhraseIndex
from eventmill.text import norm


@cache
def _crowd_words(lang: str) -> PhraseIndex[bool]:
    return PhraseIndex((w, True) for w in datafiles.words(lang, "crowd.txt"))


def crowd_control(ctx: Context, k: int, etype: str) -> bool:
    """Whether the trigger at token k, of a type police action on a crowd can take (not the protest
    itself: "dispersé le cortège avec des gaz"), or a word that hangs on it (children and theirs),
    names breaking up a crowd or the means of it."""
    index = _crowd_words(ctx.doc.lang or "")
    if not index.index or not ontology.retype(etype, "intervention"):
        return False
    near = {k, *ctx.tree.children(k)}
    if ctx.toks[k].dep == "xcomp":
        # "la police a pu les neutraliser avec du gaz lacrymogène": the means hang on the modal verb
        near |= set(ctx.tree.children(ctx.toks[k].head))
    near |= {g for c in list(near - {k}) for g in ctx.tree.children(c)}
    toks = ctx.by_sentence.get(ctx.toks[k].sent, [])
    for use_lemma in (True, False):
        for m in index.scan(toks, use_lemma=use_lemma):
            words = [toks[j].i for j in range(m.first, m.last + 1)]
            if any(i in near for i in words) and not any(_armed_object(ctx, i) for i in words):
                return True
    return False


def _armed_object(ctx: Context, i: int) -> bool:
    """The crowd word at token i breaks up armed men, no crowd ("ont attaqué le camp avant de disperser les
    combattants"): a fight, not crowd control."""
    armed = ontology.kinds_in("armed")
    for k in ctx.tree.children(i, "obj"):
        m = ctx.actor_at.get(k)
        if m is not None and m.actor is not None and m.actor.kind in armed:
            return True
    return False


def _intervention(ev: RawEvent) -> str:
    """The type a crowd-control report takes as part of a protest, or "" when it is no crowd control."""
    if not ev.crowd or ev.counts.keys() & {"dead", "injured"}:
        return ""
    if ontology.incident_role(ev.type, ev.modes)[1] == "aftermath":  # an arrest stays an arrest
        return ""
    new = ontology.retype(ev.type, "intervention")
    return new[0] if new else ""


def fold_interventions(events: list[RawEvent]) -> list[RawEvent]:
    """Crowd control joins the protest the article reports, or becomes the protest of the crowd it names."""
    keep: list[RawEvent] = []
    for ev in events:
        protest = _intervention(ev)
        if not protest:
            keep.append(ev)
            continue
        hosts = [o for o in events if o is not ev and o.type == protest and not o.crowd and not unasserted(o)]
        if hosts:
            before = [o for o in hosts if min(o.sents) <= ev.sent]
            absorb_event(before[-1] if before else hosts[0], ev, parties=False)
            continue
        armed = ontology.kinds_in("armed")
        fight = [
            o
            for o in events
            if o is not ev
            and o.type == "ASSAULT"
            and not unasserted(o)
            and any(ev.sent - 3 <= s <= ev.sent for s in o.sents)
        ]
        # (and so is a crowd the attackers break up, no force of the state: "Les ravisseurs ont tiré en l'air
        # pour disperser la foule")
        doers = {m.actor.kind for m in ev.actors if m.actor}
        lawless = bool(doers) and not doers & ontology.kinds_in("state")
        if fight and (lawless or not any(m.actor and m.actor.kind == "protesters" for m in ev.recipients)):
            # "Des jihadistes ont attaqué une base. Les soldats ont dispersé les assaillants": no
            # protest was reported, and breaking up whoever just attacked is part of that attack
            absorb_event(fight[-1], ev, parties=False)
            continue
        # (a crowd: protesters, people; not an armed force, nor a party whose members were put down, "a
        # réprimé les opposants", which is no protest the article reports)
        unarmed = ontology.kinds_in("crowd") - armed
        crowd = tuple(m for m in ev.recipients if not (m.actor and m.actor.kind not in unarmed))
        if crowd:
            ev.type, ev.modes = protest, ()
            ev.actors, ev.recipients = crowd, ev.actors
            ev.rule = f"{ev.rule}+intervention" if ev.rule else "intervention"
            ev.crowd = False  # now a protest, which later crowd control in the article joins
        keep.append(ev)
    return keep


def _crowd_harm(ev: RawEvent) -> tuple[str, tuple[str, ...]] | None:
    """The riot (type, modes) that harm a crowd's clash may do would be, when ev is such harm: an attack
    of the type a riot of armed sides is, by the means a crowd's clash takes (blows, stones, gunfire; not a
    bomb or an air strike), told as news of its own (not "another", not before or after another incident,
    not recalled); None otherwise."""
    riot = ontology.retype(ev.type, "riot")
    fight = ontology.retype(riot[0], "fighting") if riot else None
    if riot is None or fight is None or fight[0] != ev.type or unasserted(ev):
        return None
    if ev.additive or ev.sequel or ev.aside or ev.recalled or not set(ev.modes) <= ontology.riot_modes(ev.type):
        return None
    return riot


def _clash(ev: RawEvent) -> bool:
    """Violence between the police and the unarmed (protesters, a crowd, plain people): harm of a crowd's
    clash (`_crowd_harm`)."""
    if _crowd_harm(ev) is None:
        return False
    kinds = {m.actor.kind if m.actor else "other" for m in (*ev.actors, *ev.recipients)}
    # one side is the police: unknown gunmen killing civilians, or demonstrators, is an attack
    return kinds <= ontology.kinds_in("crowd") and "police" in kinds


# how many sentences after a riot a killing or injuries nobody is said to inflict are still its
RIOT_AFTER = 2


def _killed_in_riot(ev: RawEvent, events: list[RawEvent]) -> bool:
    """A killing or injuries nobody is said to inflict, told in the sentence of a riot or just after it
    ("Three people were killed in clashes between protesters and police", "Trois personnes ont été
    tuées lors de heurts entre des manifestants et la police"): the riot's dead, not an attack of its own."""
    riot = _crowd_harm(ev)
    if riot is None or ev.actors or not ev.counts.keys() & {"dead", "injured"}:
        return False
    crowd = ontology.kinds_in("crowd")
    if any(m.actor and m.actor.kind not in crowd for m in ev.recipients):
        return False
    # (in its sentence, or told just after it: "... une quatrième nuit de violences urbaines. Selon le
    # ministère, 79 policiers ont été blessés et 1 350 véhicules incendiés")
    return any(
        o.type == riot[0]
        and set(riot[1]) <= set(o.modes)
        and (ev.sent in o.sents or 0 < ev.sent - max(o.sents) <= RIOT_AFTER)
        and not (ev.days and o.days and not ev.days & o.days)
        and not unasserted(o)
        for o in events
        if o is not ev
    )


def fold_crowd_violence(doc: Document, events: list[RawEvent]) -> list[RawEvent]:
    """Violence between the police and a crowd, in an article that reports a protest and no other
    attack, is that protest's (ACLED's violent demonstration and excessive force against protesters are
    protest events): "Des ouvriers ont manifesté ... La police a tiré sur la foule, tuant trois
    ouvriers" is one protest with three dead, not a protest and an attack. Its figures join the
    protest; its parties do not (the police are the protest's recipient, not its actor). In an article
    that reports an attack of another kind (a bombing), police and civilian victims are that attack's;
    a protest its own clause dates to other days is another incident, and violence its sentence dates
    as history is none of today's protest ("On March 21, 1960, police opened fire on a crowd ...
    Thousands marched in 2001")."""
    history = [m.span.start for m in doc.mentions if m.kind == "date" and m.date and m.date.background]
    today = [ev for ev in events if not any(ev.evidence.start <= k < ev.evidence.end for k in history)]
    # (harm nobody is said to do, told with a riot, is the riot's whatever else the article reports)
    riot_harm = [ev for ev in today if _killed_in_riot(ev, events)]
    clashes = [ev for ev in today if _clash(ev)]
    if any(
        ev.type in {c.type for c in clashes} and ev not in clashes + riot_harm and not unasserted(ev) for ev in events
    ):
        clashes = []
    clashes += riot_harm
    if not clashes:
        return events
    keep: list[RawEvent] = []
    for ev in events:
        riot = ontology.retype(ev.type, "riot") if ev in clashes else None
        hosts = [
            o
            for o in events
            if riot
            and o.type == riot[0]
            and not o.crowd
            and not unasserted(o)
            and not (ev.days and o.days and not ev.days & o.days)
            and not (ev.sent in o.sents and _sparked(doc, o))
        ]
        if not hosts:
            keep.append(ev)
            continue
        before = [o for o in hosts if min(o.sents) <= ev.sent]
        host = before[-1] if before else hosts[0]
        absorb_event(host, ev, parties=False)
        for k, v in ev.counts.items():
            host.counts.setdefault(k, v)
        take_figures(host, ev)
    return keep


def _sparked(doc: Document, protest: RawEvent) -> bool:
    """A protest its sentence tells as set off by another act ("shot and killed a man during a traffic stop,
    sparking protests", "a déclenché des émeutes": `sparked` rows of modifiers.tsv): violence told in that
    sentence is its cause, not the crowd control of it."""
    mods = event_lexicon(doc.lang or "").modifiers
    for t in doc.tokens:
        if t.start == protest.trigger.start:
            return any(mods.get(norm(doc.tokens[h].lemma)) == "sparked" for h in (t.i, t.head))
    return False


def riot_umbrellas(raw: list[RawEvent]) -> list[RawEvent]:
    """A noun of violence that names no act of its own ("les violences"), told in the sentence of a riot, is
    that riot, not an attack beside it, and so is the harm the crowd does in that sentence: "De nouvelles violences
    ont éclaté à Nanterre, où des jeunes ont incendié des voitures et tiré sur les policiers" is one riot (so its
    reports merge, as those of one sentence do)."""
    crowd = ontology.kinds_in("crowd")
    for ev in raw:
        riot = ontology.retype(ev.type, "riot")
        if not (ev.umbrella and riot is not None) or not any(
            o.type == riot[0] and set(riot[1]) <= set(o.modes) and o.sent == ev.sent for o in raw if o is not ev
        ):
            continue
        harm = ev.type
        for o in raw:
            if o is ev or (
                o.sent == ev.sent
                and o.type == harm
                and o.actors
                and all(m.actor and m.actor.kind in crowd for m in o.actors)
            ):
                o.type, o.modes = riot[0], riot[1]
    return raw
