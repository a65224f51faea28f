"""Where and when on English (and French) wire reports of the war in Syria (issue 12): the countryside of a
town named as its province is as wide as the province and holds the villages named in it; a known town an
attack hits is a place though the recogniser calls it a person; a dateline that names its town's country is
where its story is; a country in the lead gives way to the town the next sentence names for the same attack;
a date on a toll's rise dates the count, not the incident."""

import pytest

import eventmill


def first_event(text, lang, published="2024-05-09"):
    doc = eventmill.extract(text, lang=lang, published=published)
    events = [e for e in doc.events if not e.negated]
    assert events, text
    return events[0]


def place_name(ev):
    return ev.location.place.name if ev.location is not None and ev.location.place is not None else None


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # a village named in a province town's countryside, told with a possessive or with "of"
        (
            "en",
            "Clashes killed six SDF fighters in the town of Hajin in Deir ez-Zor's eastern countryside on "
            "Wednesday, the SDF said.",
            "Hajin",
        ),
        (
            "en",
            "Turkish shelling of Ain Issa in the northern countryside of Raqqa killed two civilians on Monday.",
            "Ain Issa",
        ),
    ],
)
def test_a_village_in_a_province_towns_countryside_is_the_place(lang, text, expected):
    assert place_name(first_event(text, lang)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "en",
            "Syrian army shelling of Jisr al-Shughur killed three people on Tuesday, rescuers said.",
            "Jisr al-Shughur",
        ),
        ("en", "Government shelling of Ain Issa wounded four civilians on Monday, officials said.", "Ain Issa"),
    ],
)
def test_a_town_an_attack_hits_is_a_place_whatever_its_label(lang, text, expected):
    assert place_name(first_event(text, lang)) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "en",
            "QAMISHLI, Syria (AP) — Turkish drones struck a car on Tuesday, killing two fighters, the group "
            "said.\n\nTurkey says the group is an offshoot of the PKK, which has waged an insurgency in Turkey "
            "since 1984.",
            "Qamishli",
        ),
        (
            "en",
            "HASAKAH, Syria (AP) — Turkish drones struck a power station east of the city on Monday, officials "
            "said.\n\nAnkara has stepped up its strikes since an attack on a defence company in Ankara.",
            "Al Ḩasakah",
        ),
    ],
)
def test_a_dateline_that_names_its_country_is_where_the_story_is(lang, text, expected):
    ev = first_event(text, lang)
    assert (place_name(ev), ev.location_source) == (expected, "dateline")


def test_a_city_dateline_alone_over_another_country_still_is_not_the_place():
    text = (
        "BEIRUT (Reuters) - Turkish drones struck a car on Tuesday, killing two fighters, the group said.\n\n"
        "The strike hit the car on a road near Kobani, in Syria, it said."
    )
    assert place_name(first_event(text, "en")) != "Beirut"


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "en",
            "BEIRUT (Reuters) - Government forces killed nine people in rebel-held northwest Syria on Tuesday, "
            "rescuers said.\n\nThe shells hit a market in the town of Sarmin, the rescuers said.",
            "Sarmīn",
        ),
        (
            "en",
            "BEIRUT (AFP) - Shelling killed five people on Wednesday in a town in northwestern Syria, a monitor "
            "said.\n\nThe shells struck the centre of Binnish as people gathered at a bakery.",
            "Binnish",
        ),
    ],
)
def test_a_country_gives_way_to_the_town_the_next_sentence_names_for_the_attack(lang, text, expected):
    ev = first_event(text, lang)
    assert (place_name(ev), ev.location_source) == (expected, "linked")


def test_another_attack_in_the_next_sentence_gives_no_town():
    text = (
        "BEIRUT (AFP) - A Russian air strike killed four civilians in northwest Syria on Tuesday, a monitor "
        "said.\n\nOn Monday, government shelling killed two people in Ariha, it said."
    )
    assert place_name(first_event(text, "en")) == "Syria"


@pytest.mark.parametrize(
    "lang,text,published,expected",
    [
        (
            "en",
            "The death toll from an air strike on a market in Atareb rose to 11 on Thursday, rescuers said.\n\n"
            "The strike hit the market on Tuesday as residents were shopping.",
            "2024-05-02",
            "2024-04-30",
        ),
        (
            "en",
            "The death toll from a car bomb attack in Azaz climbed to 14 on Wednesday, the local council said.\n\n"
            "The attack hit a market on Monday evening.",
            "2024-05-03",
            "2024-04-29",
        ),
        (
            "en",
            "The death toll from Russian air strikes on Sarmin rose to 9 on Friday, the White Helmets said.\n\n"
            "The strikes hit the town on Wednesday.",
            "2024-05-03",
            "2024-05-01",
        ),
    ],
)
def test_a_date_on_a_tolls_rise_dates_the_count_not_the_incident(lang, text, published, expected):
    ev = first_event(text, lang, published)
    assert ev.date is not None and ev.date.date is not None and ev.date.date.value == expected
