"""Sentences written in the style of French wire copy (AFP, RFI, Le Monde): a capital standing for its
government, casualty figures given twice in one clause, a source named with "selon", a call for calm.
Each row read wrong once: no actor, the wounded counted as dead, the source taken as the doer."""

import pytest

import eventmill


def events(text):
    return eventmill.extract(text, lang="fr", published="2024-03-05").events


def actors(ev):
    return [m.span.text for m in ev.actors]


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        # the model parses the capital as a sentence of its own, the verb with no subject
        ("Pékin a menacé Taipei de représailles.", "THREATEN", "Pékin"),
        ("Washington a exigé la libération des otages.", "REQUEST", "Washington"),
        ("Londres, Paris et Berlin ont exigé un cessez-le-feu.", "REQUEST", "Londres"),
        ("Tokyo a protesté auprès de Pékin.", None, "Tokyo"),
        # "au" is one word the lemmatiser leaves as it is, so "appeler à" did not match it
        ("Le pape a appelé au calme.", "REQUEST", "pape"),
        # "reprendre" carries the talks it resumes, and each capital joined to the subject acts
        ("Washington et Pékin ont repris le dialogue militaire.", "CONSULT", "Pékin"),
        ("Les deux pays ont relancé les négociations.", "CONSULT", "pays"),
    ],
)
def test_the_subject_of_a_wire_sentence_is_its_actor(text, kind, actor):
    evs = [e for e in events(text) if kind is None or e.type == kind]
    assert evs, text
    assert any(actor in a for a in actors(evs[0]))


@pytest.mark.parametrize(
    ("text", "dead", "injured"),
    [
        ("Trois soldats ont été tués et cinq blessés dans une embuscade.", 3, 5),
        ("Deux policiers ont été tués, et trois ont été blessés.", 2, 3),
        ("Quatre civils ont été tués et six autres blessés dans la frappe.", 4, 6),
        ("Une femme a été tuée et trois personnes blessées.", 1, 3),
        ("L'explosion a fait un mort et deux blessés.", 1, 2),
    ],
)
def test_the_dead_and_the_wounded_of_one_clause_are_counted_apart(text, dead, injured):
    (ev,) = [e for e in events(text) if e.type == "ASSAULT"]
    assert ev.dead is not None and ev.dead.value == dead
    assert ev.injured is not None and ev.injured.value == injured


def test_a_number_word_that_stands_for_its_people_is_a_count():
    (ev,) = events("Cinq ont été blessés dans une embuscade près de Gao.")
    assert ev.injured is not None and ev.injured.value == 5


def test_one_victim_named_with_the_article_for_one_is_one_dead():
    (ev,) = events("Un policier a été tué par balle lors d'un contrôle routier à Nanterre.")
    assert ev.dead is not None and ev.dead.value == 1
    assert ev.dead.span.text == "Un policier"


def test_a_group_named_with_the_article_for_one_is_no_count():
    evs = events("Un groupe de manifestants a été blessé par la police.")
    assert all(ev.injured is None for ev in evs)


def test_machines_shot_down_are_no_dead():
    (ev,) = events("Kiev affirme avoir abattu dix drones russes dans la nuit.")
    assert ev.dead is None


def test_plusieurs_and_aucun_stay_no_figures():
    doc = eventmill.extract("Plusieurs ont été blessés. Aucun n'a été tué dans l'embuscade.", lang="fr")
    assert [n.span.text for n in doc.mentions if n.kind == "number"] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Selon le ministère de la Santé, douze personnes ont été tuées dans la frappe.", "ministère"),
        ("Selon la police, trois manifestants ont été arrêtés à Lyon.", "police"),
    ],
)
def test_the_source_named_by_selon_is_not_the_actor(text, source):
    evs = events(text)
    assert evs
    assert not any(source in a for ev in evs for a in actors(ev))


def test_the_doer_after_a_source_is_still_the_actor():
    (ev,) = [e for e in events("Selon l'armée malienne, les jihadistes ont tué douze civils.") if e.type == "ASSAULT"]
    assert actors(ev) == ["jihadistes"]


@pytest.mark.parametrize(
    ("text", "lang", "kind", "country"),
    [
        ("Les frappes israéliennes ont tué dix civils à Rafah.", "fr", "ASSAULT", "Israel"),
        ("Les bombardements russes sur Kharkiv ont fait deux morts.", "fr", "ASSAULT", "Russia"),
        ("Des sanctions américaines visent trois banques iraniennes.", "fr", "SANCTION", "United States"),
        ("Israeli airstrikes killed twelve people in Gaza on Monday.", "en", "ASSAULT", "Israel"),
    ],
)
def test_the_nationality_of_an_act_is_its_doer(text, lang, kind, country):
    evs = [e for e in eventmill.extract(text, lang=lang, published="2024-03-05").events if e.type == kind]
    assert evs
    assert [m.actor.name for m in evs[0].actors if m.actor] == [country]


def test_the_nationality_of_a_toll_or_a_crowd_is_no_doer():
    for ev in events("Les manifestations iraniennes se poursuivent. Les pertes russes sont lourdes."):
        assert not ev.actors


def test_an_agent_hung_on_the_oblique_of_a_passive_verb_is_its_actor():
    (ev,) = [e for e in events("Le président a été accusé de corruption par l'opposition.") if e.type == "ACCUSE"]
    assert actors(ev) == ["opposition"]


def test_the_object_of_a_relative_clause_is_not_a_second_subject():
    evs = events("L'homme qui a tué trois personnes à Marseille a été arrêté.")
    (attack,) = [e for e in evs if e.type == "ASSAULT"]
    assert attack.dead is not None and attack.dead.value == 3
    (arrest,) = [e for e in evs if e.type == "COERCE"]
    assert not any("personnes" in m.span.text for m in arrest.recipients)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # "entre" also says where ("entre Alep et Idleb"), but on talks it names their sides
        ("Les négociations entre Israël et le Hamas ont repris au Caire.", {"Israël", "Hamas"}),
        ("Des pourparlers entre Kiev et Moscou se sont tenus à Istanbul.", {"Kiev", "Moscou"}),
    ],
)
def test_the_sides_of_talks_are_their_parties(text, sides):
    (ev,) = [e for e in events(text) if e.type == "CONSULT"]
    assert ev.actors
    assert {m.span.text for m in ev.actors + ev.recipients} == sides
