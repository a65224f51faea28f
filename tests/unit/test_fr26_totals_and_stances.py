"""Background, not incidents, in French news stories written for these tests (the longer ones under
tests/data/fr26/):
- the dead of a series of incidents counted since the day just told, a "since" word standing alone, are a
  running total, no incident ("Depuis, plusieurs dizaines de manifestants ont été tués lors de
  rassemblements": `tolls.cumulative`);
- an event noun an adjective of willingness takes for complement has not happened ("restait ouvert au
  dialogue", "se dit favorable à des négociations": `prospect` rows of `modifiers.tsv`);
- what a clause of waiting awaits has not happened ("tant que le ministre ne recule pas", "jusqu'à ce que
  le ministre recule": `pending` rows of `modifiers.tsv`, read on the word the clause hangs on)."""

from pathlib import Path

import pytest

import eventmill

STORIES = Path(__file__).parent.parent / "data" / "fr26"

KILLED = "Deux manifestants ont été tués jeudi à Conakry lors d'une manifestation contre la junte. "
STRIKE = "Des milliers d'enseignants ont entamé lundi une grève illimitée à Yaoundé pour réclamer leurs arriérés. "


def events(text):
    return eventmill.extract(text, lang="fr").events


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            KILLED + "Depuis, plusieurs dizaines de manifestants ont été tués lors de rassemblements, selon des ONG.",
            id="fr-rassemblements",
        ),
        pytest.param(
            KILLED + "Depuis, une trentaine d'opposants ont été blessés lors de manifestations, selon la Ligue.",
            id="fr-manifestations",
        ),
    ],
)
def test_dead_since_then_in_a_series_are_a_toll(text):
    evs = events(text)
    assert [e.evidence.text for e in evs if "Depuis" in e.evidence.text] == []


def test_dead_since_then_in_one_named_incident_stay_an_event():
    text = KILLED + "Depuis, trois policiers ont été blessés lors d'une nouvelle manifestation à Kankan."
    assert [e for e in events(text) if "Depuis" in e.evidence.text]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        pytest.param(
            STRIKE + "Le ministre a assuré que le gouvernement restait ouvert au dialogue.", "CONSULT", id="ouvert"
        ),
        pytest.param(
            STRIKE + "Le gouvernement s'est dit favorable à des négociations avec les grévistes.",
            "CONSULT",
            id="favorable",
        ),
    ],
)
def test_what_a_party_is_willing_to_do_has_not_happened(text, etype):
    assert etype not in [e.type for e in events(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Les soldats ont ouvert le feu sur les manifestants à Conakry.", id="ouvert-le-feu"),
        pytest.param(STRIKE + "Le ministre a reçu mardi une délégation des grévistes pour un dialogue.", id="recu"),
    ],
)
def test_acts_done_stay_events(text):
    assert len(events(text)) >= 1


def test_story_reports_no_toll_or_stance_as_an_event():
    doc = eventmill.extract((STORIES / "13_guinee_manif.txt").read_text(encoding="utf-8"), lang="fr")
    assert not [e for e in doc.events if e.evidence.text.startswith("Depuis,")]
    doc = eventmill.extract((STORIES / "01_greve_sncf.txt").read_text(encoding="utf-8"), lang="fr")
    assert not [e for e in doc.events if "ouvert au dialogue" in e.evidence.text]


RAIL = "Des milliers de cheminots ont manifesté jeudi à Paris contre la réforme. "


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            RAIL + "« Nous ne lâcherons rien tant que le ministre ne recule pas », a déclaré le syndicaliste.",
            id="fr-tant-que",
        ),
        pytest.param(RAIL + "La grève continuera jusqu'à ce que le ministre recule.", id="fr-jusqu-a-ce-que"),
    ],
)
def test_what_a_clause_of_waiting_awaits_has_not_happened(text):
    assert [e.type for e in events(text)] == ["PROTEST"]


def test_what_a_dated_clause_of_waiting_tells_happened():
    text = RAIL + "La grève a duré jusqu'à ce que le ministre recule, mardi."
    assert len(events(text)) == 2
