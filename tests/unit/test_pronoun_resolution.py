"""Stage `coreference`: pronouns and descriptions point back to an actor; a place does not.

A place an event names as its target ("blocked a road in Lagos", "ont bloqué la route de Kaolack")
has no actor of its own, and the resolver must not lend it the last person named, as it lends one
to a pronoun: the JSON would call the place a person and the table would print the person's name.
"""

import json

import pytest

import eventmill
from eventmill.writers.document import document_table

CASES = [
    pytest.param(
        "en",
        "Tamerlan Tsarnaev died after a gunfight with police on Friday. "
        "Farmers who were blocking a road in Lagos were arrested on Thursday.",
        "Tamerlan Tsarnaev",
        id="en-place-after-a-person",
    ),
    pytest.param(
        "en",
        "Senator John Smith spoke on Monday. Hundreds of farmers blocked a road in Lagos on Thursday.",
        "John Smith",
        id="en-place-after-a-speaker",
    ),
    pytest.param(
        "fr",
        "Le président Macky Sall a parlé lundi. Des centaines d'agriculteurs ont bloqué la route à Kaolack jeudi.",
        "Macky Sall",
        id="fr-place-after-a-person",
    ),
]


@pytest.mark.parametrize(("lang", "text", "person"), CASES)
def test_a_place_an_event_names_is_not_the_last_person(lang, text, person):
    doc = eventmill.extract(text, lang=lang, published="2013-04-20")
    places = [m for e in doc.events for m in (*e.recipients, *e.actors) if m.kind == "place"]
    assert all(m.actor is None for m in places)
    out = json.loads(json.dumps(doc.to_dict()))
    for e in out["events"]:
        for r in e.get("recipients", []):
            assert r.get("kind") != "person" or r["text"] == person or r.get("lat") is None
    for line in document_table(doc).splitlines()[2:]:
        if "PROTEST" in line:
            assert person not in line


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        pytest.param(
            "en", "John Smith arrived in Kabul on Monday. He said that protesters had attacked his car.", "John Smith"
        ),
        pytest.param("fr", "Macky Sall est arrivé lundi à Dakar. Il a accusé l'opposition de mentir.", "Macky Sall"),
    ],
)
def test_a_pronoun_still_stands_for_the_last_person(lang, text, person):
    doc = eventmill.extract(text, lang=lang, published="2013-04-20")
    named = [m.actor.name for e in doc.events for m in (*e.actors, e.attribution) if m and m.actor]
    named += [q.speaker.actor.name for q in doc.quotes if q.speaker and q.speaker.actor]
    assert person in named


def actor_names(text, lang, kind):
    doc = eventmill.extract(text, lang=lang, published="2013-04-20")
    return [m.actor.name for e in doc.events if e.type == kind for m in e.actors if m.actor]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "person"),
    [
        pytest.param(
            "en",
            "President John Smith arrived in Kabul on Monday. He accused the opposition of lying.",
            "ACCUSE",
            "John Smith",
            id="en-he-accused",
        ),
        pytest.param(
            "en",
            "Maria Lopez, the opposition leader, spoke in Caracas on Monday. She called for new elections.",
            "REQUEST",
            "Maria Lopez",
            id="en-she-called-for",
        ),
        pytest.param(
            "fr",
            "Le président Macky Sall est arrivé lundi à Dakar. Il a accusé l'opposition de mentir.",
            "ACCUSE",
            "Macky Sall",
            id="fr-il-a-accuse",
        ),
        pytest.param(
            "fr",
            "La ministre Aminata Touré est arrivée à Thiès. Elle a menacé les grévistes de sanctions.",
            "THREATEN",
            "Aminata Touré",
            id="fr-elle-a-menace",
        ),
    ],
)
def test_a_personal_pronoun_that_acts_is_the_person_named_before(lang, text, kind, person):
    assert person in actor_names(text, lang, kind)


@pytest.mark.parametrize(
    ("lang", "text", "kind", "person"),
    [
        pytest.param(
            "en",
            "John Smith met the minister. It was raining. Nothing else happened that day. He accused the opposition.",
            "ACCUSE",
            "John Smith",
            id="en-person-too-far-back",
        ),
        pytest.param(
            "en",
            "John Smith visited the port. They accused the opposition of lying.",
            "ACCUSE",
            "John Smith",
            id="en-plural-pronoun",
        ),
        pytest.param(
            "fr",
            "Le ministre Jean Dupont est arrivé à Gao. Il faut que la police arrête les coupables.",
            "REQUEST",
            "Jean Dupont",
            id="fr-impersonal-il",
        ),
    ],
)
def test_a_pronoun_stands_for_no_one_out_of_reach(lang, text, kind, person):
    assert person not in actor_names(text, lang, kind)
