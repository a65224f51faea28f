"""The French press's conditional of hearsay ("un gang aurait enlevé ... selon la police") reports an
incident a source says happened; a conditional with a modal ("auraient pu attaquer", "auraient voulu
attaquer"), a condition ("si ...") or no source and no date stays unasserted.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from eventmill.api import extract


def types(text):
    return [e.type for e in extract(text, lang="fr", published="2024-03-12").events]


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        (
            "fr",
            "À Port-au-Prince, un gang aurait enlevé deux missionnaires américains dimanche, selon la police.",
            "ASSAULT",
        ),
        ("fr", "Selon des témoins, des hommes armés auraient tué cinq villageois près de Djibo.", "ASSAULT"),
        (
            "fr",
            "D'après la Monusco, des miliciens auraient attaqué un camp de déplacés près de Bunia mardi.",
            "ASSAULT",
        ),
    ],
)
def test_conditional_of_hearsay_is_a_report(lang, text, etype):
    assert etype in types(text)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Des hommes armés auraient pu attaquer le convoi sans l'intervention de l'armée."),
        ("fr", "Les manifestants auraient voulu attaquer la mairie de Nouméa."),
        ("fr", "Si la police n'était pas intervenue, les manifestants auraient attaqué la mairie."),
        ("fr", "Les rebelles auraient attaqué la ville."),
    ],
)
def test_conditional_without_source_or_with_a_modal_is_unasserted(lang, text):
    assert types(text) == []
