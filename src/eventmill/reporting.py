"""A language's reporting words (`reporting.tsv`), read once for the stages that need them: the
quotes stage finds speakers through them, and the event stages tell a speaker's aside ("..., Blinken
said") and a source phrase ("according to the investigation") from the events they report."""

from __future__ import annotations

from functools import cache

from eventmill import datafiles
from eventmill.phrases import PhraseIndex
from eventmill.text import norm


@cache
def reporting_lexicon(lang: str) -> PhraseIndex[str]:
    """Every phrase of reporting.tsv, with its kind (`verb`, `noun`, `prep`, ...)."""
    return PhraseIndex((r["phrase"], r.get("kind", "verb")) for r in _rows(lang))


@cache
def reporting_verbs(lang: str) -> frozenset[str]:
    """The verbs ("say", "affirmer"), folded."""
    return frozenset(norm(r["phrase"]) for r in _rows(lang) if r.get("kind", "verb") == "verb")


@cache
def source_markers(lang: str) -> PhraseIndex[bool]:
    """The phrases that open a source ("according to", "selon"): `prep` rows."""
    return PhraseIndex((r["phrase"], True) for r in _rows(lang) if r.get("kind") == "prep")


def _rows(lang: str) -> list[dict[str, str]]:
    return [r for r in datafiles.tables(lang, "reporting.tsv") if r.get("phrase")]
