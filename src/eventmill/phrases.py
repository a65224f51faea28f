"""Phrase lookup over token sequences: longest match of normalised words against a lexicon.

Each token contributes the words of its normalised text (so "M.Tchourkine" gives "m", "tchourkine"
and "al-Nosra" gives "al", "nosra"); a match maps back to whole tokens, so its span covers them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

from eventmill.models import Token
from eventmill.recent import keep
from eventmill.text import norm

V = TypeVar("V")
# punctuation that ends a phrase in `PhraseIndex.scan(clause=True)`
CLAUSE_PUNCT = frozenset({",", ";", ":", "(", ")", "[", "]", '"', "«", "»", "\u201c", "\u201d"})


@dataclass(frozen=True, slots=True)
class Match(Generic[V]):
    """A lexicon hit: tokens first..last (inclusive) and the lexicon values for the phrase."""

    first: int
    last: int
    key: str
    values: tuple[V, ...]


class PhraseIndex(Generic[V]):
    """Normalised phrase -> values, plus every word-prefix of a phrase, so scanning stops early."""

    def __init__(self, pairs: Iterable[tuple[str, V]]):
        index: dict[str, list[V]] = {}
        prefixes: set[tuple[str, ...]] = set()
        longest = 1
        for phrase, value in pairs:
            key = norm(phrase)
            if not key:
                continue
            index.setdefault(key, []).append(value)
            words = tuple(key.split())
            prefixes.update(words[:n] for n in range(1, len(words) + 1))
            longest = max(longest, len(words))
        self.index = {k: tuple(v) for k, v in index.items()}
        self.prefixes = prefixes
        self.firsts = frozenset(p[0] for p in prefixes)
        self.longest = longest

    def __contains__(self, phrase: str) -> bool:
        return norm(phrase) in self.index

    def get(self, phrase: str) -> tuple[V, ...]:
        return self.index.get(norm(phrase), ())

    def scan(
        self,
        tokens: Sequence[Token],
        use_lemma: bool = False,
        allow: Sequence[bool] | None = None,
        clause: bool = False,
    ) -> list[Match[V]]:
        """Non-overlapping longest matches, left to right, never crossing a sentence boundary.

        A match must end at the end of a token's words (so "M.Tchourkine" can match as
        "tchourkine" but "m" alone never matches). `allow[k]` False forbids a match that starts at
        token k (e.g. inside an earlier mention). With `clause`, a comma, a colon, a bracket or a
        quote ends a phrase instead of being skipped ("by the military, officials said" is no
        "military official"); a hyphen or an apostrophe never does.
        """
        words, sents = _words(tokens, use_lemma)
        breaks = [t.pos == "PUNCT" and t.text in CLAUSE_PUNCT for t in tokens] if clause else None
        return self.scan_words(words, sents, allow, breaks)

    def at(self, tokens: Sequence[Token], k: int) -> tuple[V, ...]:
        """The values of the longest phrase that starts at token k, in its sentence (none: ())."""
        words, sents = _words(tokens, False)
        hit = self._longest(words, sents, k, words[k]) if words[k] else None
        return hit.values if hit is not None else ()

    def scan_words(
        self,
        words: Sequence[Sequence[str]],
        sents: Sequence[int],
        allow: Sequence[bool] | None = None,
        breaks: Sequence[bool] | None = None,
    ) -> list[Match[V]]:
        """`scan` over tokens given as their words (`norm` of their text, split) and their sentences
        (a match never spans two)."""
        firsts = self.firsts
        out: list[Match[V]] = []
        after = 0  # the first token past the last match
        # most tokens start no phrase: only those with a word that starts one are tried
        for k in [k for k, ws in enumerate(words) if not firsts.isdisjoint(ws)]:
            if k < after or (allow is not None and not allow[k]):
                continue
            ws = words[k]
            for w in range(len(ws)):
                if ws[w] in firsts:
                    best = self._longest(words, sents, k, ws[w:], breaks)
                    if best is not None:
                        out.append(best)
                        after = best.last + 1
                        break
        return out

    def _longest(
        self,
        words: Sequence[Sequence[str]],
        sents: Sequence[int],
        k0: int,
        start: Sequence[str],
        breaks: Sequence[bool] | None = None,
    ) -> Match[V] | None:
        """The longest phrase that starts with the words `start` (the rest of token k0's words) and
        ends at the end of a token's words, in k0's sentence."""
        prefixes, index = self.prefixes, self.index
        best = None
        prefix: tuple[str, ...] = ()
        k, ws = k0, start
        while True:
            if ws:  # a token with no words (punctuation) neither ends nor breaks a phrase
                for w in ws:
                    prefix += (w,)
                    if prefix not in prefixes:
                        return best
                vals = index.get(" ".join(prefix))
                if vals:
                    best = Match(k0, k, " ".join(prefix), vals)
            k += 1
            if k >= len(words) or sents[k] != sents[k0] or (breaks is not None and breaks[k]):
                return best
            ws = words[k]


# the words of the last few token sequences scanned: a document's tokens are scanned many times
_WORDS: dict[tuple[int, bool], tuple[Sequence[Token], list[tuple[str, ...]], list[int]]] = {}


def _words(tokens: Sequence[Token], use_lemma: bool) -> tuple[list[tuple[str, ...]], list[int]]:
    """Each token's words (`norm` of its lemma with `use_lemma`, where it has one, else of its text)
    and its sentence."""
    if isinstance(tokens, tuple):  # immutable: its words can be kept while it is the same object
        hit = _WORDS.get((id(tokens), use_lemma))
        if hit is not None and hit[0] is tokens:
            return hit[1], hit[2]
    words = [norm_words(t.lemma if use_lemma and t.lemma else t.text) for t in tokens]
    sents = [t.sent for t in tokens]
    if isinstance(tokens, tuple):
        keep(_WORDS, (id(tokens), use_lemma), (tokens, words, sents))
    return words, sents


@lru_cache(maxsize=200_000)
def norm_words(s: str) -> tuple[str, ...]:
    """The words of `norm(s)`: a token's text comes back in many documents."""
    return tuple(norm(s).split())
