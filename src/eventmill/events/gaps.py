"""The gap a clause of what came before or after names ("a day after a car bomb exploded in Azaz",
"two days before"): what that clause tells happened so many days from the day of the clause it hangs
on (`gap` rows of the language's dates.tsv), not on that day."""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import cache

from eventmill import datafiles
from eventmill.events.location import Locator
from eventmill.models import Mention, Span
from eventmill.text import norm

# the dependency labels of a measure before the word that opens the clause ("a day" in "a day after")
MEASURES = ("obl:npmod", "npadvmod", "obl:tmod", "obl:mod")


@cache
def gap_days(lang: str) -> dict[str, int]:
    """Phrase -> days from the governing clause's day, per unit when the phrase counts ("n days after")."""
    out = {}
    for r in datafiles.tables(lang, "dates.tsv"):
        if r.get("kind") == "gap" and r.get("value", "").lstrip("-").isdigit():
            out[norm(r.get("phrase", ""))] = int(r["value"])
    return out


def after_gap(loc: Locator, trigger: Span, m: Mention, source: str) -> Mention:
    """Date m, read outside the trigger's own clause (`source` "sentence", or "context": the day of the
    incident a sentence before told, that "The attack came a day after ..." hangs on), moved by the gap
    that clause names, if it names one; m itself otherwise."""
    if source not in ("sentence", "context") or m.date is None or m.date.precision != "day" or not m.date.value:
        return m
    toks, tree = loc.toks, loc.tree
    top, _ = loc.clause(trigger.start)
    if toks[top].dep != "advcl":
        return m
    table = gap_days(loc.doc.lang or "")
    for mark in tree.children(top, "mark"):
        for measure in tree.children(top):
            if toks[measure].dep not in MEASURES or measure > mark:
                continue
            words = sorted(tree.subtree(measure)) + [mark]
            counted = any(toks[k].pos == "NUM" for k in words)
            phrase = " ".join("n" if toks[k].pos == "NUM" else norm(toks[k].text) for k in words)
            if phrase not in table:
                continue
            step = table[phrase]
            lang = loc.doc.lang or ""
            count = _count(lang, toks[next(k for k in words if toks[k].pos == "NUM")].text) if counted else 1
            if count is None:
                return m
            try:
                day = dt.date.fromisoformat(m.date.value[:10]) + dt.timedelta(days=step * count)
            except ValueError:
                return m
            return dataclasses.replace(m, date=dataclasses.replace(m.date, value=day.isoformat()))
    return m


def _count(lang: str, word: str) -> int | None:
    """A count written in digits or as a number word of the language's quantities.tsv ("two", "deux")."""
    return int(word) if word.isdigit() else _number_words(lang).get(norm(word))


@cache
def _number_words(lang: str) -> dict[str, int]:
    rows = datafiles.tables(lang, "quantities.tsv")
    return {norm(r["phrase"]): int(r["value"]) for r in rows if r.get("phrase") and r.get("value", "").isdigit()}


# how many days before the incident it is told beside an earlier one must be to be another incident recalled
RECALLED_DAYS = 14  # two weeks or more: "une semaine après l'explosion" is still the week's news


def long_before(loc: Locator, triggers: list[Span]) -> bool:
    """An event noun a phrase of what came two weeks or more before opens ("trois mois après la mort d'un
    autre jeune", "two weeks after the bombing of"): an earlier incident recalled beside the one reported, not the
    article's news (`gap` rows of dates.tsv)."""
    toks, tree, lang = loc.toks, loc.tree, loc.doc.lang or ""
    table = gap_days(lang)
    for t in triggers:
        k = loc.token(t.start)
        if toks[k].pos != "NOUN":
            continue
        for mark in tree.children(k, "case"):
            for measure in tree.children(k):
                if measure > mark or toks[measure].dep not in (*MEASURES, "nmod", "obl"):
                    continue
                words = sorted(tree.subtree(measure)) + [mark]
                phrase = " ".join("n" if toks[w].pos == "NUM" else norm(toks[w].text) for w in words)
                if phrase not in table:
                    continue
                nums = [w for w in words if toks[w].pos == "NUM"]
                count = _count(lang, toks[nums[0]].text) if nums else 1
                if count is not None and table[phrase] * count <= -RECALLED_DAYS:
                    return True
    return False


def all_long_before(loc: Locator, triggers: list[Span]) -> bool:
    """A report of the event is `long_before`, and no verb outside its phrase reports an act of its own
    ("deux semaines après l'attentat qui avait tué quatre policiers" is recalled; "Dix ans après l'attaque de
    2013, une roquette a frappé lundi" is Monday's news)."""
    old = [loc.token(t.start) for t in triggers if long_before(loc, [t])]
    inside = {k for v in old for k in loc.tree.subtree(v)}
    heads = [loc.token(t.start) for t in triggers]
    return bool(old) and not any(k not in inside and loc.toks[k].pos == "VERB" for k in heads)


def dated_backstory(loc: Locator, triggers: list[Span]) -> bool:
    """With no publication date, a trigger whose clause is in the pluperfect and writes out a year ("Cette
    dernière avait été prise en otage en Alaska le 6 février 2015", "had been kidnapped in March 2015"): what
    came before the story, told as its background, not its news (a recent one is dated against the
    publication day when there is one)."""
    if loc.doc.article.published:
        return False
    toks, tree = loc.toks, loc.tree
    for t in triggers:
        top, clause = loc.clause(t.start)
        helpers = tree.children(top, "aux", "aux:tense", "aux:pass")
        if not ("VerbForm=Part" in toks[top].morph and any("Tense=Imp" in toks[a].morph for a in helpers)):
            continue
        if any(
            loc.place_tok[id(m)] in clause
            and m.date
            and (m.date.value or "")[:4].isdigit()
            and any(c.isdigit() for c in m.span.text)
            for m in loc.all_dates
        ):
            return True
    return False
