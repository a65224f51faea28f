"""Dates in text (explicit, month-year, year, weekday, relative) resolved against the publication date.

Word lists come from the language's `dates.tsv`; the patterns here are language-neutral: day and
month in either order, optional weekday before, optional year after. Relative phrases count days,
weeks, months or years from the publication date ("yesterday", "la semaine dernière", "two years
ago"). With no publication date, a weekday or relative word keeps its text and gets no value: it is
never guessed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from eventmill import datafiles
from eventmill.datelines import filed_before, numeric_order_of, safe_date
from eventmill.models import DateValue, Document, Token
from eventmill.phrases import PhraseIndex
from eventmill.reporting import reporting_verbs
from eventmill.stages.mentions.numeric_dates import NUMERIC, numeric_date, numeric_order
from eventmill.stages.mentions.relative_dates import UNITS, DateHit, Shift, after_last_day, relative_phrases, when_said
from eventmill.text import norm

log = logging.getLogger(__name__)

_DAY = re.compile(r"^(\d{1,2})(?:er|e|eme|st|nd|rd|th)?$")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")


@dataclass(frozen=True, slots=True)
class DateWords:
    weekdays: dict[str, int]
    months: dict[str, int]
    relative: PhraseIndex[Shift | None]  # None: a stop phrase ("ce jour-là") that hides a shorter one
    ranges: frozenset[str] = frozenset()  # words between the two days of a range ("au", "to")
    # words beside a weekday that move it: +1 the next one ("next Tuesday", "mardi prochain"), -1 the
    # one before the publication day ("last Tuesday", "mardi dernier" said on a Tuesday: a week ago)
    shifts: tuple[tuple[str, int], ...] = ()
    # words before a month that name a part of it ("late March", "fin mars", "mi-mars"): the month
    parts: frozenset[str] = frozenset()
    # how an all-digit date in running text reads ("12/03/2019"): "dmy", "mdy", or "" when the language
    # writes both (English): then only the article's own unambiguous dates decide
    numeric: str = ""
    day_articles: frozenset[str] = frozenset()  # before a bare day of the month with no month ("le 12")


@cache
def date_words(lang: str) -> DateWords:
    """The language's weekdays, months and relative phrases (`dates.tsv`)."""
    wd: dict[str, int] = {}
    mo: dict[str, int] = {}
    rel: list[tuple[str, Shift | None]] = []
    ranges = {""}  # a dash normalises to nothing: "3-5 mars"
    shifts: list[tuple[str, int]] = []
    parts: set[str] = set()
    articles: set[str] = set()
    numeric = ""
    occasions: list[tuple[str, str]] = []  # (name, occasion id)
    days: list[tuple[str, int]] = []  # (phrase naming one of an occasion's days, days from its first)
    for row in datafiles.tables(lang, "dates.tsv"):
        key, kind = norm(row.get("phrase", "")), row.get("kind", "")
        if kind == "numeric":
            numeric = key if key in ("dmy", "mdy") else numeric
            continue
        if kind == "range":
            ranges.add(key)
            continue
        if kind in ("part", "lone_day"):
            (parts if kind == "part" else articles).add(key)
            continue
        if kind in ("next", "last"):
            shifts.append((key, 1 if kind == "next" else -1))
            continue
        if kind == "none":
            rel.append((key, None))
            continue
        if kind == "occasion":
            occasions.append((key, row.get("unit", "")))
            continue
        if kind == "occasion_day":
            try:
                days.append((key, int(row.get("value", ""))))
            except ValueError:
                log.warning("%s/dates.tsv: occasion day %r has no offset; skipped", lang, key)
            continue
        try:
            value = int(row.get("value", ""))
        except ValueError:
            continue
        if kind == "sequel":
            rel.append((key, Shift(value, "day", sequel=True)))
            continue
        if kind == "relative":
            unit = row.get("unit") or "day"
            if unit in UNITS:
                rel.append((key, Shift(value, unit)))
            else:
                log.warning("%s/dates.tsv: %r has unknown unit %r; skipped", lang, key, unit)
            continue
        {"weekday": wd, "month": mo}.get(kind, {})[key] = value
    # an occasion counts as a day only with a word that names one of its days ("the eve of", "the first day of")
    rel += [(f"{day} {name}", Shift(offset, "day", occasion=occ)) for name, occ in occasions for day, offset in days]
    return DateWords(
        wd, mo, PhraseIndex(rel), frozenset(ranges), tuple(shifts), frozenset(parts), numeric, frozenset(articles)
    )


# a date this many years or more before the publication date (else the latest year the article
# names) is background or comparison, not when a reported event happened
BACKGROUND_YEARS = 2


def _parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def date_reading(doc: Document, published: str | None) -> tuple[str | None, str]:
    """How the article's dates read: the day its weekdays and relative days count from (the day its
    dateline says it was filed when that is before the publication date given:
    `eventmill.datelines.filed_before`, else that date), and the order of its all-digit dates when its
    language writes both and the article says which (`eventmill.datelines.numeric_order_of`), else ""."""
    lang = doc.lang or ""
    anchor = filed_before(doc.text, doc.paragraphs, lang, published) or published
    return anchor, numeric_order_of(doc.text, doc.paragraphs, lang)


def find_dates(tokens: Sequence[Token], lang: str, published: str | None, order: str = "") -> list[DateHit]:
    """Date mentions, left to right, each with its ISO value and precision (or value None); the ones
    written out long before the article's time are marked `background` (`DateValue.background`). `order`:
    how the article writes all-digit dates when its language writes both ("dmy", "mdy"; see `date_reading`)."""
    hits = _find_dates(tokens, lang, published, order)
    pub = _parse_published(published)
    # only a year written out counts: "three years ago" is measured from the article's time
    written = [
        h
        for h in hits
        if h.value.value
        and any(_YEAR.match(tokens[k].text) or NUMERIC.match(tokens[k].text) for k in range(h.first, h.last + 1))
    ]
    if not written:
        return hits
    now = pub.year if pub else max(int(h.value.value[:4]) for h in written if h.value.value)
    old = {id(h) for h in written if h.value.value and int(h.value.value[:4]) <= now - BACKGROUND_YEARS}
    return [
        dataclasses.replace(h, value=dataclasses.replace(h.value, background=True)) if id(h) in old else h for h in hits
    ]


def _find_dates(tokens: Sequence[Token], lang: str, published: str | None, custom: str) -> list[DateHit]:
    words = date_words(lang)
    pub = _parse_published(published)
    keys = [norm(t.text).replace(".", "") for t in tokens]
    stops: set[int] = set()  # the last tokens of stop phrases ("the last week of")
    sequels: dict[int, int] = {}  # the first tokens of sequel phrases ("the next day"), with their offsets
    relative = relative_phrases(tokens, lang, words.relative, pub, stops, sequels)
    hits: list[DateHit] = []
    order = numeric_order(tokens, words.numeric)
    # (the order the dateline suggests only picks between readings that both may be: not after publication)
    likely = "" if order else custom
    k = 0
    n = len(tokens)
    while k < n:
        key = keys[k]
        # an all-digit date, maybe after its weekday: "12/03/2019", "mardi 12.03.2019", "2019-03-12"
        weekday = words.weekdays.get(key)
        at = k + 1 if weekday is not None and k + 1 < n else k
        numeric = numeric_date(tokens, at, order, pub, weekday, likely)
        if numeric is not None:
            hits.append(DateHit(k, numeric[0], numeric[1]))
            k = numeric[0] + 1
            continue
        # weekday, optionally followed by a day-month(-year) date: "jeudi 7 avril 2016"
        weekday = words.weekdays.get(key)
        start = k
        j = k + 1 if weekday is not None else k
        day: int | None = None
        month: int | None = None
        year: int | None = None
        m = _DAY.match(keys[j]) if j < n else None
        # a range gives its first day: "du 3 au 5 mars", "between 3 and 5 March", "March 3-5"
        # (an article may follow the range word: "entre le 1er et le 3 mars")
        det = 1 if j + 2 < n and tokens[j + 2].pos == "DET" and _is_range(tokens, keys, j + 1, words) else 0
        if (
            m
            and j + 3 + det < n
            and _is_range(tokens, keys, j + 1, words)
            and _DAY.match(keys[j + 2 + det])
            and keys[j + 3 + det] in words.months
        ):
            day, month, j = int(m.group(1)), words.months[keys[j + 3 + det]], j + 4 + det
        elif (
            j + 3 < n
            and keys[j] in words.months
            and (dm := _DAY.match(keys[j + 1]))
            and not _YEAR.match(keys[j + 1])
            and _is_range(tokens, keys, j + 2, words)
            and _DAY.match(keys[j + 3])
            and not _YEAR.match(keys[j + 3])
        ):
            month, day, j = words.months[keys[j]], int(dm.group(1)), j + 4
            if j < n and tokens[j].text == ",":
                j += 1
        elif m and j + 1 < n and keys[j + 1] in words.months:
            day, month, j = int(m.group(1)), words.months[keys[j + 1]], j + 2
        elif (
            j < n
            and keys[j] in words.months
            and j + 1 < n
            and (dm := _DAY.match(keys[j + 1]))
            and not _YEAR.match(keys[j + 1])
        ):
            month, day, j = words.months[keys[j]], int(dm.group(1)), j + 2
            if j < n and tokens[j].text == ",":
                j += 1
        elif j < n and keys[j] in words.months and j + 1 < n and _YEAR.match(keys[j + 1]) and weekday is None:
            hits.append(DateHit(j, j + 1, DateValue(f"{int(keys[j + 1]):04d}-{words.months[keys[j]]:02d}", "month")))
            k = j + 2
            continue
        elif weekday is None and (part := _month_part(keys, k, words)) is not None:
            hits.append(DateHit(part[0], k, _last_month(pub, part[1])))
            k += 1
            continue
        elif weekday is None and _lone_day(tokens, keys, k, words):
            hits.append(DateHit(k, k, _last_day(pub, int(_DAY.match(keys[k]).group(1)))))  # type: ignore[union-attr]
            k += 1
            continue
        elif weekday is None and keys[k] in words.months and _bare_month(tokens, k) and k - 1 not in stops:
            hits.append(DateHit(k, k, _last_month(pub, words.months[keys[k]])))
            k += 1
            continue
        if month is not None and day is not None:  # a month always comes with its day here
            if j < n and _YEAR.match(keys[j]):
                year, j = int(keys[j]), j + 1
            elif pub is not None:
                year = pub.year
                cand = safe_date(year, month, day)
                if cand and cand > pub + dt.timedelta(days=min(7, (dt.date.max - pub).days)):
                    year -= 1
            date = safe_date(year, month, day) if year else None
            value = DateValue(date.isoformat() if date else None, "day")
            hits.append(DateHit(start, j - 1, value))
            k = j
            continue
        if weekday is not None:
            iso = None
            shift = _weekday_shift(keys, k, words)
            if pub is not None:
                back = (pub.weekday() - weekday) % 7
                if shift > 0:
                    back = back - 7 if back else -7  # the next one after the publication day
                elif shift < 0 and back == 0:
                    back = 7  # "last Tuesday" said on a Tuesday
                # (a publication date at either end of the calendar has no weekday beyond it)
                if back <= (pub - dt.date.min).days and -back <= (dt.date.max - pub).days:
                    iso = (pub - dt.timedelta(days=back)).isoformat()
            first, last = (k - 1, k) if shift and k and keys[k - 1] in dict(words.shifts) else (k, k)
            last = k + 1 if shift and first == k else last
            if last + 2 < n and _is_range(tokens, keys, last + 1, words) and keys[last + 2] in words.weekdays:
                # two weekdays of a range or a coordination are one date, its first day: "from Sunday to
                # Tuesday", "on Sunday and Monday", "dans la nuit de lundi à mardi"; a night or two days in a
                # row told as past end by the publication day ("la nuit de dimanche à lundi" published on a
                # Sunday: the Sunday before), where a longer range may still go on ("from Monday to Friday")
                # unless its clause is in the past ("shelled the town between Monday and Wednesday")
                last += 2
                span = (words.weekdays[keys[last]] - weekday) % 7
                if not shift and pub and iso == pub.isoformat() and (span == 1 or (span and _past(tokens, k))):
                    iso = (pub - dt.timedelta(days=7)).isoformat()
            hits.append(DateHit(first, last, DateValue(iso, "day")))
            k = last + 1
            continue
        if k in relative:
            hit = relative[k]
            if k in sequels:
                said = frozenset(h.first for h in hits if when_said(tokens, h.last, reporting_verbs(lang)))
                hit = after_last_day(hits, hit, sequels[k], said)
            hits.append(hit)
            k = hit.last + 1
            continue
        # (after a preposition, which the English tagger may read as a conjunction: "since 2014")
        if _YEAR.match(key) and k > 0 and (tokens[k - 1].pos == "ADP" or tokens[k - 1].dep == "case"):
            hits.append(DateHit(k, k, DateValue(key, "year")))
        k += 1
    days = {id(h) for k, h in relative.items() if k not in sequels}
    return [h for h in hits if id(h) not in days or not _beside_a_day(tokens, h, hits, days)]


def _beside_a_day(tokens: Sequence[Token], hit: DateHit, hits: list[DateHit], relative: set[int]) -> bool:
    """A relative day ("overnight", "yesterday") right beside a day the text names, maybe across one
    preposition: that day names it ("overnight on Tuesday", "Tuesday overnight", "overnight into
    Wednesday")."""
    if hit.value.precision != "day":
        return False
    for other in hits:
        if id(other) in relative or other.value.precision != "day" or other is hit:
            continue
        lo, hi = (hit.last, other.first) if other.first > hit.last else (other.last, hit.first)
        between = range(lo + 1, hi)
        if len(between) <= 1 and all(tokens[j].pos == "ADP" for j in between):
            return True
    return False


def _bare_month(tokens: Sequence[Token], k: int) -> bool:
    """A month named alone after a preposition ("en février", "in February"); a modal or a verb
    spelled like one ("may", "to march") is no month. The English tagger reads "since" as a
    conjunction even as the preposition of a month ("the deadliest since January")."""
    before = tokens[k - 1] if k > 0 else None
    return (
        before is not None
        and (before.pos == "ADP" or (before.pos == "SCONJ" and before.dep == "case" and before.head == k))
        and tokens[k].pos in ("NOUN", "PROPN")
    )


def _lone_day(tokens: Sequence[Token], keys: list[str], k: int, words: DateWords) -> bool:
    """A day of the month with no month: an ordinal after a preposition and its article ("on the 3rd,
    killing ...", "since the 21st"), or a bare number after a `lone_day` article ("attaqué le 12"); not one
    that numbers a noun ("on the 3rd day", "the 42nd Brigade", "le 12 juillet") nor one a month follows
    ("the 3rd of March")."""
    ordinal = re.fullmatch(r"([0-3]?\d)(?:st|nd|rd|th|er)", keys[k])
    bare = (
        k >= 1 and (keys[k].isdigit() or ordinal) and keys[k - 1] in words.day_articles and tokens[k - 1].pos == "DET"
    )
    if k < 1 or not (ordinal or bare) or not 1 <= int((ordinal or _DAY.match(keys[k])).group(1)) <= 31:  # type: ignore[union-attr]
        return False
    if not bare and (k < 2 or tokens[k - 1].pos != "DET" or tokens[k - 2].pos != "ADP"):
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is None or (
        after.pos not in ("NOUN", "PROPN", "ADJ", "NUM")
        and norm(after.text) != "of"
        and keys[k + 1] not in words.months
    )


def _last_day(pub: dt.date | None, day: int) -> DateValue:
    """A day of the month without its month: the last such day up to the publication day."""
    if pub is None:
        return DateValue(None, "day")
    month = pub.replace(day=1) if day <= pub.day else (pub.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    date = safe_date(month.year, month.month, day)
    return DateValue(date.isoformat() if date else None, "day")


def _month_part(keys: list[str], k: int, words: DateWords) -> tuple[int, int] | None:
    """(first token, month) of a part of a month with no year: "late March", "mid-March", "fin mars",
    "mi-mars" (one token); None if token k ends none."""
    head, _, tail = keys[k].partition(" ")
    if head in words.parts and tail in words.months:
        return k, words.months[tail]
    if keys[k] not in words.months:
        return None
    if k and keys[k - 1] in words.parts:
        return k - 1, words.months[keys[k]]
    if k > 1 and not keys[k - 1] and keys[k - 2] in words.parts:
        return k - 2, words.months[keys[k]]  # "mid-March": the hyphen is a token of its own
    return None


def _last_month(pub: dt.date | None, month: int) -> DateValue:
    """A month without its year: the last such month up to the publication's."""
    if pub is None:
        return DateValue(None, "month")
    year = pub.year if month <= pub.month else pub.year - 1
    return DateValue(f"{year:04d}-{month:02d}", "month") if year >= 1 else DateValue(None, "month")


def _weekday_shift(keys: list[str], k: int, words: DateWords) -> int:
    """+1 or -1 when a word of `dates.tsv` just before or after the weekday at k moves it
    ("next Tuesday", "mardi prochain", "last Tuesday", "mardi dernier"), else 0."""
    moves = dict(words.shifts)
    if k and keys[k - 1] in moves:
        return moves[keys[k - 1]]
    if k + 1 < len(keys) and keys[k + 1] in moves:
        return moves[keys[k + 1]]
    return 0


def _past(tokens: Sequence[Token], k: int) -> bool:
    """Whether the verb that token k hangs on is in a past tense ("shelled", "ont bombardé")."""
    seen = set()
    while k not in seen and 0 <= k < len(tokens) and tokens[k].pos not in ("VERB", "AUX"):
        seen.add(k)
        k = tokens[k].head - tokens[0].i
    return 0 <= k < len(tokens) and "Tense=Past" in tokens[k].morph


def _is_range(tokens: Sequence[Token], keys: list[str], k: int, words: DateWords) -> bool:
    """Whether token k joins the two days of a range: a word of `dates.tsv` or a dash."""
    return keys[k] in words.ranges and (bool(keys[k]) or tokens[k].text == "-")
