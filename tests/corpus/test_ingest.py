"""Ingestion: every format yields the same Article with its metadata, or one clear error per input."""

from __future__ import annotations

import csv
import gzip
import io
import json
import logging
import tarfile
import zipfile

import pytest

from eventmill.api import article_id
from eventmill.config import Config
from eventmill.corpus.readers import detect_format
from eventmill.corpus.readers.decode import decode_bytes, fragment_text, iso_date
from eventmill.corpus.readers.inputs import estimate, iter_records
from eventmill.corpus.readers.records import failure_id
from eventmill.corpus.readers.text import Columns
from eventmill.errors import ConfigError, InputError

TEXT = (
    "Six civils ont trouvé la mort jeudi à Alep dans des bombardements menés par le régime syrien, "
    "selon l'Observatoire syrien des droits de l'homme."
)
TEXT2 = "Des milliers de manifestants ont défilé samedi à Paris contre la réforme des retraites."


def records(*inputs, fmt="auto", columns=None, config=None):
    return list(iter_records(list(inputs), config or Config(), fmt, columns))


def test_directory_of_text_files_is_walked_in_order_skipping_hidden_and_unknown_files(tmp_path, caplog):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(TEXT2, encoding="utf-8")
    (tmp_path / "one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    with caplog.at_level(logging.WARNING):
        recs = records(tmp_path)
    assert [r.article.text for r in recs] == [TEXT, TEXT2]  # a folder's files, then its subfolders
    assert recs[0].article.id == article_id(TEXT) == recs[0].key
    assert recs[0].source == str(tmp_path / "one.txt") and recs[0].encoding == "utf-8"
    assert "skipped 1 file(s) of unknown type" in caplog.text and ".png" in caplog.text


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16", "utf-8-sig"])
def test_text_in_another_encoding_is_detected(tmp_path, encoding):
    (tmp_path / "a.txt").write_bytes(TEXT.encode(encoding))
    [rec] = records(tmp_path / "a.txt")
    assert rec.article.text == TEXT and not rec.error


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary"),
        ("Des combats à Alep, selon l'OSDH".encode() + " et des blessés à Homs.".encode("latin-1"), "mis-encoded"),
    ],
)
def test_unreadable_text_is_one_clear_error(tmp_path, data, words):
    (tmp_path / "bad.txt").write_bytes(data)
    [rec] = records(tmp_path / "bad.txt")
    assert rec.article is None and words in rec.error and str(tmp_path / "bad.txt") in rec.error
    assert rec.key == failure_id(rec.source)


def test_too_large_file_is_refused_without_reading_it(tmp_path):
    (tmp_path / "huge.txt").write_text("Alep. " * 1000, encoding="utf-8")
    [rec] = records(tmp_path / "huge.txt", config=Config(max_bytes=2000))
    assert "too large" in rec.error and "--max-bytes" in rec.error


def test_jsonl_with_default_and_custom_columns(tmp_path):
    rows = [
        {
            "text": TEXT,
            "title": "Alep",
            "published": "2016-04-09T10:00:00Z",
            "url": "https://x.example/1",
            "source": "Le Journal",
            "lang": "fr",
        },
        {"body": TEXT2, "meta": {"day": "Sat, 09 Apr 2016 10:00:00 GMT"}},
    ]
    f = tmp_path / "dump.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in rows] + ["", "{not json", "[1, 2]"]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    recs = records(f)
    a = recs[0].article
    assert (a.text, a.title, a.published, a.url, a.outlet, a.lang) == (
        TEXT,
        "Alep",
        "2016-04-09",
        "https://x.example/1",
        "Le Journal",
        "fr",
    )
    assert recs[0].source == f"{f}:1"
    assert recs[1].article.text == TEXT2 and recs[1].article.published is None  # body is a default text name
    assert "not valid JSON" in recs[2].error and recs[2].source == f"{f}:4"
    assert "not an object" in recs[3].error
    custom = records(f, columns=Columns.parse("text=body,published=meta.day"))
    assert custom[1].article.published == "2016-04-09"
    assert "no text field" in custom[0].error and "--columns text=NAME" in custom[0].error


def test_gzipped_jsonl(tmp_path):
    f = tmp_path / "dump.jsonl.gz"
    f.write_bytes(gzip.compress((json.dumps({"text": TEXT}) + "\n").encode()))
    [rec] = records(f)
    assert rec.article.text == TEXT


def test_csv_and_tsv_with_configurable_columns_in_latin1(tmp_path):
    f = tmp_path / "news.csv"
    with open(f, "w", encoding="latin-1", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["headline", "contenu", "jour"])
        w.writerow(["Alep", TEXT, "09/04/2016"])
        w.writerow(["Paris", TEXT2 + "\nDeuxième paragraphe.", "2016-04-10"])
    recs = records(f, columns=Columns.parse("text=contenu,title=headline,published=jour"))
    assert [r.article.title for r in recs] == ["Alep", "Paris"]
    assert recs[0].article.text == TEXT and recs[0].encoding != "utf-8"
    assert recs[0].article.published is None and "not understood" in recs[0].warnings[0]
    assert recs[1].article.published == "2016-04-10" and "\nDeuxième" in recs[1].article.text
    assert "no text column" in records(f)[0].error  # 'contenu' is not a default name
    t = tmp_path / "news.tsv"
    t.write_text(f"text\ttitle\n{TEXT}\tAlep\n", encoding="utf-8")
    assert records(t)[0].article.title == "Alep"


def test_columns_spec_errors_are_clear():
    with pytest.raises(ConfigError, match="FIELD=NAME"):
        Columns.parse("texte=body")


HTML = (
    b"<html><head><title>Alep : six civils tu\xc3\xa9s</title>"
    b"<meta property='og:site_name' content='Le Journal'>"
    b"<meta property='article:published_time' content='2016-04-09T08:00:00Z'>"
    b"<link rel='canonical' href='https://journal.example/alep'></head><body><nav>Accueil | Monde</nav>"
    b"<article><h1>Alep : six civils tu\xc3\xa9s</h1><p>"
    + TEXT.encode()
    + b"</p><p>"
    + TEXT2.encode()
    + b"</p></article><footer>Tous droits r\xc3\xa9serv\xc3\xa9s</footer></body></html>"
)


def test_html_page_yields_text_title_date_outlet_and_url(tmp_path):
    from eventmill.corpus.readers.pages import page_article

    (tmp_path / "page.html").write_bytes(HTML)
    [rec] = records(tmp_path)
    assert rec.page is not None and rec.key is None  # extracted in the worker
    article, encoding = page_article(rec)
    assert TEXT in article.text and "Accueil" not in article.text and "réservés" not in article.text
    assert (article.title, article.published, article.outlet, article.url) == (
        "Alep : six civils tués",
        "2016-04-09",
        "Le Journal",
        "https://journal.example/alep",
    )
    assert article.id == article_id(article.text) and encoding == "utf-8"


def test_html_in_latin1_declared_by_meta_charset(tmp_path):
    from eventmill.corpus.readers.pages import page_article

    page = HTML.decode().replace("<head>", "<head><meta charset='iso-8859-1'>").encode("latin-1")
    (tmp_path / "page.htm").write_bytes(page)
    article, encoding = page_article(records(tmp_path)[0])
    assert TEXT in article.text and encoding == "iso8859-1"


def test_html_without_content_is_an_input_error(tmp_path):
    from eventmill.corpus.readers.pages import page_article

    (tmp_path / "empty.html").write_bytes(b"<html><head><title>Accueil</title></head><body></body></html>")
    with pytest.raises(InputError, match="no article text"):
        page_article(records(tmp_path)[0])


def _warc(path, pages):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, status, ctype, body in pages:
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))


def test_warc_keeps_html_and_text_responses_with_their_url(tmp_path):
    from eventmill.corpus.readers.pages import page_article

    f = tmp_path / "crawl.warc.gz"
    _warc(
        f,
        [
            ("https://journal.example/alep", "200 OK", "text/html; charset=utf-8", HTML),
            ("https://journal.example/gone", "404 Not Found", "text/html", b"<html>not found</html>"),
            ("https://journal.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"),
            ("https://journal.example/brief.txt", "200 OK", "text/plain; charset=latin-1", TEXT2.encode("latin-1")),
        ],
    )
    recs = records(f)
    assert len(recs) == 2
    page, plain = recs
    assert page.source == f"{f}@0" and page.url == "https://journal.example/alep" and page.charset == "utf-8"
    assert TEXT in page_article(page)[0].text
    assert plain.article.text == TEXT2 and plain.article.url == "https://journal.example/brief.txt"


RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Le Journal - Monde</title><link>https://journal.example</link><language>fr-FR</language>
<item><title>Alep : six civils tués</title><link>https://journal.example/alep</link>
<pubDate>Sat, 09 Apr 2016 08:00:00 +0000</pubDate><description>Résumé court.</description>
<content:encoded><![CDATA[<p>{TEXT}</p><p>{TEXT2}</p>]]></content:encoded></item>
<item><title>Paris</title><link>https://journal.example/paris</link>
<pubDate>Sun, 10 Apr 2016 08:00:00 +0000</pubDate><description>&lt;p&gt;{TEXT2}&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Le Fil</title>
<entry><title>Alep</title><link href="https://fil.example/alep"/><updated>2016-04-09T08:00:00Z</updated>
<content type="html">&lt;p&gt;{TEXT}&lt;/p&gt;</content></entry></feed>"""


def test_rss_and_atom_entries_become_articles(tmp_path):
    (tmp_path / "monde.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "fil.atom").write_text(ATOM, encoding="utf-8")
    atom, first, second = records(tmp_path)
    assert first.article.text == f"{TEXT}\n{TEXT2}"  # the full content, paragraphs on their own lines
    assert (
        first.article.title,
        first.article.url,
        first.article.published,
        first.article.outlet,
        first.article.lang,
    ) == ("Alep : six civils tués", "https://journal.example/alep", "2016-04-09", "Le Journal - Monde", "fr")
    assert second.article.text == TEXT2 and second.source.endswith("monde.rss#2")
    assert atom.article.text == TEXT and atom.article.published == "2016-04-09" and atom.article.outlet == "Le Fil"


def test_a_file_that_is_not_a_feed_is_one_error(tmp_path):
    (tmp_path / "sitemap.xml").write_text("<urlset><url>x</url></urlset>", encoding="utf-8")
    [rec] = records(tmp_path)
    assert "not an RSS or Atom feed" in rec.error


def test_zip_and_tar_archives_are_read_member_by_member(tmp_path):
    z = tmp_path / "batch.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("news/one.txt", TEXT)
        zf.writestr("news/more.jsonl", json.dumps({"text": TEXT2}) + "\n")
        zf.writestr("news/readme.md", "not an article")
    t = tmp_path / "batch.tar.gz"
    with tarfile.open(t, "w:gz") as tf:
        data = TEXT.encode()
        info = tarfile.TarInfo("x/one.txt")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    recs = records(z, t)
    assert [r.article.text for r in recs] == [TEXT, TEXT2, TEXT]
    assert recs[0].source == f"{z}!news/one.txt" and recs[1].source == f"{z}!news/more.jsonl:1"
    assert recs[0].key == recs[2].key  # same text, same ID: stored once
    assert estimate([z]) == 3


def test_forced_format_reads_files_without_a_known_suffix(tmp_path):
    (tmp_path / "article.dat").write_text(TEXT, encoding="utf-8")
    assert records(tmp_path) == []
    assert records(tmp_path, fmt="txt")[0].article.text == TEXT


def test_missing_input_and_unknown_format_are_option_errors(tmp_path):
    with pytest.raises(ConfigError, match="no such file"):
        records(tmp_path / "nope")
    with pytest.raises(ConfigError, match="unknown format"):
        records(tmp_path, fmt="pdf")


def test_helpers():
    assert detect_format("a.WARC.GZ") == "warc" and detect_format("a.jsonl.gz") == "jsonl"
    assert detect_format("a.pdf") is None
    assert iso_date("20160409") == ("2016-04-09", None)
    assert fragment_text("<p>Un</p><p>Deux &amp; trois<br>quatre</p><script>x()</script>") == "Un\nDeux & trois\nquatre"
    with pytest.raises(InputError, match="empty"):
        decode_bytes(b"", "x")
