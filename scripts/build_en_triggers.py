"""Candidate English trigger verbs per PLOVER type, from PETRARCH2's CAMEO verb dictionary, for hand review.

`resources/en/triggers.tsv` is written by hand; this script shows what the CAMEO verb patterns
(`CAMEO.2.0.txt`) suggest, sorted into PLOVER types through `resources/xx/cameo_plover.tsv`, and
which of those the lexicon does not list yet. It never writes the lexicon itself: CAMEO's verb sets
are WordNet synonym sets with much noise ("race", "pour", "pound"), so every row is a decision.

    python scripts/build_en_triggers.py [--cameo ../shared/data/petrarch2/CAMEO.2.0.txt] [--missing] [--type ASSAULT]

Output (TSV on stdout): lemma, pos, type, mode, cameo codes, and whether triggers.tsv has the lemma.
Verb+particle phrases come from patterns whose only words are a preposition or particle after the
verb ("CALL - * (FOR)" -> "call for").
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "src" / "eventmill" / "resources"
DEFAULT_CAMEO = ROOT.parent / "shared" / "data" / "petrarch2" / "CAMEO.2.0.txt"

_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([^\]]*)\]")
# a pattern that is only "* (PREP)" or "* PARTICLE": the verb plus one function word
_PARTICLE_PATTERN = re.compile(r"^-\s+\*\s+\(?([A-Z]+)\)?\s+\[([^\]]*)\]")
PARTICLES = {
    "FOR",
    "UPON",
    "ON",
    "OFF",
    "UP",
    "DOWN",
    "OUT",
    "BACK",
    "AWAY",
    "IN",
    "INTO",
    "WITH",
    "AGAINST",
    "OVER",
    "TO",
}


def _code(raw: str) -> str:
    """'042:043' -> '042'; ':110' -> '110'; '---' -> ''."""
    parts = [p for p in raw.strip().split(":") if p and p != "---"]
    return parts[0] if parts else ""


def read_cameo(path: Path) -> list[tuple[str, str, str]]:
    """(phrase, cameo code, how) for each verb of a coded block, and each verb + particle pattern."""
    out: list[tuple[str, str, str]] = []
    in_verbs = False
    block_code = ""
    block_verbs: list[str] = []
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if not in_verbs:
            continue
        m = _HEADER.match(line)
        if m:
            block_code, block_verbs = _code(m.group(2)), []
            continue
        text, _, comment = (part.strip() for part in line.partition("#"))
        if not text:
            continue
        if text.startswith("-"):
            # the comment names the verb the pattern was written for ("- * (FOR) [020]  # CALL")
            p = _PARTICLE_PATTERN.match(text)
            verb = comment.split(",")[0].strip().replace("_", " ").lower()
            if p and p.group(1) in PARTICLES and (code := _code(p.group(2))) and verb in block_verbs:
                out.append((f"{verb} {p.group(1).lower()}", code, "pattern"))
            continue
        word = re.sub(r"\{[^}]*\}", "", text)
        own = _CODE.search(word)
        word = _CODE.sub("", word).strip()
        if not word or word.startswith("&"):
            continue
        phrase = word.lstrip("+").strip("_").replace("_", " ").lower()
        if phrase.startswith("re ") or not re.fullmatch(r"[a-z][a-z' -]*", phrase):
            continue
        block_verbs.append(phrase)
        code = _code(own.group(1)) if own else block_code
        if code:
            out.append((phrase, code, "verb"))
    return out


def read_mapping(path: Path) -> list[tuple[str, str, str]]:
    """(cameo prefix, PLOVER type, mode), longest prefix first."""
    rows = []
    with path.open(encoding="utf-8") as fh:
        lines = (ln for ln in fh if ln.strip() and not ln.startswith("#"))
        for r in csv.DictReader(lines, delimiter="\t"):
            rows.append((r["cameo"], r["type"], r["mode"]))
    return sorted(rows, key=lambda r: -len(r[0]))


def to_plover(code: str, mapping: list[tuple[str, str, str]]) -> tuple[str, str] | None:
    for prefix, typ, mode in mapping:
        if code.startswith(prefix):
            return (typ, mode) if typ else None
    return None


def listed(path: Path) -> set[str]:
    with path.open(encoding="utf-8") as fh:
        lines = (ln for ln in fh if ln.strip() and not ln.startswith("#"))
        return {r["lemma"] for r in csv.DictReader(lines, delimiter="\t")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cameo", type=Path, default=DEFAULT_CAMEO)
    ap.add_argument("--missing", action="store_true", help="only candidates triggers.tsv does not list")
    ap.add_argument("--type", help="only this PLOVER type")
    args = ap.parse_args(argv)
    if not args.cameo.is_file():
        print(f"CAMEO dictionary not found: {args.cameo} (pass --cameo)", file=sys.stderr)
        return 2
    mapping = read_mapping(RESOURCES / "xx" / "cameo_plover.tsv")
    have = listed(RESOURCES / "en" / "triggers.tsv") if (RESOURCES / "en" / "triggers.tsv").is_file() else set()
    cands: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for phrase, code, _how in read_cameo(args.cameo):
        plover = to_plover(code, mapping)
        if plover is None:
            continue
        cands[(phrase, *plover)].add(code)
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["lemma", "pos", "type", "mode", "cameo", "listed"])
    for (phrase, typ, mode), codes in sorted(cands.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if args.type and typ != args.type.upper():
            continue
        if args.missing and phrase in have:
            continue
        w.writerow([phrase, "VERB", typ, mode, ",".join(sorted(codes)), "yes" if phrase in have else ""])
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:  # output piped into `head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(0) from None
