"""Merging reports of one incident into one raw event.

Analysts code an incident once, however many sentences report it. Two raw events merge when they have the same type
and one of: the same sentence; an anaphoric reference ("cette offensive", "Elle a été menée par"); the same figure for
the same count; the same actor for a statement; the same named place; the doer named again with a definite article ("A
suicide bomber ..." ... "The bomber"); or, at any distance, a report that retells the only incident of its type in
other words of the same family (`eventmill.events.links.retold_incident`), or a definite noun that names the only one
told in its word or with its means that nothing contradicts (`eventmill.events.farback.far_back`). They never merge
when their figures, places or actors contradict."""

from __future__ import annotations

from eventmill import ontology
from eventmill.events.crowds import crowd_again
from eventmill.events.farback import both_told, far_back, means_back
from eventmill.events.figures import fold_tolls, same_figure, take_figures, widen
from eventmill.events.followup import only_incident, retold_bare, told_on
from eventmill.events.links import (
    conflict,
    enclosing_first,
    lone_title,
    names,
    retold_incident,
    retyped_word,
    roundup,
    same_day_reports,
    same_parties,
    share_name,
    share_places,
    summed_series,
    tells_more,
    told_next,
    worded,
)
from eventmill.events.placelinks import own_places, same_place
from eventmill.events.raw import RawEvent


def _related(a: RawEvent, b: RawEvent, window: int) -> bool:
    """Positive evidence that b reports a's incident (beyond sharing a type)."""
    if b.sent in a.sents:
        return True
    if tells_more(a, b):
        return True
    if same_figure(a, b):
        return True
    if a.type in ontology.in_class("statement") and a.actors and share_name(names(a.actors), names(b.actors)):
        return True
    if same_parties(a, b):
        return True
    if b.they and b.sent - max(a.sents) == 1:
        return True  # "Ils étaient des centaines à descendre dans les rues", right after "a suscité une révolte"
    if crowd_again(a, b):
        return True
    if a.type in ontology.in_class("statement") and not (a.actors and b.actors) and b.sent - max(a.sents) <= window:
        # "Il faut aussi ...": a demand with no subject continues the demand just reported
        return True
    pa = own_places(a)
    return bool(pa) and any(same_place(x, y) for x in pa for y in b.places)


def _absorb(a: RawEvent, b: RawEvent, evidence: bool = True) -> None:
    """b's report joins a; with `evidence` False its sentence never becomes a's evidence (it is only
    linked to a, from afar)."""
    a.modes = tuple(dict.fromkeys(a.modes + b.modes))
    if a.doubted and not b.doubted:  # a report not in doubt confirms the incident, and says what decided it
        a.doubted, a.score, a.rule = False, b.score, b.rule
    # (a word read twice, as the country of a noun's adjective and as the verb's subject's, is one party)
    a.actors = a.actors + tuple(m for m in b.actors if m.span not in {x.span for x in a.actors})
    # (the attackers' own dead are its dead, not its victims: "Taliban attacked ... 15 Taliban were killed")
    doers = names(a.actors)
    a.recipients = a.recipients + tuple(
        m for m in b.recipients if m not in a.recipients and m not in a.actors and not names((m,)) & doers
    )
    a.places = a.places + tuple(m for m in b.places if m not in a.places)
    before = dict(a.counts)
    widen(a.counts, b.counts)
    take_figures(a, b)
    a.lemmas |= b.lemmas
    a.doers_new |= b.doers_new
    a.taken_new = a.taken_new or b.taken_new
    a.days |= b.days
    a.casualty_only = a.casualty_only and b.casualty_only
    a.cumulative = a.cumulative and b.cumulative
    a.outcome = a.outcome and b.outcome
    a.violent = a.violent or b.violent
    a.heading = a.heading and b.heading
    a.topic = a.topic and b.topic
    # an asserted report is better evidence than a hypothetical mention ("chances of any deal")
    asserts = a.hypothetical and not b.hypothetical
    a.hypothetical = a.hypothetical and b.hypothetical
    a.generic = a.generic and b.generic
    a.accident = a.accident or b.accident  # one report that tells it as an accident is enough
    a.crowd = a.crowd and b.crowd
    a.targets = (a.targets[0] | b.targets[0], a.targets[1] | b.targets[1])
    a.future = a.future and b.future
    a.sequel = a.sequel and b.sequel
    a.recalled = a.recalled and b.recalled
    a.aged = a.aged and b.aged
    a.risen = a.risen and b.risen
    if b.sent not in a.sents:
        a.sents.append(b.sent)
        # a body report is better evidence than the headline that opened the event
        headline = a.title and not b.title and a.evidence.start <= a.trigger.start < a.evidence.end
        if evidence and (asserts or headline or ((b.strength, b.facts) > (a.strength, a.facts) and not b.adds_only)):
            # the clearer, then the fuller report becomes the evidence ("La manifestation s'est
            # déroulée ..." rather than "... parmi les manifestants"); a toll stays a toll, and the
            # scene told in the imparfait stays the scene
            a.also.append(a.evidence)
            a.evidence, a.strength, a.facts = b.evidence, b.strength, b.facts
            if headline:
                # and its figures are the best estimate ("Thousands rally" ... "Tens of thousands of
                # people marched"), the headline's staying in the range
                a.counts.update(b.counts)
                widen(a.counts, before)
        else:
            a.also.append(b.evidence)
    a.triggers.append(b.trigger)
    if b.definite:
        a.referred.add(b.sent)
    a.referred |= b.referred


def merge_events(raw: list[RawEvent], window: int) -> list[RawEvent]:
    """Fold each raw event into an earlier one that reports the same incident, else keep it."""
    share_places(raw)
    summed_series(raw)
    out: list[RawEvent] = []
    for ev in raw:
        # a section heading inside the article ("Attack", "Casualties") labels what follows: no report
        # joins it, and it stays a heading, set aside
        opened = [e for e in out if not _label(e)]
        target = None
        if ev.cumulative:
            # a running total merges with nothing: its figure is no incident's
            out.append(ev)
            continue
        if ev.both and (pair := both_told(opened, ev)):
            # "Al-Shabaab claimed responsibility for both attacks": more of each incident told, no other one
            for e in pair:
                _absorb(e, ev, evidence=False)
            continue
        if ev.anaphoric:
            # (an anaphor points back to a reported attack, not to a bare death: "who died in service")
            recent = sorted(
                (
                    e
                    for e in opened
                    if ev.sent - max(e.sents) <= window
                    and (not ev.type or e.type == ev.type)
                    and not e.death_only
                    and not e.cumulative
                    and not (e.generic and not ev.generic)  # "the explosion" is no kind of event
                    # nor a series: "Mass shootings often reignite the debate" is not what "the shooting" names
                    and not (ev.singular and e.series and len(e.triggers) == 1)
                ),
                # (a demonstrative names the incident told last: "... nine years after militants stormed a school,
                # killing 140 people. That massacre led to a crackdown")
                key=lambda e: (
                    -max(e.sents),
                    -max(t.start for t in [e.trigger, *e.triggers]) if ev.demonstrative else 0,
                ),
            )
            # (a definite noun is the circumstance of the deaths or wounds its sentence tells, not what it names:
            # "Four other workers were wounded in Tuesday's shooting" names the shooting told before)
            # (when one told before bears its word or its means: "dans les bombardements" after an attack may be
            # other shelling)
            before = [e for e in recent if not (ev.definite and e.outcome and e.sents == [ev.sent])]
            if any(worded(e, ev) or ontology.share_means(e.modes, ev.modes) for e in before):
                recent = before
            if not recent and ev.type and ev.definite:
                recent = far_back(opened, ev)
            # an incident recalled from years before ("In 2016, gunmen stormed ...") is what the next
            # sentence's "the attack" names, unless it names other means ("the explosion"); further on,
            # the news of the day is meant, and once the article has reported it, never the recalled one
            # ("In July 2014, a car bomb exploded ..." then, telling the 2016 bombing, "The blast destroyed")
            today = [e for e in recent if not e.recalled or ev.recalled or told_next(e, ev)]
            news = not ev.recalled and any(e.type == ev.type and not e.recalled for e in opened)
            if news and not any(not e.recalled for e in today) and ev.type and ev.definite:
                today = far_back([e for e in opened if not e.recalled], ev)
            recent = today if news or any(not e.recalled for e in today) else recent
            if ev.recalled:
                # and an anaphor its own clause dates years back names no news of the day ("En 2005, la mort
                # de deux adolescents avait déclenché des émeutes", after today's shooting)
                recent = [e for e in recent if e.recalled]
            if ev.earliest and any(e.additive and e.type == ev.type for e in opened):
                # "another explosion ripped through a restaurant ... The first blast happened at 8 a.m.": the
                # incident told first, once another was told
                recent.sort(key=lambda e: min(e.sents))
            # a headline alone joins the body's first report later (_fold_titles): "The blast" in the body
            # points back to the body's "Saturday's explosion", not past it to the headline's "blast"
            # (nor, ever, to a headline that sums up incidents in places apart: "9 killed in separate
            # incidents across Daraa and Idlib")
            recent = [e for e in recent if not lone_title(e)] or [e for e in recent if not roundup(e)]
            # (or one of its family: "Ces frappes" after "l'armée a de nouveau frappé" is that strike)
            same_word = [e for e in recent if worded(e, ev)]
            # then one of the same means ("the blast" after an explosion, not after police raids)
            same_means = [e for e in recent if ontology.share_means(e.modes, ev.modes)] or means_back(
                opened, recent, ev
            )
            # a recalled incident of its own sentence first ("In 2016, gunmen stormed the centre ... in one
            # of the deadliest attacks"), though a definite noun otherwise names an incident reported before
            # ("Plusieurs voitures ont été détruites dans l'explosion")
            same_sent = [e for e in recent if ev.sent in e.sents and e.recalled]
            # (the day's incident first, `same_day`; not deaths its noun is the setting of: "killed in the fighting")
            same_day = same_day_reports(recent, opened, ev)
            for cand in enclosing_first(ev, same_day + same_sent + same_word + same_means + recent):
                if not conflict(cand, ev, anaphoric=True, referred=ev.definite):
                    target = cand
                    break
            if target is None and ev.type and ev.definite:
                kin = retyped_word(opened, ev, window) or far_back([e for e in opened if e.recalled == ev.recalled], ev)
                target = next((c for c in kin if not conflict(c, ev, anaphoric=True, referred=True)), None)
        if target is None and ev.type:
            for cand in reversed(opened):
                # the same figure for the same count is strong evidence at any distance
                close = ev.sent - max(cand.sents) <= window or same_figure(cand, ev)
                if (
                    cand.type == ev.type
                    and not (lone_title(cand) and ev.sent != cand.sent)
                    and not cand.cumulative
                    and not (ev.answers and cand.death_only)  # a response answers an attack, not a toll
                    # (an act marked as another, from another sentence, is another incident unless it gives the same
                    # figure: "Separately, gunmen opened fire on a checkpoint near Muqdadiyah, 30 km northeast of Baqubah")
                    and not (ev.additive and not ev.outcome and ev.sent not in cand.sents and not same_figure(cand, ev))
                    and close
                    and _related(cand, ev, window)
                    # (the side that answers an attack is never its attacker: no clash of named parties)
                    # (the thing it hit named again with a definite article refers to it as a definite noun
                    # does: "des frappes sur un marché ... ont bombardé le marché de Qouro")
                    and not conflict(
                        cand,
                        ev,
                        anaphoric=ev.answers,
                        referred=ev.sent in cand.referred
                        or bool(ev.targets[1] & cand.targets[0])
                        or crowd_again(cand, ev),
                    )
                ):
                    target = cand
                    break
        if target is None and ev.type and (lone := only_incident(opened, ev)):
            target = lone
        if (
            target is None
            and ev.type
            and (told := told_on(opened, ev) or retold_incident(opened, ev) or retold_bare(opened, ev))
        ):
            # the lede's report stays the evidence; the retelling is more evidence for it
            _absorb(told, ev, evidence=False)
            continue
        if target is not None:
            _absorb(target, ev)
            if ev.definite and ev.type and min(target.sents) < ev.sent:
                # "Plusieurs voitures ont été détruites dans l'explosion": the definite noun names an
                # incident reported before, and the reports of its sentence go with it
                out = _pull_sentence(out, target, ev)
        elif ev.type:
            out.append(ev)
    return _attach_outcomes(fold_tolls(_fold_titles(out)), window=2)


def _label(ev: RawEvent) -> bool:
    """A heading line of the body, alone (the first line is the article's title)."""
    return ev.heading and not ev.title and ev.sents == [ev.sent]


def _fold_titles(events: list[RawEvent]) -> list[RawEvent]:
    """A headline reports the incident the article then tells ("Roadside bomb kills 12 in Kano",
    then "A bomb exploded ..."): its event joins the first one of its type in the body, whatever the
    distance, unless their places contradict. The body's report stays the evidence and keeps its own
    parties and figures (a headline rounds: its figure widens the range); the headline fills what the
    body lacks."""
    keep: list[RawEvent] = []
    folded: list[tuple[RawEvent, RawEvent]] = []
    for ev in events:
        body = None
        if ev.title and ev.sents == [ev.sent]:
            body = next(
                (
                    o
                    for o in events
                    if o is not ev
                    and o.type == ev.type
                    and not o.title
                    and not o.death_only
                    and not conflict(o, ev, anaphoric=True, referred=True)
                ),
                None,
            )
        if body is None:
            keep.append(ev)
            continue
        # a headline rounds its figure: the body's stays the best estimate, the range spans both
        widen(body.counts, ev.counts)
        take_figures(body, ev)
        body.actors = body.actors or ev.actors
        body.recipients = body.recipients or ev.recipients
        body.places = body.places + tuple(m for m in ev.places if m not in body.places)
        body.modes = tuple(dict.fromkeys(body.modes + ev.modes))
        body.sents.append(ev.sent)
        body.also.append(ev.evidence)
        body.triggers.append(ev.trigger)
        folded.append((ev, body))
    return _headline_tolls(keep, folded)


def _headline_tolls(events: list[RawEvent], folded: list[tuple[RawEvent, RawEvent]]) -> list[RawEvent]:
    """A toll told by nobody with the very figure of a headline ("Gunmen kill 11 in Nigerian village" ...
    "Eleven people were killed") is the dead of the incident that headline joined, however the body told
    the attack ("Gunmen attacked a village ..."), unless something of it contradicts that incident."""
    for title, body in folded:
        for o in [
            o
            for o in events
            if o is not body
            and o.type == body.type
            and not (o.title or o.cumulative or o.actors)
            and o.recalled == body.recalled
            and min(o.sents) > min(body.sents)
            and same_figure(title, o)
            and not conflict(body, o, anaphoric=True)
        ]:
            absorb_event(body, o)
            events.remove(o)
    return events


def _pull_sentence(out: list[RawEvent], target: RawEvent, ev: RawEvent) -> list[RawEvent]:
    """Events of ev's type opened in ev's sentence join target, unless something contradicts it."""
    keep = []
    for o in out:
        if (
            o is not target
            and o.type == ev.type
            and not o.cumulative
            and min(o.sents) == ev.sent
            and o.recalled == target.recalled
            and not conflict(target, o, True)
        ):
            absorb_event(target, o)
        else:
            keep.append(o)
    return keep


def absorb_event(a: RawEvent, b: RawEvent, parties: bool = True) -> None:
    """A merged event joins another, with every sentence, evidence span and trigger it holds (and its
    parties, modes and figures, unless `parties` is False: then it is only more evidence)."""
    if parties:
        _absorb(a, b)
    a.sents += [x for x in b.sents if x not in a.sents]
    a.also += [sp for sp in [b.evidence, *b.also] if sp != a.evidence and sp not in a.also]
    a.triggers += [t for t in b.triggers if t not in a.triggers]


def _attach_outcomes(events: list[RawEvent], window: int) -> list[RawEvent]:
    """A death or injury with no violence named ("Five people died.") belongs to the event of its own
    sentence, or to an attack or a protest reported just before ("Des milliers de manifestants ont
    défilé. Quatre policiers ont été blessés": ACLED counts them on the protest); with neither it stays
    alone (and unasserted)."""
    # the types harm done in a crowd's violence becomes (PROTEST: its riot)
    crowds = {r[0] for t in ontology.in_class("harm") if (r := ontology.retype(t, "riot"))}
    keep: list[RawEvent] = []
    for ev in events:
        host = None
        if ev.death_only and len(ev.sents) == 1 and not ev.cumulative:
            # (a toll its own clause dates years back, "qui avait fait 86 morts le 14 juillet 2016", is the
            # recalled incident's, not that of the news its sentence tells)
            same = [
                o
                for o in events
                if o is not ev
                and ev.sent in o.sents
                and not o.outcome
                and not o.cumulative
                and not o.generic
                and o.recalled == ev.recalled
            ]
            before = [
                o
                for o in keep
                if (o.type == "ASSAULT" or o.type in crowds)
                and not o.death_only
                and not o.cumulative
                and 0 < ev.sent - max(o.sents) <= window
                and not conflict(o, ev, anaphoric=True)
            ]
            host = same[0] if same else before[-1] if before else None
        if host is None:
            keep.append(ev)
            continue
        if host.type == ev.type:
            _absorb(host, ev)  # its sentence, triggers and figures join the attack
        else:
            for k, v in ev.counts.items():  # only its figures join the event of another type
                host.counts.setdefault(k, v)
            take_figures(host, ev)
    return keep
