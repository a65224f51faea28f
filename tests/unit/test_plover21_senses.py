"""Verb senses PLOVER (through CAMEO) codes apart: breaking a ceasefire is fighting, not a ceasefire
(also "the ceasefire agreement", and by whoever "is guilty of" it); welcoming a visitor is a visit, not
praise; occupying a town is an attack, occupying a building a protest; sending warships is a
deployment; returning land or bodies is a retreat; resuming diplomatic relations is support. Also who
receives a ban ("a ban on X") and a threat ("threatened to arrest X").

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from eventmill.api import extract


def types(text: str, lang: str) -> list[str]:
    return [e.type for e in extract(text, lang=lang).events]


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("en", "Rebel fighters violated the ceasefire near the border on Tuesday.", "ASSAULT"),
        ("en", "Government troops broke the truce at dawn.", "ASSAULT"),
        ("en", "The rebels violated the truce agreement on Sunday.", "ASSAULT"),
        ("fr", "Les miliciens ont rompu le cessez-le-feu dans la nuit.", "ASSAULT"),
        ("fr", "Israël a rompu la trêve.", "ASSAULT"),
        ("en", "The visiting premier received a warm welcome in Hanoi.", "CONSULT"),
        ("en", "The queen welcomed the Japanese prime minister to London.", "CONSULT"),
        ("en", "Israeli troops occupied the village of Beit Hanoun on Monday.", "ASSAULT"),
        ("en", "Iraqi forces occupied Kuwait in August.", "ASSAULT"),
        ("en", "Protesters occupied the parliament building in Kiev.", "PROTEST"),
        ("fr", "Les rebelles ont occupé la ville de Goma.", "ASSAULT"),
        ("fr", "Des manifestants ont occupé la mairie pendant trois heures.", "PROTEST"),
        ("en", "The two countries resumed diplomatic relations.", "SUPPORT"),
        ("fr", "Les deux pays ont rétabli les relations diplomatiques.", "SUPPORT"),
        ("en", "The government returned the seized land to the farmers.", "RETREAT"),
        ("fr", "Le Hamas a rendu les corps de deux otages.", "RETREAT"),
        ("en", "The US sent two aircraft carriers to the Gulf.", "MOBILIZE"),
        ("fr", "Paris a envoyé des soldats au Mali.", "MOBILIZE"),
    ],
)
def test_sense_gives_its_plover_type(lang, text, etype):
    assert types(text, lang) == [etype]


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("en", "The opposition welcomed the new law.", "SUPPORT"),
        ("en", "Several shops violated the curfew.", "REJECT"),
        ("en", "The army returned fire.", None),
        ("en", "Egypt sent aid to Gaza.", "AID"),
        ("fr", "Il occupe le poste de ministre depuis 2010.", None),
        ("fr", "Le pays a rompu ses relations diplomatiques avec Téhéran.", "SANCTION"),
    ],
)
def test_other_senses_keep_their_reading(lang, text, etype):
    assert types(text, lang) == ([etype] if etype else [])


@pytest.mark.parametrize(
    "lang, text, recipient",
    [
        ("en", "The government imposed a ban on Hamas.", "Hamas"),
        ("en", "The government lifted the ban on the Islamic Salvation Front.", "Islamic Salvation Front"),
        ("en", "The president has threatened to arrest opposition leaders.", "opposition leaders"),
        ("en", "The army threatened to attack the rebels.", "rebels"),
    ],
)
def test_recipient_of_a_ban_or_a_threat(lang, text, recipient):
    (event,) = extract(text, lang=lang).events
    assert recipient in [m.span.text for m in event.recipients]


def test_whoever_is_guilty_of_an_act_did_it():
    (event,) = extract("Both the army and the militia are guilty of violating the truce.", lang="en").events
    assert event.type == "ASSAULT"
    assert {m.span.text for m in event.actors} >= {"army", "militia"}


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The president will travel to Paris to meet Macron."),
        ("en", "The envoy will visit Mauritania next week to mediate in the border dispute."),
        ("fr", "Le président se rendra à Moscou pour rencontrer Poutine."),
    ],
)
def test_the_aim_of_an_announced_trip_is_announced_too(lang, text):
    assert types(text, lang) == ["AGREE"]


def test_the_aim_of_a_past_trip_stays_an_aim():
    assert types("The president traveled to Paris to meet Macron.", "en") == []


def test_a_fronted_purpose_tells_why_and_announces_nothing():
    text = "To assist the flood victims, the company will be providing free meals."
    assert "AGREE" not in types(text, "en")
