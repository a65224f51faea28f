"""Trigger words in their other senses: what a row's object says the word means.

- "withdraw" a case, a bid, money or a challenge is no retreat; withdrawing troops, or from a town, is.
- "demonstrate" that something holds, or a quality ("demonstrated the importance of"), is no protest;
  demonstrating in the street is.
- A proper name that is the agent of a passive ("the report released by Human Rights Watch") is not
  the object a row asks for: it is who did it.

The sentences were written for this test; no dev set was read to write them.
"""

from __future__ import annotations

import pytest

from eventmill.api import extract
from eventmill.config import Config


def types(text: str) -> list[str]:
    return [e.type for e in extract(text, lang="en", config=Config(keep="all")).events]


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The parents withdrew their challenge after the hospital's new tests.", "RETREAT"),
        ("The prosecutor said the case against the mayor was withdrawn on Friday.", "RETREAT"),
        ("The senator withdrew his bid for the nomination in March.", "RETREAT"),
        ("She withdrew money from her bank account the day before she vanished.", "RETREAT"),
        ("The study demonstrates that the vaccine protects older patients.", "PROTEST"),
        ("The pilot project demonstrated the feasibility of deep geothermal heat.", "PROTEST"),
        ("The report released by Human Rights Watch on Tuesday says 20 people died.", "RETREAT"),
    ],
)
def test_a_word_in_its_other_sense_is_no_event(text, absent):
    assert absent not in types(text)


@pytest.mark.parametrize(
    "text, present",
    [
        ("The army withdrew its troops from the town on Monday.", "RETREAT"),
        ("The rebels withdrew from the town after two days of fighting.", "RETREAT"),
        ("Thousands demonstrated in the capital against the new law.", "PROTEST"),
        ("Two journalists were released by Hamas on Monday.", "RETREAT"),
    ],
)
def test_the_same_word_in_its_event_sense_stays_an_event(text, present):
    assert present in types(text)
