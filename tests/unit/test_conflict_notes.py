"""Places of short conflict notes in the style of the data sets that code them (a date, a party, a
district and its province): names joined by an ezafe, a body's initials, the province that holds a
district (real parses, real gazetteer; en)."""

import pytest

import eventmill
from eventmill.distance import km
from eventmill.gazetteer_keys import fold_key


def coded(text):
    return eventmill.extract(text, lang="en", published="2019-12-31")


def places(doc):
    return {m.span.text: m.place for m in doc.mentions if m.kind == "place" and m.place is not None}


@pytest.mark.parametrize(
    "text, name, point",
    [
        (
            "On 5 May 2017, Taliban militants attacked police posts in Nad-e Ali district, Helmand province. "
            "4 policemen were killed.",
            "Nad-e Ali",
            (31.48, 64.14),  # between Nad Ali and Nawa-i-Barakzayi, whose Who's On First names list Nad Ali's
        ),
        (
            "On 16 September 2014, Taliban militants ambushed an army convoy near Dand-e Ghori area of "
            "Pul-e Khumri district, Baghlan province. 4 soldiers were killed.",
            "Pul-e Khumri",
            (35.94, 68.72),
        ),
        (
            "On 9 September 2019, Taliban attacked the police headquarters in Pul-i-Alam city, Logar. "
            "4 policemen were killed.",
            "Pul-i-Alam",
            (34.0, 69.02),
        ),
        (
            "On 3 March 2019, soldiers clashed with Taliban in Dasht-e Archi district, Kunduz province. "
            "4 Taliban were killed.",
            "Dasht-e Archi",
            (36.97, 69.17),
        ),
        (
            "On 4 June 2017, Taliban fighters attacked police posts in Sayyad district, Sar-e Pul province.",
            "Sar-e Pul",
            (35.69, 66.14),
        ),
    ],
)
def test_a_name_joined_by_an_ezafe_is_one_place(text, name, point):
    # the tokenizer splits "Nad-e Ali" at the hyphen; the recogniser labelled "Ali" alone (a town in India)
    # or nothing ("Pul" was Poole, in England)
    found = places(coded(text))
    assert name in found, sorted(found)
    assert km(found[name].lat, found[name].lon, *point) < 50


def test_the_event_of_an_ezafe_name_is_located_there():
    doc = coded(
        "On 5 May 2017, Taliban militants attacked police posts in Nad-e Ali district, Helmand province. "
        "4 policemen were killed."
    )
    assert [e.location.span.text for e in doc.events if e.location] == ["Nad-e Ali"] * len(doc.events)


@pytest.mark.parametrize(
    "text",
    [
        "On 6 November 2015, fighting between ANA and Taliban in Ghormach district, Faryab province. "
        "7 Taliban were killed.",
        "On 5 May 2017, Taliban militants attacked ANA posts in Nad-e Ali district, Helmand province.",
    ],
)
def test_a_bodys_initials_are_no_place(text):
    # "ANA" (the Afghan army) had been A'ana, a district of Samoa, or a village in Ghor
    doc = coded(text)
    assert "ANA" not in places(doc)
    assert all(e.location is None or e.location.span.text != "ANA" for e in doc.events)


def test_a_district_the_gazetteer_has_in_the_next_province_stays_that_district():
    # districts move between provinces: GeoNames has Ghormach in Badghis, the notes put it in Faryab
    found = places(coded("On 6 November 2015, fighting between ANA and Taliban in Ghormach district, Faryab province."))
    assert km(found["Ghormach district"].lat, found["Ghormach district"].lon, 35.8, 63.74) < 20


@pytest.mark.parametrize(
    "text, district, province",
    [
        (
            "On 1 March 2018, an IED detonated in Panjwai district, Kandahar. 3 civilians were killed.",
            "Panjwai",
            "Kandahar",
        ),
        (
            "On 10 January 2018, militants attacked Kot district, Nangarhar. 3 civilians were killed.",
            "Kot",
            "Nangarhar",
        ),
        (
            "On 6 April 2018, an IED hit an army vehicle in Zurmat district of Paktia. 3 soldiers were killed.",
            "Zurmat",
            "Paktia",
        ),
    ],
)
def test_the_name_after_a_district_is_its_province(text, district, province):
    # "district" ends the name before it: the name after it holds that district, it is not one
    # (no publication date: the notes' 2018 incidents are the news, not background of a later day)
    doc = eventmill.extract(text, lang="en")
    found = places(doc)
    assert found[province].precision == "admin1" and found[province].country == "AF"
    assert {e.location.span.text for e in doc.events if e.location} == {district}


@pytest.mark.parametrize("a, b", [("Nad-e Ali", "Nad Ali"), ("Nad-i-Ali", "Nad Ali"), ("Kuh-ye Baba", "Kuh Baba")])
def test_transliteration_variants_share_a_folded_key(a, b):
    assert fold_key(a) == fold_key(b)


def test_the_province_after_a_district_and_a_comma_is_the_province():
    found = places(coded("On 18 July 2019, Taliban attacked Obe district, Herat. 5 policemen were killed."))
    assert found["Herat"].precision == "admin1" and found["Herat"].country == "AF"


@pytest.mark.parametrize(
    "text, name, point",
    [
        ("On 4 March 2018, regime forces shelled Kafr Nabl in Idleb countryside.", "Kafr Nabl", (35.61, 36.56)),
        ("On 7 June 2017, an airstrike hit Al Mayadin in Deir-ez-Zor governorate.", "Al Mayadin", (35.02, 40.45)),
    ],
)
def test_a_known_name_in_a_place_near_it_is_a_place_whatever_its_label(text, name, point):
    # the recogniser calls the object of "shelled" an organisation, of "hit" a person
    found = places(coded(text))
    assert name in found and km(found[name].lat, found[name].lon, *point) < 25


def test_a_person_in_a_place_far_from_the_gazetteers_homonym_stays_a_person():
    doc = coded("On 4 March 2018, the minister met Obama in Washington to discuss the strikes.")
    assert "Obama" not in places(doc)
