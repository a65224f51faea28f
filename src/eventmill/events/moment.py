"""Whether a clause tells the moment of the clause it hangs on as the same incident ("30 people were
killed when bandits attacked Kadawa village in Zurmi", "tués lorsque des hommes armés ont attaqué leur
poste à Boni"): the `moment` rows of `modifiers.tsv`. The deaths and the attack are one incident, so
the place named in the attack's clause is the deaths' place too."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from eventmill import datafiles, ontology
from eventmill.models import Token
from eventmill.text import norm
from eventmill.tree import Tree


@cache
def moment_words(lang: str) -> frozenset[str]:
    """Subordinating words that put one clause at the moment of another ("when", "lorsque")."""
    return frozenset(norm(r["word"]) for r in datafiles.tables(lang, "modifiers.tsv") if r.get("kind") == "moment")


def at_moment_of(toks: Sequence[Token], tree: Tree, lang: str, k: int, top: int) -> bool:
    """The clause headed by k hangs on the clause headed by top through a word of its moment ("were
    killed when gunmen attacked"), not of what came before or after it ("after gunmen attacked")."""
    t = toks[k]
    if t.head != top or k == top or not t.dep.startswith("advcl"):
        return False
    words = moment_words(lang)
    return any(norm(toks[c].text) in words for c in tree.children(k, "mark", "advmod"))


def one_incident(toks: Sequence[Token], tree: Tree, lang: str, this: tuple[str, int], other: tuple[str, int]) -> bool:
    """Another event (type, clause head) is the harm whose moment this event's clause tells, of the same
    type ("30 people were killed when bandits attacked Kadawa"): one incident, whose place is this one's too."""
    (typ, top), (other_typ, other_top) = this, other
    return typ == other_typ and typ in ontology.in_class("harm") and at_moment_of(toks, tree, lang, other_top, top)


def in_moment(toks: Sequence[Token], tree: Tree, lang: str, k: int, top: int) -> bool:
    """Token k lies in a clause telling the moment of the clause headed by top ("were killed when gunmen
    raided Dogon Daji village"): where that happened is where the clause's event did."""
    seen = set()
    while toks[k].head != k and toks[k].head != top and k not in seen:
        seen.add(k)
        k = toks[k].head
    return toks[k].head == top and at_moment_of(toks, tree, lang, k, top)
