"""Dependency-tree helpers over `Token` tuples (children, subtrees, clause boundaries)."""

from __future__ import annotations

from collections.abc import Sequence

from eventmill.models import Token
from eventmill.recent import keep


class Tree:
    """Children lists for one document's tokens (`Tree.of` builds them once per document)."""

    @classmethod
    def of(cls, tokens: Sequence[Token]) -> Tree:
        """The tree of these tokens: the last few documents' trees are kept, since several stages
        and their helpers walk the same document (a tuple of tokens never changes)."""
        if not isinstance(tokens, tuple):
            return cls(tokens)
        hit = _TREES.get(id(tokens))
        if hit is None or hit.tokens is not tokens:
            hit = keep(_TREES, id(tokens), cls(tokens))
        return hit

    def __init__(self, tokens: Sequence[Token]):
        self.tokens = tokens
        self.kids: list[list[int]] = [[] for _ in tokens]
        # each label and its base ("obl:arg" -> "obl"), for children(i, "obl")
        self.deps = [(t.dep, t.dep.partition(":")[0]) for t in tokens]
        for t in tokens:
            if t.head != t.i and 0 <= t.head < len(tokens):
                self.kids[t.head].append(t.i)

    def children(self, i: int, *deps: str) -> list[int]:
        """Children of token i, optionally only those whose dep starts with one of `deps`."""
        if not deps:
            return list(self.kids[i])  # a copy: a shared tree must not change under its other users
        labels = self.deps
        return [c for c in self.kids[i] if labels[c][0] in deps or labels[c][1] in deps]

    def subtree(self, i: int) -> list[int]:
        out: list[int] = []
        stack = [i]
        while stack and len(out) <= len(self.kids):  # bounded: a malformed parse with a cycle ends too
            k = stack.pop()
            out.append(k)
            stack.extend(self.kids[k])
        return sorted(set(out)) if len(out) > len(self.kids) else sorted(out)

    def extent(self, i: int) -> tuple[int, int]:
        """First and last token index of i's subtree."""
        sub = self.subtree(i)
        return sub[0], sub[-1]

    def case(self, i: int) -> str:
        """Lowercased preposition attached to token i ("par", "contre", "de"), or ""."""
        for c in self.kids[i]:
            if self.tokens[c].dep in ("case", "mark") and self.tokens[c].pos == "ADP":
                return self.tokens[c].lemma.casefold().rstrip("'")
        return ""

    def ancestors(self, i: int) -> list[int]:
        out, seen = [], {i}
        k = self.tokens[i].head
        while k not in seen:
            out.append(k)
            seen.add(k)
            k = self.tokens[k].head
        return out

    def opens_relative(self, s: int, v: int) -> bool:
        """Subject s of verb v's clause on a noun is a pronoun that opens the clause ("qui", "which"), which
        stands for that noun; not one only inside it ("where some of the bombs went off")."""
        t, verb = self.tokens[s], self.tokens[v]
        clause = [k for k in self.subtree(v) if self.tokens[k].pos != "PUNCT"]
        return (
            t.pos == "PRON"
            and "Person=" not in t.morph
            and verb.dep.startswith("acl")
            and verb.head != v
            and s == clause[0]
        )


_TREES: dict[int, Tree] = {}
