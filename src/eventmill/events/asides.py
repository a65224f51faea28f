"""Speakers who stand aside from a report: the subject of a reporting verb that does not govern it
("Sudan's army and the RSF agreed to a truce, U.S. Secretary of State Antony Blinken said, after ten
days of fighting that has killed 400 people": Blinken says so, he did not fight). "Police said three
men were arrested" keeps the police, whose verb governs the arrest. Read by `events.arguments`."""

from __future__ import annotations

from functools import cache

from eventmill import datafiles
from eventmill.events.context import Context
from eventmill.text import norm


def asides(ctx: Context, v: int) -> set[int]:
    """The tokens of the subjects of the reporting verbs of token v's sentence that are not above v."""
    toks = ctx.toks
    above = set(ctx.tree.ancestors(v))
    verbs = _reporting_verbs(ctx.doc.lang or "")
    out: set[int] = set()
    for t in ctx.by_sentence.get(toks[v].sent, []):
        if t.pos in ("VERB", "AUX") and t.i not in above and t.i != v and norm(t.lemma) in verbs:
            for s in ctx.tree.children(t.i, "nsubj"):
                out.update(ctx.tree.subtree(s))
    return out


@cache
def _reporting_verbs(lang: str) -> frozenset[str]:
    """The verbs of the language's reporting.tsv ("say", "affirmer")."""
    rows = datafiles.tables(lang, "reporting.tsv")
    return frozenset(norm(r["phrase"]) for r in rows if r.get("phrase") and r.get("kind", "verb") == "verb")
