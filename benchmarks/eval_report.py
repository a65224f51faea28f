"""Accuracy report: every evaluation set's figures as a Markdown table, plus per-type recall and
confusion for the biggest sets (what type eventmill gave where the gold has another).

    python benchmarks/eval_report.py [--eval-dir ../shared/eval] [--sets seed popcorn_fr ...]
"""

from __future__ import annotations

import argparse
import collections
import json
import tempfile
from pathlib import Path

from eventmill.evaluate import _load_scorer, evaluate, explain, find_scorer

ROOT = Path(__file__).resolve().parent.parent
SETS = ("seed", "popcorn_fr", "wikievents_en", "plover_en", "gwn_geo")


def confusion(set_dir: Path, pred_dir: Path) -> tuple[dict, collections.Counter]:
    """Per gold type: (found, total); and (gold type, predicted types in its sentence) for misses."""
    S = _load_scorer(find_scorer(set_dir))
    per_type: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    conf: collections.Counter = collections.Counter()
    for gf in sorted(set_dir.glob("*.gold.json")):
        name = gf.name[: -len(".gold.json")]
        gold = json.loads(gf.read_text(encoding="utf-8"))
        text = (set_dir / f"{name}.txt").read_text(encoding="utf-8")
        pf = pred_dir / f"{name}.json"
        preds = json.loads(pf.read_text()).get("events", []) if pf.exists() else []
        for g in gold.get("events", []):
            if not g.get("required", True):
                continue
            spans = [
                S.sentence_bounds(text, a, b) for a, b in S.spans_of(text, [g["evidence"]] + g.get("also_evidence", []))
            ]
            types = {
                p["type"]
                for p in preds
                if (sp := S.evidence_span(p)) and any(sp[0] < e and s < sp[1] for s, e in spans)
            }
            per_type[g["type"]][1] += 1
            if {g["type"], *g.get("alt_types", [])} & types:
                per_type[g["type"]][0] += 1
            else:
                conf[(g["type"], ", ".join(sorted(types)) or "nothing")] += 1
    return per_type, conf


def unannotated(set_dir: Path, pred_dir: Path) -> tuple[collections.Counter, int, int, float]:
    """Spurious predictions per type (as score.py counts them), matched and counted predictions, recall."""
    S = _load_scorer(find_scorer(set_dir))
    spurious: collections.Counter = collections.Counter()
    matched = predicted = found = required = 0
    for gf in sorted(set_dir.glob("*.gold.json")):
        name = gf.name[: -len(".gold.json")]
        gold = json.loads(gf.read_text(encoding="utf-8"))
        text = (set_dir / f"{name}.txt").read_text(encoding="utf-8")
        pf = pred_dir / f"{name}.json"
        pred = json.loads(pf.read_text()) if pf.exists() else {}
        d = S.score_doc(text, gold, pred)
        matched += d["matched"]
        predicted += d["predicted"]
        found += d["matched_required"]
        required += d["gold_required"]
    for line in explain(set_dir, pred_dir):
        if line.startswith("  SPURIOUS "):
            spurious[line.split()[1]] += 1
    return spurious, matched, predicted, found / required if required else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--sets", nargs="*", default=list(SETS))
    ap.add_argument("--confusion", nargs="*", default=["popcorn_fr", "plover_en"])
    a = ap.parse_args()
    print("| set | docs | event P | event R | event F1 | slot acc | slot_r | quote_r | place_r |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    preds = {}
    tmp = Path(tempfile.mkdtemp())
    for name in a.sets:
        pred_dir = tmp / name
        r = evaluate(a.eval_dir / name, pred_dir=pred_dir)
        preds[name] = pred_dir
        s = r.summary

        def f(x):
            return "–" if x is None else f"{x:.3f}"

        has_events = s["event_recall"] or s["event_precision"]
        print(
            f"| {name} | {s['documents']} | {f(s['event_precision']) if has_events else '–'} | "
            f"{f(s['event_recall']) if has_events else '–'} | {f(s['event_f1']) if has_events else '–'} | "
            f"{f(s.get('slot_accuracy')) if has_events else '–'} | {f(s['slot_recall'])} | "
            f"{f(s['quote_recall'])} | {f(s['place_recall'])} |"
        )
    for name in a.confusion:
        if name not in preds:
            continue
        per_type, conf = confusion(a.eval_dir / name, preds[name])
        print(f"\n{name}: gold events found with the right type, per type")
        print(", ".join(f"{t} {h}/{n}" for t, (h, n) in sorted(per_type.items())))
        print(f"{name}: most frequent confusions (gold type -> what eventmill gave in that sentence)")
        print(", ".join(f"{g} -> {p} ({n})" for (g, p), n in conf.most_common(8)))
        spurious, matched, predicted, r_ = unannotated(a.eval_dir / name, preds[name])
        n_un = sum(n for t, n in spurious.items() if t not in per_type)
        print(
            f"{name}: {sum(spurious.values())} predicted events match nothing; {n_un} of them are of types "
            f"this set never requires ({', '.join(f'{t} {n}' for t, n in spurious.most_common() if t not in per_type)})"
        )
        if n_un and predicted - n_un:
            p_ = matched / (predicted - n_un)
            print(f"{name}: event precision without them {p_:.3f} (F1 {2 * p_ * r_ / (p_ + r_):.3f}; diagnostic only)")


if __name__ == "__main__":
    main()
