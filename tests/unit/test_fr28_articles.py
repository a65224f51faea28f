"""French wire news (stories written for these tests, the longer ones under tests/data/fr28/ with what a coder
would code in gold.tsv):
- a verb of what is due, in the present or the conditional, announces what it carries ("une marche blanche doit
  être organisée samedi", "devrait se tenir"); in a past tense it tells what was done ("a dû disperser", "il devait
  succomber à ses blessures") (`due` in `modifiers.tsv`);
- a promise whose act is an attack is a threat, as "vowed to continue the strikes" is ("a promis de poursuivre les
  frappes"), not an agreement; a promise to fight against attacks stays what it was;
- forces who free hostages in an operation rescue them by force: no release by the captors (RETREAT)."""

from pathlib import Path

import pytest

import eventmill

DATA = Path(__file__).resolve().parents[1] / "data" / "fr28"
KILLING = "Un adolescent a été tué par balle lundi à Marseille. "
STRIKES = "Des frappes israéliennes ont tué huit personnes mercredi dans le sud du Liban. "


def events(text, published="2026-03-12"):
    return eventmill.extract(text, lang="fr", published=published).events


def announced(text, word):
    return [e for e in events(text) if word in e.trigger.text]


@pytest.mark.parametrize(
    "text, word",
    [
        pytest.param(KILLING + "Une marche blanche doit être organisée samedi.", "marche", id="fr-doit-etre"),
        pytest.param(KILLING + "Une marche blanche devrait avoir lieu dimanche.", "marche", id="fr-devrait"),
        pytest.param("Les syndicats doivent manifester jeudi à Paris.", "manifester", id="fr-doivent"),
    ],
)
def test_what_is_due_is_announced_not_held(text, word):
    found = announced(text, word)
    assert found and all(e.future and e.type != "PROTEST" for e in found)


@pytest.mark.parametrize(
    "text, word",
    [
        pytest.param("La police a dû disperser les manifestants jeudi à Paris.", "disperser", id="fr-a-du"),
        pytest.param(
            "Blessé par balle dimanche à Marseille, un jeune homme devait succomber quelques heures plus tard.",
            "Blessé",
            id="fr-devait",
        ),
    ],
)
def test_what_was_due_in_a_past_tense_was_done(text, word):
    found = announced(text, word)
    assert found and not any(e.future for e in found)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(STRIKES + "L'armée israélienne a promis de poursuivre les frappes.", id="fr-poursuivre"),
        pytest.param(STRIKES + "L'armée a promis de frapper plus fort.", id="fr-frapper"),
    ],
)
def test_a_promise_of_an_attack_is_a_threat(text):
    types = [e.type for e in events(text)]
    assert "AGREE" not in types and "THREATEN" in types


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Le gouvernement a promis de libérer les prisonniers.", id="fr-liberer"),
        pytest.param("Le président a promis de lutter contre les attaques jihadistes.", id="fr-lutter-contre"),
    ],
)
def test_a_promise_of_anything_else_stays_a_promise(text):
    assert [e.type for e in events(text)] == ["AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Des soldats ont libéré mardi trois otages lors d'une opération dans le nord du Burkina Faso.",
            id="fr-soldats",
        ),
        pytest.param("Les otages ont été libérés lors d'une opération des forces spéciales.", id="fr-passif"),
    ],
)
def test_hostages_freed_in_an_operation_are_rescued_not_released(text):
    types = [e.type for e in events(text)]
    assert types and "RETREAT" not in types


def test_captors_who_free_hostages_release_them():
    assert "RETREAT" in [e.type for e in events("Les ravisseurs ont libéré mardi trois otages.")]


@pytest.mark.parametrize(
    "name, absent",
    [
        pytest.param("01_liban_frappes.txt", "AGREE", id="fr-liban"),
        pytest.param("11_gaza_humanitaire.txt", "RETREAT", id="fr-gaza"),
    ],
)
def test_articles_code_no_wrong_type(name, absent):
    assert absent not in [e.type for e in events((DATA / name).read_text(encoding="utf-8"))]


def test_an_announced_white_march_is_no_protest_held():
    doc = events((DATA / "02_nantes_rixe.txt").read_text(encoding="utf-8"))
    assert not [e for e in doc if e.type == "PROTEST"]


def asserted(text, published="2026-03-12"):
    return [e for e in events(text, published) if not e.unasserted]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Un jeune a été poignardé samedi à Nantes. Ce drame intervient trois mois après la mort d'un autre jeune, "
            "tué par balle en décembre.",
            id="fr-trois-mois-apres",
        ),
        pytest.param(
            "Un jeune a été poignardé samedi à Nantes. Cette attaque survient deux semaines après l'attentat qui "
            "avait tué quatre policiers à Kidal.",
            id="fr-deux-semaines-apres",
        ),
    ],
)
def test_an_incident_weeks_before_the_one_reported_is_recalled(text):
    assert len(asserted(text)) == 1


@pytest.mark.parametrize(
    "gap, expected",
    [pytest.param("deux jours", 2, id="fr-jours"), pytest.param("deux semaines", 1, id="fr-semaines")],
)
def test_an_incident_days_before_stays_news(gap, expected):
    text = (
        "Des hommes armés ont attaqué samedi un poste de police à Kidal. "
        f"Cette attaque survient {gap} après un attentat à Gao."
    )
    assert len(asserted(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Des milliers de personnes ont manifesté samedi à Montréal. Elle avait été prise en otage par des rebelles "
            "en Alaska le 6 février 2015.",
            1,
            id="fr-plus-que-parfait-date",
        ),
        pytest.param(
            "Des milliers de personnes ont manifesté samedi à Montréal. Des rebelles avaient attaqué un village voisin "
            "la veille.",
            2,
            id="fr-plus-que-parfait-sans-date",
        ),
    ],
)
def test_a_pluperfect_with_a_year_tells_backstory(text, expected):
    assert len(asserted(text, published=None)) == expected
