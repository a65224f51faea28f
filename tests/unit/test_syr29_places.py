"""Event places in conflict reports (issue 12, branch syr29): a point of reference named with a bearing, a
country's capital named through its possessive, a city over the oblast or cercle of its name, a crossing's
name the tagger reads as an adjective, a base the recogniser runs whole with its kind word, a name glued
through an elided word, and French spellings of Gaza City."""

import pytest

import eventmill
from eventmill.distance import km
from eventmill.geo import load_geocoder

PUBLISHED = "2025-03-12"  # a Wednesday: "on Tuesday" is 2025-03-11


def first_place(text, lang):
    doc = eventmill.extract(text, lang=lang, published=PUBLISHED)
    events = [e for e in doc.events if not e.negated]
    assert events, text
    ev = events[0]
    return ev.location.place if ev.location is not None else None, ev.date.date.value if ev.date else None


def near(place, lat, lon, within=25):
    return place is not None and km(place.lat, place.lon, lat, lon) <= within


@pytest.mark.parametrize(
    ("lang", "text", "lat", "lon"),
    [
        # bearings: the place after "north of" is where the bearing is taken from, not the event's
        (
            "en",
            "Islamic State gunmen ambushed a police patrol on Tuesday north of Baghdad, near the town of Tarmiyah, "
            "killing two officers, security sources said.",
            33.674,
            44.396,
        ),
        (
            "en",
            "A roadside bomb hit an army vehicle on Tuesday 40 km west of Kirkuk, near the village of Al-Alam, "
            "wounding three soldiers.",
            34.709,
            43.695,
        ),
        (
            "fr",
            "Deux soldats irakiens ont été tués mardi au nord de Bagdad, près de la localité de Tarmiyah, selon une "
            "source de sécurité.",
            33.674,
            44.396,
        ),
        # a country's capital through its possessive
        (
            "en",
            "A car bomb exploded outside a hotel in Somalia's capital on Tuesday, killing five people.",
            2.037,
            45.344,
        ),
        ("en", "Israeli jets struck the port in Yemen's capital on Tuesday, the Houthis said.", 15.354, 44.207),
        ("en", "A Russian missile hit a clinic in Ukraine's capital on Tuesday, killing three people.", 50.45, 30.52),
        # a city, not the oblast or cercle of its name
        ("en", "Russian artillery shelled Kherson on Tuesday, wounding a bus driver, officials said.", 46.636, 32.616),
        ("fr", "Des jihadistes ont attaqué mardi le camp de l'armée à Tessalit, dans le nord du Mali.", 20.201, 1.012),
        # a crossing named for its town, the name tagged as an adjective
        (
            "en",
            "Smugglers opened fire on border guards near the Nasib crossing on Tuesday, killing a soldier, the "
            "Jordanian army said. The crossing links Jordan and Syria.",
            32.552,
            36.188,
        ),
        # a base the recogniser ran whole with its kind word
        (
            "fr",
            "Un drone a frappé mardi la base d'Aïn al-Assad, dans l'ouest de l'Irak, blessant deux soldats.",
            33.8,
            42.44,
        ),
        # French spellings of Gaza City
        ("fr", "Une frappe israélienne a tué mardi six personnes à Gaza-ville, selon la Défense civile.", 31.5, 34.467),
    ],
)
def test_the_event_is_placed_at_its_own_place(lang, text, lat, lon):
    place, day = first_place(text, lang)
    assert near(place, lat, lon), place
    assert day == "2025-03-11"


def test_a_base_name_makes_no_actor_of_its_last_words():
    doc = eventmill.extract(
        "Des roquettes ont visé mardi la base d'Aïn al-Assad, en Irak.", lang="fr", published=PUBLISHED
    )
    assert not [m for m in doc.mentions if m.kind == "actor" and "Assad" in m.span.text]


def test_a_name_glued_through_an_elided_word_is_one_place():
    doc = eventmill.extract(
        "Des jihadistes ont attaqué mardi un convoi près de Fada N'Gourma, dans l'est du Burkina Faso.",
        lang="fr",
        published=PUBLISHED,
    )
    assert "Fada N'Gourma" in [m.span.text for m in doc.mentions if m.kind == "place"]


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [("Kherson", "UA", 46.636, 32.616), ("Tessalit", "ML", 20.201, 1.012), ("Tessalit", "", 20.201, 1.012)],
)
def test_a_city_ranks_over_the_unit_of_its_name_that_is_not_ten_times_its_size(name, country, lat, lon):
    place = load_geocoder().lookup(name, countries=(country,) if country else ())
    assert place is not None and place.precision == "town" and near(place, lat, lon)


def test_a_unit_ten_times_its_towns_size_keeps_its_name():
    assert load_geocoder().lookup("Quebec").precision == "admin1"


def test_a_point_of_reference_alone_stays_the_place():
    place, _ = first_place("Gunmen attacked a checkpoint north of Baghdad on Tuesday, killing two soldiers.", "en")
    assert near(place, 33.34, 44.4, within=40)
