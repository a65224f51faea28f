"""Incidents across articles and languages on the French-English set (tests/corpus/incidents_fr_en):
reports in both languages share one incident, look-alikes (same town another day, another town the same
day) stay apart, an arrest joins the attack it names, near-copies count as one outlet."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import duckdb
import pytest

from eventmill.cli import main

SET = Path(__file__).parent / "incidents_fr_en"
# pinned figures: pairs of articles sharing an incident id, against clusters.json
FLOORS = {"pairs_precision": 1.0, "pairs_recall": 1.0}


@pytest.fixture(scope="module")
def coded(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("fr_en") / "incidents.duckdb"
    assert main(["run", str(SET / "articles.jsonl"), "--db", str(db), "--workers", "0"]) == 0
    return db


def _incident_of(db: Path) -> dict[str, set[str]]:
    """Article name -> incident ids of its events."""
    names = {}
    for line in (SET / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        names[rec["url"]] = rec["name"]
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute(
        "SELECT a.url, e.incident_id FROM events e JOIN articles a ON a.id = e.article_id WHERE e.incident_id IS NOT NULL"
    ).fetchall()
    con.close()
    out: dict[str, set[str]] = {n: set() for n in names.values()}
    for url, iid in rows:
        out[names[url]].add(iid)
    return out


def test_pairs_of_reports_match_the_gold(coded):
    gold = json.loads((SET / "clusters.json").read_text(encoding="utf-8"))
    pred = _incident_of(coded)
    same_gold = {(a, b) for a, b in combinations(sorted(gold), 2) if gold[a] == gold[b]}
    same_pred = {(a, b) for a, b in combinations(sorted(gold), 2) if pred[a] & pred[b]}
    precision = len(same_gold & same_pred) / len(same_pred) if same_pred else 1.0
    recall = len(same_gold & same_pred) / len(same_gold)
    assert precision >= FLOORS["pairs_precision"], sorted(same_pred - same_gold)
    assert recall >= FLOORS["pairs_recall"], sorted(same_gold - same_pred)


def test_the_bombing_reported_with_eight_and_nine_dead_is_one_incident(coded):
    pred = _incident_of(coded)
    (iid,) = pred["maid_en_courier"]
    assert pred["maid_fr_sahel"] == {iid}
    con = duckdb.connect(str(coded), read_only=True)
    row = con.execute(
        "SELECT type, dead_low, dead_best, dead_high, n_articles, n_outlets, languages, location, country "
        "FROM incidents WHERE incident_id = ?",
        [iid],
    ).fetchall()[0]
    con.close()
    assert row == ("ASSAULT", 8, 8, 9, 4, 3, ["en", "fr"], "Maiduguri", "NG")


def test_look_alikes_get_other_incidents(coded):
    pred = _incident_of(coded)
    market = pred["maid_en_courier"]
    assert not market & pred["maid2_en"], "same town, another day"
    assert not market & pred["kano_en"], "another town, the same day"


def test_an_arrest_joins_the_attack_it_names_and_is_no_new_attack(coded):
    pred = _incident_of(coded)
    assert pred["maid_fr_arrest"] == pred["maid_en_courier"]
    con = duckdb.connect(str(coded), read_only=True)
    roles = con.execute(
        "SELECT r.role FROM incident_reports r JOIN articles a ON a.id = r.article_id WHERE a.url LIKE '%suspect-arrete'"
    ).fetchall()
    attacks = con.execute("SELECT count(*) FROM incidents WHERE type = 'ASSAULT'").fetchall()[0][0]
    con.close()
    assert roles == [("aftermath",)]
    assert attacks == 4  # the market, the mosque, Kano, Marseille


def test_a_rebuild_gives_the_same_incidents(coded, tmp_path):
    before = _incident_of(coded)
    assert main(["incidents", "--db", str(coded), "--rebuild"]) == 0
    assert _incident_of(coded) == before


def test_articles_of_a_later_run_join_the_incidents_already_stored(tmp_path):
    lines = (SET / "articles.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    first, later = tmp_path / "first.jsonl", tmp_path / "later.jsonl"
    first.write_text("".join(lines[:3]), encoding="utf-8")  # the market bombing in English and French
    later.write_text("".join(lines[3:]), encoding="utf-8")  # the arrest, the look-alikes, Marseille
    db = tmp_path / "inc.duckdb"
    assert main(["run", str(first), "--db", str(db), "--workers", "0"]) == 0
    before = _incident_of_some(db)
    assert main(["run", str(later), "--db", str(db), "--workers", "0"]) == 0
    after = _incident_of_some(db)
    assert {k: after[k] for k in before} == before  # nothing stored was matched again
    assert after["maid_fr_arrest"] == after["maid_en_courier"]
    assert not after["kano_en"] & after["maid_en_courier"]


def _incident_of_some(db: Path) -> dict[str, set[str]]:
    return {name: ids for name, ids in _incident_of(db).items() if ids}


def test_stats_and_event_exports_show_incidents(coded, tmp_path, capsys):
    assert main(["stats", "--db", str(coded), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)["incidents"]
    assert stats["count"] == 4 and stats["by_type"] == {"ASSAULT": 4}
    assert stats["articles_per_incident"] == {"1": 1, "2": 2, "4": 1}
    out = tmp_path / "events.jsonl"
    assert main(["export", "--db", str(coded), "--format", "jsonl", "-o", str(out)]) == 0
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert events and all(e["incident_id"].startswith("inc-") for e in events)


@pytest.mark.parametrize("fmt", ["acled-csv", "jsonl", "parquet", "geojson"])
def test_export_incidents_writes_one_row_per_incident_with_its_sources(coded, tmp_path, fmt):
    out = tmp_path / f"incidents.{fmt}"
    assert main(["export", "--db", str(coded), "--incidents", "--format", fmt, "-o", str(out)]) == 0
    if fmt == "parquet":
        import pyarrow.parquet as pq

        rows = pq.read_table(out).to_pylist()
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    elif fmt == "geojson":
        rows = [f["properties"] for f in json.loads(out.read_text(encoding="utf-8"))["features"]]
    else:
        import csv

        rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 4
    market = next(r for r in rows if "Monday Market" in str(r.get("sources")) or "market-bomb" in str(r.get("sources")))
    if fmt == "acled-csv":
        assert (market["fatalities"], market["fatalities_low"], market["fatalities_high"]) == ("8", "8", "9")
        assert market["source"] == "Abuja Daily; Journal du Sahel; Lagos Courier; Le Courrier d'Afrique"
    elif fmt == "geojson":
        assert market["sources"].count("<https://") == 4
    else:
        assert (market["dead_low"], market["dead_best"], market["dead_high"]) == (8, 8, 9)
        assert {s["outlet"] for s in market["sources"]} == {
            "Lagos Courier",
            "Abuja Daily",
            "Journal du Sahel",
            "Le Courrier d'Afrique",
        }


def test_extract_table_of_several_files_lists_their_incidents(tmp_path):
    records = [json.loads(line) for line in (SET / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    files = []
    for rec in records:
        if rec["name"] in ("maid_en_courier", "maid_fr_sahel", "kano_en"):
            files.append(tmp_path / f"{rec['name']}.txt")
            files[-1].write_text(rec["text"], encoding="utf-8")
    out = tmp_path / "table.txt"
    cmd = ["extract", *map(str, files), "--format", "table", "--published", "2026-03-03", "-o", str(out)]
    assert main(cmd) == 0
    lines = out.read_text(encoding="utf-8").split("incidents across the files:\n")[1].strip().splitlines()
    assert len(lines) == 2
    assert "Maiduguri" in lines[0] and "maid_en_courier.txt" in lines[0] and "maid_fr_sahel.txt" in lines[0]
    assert "Kano" in lines[1] and "kano_en.txt" in lines[1]


def test_an_update_reads_again_only_the_reports_that_share_a_block(tmp_path):
    from eventmill.incidents import update_store

    lines = (SET / "articles.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    nigeria = [ln for ln in lines if "marseille" not in ln]
    france = [ln for ln in lines if "marseille" in ln]
    db = tmp_path / "inc.duckdb"
    for part, name in ((nigeria, "ng.jsonl"), (france, "fr.jsonl")):
        (tmp_path / name).write_text("".join(part), encoding="utf-8")
        assert main(["run", str(tmp_path / name), "--db", str(db), "--workers", "0", "--no-incidents"]) == 0
        summary = update_store(db)
        if name == "fr.jsonl":
            # both Marseille reports are placed in France: the Nigerian reports are not read again
            assert summary.articles == 2 and summary.read_again == 0 and summary.joined == 1
    assert update_store(db).articles == 0
