"""A language's event lexicons, loaded once: trigger rows (`triggers.tsv`), mode words
(`modes.tsv`), support verbs (`support.tsv`), status words (`modifiers.tsv`) and prepositions by the
role they give a phrase (`cases.tsv`), and the nouns that make a number no count (`noncounts.tsv`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from eventmill import datafiles
from eventmill.models import TriggerEntry
from eventmill.phrases import PhraseIndex
from eventmill.text import norm


@dataclass(frozen=True, slots=True)
class EventLexicon:
    by_first: dict[str, tuple[TriggerEntry, ...]]
    modes: PhraseIndex[tuple[str, str]]  # word(s) -> (type, mode)
    support: dict[str, str]  # verb lemma -> role of its subject
    modifiers: dict[str, str]  # word -> negation / hypothetical / future / demonstrative
    modifier_pos: dict[str, str]  # word -> the part of speech it must have ("pouvoir" the verb, not the noun)
    cases: dict[str, frozenset[str]]  # role -> prepositions (agent: par; against: contre, against; ...)
    measures: frozenset[str] = frozenset()  # nouns of `noncounts.tsv`: "17 ans" is an age, "12 rue" an address

    def case_is(self, word: str, role: str) -> bool:
        """Whether the preposition (or locution noun) `word` plays `role` (cases.tsv)."""
        return norm(word) in self.cases.get(role, ())  # the table's words are keys ("à" -> "a")


@cache
def event_lexicon(lang: str) -> EventLexicon:
    by_first: dict[str, list[TriggerEntry]] = {}
    for r in datafiles.tables(lang, "triggers.tsv"):
        words = key(r.get("lemma", ""))
        if not words or not r.get("type"):
            continue
        row = TriggerEntry(
            words,
            (r.get("pos") or "VERB").upper(),
            r["type"].upper(),
            r.get("mode", ""),
            r.get("subject") or "actor",
            r.get("count", ""),
            r.get("outcome", "") == "yes",
            tuple(sorted({norm(w) for w in (r.get("object") or "").split("|") if w.strip()})),
        )
        by_first.setdefault(words[0], []).append(row)
    modes = PhraseIndex(
        (r.get("lemma", ""), (r.get("type", "").upper(), r.get("mode", "")))
        for r in datafiles.tables(lang, "modes.tsv")
    )
    support = {
        norm(r["lemma"]): r.get("role", "actor") for r in datafiles.tables(lang, "support.tsv") if r.get("lemma")
    }
    rows = [r for r in datafiles.tables(lang, "modifiers.tsv") if r.get("word")]
    modifiers = {norm(r["word"]): r["kind"] for r in rows}
    modifier_pos = {norm(r["word"]): r["pos"] for r in rows if r.get("pos")}
    cases: dict[str, set[str]] = {}
    for r in datafiles.tables(lang, "cases.tsv"):
        if r.get("word") and r.get("role"):
            cases.setdefault(r["role"], set()).add(norm(r["word"]))
    # longest idioms first, so "trouver la mort" beats a bare "trouver"
    return EventLexicon(
        {k: tuple(sorted(v, key=lambda x: -len(x.words))) for k, v in by_first.items()},
        modes,
        support,
        modifiers,
        modifier_pos,
        {k: frozenset(v) for k, v in cases.items()},
        frozenset(norm(r["phrase"]) for r in datafiles.tables(lang, "noncounts.tsv") if r.get("position") == "noun"),
    )


@lru_cache(maxsize=200_000)
def key(s: str) -> tuple[str, ...]:
    """Trigger matching key: like `norm` but keeping accents, so "marché" is not "marche"."""
    return tuple(lower_words(s))


_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
_SPLIT = re.compile(r"[^\w']+")


def lower_words(s: str) -> list[str]:
    s = s.translate(_APOS).casefold()
    return [w for w in _SPLIT.split(s) if w]
