"""User gazetteers: GeoNames dumps and WOF-style TSVs imported, laid over the shipped data, bad files refused."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from eventmill import cli
from eventmill.errors import ConfigError, InputError
from eventmill.gazetteer_import import import_file, list_imports, remove_import
from eventmill.geo import load_geocoder, user_gazetteer_dir

ROOT = Path(__file__).resolve().parents[2]
WOF_HEADER = (
    "wof_id placetype name lat lon parent_id country region_id county_id gn_id wd_id is_current deprecated "
    "src_geom path names region_name county_name"
).split()


def geonames_line(
    gid, name, lat, lon, fclass="P", code="PPL", cc="SY", admin1="09", pop="0", alternates="", asciiname=None
) -> str:
    """One line of a GeoNames dump: the 19 columns of download.geonames.org/export/dump/readme.txt."""
    return "\t".join(
        [
            str(gid),
            name,
            asciiname or name,
            alternates,
            str(lat),
            str(lon),
            fclass,
            code,
            cc,
            "",
            admin1,
            "",
            "",
            "",
            str(pop),
            "",
            "400",
            "Asia/Damascus",
            "2024-01-01",
        ]
    )


# two invented villages, a real governorate and Aleppo itself (same geonameid as the shipped one)
GOOD = [
    geonames_line(9_900_001, "Qaryat Zumurrudiya", 36.41, 37.02, alternates="Zumurrudiye,Qaryat az-Zumurrudiyah"),
    geonames_line(9_900_002, "Tall Bilqisiya", 36.52, 37.33, code="PPLX"),
    geonames_line(
        163_842, "Aleppo Governorate", 36.25, 37.5, fclass="A", code="ADM1", pop="4867991", alternates="Muhafazat Halab"
    ),
    geonames_line(9_900_003, "Jabal Zumurrud", 36.3, 37.1, fclass="T", code="MT"),  # a mountain: skipped
]


def write_dump(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_wof(path: Path, rows: list[dict]) -> Path:
    lines = ["\t".join(WOF_HEADER)] + ["\t".join(str(r.get(c, "")) for c in WOF_HEADER) for r in rows]
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


WOF_ROWS = [
    {
        "wof_id": 1,
        "placetype": "region",
        "name": "Muhafazat Nujum",
        "lat": 35.0,
        "lon": 38.0,
        "country": "SY",
        "is_current": 1,
        "names": "eng_x_preferred=Nujum Governorate | fra_x_preferred=Gouvernorat de Nujum",
    },
    {
        "wof_id": 2,
        "placetype": "locality",
        "name": "Kafr Sitt Yasmina",
        "lat": 35.1,
        "lon": 38.1,
        "country": "SY",
        "region_id": 1,
        "is_current": 1,
        "names": "fra_x_preferred=Kfar Sett Yasmine | und_x_variant=Kafr Sit Yasmeena | ara_x_preferred=كفر ست ياسمينة",
    },
    {
        "wof_id": 3,
        "placetype": "neighbourhood",
        "name": "Hayy al-Qamarayn",
        "lat": 35.11,
        "lon": 38.11,
        "country": "SY",
        "region_id": 1,
        "is_current": 1,
    },
    {
        "wof_id": 4,
        "placetype": "campus",
        "name": "Matar Yasmina",
        "lat": 35.2,
        "lon": 38.2,
        "country": "SY",
        "is_current": 1,
    },
    {
        "wof_id": 5,
        "placetype": "locality",
        "name": "Kafr Qadim",
        "lat": 35.3,
        "lon": 38.3,
        "country": "SY",
        "is_current": 1,
        "deprecated": "2020-01-01",
    },
    # Aleppo by its GeoNames id, as WOF gives it: no population, so it keeps the shipped one
    {
        "wof_id": 6,
        "placetype": "locality",
        "name": "Aleppo",
        "lat": 36.21,
        "lon": 37.15,
        "country": "SY",
        "gn_id": 170063,
        "is_current": 1,
        "names": "fra_x_preferred=Alep",
    },
]


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    """An empty user data folder for the test (EVENTMILL_DATA_DIR)."""
    d = tmp_path / "data"
    monkeypatch.setenv("EVENTMILL_DATA_DIR", str(d))
    return d


@pytest.fixture
def sy_dump(tmp_path) -> Path:
    return write_dump(tmp_path / "SY.txt", GOOD)


# -- GeoNames dumps -------------------------------------------------------------------------------------


def test_geonames_dump_places_are_found_by_lookup(data_dir, sy_dump):
    r = import_file(sy_dump)
    assert (r.name, r.format, r.places, r.lines, r.skipped, r.replaced) == ("SY", "geonames", 3, 4, 1, False)
    assert r.path == data_dir / "gazetteer" / "SY.bin.gz" and r.path.is_file()
    geo = load_geocoder()
    for spelling in ("Qaryat Zumurrudiya", "Zumurrudiye", "Qaryat az-Zumurrudiyah", "QARYAT ZUMURRUDIYA"):
        p = geo.lookup(spelling, lang="fr")
        assert p is not None and p.gid == "geonames:9900001", spelling
    p = geo.lookup("Qaryat Zumurrudiya", countries=("SY",))
    assert (p.country, p.precision, p.admin1, p.lat, p.lon) == ("SY", "town", "Aleppo", 36.41, 37.02)
    assert geo.lookup("Tall Bilqisiya").precision == "neighbourhood"
    assert geo.lookup("Jabal Zumurrud") is None
    assert geo.is_place_name("Zumurrudiye")


def test_shipped_lookups_stay_as_they_were(data_dir, sy_dump):
    before = load_geocoder()
    queries = ["Paris", "Tripoli", "Handarate", "Mossoul", "Turquie", "Kyiv"]
    expected = [before.lookup(q, lang="fr") for q in queries]
    import_file(sy_dump)
    after = load_geocoder()
    assert after is not before
    assert [after.lookup(q, lang="fr") for q in queries] == expected


def test_same_geonames_id_replaces_the_shipped_place(data_dir, tmp_path):
    shipped = load_geocoder().lookup("Alep", lang="fr")
    assert shipped.gid == "geonames:170063"
    import_file(
        write_dump(
            tmp_path / "SY.txt",
            [geonames_line(170_063, "Aleppo", 36.2, 37.2, code="PPLA", pop="2000000", alternates="Alep")],
        )
    )
    geo = load_geocoder()
    p = geo.lookup("Alep", lang="fr")
    assert (p.gid, p.lat, p.lon, p.population) == ("geonames:170063", 36.2, 37.2, 2_000_000)
    assert [c.gid for c in geo.candidates("Alep")].count("geonames:170063") == 1


def test_imported_place_wins_a_tie_on_its_exact_name(data_dir, tmp_path):
    shipped = load_geocoder().lookup("Khanasser")
    assert shipped is not None and shipped.population == 0 and shipped.precision == "town"
    # same name, same kind of place, no population either: nothing but the import tells them apart
    import_file(write_dump(tmp_path / "XX.txt", [geonames_line(9_900_010, "Khanasser", 35.0, 36.0)]))
    assert load_geocoder().lookup("Khanasser").gid == "geonames:9900010"


def test_zip_as_downloaded_from_geonames(data_dir, tmp_path):
    with zipfile.ZipFile(tmp_path / "SY.zip", "w") as z:
        z.writestr("readme.txt", "GeoNames readme\n")
        z.writestr("SY.txt", "\n".join(GOOD) + "\n")
    assert import_file(tmp_path / "SY.zip").places == 3
    assert load_geocoder().lookup("Zumurrudiye").gid == "geonames:9900001"


# -- WOF-style TSVs ---------------------------------------------------------------------------------------


def test_wof_tsv_places_are_found_by_lookup(data_dir, tmp_path):
    r = import_file(write_wof(tmp_path / "wof_admin_zz.tsv.gz", WOF_ROWS))
    assert (r.name, r.format, r.places, r.skipped) == ("wof_admin_zz", "wof", 4, 2)
    geo = load_geocoder()
    town = geo.lookup("Kfar Sett Yasmine", lang="fr")
    assert (town.gid, town.admin1, town.precision) == ("wof:2", "Nujum Governorate", "town")  # as the build names it
    assert geo.lookup("Kafr Sit Yasmeena").gid == "wof:2"
    assert geo.lookup("Hayy al-Qamarayn").precision == "neighbourhood"
    assert geo.lookup("Gouvernorat de Nujum", lang="fr").precision == "admin1"
    assert geo.lookup("Nujum", hint="admin1").gid == "wof:1"
    assert geo.lookup("Matar Yasmina") is None and geo.lookup("Kafr Qadim") is None
    # WOF gives no population: the shipped one is kept, so Aleppo stays the big city
    aleppo = geo.lookup("Alep", lang="fr")
    assert aleppo.gid == "geonames:170063" and aleppo.population > 1_000_000 and aleppo.lat == 36.21


def test_the_shared_wof_extract_imports(data_dir):
    src = ROOT.parent / "shared" / "data" / "gazetteer" / "wof_admin_ly.tsv.gz"
    if not src.is_file():
        pytest.skip(f"{src} not found")
    r = import_file(src)
    assert r.places > 500
    p = load_geocoder().lookup("Tripoli", countries=("LY",))
    assert p.country == "LY" and p.population > 500_000


# -- bad files ----------------------------------------------------------------------------------------------

BAD = {
    "too few columns": (GOOD[:1] + ["9900004\tNowhere\t36.0"], "line 2 has 3 tab-separated columns"),
    "latitude not a number": (
        GOOD[:2] + [geonames_line(9_900_005, "Nowhere", "36,5", 37.0)],
        "line 3 has latitude '36,5', not a number",
    ),
    "latitude out of range": (
        GOOD[:1] + [geonames_line(9_900_006, "Nowhere", 96.5, 37.0)],
        "line 2 has latitude '96.5', outside -90..90",
    ),
    "bad country code": (
        GOOD[:1] + [geonames_line(9_900_007, "Nowhere", 36.0, 37.0, cc="Syria")],
        "line 2 has country code 'Syria'",
    ),
    "population not an integer": (
        GOOD[:1] + [geonames_line(9_900_008, "Nowhere", 36.0, 37.0, pop="many")],
        "line 2 has population 'many', not an integer",
    ),
    "not a gazetteer": (["name,lat,lon", "Aleppo,36.2,37.1"], "line 1 has 1 tab-separated column(s)"),
}


@pytest.mark.parametrize("case", BAD)
def test_malformed_file_names_the_line_and_leaves_the_previous_import_intact(data_dir, sy_dump, tmp_path, case):
    import_file(sy_dump)
    stored = (data_dir / "gazetteer" / "SY.bin.gz").read_bytes()
    lines, message = BAD[case]
    (tmp_path / "bad").mkdir()
    bad = write_dump(tmp_path / "bad" / "SY.txt", lines)  # the same import name: it would replace SY
    with pytest.raises(InputError) as err:
        import_file(bad)
    assert message in str(err.value) and "\n" not in str(err.value)
    assert str(bad) in str(err.value)
    assert (data_dir / "gazetteer" / "SY.bin.gz").read_bytes() == stored
    assert sorted(p.name for p in (data_dir / "gazetteer").iterdir()) == ["SY.bin.gz"]  # no temp file left
    assert load_geocoder().lookup("Zumurrudiye").gid == "geonames:9900001"


def test_non_utf8_line_is_named(data_dir, tmp_path):
    bad = tmp_path / "SY.txt"
    bad.write_bytes(
        ("\n".join(GOOD[:2]) + "\n").encode()
        + geonames_line(1, "Alep", 1, 1).encode("latin-1").replace(b"Alep", b"Al\xe9p")
        + b"\n"
    )
    with pytest.raises(InputError, match="line 3 is not UTF-8"):
        import_file(bad)
    assert not user_gazetteer_dir().exists() or not list(user_gazetteer_dir().iterdir())


def test_truncated_gzip_is_refused(data_dir, tmp_path):
    good = write_wof(tmp_path / "wof.tsv.gz", WOF_ROWS * 50)
    cut = tmp_path / "cut.tsv.gz"
    cut.write_bytes(good.read_bytes()[:-40])
    with pytest.raises(InputError, match="is the download complete"):
        import_file(cut)


def test_wof_header_without_the_needed_columns(data_dir, tmp_path):
    bad = tmp_path / "w.tsv"
    bad.write_text("wof_id\tplacetype\tname\n1\tlocality\tX\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"line 1 \(the header\) lacks the column\(s\) lat, lon"):
        import_file(bad)


def test_file_with_no_usable_place(data_dir, tmp_path):
    with pytest.raises(InputError, match="none of its 1 lines"):
        import_file(write_dump(tmp_path / "SY.txt", GOOD[3:]))


def test_missing_file_and_bad_name(data_dir, tmp_path, sy_dump):
    with pytest.raises(InputError, match="no such file"):
        import_file(tmp_path / "nope.txt")
    with pytest.raises(ConfigError, match="cannot name an import"):
        import_file(sy_dump, name="../evil")


def test_list_and_remove(data_dir, sy_dump, tmp_path):
    assert list_imports() == []
    import_file(sy_dump)
    import_file(write_wof(tmp_path / "wof_admin_zz.tsv.gz", WOF_ROWS))
    rows = list_imports()
    assert [(r["name"], r["places"], r["source_format"]) for r in rows] == [
        ("SY", 3, "geonames"),
        ("wof_admin_zz", 4, "wof"),
    ]
    remove_import("SY")
    assert [r["name"] for r in list_imports()] == ["wof_admin_zz"]
    assert load_geocoder().lookup("Zumurrudiye") is None
    with pytest.raises(ConfigError, match="no imported gazetteer named 'SY'"):
        remove_import("SY")


def test_unreadable_import_says_how_to_remove_it(data_dir, sy_dump):
    r = import_file(sy_dump)
    r.path.write_bytes(b"not a gazetteer")
    from eventmill.errors import ResourceError

    with pytest.raises(ResourceError, match="eventmill gazetteer remove SY"):
        load_geocoder()
    assert load_geocoder(imports=False).lookup("Alep") is not None


# -- the commands, end to end ---------------------------------------------------------------------------------


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_import_list_lookup_remove(data_dir, sy_dump, capsys):
    code, out, _ = run_cli(capsys, "gazetteer", "import", str(sy_dump), "--no-progress")
    assert code == 0 and "imported SY: 3 places" in out
    code, out, _ = run_cli(capsys, "gazetteer", "list", "--json")
    assert code == 0 and [r["name"] for r in json.loads(out)] == ["SY"]
    code, out, _ = run_cli(capsys, "gazetteer", "list")
    assert code == 0 and "SY" in out and "geonames" in out
    code, out, _ = run_cli(capsys, "gazetteer", "lookup", "Zumurrudiye", "--country", "SY", "--lang", "fr")
    found = json.loads(out)
    assert code == 0 and found["place"]["gid"] == "geonames:9900001" and found["context"]["countries"] == ["SY"]
    assert found["candidates"][0]["gid"] == "geonames:9900001"
    code, out, _ = run_cli(capsys, "gazetteer", "lookup", "Zumurrudiye", "--no-imports")
    assert json.loads(out)["place"] is None
    code, out, _ = run_cli(capsys, "gazetteer", "reverse", "36.41", "37.02")
    assert code == 0 and json.loads(out)["place"]["gid"] == "geonames:9900001"
    code, out, _ = run_cli(capsys, "gazetteer", "remove", "SY")
    assert code == 0 and "removed" in out


def test_cli_bad_file_exits_2_with_one_line(data_dir, sy_dump, tmp_path, capsys):
    run_cli(capsys, "gazetteer", "import", str(sy_dump))
    bad = write_dump(tmp_path / "other.txt", GOOD[:1] + ["9900004\tNowhere\t36.0"])
    code, out, err = run_cli(capsys, "gazetteer", "import", str(bad), "--name", "SY")
    assert code == 2 and err.count("\n") == 1 and "line 2" in err and "nothing was changed" in err
    code, _, err = run_cli(capsys, "gazetteer", "lookup", "Alep", "--country", "Syria")
    assert code == 4 and "ISO alpha-2" in err
    code, out, _ = run_cli(capsys, "gazetteer", "lookup", "Zumurrudiye")
    assert json.loads(out)["place"]["gid"] == "geonames:9900001"


def test_cli_data_dir_option_and_environment_in_a_fresh_process(tmp_path, sy_dump):
    env = {**os.environ, "EVENTMILL_DATA_DIR": str(tmp_path / "env")}

    def run(*a: str) -> str:
        return subprocess.run(
            [sys.executable, "-m", "eventmill.cli", "gazetteer", *a],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    run("import", str(sy_dump), "--data-dir", str(tmp_path / "opt"))
    assert (tmp_path / "opt" / "gazetteer" / "SY.bin.gz").is_file() and not (tmp_path / "env").exists()
    assert json.loads(run("lookup", "Zumurrudiye", "--data-dir", str(tmp_path / "opt")))["place"] is not None
    assert json.loads(run("lookup", "Zumurrudiye"))["place"] is None
    run("import", str(sy_dump))
    assert json.loads(run("lookup", "Zumurrudiye"))["place"]["gid"] == "geonames:9900001"


# -- issue 15, item 10: BOMs and the debris of interrupted imports ------------------------------------------


def test_a_utf8_file_with_a_byte_order_mark_imports(data_dir, tmp_path):
    path = tmp_path / "SY.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ("\n".join(GOOD) + "\n").encode("utf-8"))
    assert import_file(path).places == 3
    wof = tmp_path / "wof_sy.tsv"
    row = {"wof_id": 1, "placetype": "locality", "name": "Qaryat Bom", "lat": 36.1, "lon": 37.1, "country": "SY"}
    wof.write_bytes(
        b"\xef\xbb\xbf"
        + ("\t".join(WOF_HEADER) + "\n" + "\t".join(str(row.get(c, "")) for c in WOF_HEADER) + "\n").encode()
    )
    assert import_file(wof).places == 1


KILLED_IMPORT = """
import os, signal, sys
from eventmill import gazetteer as gz
from eventmill.gazetteer_import import import_file
real = gz.write
def dying(*args):
    real(*args)
    os.kill(os.getpid(), signal.SIG{sig})
gz.write = dying
import_file(sys.argv[1])
"""


@pytest.mark.skipif(os.name != "posix", reason="signals")
@pytest.mark.parametrize("sig", ["KILL", "TERM"])
def test_an_import_killed_mid_write_leaves_no_debris_once_listed(data_dir, sy_dump, sig, caplog):
    import signal

    code = KILLED_IMPORT.format(sig=sig)
    if sig == "TERM":  # as the CLI runs it: SIGTERM unwinds, and the temporary file goes at once
        code = code.replace(
            "import_file(sys.argv[1])", "from eventmill import cli; cli.main(['gazetteer', 'import', sys.argv[1]])"
        )
    env = os.environ | {"PYTHONPATH": os.pathsep.join(sys.path), "EVENTMILL_DATA_DIR": str(data_dir)}
    proc = subprocess.run([sys.executable, "-c", code, str(sy_dump)], env=env, capture_output=True, text=True)
    folder = user_gazetteer_dir()
    debris = sorted(p.name for p in folder.glob(".*.tmp"))
    if sig == "KILL":
        assert proc.returncode == -signal.SIGKILL and len(debris) == 1 and debris[0].startswith(".SY.bin.gz.")
        assert list_imports() == [] and "interrupted write" in caplog.text
    else:
        assert proc.returncode == 128 + signal.SIGTERM, proc.stderr
    assert sorted(p.name for p in folder.glob(".*")) == []  # no temporary file is left
    assert import_file(sy_dump).places == 3


def test_debris_of_older_versions_is_removed_once_an_hour_old(data_dir, sy_dump):
    folder = user_gazetteer_dir()
    folder.mkdir(parents=True)
    old, fresh = folder / ".SY.k2j3_x9a.tmp", folder / ".SY.abcdefgh.tmp"
    old.write_bytes(b"partial")
    fresh.write_bytes(b"partial")
    os.utime(old, (1, 1))
    import_file(sy_dump)
    assert not old.exists() and fresh.exists()
