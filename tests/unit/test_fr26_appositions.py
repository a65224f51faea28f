"""A past participle set off by commas after a subject describes it; the finite verb after the second comma
is what the subject does ("Les assaillants, arrivés à bord de motos, ont incendié plusieurs véhicules":
`stages/parse/appositions.py`), in French news stories written for these tests (the longer ones under
tests/data/fr26/)."""

from pathlib import Path

import pytest

import eventmill
from eventmill.models import Token
from eventmill.stages.parse.appositions import appositive_participles

STORIES = Path(__file__).parent.parent / "data" / "fr26"


def extract(text):
    return eventmill.extract(text, lang="fr")


def _subject_of(doc, word):
    toks = doc.tokens
    (k,) = [t.i for t in toks if t.text == word]
    return [t.text for t in toks if t.head == k and t.dep.startswith("nsubj")]


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        pytest.param(
            "Les assaillants, arrivés à bord de dizaines de motos, ont incendié plusieurs véhicules.",
            "incendié",
            "assaillants",
            id="fr-root-participle",
        ),
        pytest.param(
            "Les ravisseurs, arrivés à moto, ont pris d'assaut l'établissement tôt le matin.",
            "pris",
            "ravisseurs",
            id="fr-advcl-participle",
        ),
    ],
)
def test_the_subject_before_a_comma_set_participle_is_the_finite_verbs(text, verb, subject):
    assert _subject_of(extract(text), verb) == [subject]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Au moins 22 soldats ont été tués dimanche dans une attaque contre un détachement militaire dans la "
            "province du Soum. Les assaillants, arrivés à bord de dizaines de motos, ont incendié plusieurs "
            "véhicules.",
            id="fr-assaillants",
        ),
        pytest.param(
            "Des hommes armés ont enlevé jeudi une centaine d'élèves d'une école de l'Etat de Kaduna. Les "
            "ravisseurs, arrivés à moto, ont pris d'assaut l'établissement tôt le matin.",
            id="fr-ravisseurs",
        ),
    ],
)
def test_the_attackers_named_again_join_the_attack(text):
    assert len(extract(text).events) == 1


def test_a_participle_that_tells_keeps_its_subject():
    # "ont été arrêtés" has its auxiliaries: the participle is the verb, not a description
    doc = extract("Les manifestants ont été arrêtés, a indiqué la police, puis relâchés.")
    assert _subject_of(doc, "arrêtés") == ["manifestants"]


def test_tokens_with_no_such_participle_are_unchanged():
    toks = [
        Token(0, 0, 3, "Les", "le", "DET", "det", 1, "", 0, ""),
        Token(1, 4, 15, "assaillants", "assaillant", "NOUN", "nsubj", 3, "", 0, ""),
        Token(2, 16, 19, "ont", "avoir", "AUX", "aux:tense", 3, "", 0, ""),
        Token(3, 20, 28, "incendié", "incendier", "VERB", "ROOT", 3, "", 0, "VerbForm=Part|Tense=Past"),
    ]
    assert appositive_participles(toks) == toks


@pytest.mark.parametrize(
    ("name", "absent", "etype"),
    [
        pytest.param("02_sahel_attaque.txt", "ont incendié plusieurs véhicules", "COERCE", id="sahel"),
        pytest.param("09_nigeria_enlevement.txt", "ont pris d'assaut l'établissement", "ASSAULT", id="kaduna"),
    ],
)
def test_stories_tell_what_the_attackers_did_as_the_attack(name, absent, etype):
    doc = extract((STORIES / name).read_text(encoding="utf-8"))
    assert not [e for e in doc.events if absent in e.evidence.text and e.type == etype]
