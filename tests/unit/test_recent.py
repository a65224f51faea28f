"""The bounded stores of derived data (`eventmill.recent`): full, they drop their oldest entry, so a
batch of documents that goes through each stage before the next finds what the stage before built."""

import pytest

from eventmill.models import Token
from eventmill.recent import KEEP, keep
from eventmill.tree import Tree


def test_a_full_store_drops_its_oldest_entry_only():
    store: dict[int, str] = {}
    for k in range(5):
        assert keep(store, k, str(k), limit=3) == str(k)
    assert store == {2: "2", 3: "3", 4: "4"}


@pytest.mark.parametrize("batch", [16, KEEP - 1])
def test_a_batch_of_documents_finds_the_trees_built_for_it_at_the_stage_before(batch):
    docs = [
        (Token(0, 0, 1, "w", "w", "NOUN", "ROOT", 0), Token(1, 2, 3, str(k), str(k), "NUM", "nummod", 0))
        for k in range(batch)
    ]
    built = [Tree.of(d) for d in docs]  # one stage over the batch
    assert all(Tree.of(d) is tree for d, tree in zip(docs, built, strict=True))  # the next stage
