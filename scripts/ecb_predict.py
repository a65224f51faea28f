#!/usr/bin/env python3
"""Code a folder of articles with `eventmill run` (which matches incidents) and write the incident
scorer's PRED.json from the database; optionally score it, on the whole set and on each half.

Matching sees the texts only: file names are used only to key PRED.json (the scorer's names) and to
split the set into study and check halves by topic (`eventmill.evaluate.half_of` of the ECB+ topic).

    python scripts/ecb_predict.py ../shared/eval/ecb_incidents --out /tmp/PRED.json --score
    python scripts/ecb_predict.py ../shared/eval/ecb_incidents --db /tmp/ecb.duckdb --reuse --score

By default an article lists the incidents it reports as news (its reports not marked `recalled`);
`--ids all` lists the incident of every event it coded.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from eventmill.evaluate import half_of  # noqa: E402

SCORER = ROOT.parent / "shared" / "eval" / "score_incidents.py"


def predictions(db: Path, ids: str = "lead") -> dict[str, list[str]]:
    """Article NAME (file stem of its source) -> distinct incident ids, from the database."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    recalled = "" if ids == "all" else " AND NOT coalesce(r.recalled, false)"
    rows = con.execute(
        "SELECT s.source, r.incident_id FROM sources s JOIN incident_reports r ON r.article_id = s.article_id"
        f" WHERE true{recalled} ORDER BY 1, 2"
    ).fetchall()
    names = con.execute("SELECT source FROM sources").fetchall()
    con.close()
    pred: dict[str, list[str]] = {Path(s).stem: [] for (s,) in names}
    for source, incident in rows:
        ids_of = pred.setdefault(Path(source).stem, [])
        if incident not in ids_of:
            ids_of.append(incident)
    return pred


def half_of_name(name: str) -> str:
    """ECB+ names are TOPIC_Nhalf: the topic decides the half, so look-alike pairs stay together."""
    return half_of(name.split("_", 1)[0])


def score(gold_dir: Path, pred_path: Path, half: str | None = None, verbose: bool = False) -> str:
    """The scorer's output, for the whole set or one half (a gold folder of that half's clusters)."""
    target = gold_dir
    with tempfile.TemporaryDirectory() as tmp:
        if half:
            gold = json.loads((gold_dir / "clusters.json").read_text(encoding="utf-8"))
            kept = {n: lab for n, lab in gold.items() if half_of_name(n) == half}
            target = Path(tmp)
            (target / "clusters.json").write_text(json.dumps(kept), encoding="utf-8")
        scorer = gold_dir.parent / "score_incidents.py"
        scorer = scorer if scorer.is_file() else SCORER
        cmd = [sys.executable, str(scorer), str(target), str(pred_path)] + (["-v"] if verbose else [])
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="a folder of NAME.txt articles (with clusters.json to score)")
    ap.add_argument("--db", type=Path, help="database to code into (default: a temporary file)")
    ap.add_argument("--reuse", action="store_true", help="the database is already coded: rebuild incidents only")
    ap.add_argument("--out", type=Path, default=Path("PRED.json"), help="where to write PRED.json")
    ap.add_argument("--ids", choices=("lead", "all"), default="lead", help="which incident ids an article lists")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--score", action="store_true", help="score the whole set and each half")
    ap.add_argument("-v", "--verbose", action="store_true", help="the scorer's list of split and merged incidents")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = a.db or Path(tmp) / "incidents.duckdb"
        eventmill = [sys.executable, "-m", "eventmill.cli"]
        # this checkout's eventmill, whatever the environment has installed
        path = os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))
        env = {**os.environ, "PYTHONPATH": path}
        if a.reuse:
            subprocess.run([*eventmill, "incidents", "--db", str(db), "--rebuild"], check=True, env=env)
        else:
            cmd = [*eventmill, "run", str(a.folder), "--db", str(db), "--workers", str(a.workers)]
            if subprocess.run(cmd, env=env).returncode not in (0, 1):  # 1: some articles could not be coded
                return 1
        pred = predictions(db, a.ids)
    a.out.write_text(json.dumps(pred, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {a.out}: {len(pred)} articles, {len({i for v in pred.values() for i in v})} incident ids")
    if a.score and (a.folder / "clusters.json").is_file():
        for half in (None, "study", "check"):
            out = score(a.folder, a.out, half, a.verbose and half is None)
            lines = out.strip().splitlines()
            shown = lines if a.verbose and half is None else lines[-1:]
            print(f"[{half or 'all'}]", *shown, sep="\n  " if len(shown) > 1 else " ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
