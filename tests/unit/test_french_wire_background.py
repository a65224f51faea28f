"""What a wire story says around its incident without reporting a new one: the charge a suspect faces
("sont accusés de vol", "poursuivis pour destruction"), a step a government rules out ("a exclu tout
retrait"), attacks a group carries out as a habit or a sort of attack ("mènent régulièrement des
attaques", "ce type d'agressions"), the scene of frequent raids, a running total through its figure
("ont fait des milliers de morts depuis 2012"), an earthquake striking a country, and the police
putting down a protest ("a réprimé les manifestants"), which is that protest's.

Every sentence here was written for this test (the unlabelled news these errors were first seen in is
not quoted)."""

from __future__ import annotations

import pytest

from eventmill.api import extract


def types(text, lang="fr", published=None):
    return [e.type for e in extract(text, lang=lang, published=published).events]


@pytest.mark.parametrize(
    "text",
    [
        "Les deux frères sont accusés de vol de voitures et de trafic d'armes.",
        "Le gérant a été accusé de détourner les dons de l'association.",
        "Ils sont soupçonnés d'avoir attaqué un fourgon blindé en mars.",
        "Les trois jeunes sont poursuivis pour destruction de biens publics.",
    ],
)
def test_an_agentless_passive_accusation_is_the_charge_not_an_event(text):
    assert types(text) == []


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Le maire a été accusé par l'opposition de corruption.", "ACCUSE"),
        ("L'opposition accuse le gouvernement de fraudes massives.", "ACCUSE"),
    ],
)
def test_an_accusation_someone_makes_stays_an_accusation(text, kept):
    assert kept in types(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le gouvernement a exclu tout retrait de la réforme.", ["REJECT"]),
        ("La Première ministre a exclu toute démission.", ["REJECT"]),
        ("Le parti a exclu deux députés.", ["SANCTION"]),
    ],
)
def test_ruling_out_a_step_is_a_refusal_not_an_expulsion(text, expected):
    assert types(text) == expected


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Dans cette région, les rebelles mènent régulièrement des attaques contre les convois."),
        ("fr", "Ce type d'agressions vise surtout les pompiers volontaires."),
        ("fr", "Les enlèvements de ce genre touchent surtout les commerçants."),
        ("fr", "La province est le théâtre d'incursions fréquentes de groupes armés."),
        ("en", "This kind of attack has become more common in the north."),
    ],
)
def test_a_habit_or_a_sort_of_attack_is_no_incident(lang, text):
    assert types(text, lang) == []


def test_an_attack_of_a_named_type_stays_one_attack():
    assert types("Une attaque de type kamikaze a tué dix personnes lundi à Kaboul.") == ["ASSAULT"]


def test_a_running_total_through_its_figure_is_a_toll_not_the_attacks_dead():
    text = (
        "Des hommes armés ont attaqué un poste militaire dimanche près de Mopti. "
        "Depuis 2012, les violences jihadistes ont fait des milliers de morts au Mali."
    )
    doc = extract(text, lang="fr", published="2023-04-03")
    assert [(e.type, e.dead) for e in doc.events] == [("ASSAULT", None)]
    assert [t.kind for t in doc.tolls] == ["dead"]


def test_an_earthquake_striking_a_country_is_no_attack():
    text = "Un violent séisme a frappé vendredi le sud du Pérou, faisant au moins 40 morts et 200 blessés."
    assert types(text) == []


def test_police_putting_down_the_protesters_is_part_of_the_protest():
    text = (
        "Plusieurs milliers d'enseignants ont manifesté jeudi à Rabat contre la réforme. "
        "La police a violemment réprimé les manifestants devant le Parlement."
    )
    assert types(text) == ["PROTEST"]


def test_a_regime_putting_down_its_opponents_stays_coercion():
    assert types("Le régime a violemment réprimé les opposants.") == ["COERCE"]
