"""The faster ways `eventmill.web.queries` answers deep pages and text searches give the same answers
as the plain ones: a page found through the counts per sort value is the sorted page, and the text
search over the stored lowercased evidence finds what lowercasing each sentence finds."""

from __future__ import annotations

import duckdb
import pytest

from eventmill.corpus.store import Store
from eventmill.web import queries
from eventmill.web.filters import parse_filter

# a store with many ties and NULLs in every sort column: 2,000 events over 400 articles, some with no
# date of their own (they take their article's), no country, no actor, no death count
EVENTS = """
INSERT INTO articles (id, status, title, published, text)
SELECT 'a' || lpad(CAST((i * 7919) % 400 AS VARCHAR), 3, '0'), 'coded', 'T', DATE '2020-01-01' + CAST(i % 9 AS INTEGER), 'x'
FROM range(400) t(i);
INSERT INTO events (article_id, event_no, type, evidence, evidence_folded, actor1, actor2, location, country,
                    event_date, dead)
SELECT 'a' || lpad(CAST(i // 5 AS VARCHAR), 3, '0'), i % 5, ['ASSAULT', 'PROTEST', 'COERCE'][1 + i % 3],
       'Une phrase ' || i, 'une phrase ' || i, CASE WHEN i % 4 > 0 THEN 'Acteur ' || (i % 6) END, CASE WHEN i % 5 > 1 THEN 'Autre ' || (i % 3) END,
       CASE WHEN i % 3 > 0 THEN 'Lieu ' || (i % 11) END, CASE WHEN i % 7 > 0 THEN ['SY', 'FR', 'IQ'][1 + i % 3] END,
       CASE WHEN i % 6 > 0 THEN DATE '2020-01-01' + CAST(i % 13 AS INTEGER) END, CASE WHEN i % 2 = 0 THEN i % 4 END
FROM range(2000) t(i);
"""


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    db = tmp_path_factory.mktemp("seek") / "events.duckdb"
    with Store(db) as store:
        store.con.execute(EVENTS)
    c = duckdb.connect(str(db), read_only=True)
    yield c
    c.close()


def keys(body):
    return [(e["article_id"], e["event_no"]) for e in body["events"]]


@pytest.mark.parametrize("sort", sorted(queries.SORTS))
@pytest.mark.parametrize("desc", [False, True])
def test_a_deep_page_found_through_the_counts_is_the_sorted_page(con, monkeypatch, sort, desc):
    for where in (parse_filter(), parse_filter(type="ASSAULT"), parse_filter(country="SY", since="2020-01-03")):
        for limit, offset in ((50, 0), (1, 1), (50, 37), (7, 998), (50, 1990), (50, 2000), (3, 2500), (1000, 400)):
            monkeypatch.setattr(queries, "SEEK_FROM", 10**9)
            sorted_page = queries.events(con, where, limit, offset, sort, desc)
            monkeypatch.setattr(queries, "SEEK_FROM", 0)
            sought = queries.events(con, where, limit, offset, sort, desc)
            assert sought["total"] == sorted_page["total"]
            assert keys(sought) == keys(sorted_page), (where, limit, offset)
    assert sorted_page["total"] > 0 and keys(sorted_page)  # the last filter still matches events


@pytest.mark.parametrize("desc", [False, True])
@pytest.mark.parametrize("sort", ["date", "country", "dead"])
def test_a_text_search_pages_like_a_plain_sorted_query(con, sort, desc):
    # the reference: every event with its date (its own, else its article's), filtered by lower()
    order = f"{queries.SORTS[sort]} {'DESC' if desc else 'ASC'} NULLS LAST, e.article_id, e.event_no"
    for q in ("phrase 1", "PHRASE 19"):
        expected = con.execute(
            f"SELECT e.article_id, e.event_no FROM (SELECT e.*, coalesce(e.event_date, a.published) AS date "
            f"FROM events e JOIN articles a ON a.id = e.article_id) e WHERE contains(lower(e.evidence), lower(?)) "
            f"ORDER BY {order}",
            [q],
        ).fetchall()
        assert len(expected) > 100
        for limit, offset in ((50, 0), (7, 93), (1000, 0), (5, len(expected) - 2)):
            body = queries.events(con, parse_filter(q=q), limit, offset, sort, desc)
            assert body["total"] == len(expected)
            assert keys(body) == expected[offset : offset + limit], (q, limit, offset)


TEXTS = [
    "Une Explosion à Alep",
    "EXPLOSION",
    "l'Élysée a dit",
    "L'ÉLYSÉE A DIT",
    "İstanbul",
    "ISTANBUL",
    "istanbul",
    "Straße",
    "STRASSE",
    "œuvre",
    "ŒUVRE",
    "a.b(c)*+?",
    "100% [sic] {x} ^$ | \\ fin",
    "x_y",
    "Jabhat al-Nusra",
    "",
]
QUERIES = ["explosion", "élysée", "ÉLYSÉE", "istanbul", "İSTANBUL", "straße", "œuvre", "a.b(c)*+?", "[sic] {x} ^$ | \\"]
QUERIES += ["%", "_", "x_y", "NUSRA", "al-nusra", "."]


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """TEXTS as the evidence of one article's events, written as a run writes them (`Store.write`)."""
    db = tmp_path_factory.mktemp("text") / "events.duckdb"
    with Store(db) as store:
        n = len(TEXTS)
        events = {"article_id": ["a1"] * n, "event_no": list(range(n)), "type": ["ASSAULT"] * n, "evidence": TEXTS}
        store.write({"articles": {"id": ["a1"], "status": ["coded"], "text": ["x"]}, "events": events}, run_id=1)
    c = duckdb.connect(str(db), read_only=True)
    yield c
    c.close()


@pytest.mark.parametrize("q", QUERIES)
def test_text_search_in_any_case_finds_what_lowercasing_each_sentence_finds(written, q):
    expected = written.execute(
        "SELECT event_no FROM events WHERE contains(lower(evidence), lower(?)) ORDER BY event_no", [q]
    ).fetchall()
    body = queries.events(written, parse_filter(q=q), limit=100, sort="article")
    assert sorted(e["event_no"] for e in body["events"]) == [r[0] for r in expected]
    assert body["total"] == len(expected) > 0  # each query finds something: the comparison says something
