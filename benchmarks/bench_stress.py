"""Stress: a batch of articles of which a share is hostile; checks that every good record is coded
exactly once, that each bad one is one failed article with one problem row, and that a second run
adds nothing; reports the time, the rate and the peak memory of each worker.

    python benchmarks/bench_stress.py [--articles 10000] [--hostile 0.05] [--workers 2] [--json out.json]

The good articles are the paragraphs of examples/syria_fr.txt, each made distinct by a numbered
sentence, spread over .txt files, a JSONL file, a CSV file and a zip. The hostile records cycle
through what issue 15 found: some must still be coded (lone surrogates in JSONL, `&#xD800;` in a
feed), the others must each fail alone (empty, binary, mis-encoded, a JSON line over the size cap,
bad JSON, a CSV field over the cap, Spanish, a malformed WARC, a corrupt .gz, a named pipe, a
1 MB single-line article that runs past --article-timeout, once).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import html
import json
import os
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

PARAS = [p for p in (ROOT / "examples" / "syria_fr.txt").read_text(encoding="utf-8").split("\n") if len(p) > 150]
SPANISH = (
    "Al menos diez personas murieron el martes en un ataque armado contra una comisaría en el norte del "
    "país, según la policía. El Gobierno anunció que enviará más soldados a la frontera."
)


def good_text(i: int) -> str:
    return f"{PARAS[i % len(PARAS)]} Dépêche numéro {i}."


def build(folder: Path, n: int, share: float) -> tuple[int, int, int]:
    """Write the corpus; returns (good records, hostile records that must be coded, bad records)."""
    folder.mkdir(parents=True)
    n_hostile = round(n * share)
    n_good = n - n_hostile
    per = n_good // 4
    i = 0
    for _ in range(per):  # .txt files
        (folder / f"a{i:06d}.txt").write_text(good_text(i), encoding="utf-8")
        i += 1
    with open(folder / "dump.jsonl", "w", encoding="utf-8") as fh:
        for _ in range(per):
            fh.write(json.dumps({"text": good_text(i), "lang": "fr-FR", "outlet": "AFP"}) + "\n")
            i += 1
    with open(folder / "table.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["title", "text"])
        for _ in range(per):
            w.writerow([f"Titre {i}", good_text(i)])
            i += 1
    with zipfile.ZipFile(folder / "more.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        while i < n_good:
            zf.writestr(f"z/{i:06d}.txt", good_text(i))
            i += 1
    coded, bad = 0, 0
    hostile = folder / "hostile"
    hostile.mkdir()
    kinds = (
        "surrogate",
        "charref",
        "empty",
        "binary",
        "misencoded",
        "longline",
        "badjson",
        "csvfield",
        "spanish",
        "warc",
        "gz",
        "fifo",
        "short",
        "huge",
    )
    big_line = json.dumps({"text": "x " * 5_500_000})  # 11 MB: over 5 x --max-bytes
    for k in range(n_hostile):
        kind = kinds[k % len(kinds)]
        if kind == "huge" and k >= len(kinds):
            kind = "short"  # one huge article is enough: each costs a worker --article-timeout seconds
        name = hostile / f"h{k:05d}"
        if kind == "surrogate":
            line = json.dumps({"text": "SURROGATE " + good_text(n + k)}).replace("SURROGATE", "\\ud800")
            name.with_suffix(".jsonl").write_text(line + "\n", encoding="utf-8")
            coded += 1
            continue
        if kind == "charref":
            name.with_suffix(".rss").write_text(
                '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>&#xD800;</title>'
                f"<description>{html.escape(good_text(n + k))} &#55296;</description></item></channel></rss>",
                encoding="utf-8",
            )
            coded += 1
            continue
        bad += 1
        if kind == "empty":
            name.with_suffix(".txt").write_bytes(b"")
        elif kind == "binary":
            name.with_suffix(".txt").write_bytes(bytes(range(256)) * 8)
        elif kind == "misencoded":
            name.with_suffix(".txt").write_bytes(good_text(n + k).encode() + "é à ç".encode("latin-1"))
        elif kind == "longline":
            name.with_suffix(".jsonl").write_text(big_line + "\n", encoding="utf-8")
        elif kind == "badjson":
            name.with_suffix(".jsonl").write_text('{"text": "unterminated\n', encoding="utf-8")
        elif kind == "csvfield":
            name.with_suffix(".csv").write_text('text\n"' + "y" * 11_000_000 + '"\n', encoding="utf-8")
        elif kind == "spanish":
            name.with_suffix(".txt").write_text(f"{SPANISH} Número {k}.", encoding="utf-8")
        elif kind == "warc":
            name.with_suffix(".warc").write_bytes(
                b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999999\r\n\r\nshort"
            )
        elif kind == "gz":
            data = bytearray(gzip.compress(("text\n" + f'"{good_text(n + k)}"\n' * 3).encode()))
            data[12] ^= 0xFF
            name.with_suffix(".csv.gz").write_bytes(bytes(data))
        elif kind == "fifo":
            os.mkfifo(name.with_suffix(".txt"))
        elif kind == "short":
            name.with_suffix(".txt").write_text(f"Alep {k}.", encoding="utf-8")
        elif kind == "huge":
            line = " ".join(PARAS) + " "
            name.with_suffix(".txt").write_text((line * (1_900_000 // len(line.encode()) + 1))[:1_000_000] + f" {k}")
    return n_good, coded, bad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--hostile", type=float, default=0.05)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--article-timeout", type=float, default=60.0)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    from eventmill.config import Config
    from eventmill.corpus.runner import RunOptions, run

    with tempfile.TemporaryDirectory() as tmp:
        corpus, db = Path(tmp) / "in", Path(tmp) / "s.duckdb"
        n_good, n_coded_hostile, n_bad = build(corpus, args.articles, args.hostile)
        options = RunOptions(db=db, workers=args.workers, progress=False, article_timeout=args.article_timeout)
        t0 = time.perf_counter()
        first = run([corpus], Config(), options)
        seconds = time.perf_counter() - t0
        second = run([corpus], Config(), options)
        import duckdb

        con = duckdb.connect(str(db), read_only=True)
        q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
        coded = q("SELECT count(*) FROM articles WHERE status = 'coded'")[0][0]
        failed = q("SELECT count(*) FROM articles WHERE status = 'failed'")[0][0]
        failed_problems = q(
            "SELECT count(*), count(DISTINCT article_id) FROM problems p JOIN articles a ON a.id = p.article_id "
            "WHERE a.status = 'failed'"
        )[0]
        repeated = q("SELECT count(*) FROM (SELECT source FROM sources GROUP BY source HAVING count(*) > 1)")[0][0]
        reasons = q(
            "SELECT regexp_extract(message, '(not a regular|malformed WARC|too large|not valid JSON|Spanish|"
            "binary|mis-encoded|empty|too short|read past this point|took longer)', 1) AS why, count(*) "
            "FROM problems WHERE kind = 'error' GROUP BY why ORDER BY 2 DESC"
        )
        con.close()
    report = {
        "articles": args.articles,
        "good": n_good,
        "hostile_coded": n_coded_hostile,
        "bad": n_bad,
        "coded": coded,
        "failed": failed,
        "failed_rows_problems": failed_problems[0],
        "sources_stored_twice": repeated,
        "second_run_added": second.coded + second.failed,
        "seconds": round(seconds, 1),
        "articles_per_s": round((first.coded + first.failed) / seconds, 2),
        "worker_peak_rss_mb": {w: round(mb) for w, mb in first.workers.items()},
        "quarantined": first.quarantined,
        "reasons": dict(reasons),
        "ok": coded == n_good + n_coded_hostile
        and failed == n_bad
        and failed_problems == (n_bad, n_bad)
        and repeated == 0
        and second.coded + second.failed == 0,
    }
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if not report["ok"]:
        raise SystemExit("stress: the checks failed (see above)")


if __name__ == "__main__":
    main()
