"""Which namesake a place name means, and which place an event is at, in shapes that used to go wrong: a
town and its county each drawn to the other's namesake pass after pass, a town's council named after a
small place of the whole name ("Cambridge City Council"), a name opened by an Arabic article, and the
reference point of a distance phrase ("près de Sake, à 20 km de Goma") (real parses, real gazetteer;
short stories written for these tests)."""

import pytest

import eventmill


def places(text, lang="en"):
    doc = eventmill.extract(text, lang=lang, published="2024-05-01")
    return doc, {m.span.text: m.place for m in doc.mentions if m.kind == "place" and m.place is not None}


@pytest.mark.parametrize(
    ("lang", "text", "name", "region"),
    [
        (
            "en",
            "A Marion County deputy arrested two men near Silverton after a chase on Tuesday.",
            "Silverton",
            "Oregon",
        ),
        (
            "en",
            "A Marion County deputy arrested two men near Silverton after a chase on Tuesday.",
            "Marion County",
            "Oregon",
        ),
    ],
)
def test_a_town_and_its_county_settle_on_one_state(lang, text, name, region):
    _, found = places(text, lang)
    assert found[name].admin1 == region


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        (
            "en",
            "Police arrested 12 protesters outside Cambridge City Council offices on Monday.",
            "Cambridge City",
            "GB",
        ),
        (
            "en",
            "Councillors at Cambridge City Council voted on Tuesday to close three libraries.",
            "Cambridge City",
            "GB",
        ),
    ],
)
def test_a_citys_council_is_the_big_towns_not_a_small_namesake_of_the_whole_name(lang, text, name, country):
    _, found = places(text, lang)
    assert found[name].country == country and found[name].name == "Cambridge"


@pytest.mark.parametrize(
    ("lang", "text", "name", "place"),
    [
        ("en", "Kansas City Council voted on Tuesday to ban the camp.", "Kansas City", "Kansas City"),
        ("en", "Protesters marched to Carson City Council on Friday.", "Carson City", "Carson City"),
    ],
)
def test_a_city_named_whole_keeps_its_whole_name_before_its_council(lang, text, name, place):
    _, found = places(text, lang)
    assert found[name].name == place


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "Government forces shelled rebel positions near al-Sukhna on Tuesday, killing 12 fighters.",
            "al-Sukhna",
        ),
        ("fr", "Les forces gouvernementales ont bombardé des positions rebelles près d'al-Sukhna mardi.", "al-Sukhna"),
    ],
)
def test_a_name_opened_by_an_arabic_article_is_looked_for_in_arab_states(lang, text, name):
    _, found = places(text, lang)
    assert found[name].country in ("SY", "LY", "YE", "IQ", "EG", "SA", "JO", "LB")


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        (
            "en",
            "Islamic State fighters attacked army posts around al-Sukhna, the Syrian Observatory said.",
            "al-Sukhna",
            "SY",
        ),
        ("en", "Police arrested two men in Sohna on Monday, officers in Gurgaon said.", "Sohna", "IN"),
    ],
)
def test_the_story_countries_still_choose_among_namesakes(lang, text, name, country):
    _, found = places(text, lang)
    assert found[name].country == country


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "fr",
            "Des combats ont opposé les rebelles à l'armée près de Sake, à une vingtaine de kilomètres de Goma, "
            "a indiqué mardi une source militaire.",
            "Sake",
        ),
        (
            "en",
            "Fighting broke out between rebels and the army near Sake, about 20 km from Goma, a source said.",
            "Sake",
        ),
        (
            "fr",
            "Des hommes armés ont attaqué un poste de l'armée à Kibumba, à 25 km au nord de Goma, lundi.",
            "Kibumba",
        ),
    ],
)
def test_the_reference_point_of_a_distance_is_not_the_events_place(lang, text, place):
    doc, _ = places(text, lang)
    located = [e.location.span.text for e in doc.events if e.location is not None]
    assert located and located[0] == place
