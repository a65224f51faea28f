"""French news tells an incident in the passé composé and its scene in the imparfait or the
plus-que-parfait: such a clause after the report joins the incident reported (events/backdrop.py),
and the report, not the scene, stays the evidence. A clause dated apart stays another incident."""

import pytest

import eventmill


def events(text, published="2026-03-14"):
    return eventmill.extract(text, lang="fr", published=published).events


@pytest.mark.parametrize(
    ("text", "kind", "lede"),
    [
        pytest.param(
            "Des rebelles ont attaqué samedi le village de Kinsa. "
            "Des avions survolaient la forêt en larguant des bombes.",
            "ASSAULT",
            "Des rebelles ont attaqué",
            id="fr-imparfait-gerondif",
        ),
        pytest.param(
            "Un bombardement a frappé dimanche une église à Lahore. Une bombe avait été larguée sur l'église.",
            "ASSAULT",
            "Un bombardement a frappé",
            id="fr-plus-que-parfait",
        ),
        pytest.param(
            "Des milliers de personnes ont manifesté lundi à Dakar. "
            "Des pneus enflammés bloquaient les routes du centre-ville.",
            "PROTEST",
            "Des milliers de personnes ont manifesté",
            id="fr-imparfait-protest",
        ),
    ],
)
def test_the_scene_in_the_imparfait_joins_the_incident_reported(text, kind, lede):
    (ev,) = events(text)
    assert ev.type == kind
    assert ev.evidence.text.startswith(lede)


def test_an_incident_dated_before_stays_apart():
    text = (
        "Des rebelles ont attaqué samedi le village de Kinsa. "
        "Une semaine plus tôt, des soldats avaient attaqué un camp à Goma."
    )
    assert len([e for e in events(text) if e.type == "ASSAULT"]) == 2


def test_a_scene_with_no_incident_before_it_is_kept():
    (ev,) = events("Des jeunes bloquaient les routes de Dakar avec des pneus lundi.")
    assert ev.type == "PROTEST"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Des centaines d'ouvriers ont manifesté lundi devant l'usine de Thiès. "
            "Ces travailleurs protestent contre leurs conditions de travail.",
            id="fr-ces-travailleurs",
        ),
    ],
)
def test_a_party_named_again_with_a_demonstrative_adds_to_its_incident(text):
    (ev,) = events(text)
    assert ev.type == "PROTEST"


def test_a_blast_told_under_a_plus_que_parfait_joins_the_bombing():
    text = (
        "Un bombardement a frappé dimanche une église à Lahore. "
        "Le prêtre s'était levé pour bénir les fidèles, lorsqu'une explosion s'est produite."
    )
    (ev,) = events(text)
    assert ev.evidence.text.startswith("Un bombardement a frappé")
