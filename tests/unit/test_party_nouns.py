"""Common nouns that name a party in English as their French counterparts do ("l'opposition"): the
party an accusation or a demand is aimed at, or that makes it (`EXTRA_AGENTS` in scripts/build_actors.py)."""

import pytest

import eventmill


def parties(text, etype, role):
    evs = [e for e in eventmill.extract(text, lang="en").events if e.type == etype]
    return {m.actor.name for e in evs for m in getattr(e, role) if m.actor}


@pytest.mark.parametrize(
    ("text", "etype", "role"),
    [
        pytest.param(
            "The minister accused the opposition of lying about the vote.", "ACCUSE", "recipients", id="accused"
        ),
        pytest.param(
            "The president threatened the opposition with arrests.", "THREATEN", "recipients", id="threatened"
        ),
        pytest.param("The opposition called for a general strike on Monday.", "REQUEST", "actors", id="called-for"),
    ],
)
def test_the_opposition_is_a_party(text, etype, role):
    assert "Opposition" in parties(text, etype, role)
