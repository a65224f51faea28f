"""Accuracy floors: the scorer's figures on every supported evaluation set, and on its study and
check halves, must not drop.

Floors live in floors.json. Raising one is a normal commit; lowering one needs a line in
CHANGELOG.md saying why (checked below).
"""

import json
import re
from pathlib import Path

import pytest

from eventmill.evaluate import evaluate

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text())
FIGURES = ("event_f1", "slot_accuracy", "slot_recall", "quote_recall", "place_recall")
EPS = 1e-9


@pytest.mark.slow
@pytest.mark.parametrize("set_name", sorted(FLOORS["sets"]))
def test_scores_stay_above_floors(eval_dir, set_name):
    set_dir = eval_dir / set_name
    if not set_dir.is_dir():
        pytest.skip(f"{set_dir} not present")
    result = evaluate(set_dir, halves=True)
    print(result.output)
    below = []
    # the whole set, then its study and check halves (scored from the same predictions)
    parts = [("all", result.summary, FLOORS["sets"][set_name])]
    parts += [(h, (result.halves or {}).get(h), f) for h, f in FLOORS.get("halves", {}).get(set_name, {}).items()]
    for part, got, floors in parts:
        for fig, floor in floors.items():
            value = (got or {}).get(fig)
            if value is None or value + EPS < floor:
                below.append(f"{set_name} ({part}): {fig} = {value} is below its floor {floor}")
    assert not below, "\n".join(below) + "\n" + result.output


def _history() -> list[dict]:
    """Every committed version of floors.json, newest first (empty outside a git checkout)."""
    import subprocess

    rel = "tests/eval/floors.json"
    root = Path(__file__).resolve().parents[2]
    try:
        revs = subprocess.run(
            ["git", "log", "--format=%H", "--", rel], cwd=root, capture_output=True, text=True, check=True
        ).stdout.split()
        return [
            json.loads(
                subprocess.run(
                    ["git", "show", f"{r}:{rel}"], cwd=root, capture_output=True, text=True, check=True
                ).stdout
            )
            for r in revs
        ]
    except (OSError, subprocess.CalledProcessError, json.JSONDecodeError):
        return []


def _now(set_name: str, part: str) -> dict:
    """The floors pinned now for a set, or for one of its halves or parts ("study", "en")."""
    if not part:
        return FLOORS["sets"].get(set_name, {})
    return FLOORS["halves"].get(set_name, {}).get(part) or FLOORS.get("holdout_sets", {}).get(set_name, {}).get(
        part, {}
    )


def test_floors_were_never_lowered_silently():
    """A floor below any earlier committed value needs a CHANGELOG.md line naming the set and figure."""
    changelog = (Path(__file__).resolve().parents[2] / "CHANGELOG.md").read_text(encoding="utf-8")
    for old in _history():
        pinned = [(s, "", figs) for s, figs in old.get("sets", {}).items()]
        pinned += [(s, h, figs) for s, hs in old.get("halves", {}).items() for h, figs in hs.items()]
        pinned += [(s, p, figs) for s, ps in old.get("holdout_sets", {}).items() for p, figs in ps.items()]
        for set_name, half, figs in pinned:
            now = _now(set_name, half)
            for fig, value in figs.items():
                new = now.get(fig)
                if new is None or new + EPS < value:
                    where = f"{set_name} {half}".strip()
                    assert re.search(rf"{re.escape(where)}.*{re.escape(fig)}", changelog), (
                        f"floor {where}.{fig} went from {value} to {new} without a CHANGELOG.md line"
                    )


def test_explain_lists_misses_and_spurious_events_with_evidence(eval_dir):
    result = evaluate(eval_dir / "seed", verbose=True)
    assert "docs=1" in result.output
    assert any(line.startswith("  ") and "::" in line for line in result.output.splitlines())


@pytest.mark.slow
def test_explain_matches_the_scorer_one_to_one(eval_dir, tmp_path):
    """--explain pairs gold and predicted events exactly as score.py does: same misses, same spurious count."""
    from eventmill.evaluate import _load_scorer

    set_dir = eval_dir / "wikievents_en"
    if not set_dir.is_dir():
        pytest.skip(f"{set_dir} not present")
    result = evaluate(set_dir, pred_dir=tmp_path, verbose=True)
    scorer = _load_scorer(eval_dir / "score.py")
    missed = spurious = 0
    for gf in sorted(set_dir.glob("*.gold.json")):
        name = gf.name[: -len(".gold.json")]
        d = scorer.score_doc(
            (set_dir / f"{name}.txt").read_text(encoding="utf-8"),
            json.loads(gf.read_text()),
            json.loads((tmp_path / f"{name}.json").read_text()),
        )
        missed += len(d["missed"])
        spurious += d["predicted"] - d["matched"]
    lines = result.output.splitlines()
    assert missed and sum(line.startswith("  MISSED ") for line in lines) == missed
    assert spurious and sum(line.startswith("  SPURIOUS ") for line in lines) == spurious


def test_halves_are_fixed_by_name_and_roughly_even(eval_dir):
    from eventmill.evaluate import half_of

    assert half_of("gwn_297") == half_of("gwn_297") and {half_of(f"doc{i}") for i in range(20)} == {"study", "check"}
    names = [g.name[: -len(".gold.json")] for g in (eval_dir / "plover_en").glob("*.gold.json")]
    if names:
        study = sum(half_of(n) == "study" for n in names)
        assert 0.35 < study / len(names) < 0.65
