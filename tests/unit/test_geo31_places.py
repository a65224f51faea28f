"""Place recall in local news (issue 12): a river named after its capitalised word ("the River Fergus", "the River
Derwent") is a site of the story's town, not an organisation; a compass word cut from a longer name is no town of
the story's country far from its places ("North" of "the North Oconee River Greenway": no North Salt Lake, Utah); a
small town read far from every place of a local story, named bare, is a local place the gazetteer lacks, put at the
story's town ("toward Bemis" in a Jackson, Tennessee, story), as is a big town read from part of a natural feature's
name ("Buffalo Bayou" in Houston); a first-level division before "the ... city/town" says where the town lies ("the
Ohio city", "the Northland town"); and the stories under tests/data/geo31/ keep their recall (real parses, real
gazetteer)."""

from pathlib import Path

import pytest

import eventmill
from story_places import km, recall

DATA = Path(__file__).resolve().parent.parent / "data" / "geo31"


def extract(text):
    return eventmill.extract(text, lang="en", published="2024-03-01")


def placed(text):
    return [(m.span.text, m.place) for m in extract(text).mentions if m.place is not None]


NEAR = [
    pytest.param(
        "ENNIS — Clare County Council approved 120 homes on the edge of Ennis despite objections from residents "
        "about flooding from the River Fergus. Roads around Kilrush and Ennistymon will be repaired.",
        "River Fergus",
        (52.84, -8.98),
        id="en-river-before-its-name-ireland",
    ),
    pytest.param(
        "KESWICK, England — The River Derwent burst its banks in Keswick overnight, flooding homes near Cockermouth "
        "and Workington, Cumbria Police said.",
        "River Derwent",
        (54.60, -3.13),
        id="en-river-before-its-name-england",
    ),
    pytest.param(
        "Jackson police are investigating a shooting outside a convenience store. Investigators said they were "
        "looking for a dark sedan seen leaving toward Bemis. The Madison County Sheriff's Office is also "
        "investigating a break-in at a church in Medina, and deputies in Humboldt arrested a man on Saturday. "
        "Agents from the TBI office in Memphis were assisting.",
        "Bemis",
        (35.61, -88.81),
        id="en-far-namesake-of-a-small-town",
    ),
    pytest.param(
        "HOUSTON — Three people were shot overnight in Gulfton and Sharpstown, police said. Harris County deputies "
        "arrested a Pasadena man. Divers also recovered a stolen car from Buffalo Bayou near downtown Houston.",
        "Buffalo Bayou",
        (29.76, -95.37),
        id="en-feature-named-after-a-far-city",
    ),
]


@pytest.mark.parametrize(("text", "name", "point"), NEAR)
def test_a_local_name_lies_near_the_story(text, name, point):
    readings = [p for t, p in placed(text) if t == name]
    assert readings and all(km(p.lat, p.lon, *point) <= 100 for p in readings)


def test_a_compass_word_cut_from_a_name_is_no_far_town():
    text = (
        "ATHENS, Ga. — The Athens-Clarke County Commission voted Tuesday to spend $4.2 million on repairs to the "
        "North Oconee River Greenway. Commissioners also approved a fire station in Winterville and a traffic light "
        "on the road to Bogart. Neighboring Oconee County will vote next month in Watkinsville."
    )
    assert all(km(p.lat, p.lon, 33.96, -83.38) <= 300 for t, p in placed(text) if t == "North")


@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        pytest.param(
            "Police said the shooting in the Ohio city left three dead. Officers in Dayton and Xenia searched homes.",
            "Ohio",
            ("US", "Ohio"),
            id="en-the-state-city",
        ),
        pytest.param(
            "A fire destroyed homes in the Texas town of Uvalde. Crews from Tyler and Longview helped.",
            "Texas",
            ("US", "Texas"),
            id="en-the-state-town-of",
        ),
        pytest.param(
            "Fire crews from Kaikohe and Kerikeri were called to the Northland town at 3am. Police in Whangarei "
            "arrested a man.",
            "Northland",
            ("NZ", "Northland"),
            id="en-the-region-town",
        ),
    ],
)
def test_a_division_before_the_kind_of_town_is_that_division(text, name, where):
    readings = [p for t, p in placed(text) if t == name]
    assert readings and all((p.country, p.admin1) == where and p.precision == "admin1" for p in readings)


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        pytest.param(
            "Jackson police arrested a man from Bemis, Mass., after a chase through Madison County, Medina and "
            "Humboldt on Sunday.",
            "Bemis",
            "Massachusetts",
            id="en-namesake-with-its-state-stays",
        ),
        pytest.param(
            "TYLER, Texas — A Tyler man arrested after a fight in Longview and Lindale was born in Boston, police said.",
            "Boston",
            "Massachusetts",
            id="en-big-city-by-its-own-name-stays",
        ),
    ],
)
def test_a_far_place_the_text_names_plainly_stays(text, name, admin1):
    readings = [p for t, p in placed(text) if t == name]
    assert readings and all(p.admin1 == admin1 for p in readings)


def test_the_local_stories_keep_their_place_recall():
    # recall within 161 km of the gold places (story_places); stories l01-l20 and l31-l34 were read while fixing,
    # l21-l30, l35 and l36 kept unread until the end. Before the fixes of this file 0.905 (read 0.891, unread 0.934),
    # after 0.918 (read 0.910, unread 0.934)
    def mentions(story):
        return extract((DATA / f"{story}.txt").read_text(encoding="utf-8")).mentions

    assert recall(DATA, mentions) >= 0.91
