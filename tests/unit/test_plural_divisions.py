"""Names listed before a plural kind of place are each a division of that kind (`stages/mentions/plurals.py`):
"Harris and Fort Bend counties" are Harris County and Fort Bend County, Texas, not a Harris in Minnesota and
nothing. US and Louisiana local news names counties and parishes this way, and the gazetteer knows most of them
only with their kind word. A people or a creed before a plural kind is no place ("Sunni and Shia districts").

Every sentence here was written for this test; on 1d3bf7a the first seven fail."""

from __future__ import annotations

import pytest

from eventmill.api import extract


def places(text: str) -> dict[str, tuple[str, str, str]]:
    doc = extract(text, lang="en", published="2021-06-10")
    return {
        m.span.text: (m.place.name, m.place.admin1, m.place.country)
        for m in doc.mentions
        if m.kind == "place" and m.place is not None
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Flooding closed roads in Harris and Fort Bend counties on Monday, officials said.",
            {"Harris": ("Harris County", "Texas"), "Fort Bend": ("Fort Bend County", "Texas")},
        ),
        (
            "Deputies from Orange and Seminole counties searched the lake for the missing boater.",
            {"Orange": ("Orange County", "Florida"), "Seminole": ("Seminole County", "Florida")},
        ),
        (
            "Voters in Dallas, Tarrant and Collin counties went to the polls on Saturday.",
            {
                "Dallas": ("Dallas County", "Texas"),
                "Tarrant": ("Tarrant County", "Texas"),
                "Collin": ("Collin County", "Texas"),
            },
        ),
        (
            "Police in Cook and DuPage counties arrested 12 people after the rally turned violent.",
            {"Cook": ("Cook County", "Illinois"), "DuPage": ("DuPage County", "Illinois")},
        ),
        (
            "Tornadoes struck Jefferson, Shelby and Tuscaloosa counties in Alabama overnight.",
            {"Jefferson": ("Jefferson County", "Alabama"), "Tuscaloosa": ("Tuscaloosa County", "Alabama")},
        ),
        (
            "The hurricane left thousands without power in Miami-Dade and Broward counties.",
            {"Miami-Dade": ("Miami-Dade County", "Florida"), "Broward": ("Broward County", "Florida")},
        ),
        (
            "Evacuation orders covered Calcasieu and Jefferson Davis parishes in southwest Louisiana.",
            {"Calcasieu": ("Calcasieu Parish", "Louisiana")},
        ),
        # a name a person's lexicon knows, or a country's other spelling, listed before the kind (David Cameron,
        # Cameroon): the division
        (
            "Evacuation orders covered Calcasieu and Cameron parishes in southwest Louisiana.",
            {"Calcasieu": ("Calcasieu Parish", "Louisiana"), "Cameron": ("Cameron Parish", "Louisiana")},
        ),
        # names the text already reads as divisions keep their reading
        (
            "Taliban fighters attacked checkpoints in Helmand and Kandahar provinces on Monday.",
            {"Helmand": ("Helmand", "Helmand"), "Kandahar": ("Kandahar", "Kandahar")},
        ),
        (
            "Air strikes hit villages in Idlib and Hama governorates, the monitor said.",
            {"Idlib": ("Idlib", "Idlib"), "Hama": ("Hama", "Hama")},
        ),
    ],
)
def test_each_name_listed_before_a_plural_kind_is_a_division_of_that_kind(text, expected):
    found = places(text)
    for name, (place, region) in expected.items():
        assert name in found, (name, found)
        assert found[name][:2] == (place, region), (name, found[name])


@pytest.mark.parametrize(
    "text, names",
    [
        ("Violence spread through Sunni and Shia districts of Baghdad.", ("Sunni", "Shia")),
        ("Turnout was high in Democratic and Republican counties alike.", ("Democratic", "Republican")),
        ("Voters in Kurdish and Arab districts of Kirkuk cast their ballots.", ("Kurdish", "Arab")),
    ],
)
def test_a_people_or_a_party_before_a_plural_kind_is_no_place(text, names):
    found = places(text)
    assert not set(names) & set(found), found


def test_one_name_before_a_plural_kind_is_no_list():
    # "counties" after a single name: no list, and no county read into the name
    found = places("Officials in Santa Barbara said the fire had crossed into neighbouring counties.")
    assert found.get("Santa Barbara", ("",))[0] != "Santa Barbara County"
