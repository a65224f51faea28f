"""A superlative's point of comparison: "the worst attack since 2014", "the deadliest since the war
began in 2011", "l'attaque la plus meurtrière depuis 2011". Such a phrase measures the news against
the past: its figure is no running total and its year dates no event, nor makes the event a past one.
The words come from the language's `cumulative.tsv` (`superlative`, `degree`)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from eventmill import datafiles
from eventmill.models import Token
from eventmill.text import norm
from eventmill.tree import Tree

# how many heads up from the year or period word a superlative may sit ("2011" <- "began" <- "deadliest")
REACH = 3


def compared(toks: Sequence[Token], tree: Tree, k: int, lang: str) -> bool:
    """Token k (a year, a period word) is in a phrase that gives a superlative its point of comparison:
    one of its next few heads, or an adjective or adverb on one, is a superlative."""
    words = _words(lang)
    for a in tree.ancestors(k)[:REACH]:
        if toks[a].sent != toks[k].sent:
            break
        if any(_superlative(toks, tree, x, words) for x in [a, *tree.children(a, "amod", "advmod")]):
            return True
    return False


def _superlative(toks: Sequence[Token], tree: Tree, x: int, words: dict[str, str]) -> bool:
    """A word the tagger marks as superlative ("worst", "deadliest"), one of the `superlative` words
    ("first", "pire"), or an adjective with a `degree` word and an article ("la plus meurtrière")."""
    t = toks[x]
    if "Degree=Sup" in t.morph or words.get(norm(t.lemma)) == "superlative" or words.get(norm(t.text)) == "superlative":
        return True
    kids = tree.children(x)
    return (
        t.pos == "ADJ"
        and any(words.get(norm(toks[c].text)) == "degree" for c in kids)
        and any(toks[c].pos == "DET" for c in kids)
    )


def ranked_among(toks: Sequence[Token], tree: Tree, v: int, lang: str) -> bool:
    """Plural event noun v, or the noun of a series it is the phrase of, is the set a superlative ranks one
    incident in ("the latest in a string of mass shootings", "the deadliest of the attacks"): many incidents,
    none of them told ("one of the deadliest attacks")."""
    if "Number=Plur" not in toks[v].morph:
        return False
    words = _words(lang)
    if any(_superlative(toks, tree, a, words) for a in tree.children(v, "amod")):
        return True  # "one of the deadliest attacks in the city"
    k = v
    for _ in range(2):
        if toks[k].head == k or not toks[k].dep.startswith(("obl", "nmod")):
            return False
        k = toks[k].head
        if _superlative(toks, tree, k, words):
            return True
    return False


@cache
def _words(lang: str) -> dict[str, str]:
    kinds = ("superlative", "degree")
    return {norm(r["word"]): r["kind"] for r in datafiles.table(lang, "cumulative.tsv") if r.get("kind") in kinds}
