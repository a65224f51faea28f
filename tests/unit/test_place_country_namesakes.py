"""Local stories that name a town after a country ("Mexico, Missouri", "Holland police"), and a homonym
that only a later pass over the story's towns can settle (real parses, real gazetteer; short stories
written for these tests)."""

import pytest

import eventmill

KINDS = ("place", "nearby", "in_name")


def found(text, name, lang="en"):
    doc = eventmill.extract(text, lang=lang, published="2024-03-15")
    return next(m.place for m in doc.mentions if m.kind in KINDS and m.span.text == name and m.place is not None)


@pytest.mark.parametrize(
    ("lang", "text", "name", "region"),
    [
        # said to lie in another country's state: the town there, whatever else the story names
        ("en", "The city of Mexico, Missouri, will host a chili cook-off this fall.", "Mexico", "Missouri"),
        ("en", "A crash closed the main road through Lebanon, Pa., on Friday morning.", "Lebanon", "Pennsylvania"),
        # a town word before it, or the town's own police or people after it, among the state's towns
        (
            "en",
            "Holland police responded to a crash downtown. Ottawa County deputies assisted, and the driver "
            "was taken to a hospital in Zeeland.",
            "Holland",
            "Michigan",
        ),
        (
            "en",
            "A Peru man was arrested after a standoff with deputies in Miami County, Indiana. He had fled from Kokomo.",
            "Peru",
            "Indiana",
        ),
        (
            "en",
            "The city of Lebanon will repave its main road this summer. Work will continue to the Warren "
            "County line near Mason, Ohio.",
            "Lebanon",
            "Ohio",
        ),
    ],
)
def test_a_countrys_name_the_story_treats_as_a_local_town_is_that_town(lang, text, name, region):
    place = found(text, name, lang)
    assert (place.country, place.admin1, place.precision) == ("US", region, "town")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Refugees who fled to Poland spoke at a church in Youngstown, Ohio, on Sunday."),
        ("en", "Officials in Youngstown and Boardman, Ohio, said trade with Poland grew last year."),
    ],
)
def test_a_countrys_name_with_no_town_cue_stays_the_country(lang, text):
    assert found(text, "Poland", lang).precision == "country"


@pytest.mark.parametrize(
    ("lang", "text", "name", "region"),
    [
        # Belhaven is first read in Virginia, which draws "Washington" to the capital; once Belhaven moves
        # to North Carolina beside Chocowinity, another pass puts Washington there too
        (
            "en",
            "The Beaufort County school board met in Washington on Monday. Board members from Chocowinity "
            "and Belhaven attended.",
            "Washington",
            "North Carolina",
        ),
    ],
)
def test_a_name_drawn_by_a_place_that_later_moved_is_read_again(lang, text, name, region):
    assert found(text, name, lang).admin1 == region
