"""Exports: ACLED-style CSV and Parquet load in pandas, GeoJSON is valid, JSONL is complete, filters work."""

from __future__ import annotations

import json
import math

import duckdb
import pytest
from corpus_util import coded_db, small_corpus, texts  # noqa: F401 (fixtures)

from eventmill import datafiles
from eventmill.errors import ConfigError
from eventmill.writers.acled import ACLED_COLUMNS, acled_types
from eventmill.writers.exports import Filters, export

pd = pytest.importorskip("pandas")

# the ACLED codebook's event types and sub-event types
ACLED_TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    },
}


def db_events(db, where="TRUE"):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(f"SELECT * FROM events WHERE {where}").fetchdf()
    finally:
        con.close()


def test_acled_csv_loads_in_pandas_with_acled_columns(coded_db, tmp_path):
    out = tmp_path / "events.csv"
    n = export(coded_db, "acled-csv", out)
    df = pd.read_csv(out)
    assert (
        tuple(df.columns) == ACLED_COLUMNS + ("score", "rule", "geo_confidence", "location_source") and len(df) == n > 0
    )
    for kind, sub in zip(df.event_type, df.sub_event_type, strict=True):
        assert sub in ACLED_TYPES[kind]
    assert pd.to_datetime(df.event_date.dropna(), format="%Y-%m-%d").notna().all()
    assert set(df.time_precision.dropna()) <= {1, 2, 3} and set(df.geo_precision.dropna()) <= {1, 2, 3}
    assert (df.fatalities >= 0).all() and df.notes.str.len().gt(0).all()
    located = df.dropna(subset=["latitude"])
    assert len(located) and located.latitude.between(-90, 90).all() and located.longitude.between(-180, 180).all()
    events = db_events(coded_db, "NOT negated AND NOT hypothetical AND NOT future")
    assert n <= len(events)  # talks, statements and events that did not happen are left out


def test_parquet_loads_in_pandas_one_row_per_event(coded_db, tmp_path):
    out = tmp_path / "events.parquet"
    n = export(coded_db, "parquet", out)
    df = pd.read_parquet(out)
    assert len(df) == n == len(db_events(coded_db))
    assert {"type", "modes", "latitude", "longitude", "evidence", "date", "source"} <= set(df.columns)
    assert all(isinstance(list(m), list) for m in df.modes)


def test_geojson_is_a_valid_feature_collection_of_points(coded_db, tmp_path):
    out = tmp_path / "events.geojson"
    n = export(coded_db, "geojson", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == n > 0
    stored = db_events(coded_db, "latitude IS NOT NULL")
    assert n == len(stored)
    coords = {f"{r.article_id}-{r.event_no}": [r.longitude, r.latitude] for r in stored.itertuples()}
    for f in data["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90 and not math.isnan(lon)
        assert [lon, lat] == coords[f["id"]]  # [longitude, latitude], as RFC 7946 wants
        assert all(not isinstance(v, (dict, list)) for v in f["properties"].values())  # GIS tools want scalars


def test_jsonl_has_every_event_with_its_article(coded_db, tmp_path):
    out = tmp_path / "events.jsonl"
    n = export(coded_db, "jsonl", out)
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == n == len(db_events(coded_db))
    first = lines[0]
    assert {"type", "modes", "evidence", "trigger", "actors", "location", "article"} <= set(first)
    assert first["article"]["id"] == first["article_id"] and first["article"]["source"].endswith(".txt")


def test_every_format_gives_each_event_its_score_and_rule(coded_db, tmp_path):
    stored = {f"{r.article_id}-{r.event_no}": (r.score, r.rule) for r in db_events(coded_db).itertuples()}
    assert all(0 <= score <= 1 for score, _ in stored.values())
    export(coded_db, "jsonl", tmp_path / "e.jsonl")
    for x in map(json.loads, (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()):
        score, rule = stored[f"{x['article_id']}-{x['event_no']}"]
        assert (x["score"], x["rule"]) == (round(score, 3), rule)
    export(coded_db, "parquet", tmp_path / "e.parquet")
    df = pd.read_parquet(tmp_path / "e.parquet")
    assert {"score", "rule"} <= set(df.columns) and df.score.notna().all()
    export(coded_db, "geojson", tmp_path / "e.geojson")
    props = [f["properties"] for f in json.loads((tmp_path / "e.geojson").read_text(encoding="utf-8"))["features"]]
    assert props and all(p["score"] == stored[p["id"]][0] and p["rule"] == stored[p["id"]][1] for p in props)
    export(coded_db, "acled-csv", tmp_path / "e.csv")
    acled = pd.read_csv(tmp_path / "e.csv", keep_default_na=False)
    assert all(float(row.score) == round(stored[row.event_id_cnty][0], 3) for row in acled.itertuples())


def test_filters_by_country_date_and_type(coded_db, tmp_path):
    all_events = db_events(coded_db)
    country = all_events.country.dropna().value_counts().index[0]
    out = tmp_path / "f.jsonl"
    n = export(coded_db, "jsonl", out, Filters.parse(countries=[country.lower()]))
    assert n == (all_events.country == country).sum()
    assert {json.loads(x)["location"]["country"] for x in out.read_text().splitlines()} == {country}
    dated = all_events.event_date.dropna().sort_values()
    since = str(dated.iloc[len(dated) // 2])[:10]
    n = export(coded_db, "jsonl", out, Filters.parse(since=since))
    assert 0 < n < len(all_events)
    assert all(x["event_date"] >= since for x in map(json.loads, out.read_text().splitlines()))
    n = export(coded_db, "jsonl", out, Filters.parse(types=["assault"]))
    assert n == (all_events.type == "ASSAULT").sum()


def test_filter_and_format_errors_are_clear(coded_db, tmp_path):
    with pytest.raises(ConfigError, match="alpha-2"):
        Filters.parse(countries=["SYR"])
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        Filters.parse(since="09/04/2016")
    with pytest.raises(ConfigError, match="unknown export format"):
        export(coded_db, "xlsx", tmp_path / "x")
    with pytest.raises(ConfigError, match="standard output"):
        export(coded_db, "parquet", "-")


def test_acled_map_covers_every_plover_type_with_known_modes_and_acled_names():
    plover = datafiles.table("xx", "plover.tsv")
    modes = {(r["type"], r["mode"]) for r in plover}
    rows = datafiles.table("xx", "acled_map.tsv")
    assert {r["type"] for r in plover} == {r["plover_type"] for r in rows if not r["mode"] and not r["target"]}
    for r in rows:
        assert (r["plover_type"], r["mode"]) in modes, r
        assert r["event_type"] == "-" or r["sub_event_type"] in ACLED_TYPES[r["event_type"]], r


@pytest.mark.parametrize(
    "plover, modes, target, expected",
    [
        ("ASSAULT", ["aerial"], None, "Air/drone strike"),
        ("ASSAULT", ["firearms", "aerial"], None, "Armed clash"),  # the first mode with a row wins
        ("ASSAULT", [], "civilians", "Attack"),
        ("ASSAULT", ["heavy-weapons"], "civilians", "Shelling/artillery/missile attack"),
        ("ASSAULT", [], "protesters", "Excessive force against protesters"),
        ("PROTEST", ["riot"], None, "Violent demonstration"),
        ("COERCE", ["arrest"], None, "Arrests"),
        ("CONSULT", ["visit"], None, None),
    ],
)
def test_acled_sub_event_types_from_plover(plover, modes, target, expected):
    row = acled_types(plover, modes, target)
    assert (row and row["sub_event_type"]) == expected


def test_a_keep_all_run_stores_unasserted_mentions_but_acled_leaves_them_out(tmp_path):
    from eventmill.config import Config
    from eventmill.corpus.runner import RunOptions, run

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "death.txt").write_text(
        "Former president Hugo Chávez died in Caracas in 2013 after a long illness.\n"
        "Police arrested twelve protesters in Caracas on Monday.",
        encoding="utf-8",
    )
    db = tmp_path / "events.duckdb"
    run([folder], Config(keep="all", lang="en"), RunOptions(db=db, workers=0, batch_size=4, progress=False))
    stored = db_events(db)
    assert sorted(stored.type) == ["ASSAULT", "COERCE"]
    assert json.loads(stored[stored.type == "ASSAULT"].json.iloc[0])["unasserted"] == "no violence named"
    out = tmp_path / "events.csv"
    assert export(db, "acled-csv", out) == 1
    assert list(pd.read_csv(out).sub_event_type) == ["Arrests"]


def test_every_export_carries_the_geo_confidence_and_the_filter_keeps_only_sure_places(coded_db, tmp_path):
    stored = {f"{r.article_id}-{r.event_no}": r.geo_confidence for r in db_events(coded_db).itertuples()}
    located = {k: v for k, v in stored.items() if v == v and v is not None}  # NaN: no location
    assert located and all(0 <= v <= 1 for v in located.values())
    export(coded_db, "jsonl", tmp_path / "all.jsonl")
    rows = [json.loads(x) for x in (tmp_path / "all.jsonl").read_text().splitlines()]
    assert all(
        r["geo_confidence"]
        == (round(located[k], 3) if (k := f"{r['article_id']}-{r['event_no']}") in located else None)
        for r in rows
    )
    acled = pd.read_csv(tmp_path / "a.csv") if export(coded_db, "acled-csv", tmp_path / "a.csv") else None
    assert acled is not None and "geo_confidence" in acled.columns
    export(coded_db, "parquet", tmp_path / "e.parquet")
    assert "geo_confidence" in pd.read_parquet(tmp_path / "e.parquet").columns
    cut = sorted(located.values())[len(located) // 2]
    n = export(coded_db, "jsonl", tmp_path / "sure.jsonl", Filters.parse(min_geo_confidence=cut))
    kept = [json.loads(x) for x in (tmp_path / "sure.jsonl").read_text().splitlines()]
    assert n == len(kept) == sum(v >= cut for v in located.values())
    assert all(r["geo_confidence"] >= cut for r in kept)


def test_min_geo_confidence_outside_0_to_1_is_refused():
    with pytest.raises(ConfigError, match="min-geo-confidence"):
        Filters.parse(min_geo_confidence=1.5)


def test_location_source_filters_events_by_where_their_place_was_read(coded_db, tmp_path):
    export(coded_db, "jsonl", tmp_path / "all.jsonl")
    rows = [json.loads(x) for x in (tmp_path / "all.jsonl").read_text().splitlines()]
    by_source: dict = {}
    for r in rows:
        by_source.setdefault(r.get("location_source"), []).append(r)
    assert len([s for s in by_source if s]) >= 2, "the corpus gives places from more than one rung"
    own = Filters.parse(location_sources=["clause,sentence"])
    n = export(coded_db, "jsonl", tmp_path / "own.jsonl", own)
    kept = [json.loads(x) for x in (tmp_path / "own.jsonl").read_text().splitlines()]
    assert n == len(kept) == len(by_source.get("clause", [])) + len(by_source.get("sentence", []))
    assert all(r["location_source"] in ("clause", "sentence") and r["location"] for r in kept)


def test_location_source_is_a_column_of_the_store_and_of_the_flat_exports(coded_db, tmp_path):
    stored = db_events(coded_db)
    from_json = [json.loads(j).get("location_source") for j in stored.json]
    assert [v if isinstance(v, str) else None for v in stored.location_source] == from_json
    assert stored.location_source.notna().sum() > 0
    assert (
        set(stored.location_source.dropna()) - {"clause", "sentence", "linked", "context", "dateline", "focus"} == set()
    )
    export(coded_db, "parquet", tmp_path / "e.parquet")
    flat = pd.read_parquet(tmp_path / "e.parquet")
    assert sorted(flat.location_source.dropna()) == sorted(stored.location_source.dropna())
    export(coded_db, "acled-csv", tmp_path / "e.csv")
    acled = pd.read_csv(tmp_path / "e.csv", keep_default_na=False)
    # the CSV holds only the events ACLED would code
    assert {v for v in acled.location_source if v} <= set(stored.location_source.dropna())
    assert any(acled.location_source)


def test_an_unknown_location_source_is_refused_with_the_choices():
    with pytest.raises(ConfigError, match="clause, sentence, linked, context, dateline, focus"):
        Filters.parse(location_sources=["paragraph"])
