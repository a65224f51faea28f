#!/usr/bin/env python3
"""Place recall split by cause, and how well the geocoder's confidence is calibrated, per half.

    eventmill eval ../shared/eval/gwn_geo --pred-dir /tmp/gwn      # code the set once
    python benchmarks/geo_quality.py /tmp/gwn [../shared/eval/gwn_geo]

Recall is the scorer's (`score.py` beside the set): a gold place is found when a predicted place
matching one of its names lies within its tolerance. A missed one was either never proposed as a
place (no predicted place has its name) or proposed but resolved wrong (or not at all).
Calibration: among the predicted places scored at least 0.8 that match a gold place by name, the
share within 25 km of it, within 161 km, "right" for their precision (25 km for a town or
neighbourhood, 161 km for a district or region, the same country for a country), and the share of
towns and neighbourhoods within 25 km (a region's or country's point is rarely within 25 km of the
gold one, even when the region is right).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from eventmill.evaluate import half_of  # noqa: E402

THRESHOLD = 0.8


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pred_dir", type=Path, help="predictions of `eventmill eval SET --pred-dir DIR`")
    ap.add_argument("set_dir", type=Path, nargs="?", default=ROOT.parent / "shared" / "eval" / "gwn_geo")
    ap.add_argument(
        "--list", choices=("study", "check"), help="also print that half's missed places, with the text around them"
    )
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.set_dir.parent))
    from score import alias_match, km, names_of, place_ok  # the set's own scorer

    recall: dict[str, Counter[str]] = {"study": Counter(), "check": Counter()}
    calib: dict[str, Counter[str]] = {"study": Counter(), "check": Counter()}
    for gold_file in sorted(args.set_dir.glob("*.gold.json")):
        name = gold_file.name[: -len(".gold.json")]
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        pred_file = args.pred_dir / f"{name}.json"
        pred = json.loads(pred_file.read_text(encoding="utf-8")) if pred_file.exists() else {}
        half = half_of(name)
        places = pred.get("places") or []
        for gp in gold.get("places", []):
            named = [p for p in places if alias_match(names_of(p), gp["names"])]
            cause = "found" if any(place_ok(p, gp) for p in named) else "wrong" if named else "never"
            recall[half][cause] += 1
            if cause != "found" and half == args.list:
                print(_miss(name, cause, gp, named, args.set_dir, km))
        for p in places:
            if p.get("lat") is None or (p.get("confidence") or 0) < THRESHOLD:
                continue
            golds = [
                g for g in gold.get("places", []) if g.get("lat") is not None and alias_match(names_of(p), g["names"])
            ]
            if not golds:
                continue
            d = min(km(p["lat"], p["lon"], g["lat"], g["lon"]) for g in golds)
            right = (
                any((g.get("country") or "").upper() == (p.get("country") or "") for g in golds)
                if p.get("precision") == "country"
                else d <= (25 if p.get("precision") in ("town", "neighbourhood") else 161)
            )
            town = p.get("precision") in ("town", "neighbourhood")
            calib[half].update(
                {"n": 1, "25km": d <= 25, "161km": d <= 161, "right": right, "towns": town, "towns25": town and d <= 25}
            )
    for half in ("study", "check"):
        r, c = recall[half], calib[half]
        total = sum(r.values()) or 1
        n = c["n"] or 1
        print(
            f"{half}: place recall {r['found'] / total:.3f} ({r['found']}/{total}); missed: never proposed "
            f"{r['never']} ({r['never'] / total:.3f}), proposed but wrong {r['wrong']} ({r['wrong'] / total:.3f}); "
            f"confidence >= {THRESHOLD}: {c['n']} places, within 25 km {c['25km'] / n:.3f}, "
            f"within 161 km {c['161km'] / n:.3f}, right for their precision {c['right'] / n:.3f}; "
            f"towns and neighbourhoods within 25 km {c['towns25'] / (c['towns'] or 1):.3f} of {c['towns']}"
        )
    return 0


def _miss(name: str, cause: str, gold: dict, named: list[dict], set_dir: Path, km: object) -> str:
    """One missed gold place: the cause, the gold point, what was proposed for it and where the text names it."""
    text = (set_dir / f"{name}.txt").read_text(encoding="utf-8")
    where = f"{gold.get('lat')},{gold.get('lon')}"
    lines = [f"{name} {cause.upper()} {gold['names']} gold {where} {gold.get('country') or ''}"]
    for p in named:
        far = (
            km(p["lat"], p["lon"], gold["lat"], gold["lon"])
            if p.get("lat") is not None and gold.get("lat") is not None
            else None
        )  # type: ignore[operator]
        lines.append(
            f"    -> {p.get('text')!r} = {p.get('name')} {p.get('country')} {p.get('feature')} {p.get('kind')} "
            f"conf {p.get('confidence')} {'' if far is None else f'{far:.0f} km'}"
        )
    at = text.find(gold["names"][0])
    if at >= 0:
        lines.append("    | " + " ".join(text[max(0, at - 100) : at + 100].split()))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
