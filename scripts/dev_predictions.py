"""Code every dev set and write the predictions, or diff two such runs field for field.

A refactor that must not change outputs is checked like this (see CONTRIBUTING in the README):

    git worktree add /tmp/before <old-commit>
    PYTHONPATH=/tmp/before/src python scripts/dev_predictions.py code /tmp/pred-before
    python scripts/dev_predictions.py code /tmp/pred-after
    python scripts/dev_predictions.py diff /tmp/pred-before /tmp/pred-after

`fingerprint` records, per dev set and per stage, a hash of what the stage filled and of the stage
ids up to it (tests/eval/stage_fingerprints.json); tests/eval/test_stage_versions.py fails when a
stage's output changes while its id did not, and says which version to bump.

`code` writes OUT/SET/NAME.json, exactly what `eventmill extract --format json` prints (language and
publication date from the gold file where there is one, as `eventmill eval` does). `diff` compares
two runs and ignores only the fields that say *how* an event was decided or which versions ran
(`score`, `rule`, `stages`, `version`), so any other difference is a change of output.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

SETS = ("seed", "popcorn_fr", "wikievents_en", "plover_en", "gwn_geo", "ecb_incidents")
FINGERPRINTS = Path(__file__).resolve().parent.parent / "tests" / "eval" / "stage_fingerprints.json"
IGNORED = {"score", "rule", "stages", "version"}


def eval_dir() -> Path:
    here = Path(__file__).resolve().parent.parent
    return Path(os.environ.get("EVENTMILL_EVAL_DIR", here.parent / "shared" / "eval"))


def code(out: Path, sets: tuple[str, ...]) -> int:
    from eventmill.api import extract
    from eventmill.errors import EventmillError

    failures = 0
    for name in sets:
        src = eval_dir() / name
        if not src.is_dir():
            print(f"skip {name}: no folder {src}", file=sys.stderr)
            continue
        dst = out / name
        dst.mkdir(parents=True, exist_ok=True)
        for stem, text, gold in _articles(name):
            try:
                data = extract(text, lang=gold.get("lang"), published=gold.get("published")).to_dict()
            except EventmillError as exc:
                data = {"error": str(exc)}
                failures += 1
            (dst / f"{stem}.json").write_text(
                json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8"
            )
        print(f"{name}: {len(list(dst.glob('*.json')))} predictions", file=sys.stderr)
    return failures


def _articles(name: str):
    """(stem, text, gold) for every article of a dev set, in name order."""
    src = eval_dir() / name
    for txt in sorted(src.glob("*.txt")):
        stem = txt.name[: -len(".txt")]
        gold_file = src / f"{stem}.gold.json"
        gold = json.loads(gold_file.read_text(encoding="utf-8")) if gold_file.is_file() else {}
        yield stem, txt.read_text(encoding="utf-8"), gold


def fingerprints(sets: tuple[str, ...] = SETS) -> dict[str, dict[str, dict[str, str]]]:
    """{set: {stage: {"ids": hash of the stage ids up to it, "output": hash of what it filled}}}."""
    import hashlib

    from eventmill.api import article_id, extract_article
    from eventmill.errors import EventmillError
    from eventmill.models import Article

    out: dict[str, dict[str, dict[str, str]]] = {}
    for name in sets:
        if not (eval_dir() / name).is_dir():
            continue
        ids: dict[str, str] = {}
        outputs: dict[str, hashlib._Hash] = {}

        def observe(st, doc, ids=ids, outputs=outputs) -> None:
            ids[st.name] = "|".join(doc.stages)
            h = outputs.setdefault(st.name, hashlib.sha256())
            h.update(repr(tuple(getattr(doc, f) for f in st.fills)).encode("utf-8", "surrogatepass"))

        for _stem, text, gold in _articles(name):
            article = Article(text=text, id=article_id(text), lang=gold.get("lang"), published=gold.get("published"))
            try:
                extract_article(article, observe=observe)
            except EventmillError:
                continue
        out[name] = {
            st: {"ids": hashlib.sha256(ids[st].encode()).hexdigest()[:16], "output": outputs[st].hexdigest()[:16]}
            for st in ids
        }
    return out


def check_fingerprints(recorded: dict, current: dict) -> list[str]:
    """What a developer must do, one line per stage whose output or ids changed since recording."""
    problems = []
    for name, stages in current.items():
        old = recorded.get("sets", {}).get(name, {})
        for st, now in stages.items():
            was = old.get(st)
            if was is None or was["ids"] != now["ids"]:
                problems.append(
                    f"{name}/{st}: stage ids changed since the fingerprints were recorded; "
                    f"record them: python scripts/dev_predictions.py fingerprint --update"
                )
            elif was["output"] != now["output"]:
                problems.append(
                    f"{name}/{st}: the output of stage '{st}' changed but its id did not: bump its "
                    f'version in @stage("{st}", N) (and the README\'s stage table), then '
                    f"python scripts/dev_predictions.py fingerprint --update"
                )
    return problems


def strip(obj):
    """The prediction without the fields a refactor may add or change."""
    if isinstance(obj, dict):
        return {k: strip(v) for k, v in obj.items() if k not in IGNORED}
    if isinstance(obj, list):
        return [strip(x) for x in obj]
    return obj


def diff(a: Path, b: Path, show: int) -> int:
    changed, total = [], 0
    for fa in sorted(a.rglob("*.json")):
        rel = fa.relative_to(a)
        fb = b / rel
        total += 1
        if not fb.is_file():
            changed.append((rel, "missing in the second run"))
            continue
        ja, jb = strip(json.loads(fa.read_text(encoding="utf-8"))), strip(json.loads(fb.read_text(encoding="utf-8")))
        if ja != jb:
            changed.append((rel, _first_difference(ja, jb)))
    extra = [p.relative_to(b) for p in b.rglob("*.json") if not (a / p.relative_to(b)).is_file()]
    for rel, why in changed[:show]:
        print(f"{rel}: {why}")
    for rel in extra[:show]:
        print(f"{rel}: only in the second run")
    print(f"{total} predictions compared, {len(changed)} differ, {len(extra)} only in the second run")
    return 1 if changed or extra else 0


def _first_difference(x, y, path: str = "") -> str:
    if type(x) is not type(y):
        return f"{path or '/'}: {x!r:.80} != {y!r:.80}"
    if isinstance(x, dict):
        for k in sorted(set(x) | set(y)):
            if k not in x or k not in y:
                return f"{path}/{k}: present in only one run"
            if x[k] != y[k]:
                return _first_difference(x[k], y[k], f"{path}/{k}")
    if isinstance(x, list):
        if len(x) != len(y):
            return f"{path}: {len(x)} items != {len(y)} items"
        for i, (p, q) in enumerate(zip(x, y)):
            if p != q:
                return _first_difference(p, q, f"{path}[{i}]")
    return f"{path}: {x!r:.80} != {y!r:.80}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("code", help="code every dev set into OUT/SET/NAME.json")
    c.add_argument("out", type=Path)
    c.add_argument("--sets", default=",".join(SETS), help="comma-separated set folders (default: all)")
    d = sub.add_parser("diff", help="compare two runs; exit 1 when any prediction differs")
    d.add_argument("a", type=Path)
    d.add_argument("b", type=Path)
    d.add_argument("--show", type=int, default=20, help="how many differences to print")
    f = sub.add_parser("fingerprint", help="check (or --update) the per-stage fingerprints of the dev sets")
    f.add_argument("--update", action="store_true", help=f"rewrite {FINGERPRINTS.name}")
    args = ap.parse_args(argv)
    if args.cmd == "fingerprint":
        current = fingerprints()
        if args.update:
            FINGERPRINTS.write_text(json.dumps({"sets": current}, indent=1, sort_keys=True) + "\n", encoding="utf-8")
            print(f"wrote {FINGERPRINTS}")
            return 0
        recorded = json.loads(FINGERPRINTS.read_text(encoding="utf-8")) if FINGERPRINTS.is_file() else {}
        problems = check_fingerprints(recorded, current)
        print("\n".join(problems) or "every stage's output matches its recorded fingerprint")
        return 1 if problems else 0
    if args.cmd == "code":
        code(args.out, tuple(s for s in args.sets.split(",") if s))
        return 0
    return diff(args.a, args.b, args.show)


if __name__ == "__main__":
    sys.exit(main())
