"""Crowd control is part of the protest it breaks up.

"Les forces de l'ordre ont dispersé les manifestants avec des grenades lacrymogènes", "Police used
tear gas to disperse demonstrators", "Les agents ont sommé la foule de se disperser": ACLED codes these
as one event, a protest "with intervention", and the PLOVER gold records code "riot police used tear
gas to disperse demonstrators" as a PROTEST. Read one trigger at a time they become a COERCE, an
ASSAULT or a REQUEST beside the protest, so one demonstration makes two or three records.

A report is crowd control when its trigger is a word of `resources/<lang>/crowd.txt` (disperse), or
one hangs on it ("pour disperser", "avec des gaz lacrymogènes", "tirs de balles en caoutchouc"), and
it reports no dead, no injured and no arrest (those stay events of their own: ACLED's excessive force,
PLOVER's arrests). What it becomes is data (`intervention` in `resources/xx/plover.tsv`):
- the article reports a protest: the report joins it, as more evidence (`also_evidence`);
- it does not, and the crowd is named: the report is that crowd's protest, the police its recipient
  (ACLED's actor2 for a protest with intervention).
"""

from __future__ import annotations

from functools import cache

from eventmill import datafiles, ontology
from eventmill.events.context import Context
from eventmill.events.merge import absorb_event
from eventmill.events.raw import RawEvent, unasserted
from eventmill.phrases import PhraseIndex


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
            if any(toks[j].i in near for j in range(m.first, m.last + 1)):
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
            if o is not ev and o.type == "ASSAULT" and not unasserted(o) and ev.sent - 3 <= max(o.sents) <= ev.sent
        ]
        if fight and not any(m.actor and m.actor.kind == "protesters" for m in ev.recipients):
            # "Des jihadistes ont attaqué une base. Les soldats ont dispersé les assaillants": no
            # protest was reported, and breaking up whoever just attacked is part of that attack
            absorb_event(fight[-1], ev, parties=False)
            continue
        crowd = tuple(m for m in ev.recipients if not (m.actor and m.actor.kind in armed))
        if crowd:
            ev.type, ev.modes = protest, ()
            ev.actors, ev.recipients = crowd, ev.actors
            ev.rule = f"{ev.rule}+intervention" if ev.rule else "intervention"
            ev.crowd = False  # now a protest, which later crowd control in the article joins
        keep.append(ev)
    return keep
