"""Places of conflict reports as ACLED-style notes write them: Pakistani districts, Mogadishu's districts,
Afghan district spellings, names Who's On First copies from one unit onto another, and names with no cue
that a town bears only as another of its names (real parses, real gazetteer; en; sentences written for
these tests)."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import pytest

import eventmill
from eventmill.gazetteer import Rec
from eventmill.geo import load_geocoder

ROOT = Path(__file__).resolve().parents[2]


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


def places(text: str) -> dict[str, eventmill.models.Mention]:
    doc = eventmill.extract(text, lang="en", published="2023-08-01")
    return {m.span.text: m for m in doc.mentions if m.kind in ("place", "nearby", "in_name") and m.place}


@pytest.mark.parametrize(
    "text, name, country, point",
    [
        (
            "On 6 April 2023, unidentified gunmen shot dead a tribal elder in Bajaur district.",
            "Bajaur",
            "PK",
            (34.75, 71.5),
        ),
        (
            "On 4 April 2023, security forces raided a compound in North Waziristan district and killed three militants.",
            "North Waziristan district",  # read whole with its kind word, as "Kech district"
            "PK",
            (32.98, 70.1),
        ),
        (
            "On 5 April 2023, BLA militants attacked an FC camp in Kech district, Balochistan.",
            "Kech district",
            "PK",
            (26.05, 62.95),
        ),
        (
            "On 8 April 2023, sectarian clashes broke out in Kurram district, Khyber Pakhtunkhwa.",
            "Kurram",
            "PK",
            (33.75, 70.25),
        ),
        (
            "On 2 May 2023, Al Shabaab militants fired mortars at a police station in Hodan district of Mogadishu.",
            "Hodan",
            "SO",
            (2.04, 45.31),
        ),
        (
            "On 9 May 2023, gunmen killed a businessman in Dharkenley district of Banadir region.",
            "Dharkenley",
            "SO",
            (2.03, 45.25),
        ),
        (
            "On 14 March 2023, an IED exploded in Nad-e Ali district of Helmand province, killing one civilian.",
            "Nad-e Ali",
            "AF",
            (31.62, 63.86),
        ),
        (
            "On 24 June 2021, Taliban fighters clashed with ANDSF in Char Asyab district of Kabul province.",
            "Char Asyab district",
            "AF",
            (34.38, 69.08),
        ),
        (
            "On 25 June 2021, unidentified gunmen killed a Taliban commander in Musahi district, Kabul.",
            "Musahi",
            "AF",
            (34.38, 69.24),
        ),
        (
            "On 6 June 2023, Russian forces shelled residential areas in Mykolaiv city.",
            "Mykolaiv city",
            "UA",
            (46.98, 31.99),
        ),
    ],
)
def test_a_conflict_report_s_district_or_town_resolves_where_it_is(text, name, country, point):
    found = places(text)
    assert name in found, sorted(found)
    p = found[name].place
    assert p.country == country and km((p.lat, p.lon), point) <= 30, p


def test_a_surname_alone_is_no_city_that_bears_it_as_another_name():
    found = places(
        "Police in Guangzhou detained 12 protesters on Monday, state media in China said.\n"
        "Chen told reporters the protest had been peaceful."
    )
    assert "Chen" not in found  # Chenzhou's historic name
    assert found["Guangzhou"].place.country == "CN"


def test_a_name_with_no_cue_is_the_town_spelt_so_not_a_neighbour_that_also_bears_it():
    found = places(
        "Police in Lviv and Kyiv detained protesters on Monday.\nRussian missiles hit Mykolaiv overnight, the governor said."
    )
    p = found["Mykolaiv"].place
    assert km((p.lat, p.lon), (46.98, 31.99)) <= 30, p  # not Lviv, which GeoNames also calls Mykolaiv


@pytest.mark.parametrize(
    "text",
    [
        "The Third Battalion moved to Kidal on Monday, the army of Mali said.",
        "Police said the shooting happened in the Third Ward of Houston on Saturday.",
    ],
)
def test_an_ordinal_word_is_no_place(text):
    assert "Third" not in places(text)  # Who's On First calls Mali's Sikasso region "Third"


@pytest.fixture(scope="module")
def geo():
    return load_geocoder(imports=False)


def test_a_wof_unit_keeps_no_name_it_copied_from_another_unit(geo):
    # WOF gives Helmand's Nawa-I-Barak Zayi district, and Parwan province, the names of a neighbour
    assert all(c.name != "Nawa-I- Barak Zayi" for c in geo.candidates("Nad-e Ali"))
    assert all(c.name != "Parwan" for c in geo.candidates("Panjshir"))


def test_the_build_drops_names_a_unit_shares_with_the_unit_whose_own_name_it_bears():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    b = build.Builder()
    own = Rec("Nad Ali", 31.6, 63.9, "AF", "admin2", "county", "wof", 1)
    copy = Rec("Nawa", 31.3, 64.4, "AF", "admin2", "county", "wof", 2)
    other = Rec("Garmser", 30.8, 64.3, "AF", "admin2", "county", "wof", 3)
    for r, names in (
        (own, ["Nad Ali", "Nad-e-Ali"]),
        (copy, ["Nawa", "Nad Ali", "Nad-e-Ali", "Nawa-i-Barakzayi"]),
        (other, ["Garmser", "Garmsir"]),
    ):
        for n in names:
            r.add(n)
    units = [b.new(r) for r in (own, copy, other)]
    b.unshare(units)
    assert set(copy.names) == {"Nawa", "Nawa-i-Barakzayi"}
    assert set(own.names) == {"Nad Ali", "Nad-e-Ali"}
    assert set(other.names) == {"Garmser", "Garmsir"}
