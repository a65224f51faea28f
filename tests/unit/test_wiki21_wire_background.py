"""English wire stories that look back: a war's toll told in a relative clause on the war, the attack a
trial is about told in a relative clause under "plan", the relative of a victim named in a passive
relative clause (no doer), and "decades of bloodshed" (many incidents, whose violence does not make a
death from illness in the same sentence an attack).

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from eventmill.api import extract
from eventmill.config import Config


def events(text, lang="en"):
    return extract(text, lang=lang).events


@pytest.mark.parametrize(
    "lang, text, dead",
    [
        ("en", "Hume campaigned for decades to end the conflict, which killed more than 3,500 people.", 3500),
        ("en", "The envoy said talks could end the war, which has killed more than 13,000 people.", 13000),
        ("en", "Both sides blame each other for the insurgency, which killed 40,000 people.", 40000),
    ],
)
def test_what_a_war_killed_in_its_relative_clause_is_a_toll(lang, text, dead):
    doc = extract(text, lang=lang)
    assert [e for e in doc.events if e.type == "ASSAULT"] == []
    assert [t.count.value for t in doc.tolls] == [dead]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Gunmen attacked a bus that carried pilgrims near Kabul, killing nine people."),
        ("en", "The bombing, which killed 12 people, was the deadliest this year."),
    ],
)
def test_a_relative_clause_on_anything_else_keeps_its_dead(lang, text):
    assert any(e.type == "ASSAULT" and e.dead is not None for e in events(text, lang))


@pytest.mark.parametrize(
    "lang, text, dead",
    [
        (
            "en",
            "A court on Tuesday jailed a man for helping to plan the 2016 truck attack that killed 86 people.",
            86,
        ),
        ("en", "The judge convicted two men of plotting the bombing that killed 22 concert-goers in 2017.", 22),
    ],
)
def test_the_attack_a_trial_is_about_is_no_threat(lang, text, dead):
    evs = events(text, lang)
    assert [e.type for e in evs if e.type == "THREATEN"] == []
    assert [e.dead.value for e in evs if e.type == "ASSAULT" and e.dead] == [dead]


def test_a_plan_of_what_has_not_happened_stays_a_threat():
    evs = events("The rebels plan to attack the convoy that carries food.")
    assert [e.type for e in evs] == ["THREATEN"]


@pytest.mark.parametrize(
    "lang, text, relative",
    [
        ("en", "Anne Varga, whose daughter was killed in the massacre, wept in court.", "Anne Varga"),
        ("en", "The farmer, whose son was shot at a checkpoint last year, spoke to reporters.", "farmer"),
    ],
)
def test_whose_relative_was_killed_is_no_doer(lang, text, relative):
    evs = [e for e in events(text, lang) if e.type == "ASSAULT"]
    assert evs
    assert not [a for e in evs for a in e.actors if relative in a.span.text]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Mary Byrne, who won a peace prize for ending decades of bloodshed in the province, has died."),
        ("en", "The general, who led the army through decades of war, died in hospital on Friday."),
    ],
)
def test_a_death_beside_years_of_violence_is_no_attack(lang, text):
    assert [e for e in events(text, lang) if e.type == "ASSAULT"] == []


def test_years_of_bloodshed_are_kept_visible_as_generic():
    text = "Mary Byrne, who won a peace prize for ending decades of bloodshed in the province, has died."
    doc = extract(text, lang="en", config=Config(keep="all"))
    assert [e.unasserted for e in doc.events if e.trigger.text == "bloodshed"] == ["generic"]


def test_a_death_in_an_attack_still_counts_beside_it():
    evs = events("Decades of violence ended in 1998, but on Monday gunmen shot dead two men in the town.")
    assert [e.dead.value for e in evs if e.type == "ASSAULT" and e.dead] == [2]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Air raid sirens wailed across the capital for most of the night."),
        ("en", "Police said they had found a car bomb factory in a garage outside the city."),
    ],
)
def test_an_event_phrase_that_only_qualifies_a_thing_is_no_event(lang, text):
    assert [e.type for e in events(text, lang) if e.type == "ASSAULT"] == []


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "An air strike on the market killed five people on Monday."),
        ("en", "A car bomb attack killed three soldiers at a checkpoint."),
    ],
)
def test_an_event_phrase_on_its_own_or_on_an_event_word_still_reports(lang, text):
    assert [e.type for e in events(text, lang)] == ["ASSAULT"]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Russian drones have struck the capital repeatedly since the invasion began in 2022."),
        ("en", "Militants have attacked dozens of schools since the insurgency began."),
    ],
)
def test_attacks_since_a_war_began_are_its_backdrop(lang, text):
    doc = extract(text, lang=lang, config=Config(keep="all"))
    verbs = [e for e in doc.events if e.trigger.text in ("struck", "attacked")]
    assert [e.unasserted for e in verbs] == ["generic"]


def test_attacks_since_an_incident_began_on_a_day_are_that_incident():
    evs = events("Gunmen have killed five people since the siege began on Monday.")
    assert [e.dead.value for e in evs if e.type == "ASSAULT" and e.dead] == [5]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The Pakistani Taliban, who have stepped up attacks on police this year, denied involvement."),
        ("en", "Insurgents have carried out raids on convoys this year, the governor said."),
    ],
)
def test_attacks_carried_over_a_year_are_a_series(lang, text):
    assert [e for e in events(text, lang) if e.type == "ASSAULT"] == []


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The army has launched an offensive in the north this year."),
        ("en", "Rebels have carried out raids on two villages on Monday and Tuesday."),
    ],
)
def test_one_act_or_dated_attacks_stay_events(lang, text):
    assert [e.type for e in events(text, lang)] == ["ASSAULT"]


def test_attacks_for_more_than_a_decade_are_a_series():
    text = (
        "The militant group has carried out bombings in Mogadishu for more than a decade, including a truck"
        " bomb in 2017 that killed more than 500 people."
    )
    assert [e.trigger.text for e in events(text)] == ["killed"]  # the truck bomb, one incident


@pytest.mark.parametrize(
    "lang, text, kinds",
    [
        ("en", "Police arrested him within two weeks of the attack on the mosque.", {"COERCE"}),
        ("en", "Two years ago, gunmen killed 40 villagers in the district.", {"ASSAULT"}),
    ],
)
def test_a_figure_of_weeks_or_years_dates_one_incident(lang, text, kinds):
    assert kinds <= {e.type for e in events(text, lang)}


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The army has been on high alert since January."),
        ("en", "Belgium has been on high alert since militants attacked the airport in 2016."),
        ("en", "The country has been under a state of emergency since the coup in 2021."),
    ],
)
def test_a_state_kept_since_a_month_or_a_year_is_a_backdrop(lang, text):
    doc = extract(text, lang=lang, config=Config(keep="all"))
    states = [e for e in doc.events if e.type in ("MOBILIZE", "COERCE")]
    assert [e.unasserted for e in states] == ["generic"]


def test_a_state_declared_on_a_day_is_an_event():
    assert [e.type for e in events("Troops were put on high alert on Monday.")] == ["MOBILIZE"]


def test_a_measure_for_at_least_two_years_is_one_measure():
    text = "The government plans to impose restrictions on foreign workers for at least two years."
    doc = extract(text, lang="en", config=Config(keep="all"))
    assert [e.unasserted for e in doc.events] == [""]


def test_fighting_for_more_than_fifteen_years_is_a_war_not_an_incident():
    text = "Al Shabaab has fought for more than 15 years to topple the central government."
    assert [e for e in events(text) if e.type == "ASSAULT"] == []


@pytest.mark.parametrize(
    "lang, text, place",
    [
        ("en", "Survivors laid flowers at Atocha station, where some of the bombs went off.", "Atocha"),
        ("en", "Mourners gathered at the Grand Mosque, where one of the bombs exploded.", "Mosque"),
    ],
)
def test_the_place_a_relative_clause_tells_of_is_no_doer(lang, text, place):
    evs = [e for e in events(text, lang) if e.type == "ASSAULT"]
    assert evs
    assert not [a for e in evs for a in e.actors if place in a.span.text]


@pytest.mark.parametrize(
    "lang, text, actor",
    [
        ("en", "The militia, which killed 40 villagers last week, signed the deal on Monday.", "militia"),
        ("fr", "Les miliciens qui ont attaqué le village mardi ont été arrêtés.", "miliciens"),
    ],
)
def test_a_relative_pronoun_still_stands_for_its_noun(lang, text, actor):
    evs = [e for e in events(text, lang) if e.type == "ASSAULT"]
    assert [a.span.text for e in evs for a in e.actors] == [actor]
