"""Dates in text (explicit, month-year, year, weekday, relative) resolved against the publication date.

Word lists come from the language's `dates.tsv`; the patterns here are language-neutral: day and
month in either order, optional weekday before, optional year after. With no publication date, a
weekday or relative word keeps its text and gets no value: it is never guessed.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from eventmill import resources
from eventmill.models import DateValue, Token
from eventmill.text import norm

_DAY = re.compile(r"^(\d{1,2})(?:er|e|eme|st|nd|rd|th)?$")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")


@dataclass(frozen=True, slots=True)
class DateWords:
    weekdays: dict[str, int]
    months: dict[str, int]
    relative: dict[str, int]
    longest_relative: int


@lru_cache(maxsize=None)
def date_words(lang: str) -> DateWords:
    wd, mo, rel = {}, {}, {}
    for row in resources.tables(lang, "dates.tsv"):
        key, kind = norm(row.get("phrase", "")), row.get("kind", "")
        try:
            value = int(row.get("value", ""))
        except ValueError:
            continue
        {"weekday": wd, "month": mo, "relative": rel}.get(kind, {})[key] = value
    longest = max((k.count(" ") + 1 for k in rel), default=1)
    return DateWords(wd, mo, rel, longest)


@dataclass(frozen=True, slots=True)
class DateHit:
    first: int
    last: int
    value: DateValue


def _parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find_dates(tokens: Sequence[Token], lang: str, published: str | None) -> list[DateHit]:
    """Date mentions, left to right, each with its ISO value and precision (or value None)."""
    words = date_words(lang)
    pub = _parse_published(published)
    keys = [norm(t.text).replace(".", "") for t in tokens]
    hits: list[DateHit] = []
    k = 0
    n = len(tokens)
    while k < n:
        key = keys[k]
        # weekday, optionally followed by a day-month(-year) date: "jeudi 7 avril 2016"
        weekday = words.weekdays.get(key)
        start = k
        j = k + 1 if weekday is not None else k
        day = month = year = None
        m = _DAY.match(keys[j]) if j < n else None
        if m and j + 1 < n and keys[j + 1] in words.months:
            day, month, j = int(m.group(1)), words.months[keys[j + 1]], j + 2
        elif j < n and keys[j] in words.months and j + 1 < n and _DAY.match(keys[j + 1]) and not _YEAR.match(keys[j + 1]):
            month, day, j = words.months[keys[j]], int(_DAY.match(keys[j + 1]).group(1)), j + 2
            if j < n and tokens[j].text == ",":
                j += 1
        elif j < n and keys[j] in words.months and j + 1 < n and _YEAR.match(keys[j + 1]) and weekday is None:
            hits.append(DateHit(j, j + 1, DateValue(f"{int(keys[j + 1]):04d}-{words.months[keys[j]]:02d}", "month")))
            k = j + 2
            continue
        if month is not None:
            if j < n and _YEAR.match(keys[j]):
                year, j = int(keys[j]), j + 1
            elif pub is not None:
                year = pub.year
                cand = _safe_date(year, month, day)
                if cand and cand > pub + dt.timedelta(days=7):
                    year -= 1
            date = _safe_date(year, month, day) if year else None
            value = DateValue(date.isoformat() if date else None, "day")
            hits.append(DateHit(start, j - 1, value))
            k = j
            continue
        if weekday is not None:
            value = None
            if pub is not None:
                back = (pub.weekday() - weekday) % 7
                value = (pub - dt.timedelta(days=back)).isoformat()
            hits.append(DateHit(k, k, DateValue(value, "day")))
            k += 1
            continue
        rel = _relative(keys, k, words)
        if rel is not None:
            length, offset = rel
            value = (pub + dt.timedelta(days=offset)).isoformat() if pub else None
            hits.append(DateHit(k, k + length - 1, DateValue(value, "day")))
            k += length
            continue
        if _YEAR.match(key) and k > 0 and tokens[k - 1].pos == "ADP":
            hits.append(DateHit(k, k, DateValue(key, "year")))
        k += 1
    return hits


def _relative(keys: list[str], k: int, words: DateWords) -> tuple[int, int] | None:
    for length in range(min(words.longest_relative, len(keys) - k), 0, -1):
        phrase = " ".join(keys[k:k + length])
        if phrase in words.relative:
            return length, words.relative[phrase]
    return None
