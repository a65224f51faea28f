"""A synthetic store for the incident tests: coded articles, four reports of each incident k = i // 4
(same town, day and brigade), two events each, in five countries over a year, named by a few proper
nouns. Shared by tests/corpus/test_incident_writes.py and tests/web/test_live_run.py (tests/ is on
sys.path through the top-level conftest.py)."""

from __future__ import annotations

from eventmill.corpus.store import Store

# the article text is the caller's SQL expression in i
_SQL = """
INSERT INTO articles (id, status, title, published, lang, text)
SELECT 's' || lpad(CAST(i AS VARCHAR), 6, '0'), 'coded', 'Synthetic ' || i,
       DATE '2016-01-01' + CAST(i // 4 % 365 AS INTEGER), 'en', {text}
FROM range(?, ?) t(i);
INSERT INTO events (article_id, event_no, type, modes, latitude, longitude, country, geo_precision, gid, location,
                    event_date, date_precision, dead, actor1, evidence)
SELECT 's' || lpad(CAST(i // 2 AS VARCHAR), 6, '0'), i % 2, 'ASSAULT', [], 30 + i // 8 % 211 / 10.0,
       40 + i // 8 % 211 / 10.0, ['SY', 'IQ', 'YE', 'ML', 'NG'][1 + i // 8 % 5], 'town', 'gTown' || (i // 8 % 211),
       'Town' || (i // 8 % 211), DATE '2016-01-01' + CAST(i // 8 % 365 AS INTEGER), 'day', i // 2 % 7,
       'Brigade' || (i // 8 % 97), 'Fighters attacked the town.'
FROM range(2 * CAST(? AS BIGINT), 2 * CAST(? AS BIGINT)) t(i);
INSERT INTO actors (article_id, mention_no, start_char, name)
SELECT 's' || lpad(CAST(i AS VARCHAR), 6, '0'), 0, 20, 'Brigade' || (i // 4 % 97) FROM range(?, ?) t(i);
INSERT INTO places (article_id, mention_no, start_char, gid, country)
SELECT 's' || lpad(CAST(i AS VARCHAR), 6, '0'), 0, 40, 'gTown' || (i // 4 % 211),
       ['SY', 'IQ', 'YE', 'ML', 'NG'][1 + i // 4 % 5]
FROM range(?, ?) t(i);
"""


def add_synthetic(store: Store, start: int, stop: int, text: str) -> None:
    """Add articles i in [start, stop) with their events, actors and places; `text` is the article text
    as an SQL expression in i."""
    for statement in filter(str.strip, _SQL.format(text=text).split(";")):
        store.con.execute(statement, [start, stop])
