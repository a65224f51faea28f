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
    import eventmill.stages.order as stages

    assert DEFAULT_STAGES == tuple(REGISTRY[n].name for n in DEFAULT_STAGES)
    assert [REGISTRY[n].func for n in DEFAULT_STAGES] == list(stages.ORDER)
    assert DEFAULT_STAGES[7:10] == ("triggers", "event_type", "assemble")


def test_a_stage_id_names_the_settings_that_change_its_output():
    doc = Pipeline(DEFAULT_STAGES)(
        Document(Article("Des manifestants ont défilé à Lyon samedi contre la réforme.")), Config()
    )
    assert "eventmill.event_type.v1+rules.v36" in doc.stages
    assert all(s.startswith("eventmill.") for s in doc.stages)


ARTICLES = [
    "Des milliers de manifestants ont défilé samedi à Lyon contre la réforme des retraites, selon la CGT.",
    "Police fired tear gas at protesters in Nairobi on Tuesday, witnesses said.\n\n"
    "Two people were injured, according to the Kenya Red Cross.",
    "La policía detuvo ayer a tres manifestantes en el centro de Madrid, según fuentes oficiales.",
    "Deux soldats ont été tués lundi dans une embuscade près de Gao, a annoncé l'armée malienne.\n\n"
    "L'attaque n'a pas été revendiquée.",
]


def test_run_many_codes_each_document_as_it_would_alone():
    from eventmill.errors import UnsupportedLanguage

    pipe = Pipeline(DEFAULT_STAGES)
    together = pipe.run_many([Document(Article(t, id=str(k))) for k, t in enumerate(ARTICLES)], Config())
    assert isinstance(together[2], UnsupportedLanguage) and together[2].lang == "es"
    for k in (0, 1, 3):
        alone = pipe(Document(Article(ARTICLES[k], id=str(k))), Config())
        assert together[k] == alone
        assert alone.tokens and "eventmill.parse.v17" in alone.stages
    assert together[0].events and together[3].events


def test_run_many_records_a_failing_stage_on_its_document_only():
    @stage("explode_for_test", 1, needs=("text",), fills=())
    def explode(doc, config):
        if "Lyon" in doc.text:
            raise RuntimeError("boom")
        return doc

    try:
        docs = Pipeline(("normalize", "explode_for_test")).run_many(
            [Document(Article(ARTICLES[0])), Document(Article(ARTICLES[1]))], Config()
        )
    finally:
        REGISTRY.pop("explode_for_test")
    assert [len(d.problems) for d in docs] == [1, 0] and "boom" in docs[0].problems[0].message
    assert docs[1].stages == ("eventmill.normalize.v2", "eventmill.explode_for_test.v1")


def test_a_failing_batch_form_falls_back_to_one_document_at_a_time():
    calls = []

    def many(docs, config):
        calls.append(len(docs))
        raise RuntimeError("batch bug")

    @stage("halves_for_test", 1, needs=("text",), fills=(), batch=many)
    def one(doc, config):
        if "Lyon" in doc.text:
            raise RuntimeError("boom")
        return doc

    try:
        docs = Pipeline(("normalize", "halves_for_test")).run_many(
            [Document(Article(ARTICLES[0])), Document(Article(ARTICLES[1]))], Config()
        )
    finally:
        REGISTRY.pop("halves_for_test")
    assert calls == [2]
    assert [len(d.problems) for d in docs] == [1, 0]
    assert docs[1].stages[-1] == "eventmill.halves_for_test.v1"
