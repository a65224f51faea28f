"""Towns of small-town stories, which name the town, its county and the towns around it but seldom the
state: they resolve to the state the county puts them in, not to a bigger homonym abroad or in another
state (real parses, real gazetteer; en)."""

import pytest

import eventmill
from eventmill.distance import km


def places(text):
    doc = eventmill.extract(text, lang="en", published="2019-03-12")
    return {m.span.text: m.place for m in doc.mentions if m.kind == "place" and m.place is not None}


@pytest.mark.parametrize(
    "text, name, admin1",
    [
        (
            "Police in Athens said a 19-year-old student at Athens High School was charged Monday with making "
            "threats. The Limestone County Sheriff's Office and Decatur police also responded. Athens is about "
            "15 miles north of Decatur.",
            "Athens",
            "Alabama",
        ),
        (
            "Police in Athens said a 19-year-old student was charged Monday with making threats. The Limestone "
            "County Sheriff's Office and Decatur police also responded.",
            "Decatur",
            "Alabama",
        ),
        (
            "PARIS, Ky. - A Paris man was arrested Tuesday after a shooting on Main Street left one person "
            "injured, Bourbon County Sheriff's Office said. Deputies from Millersburg and North Middletown assisted.",
            "Paris",
            "Kentucky",
        ),
        (
            "Protesters marched through downtown Columbia on Saturday to the Boone County courthouse, demanding "
            "the release of a man arrested in Ashland. Police in Fulton also reported a smaller rally.",
            "Columbia",
            "Missouri",
        ),
    ],
)
def test_a_town_is_in_the_state_of_the_county_the_story_names(text, name, admin1):
    place = places(text)[name]
    assert place.country == "US" and place.admin1 == admin1 and place.precision == "town"


def test_a_towns_sureness_is_not_lowered_by_a_first_guess_elsewhere():
    # "Aurora" alone is the Colorado city; beside Kane County it is the Illinois one, and as sure as that makes it
    place = places("Police in Aurora arrested a man Tuesday, the Kane County state's attorney said.")["Aurora"]
    assert place.admin1 == "Illinois" and place.confidence >= 0.85
    assert km(place.lat, place.lon, 41.76, -88.32) < 25
