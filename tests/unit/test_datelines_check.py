"""The datelines check: `eventmill run` with no --published over short .txt articles written for it
(tests/data/datelines/, French and English, wire, paper and agency styles), each compared on
`articles.published`, `published_source`, and the date and precision of its main event (its first
in `events`): datelines with a region, an agency without brackets or between dashes, an ordinal day,
capitals; bylines after a source name, beside an author across a bar, opened by "Le"; event dates
relative to them ("late on Saturday", "avant-hier", "la semaine dernière", "du 3 au 5 mars"), a
headline's event dated by the lead, and years of comparison that date nothing ("the worst attack
since 2014", "la plus meurtrière depuis 2011")."""

import csv
import shutil
from pathlib import Path

import duckdb
import pytest

from eventmill.config import Config
from eventmill.corpus.runner import RunOptions, run

DATA = Path(__file__).resolve().parent.parent / "data" / "datelines"
# each article's publication date and source, and its first event's date and precision
_SQL = """SELECT a.source, a.published, a.published_source, e.event_date, e.date_precision
          FROM articles a LEFT JOIN events e ON e.article_id = a.id AND e.event_no = (
              SELECT min(event_no) FROM events WHERE article_id = a.id)"""


def _expected() -> list[dict[str, str]]:
    with open(DATA / "expected.tsv", encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


EXPECTED = _expected()


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> dict[tuple[str, str], tuple[str, str, str, str]]:
    """One run per language over its folder (copied: a run writes nothing beside its input)."""
    out = {}
    for lang in ("en", "fr"):
        src = tmp_path_factory.mktemp(f"datelines_{lang}")
        for path in (DATA / lang).glob("*.txt"):
            shutil.copy(path, src / path.name)
        db = tmp_path_factory.mktemp(f"datelines_db_{lang}") / "out.duckdb"
        run([src], Config(lang=lang), RunOptions(db=db, workers=1, progress=False))
        with duckdb.connect(str(db), read_only=True) as con:
            for source, *row in con.execute(_SQL).fetchall():
                out[(lang, source.rsplit("/", 1)[-1])] = tuple(str(v) if v is not None else "" for v in row)
    return out


def test_every_written_article_is_listed_and_stored(stored):
    files = {(lang, p.name) for lang in ("en", "fr") for p in (DATA / lang).glob("*.txt")}
    assert {(r["lang"], r["file"]) for r in EXPECTED} == files == set(stored)


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(
            r, id=f"{r['lang']}-{r['file']}", marks=[pytest.mark.xfail(strict=True)] * r["note"].startswith("xfail")
        )
        for r in EXPECTED
    ],
)
def test_publication_date_and_main_event_date(stored, row):
    want = (row["published"], row["published_source"], row["event_date"], row["date_precision"])
    assert stored[(row["lang"], row["file"])] == want
