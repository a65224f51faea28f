"""Shapes of conflict reports whose place or day the pipeline read wrong (issue 12): a death told with the
attack whose moment it is ("were killed when gunmen attacked X"), a place after a word of its people or parts
("residents of X", "the district centre of X"), ACLED's brackets of district and province ("X town (D, G)"),
a transliterated name cut at its glued article ("Deir-ez-Zor"), "the previous night" after a said day, and
"martyred" as a death in Syrian state media's wording (en, fr)."""

import pytest

import eventmill
from eventmill.distance import km

WITHIN_KM = 25


def first_event(text, lang, published):
    doc = eventmill.extract(text, lang=lang, published=published)
    events = [e for e in doc.events if not e.negated]
    assert events, [m.span.text for m in doc.mentions]
    return events[0]


def near(ev, lat, lon):
    where = ev.location.place if ev.location is not None else None
    return where is not None and km(where.lat, where.lon, lat, lon) <= WITHIN_KM


# the deaths' place is the attack's, named in the clause that tells their moment
MOMENT = [
    pytest.param(
        "en",
        "At least 20 people were killed when bandits attacked Gidan Kaura village in Maru local government area, "
        "Zamfara state, on Tuesday.",
        (11.294, 6.307),  # the local government area, as the report names it
        id="en-killed-when-attacked",
    ),
    pytest.param(
        "en",
        "Nine farmers were killed when gunmen raided Dogon Daji village in Tsafe local government area, Zamfara "
        "state, on Friday.",
        (11.958, 6.921),
        id="en-killed-when-raided",
    ),
]


@pytest.mark.parametrize("lang,text,point", MOMENT)
def test_deaths_take_the_place_of_the_attack_whose_moment_they_are(lang, text, point):
    assert near(first_event(text, lang, "2022-01-17"), *point)


def test_an_attack_after_which_others_died_keeps_its_own_place():
    text = "Two policemen were killed in Kano on Sunday, after gunmen attacked a bank in Zaria on Saturday."
    ev = first_event(text, "en", "2022-01-17")
    assert near(ev, 12.0, 8.517)  # Kano, not Zaria


# a name the recogniser took for a party, after a word of the people or a part of a place and "of"
BELONG = [
    pytest.param(
        "en",
        "Hundreds of residents of Jableh took to the streets on Friday to denounce fuel shortages.",
        (35.362, 35.928),
        id="en-residents-of",
    ),
    pytest.param(
        "en",
        "Inhabitants of Tafas blocked the road to Damascus on Sunday to protest against the arrest of two young men.",
        (32.737, 35.993),
        id="en-inhabitants-of",
    ),
    pytest.param(
        "en", "Angry residents of Suwayda stormed the governor's office on Sunday.", (32.709, 36.566), id="en-residents"
    ),
    pytest.param(
        "en",
        "A suicide bomber blew himself up at a checkpoint at the entrance of Jableh, a coastal town in Latakia "
        "province, on Monday.",
        (35.362, 35.928),
        id="en-entrance-of",
    ),
]


@pytest.mark.parametrize("lang,text,point", BELONG)
def test_a_place_after_a_word_of_its_people_is_the_events_place(lang, text, point):
    assert near(first_event(text, lang, "2023-06-15"), *point)


def test_a_capitalised_word_of_a_body_puts_no_place_after_it():
    doc = eventmill.extract("The Centre of Hope in Aleppo said on Monday it had received aid.", lang="en")
    assert not any(m.kind == "place" and m.span.text == "Hope" for m in doc.mentions)


# ACLED writes the district and the province in brackets after the town; Arabic names cut at their article
ACLED = [
    pytest.param(
        "en",
        "On 4 May 2020, Turkish forces shelled the vicinity of Tal Tamer town (Ras Al Ain, Al-Hasakeh). No fatalities.",
        (36.656, 40.371),
        id="en-town-district-province",
    ),
    pytest.param(
        "en",
        "On 5 May 2020, ISIS militants attacked an SDF checkpoint in Al-Busayrah town (Deir-ez-Zor, Deir-ez-Zor). "
        "1 SDF member killed.",
        (35.156, 40.427),
        id="en-glued-article-in-brackets",
    ),
]


@pytest.mark.parametrize("lang,text,point", ACLED)
def test_acled_brackets_hold_the_district_and_province(lang, text, point):
    assert near(first_event(text, lang, "2020-05-20"), *point)


def test_a_name_cut_at_its_glued_article_is_one_place():
    doc = eventmill.extract("Clashes broke out in the city (Deir-ez-Zor) on Monday.", lang="en")
    assert "Deir-ez-Zor" in [m.span.text for m in doc.mentions if m.kind == "place"]


# "the previous night" counts from the day the report names before it
NIGHT = [
    pytest.param(
        "en",
        "Police said on Tuesday that gunmen had killed two guards at a bank in Kano the previous night.",
        "2022-01-18",
        "2022-01-17",
        id="en-the-previous-night",
    ),
    pytest.param(
        "fr",
        "La gendarmerie a indiqué mardi qu'un homme avait été tué la nuit précédente dans une fusillade à Nîmes.",
        "2023-06-14",
        "2023-06-12",
        id="fr-la-nuit-precedente",
    ),
]


@pytest.mark.parametrize("lang,text,published,day", NIGHT)
def test_the_previous_night_is_the_day_before_the_day_named(lang, text, published, day):
    ev = first_event(text, lang, published)
    assert ev.date is not None and ev.date.date is not None and ev.date.date.value == day


def test_the_night_before_an_occasion_is_no_sequel():
    ev = first_event("Rebels attacked the town the night before the election.", "en", "2022-01-18")
    assert ev.date is None or ev.date.date is None or ev.date.date.value != "2022-01-17"


def test_martyred_in_an_attack_is_a_death():
    text = "A soldier was martyred on Monday when terrorists targeted Mhardeh with mortar shells."
    ev = first_event(text, "en", "2023-06-15")
    assert ev.type == "ASSAULT" and ev.date is not None and ev.date.date.value == "2023-06-12"


def test_martyred_with_no_violence_named_is_no_event():
    doc = eventmill.extract("Two firefighters were martyred while putting out a forest fire.", lang="en")
    assert not [e for e in doc.events if not e.negated]
