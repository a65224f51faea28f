"""Honest stage versions: a stage whose output on the dev sets changes must change its id.

Every coded article stores the ids of the stages that coded it (`eventmill.parse.v2`...), so two
different outputs must never share an id. The fingerprints in stage_fingerprints.json hash, per
dev set and per stage, what the stage filled and the stage ids up to it
(`scripts/dev_predictions.py fingerprint`).
"""

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("dev_predictions", ROOT / "scripts" / "dev_predictions.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.slow
def test_a_stage_whose_output_changed_has_a_new_version(eval_dir, monkeypatch):
    monkeypatch.setenv("EVENTMILL_EVAL_DIR", str(eval_dir))
    script = _script()
    recorded = json.loads(script.FINGERPRINTS.read_text(encoding="utf-8"))
    problems = script.check_fingerprints(recorded, script.fingerprints())
    assert not problems, "\n".join(problems)


def test_the_check_names_the_stage_to_bump():
    script = _script()
    recorded = {"sets": {"seed": {"parse": {"ids": "a", "output": "x"}, "quotes": {"ids": "b", "output": "y"}}}}
    same_ids_new_output = {"seed": {"parse": {"ids": "a", "output": "x"}, "quotes": {"ids": "b", "output": "z"}}}
    problems = script.check_fingerprints(recorded, same_ids_new_output)
    assert len(problems) == 1 and "bump its version" in problems[0] and "'quotes'" in problems[0]
    new_ids = {"seed": {"parse": {"ids": "a", "output": "x"}, "quotes": {"ids": "c", "output": "z"}}}
    problems = script.check_fingerprints(recorded, new_ids)
    assert len(problems) == 1 and "--update" in problems[0] and "bump" not in problems[0]
    assert script.check_fingerprints(recorded, {"seed": recorded["sets"]["seed"]}) == []
