"""Event types PLOVER (through CAMEO) gives by what a verb carries: an attack an army prepares is a
show of force (MOBILIZE), not a threat made in words; an order to close, suspend or leave is coercion, not a request; exercises
held jointly are cooperation; a harm an actor says it may do if the other side does not comply is a
threat; allowing a party to run, vote or return is a concession (CONCEDE), allowing inspectors or
convoys in is access (RETREAT), and nobody concedes anything when residents "were allowed to return";
mobilising money or support is no deployment.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from eventmill.api import extract


def types(text: str, lang: str) -> list[str]:
    return [e.type for e in extract(text, lang=lang).events]


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("en", "The army prepared to resume shelling rebel positions.", "MOBILIZE"),
        ("en", "Government troops are preparing to attack the rebel-held town.", "MOBILIZE"),
        ("fr", "L'armée s'apprête à bombarder la ville rebelle.", "MOBILIZE"),
        ("fr", "Les rebelles s'apprêtent à attaquer la ville.", "MOBILIZE"),
        ("en", "The government ordered the newspaper to suspend publication.", "COERCE"),
        ("en", "The junta ordered the closure of the radio station.", "COERCE"),
        ("en", "The government ordered the foreign journalists to leave the country.", "COERCE"),
        ("fr", "Le gouvernement a ordonné la fermeture du journal.", "COERCE"),
        ("en", "French and Egyptian warships launched joint naval exercises.", "COOPERATE"),
        ("en", "Russia and China began joint military drills on Monday.", "COOPERATE"),
        ("fr", "La Russie et la Chine ont lancé des exercices militaires conjoints lundi.", "COOPERATE"),
        ("en", "The European Union may halt aid to the country if the violence continues.", "THREATEN"),
        ("en", "The government could impose a curfew if the protests continue.", "THREATEN"),
        ("en", "Police may arrest protesters if they block the road.", "THREATEN"),
        ("fr", "Le gouvernement pourrait imposer un couvre-feu si les manifestations se poursuivent.", "THREATEN"),
        ("en", "The court decided to allow the opposition leader to run in the presidential election.", "CONCEDE"),
        ("en", "The government allowed the banned party to hold rallies again.", "CONCEDE"),
        ("en", "The junta allowed the exiled leader to return home.", "CONCEDE"),
        ("en", "Iraq permitted UN inspectors to visit the site.", "RETREAT"),
        ("fr", "Le gouvernement a autorisé les exilés à rentrer au pays.", "CONCEDE"),
    ],
)
def test_what_the_verb_carries_gives_the_type(lang, text, etype):
    assert types(text, lang) == [etype]


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("en", "The government said it will attack the rebel-held town.", "THREATEN"),
        ("en", "The minister ordered an inquiry into the deaths.", "REQUEST"),
        ("en", "If the rebels attack the town, the army may respond.", None),
        ("en", "Fighting could resume if the talks fail.", None),
        ("fr", "Le ministre a ordonné une enquête.", "REQUEST"),
    ],
)
def test_other_readings_stay(lang, text, etype):
    assert types(text, lang) == ([etype] if etype else [])


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The World Bank mobilized $2 billion for the reconstruction."),
        ("en", "The minister mobilized international support for the plan."),
        ("fr", "L'État a mobilisé 10 millions d'euros pour les sinistrés."),
        ("fr", "La région a mobilisé des moyens importants pour la reconstruction."),
    ],
)
def test_mobilising_money_or_support_is_no_event(lang, text):
    assert types(text, lang) == []


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Families evacuated from their homes after a large fire at a chemical plant have been allowed to return.",
        ),
        ("en", "Villagers who fled the floods were allowed to return home on Monday."),
    ],
)
def test_a_permission_nobody_grants_is_no_concession(lang, text):
    assert types(text, lang) == []


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "The army mobilized 20,000 reservists.", ["MOBILIZE"]),
        ("fr", "L'armée a mobilisé 5000 réservistes.", ["MOBILIZE"]),
        ("en", "Gunmen who attacked a checkpoint on Friday killed three soldiers.", ["ASSAULT"]),
    ],
)
def test_deployments_and_attacks_told_in_a_clause_stay(lang, text, expected):
    assert types(text, lang) == expected
