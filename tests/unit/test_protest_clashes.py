"""Violence between the police and a crowd is part of the protest the article reports
(eventmill.events.intervention.fold_crowd_violence).

ACLED codes a violent demonstration, and excessive force against protesters, as protest events: the
police firing on marchers is the protest's toll, not an attack beside it. A bomb, or an attack by an
armed group, stays an attack. Injuries told with no violence named after a protest, in a clause or a
sentence of their own, are the protest's too (eventmill.events.said, eventmill.events.merge). The
sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from eventmill.api import extract


@pytest.mark.parametrize(
    ("lang", "text", "slot", "value"),
    [
        (
            "fr",
            "Des centaines d'ouvriers ont manifesté lundi devant l'usine de Lille. "
            "La police a tiré sur la foule, tuant trois ouvriers.",
            "dead",
            3,
        ),
        (
            "en",
            "Hundreds of workers marched through Lagos on Monday to demand higher wages. "
            "Police opened fire on the crowd, killing three workers.",
            "dead",
            3,
        ),
        (
            "en",
            "Thousands of students protested in Dhaka on Sunday against the new fees. "
            "Police beat the protesters with batons, injuring twelve students.",
            "injured",
            12,
        ),
    ],
)
def test_police_violence_on_a_reported_protest_is_its_toll(lang, text, slot, value):
    (ev,) = extract(text, lang=lang).events
    assert ev.type == "PROTEST"
    count = getattr(ev, slot)
    assert count is not None and count.value == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a bomb is no crowd's clash with the police
        (
            "fr",
            "Des centaines d'ouvriers ont manifesté lundi devant l'usine de Lille. "
            "Une bombe a explosé près du cortège, tuant trois ouvriers.",
        ),
        # an armed group's attack on the police
        (
            "fr",
            "Des centaines d'étudiants ont manifesté lundi à Bamako. "
            "Mardi, des jihadistes ont attaqué un poste de police à Gao, tuant deux policiers.",
        ),
        # no protest reported
        ("en", "Police opened fire on villagers in Kasai on Monday, killing three people."),
        # history, told beside today's march
        (
            "fr",
            "Le 12 mai 1972, la police a tiré sur la foule à Tananarive, tuant vingt personnes. "
            "En 2022, des milliers de personnes ont défilé à Tananarive.",
        ),
    ],
)
def test_other_violence_stays_an_attack(lang, text):
    assert "ASSAULT" in [e.type for e in extract(text, lang=lang).events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a clause of its own joined to the protest verb: what happened, not what was demanded
        (
            "fr",
            "Des milliers de manifestants ont défilé à Lyon samedi contre la réforme, et quatre agents ont été blessés.",
        ),
        (
            "en",
            "Thousands of farmers marched through Paris on Saturday against the new tax, and four officers were injured.",
        ),
        # the next sentence, with no violence named
        (
            "fr",
            "La marche a rassemblé des milliers de personnes à Lyon samedi. En fin de journée, quatre agents ont été blessés.",
        ),
        (
            "en",
            "Thousands of farmers marched through Paris on Saturday against the new tax. Four officers were injured.",
        ),
    ],
)
def test_injuries_told_after_a_protest_are_its_own(lang, text):
    (ev,) = extract(text, lang=lang).events
    assert ev.type == "PROTEST"
    assert ev.injured is not None and ev.injured.value == 4
