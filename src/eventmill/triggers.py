"""Trigger lexicons (PLOVER type, mode, argument roles) and where they occur in a parsed article."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from eventmill import resources
from eventmill.models import Token
from eventmill.text import norm

VERBAL = ("VERB", "AUX")
NOMINAL = ("NOUN", "PROPN")


@dataclass(frozen=True, slots=True)
class TriggerRow:
    """One lexicon entry: words (lemmas), PLOVER type and mode, the subject's role, the count it fills."""

    words: tuple[str, ...]
    pos: str
    type: str
    mode: str = ""
    subject: str = "actor"
    count: str = ""


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger found in text: tokens first..last, the head token that carries its arguments."""

    first: int
    last: int
    head: int
    row: TriggerRow


@dataclass(frozen=True, slots=True)
class EventLexicon:
    by_first: dict[str, tuple[TriggerRow, ...]]
    modes: dict[str, tuple[tuple[str, str], ...]]  # lemma -> ((type, mode), ...)
    support: dict[str, str]  # verb lemma -> role of its subject
    modifiers: dict[str, str]  # word -> negation / hypothetical / future / demonstrative


@lru_cache(maxsize=None)
def event_lexicon(lang: str) -> EventLexicon:
    by_first: dict[str, list[TriggerRow]] = {}
    for r in resources.tables(lang, "triggers.tsv"):
        words = tuple(norm(r.get("lemma", "")).split())
        if not words or not r.get("type"):
            continue
        row = TriggerRow(words, (r.get("pos") or "VERB").upper(), r["type"].upper(), r.get("mode", ""),
                         r.get("subject") or "actor", r.get("count", ""))
        by_first.setdefault(words[0], []).append(row)
    modes: dict[str, list[tuple[str, str]]] = {}
    for r in resources.tables(lang, "modes.tsv"):
        modes.setdefault(norm(r.get("lemma", "")), []).append((r.get("type", "").upper(), r.get("mode", "")))
    support = {norm(r["lemma"]): r.get("role", "actor") for r in resources.tables(lang, "support.tsv") if r.get("lemma")}
    modifiers = {norm(r["word"]): r["kind"] for r in resources.tables(lang, "modifiers.tsv") if r.get("word")}
    # longest idioms first, so "trouver la mort" beats a bare "trouver"
    return EventLexicon({k: tuple(sorted(v, key=lambda x: -len(x.words))) for k, v in by_first.items()},
                        {k: tuple(v) for k, v in modes.items()}, support, modifiers)


def _pos_ok(row: TriggerRow, tok: Token) -> bool:
    if row.pos == "NOUN":
        return tok.pos in NOMINAL or (tok.pos == "ADJ" and row.count != "")  # "les blessés"
    # participles are often tagged ADJ ("blessés", "tués")
    return tok.pos in VERBAL or tok.pos == "ADJ"


def _word_match(tok: Token, word: str) -> bool:
    return norm(tok.lemma) == word or norm(tok.text) == word


def find_triggers(tokens: Sequence[Token], lang: str) -> list[Trigger]:
    """Every trigger, longest idiom first; a token belongs to at most one trigger."""
    lex = event_lexicon(lang)
    out: list[Trigger] = []
    used: set[int] = set()
    for k, tok in enumerate(tokens):
        if k in used:
            continue
        cands = lex.by_first.get(norm(tok.lemma), ()) + (lex.by_first.get(norm(tok.text), ())
                                                          if norm(tok.text) != norm(tok.lemma) else ())
        for row in sorted(cands, key=lambda x: -len(x.words)):
            if len(row.words) == 1:
                if _pos_ok(row, tok):
                    out.append(Trigger(k, k, k, row))
                    used.add(k)
                    break
                continue
            # idiom: consecutive tokens, words matched on lemma or text, inside one sentence
            j, ok = k, True
            for w in row.words[1:]:
                j += 1
                if j >= len(tokens) or tokens[j].sent != tok.sent or not _word_match(tokens[j], w):
                    ok = False
                    break
            if ok and tok.pos not in ("DET", "ADP", "PUNCT"):
                out.append(Trigger(k, j, k, row))
                used.update(range(k, j + 1))
                break
    return out
