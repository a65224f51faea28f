"""What is no incident in French news: the public's view told in the simple present ("les populations
locales soupçonnent un groupe"), people named by the events they lead ("les leaders de grèves"), and
what is regularly done to people, told in the passive present ("les journalistes sont régulièrement
arrêtés").

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
            "Les populations locales soupçonnent un groupe jihadiste. Des hommes armés ont attaqué le marché de Djibo lundi.",
        ),
        (
            "fr",
            "Les habitants accusent l'armée de négligence depuis des mois. L'armée a bombardé une base rebelle vendredi.",
        ),
        ("fr", "Les riverains dénoncent l'insécurité. Des bandits ont tué deux commerçants à Cité Soleil samedi."),
    ],
)
def test_the_publics_view_in_the_present_is_no_statement(lang, text):
    assert types(text) == ["ASSAULT"]


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("fr", "Les habitants ont accusé l'armée mardi d'avoir tué trois bergers.", "ACCUSE"),
        ("fr", "Le gouvernement accuse les rebelles d'avoir attaqué Goma.", "ACCUSE"),
    ],
)
def test_a_statement_made_or_by_a_named_party_stays(lang, text, etype):
    assert etype in types(text)


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "fr",
            "Le syndicat a déclenché une grève lundi à Lubumbashi. Ses leaders de grèves sont connus dans toute la province.",
            ["PROTEST"],
        ),
        ("fr", "Les meneurs de manifestations sont régulièrement arrêtés au Togo.", []),
        ("fr", "Au Togo, les journalistes sont régulièrement arrêtés par la police.", []),
    ],
)
def test_people_named_by_events_and_habits_in_the_passive_are_no_incidents(lang, text, expected):
    assert types(text) == expected


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Le journaliste a été arrêté mardi à Lomé."),
        ("fr", "Des grévistes ont été régulièrement arrêtés la semaine dernière à Lomé."),
    ],
)
def test_arrests_that_happened_stay(lang, text):
    assert types(text) == ["COERCE"]
