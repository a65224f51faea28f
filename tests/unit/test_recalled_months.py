"""An incident dated months before the article is background it recalls, not its news. Every sentence was
written for this test; the article is dated 14 March 2019.

- three months or more before publication (from the last day of a month named alone) is recalled:
  a ceasefire agreed "in September", an ambush "in November";
- last month, or a weekday, is the article's news;
- acts over the last weeks ("ces dernières semaines") are no one incident; "il y a deux semaines" is a date.
"""

from __future__ import annotations

import pytest

from eventmill.api import extract

PUBLISHED = "2019-03-14"

RECALLED = [
    ("en", "Russia and Turkey agreed on a ceasefire for Idlib in September."),
    ("en", "Gunmen killed 11 soldiers in an ambush near the border in November."),
    ("fr", "La Russie et la Turquie ont conclu un accord de cessez-le-feu en septembre."),
    ("fr", "Des hommes armés ont tué onze soldats en novembre près de la frontière."),
]


@pytest.mark.parametrize(("lang", "text"), RECALLED)
def test_an_incident_months_back_is_recalled(lang, text):
    assert extract(text, lang=lang, published=PUBLISHED).events == ()


NEWS = [
    ("en", "Gunmen killed 11 soldiers in an ambush near the border last month."),
    ("en", "Gunmen killed 11 soldiers in an ambush near the border in February."),
    ("en", "Gunmen killed 11 soldiers in an ambush near the border on Tuesday."),
    ("fr", "Des hommes armés ont tué onze soldats en février près de la frontière."),
]


@pytest.mark.parametrize(("lang", "text"), NEWS)
def test_an_incident_of_the_last_weeks_is_news(lang, text):
    assert [e.type for e in extract(text, lang=lang, published=PUBLISHED).events] == ["ASSAULT"]


SPANS = [
    ("fr", "Les violences se sont intensifiées ces dernières semaines dans la région."),
    ("fr", "Des jihadistes ont attaqué des villages au cours des dernières semaines."),
    ("en", "Violence has intensified in recent weeks in the region."),
]


@pytest.mark.parametrize(("lang", "text"), SPANS)
def test_acts_over_recent_weeks_are_no_incident(lang, text):
    assert extract(text, lang=lang, published=PUBLISHED).events == ()


@pytest.mark.parametrize(
    "text",
    [
        "Il y a deux semaines, des hommes armés ont tué dix soldats près de la frontière.",
        "Des hommes armés ont tué dix soldats il y a trois semaines près de la frontière.",
    ],
)
def test_weeks_ago_is_a_date(text):
    assert [e.type for e in extract(text, lang="fr", published=PUBLISHED).events] == ["ASSAULT"]
