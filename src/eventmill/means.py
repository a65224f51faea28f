"""The means of an attack a sentence names (air, device, grenade...), by `resources/<lang>/means.tsv`:
what the ACLED export maps to its sub-event types, and what tells a blast at a factory that is an
attack ("a bomb exploded at the plant") from one that is an accident."""

from __future__ import annotations

from functools import cache

from eventmill import datafiles
from eventmill.text import norm


@cache
def _means(lang: str) -> tuple[tuple[str, str], ...]:
    """(normalised phrase, means class) rows of `resources/<lang>/means.tsv`."""
    return tuple((_words(r["phrase"]), r["means"]) for r in datafiles.table(lang, "means.tsv") if r.get("phrase"))


def _words(text: str) -> str:
    # an elided word is a word of its own ("l'aviation" names "aviation"), as in the other language files
    return " " + " ".join(norm(text).replace("'", "' ").split()) + " "


def named_means(evidence: str, lang: str | None) -> frozenset[str] | None:
    """The classes of means (air, device, grenade) the evidence names, by `resources/<lang>/means.tsv`;
    None when the language has no such file, so that nothing can be checked."""
    rows = _means(lang) if lang else ()
    if not rows:
        return None
    words = _words(evidence)
    return frozenset(means for phrase, means in rows if phrase in words)
