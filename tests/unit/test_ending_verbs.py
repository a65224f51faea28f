"""Verbs that end the event their object names: withdrawing a complaint, calling off a strike,
abandoning an offensive or withdrawing support is the end of that event (a concession, a retreat or a
sanction, by the `ended` column of xx/plover.tsv), not the event itself. A phrasal verb reads with its
particle: "called off the strike" ends it, "called a strike" calls one.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from eventmill.api import extract


def types(text: str, lang: str) -> list[str]:
    return [e.type for e in extract(text, lang=lang).events]


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("en", "The woman withdrew her complaint against the officers.", "CONCEDE"),
        ("en", "The union called off the strike after two days.", "CONCEDE"),
        ("en", "Washington withdrew its support for the rebels.", "SANCTION"),
        ("fr", "La commerçante a retiré sa plainte contre les deux jeunes.", "CONCEDE"),
        ("fr", "Le syndicat a retiré son préavis de grève.", "CONCEDE"),
        ("fr", "Les rebelles ont abandonné l'offensive sur Alep.", "RETREAT"),
    ],
)
def test_ending_an_event_is_its_end_not_the_event(lang, text, etype):
    assert types(text, lang) == [etype]


def test_calling_a_strike_is_a_strike():
    assert types("The union called a strike for Monday.", "en") == ["PROTEST"]
