"""Run the pipeline over an evaluation set and score it with the set's own `score.py`.

A set is a folder of `NAME.txt` + `NAME.gold.json`; `score.py` lives in the folder above (as in
`../shared/eval/`). Predictions are written as `NAME.json`, exactly what `eventmill extract
--format json` prints, so the scorer sees what users see.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from eventmill.api import extract
from eventmill.config import Config
from eventmill.errors import ConfigError, EventmillError


@dataclass(frozen=True, slots=True)
class EvalResult:
    summary: dict
    output: str
    failures: tuple[tuple[str, str], ...]


def find_scorer(set_dir: Path) -> Path:
    for cand in (set_dir / "score.py", set_dir.parent / "score.py"):
        if cand.is_file():
            return cand
    raise ConfigError(f"no score.py beside or above {set_dir}; eval sets ship with their scorer")


def predict_set(set_dir: Path, out_dir: Path, config: Config, published_from_gold: bool = True,
                progress: bool = False) -> list[tuple[str, str]]:
    """Write NAME.json for every NAME.gold.json; return (name, error) for articles that failed."""
    golds = sorted(set_dir.glob("*.gold.json"))
    if not golds:
        raise ConfigError(f"no *.gold.json files in {set_dir}")
    failures = []
    items = golds
    if progress:
        from tqdm import tqdm
        items = tqdm(golds, desc=set_dir.name, unit="doc", file=sys.stderr)
    for gf in items:
        name = gf.name[: -len(".gold.json")]
        gold = json.loads(gf.read_text(encoding="utf-8"))
        text = (set_dir / f"{name}.txt").read_text(encoding="utf-8")
        published = gold.get("published") if published_from_gold else None
        try:
            doc = extract(text, lang=gold.get("lang"), published=published, config=config)
        except EventmillError as exc:
            failures.append((name, str(exc)))
            continue
        (out_dir / f"{name}.json").write_text(json.dumps(doc.to_dict(), ensure_ascii=False), encoding="utf-8")
    return failures


def evaluate(set_dir: str | Path, config: Config | None = None, pred_dir: str | Path | None = None,
             published_from_gold: bool = True, progress: bool = False, verbose: bool = False) -> EvalResult:
    """Predict every article of the set and return the scorer's summary and printed figures."""
    set_dir = Path(set_dir)
    scorer = find_scorer(set_dir)
    config = config or Config()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(pred_dir) if pred_dir else Path(tmp) / "pred"
        out.mkdir(parents=True, exist_ok=True)
        failures = predict_set(set_dir, out, config, published_from_gold, progress)
        summary_file = Path(tmp) / "summary.json"
        cmd = [sys.executable, str(scorer), str(set_dir), str(out), "--json", str(summary_file)]
        if verbose:
            cmd.append("-v")
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            raise ConfigError(f"score.py failed: {proc.stderr.strip() or proc.stdout.strip()}")
        summary = json.loads(summary_file.read_text())
    # the printed line carries slot_acc, which the JSON summary leaves out
    for part in proc.stdout.split():
        if part.startswith("slot_acc="):
            try:
                summary["slot_accuracy"] = float(part.split("=", 1)[1])
            except ValueError:
                summary["slot_accuracy"] = None
    return EvalResult(summary, proc.stdout, tuple(failures))
