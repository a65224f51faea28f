"""One event per incident, and only incidents, in English wire stories written for these tests.

- A definite noun far from its incident, past the merge window, names the only incident of its type
  reported in a word of its family ("their emergency meeting", not the call told between), or else the
  only one of its means ("the blast" after a car bomb, not the shooting told between); a possessive
  pronoun makes an event noun definite (`events/links.far_back`, `events/pointing.points_back`).
- A plan word on an incident the text names with a definite article or dates ("helping to plan the
  2015 bombing") does not announce it (`events/status.status_flags`).
- A singular noun ("the shooting") never names a bare plural's series ("Mass shootings often ..."), and
  a bare plural subject of a verb of habit is a kind of event (`events/status.status_flags`).
- The doer named again with a definite article ("The bomber detonated ...") tells more of the incident
  (`events/merge._related`).
- A place told in a relative clause on a date ("since March, when a truck bomb killed 40 people in
  Quetta") is the place of that earlier incident, not of the noun the date hangs on.
- Casualties counted since a clause dated a month or more back ("since the offensive began in
  February") are a running total; a bare plural in the perfect over a period ("have stepped up raids
  since ...") is a series, not an incident (`events/tolls`).
"""

import pytest

from sentence_events import events_of


def assaults(text: str) -> list:
    return [e for e in events_of(text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "A gunman killed five people at a supermarket in Denver on Friday, police said. Mass shootings often "
            "revive calls for tighter gun laws. The mayor called the shooting a tragedy.",
            id="en-habit-series",
        ),
    ],
)
def test_a_kind_of_incident_is_no_incident(lang, text):
    evs = assaults(text)
    assert len(evs) == 1, [(e.trigger.text, e.evidence.text) for e in evs]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "A suicide bomber struck an army convoy in the town of Kalat on Tuesday, killing nine soldiers, "
            "officials said. The bomber detonated a car packed with explosives near the lead vehicle.",
            id="en-the-bomber",
        ),
    ],
)
def test_the_doer_named_again_tells_the_same_incident(lang, text):
    evs = assaults(text)
    assert len(evs) == 1, [(e.trigger.text, e.evidence.text) for e in evs]


def test_a_place_told_of_an_earlier_date_is_not_the_incidents():
    # "the worst attack" is the day's attack: Quetta, the place of what happened in March, does not set it apart
    evs = assaults(
        "A suicide bomber killed 11 policemen at a police station in Turbat on Tuesday. The attacker detonated "
        "his vest at the gate. It was the worst attack in the province since March, when a truck bomb killed 40 "
        "people at a market in Quetta."
    )
    assert len(evs) == 1, [(e.trigger.text, e.evidence.text) for e in evs]
    assert evs[0].dead is not None and evs[0].dead.value == 11


@pytest.mark.parametrize(
    ("lang", "text", "total"),
    [
        pytest.param(
            "en",
            "Shelling killed four civilians in Avdiivka on Monday. More than 300 civilians have been killed "
            "since the offensive began in February, the governor said.",
            300,
            id="en-since-offensive-began-in-month",
        ),
    ],
)
def test_a_total_since_a_dated_beginning_is_a_toll(lang, text, total):
    d = events_of(text)
    assert [e.dead.value for e in d if e.type == "ASSAULT" and e.dead] == [4]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Gunmen killed three police officers at a checkpoint in Jamrud on Friday. Militants have stepped up "
            "raids on security forces since talks with the government collapsed last year.",
            id="en-stepped-up-since",
        ),
    ],
)
def test_a_series_over_a_period_is_no_incident(lang, text):
    evs = assaults(text)
    assert len(evs) == 1, [(e.trigger.text, e.evidence.text) for e in evs]


@pytest.mark.parametrize(
    ("lang", "text", "etype", "count"),
    [
        pytest.param(
            "en",
            "A car bomb exploded outside a police station in Kirkuk on Monday, killing five people, "
            "officials said. In a separate incident, gunmen shot dead a shopkeeper in Mosul. The prime "
            "minister ordered an inquiry. The United Nations envoy called for calm. Kirkuk is home to Kurds, "
            "Arabs and Turkmen. The city lies on large oil reserves. Its control has long been disputed. "
            "Residents said checkpoints had been reinforced. Police said the blast had left a crater three "
            "metres wide.",
            "ASSAULT",
            2,
            id="en-the-blast-far-back-by-means",
        ),
        pytest.param(
            "en",
            "Ministers held an emergency meeting in Belfast on Friday after the bombings. A woman telephoned "
            "the police to warn of a bomb in a car. The police cleared the street. Shops closed early. Buses "
            "were stopped. Thousands of people walked home. Troops patrolled the city centre. Hospitals "
            "cancelled leave for doctors. Later the ministers drove to Stormont for their emergency meeting "
            "with army commanders.",
            "CONSULT",
            2,
            id="en-their-meeting-far-back-by-word",
        ),
    ],
)
def test_a_definite_noun_far_back_names_the_incident_of_its_word_or_means(lang, text, etype, count):
    evs = [e for e in events_of(text) if e.type == etype]
    assert len(evs) == count, [(e.trigger.text, e.evidence.text) for e in evs]


def test_a_plan_of_a_dated_incident_announces_nothing():
    evs = events_of("A jury convicted two men on Tuesday of helping to plan the 2015 bombing of a hotel in Sousse.")
    assert not [e for e in evs if e.type == "THREATEN"], [(e.type, e.trigger.text) for e in evs]
