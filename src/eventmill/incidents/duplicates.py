"""Near-duplicate articles: one wire story republished by several outlets with small edits.

Each article's text becomes a MinHash signature over its word 5-grams (datasketch); locality-sensitive
hashing finds the pairs whose estimated Jaccard similarity reaches `THRESHOLD`, and the connected
components of those pairs are duplicate groups. The signatures are stored (`article_minhash`), so a later
run compares new articles with the stored ones without re-reading their text. A group counts as one
source for an incident's `n_outlets`; every outlet in it is still listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from eventmill.text import norm

NUM_PERM = 128
THRESHOLD = 0.7  # estimated Jaccard of word 5-grams: same story, small edits (a title, a byline, a sentence)
SHINGLE = 5
SEED = 13
SCHEME = "affine32"  # datasketch 2 hashing; stored signatures are read back with the same scheme


def _shingles(text: str) -> set[bytes]:
    words = re.findall(r"\w+", norm(text))
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


@cache
def _template() -> Any:
    """One MinHash whose permutations every other reuses (drawing them is most of the cost of a new one)."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)


def _minhash(hashvalues: Any = None) -> Any:
    from datasketch import MinHash

    t = _template()
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=hashvalues, permutations=t.permutations)


def signature(text: str) -> list[int]:
    """The MinHash signature of a text (NUM_PERM unsigned 64-bit values)."""
    m = _minhash()
    m.update_batch(sorted(_shingles(text)))
    return [int(v) for v in m.hashvalues]


def groups(new: Sequence[tuple[str, list[int]]], stored: Iterable[tuple[str, str, list[int]]] = ()) -> dict[str, str]:
    """Duplicate group of each new article: (id, signature) pairs against stored (id, group, signature).

    A group is named after its first member (the smallest id of the articles that formed it); a new
    article that matches stored ones takes their group.
    """
    import numpy as np
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    group: dict[str, str] = {}
    sigs: dict[str, Any] = {}
    for aid, grp, sig in stored:
        m = _minhash(np.array(sig, dtype=np.uint64))
        lsh.insert(aid, m)
        sigs[aid] = m
        group[aid] = grp or aid
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    fixed = set(group.values())  # stored groups keep their names

    def union(a: str, b: str) -> None:
        a, b = find(a), find(b)
        if a == b:
            return
        if (b in fixed) and (a not in fixed or b < a):
            a, b = b, a
        elif a not in fixed and b not in fixed and b < a:
            a, b = b, a
        parent[b] = a

    for aid, sig in sorted(new):
        m = _minhash(np.array(sig, dtype=np.uint64))
        for other in lsh.query(m):
            if m.jaccard(sigs[other]) >= THRESHOLD:  # LSH proposes; the estimate decides
                union(group.get(other, other), aid)
        if aid not in sigs:
            lsh.insert(aid, m)
            sigs[aid] = m
    return {aid: find(aid) for aid, _ in new} | {aid: find(g) for aid, g in group.items() if find(g) != g}
