"""Place recall in world and local news (issue 12): a capital the recogniser labels a body or a person where it
acts for its government ("Nairobi said", "Canberra will spend", "Santo Domingo said" with "Domingo" alone
labelled) is a place, as the capitals it labels places are ("Beijing warned"); a name after a comma that follows a
seat or a kind of place ("New Caledonia's capital, Noumea,") is that place; an agent word inside a hyphenated
place name ("Port-au-Prince") is no agent; "Kent County Council" is the English county's council; a known place
after "off" or as the object of "reached" is a place; islands and Nova Scotia's counties no shipped source
had are in the gazetteer; and the stories under tests/data/geo29/ keep their recall (real parses, real
gazetteer; en and fr)."""

from pathlib import Path

import pytest

import eventmill
from story_places import recall

DATA = Path(__file__).resolve().parent.parent / "data" / "geo29"
FRENCH = ("w09", "w10")


def extract(text, lang="en"):
    return eventmill.extract(text, lang=lang, published="2024-03-01")


def placed(text, lang="en"):
    return [(m.span.text, m.place) for m in extract(text, lang).mentions if m.place is not None]


PLACES = [
    pytest.param(
        "Nairobi said on Tuesday it would send another 400 police officers.", "Nairobi", "KE", id="en-nairobi-said"
    ),
    pytest.param(
        "Canberra will spend A$2.1 billion on upgrading northern air bases.", "Canberra", "AU", id="en-canberra-will"
    ),
    pytest.param("Port Moresby said it had not been consulted.", "Port Moresby", "PG", id="en-port-moresby-said"),
    pytest.param(
        "Santo Domingo said it would tighten controls along the border.",
        "Santo Domingo",
        "DO",
        id="en-santo-opens-name",
    ),
    pytest.param(
        "New Caledonia's capital, Noumea, felt light shaking.", "Noumea", "NC", id="en-possessive-capital-appos"
    ),
    pytest.param(
        "Nairobi has already deployed about 800 officers to Port-au-Prince since June.",
        "Port-au-Prince",
        "HT",
        id="en-prince-inside-hyphenated-name",
    ),
    pytest.param("A third boat was intercepted off Chios on Monday.", "Chios", "GR", id="en-off-an-island"),
    pytest.param(
        "Another boat carrying 40 people reached Samos, and a third was intercepted off Chios.",
        "Samos",
        "GR",
        id="en-reached-an-island",
    ),
    pytest.param(
        "On Espiritu Santo, the country's largest island, residents reported landslides after the Vanuatu quake.",
        "Espiritu Santo",
        "VU",
        id="en-vanuatu-island",
    ),
    pytest.param(
        "Flights to Taveuni and Vanua Levu were cancelled, Fiji's airport authority said.",
        "Taveuni",
        "FJ",
        id="en-fiji-island",
    ),
    pytest.param(
        "In St. Vincent and the Grenadines, the storm flattened most homes on Canouan.",
        "Canouan",
        "VC",
        id="en-grenadine",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), PLACES)
def test_the_place_is_found_in_its_country(text, name, country):
    readings = [p for t, p in placed(text) if t == name]
    assert readings and all(p.country == country for p in readings)


def test_a_nova_scotia_county_is_itself():
    text = "Lunenburg County and Antigonish County remain under a burn ban, Nova Scotia officials said."
    readings = [p for t, p in placed(text) if t == "Lunenburg County"]
    assert readings and all((p.country, p.name) == ("CA", "Lunenburg County") for p in readings)


def test_kent_county_council_is_the_english_countys():
    text = (
        "Traffic queues stretched back to Maidstone last summer. Kent County Council has approved plans for a new "
        "lorry park near Ashford."
    )
    readings = [p for t, p in placed(text) if t.startswith("Kent")]
    assert readings and all((p.country, p.name) == ("GB", "Kent") for p in readings)


def test_a_us_county_commission_stays_american():
    readings = [
        p for t, p in placed("Residents of Grand Rapids asked the Kent County Commission for help.") if "Kent" in t
    ]
    assert readings and all((p.country, p.admin1) == ("US", "Michigan") for p in readings)


def test_a_person_named_like_a_capital_stays_a_person():
    # "Kingston" after "Paul Kingston" is him, whatever Jamaica's capital
    text = "Paul Kingston said the plan was flawed. Kingston added that he would appeal."
    assert not [p for t, p in placed(text) if t == "Kingston"]


def test_the_world_stories_keep_their_place_recall():
    # recall within 161 km (the LGL and TR-News scorers' tolerance) of the gold places, a place matched by its
    # surface form, case folded, or a form one of them holds (0.867 before the fixes of this file, 0.915 after)
    def mentions(story):
        lang = "fr" if story in FRENCH else "en"
        return extract((DATA / f"{story}.txt").read_text(encoding="utf-8"), lang).mentions

    assert recall(DATA, mentions) >= 0.9
