"""A report in the sentence right after an incident that tells more of it, though it names none of its parties
again (used by `eventmill.events.merge`): wire news tells an incident in a lede, then in the next sentence who did
it or whom it hit; or a sentence or two later the same act again, with nothing new ("soldiers arrived and began
shooting"); or, however far, a wound or a death of the only incident told."""

from __future__ import annotations

from collections.abc import Callable

from eventmill import ontology
from eventmill.events.links import conflict, lone_title, nameable, reported
from eventmill.events.placelinks import own_places
from eventmill.events.raw import RawEvent


def told_on(events: list[RawEvent], ev: RawEvent) -> RawEvent | None:
    """The incident told last before ev, of its type, that ev tells on (`tells_on`) and nothing contradicts;
    its report stays the evidence (the lede), ev's is more evidence for it."""
    return _last_that(events, ev, tells_on)


def retold_bare(events: list[RawEvent], ev: RawEvent) -> RawEvent | None:
    """The incident told last before ev, of its type, that ev retells with nothing new (`bare_retelling`); or, however
    far, the only incident of its type told (`lone_retelling`)."""
    return _last_that(events, ev, bare_retelling) or lone_retelling(events, ev)


def _last_that(events: list[RawEvent], ev: RawEvent, test: Callable[[RawEvent, RawEvent], bool]) -> RawEvent | None:
    last = next((e for e in reversed(events) if e.type == ev.type and not e.cumulative), None)
    if last is None or not test(last, ev) or conflict(last, ev, anaphoric=False):
        return None
    return last


def only_incident(opened: list[RawEvent], ev: RawEvent) -> RawEvent | None:
    """A wound or a death told with nothing of its own (no place, day, doer, "other"), at any distance, is of
    the only incident of its type the article told ("said Mohammad Rahim, a shopkeeper who was wounded in the
    face", paragraphs after the bombing)."""
    if not ev.outcome or ev.additive or ev.recalled or ev.generic or ev.cumulative or ev.days or ev.actors:
        return None
    if own_places(ev):
        return None
    if any(
        e.type != ev.type and e.type in ontology.in_class("reacted") and ev.sent - max(e.sents) <= 2 for e in opened
    ):
        return None  # an incident of another kind told just before may own it ("... nuit de violences. 79 policiers blessés")
    told = [e for e in opened if e.type == ev.type and nameable(e) and not e.outcome and e.recalled == ev.recalled]
    return told[0] if len(told) == 1 and not conflict(told[0], ev, anaphoric=False) else None


def lone_retelling(opened: list[RawEvent], ev: RawEvent) -> RawEvent | None:
    """An act told again with nothing of its own (no place, day, figure, named doer, "another", no series or
    kind), at any distance, is the only incident of its type the article told, when nothing of it contradicts
    ("Among the injured were two children ... when the car exploded", paragraphs after the car bomb)."""
    if ev.type not in ontology.in_class("physical") or ev.outcome or ev.title or ev.heading:
        return None
    if ev.umbrella and not ev.definite:
        return None  # "Jos has a long history of religious violence" names no act of the bombing told
    if ev.counts or ev.days or own_places(ev) or ev.additive or ev.recalled or ev.generic or ev.series:
        return None
    if ev.cumulative or ev.negated or ev.hypothetical or any(m.actor and not m.actor.generic for m in ev.actors):
        return None
    told = [
        e for e in opened if e.type == ev.type and nameable(e) and not (e.outcome or e.recalled or e.series or e.title)
    ]
    if len(told) != 1 or (
        ontology.means(told[0].modes) and ontology.means(ev.modes) and not ontology.share_means(told[0].modes, ev.modes)
    ):
        return None
    return told[0] if not conflict(told[0], ev, anaphoric=False) else None


def bare_retelling(a: RawEvent, b: RawEvent) -> bool:
    """b, a sentence or two after a's physical incident, tells the same kind of act by the same means and
    adds nothing that would make it another: no place in its sentence, no figure or day of its own, no named
    doer, not "another", no series ("opened fire on protesters in Kano ... The protesters had gathered
    outside the governor's office when soldiers arrived and began shooting")."""
    return (
        a.type in ontology.in_class("physical")
        and 0 < b.sent - max(a.sents) <= 2
        and not (b.placed or b.counts or b.days or b.additive or b.recalled or b.generic or b.series or a.series)
        and not any(m.actor and not m.actor.generic for m in b.actors)
        and ontology.share_means(a.modes, b.modes)
    )


def tells_on(a: RawEvent, b: RawEvent) -> bool:
    """b, in the sentence after a's last report, of a's type and means, and not marked as another incident,
    tells a's incident on: its doers, introduced, after a lede that named none ("The death toll from an attack
    on a church rose to 40" ... "Gunmen opened fire on worshippers"), or, after an attack that gave a toll, an unarmed
    victim hit by nobody named ("A security guard at the entrance was shot dead as the robbers forced
    their way inside"; "a teenager was stabbed to death in Leeds" ... "Jordan Hartley, 17, was attacked")."""
    if b.sent - max(a.sents) != 1 or b.additive or b.recalled or b.generic or b.aside or lone_title(a) or b.title:
        return False
    if (a.series and len(a.triggers) == 1) or a.umbrella:
        # "Shootings in Belfast had continued": many incidents, no one to tell on; "Violence returned to
        # Belfast" names no act, and the act told next is the incident
        return False
    if b.onward and a.type in ontology.in_class("physical") and not (b.placed or b.days):
        # the next step of the incident, whatever its means ("a suicide bomber rammed a car into the gate" ...
        # "Several gunmen then stormed the compound")
        return True
    if ontology.means(a.modes) and ontology.means(b.modes) and not ontology.share_means(a.modes, b.modes):
        return False
    if not a.actors and b.doers_new:
        return True
    if lede_toll(a, b):
        return True
    # (a victim of those the attack's toll counts; not an armed one, who may be of either side: "Twenty insurgents
    # were killed" after insurgents attacked tells the fight back)
    armed = ontology.kinds_in("armed") - ontology.kinds_in("voice")  # (a country named is no victim's side)
    fought = any(m.actor and m.actor.kind in armed for m in b.recipients)
    tolled = bool({"dead", "injured"} & set(a.counts))
    # (and with no place of its own a toll's lede lacks: "the death of 23 people in the regime's bombardment" ...
    # "Seven civilians were killed in the shelling on Kafr Nabuda" is one of the incidents it sums)
    placed = bool(own_places(b)) and not own_places(a)
    return tolled and not (b.actors or fought or placed) and bool(b.recipients) and reported(b) and not b.outcome


def lede_toll(a: RawEvent, b: RawEvent) -> bool:
    """b, right after a lede that told an attack and gave no toll, gives the toll with nobody named doing it, no
    place or day of its own, and none of its victims of the attackers' armed kind: the dead and wounded of that
    attack ("a suicide bomber blew himself up inside a mosque in Peshawar" ... "At least 101 people were killed";
    "Des gangs ont attaqué lundi la ville de Mirebalais. Au moins dix personnes ont été tuées"; but "Douze
    jihadistes ont été tués" after jihadists attacked tells the fight back)."""
    tolls = {"dead", "injured"}
    if a.type not in ontology.in_class("physical") or a.death_only or a.adds_only or tolls & set(a.counts):
        return False
    if not tolls & set(b.counts) or b.actors or b.placed or own_places(b) or b.days or b.series or b.cumulative:
        return False
    if b.anaphoric or b.negated or b.hypothetical:
        return False
    doers = {m.actor.kind for m in a.actors if m.actor} & ontology.kinds_in("armed")
    return not any(m.actor and m.actor.kind in doers for m in b.recipients)
