"""A capital named for its government (issue 12, wire news): "Minsk called for talks", "Dhaka said" are places
like "Moscow said", though the recogniser labels them organisations; a football club named after a city that
is no capital stays the club (real parses, real gazetteer; en)."""

import pytest

import eventmill


def kinds(text):
    doc = eventmill.extract(text, lang="en", published="2024-03-01")
    return {(m.kind, m.span.text) for m in doc.mentions}


CAPITALS = [
    pytest.param(
        "Moscow said air defenses shot down drones overnight. Minsk called for talks.", "Minsk", id="en-minsk"
    ),
    pytest.param("Dhaka said Rohingya refugees were arriving at Cox's Bazar.", "Dhaka", id="en-dhaka"),
    pytest.param(
        "Port Sudan welcomed the news, while Abu Dhabi, accused of backing the RSF, did not comment.",
        "Abu Dhabi",
        id="en-abu-dhabi",
    ),
]


@pytest.mark.parametrize(("text", "name"), CAPITALS)
def test_a_capital_speaking_for_its_government_is_a_place(text, name):
    assert ("place", name) in kinds(text)


def test_a_club_named_after_a_city_that_is_no_capital_stays_the_club():
    assert ("place", "Barcelona") not in kinds("Barcelona said the striker would miss the final.")
