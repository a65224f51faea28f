"""Trigger words in their other senses: what a row's object says the word means.

- "withdraw" a case, a bid, money or a challenge is no retreat; withdrawing troops, or from a town, is.
- "demonstrate" that something holds, or a quality ("demonstrated the importance of"), is no protest;
  demonstrating in the street is.
- "execute" an operation, a plan or an order is no killing; executing prisoners is.
- A proper name that is the agent of a passive ("the report released by Human Rights Watch") is not
  the object a row asks for: it is who did it.

The sentences were written for this test; no dev set was read to write them.
"""

from __future__ import annotations

import pytest

from eventmill.api import extract
from eventmill.config import Config


def types(text: str, lang: str = "en") -> list[str]:
    return [e.type for e in extract(text, lang=lang, config=Config(keep="all")).events]


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The parents withdrew their challenge after the hospital's new tests.", "RETREAT"),
        ("The prosecutor said the case against the mayor was withdrawn on Friday.", "RETREAT"),
        ("The senator withdrew his bid for the nomination in March.", "RETREAT"),
        ("She withdrew money from her bank account the day before she vanished.", "RETREAT"),
        ("The study demonstrates that the vaccine protects older patients.", "PROTEST"),
        ("The pilot project demonstrated the feasibility of deep geothermal heat.", "PROTEST"),
        ("The report released by Human Rights Watch on Tuesday says 20 people died.", "RETREAT"),
        ("The warship intercepted the boats and executed a boarding and search operation.", "ASSAULT"),
    ],
)
def test_a_word_in_its_other_sense_is_no_event(text, absent):
    assert absent not in types(text)


@pytest.mark.parametrize(
    "text, present",
    [
        ("The army withdrew its troops from the town on Monday.", "RETREAT"),
        ("The rebels withdrew from the town after two days of fighting.", "RETREAT"),
        ("Thousands demonstrated in the capital against the new law.", "PROTEST"),
        ("Two journalists were released by Hamas on Monday.", "RETREAT"),
        ("The militants executed three soldiers they had captured.", "ASSAULT"),
    ],
)
def test_the_same_word_in_its_event_sense_stays_an_event(text, present):
    assert present in types(text)


def test_a_plan_executed_in_french_is_no_killing():
    assert "ASSAULT" not in types("Les soldats ont exécuté l'opération de fouille sans incident.", "fr")
    assert "ASSAULT" in types("Les jihadistes ont exécuté trois otages dimanche.", "fr")


@pytest.mark.parametrize(
    "text, absent",
    [
        # a question is no request, a plea in court no appeal, pressing on no pressure
        ("When asked about the budget, the mayor of Leeds said the figures were wrong.", "REQUEST"),
        ("Reporters asked whether the talks in Geneva had failed.", "REQUEST"),
        ("The two brothers pleaded not guilty to arson at a court in Cardiff on Monday.", "REQUEST"),
        ("The marchers pressed on through the snow towards the capital.", "REQUEST"),
        # medical and social support is no political support
        ("The patient was kept on life support at a hospital in Liverpool.", "SUPPORT"),
        ("She founded a support group for widows in Dublin.", "SUPPORT"),
    ],
)
def test_questions_pleas_and_services_are_not_statements(text, absent):
    assert absent not in types(text)


def test_pressing_charges_is_an_accusation():
    assert "ACCUSE" in types("The company pressed charges against two former managers in Lyon.")


@pytest.mark.parametrize(
    "text",
    [
        "The accused was remanded in custody by a court in Leeds on Monday.",
        "The victim could not identify an accused, police in Durban said.",
    ],
)
def test_a_verb_used_as_a_noun_for_a_person_is_no_event(text):
    # "the accused" is the defendant, not an accusation; a victim's participle still counts ("the wounded")
    assert "ACCUSE" not in types(text)


def test_the_wounded_still_report_an_attack():
    assert "ASSAULT" in types("The wounded were taken to hospital after the bombing in Kabul on Monday.")


def test_patrolling_is_a_deployment_whoever_patrols():
    # civilians who "mobilise" protest; nobody protests by patrolling
    kinds = types("Volunteers from the neighbourhood were patrolling the streets of Leeds on Monday night.")
    assert "PROTEST" not in kinds
    assert "PROTEST" in types("Residents mobilized against the new mine in Cajamarca on Monday.")


def test_the_strikes_of_an_air_war_are_air_strikes():
    text = "Government jets bombed Maaret al-Numan on Monday. The strikes hit a market near the town, witnesses said."
    assert "PROTEST" not in types(text)
    assert "ASSAULT" in types(text)
    # workers' strikes stay strikes, in any article
    assert "PROTEST" in types("Dockers went on strike in Marseille on Monday. Jets bombed Idlib the same day.")


def test_pressing_an_offensive_is_no_request():
    kinds = types("The army pressed its offensive against the rebels near Hama on Monday.")
    assert "REQUEST" not in kinds
    assert "ASSAULT" in kinds
