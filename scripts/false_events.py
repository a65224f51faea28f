"""Count false events by cause, per dev set and half, from a run of `dev_predictions.py code OUT`.

    python scripts/dev_predictions.py code /tmp/pred
    python scripts/false_events.py /tmp/pred                 # shares per set and half
    python scripts/false_events.py /tmp/pred --list study    # the study half's false events, to read
    python scripts/false_events.py /tmp/pred --slot-errors location   # the study half's wrong locations

A predicted event that the scorer does not match (and that does not overlap an optional gold event)
is put under one cause, decided from the gold alone so the figure is reproducible:

- `repeat`: its evidence overlaps a gold event of its type that another prediction already took, or
  it has the type of an incident the article reports and found, away from that incident's sentences
  (a repeat in other words: "the blast", "l'attaque");
- `wrong type`: it overlaps a gold event of another type;
- `not an incident`: no gold event near it at all (generic, background, historical or hypothetical
  mentions, and everything else the annotators did not code).

Only ever read the study half's list (`--list study`); the check half says whether a change holds.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from eventmill.evaluate import half_of  # noqa: E402

SETS = ("seed", "popcorn_fr", "wikievents_en", "plover_en")
CAUSES = ("repeat", "wrong type", "not an incident")


def _scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _spans(score, text: str, gold: dict) -> list[list[tuple[int, int]]]:
    out = []
    for g in gold.get("events", []):
        raw = [tuple(x) for x in g.get("evidence_spans", [])]
        raw += score.spans_of(text, ([g["evidence"]] if g.get("evidence") else []) + g.get("also_evidence", []))
        out.append([score.sentence_bounds(text, s, e) for s, e in raw])
    return out


def slot_errors(score, text: str, gold: dict, pred: dict, slot: str) -> list[tuple[dict, dict]]:
    """(gold event, predicted event) for every matched pair whose slot is wrong (the scorer's matching)."""
    g_events = gold.get("events", [])
    p_events = [e for e in pred.get("events", []) if isinstance(e, dict)]
    spans = _spans(score, text, gold)
    pairs = []
    for gi, g in enumerate(g_events):
        for pi, p in enumerate(p_events):
            sp = score.evidence_span(p)
            if p.get("type") in {g["type"], *g.get("alt_types", [])} and sp is not None:
                if any(sp[0] < e and s < sp[1] for s, e in spans[gi]):
                    res = score.slot_results(p, g)
                    pairs.append((sum(res.values()), gi, pi, res))
    pairs.sort(key=lambda x: -x[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi, res in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        if res.get(slot) is False:
            out.append((g_events[gi], p_events[pi]))
    return out


def classify(score, text: str, gold: dict, pred: dict) -> list[tuple[str, dict]]:
    """(cause, predicted event) for every false event of one article."""
    g_events = gold.get("events", [])
    p_events = [e for e in pred.get("events", []) if isinstance(e, dict)]
    spans = []
    for g in g_events:
        raw = [tuple(x) for x in g.get("evidence_spans", [])]
        raw += score.spans_of(text, ([g["evidence"]] if g.get("evidence") else []) + g.get("also_evidence", []))
        spans.append([score.sentence_bounds(text, s, e) for s, e in raw])

    def overlaps(p: dict, gi: int) -> bool:
        sp = score.evidence_span(p)
        return sp is not None and any(sp[0] < e and s < sp[1] for s, e in spans[gi])

    def types(g: dict) -> set[str]:
        return {g["type"], *g.get("alt_types", [])}

    # the scorer's own matching, so "false" means exactly what it counts as false
    pairs = []
    for gi, g in enumerate(g_events):
        for pi, p in enumerate(p_events):
            if p.get("type") in types(g) and overlaps(p, gi):
                pairs.append((sum(score.slot_results(p, g).values()), gi, pi))
    pairs.sort(key=lambda x: -x[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
    out = []
    for pi, p in enumerate(p_events):
        if pi in used_p:
            continue
        near = [gi for gi in range(len(g_events)) if overlaps(p, gi)]
        if any(not g_events[gi].get("required", True) for gi in near if gi not in used_g):
            continue  # an optional gold event: neither right nor wrong
        if any(p.get("type") in types(g_events[gi]) for gi in near):
            cause = "repeat"
        elif near:
            cause = "wrong type"
        elif any(p.get("type") in types(g_events[gi]) for gi in used_g):
            cause = "repeat"
        else:
            cause = "not an incident"
        out.append((cause, p))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred", type=Path, help="folder written by `dev_predictions.py code`")
    ap.add_argument("--eval-dir", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared" / "eval")
    ap.add_argument("--sets", nargs="+", default=list(SETS))
    ap.add_argument("--list", choices=("study",), help="print the false events of the study half, to read")
    ap.add_argument(
        "--slot-errors", choices=("location", "date"), help="print the study half's matched events with this slot wrong"
    )
    args = ap.parse_args(argv)
    score = _scorer(args.eval_dir)
    for name in args.sets:
        counts: dict[str, collections.Counter[str]] = {"study": collections.Counter(), "check": collections.Counter()}
        tot: dict[str, collections.Counter[str]] = {"study": collections.Counter(), "check": collections.Counter()}
        for gold_file in sorted((args.eval_dir / name).glob("*.gold.json")):
            stem = gold_file.name[: -len(".gold.json")]
            pred_file = args.pred / name / f"{stem}.json"
            if not pred_file.is_file():
                continue
            text = (args.eval_dir / name / f"{stem}.txt").read_text(encoding="utf-8")
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            half = half_of(stem)
            pred = json.loads(pred_file.read_text(encoding="utf-8"))
            d = score.score_doc(text, gold, pred)
            for k in ("gold_required", "matched_required", "predicted", "matched", "slot_gold", "slot_right"):
                tot[half][k] += d[k]
            tot[half]["slot_ok"] += sum(c for c, _ in d["slots"].values())
            tot[half]["slot_n"] += sum(n for _, n in d["slots"].values())
            for slot in ("location", "date"):
                tot[half][slot + "_ok"] += d["slots"][slot][0]
                tot[half][slot + "_n"] += d["slots"][slot][1]
            if args.slot_errors and half == "study":
                for g, p in slot_errors(score, text, gold, pred, args.slot_errors):
                    ev = (p.get("evidence") or {}).get("text", "")[:120].replace("\n", " ")
                    print(f"{name}/{stem} {p.get('type')}: {ev}\n   gold {g.get(args.slot_errors)}")
                    print(f"   pred {p.get(args.slot_errors)}")
            for cause, p in classify(score, text, gold, pred):
                counts[half][cause] += 1
                if args.list == half:
                    ev = (p.get("evidence") or {}).get("text", "")[:150].replace("\n", " ")
                    print(f"{name}/{stem} [{cause}] {p.get('type')} ({p.get('rule', '')}): {ev}")
        for half, c in counts.items():
            total = sum(c.values())
            shares = ", ".join(f"{k} {c[k]} ({c[k] / total:.0%})" if total else f"{k} 0" for k in CAUSES)
            t = tot[half]
            p = t["matched"] / t["predicted"] if t["predicted"] else 0.0
            r = t["matched_required"] / t["gold_required"] if t["gold_required"] else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            sr = t["slot_right"] / t["slot_gold"] if t["slot_gold"] else 0.0
            sa = t["slot_ok"] / t["slot_n"] if t["slot_n"] else 0.0
            print(
                f"{name} {half}: P {p:.3f} R {r:.3f} F1 {f:.3f} slot_acc {sa:.3f} slot_r {sr:.3f}; "
                f"{total} false events: {shares}"
            )
            print(
                "    "
                + "  ".join(
                    f"{slot} {t[slot + '_ok'] / t[slot + '_n']:.3f} ({t[slot + '_ok']}/{t[slot + '_n']})"
                    if t[slot + "_n"]
                    else f"{slot} n/a"
                    for slot in ("location", "date")
                )
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
