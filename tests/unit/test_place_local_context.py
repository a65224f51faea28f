"""What the rest of a story says of where its places lie: the state its organisations are named after, the
towns around a name, whether it spans several countries (real parses, real gazetteer; short stories written
for these tests)."""

import pytest

import eventmill
from eventmill import gazetteer as gz
from eventmill.distance import km


def places(text, lang="en"):
    doc = eventmill.extract(text, lang=lang, published="2019-05-14")
    return {m.span.text: m.place for m in doc.mentions if m.kind == "place" and m.place is not None}


INDIANA = (
    "The Decatur County Board of Commissioners voted Tuesday to repair the bridge near Westport. "
    "Residents from Milford told the board the detour would add twenty minutes to their drive to Greensburg. "
    '"Farmers need to get grain to market," said a woman who lives outside New Point. '
    "The Indiana Department of Transportation will pay most of the cost."
)


@pytest.mark.parametrize(
    ("lang", "text", "name", "region"),
    [
        ("en", INDIANA, "Greensburg", "Indiana"),
        ("en", INDIANA, "Westport", "Indiana"),
        ("en", INDIANA, "Milford", "Indiana"),
    ],
)
def test_a_local_story_s_towns_lie_in_the_state_its_organisations_are_named_after(lang, text, name, region):
    found = places(text, lang)
    assert found[name].country == "US" and found[name].admin1 == region


def test_a_former_name_of_a_far_town_is_a_hamlet_of_the_local_story():
    here, town = (places(INDIANA)[k] for k in ("New Point", "Greensburg"))
    # the gazetteer keeps "New Point" as a former name of Perth Amboy, New Jersey, 1,000 km away
    assert here.admin1 == "Indiana" and km(here.lat, here.lon, town.lat, town.lon) < 50 and here.confidence < 0.5


WORLD = (
    "Turkish troops shelled positions near Afrin on Sunday, Syrian monitors said. Washington urged restraint, "
    "and the United States said it was concerned. In Geneva, a UN envoy said talks would resume in Vienna "
    "later this month. Markets fell in London and New York."
)


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"), [("en", WORLD, "Vienna", "AT"), ("en", WORLD, "Geneva", "CH")]
)
def test_a_known_city_abroad_beats_its_small_namesake_in_a_story_across_several_countries(lang, text, name, country):
    assert places(text, lang)[name].country == country


@pytest.mark.parametrize(
    ("lang", "text", "name", "region"),
    [
        (
            "en",
            "Cadets from West Point joined residents of Highland Falls to clear trails along the river. The county "
            "approved repairs for roads in the towns of Highlands, Cornwall and Woodbury, near Newburgh.",
            "Cornwall",
            "New York",
        ),
    ],
)
def test_a_list_of_towns_is_no_town_in_the_next_one(lang, text, name, region):
    found = places(text, lang)
    assert found[name].country == "US" and found[name].admin1 == region


@pytest.mark.parametrize(
    ("lang", "text", "name", "town"),
    [
        (
            "fr",
            "Des jeunes ont affronté la police samedi dans le quartier de la Médina, à Dakar, selon des témoins. "
            "Des manifestants ont aussi bloqué la route à Pikine.",
            "Médina",
            "Dakar",
        ),
    ],
)
def test_a_neighbourhood_the_gazetteer_lacks_is_no_city_abroad(lang, text, name, town):
    found = places(text, lang)
    here, there = found[name], found[town]
    assert here.country == there.country and km(here.lat, here.lon, there.lat, there.lon) < 50


@pytest.mark.parametrize(("said", "listed"), [("Khwaja Omari", "Khwaja Umari"), ("Laos", "Laos")])
def test_o_folds_before_the_diphthongs_it_makes(said, listed):
    assert gz.fold_key(said) == gz.fold_key(listed)


@pytest.mark.parametrize(
    ("lang", "text", "name", "region"),
    [
        (
            "en",
            "Franklin's mayor said the city will not raise taxes. Neighboring Brentwood and Spring Hill face similar "
            "gaps, he said. Jackson resident Tom Lincoln, who commutes to Franklin, said Tennessee should help.",
            "Jackson",
            "Tennessee",
        ),
    ],
)
def test_a_name_said_of_people_is_a_town_of_the_story_s_region(lang, text, name, region):
    doc = eventmill.extract(text, lang=lang, published="2019-05-14")
    found = {m.span.text: m.place for m in doc.mentions if m.place is not None}
    assert found[name].country == "US" and found[name].admin1 == region


MAINE = (
    "Police in Westbrook arrested a Gorham man after a chase that started in Windham and ended near the Portland "
    "city line. Officers from Falmouth and Scarborough helped set up roadblocks. Weeks ago a driver fled from "
    "officers in Yarmouth through Cumberland and Freeport before crashing in Brunswick. That driver, from Bath, "
    "is awaiting trial in Cumberland County Superior Court."
)


@pytest.mark.parametrize(("lang", "text", "name"), [("en", MAINE, "Freeport")])
def test_a_story_that_names_no_state_places_its_towns_in_the_state_of_most_of_them(lang, text, name):
    found = places(text, lang)
    assert found[name].country == "US" and found[name].admin1 == "Maine"
