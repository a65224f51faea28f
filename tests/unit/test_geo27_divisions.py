"""Divisions named around other names (issue 12, wire and local news): a site word for the land of a division
("the Penghu islands", "the Swat valley") puts the site at that division, and a division named right after a
town it holds is the one read as holding it ("Edmundston, New Brunswick" in a Maine story: the province, not
the New Jersey city); and regions the press names that no source lists are the curated ones (`xx/gazetteer/aliases.tsv`:
"Darfur", "Sinai", "the Golan Heights") (real parses, real gazetteer; en)."""

import pytest

import eventmill


def places(text):
    doc = eventmill.extract(text, lang="en", published="2024-03-01")
    return [(m.span.text, m.place) for m in doc.mentions if m.kind == "place" and m.place is not None]


AREAS = [
    pytest.param(
        "TAIPEI, Taiwan (AP) - Taiwan's defense ministry said it tracked Chinese aircraft near the Penghu islands "
        "on Tuesday.",
        "Penghu islands",
        (23.57, 119.59),
        id="en-islands",
    ),
]


@pytest.mark.parametrize(("text", "name", "point"), AREAS)
def test_a_site_naming_a_divisions_land_is_put_at_that_division(text, name, point):
    readings = [p for t, p in places(text) if t == name]
    assert readings and all(abs(p.lat - point[0]) < 0.2 and abs(p.lon - point[1]) < 0.2 for p in readings)


HOLDERS = [
    pytest.param(
        "MADAWASKA, Maine (AP) - Nearly 300 workers will lose their jobs when the paper mill closes, the company "
        "said. The mill sends pulp across the border to Edmundston, New Brunswick. Officials in Fort Kent and "
        "Presque Isle said they would help, and Aroostook County leaders met in Augusta.",
        "New Brunswick",
        ("CA", "admin1"),
        id="en-province-after-its-town",
    ),
]


@pytest.mark.parametrize(("text", "name", "where"), HOLDERS)
def test_a_division_after_a_town_it_holds_is_that_division(text, name, where):
    readings = [p for t, p in places(text) if t == name]
    assert readings and all((p.country, p.precision) == where for p in readings)


REGIONS = [
    pytest.param(
        "KHARTOUM (Reuters) - Fighting in Darfur killed dozens, aid groups said.", "Darfur", "SD", id="en-darfur"
    ),
    pytest.param("A Sinai man was arrested on Monday.", "Sinai", "EG", id="en-sinai"),
    pytest.param(
        "JERUSALEM (AP) - Israeli troops raided Jenin in the occupied West Bank, while rockets hit the Golan Heights.",
        "Golan Heights",
        "SY",
        id="en-golan",
    ),
    pytest.param(
        "YEREVAN (AP) - A year after Baku retook Nagorno-Karabakh, officials in South Ossetia watched the talks.",
        "South Ossetia",
        "GE",
        id="en-south-ossetia",
    ),
    pytest.param("Au Soudan, les combats continuent au Darfour.", "Darfour", "SD", id="fr-darfour"),
]


@pytest.mark.parametrize(("text", "name", "country"), REGIONS)
def test_a_region_no_source_lists_is_the_curated_one(text, name, country):
    doc = eventmill.extract(text, published="2024-03-01")
    readings = [m.place for m in doc.mentions if m.kind == "place" and m.span.text == name and m.place]
    assert readings and all(p.country == country and p.precision == "admin1" for p in readings)
