"""Run the pipeline over an evaluation set and score it with the set's own `score.py`.

A set is a folder of `NAME.txt` + `NAME.gold.json`; `score.py` lives in the folder above (as in
`../shared/eval/`). Predictions are written as `NAME.json`, exactly what `eventmill extract
--format json` prints, so the scorer sees what users see.

Every set splits into a study half and a check half by a hash of each document's name
(`half_of`): read errors and write rules from the study half only, and keep a change only if the
check half gains too (`eventmill eval SET --halves`, `--half study --explain`).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from eventmill.api import BATCH, article_id, extract_article, extract_articles
from eventmill.config import Config
from eventmill.errors import ConfigError, EventmillError
from eventmill.models import Article, Document

HALVES = ("study", "check")


@dataclass(frozen=True, slots=True)
class EvalResult:
    summary: dict
    output: str
    failures: tuple[tuple[str, str], ...]
    halves: dict[str, dict] | None = None  # "study"/"check" -> the scorer's summary on that half


def half_of(name: str) -> str:
    """The half a document belongs to, "study" or "check": fixed by its name, whatever else changes."""
    return HALVES[hashlib.sha256(name.encode("utf-8")).digest()[0] % 2]


def _gold_names(set_dir: Path, half: str | None) -> list[str]:
    names = [g.name[: -len(".gold.json")] for g in sorted(set_dir.glob("*.gold.json"))]
    return [n for n in names if half is None or half_of(n) == half]


def find_scorer(set_dir: Path) -> Path:
    for cand in (set_dir / "score.py", set_dir.parent / "score.py"):
        if cand.is_file():
            return cand
    raise ConfigError(f"no score.py beside or above {set_dir}; eval sets ship with their scorer")


def predict_set(
    set_dir: Path,
    out_dir: Path,
    config: Config,
    published_from_gold: bool = True,
    progress: bool = False,
    half: str | None = None,
) -> list[tuple[str, str]]:
    """Write NAME.json for every NAME.gold.json (of one half, if given); return (name, error) for
    articles that failed."""
    golds = [set_dir / f"{n}.gold.json" for n in _gold_names(set_dir, half)]
    if not golds:
        raise ConfigError(f"no *.gold.json files in {set_dir}")
    failures = []
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(golds), desc=set_dir.name, unit="doc", file=sys.stderr)
    for k in range(0, len(golds), BATCH):
        names, articles = [], []
        for gf in golds[k : k + BATCH]:
            name = gf.name[: -len(".gold.json")]
            gold = json.loads(gf.read_text(encoding="utf-8"))
            text = (set_dir / f"{name}.txt").read_text(encoding="utf-8")
            published = gold.get("published") if published_from_gold else None
            names.append(name)
            articles.append(Article(text=text, id=article_id(text), lang=gold.get("lang"), published=published))
        for name, doc in zip(names, _coded(articles, config), strict=True):
            if isinstance(doc, EventmillError):
                failures.append((name, str(doc)))
            else:
                (out_dir / f"{name}.json").write_text(json.dumps(doc.to_dict(), ensure_ascii=False), encoding="utf-8")
        if bar is not None:
            bar.update(len(names))
    if bar is not None:
        bar.close()
    return failures


def _coded(articles: list[Article], config: Config) -> list[Document | EventmillError]:
    """Each article's document, or the error that stopped it."""
    try:
        return list(extract_articles(articles, config))
    except EventmillError:  # a problem the batch cannot get past: one at a time, so each says its own
        out: list[Document | EventmillError] = []
        for a in articles:
            try:
                out.append(extract_article(a, config))
            except EventmillError as exc:
                out.append(exc)
        return out


def _load_scorer(path: Path) -> ModuleType:
    """The set's score.py as a module, so explanations use exactly its matching rules."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("eventmill_eval_score", path)
    if spec is None or spec.loader is None:  # not a Python file: nothing to load it with
        raise ImportError(f"cannot load the scorer {path} as a Python module")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def explain(set_dir: Path, pred_dir: Path, half: str | None = None) -> list[str]:
    """Per document: each missed gold event and each spurious prediction, beside its evidence."""
    S = _load_scorer(find_scorer(set_dir))
    lines = []
    for name in _gold_names(set_dir, half):
        gf = set_dir / f"{name}.gold.json"
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


def _score(scorer: Path, set_dir: Path, pred_dir: Path, tmp: Path, half: str | None) -> tuple[dict, str]:
    """Run score.py over the set, or over one half of it (a folder of links to that half's gold files)."""
    gold_dir = set_dir
    if half is not None:
        gold_dir = tmp / f"gold-{half}"
        gold_dir.mkdir()
        for name in _gold_names(set_dir, half):
            (gold_dir / f"{name}.gold.json").symlink_to((set_dir / f"{name}.gold.json").resolve())
    summary_file = tmp / f"summary-{half or 'all'}.json"
    cmd = [sys.executable, str(scorer), str(gold_dir), str(pred_dir), "--text-dir", str(set_dir)]
    proc = subprocess.run([*cmd, "--json", str(summary_file)], capture_output=True, text=True)
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
    # the place and date slots on their own: what issue 12's targets measure
    for slot in ("location", "date"):
        acc, n = (summary.get("slots") or {}).get(slot) or (None, 0)
        if n:
            summary[f"{slot}_accuracy"] = acc
    return summary, proc.stdout


def evaluate(
    set_dir: str | Path,
    config: Config | None = None,
    pred_dir: str | Path | None = None,
    published_from_gold: bool = True,
    progress: bool = False,
    verbose: bool = False,
    half: str | None = None,
    halves: bool = False,
) -> EvalResult:
    """Predict every article of the set (or of one half) and return the scorer's summary and printed
    figures; with `halves`, also each half's figures from the same predictions."""
    if half is not None and half not in HALVES:
        raise ConfigError(f"half must be one of {', '.join(HALVES)}, not {half!r}")
    set_dir = Path(set_dir)
    scorer = find_scorer(set_dir)
    config = config or Config()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        out = Path(pred_dir) if pred_dir else tmp / "pred"
        out.mkdir(parents=True, exist_ok=True)
        failures = predict_set(set_dir, out, config, published_from_gold, progress, half)
        summary, printed = _score(scorer, set_dir, out, tmp, half)
        per_half = None
        if halves and half is None:
            # a set too small to split (the one-article seed) has an empty half: no figures for it
            per_half = {h: _score(scorer, set_dir, out, tmp, h)[0] for h in HALVES if _gold_names(set_dir, h)}
            printed += "".join(f"{h:>5} half: {_figures(v)}\n" for h, v in per_half.items())
        explanation = explain(set_dir, out, half) if verbose else []
    output = printed if not explanation else "\n".join(explanation) + "\n" + printed
    return EvalResult(summary, output, tuple(failures), per_half)


def _figures(summary: dict) -> str:
    keys = {
        "documents": "docs",
        "event_precision": "event_p",
        "event_recall": "event_r",
        "event_f1": "event_f1",
        "slot_accuracy": "slot_acc",
        "slot_recall": "slot_r",
        "location_accuracy": "location_acc",
        "date_accuracy": "date_acc",
        "quote_recall": "quote_r",
        "place_recall": "place_r",
    }
    return " ".join(f"{short}={summary[k]}" for k, short in keys.items() if summary.get(k) is not None)
