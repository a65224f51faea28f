"""Words of refusal and suspension that report no event: declining to comment in other words
("declined to elaborate", "refused to say"), and suspending a train route or a broadcast; while
refusing to meet, breaking off relations and suspending aid stay events.

Every sentence here was written for this test (the unlabelled news these errors were first seen in is
not quoted)."""

from __future__ import annotations

import pytest

from eventmill.api import extract


def types(text: str) -> list[str]:
    return [e.type for e in extract(text, lang="en").events]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry's spokeswoman declined to elaborate on the decision.",
        "Police refused to say how many officers had been sent to the border.",
        "A senior official declined to confirm the figures.",
        "The embassy refused to discuss the case with reporters.",
    ],
)
def test_declining_to_speak_is_no_rejection(text):
    assert "REJECT" not in types(text)


@pytest.mark.parametrize(
    "text, etype",
    [
        ("Israel refused to meet the Jordanian king in Tel Aviv.", "REJECT"),
        ("The vice-president declined to resign despite the protests.", "REJECT"),
    ],
)
def test_refusing_to_act_stays_a_rejection(text, etype):
    assert etype in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rail operators suspended their routes to the coast because of the storm.",
        "The channel suspended its broadcasts for maintenance.",
    ],
)
def test_suspending_a_route_or_a_broadcast_is_no_sanction(text):
    assert "SANCTION" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Both countries broke off diplomatic relations in 2017.",
        "The rebels broke off talks with the government on Monday.",
        "Washington suspended military aid to the army after the coup.",
    ],
)
def test_breaking_off_ties_or_suspending_aid_stays_a_sanction(text):
    assert "SANCTION" in types(text)
