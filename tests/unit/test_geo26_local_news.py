"""US local news (issue 12, LGL-like stories): a state that is also a country's name read as the state though
one stray name of the story landed abroad, a school or courthouse named after the story's own town or county,
and a city's council named "X City Council" (real parses, real gazetteer; en)."""

import pytest

import eventmill


def places(text):
    doc = eventmill.extract(text, lang="en", published="2024-03-01")
    return [(m.span.text, m.place) for m in doc.mentions if m.kind in ("place", "in_name") and m.place is not None]


def first(found, text):
    return next(p for t, p in found if t == text)


# each story names one more place that the gazetteer reads abroad ("Northeast" as a region of Iceland)
STATE_STORIES = [
    pytest.param(
        "ELLIJAY, Ga. -- Two people died Sunday in a crash on a state route east of Ellijay, the Georgia State "
        "Patrol said. The injured were taken to Northeast Georgia Medical Center in Gainesville. Deputies from "
        "Fannin County and Pickens County helped at the scene, and residents of Blue Ridge and Chatsworth asked "
        "for a passing lane.",
        "Georgia",
        id="en-georgia-crash",
    ),
    pytest.param(
        "Residents of Dahlonega and Cleveland met Tuesday to oppose a quarry near the Chestatee River. Lumpkin "
        "County commissioners said the state of Georgia would decide. A nurse at Northeast Georgia Medical Center "
        "in Gainesville spoke, and families from Dawsonville and Cumming joined them.",
        "Georgia",
        id="en-georgia-quarry",
    ),
    pytest.param(
        "Tens of thousands of Georgians packed downtown Savannah on Saturday for the parade. Visitors came from "
        "Atlanta, Macon and Pooler, and hotels across Georgia were full.",
        "Georgia",
        id="en-georgians-are-the-states-people",
    ),
]


@pytest.mark.parametrize(("text", "state"), STATE_STORIES)
def test_a_states_name_that_is_a_countrys_stays_the_state_despite_a_stray_foreign_reading(text, state):
    found = places(text)
    readings = [p for t, p in found if t == state]
    assert readings and all(p.country == "US" and p.precision == "admin1" for p in readings)


SITE_STORIES = [
    pytest.param(
        "ATHENS, Ohio -- An eighth grader from Athens Middle School won the state spelling bee on Saturday in "
        "Columbus. Her grandparents drove from Nelsonville and Logan, and Athens County commissioners will honor her.",
        "Athens Middle School",
        "Ohio",
        id="en-school-athens-ohio",
    ),
    pytest.param(
        "FAYETTEVILLE, Ark. -- Renovation of the Washington County Courthouse will be finished by August, the "
        "county judge said. Justices of the peace from Washington County also heard requests from Springdale, "
        "Elkins and Prairie Grove.",
        "Washington County Courthouse",
        "Arkansas",
        id="en-courthouse-washington-county-ark",
    ),
    pytest.param(
        "A Burlington High School senior has won a scholarship from a foundation in Des Moines. She volunteers "
        "at the hospital in West Burlington and coaches swimmers in Mount Pleasant; her parents work in Fort "
        "Madison, a short drive from Burlington.",
        "Burlington High School",
        "Iowa",
        id="en-school-burlington-iowa-small-town",
    ),
]


@pytest.mark.parametrize(("text", "site", "state"), SITE_STORIES)
def test_a_site_named_after_the_storys_own_town_is_put_there_not_at_its_best_known_namesake(text, site, state):
    place = first(places(text), site)
    assert place.country == "US" and place.admin1 == state
    assert site.startswith(place.name)  # the town or county itself, not another town of the sentence


COUNCILS = [
    pytest.param(
        "SPRINGFIELD, Ill. -- The Springfield City Council on Tuesday delayed a vote on parking meters after "
        "merchants from Chatham and Sherman objected.",
        "Springfield City",
        "Illinois",
        id="en-springfield-ill",
    ),
]


@pytest.mark.parametrize(("text", "name", "state"), COUNCILS)
def test_a_city_council_named_with_city_is_the_council_of_the_storys_town(text, name, state):
    place = first(places(text), name)
    assert place.admin1 == state


COMPASS = [
    pytest.param(STATE_STORIES[0].values[0], "Northeast", id="en-northeast-of-a-hospital"),
    pytest.param(
        "Flood warnings for Lismore as rain lashes Northern Rivers\n\nResidents of Lismore and Coraki were told to "
        "prepare to evacuate on Wednesday. Evacuation centres opened in Casino and Kyogle, and crews came from "
        "Ballina and Grafton.",
        "Northern",
        id="en-northern-of-a-region",
    ),
]


@pytest.mark.parametrize(("text", "word"), COMPASS)
def test_a_compass_word_cut_off_a_name_is_no_region_abroad(text, word):
    found = places(text)
    home = {p.country for t, p in found if t != word}
    assert home and all(p.country in home for t, p in found if t == word)


HAMLETS = [
    pytest.param(
        "Kingston Mayor Steve Noble presented a budget Wednesday that adds four police officers. It includes money "
        "to repair the Rondout waterfront and the Broadway corridor. Sales tax revenue from Ulster County rose as "
        "visitors from New Paltz and Saugerties returned.",
        "Broadway",
        "New York",
        id="en-street-of-kingston-ny",
    ),
    pytest.param(
        "A bridge over the Clinch River near Norris will be closed for six weeks. Drivers from Clinton and "
        "Andersonville will be detoured through Oak Ridge, adding 20 minutes to the trip to Knoxville. School buses "
        "in Anderson County will use another route.",
        "Andersonville",
        "Tennessee",
        id="en-hamlet-of-anderson-county-tenn",
    ),
]


@pytest.mark.parametrize(("text", "name", "state"), HAMLETS)
def test_a_hamlet_of_another_state_far_from_a_local_storys_towns_is_put_among_them(text, name, state):
    place = first(places(text), name)
    assert place.admin1 == state


HOLIDAYS = [
    pytest.param(
        "Thousands packed downtown Savannah on Saturday for the St. Patrick's Day parade. Visitors came from Macon "
        "and Pooler.",
        id="en-saint-before-a-parade",
    ),
    pytest.param(
        "Crowds in Boston celebrated St. Patrick\u2019s Day with a parade through South Boston on Sunday.",
        id="en-saint-curly-possessive",
    ),
]


@pytest.mark.parametrize("text", HOLIDAYS)
def test_a_saints_holiday_is_no_place(text):
    assert not [t for t, _ in places(text) if "Patrick" in t]


def test_a_towns_possessive_before_a_part_of_it_stays_a_place():
    assert "St. Louis" in dict(places("He was born on St. Louis's north side and moved to Kirkwood."))


def test_a_countrys_army_keeps_its_name_the_country_in_a_story_of_that_us_state():
    found = places(
        "The Georgian army left Tbilisi on Monday. Visitors came from Atlanta, Macon and Pooler, and hotels across "
        "Georgia were full."
    )
    assert first(found, "Georgia").country == "GE"
