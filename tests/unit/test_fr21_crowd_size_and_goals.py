""" "Ils étaient des centaines à descendre dans les rues", right after a protest is reported, tells how
many took part in it: no second protest. And an event noun that an infinitive has for its goal ("des
actions à mener pour la libération des otages") is what is to be done, not what happened.

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
            "La hausse du prix du carburant a provoqué une révolte à Port-Gentil. "
            "Ils étaient des centaines à être descendus dans les rues pour crier leur colère.",
        ),
        (
            "fr",
            "L'annonce de la réforme foncière a suscité une mobilisation à Nouméa. "
            "Ils étaient des milliers à avoir défilé dans le centre-ville.",
        ),
    ],
)
def test_how_many_they_were_is_the_same_protest(lang, text):
    assert types(text) == ["PROTEST"]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "fr",
            "Des milliers d'agriculteurs ont manifesté lundi à Bruxelles. Ils ont bloqué le quartier européen.",
            ["PROTEST"],
        ),
        (
            "fr",
            "Des hommes armés ont attaqué un village lundi près de Djibo. Ils ont aussi incendié une école à Arbinda.",
            ["ASSAULT", "COERCE"],
        ),
    ],
)
def test_other_acts_of_a_pronoun_keep_their_own_reading(lang, text, expected):
    assert types(text) == expected


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Les ministres ont dressé la liste des actions à mener pour la libération des otages."),
        ("fr", "Le sommet a défini une stratégie à suivre pour le retrait des forces étrangères du Sahel."),
    ],
)
def test_the_goal_of_what_is_to_be_done_is_no_event(lang, text):
    assert types(text) == []


def test_a_release_that_happened_stays():
    text = "Les ravisseurs ont libéré mardi les deux otages enlevés près de Gao."
    assert types(text) != []
