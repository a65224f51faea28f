"""Trigger words that name no event where they stand: inside a name ("l'association Aide pour tous", the
group "Justice Now"), or inside the phrase that names a report's source ("Selon les résultats de
l'enquête,"). Read by the rule typer (`events/rules.py`)."""

from __future__ import annotations

from eventmill.events.context import Context
from eventmill.events.matching import Trigger
from eventmill.models import Token
from eventmill.reporting import source_markers

QUOTES = "\"«“‘'"


def inside_name(ctx: Context, trig: Trigger) -> bool:
    """A capitalised trigger word inside a name ("l'association Aide pour tous", 'the group "Justice
    Now"') or a word that is the first part of a compound the lexicon does not list ("un
    aide-soignant") is not an event."""
    toks = ctx.toks
    t = toks[trig.head]
    if trig.last + 2 < len(toks) and _glued(toks[trig.last], toks[trig.last + 1]) and toks[trig.last + 1].text == "-":
        if toks[trig.last + 2].text[:1].isalpha() and _glued(toks[trig.last + 1], toks[trig.last + 2]):
            return True
    first_of_sentence = t.i == 0 or toks[t.i - 1].sent != t.sent
    if not t.text[:1].isupper() or first_of_sentence:
        return False
    if t.ent != "" or t.i in ctx.actor_at:
        return True
    # a title in quotation marks right after the noun it names: l'association "Aide pour tous"
    k = trig.first
    return k >= 2 and toks[k - 1].text in QUOTES and toks[k - 2].sent == t.sent and toks[k - 2].pos in ("NOUN", "PROPN")


def in_source(ctx: Context, trig: Trigger) -> bool:
    """An event noun inside the phrase that names the source ("Selon les résultats de l'enquête,",
    "According to the investigation,") says where the report comes from; it is no event. The phrase
    runs from the marker (`prep` in reporting.tsv) to the trigger with no verb and no comma between."""
    toks = ctx.toks
    t = toks[trig.head]
    if trig.row.pos != "NOUN":
        return False
    sent = ctx.by_sentence.get(t.sent, [])
    before = [x for x in sent if x.i < trig.first]
    for m in source_markers(ctx.doc.lang or "").scan(before):
        between = before[m.last + 1 :]
        if not any(x.pos in ("VERB", "AUX") or x.text in ",;:" for x in between):
            return True
    return False


def _glued(a: Token, b: Token) -> bool:
    return a.end == b.start
