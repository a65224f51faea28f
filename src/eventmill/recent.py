"""Bounded per-process stores of what was derived from the last documents (trees, word lists,
datelines), for the stages that derive the same thing again from the same document."""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")

# `eventmill run` (and `api.extract_articles`) takes a batch of documents (16 by default) through each
# stage before the next, so a later stage asks again for a document's tree only after the whole batch:
# a store must hold more than a batch, or each stage rebuilds what the one before it built
KEEP = 64


def keep(store: dict[K, V], key: K, value: V, limit: int = KEEP) -> V:
    """Store `value` under `key`, dropping the oldest entry when the store is full; `value` back."""
    if len(store) >= limit:
        try:
            store.pop(next(iter(store)), None)
        except (RuntimeError, StopIteration):  # another worker thread (Dask) changed the store meanwhile
            store.clear()
    store[key] = value
    return value
