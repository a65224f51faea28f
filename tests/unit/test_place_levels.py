"""A name that is a division's own name and only another name of a town is the division (real parses,
real gazetteer; en)."""

import pytest

import eventmill


def places(text):
    doc = eventmill.extract(text, lang="en", published="2018-04-13")
    return {m.span.text: m.place for m in doc.mentions if m.kind == "place" and m.place is not None}


@pytest.mark.parametrize("name", ["Parwan", "Laghman", "Samangan", "Wardak"])
def test_a_provinces_own_name_that_a_town_bears_only_as_another_name_is_the_province(name):
    found = places(f"Taliban fighters attacked two checkpoints in {name} on Monday, officials in Kabul said.")
    assert found[name].precision == "admin1" and found[name].country == "AF"


@pytest.mark.parametrize("name", ["Herat", "Ghazni"])
def test_a_town_that_bears_the_name_itself_stays_the_town(name):
    found = places(f"Taliban fighters attacked two checkpoints in {name} on Monday, officials in Kabul said.")
    assert found[name].precision == "town"


def test_a_province_the_recogniser_calls_a_person_among_the_storys_towns_is_kept_as_the_province():
    doc = eventmill.extract(
        "Fighting hit Herat, Kandahar, Kunduz and Ghazni; Nuristan was calm.", lang="en", published="2018-04-13"
    )
    found = {m.span.text: m.place for m in doc.mentions if m.kind == "nearby" and m.place is not None}
    assert found["Nuristan"].precision == "admin1" and found["Nuristan"].country == "AF"
