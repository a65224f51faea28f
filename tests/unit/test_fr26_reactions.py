"""Incidents, not reactions, in French news stories written for these tests (the longer ones under
tests/data/fr26/):
- a condemnation in the passive voice reacts to the incident it names, as the active one does ("La
  répression de la marche a été condamnée par plusieurs ONG": `senses.reaction`);
- an appeal for an inquiry or for justice after an incident is a routine reaction, as a promise of one is
  (REQUEST `calm redress` in `xx/plover.tsv`: "a appelé les autorités à ouvrir une enquête"), and so is one
  for the victims' relief (REQUEST and AGREE `relief`: "a appelé à venir en aide aux victimes");
- praise or thanks after an incident is a routine reaction whatever it praises ("a salué le courage des
  forces armées": SUPPORT `praise`);
- "les violences", a noun of violence that names no act of its own, names the riot just told in any words
  ("des heurts ont opposé ..." then "Ces violences sont inacceptables": `umbrella` in `support.tsv`)."""

from pathlib import Path

import pytest

import eventmill

STORIES = Path(__file__).parent.parent / "data" / "fr26"

MARCH = (
    "La police a dispersé samedi à coups de gaz lacrymogène une marche de l'opposition à Kinshasa, faisant "
    "au moins un mort, selon les organisateurs. "
)
RIOT = (
    "Des heurts ont opposé mardi à Dakar des centaines de jeunes aux forces de l'ordre. Les manifestants ont "
    "incendié des pneus et lancé des pierres sur les policiers. "
)


def types(text):
    return [e.type for e in eventmill.extract(text, lang="fr").events]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(MARCH + "La répression de la marche a été condamnée par plusieurs ONG.", id="fr-repression"),
        pytest.param(
            "Des hommes armés ont attaqué jeudi un poste de police à Gao, tuant trois agents. L'attaque a été "
            "condamnée par l'Union africaine.",
            id="fr-attaque",
        ),
    ],
)
def test_a_passive_condemnation_of_the_incident_is_a_reaction(text):
    assert "ACCUSE" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(MARCH + "Amnesty International a appelé les autorités à ouvrir une enquête.", id="fr-enquete"),
        pytest.param(MARCH + "L'opposition a demandé que toute la lumière soit faite sur ce drame.", id="fr-lumiere"),
        pytest.param(MARCH + "Les familles ont exigé que justice soit rendue.", id="fr-justice"),
    ],
)
def test_an_appeal_for_an_inquiry_after_an_incident_is_a_reaction(text):
    assert "REQUEST" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(MARCH + "Amnesty International a appelé les autorités à libérer les militants.", id="fr-liberer"),
        pytest.param(
            "Amnesty International a appelé les autorités à ouvrir une enquête sur la corruption.", id="fr-no-inc"
        ),
    ],
)
def test_other_appeals_stay_requests(text):
    assert "REQUEST" in types(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(RIOT + "« Ces violences sont inacceptables », a réagi le ministre de l'Intérieur.", id="fr-ces"),
        pytest.param(RIOT + "Les violences de mardi rappellent celles de 2021, selon des observateurs.", id="fr-les"),
    ],
)
def test_the_violence_names_the_riot_just_told(text):
    assert "ASSAULT" not in types(text)


def test_the_violence_after_an_attack_stays_that_attack():
    text = (
        "Des hommes armés ont attaqué lundi un village près de Mopti, tuant douze civils. Ces violences ont "
        "été condamnées par le gouvernement."
    )
    assert types(text).count("ASSAULT") == 1


@pytest.mark.parametrize(
    ("name", "absent"),
    [
        pytest.param("03_dakar_heurts.txt", "Les violences de mardi", id="dakar"),
        pytest.param("08_kinshasa_marche.txt", "a été condamnée", id="kinshasa-condemned"),
        pytest.param("08_kinshasa_marche.txt", "ouvrir une enquête", id="kinshasa-inquiry"),
        pytest.param("10_retraites.txt", "Ces violences sont inacceptables", id="retraites"),
    ],
)
def test_stories_report_no_reaction_or_repeat_as_an_event(name, absent):
    doc = eventmill.extract((STORIES / name).read_text(encoding="utf-8"), lang="fr")
    assert not [e for e in doc.events if absent in e.evidence.text]


ATTACK = "Des jihadistes ont attaqué dimanche une base militaire près de Djibo, tuant douze soldats. "


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(ATTACK + "Le président a salué le courage des forces armées.", id="fr-salue"),
        pytest.param(ATTACK + "Le gouverneur a remercié les secouristes et les habitants.", id="fr-remercie"),
        pytest.param(ATTACK + "Le ministre s'est réjoui de la collaboration entre les deux armées.", id="fr-rejoui"),
    ],
)
def test_praise_after_an_incident_is_a_reaction(text):
    assert "SUPPORT" not in types(text)


def test_praise_with_no_incident_told_stays_support():
    assert "SUPPORT" in types("Le président a salué jeudi la signature de l'accord de paix entre les deux pays.")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        pytest.param(
            ATTACK + "Le ministre a appelé la communauté internationale à venir en aide aux victimes.",
            "REQUEST",
            id="fr-appel-victimes",
        ),
        pytest.param(
            ATTACK + "Le gouvernement a promis une aide aux familles des victimes.", "AGREE", id="fr-promesse"
        ),
    ],
)
def test_help_for_the_victims_after_an_incident_is_a_reaction(text, etype):
    assert etype not in types(text)


def test_an_appeal_for_the_victims_of_no_incident_told_stays_a_request():
    assert "REQUEST" in types("Le ministre a appelé la communauté internationale à aider les victimes des inondations.")
