"""Support a force fights with ("with air support", "avec un soutien aérien") is a means of the fighting,
not a statement of support (NONE rows of triggers.tsv)."""

import pytest

import eventmill


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "Afghan forces pushed the insurgents back with air support.", id="en-air-support"),
        pytest.param("en", "The battalion advanced under artillery support.", id="en-artillery-support"),
        pytest.param("fr", "Les soldats ont repoussé les assaillants avec un soutien aérien.", id="fr-soutien-aerien"),
    ],
)
def test_support_a_force_fights_with_is_no_statement_of_support(lang, text):
    assert not [e for e in eventmill.extract(text, lang=lang).events if e.type == "SUPPORT"]
