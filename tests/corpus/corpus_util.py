"""Helpers and fixtures for the corpus tests: short French articles written as small corpora, one
coded database, stored events. (Not a conftest.py: tests/unit imports the top-level conftest by
name, and a second conftest module would shadow it; test modules import these fixtures.)"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EVAL_SET = ROOT.parent / "shared" / "eval" / "popcorn_fr"


def load_texts() -> list[str]:
    """Distinct short French news texts."""
    files = sorted(EVAL_SET.glob("*.txt"))
    if files:
        return [f.read_text(encoding="utf-8") for f in files]
    # without the evaluation sets: the bundled article's paragraphs, each opening on its own date so
    # that date filters have something to sort
    example = (ROOT / "examples" / "syria_fr.txt").read_text(encoding="utf-8")
    paras = [p for p in example.split("\n") if len(p) > 200]
    return [f"Le {day} avril 2016, {p[0].lower()}{p[1:]}" for day, p in enumerate(paras, start=1)]


def write_corpus(folder: Path, texts: list[str], n: int) -> list[Path]:
    """n distinct article files cycling through texts (a numbered last line makes each one unique)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"a{i:04d}.txt"
        p.write_text(texts[i % len(texts)].rstrip() + f"\n\nDépêche numéro {i}.\n", encoding="utf-8")
        paths.append(p)
    return paths


def event_rows(db: Path) -> list[tuple]:
    """Every stored event, all columns, sorted by article and event number (no column depends on the run)."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return sorted(con.execute("SELECT * FROM events").fetchall(), key=lambda r: (r[0], r[1]))
    finally:
        con.close()


@pytest.fixture(scope="session")
def texts() -> list[str]:
    return load_texts()


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory, texts) -> Path:
    folder = tmp_path_factory.mktemp("small") / "in"
    write_corpus(folder, texts, 16)
    return folder


@pytest.fixture(scope="session")
def coded_db(tmp_path_factory, small_corpus) -> Path:
    """The small corpus coded in this process (--workers 0)."""
    from eventmill.config import Config
    from eventmill.corpus.runner import RunOptions, run

    db = tmp_path_factory.mktemp("db") / "events.duckdb"
    summary = run([small_corpus], Config(), RunOptions(db=db, workers=0, batch_size=4, progress=False))
    assert summary.coded == 16 and summary.events > 0
    return db


def query(db, sql):
    """Rows of a read-only query on a run's database."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()
