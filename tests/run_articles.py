"""`eventmill run` over a few short .txt articles written into a temporary folder, for the end-to-end
date tests (tests/unit/test_datelines_run.py, tests/unit/test_event_dates_run.py; tests/ is on
sys.path through the top-level conftest.py)."""

from __future__ import annotations

import duckdb

from eventmill.config import Config
from eventmill.corpus.runner import RunOptions, run

# each article's publication date, where it came from, and the date of its first event
_SQL = """SELECT a.source, a.published, a.published_source,
                 (SELECT e.event_date FROM events e WHERE e.article_id = a.id ORDER BY e.event_no LIMIT 1)
          FROM articles a"""


def run_articles(tmp_path_factory, lang: str, articles) -> dict[str, tuple]:
    """Code (file name, text, ...) articles in one run; (published, published_source, first event's
    date) keyed by file name."""
    src = tmp_path_factory.mktemp(f"in_{lang}")
    for name, text, *_ in articles:
        (src / name).write_text(text, encoding="utf-8")
    db = tmp_path_factory.mktemp(f"db_{lang}") / "out.duckdb"
    run([src], Config(lang=lang), RunOptions(db=db, workers=1, progress=False))
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute(_SQL).fetchall()
    con.close()
    return {source.rsplit("/", 1)[-1]: tuple(row) for source, *row in rows}
