"""The hold-out set `tests/data/holdout31` (32 articles written before round 31's changes; README there),
scored in aggregate with the shared scorer, on the whole set and per language. Its per-document errors are
never printed here: it is a check set, and a rule written from its errors would make it worthless.

Floors: floors.json, "holdout_sets" (never lowered without a CHANGELOG.md line, as the dev sets' floors)."""

import json
import shutil
from pathlib import Path

import pytest

from eventmill.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text())["holdout_sets"]
EPS = 1e-9


def _part(src: Path, dst: Path, scorer: Path, lang: str | None) -> Path:
    """A set folder holding the articles of `src` (all, or one language's) with the shared scorer beside it."""
    dst.mkdir(parents=True)
    shutil.copy(scorer, dst.parent / "score.py")
    for gold in sorted(src.glob("*.gold.json")):
        if lang is None or json.loads(gold.read_text(encoding="utf-8"))["lang"] == lang:
            shutil.copy(gold, dst / gold.name)
            name = gold.name.replace(".gold.json", ".txt")
            shutil.copy(src / name, dst / name)
    return dst


@pytest.mark.slow
@pytest.mark.parametrize("set_name", sorted(FLOORS))
@pytest.mark.parametrize("part", ["all", "en", "fr"])
def test_holdout_stays_above_floors(eval_dir, tmp_path, set_name, part):
    src = DATA / set_name
    folder = _part(src, tmp_path / part / set_name, eval_dir / "score.py", None if part == "all" else part)
    summary = evaluate(folder).summary
    print(set_name, part, {k: summary.get(k) for k in FLOORS[set_name][part]})  # aggregate figures only
    below = [
        f"{set_name} ({part}): {fig} = {summary.get(fig)} is below its floor {floor}"
        for fig, floor in FLOORS[set_name][part].items()
        if summary.get(fig) is None or summary[fig] + EPS < floor
    ]
    assert not below, "\n".join(below)


def test_every_holdout_article_has_its_gold_and_no_per_document_notes():
    """32 articles, each with its gold; the golds say only what a coder would code (no notes on our errors)."""
    for set_name in FLOORS:
        texts = sorted((DATA / set_name).glob("*.txt"))
        golds = sorted((DATA / set_name).glob("*.gold.json"))
        assert len(texts) == len(golds) == 32
        for gold in golds:
            g = json.loads(gold.read_text(encoding="utf-8"))
            assert (DATA / set_name / f"{g['id']}.txt").is_file()
            assert "note" not in g and all("note" not in e for e in g["events"])
            text = (DATA / set_name / f"{g['id']}.txt").read_text(encoding="utf-8")
            for e in g["events"]:
                assert all(ev in text for ev in [e["evidence"], *e.get("also_evidence", [])]), (g["id"], e["id"])
