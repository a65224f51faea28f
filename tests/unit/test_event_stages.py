"""The three event stages on their own: `triggers` (candidates), `event_type` (a typer's decisions) and
`assemble` (events), the typer interface, and a language added as data only."""

from __future__ import annotations

import dataclasses
import json
import shutil

import pytest

import eventmill
from eventmill import datafiles
from eventmill.api import extract_article
from eventmill.config import Config
from eventmill.errors import ConfigError
from eventmill.events.assemble import assemble
from eventmill.events.typers import TYPERS, available_typers, event_type, get_typer, register_typer
from eventmill.models import Article, Decision, Document

EN = "Protesters demanded the release of the prisoners. Police arrested twelve protesters in Kabul on Monday."
FR = "Des manifestants ont réclamé la libération des prisonniers. La police a arrêté douze manifestants à Lyon."


def _until_triggers(text: str, lang: str) -> Document:
    """The document as the `triggers` stage leaves it."""
    seen: dict[str, Document] = {}
    extract_article(Article(text=text, id="t", lang=lang), observe=lambda st, d: seen.setdefault(st.name, d))
    return seen["triggers"]


@pytest.mark.parametrize("text, lang", [(EN, "en"), (FR, "fr")], ids=["en", "fr"])
def test_triggers_stage_proposes_candidates_and_decides_nothing(text, lang):
    doc = _until_triggers(text, lang)
    assert doc.candidates and not doc.events
    for c in doc.candidates:
        assert c.decision is None
        assert doc.text[c.trigger.start : c.trigger.end] == c.trigger.text
        assert doc.tokens[c.head].sent == c.sent
    assert {c.proposed for c in doc.candidates} >= {"REQUEST", "COERCE"}


@pytest.mark.parametrize("text, lang", [(EN, "en"), (FR, "fr")], ids=["en", "fr"])
def test_rule_typer_names_the_rule_behind_each_decision(text, lang):
    doc = event_type(_until_triggers(text, lang), Config())
    by_type = {c.proposed: c.decision for c in doc.candidates}
    # what the protesters demand (the release) is the content of their demand, not an event
    release = [c.decision for c in doc.candidates if c.proposed == "RETREAT"]
    assert release and release[0].type == "" and release[0].rule == "rules:speech-content"
    assert by_type["COERCE"].type == "COERCE" and by_type["COERCE"].rule == "rules:lexicon"
    assert all(0.0 <= c.decision.score <= 1.0 for c in doc.candidates)


def test_assemble_turns_decisions_into_events_with_score_and_rule():
    doc = event_type(_until_triggers(EN, "en"), Config())
    out = assemble(doc, Config())
    assert [e.type for e in out.events] == ["REQUEST", "COERCE"]
    arrest = out.events[1]
    assert arrest.rule == "rules:lexicon" and arrest.score == 1.0
    assert arrest.location is not None and arrest.location.span.text == "Kabul"
    # a decision is all assemble reads: retyping a candidate retypes its event
    retyped = dataclasses.replace(
        doc,
        candidates=tuple(
            dataclasses.replace(c, decision=Decision("ASSAULT", 0.4, "test:x")) if c.proposed == "COERCE" else c
            for c in doc.candidates
        ),
    )
    ev = [e for e in assemble(retyped, Config()).events if e.rule == "test:x"]
    assert ev and ev[0].type == "ASSAULT" and ev[0].score == 0.4


class EverythingIsAProtest:
    """A stand-in for a learned typer: it registers without touching the pipeline."""

    name = "all-protest"
    version = 3

    def decide(self, doc, candidates, config):
        return tuple(Decision("PROTEST", 0.25, "all-protest") for _ in candidates)


def test_a_typer_registers_and_the_typer_setting_chooses_it():
    register_typer("all-protest", EverythingIsAProtest)
    try:
        assert "all-protest" in available_typers()
        doc = eventmill.extract(EN, lang="en", config=Config(typer="all-protest"))
        assert doc.events and {e.type for e in doc.events} == {"PROTEST"}
        assert {e.rule for e in doc.events} == {"all-protest"} and {e.score for e in doc.events} == {0.25}
        assert "eventmill.event_type.v1+all-protest.v3" in doc.stages
        assert doc.to_dict()["events"][0]["rule"] == "all-protest"
        rules = eventmill.extract(EN, lang="en")
        assert "eventmill.event_type.v1+rules.v36" in rules.stages
    finally:
        TYPERS.pop("all-protest", None)
        get_typer.cache_clear()


def test_an_unknown_typer_is_a_config_error_naming_the_known_ones():
    with pytest.raises(ConfigError, match="unknown typer 'nope'.*rules"):
        eventmill.extract(EN, lang="en", config=Config(typer="nope"))


def test_the_languages_setting_limits_detection():
    with pytest.raises(eventmill.UnsupportedLanguage, match="--languages"):
        eventmill.extract(EN, config=Config(languages="fr"))
    assert eventmill.extract(EN, config=Config(languages="en")).lang == "en"


@pytest.fixture
def data_only_language(tmp_path, monkeypatch):
    """A language made of data only: the English folder copied under the code "xe", model reused."""
    folder = tmp_path / "xe"
    shutil.copytree(datafiles.ROOT / "en", folder)
    info = json.loads((folder / "language.json").read_text(encoding="utf-8"))
    (folder / "language.json").write_text(json.dumps(dict(info, name="Test English")), encoding="utf-8")
    monkeypatch.setenv(datafiles.PATH_VARIABLE, str(tmp_path))
    yield "xe"
    datafiles.language_info.cache_clear()


def test_a_language_is_a_folder_of_data_plus_a_model(data_only_language):
    assert data_only_language in datafiles.available_languages()
    added = eventmill.extract(EN, lang=data_only_language)
    english = eventmill.extract(EN, lang="en")
    assert added.lang == "xe"
    strip = [(e.type, e.trigger, [m.span for m in e.actors], [m.span for m in e.recipients]) for e in english.events]
    assert [
        (e.type, e.trigger, [m.span for m in e.actors], [m.span for m in e.recipients]) for e in added.events
    ] == strip
