"""Language tags and language identification.

Tags: every tag eventmill meets (a JSONL `lang`, an RSS `<language>`, `--lang`) is normalised to
ISO 639-1 (`en-US`, `EN`, `fr_FR`, `fra` -> `en`, `fr`), or ISO 639-3 for a language that has no
two-letter code; names and aliases come from `resources/xx/languages.tsv`.

Identification: py3langid (a naive Bayes model over byte n-grams, shipped inside its wheel: nothing
is downloaded), among the 114 languages of its model that have an ISO 639-1 code. Chosen over lingua-language-detector by measurement on 84 short news
paragraphs in 28 languages (`tests/data/langid_news.tsv`, `python scripts/langid_bench.py`): both
score 84/84 in lingua's high-accuracy mode, but lingua then needs 1.2 GB and 16 s to load per worker
(97.6% in its low-accuracy mode), py3langid 130 MB and 3 ms per 3 kB article.
"""

from __future__ import annotations

from functools import cache

from eventmill import datafiles

# identification reads this much of an article: more changes nothing but the time it takes
IDENTIFY_CHARS = 20_000
# py3langid's tag for text with no language in it (numbers, symbols)
NO_LANGUAGE = "zxx"


@cache
def _table() -> tuple[dict[str, str], dict[str, str]]:
    """(name by code, code by tag) from languages.tsv."""
    names, codes = {}, {}
    for row in datafiles.table(datafiles.SHARED, "languages.tsv"):
        code = row["code"].strip()
        names[code] = row["name"].strip()
        codes[code] = code
        for alias in filter(None, (a.strip() for a in (row.get("alias") or "").split("|"))):
            codes[alias] = code
    return names, codes


def normalise(tag: object) -> str | None:
    """The ISO 639-1 code of a BCP 47 or ISO 639 tag in any case (`en-US`, `EN`, `fr_FR`, `fra`: `en`,
    `fr`); a primary subtag the table does not know is returned lower-cased; None for no tag."""
    if tag is None:
        return None
    primary = str(tag).strip().replace("_", "-").split("-")[0].lower()
    if not primary:
        return None
    return _table()[1].get(primary, primary)


def describe(code: str) -> str:
    """`Spanish (es)`: a language's English name and code, for messages."""
    name = _table()[0].get(code)
    return f"{name} ({code})" if name else repr(code)


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    # only languages with an ISO 639-1 code: the model's regional languages and creoles (Walloon, the
    # French creoles, Nigerian Pidgin) otherwise claim short French and English texts
    ident.set_languages(sorted({c for c in ident.nb_classes if len(c) == 2}))
    return ident


def identify(text: str) -> tuple[str | None, float]:
    """The language the text is written in (a normalised tag) and the model's probability for it;
    (None, 0.0) for text with no language in it."""
    sample = text[:IDENTIFY_CHARS].encode("utf-8", "replace").decode("utf-8")
    if not any(c.isalpha() for c in sample):
        return None, 0.0
    lang, prob = _identifier().classify(sample)
    if lang == NO_LANGUAGE:
        return None, 0.0
    return normalise(lang), float(prob)
