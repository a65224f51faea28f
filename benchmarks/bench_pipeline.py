"""Articles per second and peak memory of eventmill's whole pipeline against bare spaCy parsing, in one run.

Three modes, each in its own fresh process (so peak RSS is its own), alternating over several rounds;
the report gives the medians and the ratios to bare:

- `bare`: `nlp.pipe` over the same texts with the same model, the baseline;
- `full`: the pipeline as `eventmill run` codes a corpus: `api.extract_articles` over batches of
  `RunOptions.batch_size` articles (the parser batches across the articles of a batch);
- `single`: `eventmill.extract` one article at a time, as the API, `eventmill extract` and `eval` do.

    python benchmarks/bench_pipeline.py [--lang fr,en] [--rounds 3] [--min-articles 200] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = Path(os.environ.get("EVENTMILL_EVAL_DIR", ROOT.parent / "shared" / "eval"))


MODES = ("bare", "full", "single")


def corpus(lang: str, minimum: int) -> list[str]:
    """Every article of the evaluation sets in this language, cycled to reach `minimum` texts."""
    texts = []
    for gold in sorted(EVAL.glob("*/*.gold.json")):
        if json.loads(gold.read_text()).get("lang") == lang:
            texts.append(gold.with_name(gold.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8"))
    if not texts:
        raise SystemExit(f"no {lang} articles under {EVAL}")
    distinct = len(texts)
    while len(texts) < minimum:
        texts += texts[: minimum - len(texts)]
    return texts, distinct


def child(mode: str, lang: str, minimum: int) -> None:
    """Run one mode and print its figures as JSON (called in a subprocess)."""
    texts, _ = corpus(lang, minimum)
    from eventmill.stages.parse import load_model

    nlp = load_model(lang)
    list(nlp.pipe(texts[:5]))  # warm up
    import eventmill
    from eventmill.api import extract_articles
    from eventmill.corpus.runner import RunOptions
    from eventmill.models import Article

    if mode != "bare":
        eventmill.extract(texts[0], lang=lang)
    size = RunOptions().batch_size
    t0, c0 = time.perf_counter(), time.process_time()
    if mode == "bare":
        n_tokens = sum(len(d) for d in nlp.pipe(texts))
    elif mode == "full":
        n_tokens = 0
        for k in range(0, len(texts), size):
            docs = extract_articles([Article(text=t, lang=lang) for t in texts[k : k + size]])
            n_tokens += sum(len(d.tokens) for d in docs)  # type: ignore[union-attr]
    else:
        n_tokens = sum(len(eventmill.extract(t, lang=lang).tokens) for t in texts)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "mode": mode,
                "articles": len(texts),
                "seconds": secs,
                "cpu_seconds": cpu,
                "tokens": n_tokens,
                "peak_rss_mb": rss_mb,
            }
        )
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", default="fr,en", help="comma-separated languages, each measured in the same run")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--min-articles", type=int, default=200)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        child(a.child, a.lang, a.min_articles)
        return
    reports = [measure(lang, a.rounds, a.min_articles) for lang in a.lang.split(",")]
    print(json.dumps(reports, indent=2))
    if a.json:
        a.json.write_text(json.dumps(reports, indent=2) + "\n")


def measure(lang: str, rounds: int, minimum: int) -> dict:
    """Alternate the modes' runs of one language in fresh processes; medians and the ratios."""
    _, distinct = corpus(lang, minimum)
    runs: dict[str, list[dict]] = {m: [] for m in MODES}
    for r in range(rounds):
        for mode in MODES if r % 2 == 0 else MODES[::-1]:
            out = subprocess.run(
                [sys.executable, __file__, "--child", mode, "--lang", lang, "--min-articles", str(minimum)],
                capture_output=True,
                text=True,
                check=True,
            )
            runs[mode].append(json.loads(out.stdout.strip().splitlines()[-1]))
    med = {m: statistics.median(x["seconds"] for x in v) for m, v in runs.items()}
    cpu = {m: statistics.median(x["cpu_seconds"] for x in v) for m, v in runs.items()}
    rss = {m: max(x["peak_rss_mb"] for x in v) for m, v in runs.items()}
    n = runs["bare"][0]["articles"]
    report = {"lang": lang, "articles": n, "distinct_articles": distinct, "rounds": rounds}
    for m in MODES:
        report[f"{m}_seconds"] = round(med[m], 3)
        report[f"{m}_articles_per_s"] = round(n / med[m], 1)
    for m in MODES[1:]:
        report[f"ratio_{m}_over_bare"] = round(med[m] / med["bare"], 3)
        # CPU time moves less than wall time when other jobs share the machine
        report[f"cpu_ratio_{m}_over_bare"] = round(cpu[m] / cpu["bare"], 3)
    for m in MODES:
        report[f"{m}_peak_rss_mb"] = round(rss[m])
    return report


if __name__ == "__main__":
    main()
