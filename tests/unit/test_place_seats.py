"""Buildings named for the institution they house, venues between "at" and a town, names with no cue in
a country the article names, a site whose only town is in another site's name, the dateline's town as
the main town, and names joined before a plural site word (real parses, real gazetteer; en/fr)."""

import pytest

import eventmill


def listed(text, lang="en"):
    doc = eventmill.extract(text, lang=lang, published="2018-04-13")
    return {m.span.text: m for m in doc.mentions if m.kind in ("place", "nearby", "in_name")}


@pytest.mark.parametrize(
    "lang,text,name,town,country",
    [
        ("en", "Guests arrived for a White House dinner on Friday evening.", "White House", "Washington", "US"),
        ("en", "Reporters waited outside the Kremlin for hours on Monday.", "the Kremlin", "Moscow", "RU"),
        ("en", "A spokesman for Scotland Yard declined to comment on the arrest.", "Scotland Yard", "London", "GB"),
        ("fr", "Le Kremlin n'a pas répondu aux questions des journalistes mardi.", "Le Kremlin", "Moscow", "RU"),
        (
            "en",
            "The ambassador was summoned to the Russian Foreign Ministry on Monday.",
            "Russian Foreign Ministry",
            "Moscow",
            "RU",
        ),
        (
            "en",
            "The US State Department said on Friday that talks would resume.",
            "US State Department",
            "Washington",
            "US",
        ),
    ],
)
def test_a_building_named_for_its_institution_lists_its_town_as_context(lang, text, name, town, country):
    seat = listed(text, lang)[name]
    assert seat.kind == "in_name"  # context: never an event's place
    assert seat.place is not None and seat.place.name == town and seat.place.country == country
    assert seat.place.confidence < 0.8


def test_a_building_named_for_its_institution_stays_an_actor_and_locates_no_event():
    doc = eventmill.extract(
        "The White House condemned the attack in Kabul on Monday.", lang="en", published="2018-04-13"
    )
    assert any(m.kind == "actor" and m.span.text == "White House" for m in doc.mentions)
    for e in doc.events:
        assert e.location is None or e.location.span.text != "White House"


def test_a_venue_between_at_and_a_known_town_is_a_place_in_that_town():
    text = "The singer launched her second album at Quillmore Lounge in Nairobi on Saturday evening."
    found = listed(text)
    venue = found["Quillmore Lounge"]
    assert venue.kind == "place" and venue.place is not None and venue.place.country == "KE"
    assert venue.place.confidence < found["Nairobi"].place.confidence


def test_a_name_after_at_with_no_town_after_it_is_no_venue():
    found = listed("The singer launched her second album at Quillmore Lounge on Saturday evening.")
    assert "Quillmore Lounge" not in found or found["Quillmore Lounge"].place is None


def test_a_division_named_without_a_cue_in_a_country_the_article_names_is_kept_as_context():
    text = (
        "The United Kingdom needs more volunteer drivers for hospital patients, the charity said.\n"
        "Berkshire has the longest waiting list, volunteers said."
    )
    county = listed(text)["Berkshire"]
    assert county.kind == "nearby" and county.place is not None and county.place.country == "GB"
    assert county.place.confidence <= 0.6


def test_a_known_name_with_no_cue_outside_the_articles_countries_stays_no_place():
    text = "Police in Kabul arrested two men on Monday.\nBerkshire has the longest waiting list, volunteers said."
    assert "Berkshire" not in listed(text) or listed(text)["Berkshire"].place is None


def test_a_site_in_a_story_whose_only_town_is_in_a_courts_name_is_put_at_that_town():
    text = (
        "A man appeared at Belfast Magistrate's Court on Friday charged with burglary. "
        "Officers found a stolen bicycle at his home on Kilbrack Street, the court heard."
    )
    street = listed(text)["Kilbrack Street"]
    assert street.place is not None and street.place.name == "Belfast"
    assert street.place.confidence < 0.6


def test_a_lone_legislature_stands_for_the_capital_the_article_names():
    found = listed("The chief executive flew to Washington on Monday to testify before Congress.")
    seat = found["Congress"]
    assert seat.kind == "in_name" and seat.place is not None and seat.place.name == "Washington"


@pytest.mark.parametrize(
    "text",
    [
        "He told Congress on Thursday that the plan would work.",  # no capital named
        "The Ohio Senate voted in Columbus on Thursday.",  # a state's chamber, not the nation's
    ],
)
def test_a_legislature_with_no_capital_or_with_a_qualifier_lists_no_place(text):
    found = listed(text)
    assert not any(m.kind == "in_name" and t in ("Congress", "Senate") for t, m in found.items())


def test_an_organisation_after_at_is_a_venue_at_the_articles_town():
    text = (
        "Police in Leeds arrested two men on Friday. "
        "The arrests followed a fight at Brockwell Assembly Rooms, officers said."
    )
    found = listed(text)
    venue = next((m for t, m in found.items() if t.startswith("Brockwell")), None)
    assert venue is not None and venue.kind == "place"
    assert venue.place is not None and venue.place.name == "Leeds" and venue.place.confidence < 0.6


def test_an_organisation_after_at_that_names_its_town_stays_an_organisation():
    found = listed("The contributor is an undergraduate student at IBA-Karachi.")
    assert found["Karachi"].kind == "in_name"
    assert "IBA-Karachi" not in found


def test_a_site_with_no_town_beside_it_goes_to_the_datelines_town_before_the_town_named_most():
    text = (
        "CAIRO (AFP) - Thousands of fans travelled to Liverpool last season.\n"
        "In Liverpool, the fans said they had saved for years. They stayed in Liverpool for a week.\n"
        "Young players now train on the pitches of Gezira Heights Academy every evening."
    )
    academy = listed(text)["Gezira Heights Academy"]
    assert academy.place is not None and academy.place.name == "Cairo"


def test_names_joined_before_a_plural_site_word_are_one_site_at_the_town():
    found = listed("Police closed Main and Elm streets in Dayton on Friday after a water main burst.")
    streets = found["Main and Elm streets"]
    assert streets.kind == "place" and streets.place is not None and streets.place.name == "Dayton"
    assert streets.place.confidence < found["Dayton"].place.confidence


def test_a_plural_site_word_after_one_name_is_no_list():
    found = listed("Crews worked on Oak Street and nearby roads in Dayton on Friday.")
    assert "Oak Street" in found
    assert not any(t.endswith("roads") for t in found)
