import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventmill.text import clean, norm


@pytest.mark.parametrize(
    "lang,a,b",
    [
        ("fr", "Jaïch al-Islam", "jaich al islam"),
        ("fr", "l’armée", "l'armée"),
        ("fr", "ÉTAT ISLAMIQUE", "etat islamique"),
        ("en", "Hay'at  Tahrir-al-Sham", "hay'at tahrir al sham"),
    ],
)
def test_norm_folds_accents_case_apostrophes_and_hyphens(lang, a, b):
    assert norm(a) == norm(b)


@given(st.text())
def test_clean_keeps_every_offset(s):
    assert len(clean(s)) == len(s)


def test_clean_unifies_typographic_quotes():
    assert clean("« l’attaque »") == '" l\'attaque "'
