"""What marchers chant or denounce as they march is their march's, not a second event, in sentences
written for these tests (`said.protest_demand`, `rules.final_type`'s `lodged` guard): a verb with no
finite form and no subject of its own on the protest verb ("marched ... chanting 'Ruto must go'",
"thousands marched, accusing the government of corruption", "ont manifesté en dénonçant le report")."""

import pytest

import eventmill


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en", 'Protesters marched towards parliament in Nairobi chanting "Ruto must go".', id="en-chanting"
        ),
        pytest.param(
            "en", "Thousands marched in Nairobi on Tuesday, accusing the government of corruption.", id="en-accusing"
        ),
        pytest.param(
            "fr",
            "Des milliers de personnes ont manifesté à Dakar en dénonçant le report de l'élection.",
            id="fr-denoncant",
        ),
    ],
)
def test_what_a_march_says_is_the_march(lang, text):
    assert [e.type for e in eventmill.extract(text, lang=lang).events] == ["PROTEST"]


@pytest.mark.parametrize(
    ("lang", "text", "types"),
    [
        pytest.param(
            "en",
            "Thousands marched in Nairobi on Tuesday. The opposition accused the government of corruption.",
            ["PROTEST", "ACCUSE"],
            id="en-own-sentence",
        ),
        pytest.param(
            "en", "The opposition accused the government of fraud on Tuesday.", ["ACCUSE"], id="en-accusation-alone"
        ),
    ],
)
def test_an_accusation_of_its_own_stays(lang, text, types):
    assert [e.type for e in eventmill.extract(text, lang=lang).events] == types
