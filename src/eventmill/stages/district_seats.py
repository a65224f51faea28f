"""A district at its seat: conflict notes and their coders put an event said to be "in Almar district" at the
district centre, the town of the same name, while Who's On First draws a district at its label centroid,
often 15 to 30 km from that town. Used by the geocode stage (`stages/geocode.py`)."""

from __future__ import annotations

import dataclasses

from eventmill.distance import km
from eventmill.gazetteer_keys import fold_key, spelling_key
from eventmill.geo import Geocoder
from eventmill.geo_spelling import silent_letters
from eventmill.models import Mention

# a town of the district's name this close to the district's point is its seat (km): farther, it may be a namesake
# and the centroid is the safer point (Nad Ali's and Kohistanat's seats, 34 and 36 km off, stay at the centroid)
SEAT_KM = 30.0
SEAT_CANDIDATES = 12  # the district's namesakes looked at, best first


def at_seat(geo: Geocoder, m: Mention, lang: str | None) -> Mention:
    """The mention, its second-level division moved to the point of the town that bears its name in it
    ("Ceelbuur" of Ceel Buur district, "'Alaqahdari-ye Almar" of Almar district; the name and precision stay
    the division's); unchanged when no such town lies within `SEAT_KM`."""
    p = m.place
    if p is None or p.precision != "admin2":
        return m
    for town in geo.candidates(p.name, lang=lang)[:SEAT_CANDIDATES]:
        if (
            town.precision == "town"
            and _own_name(p.name, town.name, silent_letters().get(p.country, frozenset()))
            and town.country == p.country
            and (not town.admin1 or not p.admin1 or town.admin1 == p.admin1)
            and km(town.lat, town.lon, p.lat, p.lon) <= SEAT_KM
        ):
            return dataclasses.replace(m, place=dataclasses.replace(p, lat=town.lat, lon=town.lon))
    return m


def _own_name(district: str, town: str, silent: frozenset[str]) -> bool:
    """The town bears the district's own name, not another it is also known by: as it is spelled, or in another
    transcription of the country's (`silent_letters`: Gardiz district's seat is Gardez, Kham Ab's Khamyāb)."""
    if fold_key(district) in fold_key(town):
        return True
    return bool(silent) and spelling_key(fold_key(district), silent) in spelling_key(fold_key(town), silent)
