"""Event types a verb's arguments settle (`eventmill.events.argsenses`), and acts that a clause only
aims at: a call for a punishment of a party disapproves of it (ACCUSE) unless it asks someone to
punish; an exercise held by the forces of two countries is cooperation; a border opened to a people
or to refugees gives them refuge (AID, with them as recipients), one opened to inspectors stays
access; mobilising pressure groups is no deployment; what a finite clause of purpose ("so that",
"afin que") aims at has not happened; an event noun behind a light noun of days or weeks ("three days
of protests") takes the actor of the verb that carries the light noun; talks or a ceasefire that a noun
of prospect opens the way to ("paved the way for talks", "ouvre la voie à des négociations") have not
happened.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from eventmill.api import extract


def events(text: str, lang: str) -> list[tuple[str, list[str], list[str]]]:
    return [
        (e.type, [a.span.text for a in e.actors], [r.span.text for r in e.recipients])
        for e in extract(text, lang=lang).events
    ]


def types(text: str, lang: str) -> list[str]:
    return [t for t, _, _ in events(text, lang)]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The bishop on Monday called for sanctions against the military regime."),
        ("en", "The opposition leader demanded sanctions against Syria."),
        ("fr", "L'archevêque a réclamé des sanctions contre le régime militaire."),
    ],
)
def test_a_call_for_a_punishment_of_a_party_is_a_disapproval(lang, text):
    assert types(text, lang) == ["ACCUSE"]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The senator urged the European Union to impose sanctions against Iran."),
        ("en", "The unions called for higher wages."),
    ],
)
def test_a_call_on_someone_to_punish_stays_a_request(lang, text):
    assert "ACCUSE" not in types(text, lang)
    assert "REQUEST" in types(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Greek and Turkish warships began a week of war games in the Aegean on Tuesday."),
        ("en", "Indian and Russian troops started military exercises near the border."),
        ("fr", "Des navires français et égyptiens ont entamé des manœuvres en Méditerranée."),
    ],
)
def test_an_exercise_of_two_countries_is_cooperation(lang, text):
    assert types(text, lang) == ["COOPERATE"]


def test_an_exercise_of_one_country_stays_a_deployment():
    assert types("Indian troops started military exercises near the border.", "en") == ["MOBILIZE"]


@pytest.mark.parametrize(
    "lang, text, people",
    [
        ("en", "Chad opened its borders on Monday to Sudanese civilians.", "civilians"),
        ("en", "Turkey opened its border to thousands of Syrian refugees.", "refugees"),
        ("en", "Kenya opened its borders to Somalis on Friday.", "Somalis"),
    ],
)
def test_a_border_opened_to_a_people_gives_refuge(lang, text, people):
    found = events(text, lang)
    assert [t for t, _, _ in found] == ["AID"]
    assert any(people in r for r in found[0][2])


def test_a_crossing_opened_to_inspectors_stays_access():
    assert types("Israel opened the crossing to United Nations inspectors.", "en") == ["RETREAT"]


def test_mobilising_pressure_groups_is_no_deployment():
    assert "MOBILIZE" not in types("The government mobilized pressure groups abroad to defend its policy.", "en")


@pytest.mark.parametrize(
    "lang, text, absent",
    [
        ("en", "The party started a campaign to amend the constitution so that abortions are banned.", "COERCE"),
        ("fr", "Le parti a lancé une pétition afin que le mariage soit interdit.", "COERCE"),
    ],
)
def test_what_a_clause_of_purpose_aims_at_has_not_happened(lang, text, absent):
    assert absent not in types(text, lang)


def test_a_clause_after_so_in_the_past_still_happened():
    assert "COERCE" in types("The opposition called a strike, so the government banned all rallies.", "en")


def test_a_light_noun_of_days_passes_on_the_actor():
    found = events("Farmers began three days of protests in the capital on Monday.", "en")
    assert found and found[0][0] == "PROTEST" and found[0][1] == ["Farmers"]


@pytest.mark.parametrize(
    "lang, text, absent",
    [
        ("en", "The deal paved the way for peace talks between the two sides.", "CONSULT"),
        (
            "en",
            "The release of the prisoners created a favourable climate for negotiations with the rebels.",
            "CONSULT",
        ),
        ("fr", "La libération des otages a ouvert la voie à des négociations avec les rebelles.", "CONSULT"),
        ("fr", "Les espoirs d'un cessez-le-feu se sont évanouis lundi.", "RETREAT"),
    ],
)
def test_what_a_noun_of_prospect_opens_the_way_to_has_not_happened(lang, text, absent):
    assert absent not in types(text, lang)


def test_talks_held_on_the_way_are_held():
    assert types("The two sides held talks on the way to the summit.", "en") == ["CONSULT"]


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("en", "The minister resigned on Friday following talks with the rebel leaders.", "RETREAT"),
        ("en", "The rebels freed the hostages after negotiations with the government.", "RETREAT"),
        ("fr", "Le ministre a démissionné vendredi après des négociations avec les rebelles.", "RETREAT"),
    ],
)
def test_talks_an_act_came_after_are_no_second_event(lang, text, etype):
    assert types(text, lang) == [etype]


@pytest.mark.parametrize(
    "lang, text, kept",
    [
        ("en", "Police arrested two students after the protest.", "PROTEST"),
        ("en", "The army closed the road after the attack on the convoy.", "ASSAULT"),
    ],
)
def test_a_protest_or_an_attack_an_act_came_after_stays_an_event(lang, text, kept):
    assert kept in types(text, lang)
