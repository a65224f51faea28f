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
