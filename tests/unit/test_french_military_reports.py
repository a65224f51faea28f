"""French military and government wire copy: a name after a person's title is the person a later
"Il" stands for, "neutraliser" people is killing them (things neutralised are no dead), and what an
army does "lors de la riposte" is the other side of the attack just reported, one incident with it."""

import pytest

import eventmill


def events(text, published="2026-03-14"):
    return eventmill.extract(text, lang="fr", published=published).events


@pytest.mark.parametrize(
    ("text", "kind", "person"),
    [
        pytest.param(
            "Le Premier ministre Mamadou Diallo est arrivé lundi à Bamako. "
            "Il a demandé aux groupes armés de déposer les armes.",
            "REQUEST",
            "Mamadou Diallo",
            id="fr-premier-ministre",
        ),
        pytest.param(
            "Le ministre de la Défense Sadio Kanté a visité Gao lundi. Il a accusé les jihadistes de crimes.",
            "ACCUSE",
            "Sadio Kanté",
            id="fr-ministre-de-la-defense",
        ),
    ],
)
def test_a_pronoun_stands_for_the_name_after_a_title(text, kind, person):
    (ev,) = [e for e in events(text) if e.type == kind]
    (a,) = ev.actors
    assert a.span.text == "Il"
    assert a.actor is not None and a.actor.name == person and a.actor.kind == "government"


def test_a_pronoun_after_a_title_alone_stays_unresolved():
    # no name after "le gouvernement": nobody for "Il" to stand for
    (ev,) = [
        e
        for e in events("Le gouvernement a visité Mopti lundi. Il a accusé les jihadistes de crimes.")
        if e.type == "ACCUSE"
    ]
    assert not ev.actors


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        pytest.param("L'armée a affirmé avoir neutralisé une vingtaine d'assaillants.", 20, id="fr-vague"),
        pytest.param("Les soldats ont neutralisé trois terroristes près de Gao.", 3, id="fr-exact"),
        pytest.param("Les soldats ont neutralisé trois véhicules près de Gao.", None, id="fr-vehicles"),
        pytest.param("Les soldats ont neutralisé deux engins explosifs improvisés.", None, id="fr-devices"),
    ],
)
def test_people_neutralised_are_dead_things_are_not(text, dead):
    (ev,) = events(text)
    assert ev.type == "ASSAULT"
    assert (ev.dead.value if ev.dead else None) == dead


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "BAMAKO (AFP) - Des jihadistes ont attaqué jeudi un camp militaire à Boulkessi, dans le centre du Mali. "
            "L'armée a affirmé avoir neutralisé une vingtaine d'assaillants lors de la riposte.",
            id="fr-said-lors-de-la-riposte",
        ),
        pytest.param(
            "Des hommes armés ont attaqué lundi un poste de police à Djibo. "
            "L'armée a tué dix assaillants lors de la riposte.",
            id="fr-lors-de-la-riposte",
        ),
    ],
)
def test_the_response_joins_the_attack_it_answers(text):
    (ev,) = events(text)
    assert ev.type == "ASSAULT"
    assert ev.dead is not None and ev.dead.value in (10, 20)
    assert len(ev.actors) == 2


def test_an_act_after_the_response_stays_apart():
    text = (
        "Des hommes armés ont attaqué lundi un poste de police à Djibo. L'armée a tué dix assaillants après la riposte."
    )
    assert len(events(text)) == 2
