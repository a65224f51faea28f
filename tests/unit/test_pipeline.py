import pytest

from eventmill.config import Config
from eventmill.errors import PipelineError
from eventmill.models import Article, Document
from eventmill.pipeline import DEFAULT_STAGES, Pipeline
from eventmill.registry import REGISTRY, stage


def test_default_pipeline_builds_in_order():
    p = Pipeline(DEFAULT_STAGES)
    assert [s.name for s in p.stages] == list(DEFAULT_STAGES)
    assert all(s.id.startswith("eventmill.") and s.id.endswith(f".v{s.version}") for s in p.stages)


def test_pipeline_refuses_a_stage_before_what_it_needs():
    with pytest.raises(PipelineError, match="needs"):
        Pipeline(("normalize", "assemble"))


def test_unknown_stage_is_named():
    with pytest.raises(PipelineError, match="nonesuch"):
        Pipeline(("nonesuch",))


def test_a_failing_stage_is_recorded_not_raised():
    @stage("explode_for_test", 1, needs=("text",), fills=())
    def explode(doc, config):
        raise RuntimeError("boom")

    try:
        doc = Pipeline(("normalize", "explode_for_test"))(Document(Article("Un texte.")), Config())
    finally:
        REGISTRY.pop("explode_for_test")
    assert doc.problems and "boom" in doc.problems[0].message
    assert doc.stages == ("eventmill.normalize.v2",)


def test_stages_after_a_failure_still_run_when_their_needs_are_met():
    @stage("explode_for_test", 1, needs=("text",), fills=("mentions",))
    def explode(doc, config):
        raise RuntimeError("boom")

    try:
        doc = Pipeline(("normalize", "explode_for_test", "language"))(
            Document(Article("Un texte en français.")), Config()
        )
    finally:
        REGISTRY.pop("explode_for_test")
    assert doc.stages == ("eventmill.normalize.v2", "eventmill.language.v3")
    assert doc.lang == "fr"


def test_the_stage_list_is_written_once_and_every_stage_is_registered():
    import eventmill.stages as stages

    assert DEFAULT_STAGES == tuple(REGISTRY[n].name for n in DEFAULT_STAGES)
    assert [REGISTRY[n].func for n in DEFAULT_STAGES] == list(stages.ORDER)
    assert DEFAULT_STAGES[7:10] == ("triggers", "event_type", "assemble")


def test_a_stage_id_names_the_settings_that_change_its_output():
    doc = Pipeline(DEFAULT_STAGES)(
        Document(Article("Des manifestants ont défilé à Lyon samedi contre la réforme.")), Config()
    )
    assert "eventmill.event_type.v1+rules.v14" in doc.stages
    assert all(s.startswith("eventmill.") for s in doc.stages)
