"""Who is a party to an event and who only says where it was. Every sentence was written for this test.

- a country that owns the region an attack is placed in ("in India's Manipur state", "dans le nord du
  Mali") says where; it was not attacked;
- "des" right after a verb is the article of its object, which the French model reads as a preposition
  ("ont attaqué des soldats": the soldiers were attacked);
- a war or a response names no party: "The war began on Oct. 7, when gunmen stormed ..." (the war did not
  kill), "Une riposte aérienne a permis de neutraliser ...";
- an event told as the subject of a killing names its doer in its "by" phrase: "Shelling by government
  forces killed four civilians";
- an act aimed at a number of people hits those people ("fired tear gas at thousands of protesters");
- a verb the parser hangs as a conjunct on another verb's object shares that verb's subject ("ont ouvert le
  feu sur des habitants et incendié 45 maisons": the residents burned nothing);
- a participle on a noun with an object of its own is that noun's act ("Gunmen on motorcycles killed 30
  people", which the English model reads as gunmen who were killed);
- a strike noun whose phrase holds a killing is an attack, and what it was aimed at did not kill ("A strike
  on a school killed at least seven", where the model hangs "killed" on the school);
- an event noun standing as the doer names its doers only through no preposition or a doer's ("Israeli
  airstrikes killed 40 people, including children, according to hospital officials": no children, no hospital).
"""

from __future__ import annotations

import pytest

from eventmill.api import extract


def _parties(text: str, lang: str) -> list[tuple[list[str], list[str]]]:
    doc = extract(text, lang=lang)
    return [([m.span.text for m in e.actors], [m.span.text for m in e.recipients]) for e in doc.events]


PLACED = [
    ("en", "Gunmen attacked a village in India's northeastern Manipur state on Monday.", "India"),
    ("en", "Suicide bombers attacked a market in Pakistan's northwest on Friday, killing nine people.", "Pakistan"),
    ("fr", "Des hommes armés ont attaqué un village dans le nord du Mali lundi.", "Mali"),
    ("fr", "Des jihadistes ont tué dix civils dans l'est du Burkina Faso dimanche.", "Burkina Faso"),
]


@pytest.mark.parametrize(("lang", "text", "country"), PLACED)
def test_a_country_that_holds_the_place_is_no_recipient(lang, text, country):
    found = _parties(text, lang)
    assert found, "the attack is an event"
    assert all(country not in recips for _, recips in found)


VICTIMS = [
    ("fr", "Des jihadistes ont attaqué des soldats lundi près de la frontière.", "soldats"),
    ("fr", "Des hommes armés ont enlevé des élèves dans une école du nord-ouest.", "élèves"),
    ("fr", "La police a arrêté des manifestants devant la préfecture.", "manifestants"),
]


@pytest.mark.parametrize(("lang", "text", "victim"), VICTIMS)
def test_an_object_after_des_is_the_recipient(lang, text, victim):
    found = _parties(text, lang)
    assert any(victim in " ".join(recips) for _, recips in found)


WARS = [
    ("en", "The war began on Oct. 7, when Hamas gunmen stormed into southern Israel, killing 1,200 people."),
    (
        "en",
        "The conflict erupted in April, when paramilitary fighters attacked army bases in Khartoum, killing dozens.",
    ),
    (
        "fr",
        "Une riposte aérienne a permis de neutraliser plusieurs dizaines d'assaillants, selon une source sécuritaire.",
    ),
    ("en", "The retaliation killed dozens of militants near the border, the army said."),
]


@pytest.mark.parametrize(("lang", "text"), WARS)
def test_a_war_or_a_response_is_no_actor(lang, text):
    found = _parties(text, lang)
    assert found
    words = ("war", "conflict", "riposte", "retaliation")
    assert all(not any(w in a.lower() for a in actors for w in words) for actors, _ in found)


GERUNDS = [
    ("en", "Shelling by government forces killed four civilians in the village on Thursday.", "government forces"),
    ("en", "Bombing by US-led coalition aircraft killed 12 people in Raqqa.", "US-led coalition"),
]


@pytest.mark.parametrize(("lang", "text", "doer"), GERUNDS)
def test_an_event_told_as_subject_names_its_doer(lang, text, doer):
    found = _parties(text, lang)
    assert any(doer in actors for actors, _ in found)


CROWDS = [
    ("en", "Police fired tear gas at thousands of protesters in Nairobi on Tuesday.", "protesters"),
    ("fr", "La police a tiré des gaz lacrymogènes sur des milliers de manifestants à Nairobi.", "manifestants"),
    ("en", "Soldiers opened fire on hundreds of villagers near the border on Sunday.", "villagers"),
]


@pytest.mark.parametrize(("lang", "text", "crowd"), CROWDS)
def test_an_act_aimed_at_a_number_of_people_hits_them(lang, text, crowd):
    found = _parties(text, lang)
    assert any(crowd in actors + recips for actors, recips in found)


def test_a_verb_hung_on_another_verbs_object_shares_its_subject():
    text = (
        "Les assaillants, membres du gang Gran Grif, ont ouvert le feu sur des habitants et incendié au moins "
        "45 maisons et 34 véhicules."
    )
    doc = extract(text, lang="fr")
    assert all("habitants" not in [m.span.text for m in e.actors] for e in doc.events)
    assert all(e.size is None for e in doc.events)  # houses are no crowd


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen on motorcycles killed at least 30 people in Zamfara state on Sunday.",
        "Gunmen on motorcycles killed at least 30 people and abducted dozens of others in Zamfara state.",
    ],
)
def test_a_participle_with_an_object_is_its_nouns_act(text):
    found = _parties(text, "en")
    assert found
    assert all("Gunmen" in actors and "Gunmen" not in recips for actors, recips in found)


def test_a_participle_without_an_object_is_still_passive():
    found = _parties("The six members killed in the attack were buried on Monday.", "en")
    assert all("The six members" not in actors for actors, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "A strike on a school killed at least seven, the Civil Defense said.",
        "In Gaza City, a strike on a school sheltering displaced families killed at least seven, the Civil Defense said.",
    ],
)
def test_a_strike_whose_phrase_kills_is_an_attack(text):
    doc = extract(text, lang="en")
    assert [(e.type, e.dead.value if e.dead else None) for e in doc.events] == [("ASSAULT", 7)]
    assert all("school" not in [m.span.text for m in e.actors] for e in doc.events)


def test_a_strike_by_workers_stays_a_protest():
    doc = extract("A strike by teachers closed schools across the country on Monday.", lang="en")
    assert [e.type for e in doc.events] == ["PROTEST"]


def test_an_event_noun_as_doer_names_no_one_another_phrase_adds():
    text = (
        "Israeli airstrikes killed at least 40 people across the Gaza Strip overnight and on Saturday, "
        "including children, according to hospital officials."
    )
    (actors, recips), *rest = _parties(text, "en")
    assert not rest
    assert "children" not in actors and not any("hospital" in a for a in actors + recips)
