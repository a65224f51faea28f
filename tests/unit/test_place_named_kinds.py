"""Place names the lexicons cut apart or take for an actor (stages/mentions/named_kinds.py), and a county
named alone (real parses, real gazetteer; en; sentences written for these tests)."""

from __future__ import annotations

import pytest

import eventmill


def places(text: str) -> dict[str, eventmill.models.Mention]:
    doc = eventmill.extract(text, lang="en", published="2023-08-01")
    return {m.span.text: m for m in doc.mentions if m.kind in ("place", "nearby", "in_name") and m.place}


@pytest.mark.parametrize(
    "text, span, country, name",
    [
        (
            "On 12 May 2023, Taliban fighters attacked a police post in Imam Sahib district, Kunduz province.",
            "Imam Sahib district",
            "AF",
            "Imam Sahib",
        ),
        (
            "Soldiers burned houses in Let Yet Kone village in Sagaing Region, Myanmar, on Tuesday.",
            "Let Yet Kone village",
            "MM",
            "Letyetkon",
        ),
    ],
)
def test_a_known_name_before_its_kind_word_is_one_place(text: str, span: str, country: str, name: str) -> None:
    found = places(text)
    assert span in found, sorted(found)
    place = found[span].place
    assert place is not None and place.country == country and place.name == name
    assert "Sahib" not in found and "Kone" not in found  # no part of the name resolves on its own


def test_names_coordinated_before_a_place_near_them_are_places() -> None:
    found = places("Boko Haram fighters attacked Gwoza and Bama in Borno State on Sunday, residents said.")
    for name in ("Gwoza", "Bama"):
        assert name in found and found[name].kind == "place", sorted(found)
        assert found[name].place is not None and found[name].place.country == "NG"


def test_people_coordinated_before_a_far_place_stay_people() -> None:
    found = places("Officials met Obama and Biden in Washington on Monday.")
    assert "Obama" not in found and "Biden" not in found


def test_an_actor_named_by_a_town_after_from_is_that_town() -> None:
    found = places("The cadets who graduated from West Point last year were sent to Germany.")
    assert "West" not in found, sorted(found)  # no region of Cameroon
    assert "West Point" in found and found["West Point"].kind == "in_name"
    assert found["West Point"].place is not None and found["West Point"].place.country == "US"


@pytest.mark.parametrize(
    "text",
    [
        "Boone County deputies arrested a man on Tuesday.",
        "Boone County commissioners voted on Tuesday to raise taxes.",
    ],
)
def test_a_county_named_alone_keeps_a_weak_match(text: str) -> None:
    found = places(text)
    assert "Boone County" in found, sorted(found)
    place = found["Boone County"].place
    assert place is not None and place.country == "US" and place.precision == "admin2"
    assert place.confidence < 0.5  # which of the Boone Counties is not sure


@pytest.mark.parametrize(
    "text, span",
    [
        ("Junta soldiers set fire to Nyaung Pin Kone village in Sagaing Region on Tuesday.", "Nyaung Pin Kone village"),
        (
            "Myanmar troops raided Thit Seint Kone village on Tuesday, residents told reporters in Yangon.",
            "Thit Seint Kone village",
        ),
    ],
)
def test_a_village_no_gazetteer_lists_is_one_unlisted_place(text: str, span: str) -> None:
    found = places(text)
    assert span in found, sorted(found)
    place = found[span].place
    assert place is not None and place.feature == "unlisted" and place.country == "MM"
    assert "Nyaung" not in found  # no part of the name resolves on its own


@pytest.mark.parametrize(
    "text",
    [
        "Myanmar troops raided the village of Kone on Tuesday, residents told reporters in Yangon.",
        "Myanmar troops raided Kone village on Tuesday, residents told reporters in Yangon.",
    ],
)
def test_a_village_is_not_a_small_homonym_abroad(text: str) -> None:
    found = places(text)
    place = found["Kone"].place
    assert place is not None and place.country == "MM", place  # not Koné, New Caledonia
    assert place.feature == "unlisted"


def test_a_part_of_a_place_after_in_is_that_place() -> None:
    found = places(
        "On 3 March 2023, ISIS cells attacked a regime patrol in the Badia of Deir ez-Zor, killing four soldiers."
    )
    assert "Badia of Deir ez-Zor" in found and found["Badia of Deir ez-Zor"].kind == "place", sorted(found)
    place = found["Badia of Deir ez-Zor"].place
    assert place is not None and place.country == "SY"


def test_a_body_named_for_a_place_after_in_stays_a_body() -> None:
    found = places("She worked in the Bank of England for ten years before moving to Paris.")
    assert "Bank of England" not in found, sorted(found)
