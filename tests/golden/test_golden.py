"""Whole-article golden files: the full JSON output of each article in tests/golden/, reviewed as a diff.

Run `python -m pytest tests/golden --update-golden` after an intended change and read `git diff`.

`syria_fr` is the seed article. The `wire_*` articles are wire stories written for these tests (CC0,
names of real places and people, events invented): a headline, a dateline and a lead, in both
languages, with a past incident recalled, a toll updated, crowd control and statements.
"""

import json
from pathlib import Path

import pytest

import eventmill

HERE = Path(__file__).parent
CASES = sorted(HERE.glob("*.txt"))


def _meta(path: Path) -> dict:
    meta = path.with_suffix(".meta.json")
    return json.loads(meta.read_text()) if meta.exists() else {}


@pytest.mark.parametrize("article", CASES, ids=[c.stem for c in CASES])
def test_golden(article, update_golden):
    meta = _meta(article)
    doc = eventmill.extract(article.read_text(encoding="utf-8"), lang=meta.get("lang"), published=meta.get("published"))
    got = json.dumps(doc.to_dict(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    golden = article.with_suffix(".golden.json")
    if update_golden or not golden.exists():
        golden.write_text(got, encoding="utf-8")
        if not update_golden:
            pytest.fail(f"{golden.name} did not exist and was written; review it and commit it")
    assert got == golden.read_text(encoding="utf-8"), (
        f"output for {article.name} changed; if intended, rerun with --update-golden and review the diff"
    )
