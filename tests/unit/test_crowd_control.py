"""Crowd control is part of the protest it breaks up (eventmill.events.intervention).

ACLED codes police dispersing a demonstration as one event, a protest "with intervention"; a report
of tear gas or of an order to disperse is not one more event beside the protest. Deaths, injuries and
arrests stay events of their own. The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from eventmill.api import extract


def _types(doc):
    return [e.type for e in doc.events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Des milliers d'enseignants ont manifesté mardi à Dakar pour réclamer de meilleurs salaires. "
            "Les gendarmes ont dispersé le cortège avec des gaz lacrymogènes en fin d'après-midi.",
        ),
        (
            "en",
            "Thousands of nurses marched through Nairobi on Monday to demand better pay. "
            "Riot police later fired tear gas and used water cannon to disperse the marchers.",
        ),
        (
            # the means hang on the modal verb, not on the trigger
            "fr",
            "Des centaines d'infirmières ont manifesté lundi devant l'hôpital de Nantes. "
            "Avec des matraques, les policiers ont pu les frapper devant la gare.",
        ),
    ],
)
def test_dispersing_a_reported_protest_joins_it_as_evidence(lang, text):
    doc = extract(text, lang=lang)
    assert _types(doc) == ["PROTEST"]
    second = text.index(". ") + 2
    (ev,) = doc.events
    assert any(sp.start >= second for sp in [ev.evidence, *ev.also_evidence])


@pytest.mark.parametrize(
    ("lang", "text", "crowd"),
    [
        ("en", "Police used tear gas to disperse hundreds of students outside the parliament in Lusaka.", "students"),
        (
            "fr",
            "Les policiers ont dispersé les manifestants à coups de gaz lacrymogène devant la mairie de Lomé.",
            "manifestants",
        ),
    ],
)
def test_dispersing_a_crowd_is_its_protest_with_the_police_as_recipient(lang, text, crowd):
    (ev,) = extract(text, lang=lang).events
    assert ev.type == "PROTEST"
    assert crowd in " ".join(m.span.text for m in ev.actors)
    assert any("olic" in m.span.text for m in ev.recipients)
    assert ev.rule.endswith("intervention")


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        # deaths make it violence against the crowd, not crowd control
        ("en", "Soldiers opened fire to disperse protesters in Khartoum, killing four people.", "ASSAULT"),
        ("fr", "La police a tiré pour disperser la foule à Conakry, tuant trois manifestants.", "ASSAULT"),
        # an arrest stays an arrest
        ("en", "Police arrested 30 demonstrators in Minsk on Sunday.", "COERCE"),
        # police action that names no crowd control is untouched
        ("en", "Police seized the passports of two journalists at the airport in Paris.", "COERCE"),
    ],
)
def test_violence_arrests_and_other_police_action_stay_events(lang, text, kept):
    assert kept in _types(extract(text, lang=lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Des jihadistes ont attaqué une base militaire mardi à Ménaka. Les soldats ont dispersé les assaillants.",
        ),
        (
            "en",
            "Gunmen attacked a police station in Kano on Sunday. Officers dispersed the attackers with tear gas.",
        ),
    ],
)
def test_breaking_up_attackers_right_after_an_attack_is_part_of_it(lang, text):
    # no protest was reported: driving off whoever just attacked is the attack's end, not a protest
    doc = extract(text, lang=lang)
    assert _types(doc) == ["ASSAULT"]
    second = text.index(". ") + 2
    assert any(sp.start >= second for sp in doc.events[0].also_evidence)
