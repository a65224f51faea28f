"""A strike told as what happens each year ("Chaque année, les dockers font grève") is a habit, and a
strike "prévue pour la semaine prochaine" is announced, not held: neither is a second incident beside
the one the article reports.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from eventmill.api import extract


def types(text):
    return [e.type for e in extract(text, lang="fr", published="2024-03-12").events]


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "fr",
            "Des dockers ont fait grève lundi au port de Marseille. "
            "Chaque année, les dockers font grève au moment des négociations salariales.",
        ),
        (
            "fr",
            "Les cheminots sont en grève depuis mardi à Dakar. "
            "Une grève des contrôleurs aériens est prévue pour la semaine prochaine.",
        ),
    ],
)
def test_habits_and_plans_are_no_second_strike(lang, text):
    assert types(text).count("PROTEST") == 1


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "L'attaque avait été planifiée pendant trois semaines."),
        ("fr", "Une manifestation est organisée samedi à Nouméa."),
    ],
)
def test_planned_long_ago_or_held_stays(lang, text):
    assert types(text) != []
