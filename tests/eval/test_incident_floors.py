"""Incident grouping floors: scripts/ecb_predict.py over ../shared/eval/ecb_incidents (eventmill run,
then PRED.json from the database, text only), scored by score_incidents.py on the whole set and on
its study and check halves (by ECB+ topic). Floors: floors.json, "incident_sets"."""

import importlib.util
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text())["incident_sets"]


def _script():
    spec = importlib.util.spec_from_file_location("ecb_predict", ROOT / "scripts" / "ecb_predict.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.parametrize("set_name", sorted(FLOORS))
def test_incident_pairs_stay_above_floors(eval_dir, set_name, tmp_path):
    set_dir = eval_dir / set_name
    ecb = _script()
    if not set_dir.is_dir() or not (eval_dir / "score_incidents.py").is_file():
        pytest.skip(f"{set_dir} or its scorer not present")
    pred = tmp_path / "PRED.json"
    assert ecb.main([str(set_dir), "--db", str(tmp_path / "ecb.duckdb"), "--out", str(pred)]) == 0
    below = []
    for half, floors in FLOORS[set_name].items():
        line = ecb.score(set_dir, pred, None if half == "all" else half).strip().splitlines()[-1]
        got = {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", line)}
        below += [f"{half}: {k} = {got.get(k)} < {v}" for k, v in floors.items() if got.get(k, 0) + 1e-9 < v]
    assert not below, "; ".join(below)
