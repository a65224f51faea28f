"""Phrase lookup over token sequences: longest match of normalised words against a lexicon.

Each token contributes the words of its normalised text (so "M.Tchourkine" gives "m", "tchourkine"
and "al-Nosra" gives "al", "nosra"); a match maps back to whole tokens, so its span covers them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Iterable, Sequence, TypeVar

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
    """Normalised phrase -> values, with the longest phrase length for bounded scanning."""

    def __init__(self, pairs: Iterable[tuple[str, V]]):
        index: dict[str, list[V]] = {}
        longest = 1
        for phrase, value in pairs:
            key = norm(phrase)
            if not key:
                continue
            index.setdefault(key, []).append(value)
            longest = max(longest, key.count(" ") + 1)
        self.index = {k: tuple(v) for k, v in index.items()}
        self.longest = longest

    def __contains__(self, phrase: str) -> bool:
        return norm(phrase) in self.index

    def get(self, phrase: str) -> tuple[V, ...]:
        return self.index.get(norm(phrase), ())

    def scan(self, tokens: Sequence[Token], use_lemma: bool = False,
             allow: Sequence[bool] | None = None) -> list[Match[V]]:
        """Non-overlapping longest matches, left to right, never crossing a sentence boundary.

        `allow[k]` False forbids a match that starts at token k (e.g. inside an earlier mention).
        """
        words: list[tuple[str, int]] = []
        for k, tok in enumerate(tokens):
            for w in norm(tok.lemma if use_lemma and tok.lemma else tok.text).split():
                words.append((w, k))
        out: list[Match[V]] = []
        n = len(words)
        i = 0
        while i < n:
            k0 = words[i][1]
            if allow is not None and not allow[k0]:
                i += 1
                continue
            # only start at the first word of a token, so "M.Tchourkine" can match as "tchourkine"
            # only via its own token text below
            best = None
            for length in range(min(self.longest, n - i), 0, -1):
                last_k = words[i + length - 1][1]
                if tokens[last_k].sent != tokens[k0].sent:
                    continue
                # a match must end at the end of a token's words
                if i + length < n and words[i + length][1] == last_k:
                    continue
                key = " ".join(w for w, _ in words[i:i + length])
                vals = self.index.get(key)
                if vals:
                    best = Match(k0, last_k, key, vals)
                    break
            if best is not None:
                out.append(best)
                while i < n and words[i][1] <= best.last:
                    i += 1
            else:
                i += 1
        return out
