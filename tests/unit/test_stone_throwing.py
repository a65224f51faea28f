"""Throwing stones, bottles or petrol bombs at the police is a riot (PLOVER PROTEST, mode riot; ACLED's
violent demonstration), in sentences written for these tests: the rows "throw"/"hurl" and
"lancer"/"jeter" of triggers.tsv, which apply only to such objects."""

import pytest

import eventmill


@pytest.mark.parametrize(
    ("lang", "text", "crowd"),
    [
        pytest.param("en", "Hundreds of supporters threw stones at police in Lahore on Saturday.", 200, id="en-stones"),
        pytest.param("en", "Youths hurled rocks and bottles at soldiers in Hebron on Friday.", None, id="en-rocks"),
        pytest.param(
            "fr",
            "Des centaines de jeunes ont lancé des pierres sur les policiers à Dakar samedi.",
            200,
            id="fr-pierres",
        ),
        pytest.param("fr", "Des manifestants ont jeté des pavés sur les gendarmes à Nantes.", None, id="fr-paves"),
    ],
)
def test_throwing_stones_is_a_riot(lang, text, crowd):
    (ev,) = eventmill.extract(text, lang=lang).events
    assert (ev.type, ev.modes[0]) == ("PROTEST", "riot")
    assert (ev.size.value if ev.size else None) == crowd


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        pytest.param(
            "en", "The striker threw the ball into the net in the final minute of the match.", None, id="en-ball"
        ),
        pytest.param("fr", "Le gouvernement a lancé un appel au calme lundi soir.", "REQUEST", id="fr-appel"),
        pytest.param("fr", "L'entreprise a lancé un nouveau produit à Paris.", None, id="fr-produit"),
    ],
)
def test_other_throwing_is_no_riot(lang, text, etype):
    assert [e.type for e in eventmill.extract(text, lang=lang).events] == ([etype] if etype else [])
