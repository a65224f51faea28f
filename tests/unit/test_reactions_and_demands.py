"""What is said after an incident is no event of its own when it only reacts to it: an appeal for calm,
a promise of an inquiry or of justice, a condemnation of the incident in another word (a crackdown,
a violation) with nobody named as its doer; and what a protest's crowd demands, said in a sentence of
its own, is what the protest is about. Each positive row read as an event before."""

import pytest

import eventmill


def events(text, lang="fr", published="2024-03-15"):
    return eventmill.extract(text, lang=lang, published=published).events


def types(text, lang="fr"):
    return sorted(e.type for e in events(text, lang=lang))


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Une bombe a explosé dimanche sur un marché de Gao. Les autorités ont promis de mener une enquête approfondie.",
            ["ASSAULT"],
        ),
        (
            "fr",
            "Des hommes armés ont tué cinq villageois mardi près de Mopti. Le gouverneur a promis que justice sera faite.",
            ["ASSAULT"],
        ),
        (
            "fr",
            "Des émeutes ont éclaté samedi soir à Villiers-le-Bel. Le ministre a appelé au calme et à la retenue.",
            ["PROTEST"],
        ),
        (
            "fr",
            "La police a interpellé douze jeunes à Grigny dans la nuit de samedi. "
            "Le maire a demandé aux habitants de garder leur calme.",
            ["COERCE"],
        ),
    ],
    ids=["fr-promise-inquiry", "fr-promise-justice", "fr-appeal-calm", "fr-asked-calm"],
)
def test_an_appeal_for_calm_or_a_promise_of_inquiry_after_an_incident_is_no_event(lang, text, want):
    assert types(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # no incident reported before: a promise between parties
        ("fr", "Le gouvernement a promis une enquête sur les comptes de la société publique.", ["AGREE"]),
        # a demand of something else after an incident stays a demand
        (
            "fr",
            "Une bombe a explosé dimanche sur un marché de Gao. "
            "Le maire a demandé à l'armée de renforcer les patrouilles dans la ville.",
            ["ASSAULT", "REQUEST"],
        ),
    ],
    ids=["fr-promise-alone", "fr-other-demand"],
)
def test_other_promises_and_demands_stay_events(lang, text, want):
    assert types(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Les gendarmes ont dispersé jeudi une manifestation d'étudiants à Conakry. "
            "L'opposition a dénoncé une répression brutale.",
            ["PROTEST"],
        ),
        (
            "fr",
            "Des avions ont bombardé un camp de déplacés près de Goma. "
            "Une ONG s'est indignée contre cette violation des droits des enfants.",
            ["ASSAULT"],
        ),
        (
            "fr",
            "Des hommes armés ont attaqué un village près de Ménaka. "
            "Les Nations unies ont dénoncé ces violences et appelé les autorités à protéger la population.",
            ["ASSAULT"],
        ),
    ],
    ids=["fr-crackdown", "fr-violation", "fr-joined-appeal"],
)
def test_a_condemnation_of_the_incident_in_other_words_is_a_reaction(lang, text, want):
    assert types(text, lang) == want


def test_a_condemnation_naming_a_doer_stays_an_accusation():
    evs = events(
        "Des avions ont bombardé un camp de déplacés près de Goma. "
        "Le gouvernement a dénoncé les agissements de l'opposition."
    )
    assert sorted(e.type for e in evs) == ["ACCUSE", "ASSAULT"]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Les ouvriers de l'usine ont entamé une grève lundi à Lyon. Ils réclament une augmentation de salaire.",
            ["PROTEST"],
        ),
        (
            "fr",
            "Des centaines de personnes ont manifesté samedi à Dakar. Les manifestants exigent la libération de leur chef.",
            ["PROTEST"],
        ),
    ],
    ids=["fr-they-demand", "fr-protesters-demand"],
)
def test_what_the_crowd_demands_after_its_protest_is_the_protests(lang, text, want):
    assert types(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # the demand of a party that did not protest
        (
            "fr",
            "Les ouvriers de l'usine ont entamé une grève lundi à Lyon. Le gouvernement exige des explications.",
            ["PROTEST", "REQUEST"],
        ),
        # a crowd asked, not asking
        (
            "en",
            "Hundreds of workers marched in Caracas on Monday. They were ordered to vote for the government.",
            ["PROTEST", "REQUEST"],
        ),
    ],
    ids=["fr-other-party", "en-they-are-asked"],
)
def test_demands_of_others_stay_events(lang, text, want):
    assert types(text, lang) == want
