"""What a demand or a possibility goes on to tell did not happen ("must agree to reforms before they
disarm"); what an until-clause awaits has not happened either; meeting demands is conceding them; a
victim's participle used as a noun ("evacuated the wounded") names people, not an incident; the dead
of a year in the perfect over bare plural incidents are a toll; a "from" phrase names whom a taking
act takes from; a body that meets alone consults nobody, but one that agrees to an offer or to do
something agrees with whoever offered it.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from eventmill.api import extract
from eventmill.config import Config


def events(text: str, keep: str = "asserted") -> list[tuple[str, str, bool]]:
    doc = extract(text, lang="en", published="2021-06-10", config=Config(keep=keep))
    return [(e.type, e.trigger.text, e.hypothetical) for e in doc.events]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The opposition said on Monday that the junta must accept new elections before the rebels disarm.", "disarm"),
        (
            "The envoy said the two sides must sign a truce that allows food aid into the besieged towns.",
            "food aid",
        ),
        ("Ministers said the country should adopt reforms before the lenders release emergency aid.", "emergency aid"),
        ("The union said on Tuesday it would keep the strike going until the workers are released.", "released"),
        ("The tribal elders said the road stays closed until the soldiers withdraw from the valley.", "withdraw"),
    ],
)
def test_what_a_demand_or_an_until_clause_goes_on_to_tell_is_no_event(text, trigger):
    assert trigger not in [t for _, t, _ in events(text)]
    assert (trigger, True) in [(t, h) for _, t, h in events(text, keep="all")]


@pytest.mark.parametrize(
    "text, etype",
    [
        # an until-clause in the past tells what did happen
        ("The army shelled the town until the rebels surrendered on Friday.", "RETREAT"),
    ],
)
def test_what_happened_inside_a_demand_stays_an_event(text, etype):
    assert etype in [t for t, _, _ in events(text)]


@pytest.mark.parametrize(
    "text, etype",
    [
        ("The minister said the army must free the villagers whom the militia kidnapped on Sunday.", "ASSAULT"),
        ("The government said the rebels must return a truck seized by their fighters last week.", "COERCE"),
    ],
)
def test_how_a_party_came_to_be_held_is_backstory_of_the_demand(text, etype):
    """Until the 2026-12-08 round these rows asked for the seizure as an event of its own ("a past tense or a
    date of its own: it happened, whatever is demanded about it"). `secondary._held_before` (after PLOVER's
    coding of "must return a helicopter that was captured by the Sudanese authorities last week", one event)
    now reads a past harm in a clause on what a release frees or a demand asks back as how that party came to
    be held: the demand is the report, and the seizure no event of its own (`rules:backstory`)."""
    assert etype not in [t for t, _, _ in events(text)]
    assert "REQUEST" in [t for t, _, _ in events(text)]


def test_meeting_demands_is_conceding_them():
    found = events("The city council met the strikers' demands on Thursday.")
    assert ("CONCEDE", "met") in [(t, w) for t, w, _ in found]
    assert not any(t in ("CONSULT", "REQUEST") for t, _, _ in found)
    refused = events("The governor said on Thursday he would not meet the kidnappers' demands.")
    assert "REJECT" in [t for t, _, _ in refused]
    assert "REQUEST" not in [t for t, _, _ in refused]


def test_the_object_a_verb_was_chosen_by_is_one_event_with_it():
    found = events("The regional government on Friday accepted demands from the farmers for cheaper fuel.")
    assert [t for t, _, _ in found] == ["CONCEDE"]


@pytest.mark.parametrize(
    "text",
    [
        "Helicopters evacuated the wounded from the shelled town on Friday.",
        "Ambulances took the wounded from the shelled village to the capital on Tuesday.",
    ],
)
def test_the_wounded_as_people_are_no_incident(text):
    assert "ASSAULT" not in [t for t, _, _ in events(text)]


def test_two_of_the_wounded_still_count():
    found = events("A bomb exploded in a bus on Monday, and two of the wounded died in hospital.")
    assert "ASSAULT" in [t for t, _, _ in found]


def test_a_years_dead_in_the_perfect_over_bare_plural_incidents_are_a_toll():
    doc = extract(
        "The governor lifted the curfew in the province, where 41 people have been killed in tribal clashes this year.",
        lang="en",
        published="2021-06-10",
    )
    assert [e.type for e in doc.events] == ["CONCEDE"]
    assert [t.count.value for t in doc.tolls] == [41]


def recipients(text: str, etype: str) -> list[str]:
    doc = extract(text, lang="en", published="2021-06-10")
    return [m.span.text for e in doc.events if e.type == etype for m in e.recipients]


@pytest.mark.parametrize(
    "text, etype, recipient, thing",
    [
        (
            "Police confiscated weapons and explosives from armed groups in the city on Friday.",
            "COERCE",
            "armed",
            "weapons",
        ),
        ("Customs officers seized two trucks of fuel from smugglers at the border.", "COERCE", "smugglers", "trucks"),
    ],
)
def test_a_from_phrase_names_whom_a_taking_act_takes_from(text, etype, recipient, thing):
    found = recipients(text, etype)
    assert any(recipient in r for r in found), found
    assert not any(thing in r for r in found), found


def test_a_body_that_meets_alone_consults_nobody():
    assert "CONSULT" not in [t for t, _, _ in events("The Kenyan cabinet met on Tuesday and approved the budget.")]
    assert "CONSULT" in [t for t, _, _ in events("The Kenyan president met the opposition leader on Tuesday.")]
    assert "CONSULT" in [t for t, _, _ in events("The two presidents met in Nairobi on Tuesday.")]


@pytest.mark.parametrize(
    "text",
    ["France agreed to the proposal on Monday.", "Turkey agreed to host talks between the two sides next month."],
)
def test_a_body_that_agrees_to_something_agrees_with_whoever_offered_it(text):
    assert "AGREE" in [t for t, _, _ in events(text)]
