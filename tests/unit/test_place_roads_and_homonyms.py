"""Where a conflict report's incident was when a road's two ends are named ("on the Kabul-Kandahar highway in
Maiwand district"), when a village's name is also a small town abroad ("Kabana" in the Latakia mountains), and
when a title opens a district's name after its kind word ("le district d'Imam Sahib") (real parses, real
gazetteer; en, fr; sentences written for these tests)."""

from __future__ import annotations

import math

import pytest

import eventmill


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


def where(text: str, lang: str) -> eventmill.models.Place | None:
    doc = eventmill.extract(text, lang=lang, published="2021-05-20")
    events = [e for e in doc.events if not e.negated]
    assert events, text
    loc = events[0].location
    return loc.place if loc is not None else None


@pytest.mark.parametrize(
    "lang, text, point",
    [
        # the road's ends are points of reference; the district named after them is the place
        (
            "en",
            "On 18 May 2021, Taliban militants stopped buses on the Kunduz-Takhar highway in Khanabad district "
            "(Kunduz) and abducted 6 passengers.",
            (36.68, 69.11),  # Khanabad, not Takhar province
        ),
        (
            "en",
            "On 18 May 2021, Taliban militants ambushed an ANA convoy on the Pul-e Khumri-Mazar road in Dahana-e "
            "Ghori district (Baghlan), killing 2 soldiers.",
            (35.91, 68.49),  # Dahana-e Ghori
        ),
        # a village's name that a small town abroad also bears is the village of the article's country
        (
            "en",
            "Regime artillery shelled the outskirts of Kabana in the Latakia countryside on Tuesday, killing a child.",
            (35.72, 36.23),  # Kabanah (Latakia), not Kabana (DR Congo) nor the city of Latakia, 40 km away
        ),
        (
            "en",
            "Islamic State militants ambushed an army bus near Al-Sukhnah, east of Palmyra, on Tuesday, killing "
            "six soldiers.",
            (34.89, 38.87),  # As Sukhnah (Homs), not Sohna (India)
        ),
        # a title opening a district's name after its kind word and "de" is part of the name
        (
            "fr",
            "Trois policiers ont été tués mardi dans une attaque des talibans dans le district d'Imam Sahib, dans "
            "la province de Kunduz.",
            (37.19, 68.94),  # Imam Sahib, not Kunduz province
        ),
    ],
)
def test_the_incident_is_placed_where_the_report_says(lang, text, point):
    place = where(text, lang)
    assert place is not None and km((place.lat, place.lon), point) <= 25, place


@pytest.mark.parametrize(
    "lang, text, point",
    [
        # a road alone names its ends: one of them stays the place (nothing else to give it)
        ("en", "A roadside bomb struck a bus on the Kabul-Jalalabad highway on Tuesday, killing 3 civilians.", None),
        # a village abroad the article itself places stays there ("Kabana, Mali")
        ("en", "Gunmen attacked the village of Kabana in Mali's Koulikoro region on Tuesday, killing 3 people.", "ML"),
    ],
)
def test_what_the_text_supports_is_kept(lang, text, point):
    place = where(text, lang)
    assert place is not None
    if point is not None:
        assert place.country == point


def test_only_hyphenated_ends_beside_a_road_word_are_road_ends():
    from eventmill.events.roads import road_ends

    doc = eventmill.extract(
        "Fighting on the Kunduz-Takhar highway spread to Kunduz-Baghlan villages on Monday.", lang="en"
    )
    ends = {m.span.text for m in doc.mentions if id(m) in road_ends(doc, [m for m in doc.mentions if m.place])}
    assert "Takhar" in ends and "Baghlan" not in ends
