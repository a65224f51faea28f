"""Whether a report's own clause dates it years before the article ("In 2016, gunmen stormed the same
training centre"): an incident recalled as background. `eventmill.events.merge` keeps it apart from
the reports of the article's own news, which name no such date; `eventmill.events.dates` then makes it
historical. A year of comparison is no such date ("the worst since 2014", "up from 12 in 2015")."""

from __future__ import annotations

import datetime as dt

from eventmill.dategrammar import iso_span
from eventmill.events.clausetime import date_words
from eventmill.events.context import Context
from eventmill.events.superlative import compared
from eventmill.text import norm

# how many words before a year a word of comparison may stand ("compared with five in 2015")
REACH = 4
# with no publication date, a date of a report's own clause this long before the story's day recalls
# an earlier incident (as `events.dates.HISTORICAL_DAYS` does from the publication date)
BEFORE_STORY_DAYS = 180


def recalled(ctx: Context, head: int) -> bool:
    """The clause of the trigger at token `head` holds a date written out years before publication
    (`DateValue.background`), not as a point of comparison. With no publication date, the story's
    day stands for it: the first full date the article writes, which an encyclopaedic or long-form
    account gives its incident at the start ("The bombing was a suicide attack on 14 March 2016"); a
    clause dated half a year or more before it ("In July 2014, a car bomb exploded") recalls background."""
    story = None if ctx.doc.article.published else _story_day(ctx)
    if not ctx.doc.article.published and story is None:
        return False
    toks, tree, lang = ctx.toks, ctx.tree, ctx.doc.lang or ""
    verb = _clause_verb(ctx, head)
    # verbs joined share the first one's time ("In 2016, gunmen stormed the centre and killed 61"), and so
    # does a participle with no word of its own to time it ("In 2013, militants stormed a police station,
    # killing eight officers")
    verbs = {verb}
    while verb >= 0 and _shares_time(ctx, verb) and toks[verb].head not in verbs:
        verb = toks[verb].head
        verbs.add(verb)
    # a relative clause is timed by a date on the noun it describes ("a bombing in 2019 that killed 22 cadets")
    noun = toks[verb].head if verb >= 0 and toks[verb].dep in ("acl:relcl", "relcl") else None
    for k in ctx.date_at:
        t = toks[k]
        value = ctx.date_value.get(k)
        if value is None or t.sent != toks[head].sent or t.pos != "NUM":
            continue
        if not (_before(value.value, story) if story else value.background):
            continue
        if compared(toks, tree, k, lang) or _after_comparison(ctx, k):
            # but a relative clause after the point of comparison tells the incident of that time ("the
            # deadliest attack since July 2005, when four bombers killed 52"), not the news it measures
            if noun is not None and noun < k < verb and noun in tree.ancestors(k)[:3]:
                return True
            continue
        if _clause_verb(ctx, k) in verbs or (noun is not None and noun in [k, *tree.ancestors(k)][:3]):
            return True
    return False


def year_recalled(ctx: Context, head: int) -> bool:
    """The trigger at token `head` is in a relative clause on a noun that a year of long before qualifies, a
    number the date grammar leaves alone ("the 2022 Robb Elementary School shooting, in which a gunman killed 19
    children"): a past incident recalled, with no date of its own to make it one."""
    toks = ctx.toks
    verb = _clause_verb(ctx, head)
    if verb < 0 or toks[verb].dep not in ("acl:relcl", "relcl"):
        return False
    story = None if ctx.doc.article.published else _story_day(ctx)
    return any(_year_before(ctx, k, story) for k in ctx.tree.children(toks[verb].head, "nummod"))


def _year_before(ctx: Context, k: int, story: dt.date | None) -> bool:
    """Token k is a year written in figures over BEFORE_STORY_DAYS before the story's day (or publication)."""
    text, published = ctx.toks[k].text, ctx.doc.article.published
    if len(text) != 4 or not text.isdigit():
        return False
    try:
        day = story or dt.date.fromisoformat((published or "")[:10])
    except ValueError:
        return False
    return _before(text, day)


def _shares_time(ctx: Context, verb: int) -> bool:
    t = ctx.toks[verb]
    if t.dep == "conj":
        return True
    # a present participle with no subject or conjunction of its own (UD features, any language)
    feats = set(t.morph.split("|"))
    return (
        t.dep == "advcl"
        and {"VerbForm=Part", "Tense=Pres"} <= feats
        and not ctx.tree.children(verb, "mark")
        and not ctx.tree.children(verb, "nsubj")
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


def _story_day(ctx: Context) -> dt.date | None:
    """The first full date (day, month and year) of the article."""
    for k in sorted(ctx.date_value):
        value = ctx.date_value[k].value or ""
        if len(value) == 10:
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                continue
    return None


def _before(value: str | None, story: dt.date) -> bool:
    """An ISO date (a year or a month up to its last day) over BEFORE_STORY_DAYS before `story`."""
    span = iso_span(value)
    return span is not None and (story - span[1]).days > BEFORE_STORY_DAYS
