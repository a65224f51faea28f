"""Text helpers shared by every stage: lookup-key normalisation and length-preserving cleanup."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Characters folded one-for-one, so offsets into the cleaned text are offsets into the original.
_ONE_FOR_ONE = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
        "\u200a": " ",
        "\u3000": " ",
        "\t": " ",
        "\r": "\n",
        "\x0b": "\n",
        "\x0c": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
        "\u200b": " ",
        "\ufeff": " ",
    }
)


def clean(text: str) -> str:
    """Typographic quotes, apostrophes, dashes and odd spaces to ASCII, keeping every offset."""
    out = text.translate(_ONE_FOR_ONE)
    # other control characters would confuse the tokenizer; replace them with spaces
    return (
        "".join(c if c in "\n" or unicodedata.category(c)[0] != "C" or len(c) != 1 else " " for c in out)
        if _has_controls(out)
        else out
    )


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff]")


def _has_controls(s: str) -> bool:
    return _CONTROL.search(s) is not None


@lru_cache(maxsize=200_000)
def norm(s: str) -> str:
    """Lookup key: accents stripped, casefolded, apostrophes unified, punctuation and hyphens to spaces.

    Apostrophes are kept (French elision: "d'armes"), everything else non-alphanumeric folds to one
    space, so "Jaïch al-Islam" and "jaich al islam" give the same key.
    """
    if not s:
        return ""
    s = unicodedata.normalize("NFKD", s.translate(_ONE_FOR_ONE))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^\w']+", " ", s.casefold()).replace("_", " ")
    return " ".join(s.split())
