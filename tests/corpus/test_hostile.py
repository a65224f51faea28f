"""Hostile inputs (issue 15): each one fails alone with one problem row, and the good records of the
same batch are coded; limits hold while reading, so no input fills the memory or the database."""

from __future__ import annotations

import io
import json
import os
import threading
import tracemalloc
import zipfile

import pytest
from corpus_util import query

from eventmill.config import Config
from eventmill.corpus.readers.inputs import iter_records
from eventmill.corpus.readers.lines import Oversized, capped_csv, capped_lines
from eventmill.corpus.readers.records import clean
from eventmill.corpus.runner import RunOptions, run

GOOD = (
    "Six civils ont trouvé la mort jeudi à Alep dans des bombardements menés par le régime syrien, "
    "selon l'Observatoire syrien des droits de l'homme."
)


def good(n: int) -> str:
    return f"{GOOD} Dépêche numéro {n}."


def run_db(tmp_path, *inputs, config=None):
    db = tmp_path / "events.duckdb"
    summary = run(list(inputs), config or Config(), RunOptions(db=db, workers=0, batch_size=4, progress=False))
    return summary, db


def problems(db) -> list[tuple[str, str]]:
    return query(db, "SELECT source, message FROM problems WHERE kind = 'error' ORDER BY source")


# 1. a lone surrogate in JSONL


def test_a_lone_surrogate_in_jsonl_text_or_title_is_replaced_and_every_line_is_coded(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text(
        '{"text": "\\ud800 '
        + GOOD
        + '"}\n'
        + json.dumps({"text": good(2), "title": "x"}).replace('"x"', '"\\udfff titre"')
        + "\n"
        + json.dumps({"text": good(3)})
        + "\n",
        encoding="utf-8",
    )
    summary, db = run_db(tmp_path, path)
    assert (summary.coded, summary.failed) == (3, 0)
    rows = query(db, "SELECT source, title, left(text, 2) FROM articles ORDER BY source")
    assert rows[0][2] == "\ufffd " and rows[1][1] == "\ufffd titre"


def test_clean_keeps_offsets_and_leaves_valid_text_alone():
    assert clean("a\ud800b\udc00") == "a\ufffdb\ufffd"
    text = "é 😀 ok"
    assert clean(text) is text


def test_the_store_replaces_a_surrogate_the_readers_let_through(tmp_path):
    from eventmill.corpus.store import Store

    with Store(tmp_path / "s.duckdb") as store:
        n = store.write({"sources": {"source": ["bad\udcffname.txt"], "article_id": ["x"]}}, 1)
        assert n == 1 and store.query("SELECT source FROM sources") == [("bad\ufffdname.txt",)]


# 2. a WARC record with no URL and a bad length


def test_a_warc_record_with_no_url_and_a_bad_length_is_one_problem_and_the_run_goes_on(tmp_path):
    (tmp_path / "g.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999999\r\n\r\nshort")
    (tmp_path / "ok.txt").write_text(good(1), encoding="utf-8")
    summary, db = run_db(tmp_path, tmp_path)
    assert (summary.coded, summary.failed) == (1, 1)
    [(source, message)] = problems(db)
    assert source.endswith("g.warc") and "malformed WARC record" in message


# 3. &#xD800; in an RSS item


def test_a_surrogate_character_reference_in_rss_becomes_a_replacement_character(tmp_path):
    (tmp_path / "f.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        f"<item><title>a &#xD800; b &#55296;</title><description>{good(1)} &#xdfff;</description></item>"
        f"<item><title>deux</title><description>{good(2)}</description></item></channel></rss>",
        encoding="utf-8",
    )
    summary, db = run_db(tmp_path, tmp_path / "f.rss")
    assert (summary.coded, summary.failed) == (2, 0)
    assert query(db, "SELECT title FROM articles ORDER BY source")[0] == ("a \ufffd b \ufffd",)


# 4. a CSV field over 4,000,000 bytes


@pytest.mark.parametrize("size", [4_100_000, 12_000_000])
def test_a_huge_csv_field_fails_alone_and_the_rows_after_it_are_read(tmp_path, size):
    path = tmp_path / "big.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("title,text\n")
        fh.write(f'un,"{good(1)}"\n')
        fh.write('deux,"' + ("Un texte, sur\nplusieurs lignes; avec guillemets. " * (size // 48)) + '"\n')
        fh.write(f'trois,"{good(3)}"\n')
        fh.write(f"quatre,{good(4).replace(',', ' ')}\n")
    summary, db = run_db(tmp_path, path)
    assert (summary.coded, summary.failed) == (3, 1)
    [(source, message)] = problems(db)
    assert source.endswith("big.csv:2") and "too large" in message
    # a failed record keeps only a short excerpt of its text
    assert query(db, "SELECT max(length(text)) FROM articles WHERE status = 'failed'")[0][0] <= 2000


def test_capped_csv_finds_where_an_oversized_record_ends_as_csv_does():
    rows = [
        ["a", "b"],
        ["x" * 50, 'q"uo\nte,d'],
        ["1", 'un "" deux'],
        ["", '""'],
        ['5" écran', "z"],
        ["tail", '\r\n,"",x'],
    ]
    out = io.StringIO(newline="")
    import csv

    csv.writer(out).writerows(rows)
    text = out.getvalue()
    got = list(capped_csv(io.StringIO(text, newline=""), 20, ","))
    assert [n for _, n in got] == [0, 1, 2, 3, 4, 5]
    assert isinstance(got[1][0], Oversized)
    assert [r for r, _ in got if not isinstance(r, Oversized)] == [rows[0]] + rows[2:]


# 5. a named pipe in an input folder


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_in_an_input_folder_is_one_problem_and_never_blocks(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.txt").write_text(good(1), encoding="utf-8")
    result: dict = {}
    worker = threading.Thread(target=lambda: result.update(zip(("summary", "db"), run_db(tmp_path, tmp_path))))
    worker.daemon = True
    worker.start()
    worker.join(120)
    if worker.is_alive():  # unblock the thread before failing, so the suite can end
        with open(tmp_path / "pipe.txt", "w"):
            pass
        pytest.fail("the run blocked on a named pipe")
    assert (result["summary"].coded, result["summary"].failed) == (1, 1)
    [(source, message)] = problems(result["db"])
    assert source.endswith("pipe.txt") and "named pipe" in message


# 6. limits hold while reading


def test_a_huge_jsonl_line_in_a_zip_is_refused_while_streaming_and_never_stored(tmp_path):
    config = Config(max_bytes=10_000)  # a line may be 50,000 bytes
    path = tmp_path / "one.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        line = json.dumps({"text": "Un texte immense. " * 400_000})  # 7.2 MB on one line
        zf.writestr("dump.jsonl", json.dumps({"text": good(1)}) + "\n" + line + "\n" + json.dumps({"text": good(2)}))
    tracemalloc.start()
    try:
        recs = list(iter_records([path], config))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4_000_000  # the line streams past in 1 MB pieces, never whole
    assert [bool(r.error) for r in recs] == [False, True, False]
    assert "too large" in recs[1].error and recs[1].source.endswith("dump.jsonl:2")


def test_capped_lines_skips_a_long_line_and_keeps_the_next():
    data = b"short\n" + b"x" * 5000 + b"\nnext\nlast"
    got = list(capped_lines(io.BytesIO(data), 100))
    assert got[0] == b"short\n" and isinstance(got[1], Oversized) and got[2:] == [b"next\n", b"last"]


def test_a_failed_jsonl_record_stores_only_an_excerpt(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"text": "Un article beaucoup trop long. " * 70_000}) + "\n", encoding="utf-8")
    summary, db = run_db(tmp_path, path)
    assert summary.failed == 1
    [(chars, stored)] = query(db, "SELECT chars, length(text) FROM articles")
    assert chars == 2_170_000 and stored == 2000
