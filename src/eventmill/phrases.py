"""Phrase lookup over token sequences: longest match of normalised words against a lexicon.

Each token contributes the words of its normalised text (so "M.Tchourkine" gives "m", "tchourkine"
and "al-Nosra" gives "al", "nosra"); a match maps back to whole tokens, so its span covers them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from eventmill.models import Token
from eventmill.text import norm

V = TypeVar("V")


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
        self, tokens: Sequence[Token], use_lemma: bool = False, allow: Sequence[bool] | None = None
    ) -> list[Match[V]]:
        """Non-overlapping longest matches, left to right, never crossing a sentence boundary.

        A match must end at the end of a token's words (so "M.Tchourkine" can match as
        "tchourkine" but "m" alone never matches). `allow[k]` False forbids a match that starts at
        token k (e.g. inside an earlier mention).
        """
        words: list[tuple[str, int]] = []
        for k, tok in enumerate(tokens):
            for w in norm(tok.lemma if use_lemma and tok.lemma else tok.text).split():
                words.append((w, k))
        sents = [tokens[k].sent for _, k in words]
        out: list[Match[V]] = []
        n = len(words)
        i = 0
        firsts, prefixes, index = self.firsts, self.prefixes, self.index
        while i < n:
            w0, k0 = words[i]
            # most words start no phrase: skip them before building anything
            if w0 not in firsts or (allow is not None and not allow[k0]):
                i += 1
                continue
            best = None
            prefix: tuple[str, ...] = ()
            j = i
            while j < n and sents[j] == sents[i]:
                prefix += (words[j][0],)
                if prefix not in prefixes:
                    break
                last_k = words[j][1]
                if j + 1 >= n or words[j + 1][1] != last_k:
                    key = " ".join(prefix)
                    vals = index.get(key)
                    if vals:
                        best = Match(k0, last_k, key, vals)
                j += 1
            if best is not None:
                out.append(best)
                while i < n and words[i][1] <= best.last:
                    i += 1
            else:
                i += 1
        return out
