"""Whether a report's own clause dates it years before the article ("In 2016, gunmen stormed the same
training centre"): an incident recalled as background. `eventmill.events.merge` keeps it apart from
the reports of the article's own news, which name no such date; `eventmill.events.dates` then makes it
historical. A year of comparison is no such date ("the worst since 2014", "up from 12 in 2015")."""

from __future__ import annotations

from eventmill.events.context import Context
from eventmill.events.dates import date_words
from eventmill.events.superlative import compared
from eventmill.text import norm

# how many words before a year a word of comparison may stand ("compared with five in 2015")
REACH = 4


def recalled(ctx: Context, head: int) -> bool:
    """The clause of the trigger at token `head` holds a date written out years before publication
    (`DateValue.background`), not as a point of comparison."""
    if not ctx.doc.article.published:
        return False
    toks, tree, lang = ctx.toks, ctx.tree, ctx.doc.lang or ""
    verb = _clause_verb(ctx, head)
    # verbs joined share the first one's time ("In 2016, gunmen stormed the centre and killed 61"), and
    # so does a participle with no subject or tense of its own ("stormed the centre, killing 20 people")
    verbs = {verb}
    while verb >= 0 and toks[verb].head not in verbs and (toks[verb].dep == "conj" or _bare_participle(ctx, verb)):
        verb = toks[verb].head
        verbs.add(verb)
    for k in ctx.date_at:
        t = toks[k]
        value = ctx.date_value.get(k)
        if value is None or not value.background or t.sent != toks[head].sent or t.pos != "NUM":
            continue
        if compared(toks, tree, k, lang) or _after_comparison(ctx, k):
            continue
        if _clause_verb(ctx, k) in verbs:
            return True
    return False


def _bare_participle(ctx: Context, v: int) -> bool:
    t = ctx.toks[v]
    return (
        t.dep in ("advcl", "xcomp")
        and "VerbForm=Fin" not in t.morph
        and not ctx.tree.children(v, "nsubj", "nsubj:pass", "aux", "aux:tense", "mark")
    )


def _clause_verb(ctx: Context, k: int) -> int:
    """The verb whose clause token k is in (k itself when it is one)."""
    toks = ctx.toks
    for a in [k, *ctx.tree.ancestors(k)]:
        if toks[a].sent != toks[k].sent:
            break
        if toks[a].pos in ("VERB", "AUX"):
            return a
    return -1


def _after_comparison(ctx: Context, k: int) -> bool:
    lang = ctx.doc.lang or ""
    words = date_words(lang, "comparison") | date_words(lang, "background")
    lo = max(0, k - REACH)
    seen = [norm(t.text) for t in ctx.toks[lo:k] if t.sent == ctx.toks[k].sent]
    return any(" ".join(seen[i:j]) in words for i in range(len(seen)) for j in range(i + 1, len(seen) + 1))
