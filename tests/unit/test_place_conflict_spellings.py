"""Event places of conflict notes written in ACLED's habits: a district's name a person of the lexicons shares
("Nahri Sarraj", not Fayez al-Sarraj), a district's province named like its city ("Jaghatu district (Ghazni)"),
Somali "Ceel" written "El", a French town "dans le" province that holds it, a village an attack hits with no
other place near it, and warplanes that "targeted" a village (real parses, real gazetteer; sentences written
for these tests)."""

from __future__ import annotations

import pytest

import eventmill
from eventmill.distance import km

WITHIN_KM = 25  # as the conflict report corpora count an event's place right


def event_point(text: str, lang: str) -> tuple[float, float] | None:
    doc = eventmill.extract(text, lang=lang, published="2021-06-12")
    events = [e for e in doc.events if not e.negated]
    if not events or events[0].location is None or events[0].location.place is None:
        return None
    place = events[0].location.place
    return place.lat, place.lon


@pytest.mark.parametrize(
    "lang, text, point",
    [
        (
            "en",
            "On 2 June 2021, ANA forces clashed with Taliban fighters in Nahri Sarraj district (Helmand), killing 5 "
            "Taliban.",
            (31.82, 64.57),  # Gereshk, the district's seat
        ),
        (
            "en",
            "On 9 June 2021, an IED hit an ANA vehicle in Jaghatu district (Ghazni), killing 2 soldiers.",
            (33.575, 68.194),  # Ghazni's Jaghatu, not Wardak's
        ),
        (
            "en",
            "On 4 June 2021, Al Shabaab fighters attacked an SNA post in El Dheere district (Galgaduud), killing 3 "
            "soldiers.",
            (3.849, 47.181),  # Ceeldheer
        ),
        (
            "en",
            "Regime forces shelled Kafr Owayd on Monday, injuring two civilians, activists said.",
            (35.631, 36.46),  # Kafr 'Uwayd, a spelling variant of a village with no other place near it
        ),
        (
            "en",
            "On 3 June 2021, Russian warplanes targeted Kafr Nabl village in southern Idleb. No casualties reported.",
            (35.614, 36.561),
        ),
        (
            "fr",
            "Des hommes armés ont tué trois civils mardi à Djibo, dans le Soum, selon des sources locales.",
            (14.102, -1.627),  # Djibo, not a village named Soum
        ),
    ],
)
def test_a_conflict_note_places_its_event(lang, text, point):
    where = event_point(text, lang)
    assert where is not None and km(*where, *point) <= WITHIN_KM, where


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The new campaign targeted young voters in the capital."),
        ("en", "Hackers targeted the bank's servers last week."),
    ],
)
def test_targeted_without_a_military_target_is_no_attack(lang, text):
    doc = eventmill.extract(text, lang=lang, published="2021-06-12")
    assert not [e for e in doc.events if e.type == "ASSAULT"]
