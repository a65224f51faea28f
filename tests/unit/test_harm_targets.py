"""Firing at, shooting on, dropping on: the "at"/"on"/"sur" phrase of a harmful act names whom it hits
(the recipient), and what is fired, dropped or used is the means, not a party. Tear gas or rubber
bullets fired at a crowd is crowd control: the crowd's protest, with the police as its recipient.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from eventmill.api import extract


def events(text: str, lang: str) -> list[tuple[str, list[str], list[str]]]:
    return [
        (e.type, [m.span.text for m in e.actors], [m.span.text for m in e.recipients])
        for e in extract(text, lang=lang).events
    ]


@pytest.mark.parametrize(
    "lang, text, actor, recipient",
    [
        ("en", "Police fired on protesters in Lagos on Monday.", "Police", "protesters"),
        ("en", "Soldiers fired at students outside the university in Abuja.", "Soldiers", "students"),
        ("en", "Police fired tear gas at protesters, injuring 12.", "Police", "protesters"),
        ("fr", "Les soldats ont tiré sur les manifestants à Bamako.", "soldats", "manifestants"),
        (
            "fr",
            "Les militaires ont tiré des coups de feu sur les étudiants, blessant trois d'entre eux.",
            "militaires",
            "étudiants",
        ),
    ],
)
def test_the_target_phrase_is_the_recipient(lang, text, actor, recipient):
    (etype, actors, recipients), *_ = [e for e in events(text, lang) if e[0] == "ASSAULT"]
    assert any(actor in a for a in actors), actors
    assert any(recipient in r for r in recipients), recipients
    assert not any(w in " ".join(recipients) for w in ("Monday", "gas", "coups")), recipients


@pytest.mark.parametrize(
    "lang, text, crowd, police",
    [
        ("en", "Police fired tear gas at protesters in Nairobi on Tuesday.", "protesters", "Police"),
        ("fr", "La police a tiré des gaz lacrymogènes sur les manifestants à Dakar mardi.", "manifestants", "police"),
    ],
)
def test_tear_gas_fired_at_a_crowd_is_its_protest_with_intervention(lang, text, crowd, police):
    found = events(text, lang)
    assert [e[0] for e in found] == ["PROTEST"], found
    _, actors, recipients = found[0]
    assert any(crowd in a for a in actors) and any(police in r for r in recipients), found


def test_the_bombs_dropped_are_no_recipient():
    for text, lang in [
        ("Helicopters dropped barrel bombs on Aleppo on Monday.", "en"),
        ("Des hélicoptères ont largué des barils d'explosifs sur Alep.", "fr"),
    ]:
        (etype, _, recipients), *_ = events(text, lang)
        assert etype == "ASSAULT" and not any("bomb" in r or "baril" in r for r in recipients), recipients


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The company fired 200 workers at its plant in Ohio."),
        ("en", "The coach fired questions at the referee after the match."),
        ("fr", "Il faut tirer des leçons de cette crise."),
        ("en", "Police used tear gas on the protesters outside parliament."),
    ],
)
def test_firing_something_else_or_using_tear_gas_is_no_attack(lang, text):
    assert "ASSAULT" not in [e[0] for e in events(text, lang)]


@pytest.mark.parametrize(
    "lang, text, side, other",
    [
        ("en", "Protesters clashed with police in Santiago on Saturday.", "Protesters", "police"),
        ("en", "Troops clashed with Taliban fighters in Helmand province.", "Troops", "Taliban"),
        ("fr", "Des manifestants se sont affrontés avec la police à Dakar.", "manifestants", "police"),
    ],
)
def test_the_other_side_of_a_clash_is_the_recipient(lang, text, side, other):
    (etype, actors, recipients), *_ = events(text, lang)
    assert any(side in a for a in actors) and any(other in r for r in recipients), (etype, actors, recipients)


def test_who_died_alongside_is_no_other_side():
    found = events("Six soldiers were killed with two other Americans near Bagram.", "en")
    assert found and all("Americans" not in a for _, actors, _ in found for a in actors)
    (etype, actors, recipients), *_ = found
    assert etype == "ASSAULT" and "soldiers" in " ".join(recipients)
