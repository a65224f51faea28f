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


# 7. a huge single-line article is parsed in pieces


def test_an_overlong_paragraph_is_cut_into_pieces_at_sentence_ends():
    from eventmill.stages.parse import PARSE_CHARS, pieces

    text = (GOOD + " ") * 400  # 57 kB on one line
    cuts = pieces(text, 0, len(text))
    assert len(cuts) > 10 and all(b - a <= PARSE_CHARS for a, b in cuts)
    assert [a for a, _ in cuts[1:]] == [b for _, b in cuts[:-1]] and cuts[-1][1] == len(text)
    assert all(text[b - 2 : b] == ". " for _, b in cuts[:-1])  # each piece ends a sentence
    assert pieces("x" * 12_000, 0, 12_000) == [(0, 5000), (5000, 10000), (10000, 12000)]  # no break at all


def test_a_long_single_line_article_gives_sentences_no_longer_than_a_piece():
    import eventmill
    from eventmill.stages.parse import PARSE_CHARS

    text = ("Des combats ont eu lieu à Alep " * 700).strip() + "."  # 21 kB, no sentence end
    doc = eventmill.extract(text, lang="fr")
    assert max(s.end - s.start for s in doc.sentences) <= PARSE_CHARS
    assert all(text[t.start : t.end] == t.text for t in doc.tokens)


# fuzzing findings (scripts/fuzz.py)


@pytest.mark.parametrize("name", ["d.jsonl.gz", "d.csv.gz", "d.txt.gz"])
def test_a_corrupt_gzip_ends_with_one_problem_after_the_records_before_it(tmp_path, name):
    import gzip

    body = (
        "text\n" + "".join(f'"{good(i)}"\n' for i in range(3))
        if "csv" in name
        else "".join(json.dumps({"text": good(i)}) + "\n" for i in range(3))
    )
    data = bytearray(gzip.compress(body.encode() * 800))  # past the 64 kB the CSV reader peeks at
    data[-6] ^= 0xFF  # the CRC no longer matches
    (tmp_path / name).write_bytes(bytes(data))
    recs = list(iter_records([tmp_path / name], Config()))
    assert recs[-1].error and "could not be read past this point" in recs[-1].error
    if "txt" not in name:
        assert sum(not r.error for r in recs) >= 3


def test_a_corrupt_tar_member_stream_is_a_problem_not_a_crash(tmp_path):
    import gzip
    import tarfile

    path = tmp_path / "a.tar"
    with tarfile.open(path, "w") as tf:
        for i in range(3):
            data = good(i).encode() * 200
            info = tarfile.TarInfo(f"m{i}.txt")
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    packed = bytearray(gzip.compress(path.read_bytes()))
    packed[len(packed) // 2] ^= 0x55  # a damaged deflate stream
    (tmp_path / "a.tar.gz").write_bytes(bytes(packed))
    recs = list(iter_records([tmp_path / "a.tar.gz"], Config()))
    assert recs and recs[-1].error


def test_a_malformed_atom_entry_with_no_summary_is_a_problem_not_a_crash(tmp_path):
    (tmp_path / "f.atom").write_bytes(
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><title>E</titme>'
        b"<content>" + GOOD.encode() + b"&#0; suite"
    )
    recs = list(iter_records([tmp_path / "f.atom"], Config()))
    assert recs and all(r.error for r in recs)


def test_warcio_warnings_do_not_flood_standard_error(tmp_path, capfd):
    html = f"<html><body><p>{GOOD}</p></body></html>".encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/a\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http) - 20}\r\n\r\n"
    ).encode()
    (tmp_path / "w.warc").write_bytes(head + http + b"x" * 100_000 + b"\r\n\r\n")
    list(iter_records([tmp_path / "w.warc"], Config()))
    assert "Remainder" not in capfd.readouterr().err


def test_a_warc_length_too_big_for_an_integer_is_a_problem_not_a_crash(tmp_path):
    (tmp_path / "o.warc").write_bytes(
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/\r\nContent-Length: "
        + b"9" * 400
        + b"\r\n\r\nshort"
    )
    recs = list(iter_records([tmp_path / "o.warc"], Config()))
    # with lines capped, the length no longer overflows: the record has no page in it and is skipped
    assert all(r.error for r in recs)


def test_a_huge_line_after_a_warc_record_is_refused_without_reading_it_whole(tmp_path):
    import gzip

    html = f"<html><body><p>{GOOD}</p></body></html>".encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/a\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    with gzip.open(tmp_path / "l.warc.gz", "wb", 1) as fh:
        fh.write(head + http + b"\r\n\r\n" + b"x" * 30_000_000)  # a 30 MB line: warcio read it whole
    config = Config(max_bytes=100_000)
    tracemalloc.start()
    try:
        recs = list(iter_records([tmp_path / "l.warc.gz"], config))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert recs[0].page is not None and "not a readable WARC file" in recs[-1].error
    assert peak < 10_000_000
