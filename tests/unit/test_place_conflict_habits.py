"""Where conflict reports put an incident, in habits the first two report corpora lack: a town and its kind
before the region that holds it ("Janaale town in Lower Shabelle", "Bardere town of Gedo region"), a town
the gazetteer files under no region, a name in apposition with a kind of place ("Dhusamareb, the capital of
Galmudug state"), a district read as a people before its kind word ("Andar district"), a district that
Who's On First files under a neighbouring province, two towns the recogniser reads as one name ("between
Qamishli and Amuda"), and a district put at its seat, as conflict coders do
(real parses, real gazetteer; en; sentences written for these tests)."""

from __future__ import annotations

import pytest

import eventmill
from eventmill.distance import km
from eventmill.geo import load_geocoder
from eventmill.models import Mention, Place


def event_place(text: str, published: str = "2019-11-12") -> Place | None:
    doc = eventmill.extract(text, lang="en", published=published)
    events = [e for e in doc.events if not e.negated]
    return events[0].location.place if events and events[0].location is not None else None


@pytest.mark.parametrize(
    "lang, text, point",
    [
        # a town and its kind before the region: the town of that region, not a namesake elsewhere
        ("en", "Gunmen stormed Janaale town in Lower Shabelle on Monday night, killing two soldiers.", (1.81, 44.7)),
        ("en", "Militants attacked an army base in Bariire village in Lower Shabelle region on Monday.", (2.05, 44.9)),
        ("en", "Government troops and militants clashed in Bardere town of Gedo region on Sunday.", (2.34, 42.28)),
        # a known name in apposition with a kind of place, which the recogniser calls an organisation
        ("en", "Dhusamareb, the capital of Galmudug state, came under mortar fire on Sunday night.", (5.54, 46.39)),
        # a name read as a people before a lowercase kind of place
        (
            "en",
            "On 6 June 2021, Taliban militants killed a civilian in Kakar village, Andar district, Ghazni.",
            (33.31, 68.4),
        ),
        # a district Who's On First files under the neighbouring province the text does not name
        (
            "en",
            "On 4 June 2021, ANSF repelled a Taliban attack in Ghormach district (Faryab). 8 Taliban killed.",
            (35.8, 63.74),
        ),
        # two towns the recogniser makes one name of
        ("en", "Turkish drones struck a vehicle on the road between Qamishli and Amuda on Tuesday.", (37.05, 41.23)),
        # a district at its seat, the town that bears its name, not its centroid 25 km away
        ("en", "On 19 May 2021, Taliban militants abducted 6 civilians in Almar district (Faryab).", (35.85, 64.53)),
        (
            "en",
            "Al-Shabaab militants launched an attack on Ceel Buur district in Galgaduud region on Tuesday.",
            (4.69, 46.62),
        ),
    ],
)
def test_the_incident_is_where_the_report_puts_it(lang, text, point):
    place = event_place(text)
    assert place is not None, text
    assert km(place.lat, place.lon, *point) <= 15, (place.name, place.admin1, place.lat, place.lon)


@pytest.mark.parametrize(
    "lang, name",
    [
        ("en", "Kohistanat"),  # its only town of that name is 34 km from the district's point: a namesake maybe
        ("en", "Nad Ali"),  # its seat ("Hukumat-e Nad Ali") 36 km off: the district's own point stays
    ],
)
def test_a_district_with_no_seat_near_keeps_its_point(lang, name):
    from eventmill.stages.district_seats import at_seat

    geo = load_geocoder()
    district = geo.lookup(name, lang=lang, hint="admin2")
    assert district is not None and district.precision == "admin2"
    m = at_seat(geo, Mention("place", eventmill.models.Span(0, len(name), name), place=district), lang)
    assert m.place == district
