"""Evidence for and against two reports being one incident (used by `eventmill.events.merge`).

Against: other figures for the same people, other places, other named actors, another role, one
negated (`conflict`). For, across the whole article: a report that names nothing of its own and
retells, in another word of the same family, the only incident of its type reported before
("Une explosion ... à Tunis a fait trois morts." ... "une bombe artisanale ... a explosé.":
`retold_incident`).
"""

from __future__ import annotations

import datetime as dt

from eventmill import ontology
from eventmill.dategrammar import iso_span
from eventmill.events.placelinks import holds, own_places, placed_in, same_place, within
from eventmill.events.raw import RawEvent
from eventmill.models import Count, Mention
from eventmill.text import norm

# a definite noun may date an incident a day or two from its first report ("claimed on Thursday an attack ...
# The attack took place on Wednesday"); days further apart are two incidents
DAYS_APART = 7


def names(ms: tuple[Mention, ...]) -> set[str]:
    return {norm(m.actor.name if m.actor else m.span.text) for m in ms}


def share_name(xs: set[str], ys: set[str]) -> bool:
    """Whether two sets of normalised names share a party: the same name, or a one-word name that is
    the last word of a longer one ("Ortiz" and "Jerry Ortiz": news gives a full name once, then the
    surname)."""
    if xs & ys:
        return True

    def surnames(names: set[str]) -> set[str]:
        return {n.split()[-1] for n in names if " " in n}

    return bool(surnames(xs) & ys or surnames(ys) & xs)


def same_parties(a: RawEvent, b: RawEvent) -> bool:
    """b names again a party or thing of a's physical incident: the same victim ("a major general was killed"
    ... "Major General Gladkikh died"), the doer with a definite article ("A suicide bomber blew himself up
    ... The bomber rammed a car into the gate"), the thing hit so ("attacked a police checkpoint" ...
    "attacked the checkpoint"), or, of an arrest or a charge, the one taken ("Police arrested a 24-year-old
    man" ... "the suspect had been detained after a brief chase")."""
    if a.taken_new and b.taken_known and _aftermath(a) and _aftermath(b):
        return True
    return a.type in ontology.in_class("physical") and bool(
        share_name(names(a.recipients), names(b.recipients))
        or a.doers_new & b.doers_known
        or b.targets[1] & a.targets[0]
    )


def _aftermath(e: RawEvent) -> bool:
    return ontology.incident_role(e.type, e.modes)[1] == "aftermath"


def conflict(a: RawEvent, b: RawEvent, anaphoric: bool, referred: bool = False) -> bool:
    """Whether b cannot report a's incident: other figures for the same people (unless b names a's
    incident with a definite noun, `referred`: then the figures are a range), other places or named
    actors, another role in the incident, other days named in their own clauses, crowd control told
    apart, or one negated."""
    for slot in set(a.counts) & set(b.counts):
        ca, cb = a.counts[slot], b.counts[slot]
        if (
            (ca.value, ca.high) != (cb.value, cb.high)
            and not other_victims(ca, cb)
            and not (referred or a.risen or b.risen)  # (a toll that rose gives a later count)
            and not (within_range(ca, cb) or within_range(cb, ca))
            and not _disputed(a, b)
        ):
            return True
    if b.sent in a.sents and a.sequel != b.sequel:
        return True  # "claimed the bombing, saying it was revenge for government raids": two incidents
    if a.generic != b.generic:
        return True  # "Gunmen have killed worshippers in recent years": no report of today's incident
    if not anaphoric and a.recalled != b.recalled:
        return True  # "In 2016, gunmen stormed the same centre": an incident recalled, not today's
    pa, pb = own_places(a), own_places(b)
    # a report naming the incident with a definite noun, or of the same sentence ("In Baghlan province, six
    # soldiers died when insurgents attacked an outpost in Pul-i-Khumri"), may name a district of its
    # province, or a town in a region, or a village no gazetteer lists
    near = referred or anaphoric or b.sent in a.sents or _next_by_same_group(a, b)
    # (and a scene told in the imparfait after the report may name a quarter of its town: "La police a
    # dispersé une manifestation à Lomé. Des centaines de manifestants s'étaient rassemblés dans le
    # quartier de Bè")
    if (
        pa
        and pb
        and not any(
            same_place(x, y) or (near and within(x, y)) or (b.scene and placed_in(x, y)) for x in pa for y in pb
        )
    ):
        return True
    named_a = names(tuple(m for m in a.actors if m.actor and not m.actor.generic))
    named_b = names(tuple(m for m in b.actors if m.actor and not m.actor.generic))
    # a generic agent ("des miliciens") may be the named group; two different names contradict
    # (one word read twice is one party: "a Russian missile strike ... injured 12": the country of the
    # strike, the adjective of the verb's subject)
    spans_a = {(m.span.start, m.span.end) for m in a.actors}
    if (
        not anaphoric
        and named_a
        and named_b
        and not share_name(named_a, named_b)
        and not any((m.span.start, m.span.end) in spans_a for m in b.actors)
    ):
        return True
    if (
        a.type in ontology.in_class("physical")
        and a.modes
        and b.modes
        and ontology.incident_role(a.type, a.modes) != ontology.incident_role(b.type, b.modes)
    ):
        return True  # an arrest is never the ban or the raid it follows (resources/xx/incidents.tsv)
    if (
        a.days
        and b.days
        and not _overlap(a.days, b.days)
        and (not (a.death_only or b.death_only or referred) or _apart(a, b))
    ):
        # "on Monday" ... "on Tuesday": two incidents; but a death told later may date the death, and a
        # definite noun naming a's incident may say when it was ("claimed on Thursday an attack ... The
        # attack took place on Wednesday")
        return True
    if a.crowd != b.crowd and b.sent not in a.sents:
        return True  # crowd control told apart belongs to the protest it breaks up (events/intervention.py)
    return a.negated != b.negated


def _disputed(a: RawEvent, b: RawEvent) -> bool:
    """b, told right after a's report with no doer, place or day of its own, gives another figure for a's
    casualties ("Police spokesman Alfred Alabo said 18 people had been killed", after "Gunmen killed at
    least 30 people"): one incident, its figures a range."""
    return (
        a.type == b.type
        and b.sent - max(a.sents) == 1
        and not (b.actors or b.placed or b.days)
        and not (b.anaphoric or b.additive or b.generic or b.recalled or b.cumulative)
    )


def _next_by_same_group(a: RawEvent, b: RawEvent) -> bool:
    """b, in the sentence right after a's, names a's doer by the same name ("RSF fighters killed 40
    villagers in an attack on a village in El Gezira state ... The RSF stormed the village of Wad
    al-Noura"): it may name a town of a's province, as a report pointing back does."""
    named = [names(tuple(m for m in e.actors if m.actor and not m.actor.generic)) for e in (a, b)]
    return b.sent - max(a.sents) == 1 and all(named) and share_name(*named)


def same_day_reports(recent: list[RawEvent], events: list[RawEvent], ev: RawEvent) -> list[RawEvent]:
    """The reports a noun its own clause dates may name first: those of that day, before any nearer one
    ("On Monday, a roadside bomb killed three soldiers. IS claimed Thursday's attack": the bombing of
    Thursday), the recent ones, else one of its type told further back ("Friday's attack", after the
    offensive launched against the group, is the raid of Friday told at the start), latest first."""
    near = [e for e in recent if _same_days(e, ev)]
    if near or not ev.days:
        return near
    return [
        e
        for e in reversed(events)
        if e.type == ev.type and nameable(e) and e.recalled == ev.recalled and _same_days(e, ev)
    ]


def _same_days(a: RawEvent, b: RawEvent) -> bool:
    """Both clauses name days, and a day of one is a day of the other."""
    return bool(a.days and b.days and _overlap(a.days, b.days))


def _overlap(xs: frozenset[str], ys: frozenset[str]) -> bool:
    """Two sets of ISO days or months share one, or a month holds a day of the other ("2023-03", "2023-03-05")."""
    return any(x.startswith(y) or y.startswith(x) for x in xs for y in ys)


def _apart(a: RawEvent, b: RawEvent) -> bool:
    """Their clauses name days too far apart for one incident to span, whatever else joins them: "the
    attack" dated months before the strike of the day is another incident, not a date of it."""
    gap = min(abs((p - q).days) for x in a.days for y in b.days for p in _ends(x) for q in _ends(y))
    return gap > DAYS_APART


def _ends(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day of an ISO day or month (`days` holds only such values)."""
    span = iso_span(value)
    assert span is not None, value
    return span


def told_next(recalled: RawEvent, ev: RawEvent) -> bool:
    """ev, in the sentence after a recalled incident's own, may tell more of it: not with other means, nor
    when a relative clause told it as an aside ("The group, which had bombed a bridge in 2005, ...")."""
    return (
        not recalled.aside
        and ev.sent - min(recalled.sents) <= 1
        and (not ev.modes or bool(set(ev.modes) & set(recalled.modes)))
    )


def within_range(vague: Count, exact: Count) -> bool:
    """A vague figure's range holds the other figure ("dozens" and "at least 30" killed): a rounding of
    it, not another count."""
    lo, hi = vague.low, vague.high
    return lo is not None and hi is not None and lo < hi and exact.value is not None and lo <= exact.value <= hi


def other_victims(a: Count, b: Count) -> bool:
    """Two figures that count different people ("two policemen" and "four militants" killed in one
    attack) add up rather than contradict."""
    return bool(a.of and b.of) and norm(a.of) != norm(b.of)


def reported(ev: RawEvent) -> bool:
    """An incident the text asserts, with violence or an act of its own (not a toll, a bare death, a
    kind of event, a heading or what did not or may not happen)."""
    return not (
        ev.cumulative
        or ev.casualty_only
        or ev.death_only
        or ev.generic
        or ev.hypothetical
        or ev.negated
        or ev.future
        or ev.heading
    )


def _bare(ev: RawEvent) -> bool:
    """It names nothing that could tell its incident apart: no place finer than a country, no party
    with a name."""
    named = [m for m in ev.actors + ev.recipients if m.actor and not m.actor.generic and m.actor.kind != "other"]
    return not (own_places(ev) or named)


def same_family(a: str, b: str) -> bool:
    """Two trigger words of one family ("explosion" and "exploser", "bombing" and "bomb"): a common
    stem of five letters, or the whole of the shorter word when it has four ("kill", "killing")."""
    x, y = (norm(w.split()[0]) if w.strip() else "" for w in (a, b))
    k = 0
    while k < min(len(x), len(y)) and x[k] == y[k]:
        k += 1
    return k >= 5 or (k >= 4 and k == min(len(x), len(y)))


def worded(e: RawEvent, ev: RawEvent) -> bool:
    """e was reported in ev's trigger word or one of its family ("Ces frappes" after "l'armée a frappé")."""
    return bool(ev.trigger_lemma) and any(w == ev.trigger_lemma or same_family(w, ev.trigger_lemma) for w in e.lemmas)


def retyped_word(events: list[RawEvent], ev: RawEvent, window: int) -> list[RawEvent]:
    """A definite noun of violence with no incident of its type to name names a riot told in its word family
    in the sentences just before ("Protesters clashed with police" ... "The clashes were the most violent
    since January"), the latest first (not a report of another kind: "avaient mobilisé" is no "mobilisation");
    a noun that names no act of its own names it in any words ("des heurts ..." then "Ces violences")."""
    riot = ontology.retype(ev.type, "riot")
    return [
        e
        for e in reversed(events)
        if riot is not None
        and e.type == riot[0]
        and set(riot[1]) <= set(e.modes)
        and ev.sent - max(e.sents) <= window
        and nameable(e)
        and (ev.umbrella or worded(e, ev))
    ]


def retold_incident(events: list[RawEvent], ev: RawEvent) -> RawEvent | None:
    """The incident that ev retells, at any distance: news names an incident with a noun, then tells
    it with a verb of the same family, or the other way round ("Une explosion ... a fait trois
    morts." ... "une bombe artisanale ... a explosé."; "the bombing" ... "decided to bomb the
    village"). Only a physical report that names nothing of its own and is not marked as another
    incident ("une autre bombe"), when the article has reported just one incident of its type before
    and nothing contradicts it. The same word again is left to the merge window: "an explosion" twice
    is as often two explosions."""
    if ev.type not in ontology.in_class("physical") or ev.additive or not reported(ev) or not _bare(ev):
        return None
    # a headline alone is folded into the body's first report later (merge._fold_titles)
    before = [e for e in events if e.type == ev.type and reported(e) and not (e.title and e.sents == [e.sent])]
    if len(before) != 1:
        return None
    (inc,) = before
    if ev.trigger_lemma in inc.lemmas or not any(same_family(ev.trigger_lemma, w) for w in inc.lemmas):
        return None
    return None if conflict(inc, ev, anaphoric=False) else inc


def lone_title(ev: RawEvent) -> bool:
    """A headline no body report joined yet: it joins the body's first report of its type at the end
    (`merge._fold_titles`), so that a later report of another incident in a place it names ("Taliban attack kills
    four police in Farah" ... "On Thursday, gunmen shot dead a tribal elder in Farah city") does not."""
    return ev.title and ev.sents == [ev.sent]


def roundup(ev: RawEvent) -> bool:
    """A headline alone that names places apart, none holding the other: it sums up several incidents
    ("9 killed in separate incidents across Daraa and Idlib")."""
    places = own_places(ev)
    return lone_title(ev) and any(
        not (same_place(a, b) or holds(a, b)) for n, a in enumerate(places) for b in places[n + 1 :]
    )


def tells_more(a: RawEvent, b: RawEvent) -> bool:
    """b tells more of a's incident, whatever its parties: what was done during the response to a's
    attack ("neutralisé une vingtaine d'assaillants lors de la riposte"), the scene of a's incident in
    the imparfait ("Une bombe avait été larguée sur l'église"), or the act of a party named again with a
    demonstrative ("Ces travailleurs protestent"); or a witness's quote right after it that names no
    party, figure, place or day of its own ("'They came on motorbikes and started shooting,' a resident said")."""
    physical = a.type in ontology.in_class("physical")
    if b.answers and physical:
        return True
    if b.witnessed and physical and 0 < b.sent - max(a.sents) <= 2 and not (b.counts or b.placed or b.days):
        return not names(tuple(m for m in b.actors if m.actor and not m.actor.generic))
    return min(a.sents) < b.sent and ((b.scene and not a.scene and physical) or b.named_again)


def enclosing_first(ev: RawEvent, cands: list[RawEvent]) -> list[RawEvent]:
    """The reports an anaphoric noun may name, those that may be the incident it names as the circumstance
    of its own sentence's deaths first ("Taliban fighters attacked a checkpoint ... 15 Taliban were killed
    in the fighting": the fighting is the attack, not the deaths it hangs on)."""
    hosts = [e for e in cands if _hosts(ev, e)]
    if not hosts:
        return cands
    # the incident told in the sentence just before, or one whose doers are the dead
    first = [
        e
        for e in cands
        if e not in hosts and (max(e.sents) == ev.sent - 1 or names(hosts[0].recipients) & names(e.actors))
    ]
    # (and deaths it hangs on with no figure of their own last, however near: "On Wednesday, the death toll
    # from the explosion rose")
    last = [e for e in hosts if not e.counts]
    # (a definite noun names an incident reported a sentence or two before its own, before the deaths it hangs on,
    # with a figure or not: "Gunmen kidnapped 287 pupils ... One staff member was killed in the raid")
    before = [e for e in cands if e not in first + hosts and ev.sent - max(e.sents) <= 2] if ev.definite else []
    return first + before + [e for e in cands if e not in first + before + last] + last


def _hosts(ev: RawEvent, e: RawEvent) -> bool:
    """ev's noun is the circumstance of e's report ("killed in the fighting"): deaths or injuries with
    nobody named doing them and no place of their own ("gunmen killed five in the attack", "were killed in
    the attack in Kano" tell the incident itself)."""
    return ev.setting >= 0 and any(t.start == ev.setting for t in e.triggers) and not (e.actors or own_places(e))


def share_places(raw: list[RawEvent]) -> None:
    """A report with no place of its own takes the places of the other reports of its type in its
    sentence ("Les violences ont fait deux blessés à Gao": the place hangs on "blessés"), so that it
    is not taken for an earlier incident elsewhere; not those of another incident it names ("revenge for
    raids in Helmand"); of two reports that name places, the nearer one's, the one before first ("shelled
    Kansafra, killing 2 women, while jets struck Maarrat Misrin, killing 3": the first deaths are Kansafra's)."""
    by_sent: dict[tuple[int, str, bool, bool], list[RawEvent]] = {}
    for ev in raw:
        # (nor those of an incident recalled for comparison: "the deadliest attack in Britain since 2005,
        # when bombers killed 52 in London")
        by_sent.setdefault((ev.sent, ev.type, ev.sequel, ev.recalled), []).append(ev)
    for group in by_sent.values():
        placed = sorted((e for e in group if e.places), key=lambda e: e.trigger.start)
        for ev in group:
            if ev.places or not placed:
                continue
            before = [e for e in placed if e.trigger.start < ev.trigger.start]
            ev.places = (before[-1] if before else placed[0]).places


def summed_series(raw: list[RawEvent]) -> None:
    """A bare plural event noun in a running total's sentence is what the total sums ("Last year, more than
    1,000 people were killed in militant attacks"): part of the toll, no incident of its own."""
    totals = {ev.sent for ev in raw if ev.cumulative}
    for ev in raw:
        if ev.series and ev.sent in totals and not ev.counts:
            ev.cumulative = True


def nameable(e: RawEvent) -> bool:
    """An incident a definite noun far from it may name: not a kind of event, what did not or may not
    happen, a bare death or a toll, nor a headline that joins the body's first report later ("Militants
    have carried out similar attacks" is not what "the explosion" names)."""
    return not (e.death_only or e.cumulative or e.generic or e.hypothetical or e.negated or lone_title(e))
