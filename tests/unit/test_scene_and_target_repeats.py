"""The sentence after a French lede that retells its incident is no second event: the scene told in
the plus-que-parfait may name a quarter of the incident's town that no gazetteer lists, and an attack
noun's target ("une attaque contre un poste militaire") named again with a definite article ("le
poste de Djibo") is the thing the attack hit. Each positive row read as two events before."""

import pytest

import eventmill


def types(text, lang="fr"):
    return sorted(e.type for e in eventmill.extract(text, lang=lang, published="2024-03-15").events)


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Les gendarmes ont dispersé jeudi une manifestation de l'opposition à Lomé. Plusieurs centaines de "
            "manifestants s'étaient rassemblés dans le quartier de Bè pour réclamer des réformes.",
            ["PROTEST"],
        ),
        (
            "fr",
            "Au moins vingt soldats ont été tués dimanche dans une attaque jihadiste contre un poste militaire dans "
            "le nord du Burkina Faso. Des dizaines d'hommes armés à moto ont pris d'assaut le poste de Djibo aux "
            "premières heures de la matinée.",
            ["ASSAULT"],
        ),
    ],
    ids=["fr-scene-quarter", "fr-target-named-again"],
)
def test_the_next_sentence_retelling_the_lede_is_the_same_incident(lang, text, want):
    assert types(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a scene in another town the gazetteer lists stays apart
        (
            "fr",
            "Les gendarmes ont dispersé jeudi une manifestation de l'opposition à Lomé. Plusieurs centaines de "
            "manifestants s'étaient rassemblés à Kara pour réclamer des réformes.",
            ["PROTEST", "PROTEST"],
        ),
    ],
    ids=["fr-scene-other-town"],
)
def test_a_scene_in_another_town_stays_apart(lang, text, want):
    assert types(text, lang) == want
