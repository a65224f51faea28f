"""The command line: bad input gives one clear line and a non-zero exit code, never a traceback."""

import json
import subprocess
import sys

import pytest

from conftest import EXAMPLE


def run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "eventmill.cli", *map(str, args)],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=300,
    )


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


BAD = [
    ("empty", b"", 2, "empty"),
    ("blank", b"   \n\n  \t", 2, "empty"),
    ("binary", bytes(range(256)) * 40, 2, "binary"),
    ("latin1", "L'armée a repoussé une attaque près d'Alep, selon l'agence.".encode("latin-1"), 2, "UTF-8"),
    ("huge", b"Une phrase en fran\xc3\xa7ais. " * 800_000, 2, "too large"),
    (
        "german",
        "Die Regierung hat am Montag erklärt, dass die Armee in der Stadt gegen die Rebellen "
        "gekämpft hat und dass es viele Tote gab, die von den Behörden gezählt wurden.".encode(),
        3,
        "language",
    ),
    ("digits", b"1234 5678 9012 3456 7890 1234 5678 9012 3456 7890", 2, "letters"),
]


@pytest.mark.parametrize("name,data,code,words", BAD, ids=[b[0] for b in BAD])
def test_bad_input_gives_one_clear_line(tmp_path, name, data, code, words):
    f = _write(tmp_path / f"{name}.txt", data)
    proc = run("extract", f)
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and words.lower() in lines[0].lower(), proc.stderr
    assert proc.stdout == ""


def test_missing_file_is_a_clear_error(tmp_path):
    proc = run("extract", tmp_path / "nope.txt")
    assert proc.returncode == 2 and "cannot read" in proc.stderr and "Traceback" not in proc.stderr


def test_batch_goes_on_past_a_bad_file(tmp_path):
    bad = _write(tmp_path / "bad.txt", b"\x00\x01\x02binary")
    proc = run("extract", bad, EXAMPLE, "--format", "jsonl")
    assert proc.returncode == 1
    assert "bad.txt" in proc.stderr and "binary" in proc.stderr
    docs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(docs) == 1 and docs[0]["events"]


def test_help_teaches(tmp_path):
    proc = run("extract", "--help")
    assert proc.returncode == 0
    for word in ("--published", "--lang", "--format", "examples:"):
        assert word in proc.stdout


def test_bad_date_option_is_a_clear_error():
    proc = run("extract", EXAMPLE, "--published", "last thursday")
    assert proc.returncode == 2 and "YYYY-MM-DD" in proc.stderr and "Traceback" not in proc.stderr


def test_table_format_lists_events():
    proc = run("extract", EXAMPLE, "--format", "table")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0].split()[:3] == ["type", "actor", "recipient"]
    assert "ASSAULT" in proc.stdout


def test_table_names_each_actor_once():
    # the seed's accusation is made by one man named twice ("diplomate russe", "ambassadeur russe")
    proc = run("extract", EXAMPLE, "--format", "table")
    assert proc.returncode == 0, proc.stderr
    assert not any("Vitaly Churkin, Vitaly Churkin" in line for line in proc.stdout.splitlines())


def test_many_files_are_coded_together_each_bad_one_failing_alone(tmp_path):
    """Several files are coded in batches (the parser batches across them): every bad one fails
    alone with its own message, and every good one comes out as it does alone."""
    bad = {name: _write(tmp_path / f"{name}.txt", data) for name, data, _, _ in BAD if name != "huge"}
    good = _write(tmp_path / "kabul.txt", b"Police fired on protesters in Kabul on Monday, witnesses said.")
    files = [bad["empty"], EXAMPLE, bad["binary"], bad["blank"], good, bad["german"], bad["latin1"], bad["digits"]]
    proc = run("extract", *files, "--format", "jsonl")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    for name, _, _, words in BAD:
        if name != "huge":
            assert any(f"{name}.txt" in line and words.lower() in line.lower() for line in proc.stderr.splitlines())
    docs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [d["file"] for d in docs] == [str(EXAMPLE), str(good)]
    for d in docs:
        alone = json.loads(run("extract", d["file"]).stdout)
        assert {k: v for k, v in d.items() if k != "file"} == alone
