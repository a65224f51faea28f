"""Sentences of French (and some English) crime and unrest reports whose words read as events but report
none of their own, or another type: the inquiry that led to an arrest, a police order to one person, the demand of protesters named as a protest's organisers, the
subject of a running total, an aid convoy under attack, and a call to protest; and a counted crowd fighting
the police riots, what attackers wreck as they kill is part of their attack, goods looted in the passive
are not the looters, the word after "mission de" names the mission, and a public meeting ("réunion
publique") is no consultation between parties.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from sentence_events import events_of


def kinds(text, lang="fr"):
    return [(e.type, e.trigger.text if e.trigger else "") for e in events_of(text, lang)]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "L'opposant a été accusé par le gouvernement de complot contre la sûreté de l'Etat."),
        ("fr", "Kinshasa accuse le Rwanda de soutenir les rebelles du M23."),
        ("fr", "Le Rwanda est accusé par Kinshasa de soutenir les rebelles du M23."),
    ],
)
def test_an_accusation_someone_makes_stays(lang, text):
    assert "ACCUSE" in [t for t, _ in kinds(text, lang)]


def test_an_inquiry_that_led_to_an_arrest_is_the_arrest():
    text = "Les investigations menées par la gendarmerie ont permis d'arrêter trois suspects à Bamako."
    assert [t for t, _ in kinds(text)] == ["COERCE"]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Les policiers l'ont sommé de sortir du véhicule."),
        ("fr", "La police a ordonné au conducteur d'ouvrir le coffre."),
        ("fr", "La police a ordonné à Madame Diallo d'ouvrir le conteneur."),
    ],
)
def test_a_police_order_to_one_person_is_no_request(lang, text):
    assert kinds(text, lang) == []


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "L'armée a sommé les rebelles de déposer les armes."),
        ("fr", "Les gendarmes ont ordonné aux habitants d'évacuer le village."),
    ],
)
def test_an_order_to_a_party_or_a_crowd_stays_a_request(lang, text):
    assert [t for t, _ in kinds(text, lang)] == ["REQUEST"]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Une manifestation a été organisée par des agriculteurs réclamant la fin des normes européennes."),
        ("fr", "Un rassemblement a été organisé par un collectif de familles réclamant la vérité sur sa mort."),
    ],
)
def test_what_a_protest_s_organisers_demand_is_the_protest(lang, text):
    assert [t for t, _ in kinds(text, lang)] == ["PROTEST"]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Les violences ont fait plus de 2.500 morts depuis janvier, selon l'ONU."),
        ("fr", "Depuis janvier, les violences ont fait plus de 2.500 morts."),
    ],
)
def test_the_subject_of_a_running_total_is_no_incident(lang, text):
    assert kinds(text, lang) == []


def test_a_toll_of_one_day_stays_an_incident():
    assert [t for t, _ in kinds("Les affrontements ont fait trois morts samedi à Goma.")] == ["ASSAULT"]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Un convoi humanitaire a été attaqué près de Goma."),
        ("fr", "Des hommes armés ont attaqué un convoi humanitaire près de Goma."),
        ("fr", "Les attaques contre les convois humanitaires se sont multipliées dans la région."),
    ],
)
def test_an_aid_convoy_under_attack_is_no_aid(lang, text):
    assert "AID" not in [t for t, _ in kinds(text, lang)]


def test_a_call_to_protest_is_a_request_not_a_protest():
    assert [t for t, _ in kinds("Le syndicat a invité les agriculteurs à manifester samedi à Paris.")] == ["REQUEST"]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Des centaines de jeunes ont affronté les forces de l'ordre à Nouméa."),
        ("fr", "Des dizaines d'habitants se sont affrontés avec la police à Port-au-Prince."),
    ],
)
def test_a_counted_crowd_fighting_the_police_riots(lang, text):
    assert [t for t, _ in kinds(text, lang)] == ["PROTEST"]


def test_armed_sides_fighting_stay_an_assault():
    assert [t for t, _ in kinds("Des soldats ont affronté des jihadistes près de Mopti.")] == ["ASSAULT"]


def test_goods_looted_in_the_passive_are_not_the_looters():
    text = "Des jeunes ont affronté les gendarmes dans la nuit à Nouméa, où des commerces ont été pillés et incendiés."
    for e in events_of(text, "fr"):
        assert not [m for m in e.actors if "commerces" in m.span.text]


def test_what_attackers_wreck_as_they_kill_is_part_of_the_attack():
    text = "Des jihadistes ont incendié l'école du village et tué deux enseignants."
    assert [t for t, _ in kinds(text)] == ["ASSAULT"]


def test_the_word_after_a_mission_names_the_mission():
    text = (
        "Les violences des gangs ont fait plus de 2.500 morts depuis janvier, selon l'ONU, qui a appelé la "
        "communauté internationale à accélérer le déploiement de la mission multinationale de soutien à la sécurité."
    )
    assert [t for t, _ in kinds(text)] == ["REQUEST"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le militant a été convié à une réunion publique à Damas.", []),
        ("Une réunion entre le gouvernement et les rebelles s'est tenue jeudi à Luanda.", ["CONSULT"]),
    ],
)
def test_a_public_meeting_is_no_consultation_between_parties(text, expected):
    assert [t for t, _ in kinds(text)] == expected
