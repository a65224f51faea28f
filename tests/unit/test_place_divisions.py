"""Where the recogniser's entity runs end, and the kind words of local divisions: a name it ran into the
place after it ("Maple in Dayton"), a town with its province in brackets ("Saghar (Ghor)"), a division
word it left out of the name ("Caddo Parish"), and the divisions conflict notes and local news name
(LGA, cercle, territory, parish); a spelling of a country that is a town's own name is no country (real
parses, real gazetteer; en; sentences written for these tests)."""

from __future__ import annotations

import math

import pytest

import eventmill
from eventmill.geo import load_geocoder


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


def places(text: str) -> dict[str, eventmill.models.Place]:
    doc = eventmill.extract(text, lang="en", published="2023-05-10")
    return {m.span.text: m.place for m in doc.mentions if m.kind in ("place", "nearby") and m.place is not None}


def place_of(text: str, name: str) -> eventmill.models.Place:
    """The place of the mention that opens with `name` (with or without its kind word)."""
    return next(p for span, p in places(text).items() if span.split()[0] == name.split()[0])


@pytest.mark.parametrize(
    "text, name, country, point",
    [
        # en: a street the recogniser runs into the town after "in"
        (
            "Police arrested two men in the 300 block of Maple in Dayton, Ohio, on Tuesday.",
            "Dayton",
            "US",
            (39.76, -84.19),
        ),
        # en: a town, then its province in brackets, as conflict notes write them
        ("Saghar (Ghor) fell to the Taliban on Monday.", "Saghar", "AF", (33.6, 64.1)),
        ("Saghar (Ghor) fell to the Taliban on Monday.", "Ghor", "AF", (34.0, 65.0)),
    ],
)
def test_a_name_the_recogniser_ran_into_the_next_place_is_read_apart(text, name, country, point):
    found = places(text)
    assert found[name].country == country and km((found[name].lat, found[name].lon), point) < 161


@pytest.mark.parametrize(
    "text, name, country, point",
    [
        # en: Louisiana's parishes; the recogniser labels the name and leaves "Parish" out
        ("A man drowned in Caddo Parish on Sunday.", "Caddo Parish", "US", (32.58, -93.88)),
        # en: Nigeria's local government areas
        (
            "On 3 May 2023, Boko Haram fighters attacked Kirawa in Gwoza LGA, Borno State.",
            "Gwoza LGA",
            "NG",
            (11.08, 13.69),
        ),
    ],
)
def test_a_division_named_with_its_kind_word_is_that_division(text, name, country, point):
    place = place_of(text, name)
    assert place.country == country and place.feature != "unlisted" and km((place.lat, place.lon), point) < 25


@pytest.mark.parametrize("name", ["Beni", "Bandiagara"])
def test_a_kind_word_of_a_division_after_the_name_reads_the_division_not_the_town(name):
    text = {
        "Beni": "ADF rebels killed ten civilians in Beni territory.",
        "Bandiagara": "Gunmen killed two herders in Bandiagara cercle.",
    }
    assert place_of(text[name], name).precision == "admin2"


@pytest.mark.parametrize("name", ["Caddo", "Marie"])
def test_a_countrys_spelling_that_is_a_towns_own_name_is_no_country(name):
    assert load_geocoder().country(name, lang="en") is None


@pytest.mark.parametrize("name, code", [("Tchad", "TD"), ("Chad", "TD"), ("Turquie", "TR"), ("Columbia", None)])
def test_countries_by_their_names_stay_countries(name, code):
    place = load_geocoder().country(name, lang="en")
    assert (place.country if place else None) == code
