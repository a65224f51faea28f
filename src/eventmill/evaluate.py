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
from types import ModuleType

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


def predict_set(
    set_dir: Path, out_dir: Path, config: Config, published_from_gold: bool = True, progress: bool = False
) -> list[tuple[str, str]]:
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


def _load_scorer(path: Path) -> ModuleType:
    """The set's score.py as a module, so explanations use exactly its matching rules."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("eventmill_eval_score", path)
    if spec is None or spec.loader is None:  # not a Python file: nothing to load it with
        raise ImportError(f"cannot load the scorer {path} as a Python module")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def explain(set_dir: Path, pred_dir: Path) -> list[str]:
    """Per document: each missed gold event and each spurious prediction, beside its evidence."""
    S = _load_scorer(find_scorer(set_dir))
    lines = []
    for gf in sorted(set_dir.glob("*.gold.json")):
        name = gf.name[: -len(".gold.json")]
        gold = json.loads(gf.read_text(encoding="utf-8"))
        text = (set_dir / f"{name}.txt").read_text(encoding="utf-8")
        pf = pred_dir / f"{name}.json"
        preds = json.loads(pf.read_text(encoding="utf-8")).get("events", []) if pf.exists() else []
        spans = []
        for g in gold.get("events", []):
            raw = S.spans_of(text, ([g["evidence"]] if g.get("evidence") else []) + g.get("also_evidence", []))
            raw += [tuple(x) for x in g.get("evidence_spans", [])]
            spans.append([S.sentence_bounds(text, a, b) for a, b in raw])

        def overlaps(p, gi, spans=spans):
            sp = S.evidence_span(p)
            return sp is not None and any(sp[0] < e and s < sp[1] for s, e in spans[gi])

        out = []
        golds = gold.get("events", [])
        # the scorer's one-to-one matching: same type, overlapping sentence, most right slots first
        pairs = sorted(
            (
                (sum(S.slot_results(p, g).values()), gi, pi)
                for gi, g in enumerate(golds)
                for pi, p in enumerate(preds)
                if p.get("type") in {g["type"], *g.get("alt_types", [])} and overlaps(p, gi)
            ),
            key=lambda x: -x[0],
        )
        match: dict[int, int] = {}
        for _, gi, pi in pairs:
            if gi not in match and pi not in match.values():
                match[gi] = pi
        matched_p = set(match.values())
        for gi, g in enumerate(golds):
            if gi in match:
                wrong = [k for k, ok in S.slot_results(preds[match[gi]], g).items() if not ok]
                if wrong:
                    out.append(f"  slots {g['id']} {g['type']}: wrong {', '.join(wrong)} :: {g['evidence'][:90]}")
            elif g.get("required", True):
                near = [f"{preds[pi]['type']}" for pi in range(len(preds)) if overlaps(preds[pi], gi)]
                out.append(
                    f"  MISSED {g['id']} {g['type']}"
                    + (f" (found there: {', '.join(near)})" if near else "")
                    + f" :: {g['evidence'][:90]}"
                )
        for pi, p in enumerate(preds):
            if pi in matched_p or any(
                overlaps(p, gi) for gi, g in enumerate(gold.get("events", [])) if not g.get("required", True)
            ):
                continue
            ev = (p.get("evidence") or {}).get("text", "")
            out.append(f"  SPURIOUS {p.get('type')} '{(p.get('trigger') or {}).get('text', '')}' :: {ev[:90]}")
        if out:
            lines.append(f"{name}:")
            lines += out
    return lines


def evaluate(
    set_dir: str | Path,
    config: Config | None = None,
    pred_dir: str | Path | None = None,
    published_from_gold: bool = True,
    progress: bool = False,
    verbose: bool = False,
) -> EvalResult:
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
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            raise ConfigError(f"score.py failed: {proc.stderr.strip() or proc.stdout.strip()}")
        summary = json.loads(summary_file.read_text())
        explanation = explain(set_dir, out) if verbose else []
    # the printed line carries slot_acc, which the JSON summary leaves out
    for part in proc.stdout.split():
        if part.startswith("slot_acc="):
            try:
                summary["slot_accuracy"] = float(part.split("=", 1)[1])
            except ValueError:
                summary["slot_accuracy"] = None
    output = proc.stdout if not explanation else "\n".join(explanation) + "\n" + proc.stdout
    return EvalResult(summary, output, tuple(failures))
