"""The CLI: eventmill run, export and stats, with their help and errors."""

from __future__ import annotations

import json

import pytest
from corpus_util import texts, write_corpus  # noqa: F401 (fixtures)

from eventmill.cli import build_parser, main


@pytest.mark.parametrize(
    "command, words",
    [
        ("run", ["--dask tcp://scheduler:8786", "--columns", "kill -9", "events.duckdb"]),
        ("export", ["acled-csv", "--since", "--country", "QGIS"]),
        ("stats", ["--json"]),
    ],
)
def test_help_has_examples(command, words, capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args([command, "--help"])
    text = capsys.readouterr().out
    for w in words:
        assert w in text


def test_run_then_stats_then_export(tmp_path, texts, capsys):
    folder = tmp_path / "in"
    write_corpus(folder, texts, 2)
    (folder / "empty.txt").write_text("")
    db = tmp_path / "e.duckdb"
    code = main(["run", str(folder), "--db", str(db), "--workers", "0", "--json", str(tmp_path / "s.json")])
    assert code == 1  # one input failed
    err = capsys.readouterr().err
    assert "coded 2 articles" in err and "1 failed" in err and "eventmill stats" in err
    assert json.loads((tmp_path / "s.json").read_text())["coded"] == 2
    assert main(["stats", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "2 coded, 1 failed" in out and "is empty" in out and "runs:" in out
    assert main(["stats", "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["articles"]["failed"] == 1
    assert main(["export", "--db", str(db), "--format", "jsonl", "-o", "-"]) == 0
    assert all(json.loads(x)["type"] for x in capsys.readouterr().out.splitlines())


def test_errors_are_one_line_with_an_exit_code(tmp_path, capsys):
    assert main(["stats", "--db", str(tmp_path / "none.duckdb")]) == 4
    assert "eventmill run" in capsys.readouterr().err
    assert main(["run", str(tmp_path / "missing"), "--db", str(tmp_path / "e.duckdb")]) == 4
    assert "no such file" in capsys.readouterr().err
    assert main(["run", str(tmp_path), "--columns", "body", "--db", str(tmp_path / "e.duckdb")]) == 4
    assert "FIELD=NAME" in capsys.readouterr().err
    assert (
        main(["export", "--format", "geojson", "-o", "x", "--since", "yesterday", "--db", str(tmp_path / "e.duckdb")])
        == 4
    )
