"""The shipped gazetteer's compiled index: built once into the cache folder, reused, rebuilt when stale or damaged."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventmill import gazetteer as gz
from eventmill import gazetteer_cache as gc
from eventmill import geo
from eventmill.geo_ranking import OfflineGeocoder

# a small places folder: the world, two countries' towns, the admin units and the curated places
PARTS = ("1-world.tsv", "2-towns-LB.tsv", "2-towns-SY.tsv", "3-admin.tsv", "5-curated.tsv")
BUILDING = "building the gazetteer index"


@pytest.fixture()
def places(tmp_path) -> Path:
    folder = tmp_path / "places"
    folder.mkdir()
    for name in PARTS:
        shutil.copy(gc.places_dir() / name, folder / name)
    return folder


@pytest.fixture()
def cache(tmp_path, monkeypatch) -> Path:
    """An empty cache folder through $EVENTMILL_CACHE_DIR, and no path remembered by this process."""
    monkeypatch.setenv(gc.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(gc, "_ready", {})
    return tmp_path / "cache"


def builds(caplog) -> int:
    return sum(BUILDING in r.getMessage() for r in caplog.records)


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv(gc.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert gc.cache_dir() == tmp_path / "xdg" / "eventmill"
    monkeypatch.setenv(gc.CACHE_ENV, str(tmp_path / "mine"))
    assert gc.cache_dir() == tmp_path / "mine"
    assert gc.cache_dir(tmp_path / "given") == tmp_path / "given"


def test_first_use_builds_into_the_cache_folder(places, cache, caplog):
    caplog.set_level(logging.WARNING, logger=gc.__name__)
    path = gc.cached_path(folder=places)
    assert path.parent == cache and path.is_file() and builds(caplog) == 1
    assert gz.read_meta(str(path))["sources_sha256"] == gc.source_digest(places)
    g = OfflineGeocoder(path)
    assert g.lookup("Alep", lang="fr").gid == "geonames:170063"
    assert g.lookup("Damas", lang="fr").name == "Damascus"
    assert not list(cache.glob("*.tmp"))


def test_second_load_reuses_the_cache(places, cache, caplog, monkeypatch):
    caplog.set_level(logging.WARNING, logger=gc.__name__)
    path = gc.cached_path(folder=places)
    stamp = path.stat().st_ino, path.stat().st_size
    monkeypatch.setattr(gc, "_ready", {})  # as a new process would
    monkeypatch.setattr(gc, "build", lambda *a, **k: pytest.fail("rebuilt a current cache"))
    assert gc.cached_path(folder=places) == path
    assert (path.stat().st_ino, path.stat().st_size) == stamp and builds(caplog) == 1


def test_a_changed_source_rebuilds(places, cache, caplog, monkeypatch):
    caplog.set_level(logging.WARNING, logger=gc.__name__)
    monkeypatch.setattr(gc, "KEEP_OTHERS", 0)  # no other checkout shares this cache: the old index goes
    old = gc.cached_path(folder=places)
    rec = gz.Rec("Zumurrudiye", 36.3, 37.2, "SY", "town", "curated", "eventmill", "sy-zumurrudiye")
    rec.add("Zumurrudiye", "fr", curated=True)
    with open(places / "5-curated.tsv", "a", encoding="utf-8") as f:
        f.write(gc._line(rec))
    monkeypatch.setattr(gc, "_ready", {})
    new = gc.cached_path(folder=places)
    assert new != old and not old.exists() and builds(caplog) == 2
    assert OfflineGeocoder(new).lookup("Zumurrudiye").gid == "eventmill:sy-zumurrudiye"


def test_two_processes_started_together_build_once(places, cache):
    """Both find no cache and queue on the lock (held here until both are waiting); one builds."""
    import fcntl

    cache.mkdir()
    script = (
        "import sys, pathlib; from eventmill import gazetteer_cache as gc; "
        "pathlib.Path(sys.argv[2]).touch(); print(gc.cached_path(folder=pathlib.Path(sys.argv[1])))"
    )
    env = dict(os.environ, **{gc.CACHE_ENV: str(cache)})
    with open(cache / gc.LOCK_FILE, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", script, str(places), str(cache / f"started-{i}")],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for i in range(2)
        ]
        deadline = time.monotonic() + 60
        while not all((cache / f"started-{i}").exists() for i in range(2)) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(1.0)  # from the marker to the lock: hashing a few files
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    assert outs[0][0] == outs[1][0] and Path(outs[0][0].strip()).is_file()
    assert sum(err.count(BUILDING) for _, err in outs) == 1, outs
    building = [err for _, err in outs if BUILDING in err][0]
    assert len(building.strip().splitlines()) == 1 and "Traceback" not in building  # one line on stderr


def test_a_corrupt_cache_file_is_rebuilt_with_a_message(places, cache, caplog, monkeypatch):
    caplog.set_level(logging.WARNING, logger=gc.__name__)
    path = gc.cached_path(folder=places)
    path.write_bytes(b"not a gazetteer")
    monkeypatch.setattr(gc, "_ready", {})
    assert gc.cached_path(folder=places) == path
    assert any("unreadable" in r.getMessage() and str(path) in r.getMessage() for r in caplog.records)
    assert builds(caplog) == 2 and OfflineGeocoder(path).lookup("Alep") is not None


def test_a_truncated_cache_file_is_rebuilt_when_loading(places, cache, caplog, monkeypatch):
    """The header still reads, the body does not: `load_geocoder` reads it whole, says so, rebuilds it."""
    caplog.set_level(logging.WARNING, logger=gc.__name__)
    monkeypatch.setattr(gc, "places_dir", lambda: places)
    geo.load_geocoder.cache_clear()
    try:
        path = gc.cached_path()
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
        assert gz.read_meta(str(path))["sources_sha256"]
        g = geo.load_geocoder(imports=False)
        assert g.lookup("Alep", lang="fr").gid == "geonames:170063"
        assert any("unreadable" in r.getMessage() for r in caplog.records) and builds(caplog) == 2
    finally:
        geo.load_geocoder.cache_clear()


def test_an_unwritable_cache_folder_is_a_clear_error(places, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setattr(gc, "_ready", {})
    with pytest.raises(gc.ResourceError, match=gc.CACHE_ENV):
        gc.cached_path(folder=places, cache=blocker / "sub")


# -- the TSV files --------------------------------------------------------------------------------------------


def test_tsv_round_trip_is_lossless(places, tmp_path):
    parts = {p.stem: gc._read_file(p) for p in gc.source_files(places)}
    gc.write_records(tmp_path / "again", parts)
    for name in PARTS:
        assert (tmp_path / "again" / name).read_bytes() == (places / name).read_bytes(), name


def test_towns_are_merged_back_in_geonames_id_order(places):
    recs = gc.read_records(places)
    towns = [r.gid for r in recs if r.src == "geonames" and r.prec == "town" and r.feat in ("PPL", "PPLC")]
    assert towns == sorted(towns) and {r.cc for r in recs if r.prec == "town"} >= {"SY", "LB"}
    assert [r.prec for r in recs[:5]] == ["country"] * 5  # the world part first


def test_no_tracked_gazetteer_file_is_a_big_binary():
    folder = gc.places_dir().parent
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix not in (".tsv", ".md", ".json"):
            assert path.stat().st_size < 2_000_000, f"{path} is a big binary file: keep sources as text"
    assert all(p.stat().st_size < 5_000_000 for p in gc.source_files(gc.places_dir())), "split the big TSV files"
