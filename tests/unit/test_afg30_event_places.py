"""An event's place is its own clause's, never a reference point the same words name: a road's two ends after a
road word, the launch site of what hit, a homonym abroad of a quarter named through its town's possessive or of a
hotel's name, a village the recogniser reads as a people before "area of", a town put in a "neighbouring" province
(corpus `conflict_reports_12.jsonl` holds them in full reports)."""

import pytest

import eventmill
from eventmill.distance import km

CASES = [
    # (lang, text, (lat, lon) of the event's place)
    pytest.param(
        "en",
        "On 12 May 2020, Al Shabaab militants ambushed an AMISOM convoy near Leego village on the road between "
        "Mogadishu and Baidoa (Bay region); 4 soldiers killed.",
        (2.716, 44.511),
        id="en-road-between-two-towns",
    ),
    pytest.param(
        "en",
        "Gunmen shot dead a Catholic priest near Busayrah on the road between Hasakah and Deir ez-Zor on Monday.",
        (35.156, 40.427),
        id="en-road-between-two-cities",
    ),
    pytest.param(
        "fr",
        "Des hommes armés ont attaqué un camion sur la route entre Gao et Ansongo, près du village de Fafa, lundi.",
        (15.31, 0.68),
        id="fr-route-entre",
    ),
    pytest.param(
        "en",
        "A missile launched from Sanaa hit a military parade in Al-Anad in Lahj province on Thursday, killing 30 soldiers.",
        (13.07, 44.77),
        id="en-participle-launched-from",
    ),
    pytest.param(
        "en",
        "Rockets fired from the Al-Jadida area of Baquba hit a checkpoint of the Popular Mobilisation Forces in the "
        "Muqdadiya district of Diyala province on Wednesday, killing two fighters, police said.",
        (33.979, 44.937),
        id="en-rockets-fired-from",
    ),
    pytest.param(
        "en",
        "A car bomb exploded outside a mosque in Benghazi's Salmani district on Tuesday, killing at least 27 people.",
        (32.115, 20.069),
        id="en-possessive-quarter-homonym-abroad",
    ),
    pytest.param(
        "en",
        "At least 33 Turkish soldiers were killed on Thursday in an air strike in the Balyun area of Jabal al-Zawiya, "
        "south of Idlib city.",
        (35.696, 36.508),
        id="en-village-area-of",
    ),
    pytest.param(
        "en",
        "KANDAHAR, Afghanistan (AP) — Taliban fighters overran the district headquarters of Shajoy in neighbouring "
        "Zabul province on Sunday, killing seven policemen.",
        (32.522, 67.413),
        id="en-in-neighbouring-province",
    ),
]


@pytest.mark.parametrize(("lang", "text", "point"), CASES)
def test_the_event_is_put_at_its_own_place(lang, text, point):
    doc = eventmill.extract(text, lang=lang, published="2020-05-14")
    events = [e for e in doc.events if not e.negated]
    assert events
    place = events[0].location.place if events[0].location is not None else None
    assert place is not None
    assert km(place.lat, place.lon, *point) <= 25, (place.name, place.lat, place.lon)


def test_a_hotel_named_for_a_city_abroad_lies_in_the_town_named_after_it():
    doc = eventmill.extract(
        "A car bomb exploded outside the Serena hotel in Quetta, Pakistan, on Wednesday, killing 5 people.",
        lang="en",
        published="2021-04-24",
    )
    assert {m.place.country for m in doc.mentions if m.kind == "place" and m.place is not None} == {"PK"}
