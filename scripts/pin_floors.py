"""Raise the accuracy floors in tests/eval/floors.json to the figures just measured (never lowers).

    python scripts/pin_floors.py            # runs `eventmill eval` on every set named in floors.json

Each floor becomes max(old floor, measured figure rounded down to 0.01). Lowering a floor is a
hand edit with a CHANGELOG.md line, on purpose.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from eventmill.evaluate import evaluate  # noqa: E402


def main() -> None:
    path = ROOT / "tests" / "eval" / "floors.json"
    floors = json.loads(path.read_text())
    eval_dir = ROOT.parent / "shared" / "eval"
    for set_name, old in floors["sets"].items():
        summary = evaluate(eval_dir / set_name).summary
        for fig in old:  # only the figures this set pins (gwn_geo has no events, only places)
            value = summary.get(fig)
            if value is None:
                continue
            new = math.floor(value * 100 + 1e-9) / 100
            if value + 1e-9 < old.get(fig, 0.0):
                print(f"WARNING: {set_name} {fig} = {value} is below its floor {old[fig]}", file=sys.stderr)
            old[fig] = max(old.get(fig, 0.0), new)
        print(set_name, old)
    path.write_text(json.dumps(floors, indent=2) + "\n")


if __name__ == "__main__":
    main()
