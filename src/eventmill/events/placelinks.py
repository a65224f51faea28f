"""Whether two places an article names may be the place of one incident: the same place, a town and a
place of it, a province and a place it holds (used by `eventmill.events.links` and `eventmill.events.merge`)."""

from __future__ import annotations

from eventmill.distance import km
from eventmill.events.raw import RawEvent
from eventmill.geo import UNLISTED
from eventmill.models import Mention, Place
from eventmill.placecues import SITE
from eventmill.text import norm

# two different towns of the gazetteer nearer than this may be one place listed twice, or a quarter of a town
TOWNS_APART_KM = 3
# a city of this many people spreads this far: a town the gazetteer lists that near its point may be one of
# its quarters ("a car bomb in the Iraqi capital" ... "the explosion struck Sadr City")
CITY_PEOPLE = 1_000_000
CITY_KM = 15
REGIONS = ("admin1", "admin2")
# the feature of a town: a GeoNames populated place (PPL, PPLA, PPLC...) or a Who's On First locality
POPULATED = "PPL"
TOWN_FEATURES = frozenset({"locality"})


def same_place(a: Mention, b: Mention) -> bool:
    # a named site ("Oxford Street") has its town's point, and so has a place no gazetteer lists: two of
    # them, or one and its town, differ by name
    if a.place and b.place and not {SITE, UNLISTED} & {a.place.feature, b.place.feature}:
        apart = km(a.place.lat, a.place.lon, b.place.lat, b.place.lon)
        if _town(a.place) and _town(b.place) and a.place.gid != b.place.gid:
            # two towns the gazetteer tells apart are two places, however near ("Maarat al-Numan" and
            # "Khan Sheikhoun", 22 km): only a town listed twice, or a quarter listed as a town, lies closer;
            # a town read one precision wider for a word of approximation is still that town ("a man was
            # killed in Kafr Nabl, while rebels clashed with the army near Khan Sheikhoun")
            return apart <= TOWNS_APART_KM
        return apart <= 25
    # a name the gazetteer does not know may be a part of a known one ("Bagram Airfield", "Bagram")
    return _part(a, b)


def _town(p: Place) -> bool:
    """A town, as the gazetteer lists it, whatever precision the text's words gave it."""
    return p.precision == "town" or (
        p.precision == "admin2" and (p.feature in TOWN_FEATURES or p.feature.startswith(POPULATED))
    )


def holds(a: Mention, b: Mention) -> bool:
    """One is a province that the gazetteer says holds the other, a district or a town ("attacked a post
    in Balkh province" ... "The attack in Chahar Bolak district"); a town named as its province is, which
    reports use for the province, holds the other places of that province too ("Taliban attack kills four
    police in Farah" over "attacked a checkpoint in Bala Buluk district of Farah province")."""
    if not (a.place and b.place):
        return False
    wide_m, fine_m = sorted((a, b), key=lambda m: _provincial(m), reverse=True)
    wide, fine = wide_m.place, fine_m.place
    return (
        wide is not None
        and fine is not None
        and _provincial(wide_m)
        and fine.precision not in ("country", "admin1")
        and fine.gid != wide.gid
        and norm(fine.admin1) == norm(wide.admin1)
    )


def _provincial(m: Mention) -> bool:
    """m names a province: a first-level division, or a town named as its province is ("Idlib", "Farah")."""
    p = m.place
    if p is None or not p.admin1:
        return False
    return p.precision == "admin1" or (p.precision == "town" and norm(m.span.text) == norm(p.admin1))


def _part(a: Mention, b: Mention) -> bool:
    x, y = sorted((norm(a.span.text).split(), norm(b.span.text).split()), key=len)
    return bool(x) and y[: len(x)] == x


def within(a: Mention, b: Mention) -> bool:
    """One may lie in the other: a province and a place of it (`holds`), a region and a place no gazetteer
    lists (`may_hold`), or a town and a named site of it ("stormed a hotel in central Mogadishu" ... "the
    gunmen detonated a car bomb at the gate of the Hayat Hotel")."""
    if holds(a, b) or may_hold(a, b) or _quarter(a, b) or _quarter(b, a):
        return True
    kinds = {m.place.feature == SITE for m in (a, b) if m.place}
    return kinds == {True, False} and a.place is not None and b.place is not None and a.place.gid == b.place.gid


def placed_in(town: Mention, fine: Mention) -> bool:
    """`fine` is a place no gazetteer lists that the text put in `town`, a town named before it: the
    geocoder gave it that town's point ("le quartier de Bè", after a protest in Lomé)."""
    t, f = town.place, fine.place
    if not (t and f) or f.feature != UNLISTED or t.feature == UNLISTED or not _town(t):
        return False
    return town.span.start < fine.span.start and km(f.lat, f.lon, t.lat, t.lon) <= 1


def _quarter(city: Mention, b: Mention) -> bool:
    """b may be a quarter of a city: a town the gazetteer lists within the city's spread."""
    c, q = city.place, b.place
    if c is None or q is None or not (_town(c) and _town(q)) or (c.population or 0) < CITY_PEOPLE:
        return False
    return c.country == q.country and km(c.lat, c.lon, q.lat, q.lon) <= CITY_KM


def may_hold(a: Mention, b: Mention) -> bool:
    """One is a region and the other a place no gazetteer lists, which may lie in it: "an air strike in
    the Sagaing region" ... "the strike hit Let Yet Kone village" (a listed town: `holds`)."""
    kinds = {(m.place.feature == UNLISTED, m.place.precision in REGIONS) for m in (a, b) if m.place}
    return (False, True) in kinds and any(unlisted for unlisted, _ in kinds)


def own_places(ev: RawEvent) -> list[Mention]:
    """Its places finer than a country (a country is where most incidents of an article happen), and of
    a province and a place in it that it names, the finer: "a roadside bomb killed two policemen in
    Ghazni district, Ghazni province" is no report of an attack in Qarabagh district, though that lies
    near the province's point."""
    own = [p for p in ev.places if not (p.place and p.place.precision == "country")]
    return [
        p
        for p in own
        if not (p.place and p.place.precision == "admin1" and any(o is not p and holds(p, o) for o in own))
    ]
