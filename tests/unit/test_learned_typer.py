"""The `rules+veto` typer (`eventmill.events.learned`): its weights, its registration, its decisions, and
that the training script reads candidates through the same feature function."""

from __future__ import annotations

import dataclasses
import importlib.util
import socket
import sys
from importlib import resources
from pathlib import Path

import pytest

import eventmill
from eventmill.config import Config
from eventmill.events import learned
from eventmill.events.typers import available_typers, get_typer
from eventmill.models import Decision
from eventmill.registry import REGISTRY

ROOT = Path(__file__).resolve().parents[2]
EN = "Police arrested twelve protesters in Kabul on Monday. Gunmen attacked a checkpoint, killing three soldiers."
FR = "La police a arrêté douze manifestants à Lyon. Des hommes armés ont attaqué un poste, tuant trois soldats."


def test_the_weights_load_offline_and_stay_small(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the typer's weights must load without the network")

    monkeypatch.setattr(socket, "socket", no_network)
    learned.load_model.cache_clear()
    model = learned.load_model()
    assert model.weights and 0.0 < model.threshold < 1.0
    assert "fr:PROTEST" in model.covered and "fr:REQUEST" not in model.covered
    path = resources.files("eventmill") / "resources" / "xx" / learned.WEIGHTS_FILE
    assert len(path.read_bytes()) < 200_000


@pytest.mark.parametrize("text, lang", [(EN, "en"), (FR, "fr")], ids=["en", "fr"])
def test_the_typer_registers_and_scores_every_kept_event_with_its_probability(text, lang):
    assert "rules+veto" in available_typers()
    doc = eventmill.extract(text, lang=lang, config=Config(typer="rules+veto"))
    assert "eventmill.event_type.v1+rules+veto.v13" in doc.stages
    kept = [c.decision for c in doc.candidates if c.decision is not None and c.decision.type]
    vetoed = [d for d in kept if d.rule == learned.VETO_RULE]
    assert kept
    for d in kept:
        assert (d.rule.startswith("rules:") or d in vetoed) and 0.0 <= d.score <= 1.0
    for d in vetoed:
        assert "doubted" in d.status and d.score < get_typer("rules+veto").model.threshold  # type: ignore[attr-defined]
    for e in doc.events:
        assert e.rule.startswith("rules:") and 0.0 <= e.score <= 1.0


def test_decisions_are_deterministic():
    config = Config(typer="rules+veto")
    first = eventmill.extract(EN, lang="en", config=config)
    again = eventmill.extract(EN, lang="en", config=config)
    assert [c.decision for c in first.candidates] == [c.decision for c in again.candidates]


def test_a_kept_event_is_vetoed_below_the_threshold_and_only_for_a_covered_type():
    doc = eventmill.extract(EN, lang="en")
    decisions = tuple(c.decision for c in doc.candidates if c.decision is not None)
    types = {d.type for d in decisions if d.type}
    model = learned.VetoModel(bias=-5.0, weights={}, threshold=0.5, covered=frozenset(f"en:{t}" for t in types))
    out = learned.veto(doc, doc.candidates, decisions, model)
    assert all(d.rule == learned.VETO_RULE and "doubted" in d.status for d in out if d.type)
    assert any(d.rule == learned.VETO_RULE for d in out)
    uncovered = learned.VetoModel(bias=-5.0, weights={}, threshold=0.5)
    again = learned.veto(doc, doc.candidates, decisions, uncovered)
    assert [d.type for d in again] == [d.type for d in decisions] and not any("doubted" in d.status for d in again)


def test_the_training_script_uses_the_typers_feature_function(monkeypatch):
    spec = importlib.util.spec_from_file_location("train_typer", ROOT / "scripts" / "train_typer.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "train_typer", module)  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    assert module.features is learned.features
    assert module.veto is learned.veto


TWO = {
    "en": "Gunmen attacked a police checkpoint in Kabul on Monday, killing three soldiers. "
    "On Tuesday, rebels attacked a market in Herat.",
    "fr": "Des hommes armés ont attaqué un poste de police à Lyon lundi. Mardi, des rebelles ont attaqué un marché à Nantes.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_with_the_repeats_scope_only_a_type_an_earlier_sentence_reports_is_vetoed(lang):
    doc = eventmill.extract(TWO[lang], lang=lang)
    decisions = tuple(c.decision for c in doc.candidates if c.decision is not None)
    sure_no = learned.VetoModel(-5.0, {}, 0.5, frozenset({f"{lang}:ASSAULT"}), scope="repeats")
    out = learned.veto(doc, doc.candidates, decisions, sure_no)
    doubted = {c.sent for c, d in zip(doc.candidates, out) if "doubted" in d.status}
    assert doubted == {1}  # the first report is never in doubt
    everything = dataclasses.replace(sure_no, scope="all")
    assert {c.sent for c, d in zip(doc.candidates, learned.veto(doc, doc.candidates, decisions, everything))} == {0, 1}
    assert all("doubted" in d.status for d in learned.veto(doc, doc.candidates, decisions, everything) if d.type)


RETOLD = {
    "en": "Gunmen attacked a police checkpoint in Kabul on Monday. The attack killed three soldiers.",
    "fr": "Des hommes armés ont attaqué un poste de police à Lyon lundi. L'attaque a tué trois soldats.",
}


def _assembled(text: str, lang: str, doubt: set[int]):
    """The events when the reports of the sentences in `doubt` are doubted."""
    doc = eventmill.extract(text, lang=lang)
    cands = tuple(
        dataclasses.replace(c, decision=Decision(c.decision.type, 0.1, learned.VETO_RULE, (), ("doubted",)))
        if c.decision is not None and c.decision.type and c.sent in doubt
        else c
        for c in doc.candidates
    )
    return REGISTRY["assemble"].func(dataclasses.replace(doc, candidates=cands), Config()).events


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_doubted_report_that_joins_an_incident_keeps_its_figures_and_alone_is_no_event(lang):
    (event,) = _assembled(RETOLD[lang], lang, {1})
    assert event.dead is not None and event.dead.value == 3 and event.rule.startswith("rules:")
    # a doubted first report confirmed by a later one: one event, decided by the rules
    (event,) = _assembled(RETOLD[lang], lang, {0})
    assert event.dead is not None and event.dead.value == 3 and event.rule.startswith("rules:")
    assert _assembled(RETOLD[lang], lang, {0, 1}) == ()


def test_the_committed_weights_name_their_scope():
    learned.load_model.cache_clear()
    assert learned.load_model().scope in ("all", "repeats")
