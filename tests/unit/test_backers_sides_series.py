"""Three shapes of wire stories, tagged fr/en, every sentence written for these tests: the name behind a
hyphenated participle is no party ("Iran-backed Houthi rebels": the rebels, not Iran); the side a clash
sets against the first is a party, not a distance ("ont opposé les rebelles du M23 à l'armée près de
Sake, à une vingtaine de kilomètres de Goma"); a bare plural event noun in a running total's sentence is
what the total sums, no incident ("Last year, more than 1,000 people were killed in militant attacks")."""

import pytest

import eventmill


def events(text, lang):
    doc = eventmill.extract(text, lang=lang, published="2024-03-12").to_dict()
    return [(e["type"], [a["text"] for a in e["actors"]]) for e in doc["events"]], doc["tolls"]


@pytest.mark.parametrize(
    "text,actors",
    [
        ("Iran-backed Houthi rebels fired a missile at a cargo ship in the Red Sea on Monday.", ["Houthi rebels"]),
        ("Russian-backed separatists shelled the town of Avdiivka on Monday.", ["separatists"]),
        ("Turkish-supported fighters attacked Kurdish positions near Manbij on Monday.", ["fighters"]),
        # a leader is no backer
        ("The Saudi-led coalition carried out air strikes on Sanaa on Monday.", ["Saudi-led coalition"]),
    ],
)
def test_the_name_behind_a_backing_participle_is_no_party(text, actors):
    found, _ = events(text, "en")
    assert [a for t, a in found if t == "ASSAULT"] == [actors]


@pytest.mark.parametrize(
    "text,actors",
    [
        (
            "Des combats ont opposé mardi les rebelles du M23 à l'armée près de Sake, à une vingtaine de "
            "kilomètres de Goma, selon des sources sécuritaires.",
            ["rebelles du M23", "armée"],
        ),
        ("Des combats ont opposé mardi l'armée aux jihadistes près de Mopti.", ["armée", "jihadistes"]),
    ],
)
def test_the_sides_of_a_clash_are_parties_not_distances(text, actors):
    found, _ = events(text, "fr")
    assert [a for t, a in found if t == "ASSAULT"] == [actors]


def test_attacks_a_yearly_toll_sums_are_no_incident():
    found, tolls = events(
        "Last year, more than 1,000 people were killed in militant attacks in Pakistan, the institute said.", "en"
    )
    assert [t["value"] for t in tolls] == [1000] and not [t for t, _ in found if t == "ASSAULT"]


def test_attacks_of_a_day_stay_an_incident():
    found, tolls = events("Seven soldiers were killed in militant attacks in Pakistan on Tuesday.", "en")
    assert [t for t, _ in found] == ["ASSAULT"] and not tolls
