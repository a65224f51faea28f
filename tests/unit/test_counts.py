"""Casualty and size counts: ages, years, street numbers and unit designations are never counts,
while real tolls keep theirs. Run through `eventmill.extract`; tables are tagged by language."""

from __future__ import annotations

import pytest

import eventmill

SLOTS = ("dead", "injured", "size")


def _counts(text: str, lang: str) -> list[tuple[str, str, int | None]]:
    """(event type, slot, value) of every count the article's events carry."""
    doc = eventmill.extract(text, lang=lang)
    assert doc.events, f"no event in {text!r}"
    return [(ev.type, slot, c.value) for ev in doc.events for slot in SLOTS if (c := getattr(ev, slot)) is not None]


# (lang, sentence, the figure that must not become a count)
NOT_COUNTS = [
    # ages: an apposition after a name, "ans"/"years old", "aged"/"âgé de", "a 26-year-old"
    ("en", "Tamerlan, 26, died in a shootout with police in Watertown.", 26),
    ("en", "Tamerlan Tsarnaev, 26, was killed in a shootout with police.", 26),
    ("en", "Dzhokhar, 19, was wounded and arrested by police.", 19),
    ("en", "The suspect, aged 26, was killed by police.", 26),
    ("en", "A 26-year-old man was killed in the attack in Kabul.", 26),
    ("en", "He was 26 years old when he was killed by soldiers.", 26),
    ("en", "Police arrested John Smith, 45, of Boston.", 45),
    ("fr", "Un homme de 26 ans a été tué par la police à Lyon.", 26),
    ("fr", "Le suspect, 26 ans, a été tué par la police.", 26),
    ("fr", "Mohamed, 26 ans, a été tué par balle.", 26),
    ("fr", "Un homme âgé de 26 ans a été blessé par balle à Lyon.", 26),
    ("fr", "Tamerlan, 26 ans, est mort dans une fusillade avec la police.", 26),
    # years
    ("en", "The 1960 massacre killed 69 protesters.", 1960),
    ("en", "The 2011 uprising killed 12 people.", 2011),
    ("fr", "En 1960, l'armée a tué des manifestants à Alger.", 1960),
    # street numbers
    ("en", "A bomb exploded at 14 Baker Street, killing two people.", 14),
    ("fr", "Une bombe a explosé au 12 rue de la Paix, tuant deux personnes.", 12),
    # unit designations
    ("en", "Brigade 55 killed two soldiers.", 55),
    ("en", "Soldiers of the 101st Airborne killed three civilians.", 101),
    ("fr", "La brigade 55 a tué trois civils.", 55),
    ("fr", "Les soldats de la 4e division ont tué trois civils.", 4),
    # a figure inside a name, on a singular noun
    ("en", "An alleged 18 Street gang member shot two men outside the bar.", 18),
    ("en", "Police said an alleged 8 Block gang member opened fire on the crowd.", 8),
    ("en", "A 5 Star Brigade commander was killed in the ambush.", 5),
]


@pytest.mark.parametrize("lang, text, figure", NOT_COUNTS, ids=[f"{r[0]}-{r[1][:40]}" for r in NOT_COUNTS])
def test_an_age_year_address_or_unit_is_no_count(lang, text, figure):
    counts = _counts(text, lang)
    assert all(value != figure for _, _, value in counts), counts


# (lang, sentence, slot, value): real tolls and crowds keep their counts
KEEP = [
    ("fr", "Six civils ont trouvé la mort dans un bombardement à Alep.", "dead", 6),
    ("fr", "Le bombardement a fait plusieurs dizaines de tués à Alep.", "dead", 20),
    ("fr", "Douze manifestants ont été blessés lors des affrontements.", "injured", 12),
    ("fr", "En 2011, 12 manifestants ont été tués par la police.", "dead", 12),
    ("fr", "Une attaque contre la caserne a tué 15 soldats, dont un officier de 45 ans.", "dead", 15),
    # "blessant": a participle the French model reads as a noun or an adjective (language.json participles)
    ("fr", "Une bombe a explosé au marché, blessant douze personnes.", "injured", 12),
    ("fr", "Des hommes armés ont attaqué le village, blessant quatre habitants.", "injured", 4),
    ("fr", "Une bombe a explosé au marché, tuant cinq personnes et blessant douze autres.", "injured", 12),
    ("fr", "Les rebelles ont tiré des obus sur un marché, blessant trois civils qui tentaient de fuir.", "injured", 3),
    ("en", "Twelve people were wounded in the bombing in Kabul.", "injured", 12),
    ("en", "26 people died when a bomb exploded in Kabul.", "dead", 26),
    ("en", "Twelve people, including a 9-year-old girl, were wounded in the attack.", "injured", 12),
    ("en", "The attack killed 26, police said.", "dead", 26),
    ("en", "The 1960 massacre killed 69 protesters.", "dead", 69),
    ("en", "Police killed 2000 protesters in 2014.", "dead", 2000),
    ("en", "Brigade 55 killed two soldiers.", "dead", 2),
    ("en", "Twelve Boko Haram fighters attacked the village, killing 30 people.", "dead", 30),
    ("en", "About 300 Hamas supporters protested in Gaza City.", "size", 300),
]


@pytest.mark.parametrize("lang, text, slot, value", KEEP, ids=[f"{r[0]}-{r[1][:40]}" for r in KEEP])
def test_a_toll_keeps_its_count(lang, text, slot, value):
    counts = _counts(text, lang)
    assert any(s == slot and v == value for _, s, v in counts), counts


# (lang, sentence, figure): "since" a day weeks before the article counts a running total, not one
# incident's dead; "since Monday" still counts the incident going on (published 2018-03-12, a Monday)
SINCE_A_DAY = [
    ("fr", "Depuis le 18 février, plus de 1.100 civils ont péri dans l'offensive, d'après l'OSDH.", 1100),
    ("en", "Since February 18, more than 1,100 civilians have been killed in the offensive, monitors said.", 1100),
]


@pytest.mark.parametrize("lang, text, figure", SINCE_A_DAY, ids=[r[0] for r in SINCE_A_DAY])
def test_the_dead_since_a_day_weeks_ago_are_a_running_total(lang, text, figure):
    doc = eventmill.extract(text, lang=lang, published="2018-03-12")
    assert [t.count.value for t in doc.tolls] == [figure]
    assert all(e.dead is None or e.dead.value != figure for e in doc.events)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Since Saturday, 12 protesters have been killed by police in the capital."),
        ("fr", "Depuis samedi, douze manifestants ont été tués par la police dans la capitale."),
    ],
)
def test_the_dead_since_a_recent_day_are_the_incidents(lang, text):
    doc = eventmill.extract(text, lang=lang, published="2018-03-12")
    assert not doc.tolls
    assert any(e.dead is not None and e.dead.value == 12 for e in doc.events)
