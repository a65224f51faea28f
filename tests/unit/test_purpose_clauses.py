"""A purpose clause says what was meant to happen, not what did: "went to the town hall to meet the
authorities" reports no meeting. A reason ("arrêté pour avoir attaqué") did happen, and breaking up a
crowd is what force was used for ("pour disperser les manifestants": the protest stays).

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from eventmill.api import extract
from eventmill.config import Config


def found(text: str, lang: str, keep: str = "asserted") -> list[tuple[str, str, bool]]:
    return [(e.type, e.trigger.text, e.hypothetical) for e in extract(text, lang=lang, config=Config(keep=keep)).events]


@pytest.mark.parametrize(
    "lang, text, trigger",
    [
        ("en", "The farmers drove to the capital to meet the agriculture minister.", "meet"),
        ("en", "The foreign minister flew to Paris to sign the agreement.", "sign"),
        ("fr", "Les délégués se sont rendus à la préfecture pour rencontrer le préfet.", "rencontrer"),
        ("fr", "Les habitants se sont réunis afin de demander la réouverture de l'école.", "demander"),
    ],
)
def test_what_a_purpose_clause_aims_at_is_no_event(lang, text, trigger):
    assert trigger not in [t for _, t, _ in found(text, lang)]
    # still visible, as hypothetical, to whoever keeps everything
    assert (trigger, True) in [(t, h) for _, t, h in found(text, lang, keep="all")]


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("fr", "Il a été arrêté pour avoir attaqué un policier à Lille.", "ASSAULT"),
        ("fr", "Les gendarmes ont fait usage de gaz lacrymogènes pour disperser les manifestants.", "PROTEST"),
        ("en", "Rebels attacked the prison to free their comrades.", "ASSAULT"),
        # gathering to protest is protesting
        ("en", "Hundreds of nurses gathered outside the hospital to protest the job cuts.", "PROTEST"),
        (
            "fr",
            "Des centaines d'infirmières se sont rassemblées devant l'hôpital pour protester contre les suppressions de postes.",
            "PROTEST",
        ),
        # announced with the act it is the aim of: a plan, coded as the promise an announced meeting is
        # (as "will meet" is: xx/plover.tsv, column intent)
        (
            "en",
            "The Kenyan president will travel to Addis Ababa next week to meet the Ethiopian prime minister.",
            "AGREE",
        ),
        ("en", "The militia has sworn to fight until the army leaves the valley.", "THREATEN"),
    ],
)
def test_reasons_means_and_the_main_act_stay_events(lang, text, etype):
    assert etype in [t for t, _, _ in found(text, lang)]
