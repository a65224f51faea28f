"""An act told as done during the response to an attack ("L'armée a affirmé avoir neutralisé une
vingtaine d'assaillants lors de la riposte", "killed ten gunmen during the retaliation") is the other
side of that attack, one incident with it: `events/merge.py` joins it to the attack just reported,
whatever its parties, where a plain report by another party would stay apart.

The response nouns are the `sequence` nouns of `modifiers.tsv` (riposte, représailles, response), and
the word that puts the act inside one its `circumstance` prepositions (lors, pendant, during); so is an
`operation` noun with a definite article ("lors de l'opération": the one just told). "after
the retaliation" or "en représailles aux frappes" keep naming another incident (`placefit.after_cause`).
"""

from __future__ import annotations

from functools import cache

from eventmill import datafiles
from eventmill.events.context import Context
from eventmill.events.status import modifier
from eventmill.text import norm


@cache
def _words(lang: str, kind: str, pos: str) -> frozenset[str]:
    rows = datafiles.tables(lang, "modifiers.tsv")
    return frozenset(norm(r["word"]) for r in rows if r.get("kind") == kind and r.get("pos") == pos)


def during_response(ctx: Context, v: int, any_operation: bool = False) -> bool:
    """Trigger v, or the verb of saying it completes ("a affirmé avoir neutralisé ... lors de la
    riposte": the parser hangs the phrase on "affirmé"), has a phrase of a circumstance whose noun is
    a response; with `any_operation`, an operation named with any article is one too ("a libéré deux otages
    lors d'une opération": a rescue, done by force)."""
    lang, toks = ctx.doc.lang or "", ctx.toks
    nouns, during = _words(lang, "sequence", "NOUN"), _words(lang, "circumstance", "ADP")
    tree = ctx.tree
    verbs = [v, toks[v].head] if toks[v].dep in ("xcomp", "ccomp") else [v]
    # "lors de la riposte": the parser may make "lors" an adverb of the verb with the noun under it
    heads = verbs + [a for k in verbs for a in tree.children(k, "advmod") if norm(toks[a].text) in during]
    # "neutralisés lors de l'opération": an operation named again with a definite article is the one just told
    operations = _words(lang, "operation", "NOUN")
    return any(
        toks[c].pos == "NOUN"
        and (
            norm(toks[c].lemma) in nouns
            or (
                norm(toks[c].lemma) in operations
                and (
                    any_operation
                    or any(modifier(ctx, d) in ("definite", "demonstrative") for d in tree.children(c, "det"))
                )
            )
        )
        and (h not in verbs or any(norm(toks[p].text) in during for p in tree.children(c, "case")))
        for h in heads
        for c in tree.children(h, "obl", "nmod")
    )
