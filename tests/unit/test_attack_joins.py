"""Prisoners or hostages freed by attackers in the same breath as their attack are freed in that attack
("attacked a police station and freed dozens of prisoners"): no release of its own. A government releasing
prisoners, or rebels freeing hostages after talks, still is one (stories written for this test)."""

import pytest

import eventmill

PUB = "2024-03-12"


def _events(text, lang):
    return eventmill.extract(text, lang=lang, published=PUB).events


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Fano militiamen attacked a police station in the town of Debre Markos on Sunday and freed dozens of prisoners, residents said.",
        ),
        ("en", "Gunmen stormed the prison in the early hours of Monday and released more than 400 inmates."),
        ("fr", "Des jihadistes ont attaqué la prison de Koutiala dimanche et libéré une centaine de détenus."),
    ],
    ids=["en-freed", "en-released", "fr-libere"],
)
def test_prisoners_freed_by_the_attackers_are_freed_in_the_attack(lang, text):
    events = _events(text, lang)
    assert [e.type for e in events] == ["ASSAULT"]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The government released 200 prisoners on Sunday."),
        ("en", "Rebels released the hostages on Sunday after talks."),
        ("fr", "La junte a libéré dimanche une centaine de détenus politiques."),
    ],
    ids=["en-government", "en-after-talks", "fr-junte"],
)
def test_a_release_with_no_attack_is_one(lang, text):
    assert [e.type for e in _events(text, lang)] == ["RETREAT"]
