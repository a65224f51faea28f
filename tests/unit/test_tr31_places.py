"""Place recall in international wire news (issue 12): the seas, straits, great rivers, disputed island groups
and world regions such stories name are in the gazetteer (`regions.tsv`: the Strait of Hormuz, the Nile, the
Spratly Islands, the Pampas); a feature of no country is a place whatever the recogniser labels it ("the Nile
provides", "farmers in the Pampas"); in a story across several countries a smaller
namesake of a country's capital gives way to the capital when nothing of the story lies near it (an
"Athens-based" shipowner in a Gulf story) or when the name is listed with another capital ("Cairo and Doha");
and the stories under tests/data/tr31/ keep their recall (real parses, real gazetteer)."""

from pathlib import Path

import pytest

import eventmill
from story_places import km, recall

DATA = Path(__file__).resolve().parent.parent / "data" / "tr31"


def extract(text):
    return eventmill.extract(text, lang="en", published="2024-03-01")


def readings(text, name):
    return [m.place for m in extract(text).mentions if m.span.text == name and m.place is not None]


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        pytest.param(
            "Iran's Revolutionary Guards seized a tanker in the Strait of Hormuz on Monday.",
            "Strait of Hormuz",
            (26.6, 56.3),
            id="en-strait",
        ),
        pytest.param(
            "Houthi attacks in the Red Sea and the Bab el-Mandeb strait pushed carriers to sail around Africa.",
            "Bab el-Mandeb",
            (12.6, 43.3),
            id="en-strait-not-al-bab",
        ),
        pytest.param(
            "A Philippine vessel was hit by water cannon near Second Thomas Shoal in the Spratly Islands.",
            "Spratly Islands",
            (10.0, 114.0),
            id="en-island-group",
        ),
        pytest.param(
            "Chinese warships sailed through the Taiwan Strait on Tuesday, Taipei said.",
            "Taiwan Strait",
            (24.5, 119.5),
            id="en-taiwan-strait",
        ),
        pytest.param(
            "Egyptian officials say the Nile provides 97% of the country's fresh water.",
            "Nile",
            (26.5, 31.7),
            id="en-river-labelled-a-body",
        ),
        pytest.param(
            "Farmers in the Pampas warned that drought had cut the soy harvest for a second year.",
            "Pampas",
            (-35.5, -62.5),
            id="en-region-labelled-a-person",
        ),
        pytest.param(
            "The Brahmaputra burst its banks in Assam, inundating 1,200 villages.",
            "Brahmaputra",
            (26.2, 91.7),
            id="en-river-subject",
        ),
    ],
)
def test_a_world_feature_is_itself(text, name, point):
    found = readings(text, name)
    assert found and all(km(p.lat, p.lon, *point) < 100 for p in found)


GULF_STORY = (
    "DUBAI, Jan 14 (Reuters) - Oil prices jumped on Monday after Iran seized a tanker in the Strait of Hormuz. "
    "The vessel had left Basra in southern Iraq and was bound for Singapore, its Athens-based manager said. "
    "The U.S. Navy's Fifth Fleet, based in Bahrain, said it was monitoring the situation."
)
WEST_BANK_STORY = (
    "JERUSALEM (AP) — Israeli forces killed four Palestinians during a raid in the Jenin refugee camp in the "
    "northern West Bank on Tuesday, the Palestinian Health Ministry in Ramallah said. Clashes also broke out in "
    "Nablus and near Tulkarem. Cairo and Doha, which mediate between Israel and Hamas, said talks would resume."
)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        pytest.param(GULF_STORY, "Athens", "GR", id="en-capital-over-a-namesake-far-from-the-story"),
        pytest.param(WEST_BANK_STORY, "Doha", "QA", id="en-capital-listed-with-a-capital"),
    ],
)
def test_a_capital_in_world_news_is_the_capital(text, name, country):
    found = readings(text, name)
    assert found and all(p.country == country and p.feature == "PPLC" for p in found)


def test_a_namesake_near_the_story_stays():
    # a local story across a state line keeps its towns: the rule above needs the capital's rival far from all
    text = (
        "ATHENS, Ga. — Police in Athens said a man was arrested after a chase that began in Watkinsville and "
        "ended near Winterville, Georgia, on Sunday."
    )
    found = readings(text, "Athens")
    assert found and all(p.country == "US" for p in found)


def test_a_namesake_beside_its_own_capital_stays():
    # "Beirut and Tripoli": listed with its own country's capital, and near it, Lebanon's Tripoli is no Libyan one
    text = (
        "BEIRUT (Reuters) - Clashes broke out in Tripoli on Sunday between supporters and opponents of the Syrian "
        "government, as Israel and Iran traded threats. Beirut and Tripoli were calm by evening, officials said."
    )
    found = readings(text, "Tripoli")
    assert found and all(p.country == "LB" for p in found)


def test_the_world_stories_keep_their_place_recall():
    # recall within 161 km (the TR-News scorer's tolerance) of the gold places of t01-t20, the stories read while
    # fixing (0.906 before the fixes of this file, 0.964 after), and of t21-t30, kept unread till the end
    def mentions(story):
        return extract((DATA / f"{story}.txt").read_text(encoding="utf-8")).mentions

    assert recall(DATA, mentions) >= 0.9
