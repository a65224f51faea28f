"""Measure language identifiers on short news paragraphs: accuracy, load time, cost per article, memory.

    python scripts/langid_bench.py py3langid
    python scripts/langid_bench.py lingua        # needs lingua-language-detector (not a dependency)
    python scripts/langid_bench.py lingua-low

The paragraphs are tests/data/langid_news.tsv (3 per language, 28 languages); the article is
examples/syria_fr.txt (3 kB). Each identifier runs in its own process: run one per call.
"""

from __future__ import annotations

import csv
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def identifier(which: str):
    if which == "py3langid":
        from eventmill.languages import identify

        return lambda text: identify(text)[0]
    from lingua import LanguageDetectorBuilder

    builder = LanguageDetectorBuilder.from_all_languages()
    if which == "lingua-low":
        builder = builder.with_low_accuracy_mode()
    detector = builder.with_preloaded_language_models().build()

    def detect(text: str) -> str | None:
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else None

    return detect


def main(which: str) -> None:
    with open(ROOT / "tests" / "data" / "langid_news.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    article = (ROOT / "examples" / "syria_fr.txt").read_text(encoding="utf-8")
    t0 = time.perf_counter()
    identify = identifier(which)
    identify("warm up: load the model")
    load = time.perf_counter() - t0
    wrong = [(r["lang"], got) for r in rows if (got := identify(r["text"])) != r["lang"]]
    t0 = time.perf_counter()
    for _ in range(20):
        identify(article)
    per_article = (time.perf_counter() - t0) / 20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    langs = len({r["lang"] for r in rows})
    print(
        f"{which}: {len(rows) - len(wrong)}/{len(rows)} paragraphs in {langs} languages right; load {load:.1f} s; "
        f"{per_article * 1000:.1f} ms per 3 kB article; peak RSS {peak:.0f} MB; wrong (gold, got): {wrong}"
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "py3langid")
