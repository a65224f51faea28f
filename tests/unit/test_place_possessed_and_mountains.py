"""Where conflict reports put an incident, in three more habits: a district owned by its province through a
possessive ("in Marib province's Sirwah district"), which the recogniser runs into one name; a mountain
region whose name holds a capitalised article ("Kansafra in Jabal Al-Zawiya"), whose pieces are no places
("Jabal Al", "Zawiya"); and a fronted province named by its town in another spelling than the gazetteer's
("In Hodeidah, ... in Al-Tuhayta district"), which gives way to the finer place; and a country's capital
named by its nationality ("in the Syrian capital", "dans la capitale afghane"), which the agents lexicon
would read as a party; and a village of a district, whose only reading lies far outside it ("Kariz village of
Maiwand district (Kandahar)")
(real parses, real gazetteer; en; sentences written for these tests)."""

from __future__ import annotations

import pytest

import eventmill
from eventmill.distance import km
from eventmill.models import Place


def event_place(text: str, published: str = "2022-03-17") -> Place | None:
    doc = eventmill.extract(text, lang="en", published=published)
    events = [e for e in doc.events if not e.negated]
    return events[0].location.place if events and events[0].location is not None else None


@pytest.mark.parametrize(
    "lang, text, point",
    [
        # the province's possessive: the district it owns is the place
        (
            "en",
            "Houthi rebels fired a ballistic missile at a military camp in Marib province's Sirwah district on "
            "Tuesday, killing four soldiers.",
            (15.45, 45.02),
        ),
        # a mountain region named with a capitalised article: the village in it, not a namesake of its pieces
        (
            "en",
            "In Idlib, regime forces shelled Kansafra in Jabal Al-Zawiya on Tuesday, activists said.",
            (35.66, 36.49),
        ),
        (
            "en",
            "The Syrian Observatory documented the death of two civilians in regime shelling on Al-Bara town in Jabal Al-Zawiya, in the southern "
            "countryside of Idlib, on Wednesday.",
            (35.69, 36.54),
        ),
        # a fronted province named by its town in another spelling: the district in the clause
        ("en", "In Hodeidah, a landmine killed two children in Al-Tuhayta district on Monday.", (14.18, 43.23)),
        # a village whose only reading lies far outside the district named right after it: the district
        (
            "en",
            "On 12 March 2022, Taliban militants attacked a police post in Kariz village of Maiwand district (Kandahar).",
            (31.6, 65.02),
        ),
    ],
)
def test_the_incident_is_where_the_report_puts_it(lang, text, point):
    place = event_place(text)
    assert place is not None, text
    assert km(place.lat, place.lon, *point) <= 25, (place.name, place.admin1, place.lat, place.lon)


@pytest.mark.parametrize(
    "lang, text, pieces",
    [
        ("en", "Regime forces shelled Kansafra in Jabal Al-Zawiya on Tuesday.", ("Jabal Al", "Zawiya")),
        ("en", "A missile hit a camp in Marib province's Sirwah district on Tuesday.", ("Marib province's Sirwah",)),
    ],
)
def test_pieces_of_other_names_are_no_places(lang, text, pieces):
    doc = eventmill.extract(text, lang=lang, published="2022-03-17")
    names = {m.span.text for m in doc.mentions if m.kind == "place"}
    assert not names & set(pieces), names


@pytest.mark.parametrize(
    "lang, text, point",
    [
        (
            "en",
            "A suicide bomber blew himself up at a checkpoint in the Syrian capital on Wednesday, killing two "
            "policemen.",
            (33.51, 36.29),
        ),
        (
            "en",
            "BEIRUT (Reuters) - A bomb exploded in the Afghan capital on Thursday, killing three people.",
            (34.53, 69.17),
        ),
        ("fr", "Une bombe a explosé jeudi dans la capitale afghane, tuant trois personnes.", (34.53, 69.17)),
    ],
)
def test_a_capital_named_by_its_nationality_is_that_countrys(lang, text, point):
    doc = eventmill.extract(text, lang=lang, published="2021-05-14")
    events = [e for e in doc.events if not e.negated]
    place = events[0].location.place if events and events[0].location is not None else None
    assert place is not None, text
    assert km(place.lat, place.lon, *point) <= 25, (place.name, place.lat, place.lon)
