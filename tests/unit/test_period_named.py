"""The start of a period a `since` phrase counts from, named by an event noun after an incident an
earlier sentence reported any event ("depuis le début des violences", "since the start of the unrest"), points
back at what is told and is no incident of its own, whatever type the noun would have alone
(`events.tolls.period_named`). Sentences written for this test."""

from __future__ import annotations

import pytest

from eventmill.api import extract
from eventmill.config import Config


def _events(text: str, lang: str, keep: str = "asserted") -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in extract(text, lang=lang, config=Config(keep=keep)).events]


POINTING_BACK = [
    pytest.param(
        "fr",
        "Des émeutes ont éclaté lundi à Nouméa. Plus de 130 personnes ont été interpellées depuis le début "
        "des violences, selon le haut-commissariat.",
        "violences",
        id="fr-violences",
    ),
    pytest.param(
        "fr",
        "Des jeunes ont incendié des voitures dans la nuit de samedi à Villiers. La police a interpellé "
        "douze personnes depuis le début des heurts.",
        "heurts",
        id="fr-heurts",
    ),
    pytest.param(
        "en",
        "Riots broke out in Noumea on Monday. More than 130 people have been arrested since the start of "
        "the violence, officials said.",
        "violence",
        id="en-violence",
    ),
    pytest.param(
        "en",
        "Protesters stormed the parliament in Nairobi on Tuesday. Police have detained 40 people since the "
        "beginning of the clashes.",
        "clashes",
        id="en-clashes",
    ),
]


@pytest.mark.parametrize(("lang", "text", "noun"), POINTING_BACK)
def test_the_start_of_what_was_reported_is_no_incident(lang: str, text: str, noun: str) -> None:
    events = _events(text, lang)
    assert noun not in [t for _, t in events], events
    # the incident and the arrests stay events
    assert len(events) == 2, events


KEPT = [
    # nothing reported before: the noun is the only word of the protests, left as it was
    pytest.param(
        "fr",
        "Au moins 40 personnes ont été tuées depuis le début des manifestations lundi à Dakar.",
        "manifestations",
        id="fr-first-report",
    ),
    # no word of a period's start: "since the attack" joins the attack as more evidence
    pytest.param(
        "en",
        "Gunmen attacked a school in Kaduna on Friday. Since the attack, parents have kept their children at home.",
        "attacked",
        id="en-no-period-word",
    ),
]


@pytest.mark.parametrize(("lang", "text", "trigger"), KEPT)
def test_other_readings_stay(lang: str, text: str, trigger: str) -> None:
    # (every reading, told or not: the toll of the first report is a running total)
    assert trigger in [t for _, t in _events(text, lang, keep="all")]
