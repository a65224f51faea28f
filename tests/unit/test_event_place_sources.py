"""An event's place is not where something its clause tells of came from ("a drone launched from Sanaa hit a
parade in Al-Anad"), while the event's own word of motion keeps it, and a town named for a site an attack hits
is the attack's place ("drones targeted the Harir air base", "shelled the shrine of Sayyida Zeinab") (real
parses, tagged by language)."""

import pytest

import eventmill


def place_of(text, lang, trigger):
    doc = eventmill.extract(text, lang=lang, published="2024-06-26")
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found, [e.trigger.text for e in doc.events]
    loc = found[0].location
    return loc.place.name if loc and loc.place else None


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        (
            "en",
            "A Houthi drone launched from Sanaa hit a military parade in the town of Marib on Monday, killing five.",
            "hit",
            "Marib",
        ),
        (
            "en",
            "Displaced families from Saraqib who now live in tents near Harem said a drone struck their camp on Monday.",
            "drone struck",
            "Ḩārim",
        ),
    ],
)
def test_where_a_thing_came_from_is_not_the_event_place(lang, text, trigger, expected):
    assert place_of(text, lang, trigger) == expected


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        ("en", "Militants fired rockets from Gaza on Monday, the army said.", "fired rockets", "Gaza"),
    ],
)
def test_the_event_own_word_of_motion_keeps_its_source(lang, text, trigger, expected):
    assert place_of(text, lang, trigger) == expected


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        ("en", "Two drones targeted the Harir air base, northeast of Erbil, on Wednesday.", "targeted", "Ḩarir"),
        pytest.param(
            "en",
            "Militants shelled the shrine of Sayyida Zeinab, south of Damascus, on Sunday.",
            "shelled",
            "Qabr as Sitt",
            # the name of any site an attack hits read as a town ("the Gwange mosque") took far homonyms
            # (a Gwange 120 km from Maiduguri) and joined two bombings apart in tests/corpus; dropped at the merge
            marks=pytest.mark.xfail(strict=True, reason="a site's name is a place only near the article's places"),
        ),
    ],
)
def test_a_town_named_for_the_site_an_attack_hits_is_its_place(lang, text, trigger, expected):
    assert place_of(text, lang, trigger) == expected
