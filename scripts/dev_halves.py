"""List the study and check halves of every dev set (the split `eventmill eval --half` uses).

    python scripts/dev_halves.py                 # counts per set and half
    python scripts/dev_halves.py --list check    # the check half's documents, one SET/NAME per line

A document's half is fixed by a hash of its name (`eventmill.evaluate.half_of`), so adding documents
to a set never moves the others. Read errors and write rules from the study half only
(`eventmill eval SET --half study --explain`); keep a change only if the check half gains too
(`eventmill eval SET --halves`).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from eventmill.evaluate import HALVES, half_of


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval-dir", type=Path, default=Path(os.environ.get("EVENTMILL_EVAL_DIR", "../shared/eval")))
    ap.add_argument("--list", choices=HALVES, help="print the documents of this half")
    args = ap.parse_args(argv)
    for set_dir in sorted(p for p in args.eval_dir.iterdir() if p.is_dir()):
        names = sorted(g.name[: -len(".gold.json")] for g in set_dir.glob("*.gold.json"))
        if not names:
            continue
        if args.list:
            print("\n".join(f"{set_dir.name}/{n}" for n in names if half_of(n) == args.list))
        else:
            counts = {h: sum(half_of(n) == h for n in names) for h in HALVES}
            print(f"{set_dir.name:15} " + "  ".join(f"{h} {c:4}" for h, c in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
