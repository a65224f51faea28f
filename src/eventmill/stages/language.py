"""Stage 2: which language the article is in (stopword coverage), or a clear error."""

from __future__ import annotations

import dataclasses
import re

from eventmill import datafiles
from eventmill.config import Config
from eventmill.errors import UnsupportedLanguage
from eventmill.models import Document
from eventmill.registry import stage

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# below this share of stopwords, the text is in none of the known languages (or is not prose)
MIN_COVERAGE = 0.12


def detect(text: str, candidates: tuple[str, ...]) -> tuple[str | None, float]:
    """The candidate language whose stopword list covers most words, and that coverage."""
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


def _known_folders() -> tuple[str, ...]:
    return datafiles.language_folders("stopwords.txt")


@stage("language", 2, needs=("text",), fills=("lang",))
def language(doc: Document, config: Config) -> Document:
    """Use --lang or the article's own lang when given, else detect it among the supported languages."""
    supported = datafiles.available_languages()
    lang = config.lang or doc.article.lang
    if lang:
        datafiles.language_info(lang)  # raises UnsupportedLanguage with the supported list
        return dataclasses.replace(doc, lang=lang)
    # detect among every folder with stopwords, so an English article gets "English is not
    # supported yet" rather than a bad French parse
    found, cov = detect(doc.text, _known_folders())
    if found is None or cov < MIN_COVERAGE:
        raise UnsupportedLanguage(
            f"could not recognise the article's language (supported: {', '.join(supported)}); "
            "if it is one of those, pass --lang"
        )
    if found not in supported:
        raise UnsupportedLanguage(
            f"the article looks like {found!r}, which is not supported yet (supported: {', '.join(supported)}); "
            "pass --lang to force one"
        )
    allowed = config.language_list()
    if found not in allowed:
        raise UnsupportedLanguage(
            f"the article looks like {found!r}, which --languages ({', '.join(allowed)}) leaves out; "
            f"add it to --languages, or pass --lang to force one"
        )
    return dataclasses.replace(doc, lang=found)
