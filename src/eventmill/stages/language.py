"""Stage 2: which language the article is in: its own tag or --lang (normalised to ISO 639-1), else
identified from the text (`eventmill.languages`), or a clear error naming the language it is in."""

from __future__ import annotations

import dataclasses
import re

from eventmill import datafiles
from eventmill.config import Config
from eventmill.errors import UnsupportedLanguage
from eventmill.languages import describe, identify, normalise
from eventmill.models import Document
from eventmill.registry import stage

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# below this probability the identifier is guessing: the text is too short, mixed, or not prose (the
# evaluation sets' articles score 0.78 and more, the 84 news paragraphs of tests/data 0.58 and more)
MIN_CONFIDENCE = 0.5


def detect(text: str, candidates: tuple[str, ...]) -> tuple[str | None, float]:
    """The candidate language whose stopword list covers most words, and that coverage (how plausible a
    decoding is, when guessing a file's encoding; languages are identified by `identify`)."""
    tokens = [w.casefold() for w in _WORD.findall(text[:20000])]
    # split elisions so "l'attaque" counts "l'"
    words = []
    for w in tokens:
        if "'" in w:
            head, tail = w.split("'", 1)
            words += [head + "'", tail]
        else:
            words.append(w)
    if not words:
        return None, 0.0
    best, best_cov = None, 0.0
    for lang in candidates:
        stop = datafiles.words(lang, "stopwords.txt")
        if not stop:
            continue
        cov = sum(1 for w in words if w in stop) / len(words)
        if cov > best_cov:
            best, best_cov = lang, cov
    return best, best_cov


def _supported() -> str:
    return ", ".join(describe(code) for code in datafiles.available_languages())


@stage("language", 3, needs=("text",), fills=("lang",))
def language(doc: Document, config: Config) -> Document:
    """Use --lang or the article's own tag when given, else identify the language of the text."""
    supported = datafiles.available_languages()
    given = normalise(config.lang or doc.article.lang)
    if given:
        if given not in supported:
            raise UnsupportedLanguage(
                f"the article is tagged {describe(given)}, a language eventmill does not support "
                f"(supported: {_supported()})",
                lang=given,
            )
        return dataclasses.replace(doc, lang=given)
    found, prob = identify(doc.text)
    # a supported language is taken even when the model is unsure (a one-line article); another
    # language is named only when the model is sure of it
    if found is None or (prob < MIN_CONFIDENCE and found not in supported):
        guess = f" (best guess {describe(found)}, probability {prob:.2f})" if found else ""
        raise UnsupportedLanguage(
            f"could not recognise the article's language{guess}; if it is one of the supported languages "
            f"({_supported()}), pass --lang",
            lang=found,
        )
    if found not in supported:
        raise UnsupportedLanguage(
            f"the article is in {describe(found)}, a language eventmill does not support (supported: {_supported()}); "
            "pass --lang to force one",
            lang=found,
        )
    allowed = config.language_list()
    if found not in allowed:
        raise UnsupportedLanguage(
            f"the article is in {describe(found)}, which --languages ({', '.join(allowed)}) leaves out; "
            "add it to --languages, or pass --lang to force one",
            lang=found,
        )
    return dataclasses.replace(doc, lang=found)
