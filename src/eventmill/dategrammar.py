"""One language's date patterns for the lines that say when an article came out (`eventmill.datelines`):
full dates with month names, weekdays, ordinal endings, clock times and all-digit dates, read over text
folded one character for one, so offsets into the fold are offsets into the text. Month and weekday
names come from the language's `dates.tsv`, byline phrases, ordinal endings and clock words from its
`published.tsv`."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from eventmill import datafiles
from eventmill.recent import KEEP
from eventmill.text import norm


@dataclass(frozen=True, slots=True)
class Grammar:
    """One language's date patterns, over text folded one character for one (`fold`)."""

    dmy: re.Pattern[str]  # [weekday] day month [year]
    mdy: re.Pattern[str]  # [weekday] month day[,] [year]
    numeric: re.Pattern[str]  # 05/09/2020, 2020-09-05
    cues: re.Pattern[str]  # byline phrases, longest first
    cue_kind: dict[str, str]
    months: dict[str, int]
    day_first: bool
    lead: re.Pattern[str]  # what may come between a cue or a dateline's comma and its date: "le", a time
    time: re.Pattern[str]  # a clock time, maybe with its zone ("14h32", "8:52 PM EDT")
    opener: re.Pattern[str]  # a `lead` word opening a line ("Le 05/03/2019")
    author: re.Pattern[str]  # a word that opens an author's name in a byline ("Par", "By")
    # a source or a dateline place whose all-digit dates read month first ("(AP)", "Calif.", "NEW YORK")
    month_first: re.Pattern[str] | None = None
    copyright: re.Pattern[str] | None = None  # a copyright notice's year ("© 2024 Reuters")


@cache
def _fold_char(c: str) -> str:
    base = unicodedata.normalize("NFD", c)[0].casefold()
    return base if len(base) == 1 else c


@lru_cache(maxsize=KEEP)
def fold(text: str) -> str:
    """Lower case without accents, one character for one, so offsets into the fold are offsets into the text
    (kept for the last few texts: the published stage and the event stages fold the same article)."""
    return "".join(map(_fold_char, text))


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def grammar(lang: str) -> Grammar:
    rows = datafiles.table(lang, "published.tsv")
    names = _date_names(lang)

    def kind(k: str) -> list[str]:
        return [norm(r["phrase"]) for r in rows if r.get("kind") == k]

    def raw(k: str) -> list[str]:  # (signs and full stops kept: "©", "calif.")
        return [fold(r["phrase"]) for r in rows if r.get("kind") == k]

    months = {k: v for k, v in names["month"].items() if k.isalpha()}
    month = rf"(?P<month>{_alternation(list(months))})\.?"
    # a byline abbreviates weekdays ("Tue 12 Mar 2019") that are everyday words in a sentence ("sat")
    weekdays = list(names["weekday"]) + kind("weekday")
    weekday = rf"(?:(?:{_alternation(weekdays)})\.?,?\s+)?"
    day = rf"(?P<day>[0-3]?\d)(?:{_alternation(kind('ordinal')) or '(?!)'})?"
    year = r"(?:,?\s+(?P<year>(?:19|20)\d\d)(?!\d))?"
    clock = _alternation([r["phrase"] for r in rows if r.get("kind") == "clock"]) or "(?!)"
    # seconds ("10:32:15") and a zone's offset ("3:45 PM GMT+1") may follow
    zone = r"(?:\s+[a-z]{2,4}(?:[+-][01]?\d(?::?[0-5]\d)?)?(?![\w+]))?"
    time = rf"[0-2]?\d[:h.][0-5]\d(?:[:.][0-5]\d)?(?![.:/]?\d)(?:\s*(?:{clock}))?{zone}"
    cue_kind = {norm(r["phrase"]): r["kind"] for r in rows if r.get("kind") in ("published", "updated")}
    order = next(iter(kind("order")), "dmy")
    return Grammar(
        dmy=re.compile(rf"{weekday}{day}\s+{month}{year}\b"),
        mdy=re.compile(rf"{weekday}{month}\s+{day}\b{year}"),
        numeric=re.compile(
            r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d\d)(?!\d)"
            r"|(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)(?!\d)"
        ),
        cues=re.compile(rf"(?m)(?:^|(?<=[|(\-•·\s]))\s*(?P<cue>{_alternation(list(cue_kind))})\b[\s:,\-]*"),
        cue_kind={k.replace(" ", ""): v for k, v in cue_kind.items()},
        months=months,
        day_first=order != "mdy",
        lead=re.compile(rf"(?:{time}[\s,]*)?(?:(?:{_alternation(kind('lead')) or '(?!)'})\s+)?{weekday}"),
        time=re.compile(time),
        opener=re.compile(rf"\s*(?:{_alternation(kind('lead')) or '(?!)'})\s"),
        author=re.compile(rf"\s*(?:{_alternation(kind('author')) or '(?!)'})\s"),
        month_first=_words(raw("month_first")),
        copyright=re.compile(
            rf"(?:{_alternation(raw('copyright')) or '(?!)'})\W{{0,3}}(?:[^\W\d]+\W+){{0,4}}(?P<year>(?:19|20)\d\d)(?!\d)"
        ),
    )


def _words(phrases: list[str]) -> re.Pattern[str] | None:
    """Whole phrases over folded text ("calif.", "new york"), or None for none."""
    if not phrases:
        return None
    return re.compile(rf"(?<![\w.])(?:{_alternation(phrases)})(?![\w.])")


@cache
def weekday_names(lang: str) -> frozenset[str]:
    """The language's weekday names (`dates.tsv`), normalised: "thursday", "jeudi"."""
    return frozenset(_date_names(lang)["weekday"])


def _date_names(lang: str) -> dict[str, dict[str, int]]:
    """The language's month and weekday names (`dates.tsv`), normalised, with their numbers."""
    out: dict[str, dict[str, int]] = {"month": {}, "weekday": {}}
    for row in datafiles.tables(lang, "dates.tsv"):
        if row.get("kind") in out and row.get("value", "").isdigit():
            out[row["kind"]][norm(row.get("phrase", ""))] = int(row["value"])
    return out


def date_at(folded: str, pos: int, g: Grammar, year_hint: int | None) -> tuple[dt.date, int, int] | None:
    """The date that starts at `pos` of the folded text (a weekday, an article or a time may lead), with
    its span; None if none."""
    lead = g.lead.match(folded, pos)
    if lead and lead.end() > pos:
        return _date_at_exactly(folded, pos, g, year_hint) or _date_at_exactly(folded, lead.end(), g, year_hint)
    return _date_at_exactly(folded, pos, g, year_hint)


def _date_at_exactly(folded: str, pos: int, g: Grammar, year_hint: int | None) -> tuple[dt.date, int, int] | None:
    for pat in (g.dmy, g.mdy):
        m = pat.match(folded, pos)
        if m:
            key = re.sub(r"\s+", " ", m.group("month"))
            year = int(m.group("year")) if m.group("year") else year_hint
            if year is None or key not in g.months:
                continue
            date = safe_date(year, g.months[key], int(m.group("day")))
            if date:
                return date, m.start(), m.end()
    m = g.numeric.match(folded, pos)
    if m and m.group("iy"):
        date = safe_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        return (date, m.start(), m.end()) if date else None
    if m:
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        # the first number is the day when the language writes days first, when it cannot be a month, or
        # when dots part the numbers ("12.03.2019": the European form, whatever the article's language)
        dots = "." in folded[m.start() : m.end()]
        d, mo = (a, b) if a > 12 or ((g.day_first or dots) and b <= 12) else (b, a)
        date = safe_date(y, mo, d)
        return (date, m.start(), m.end()) if date else None
    return None


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    """The date, or None where the day or month does not exist ("31/02/2019")."""
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def iso_span(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of an ISO year, month or day ("2023", "2023-03", "2023-03-05"); None when
    it is none of these."""
    value = value or ""
    try:
        if len(value) == 4:
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
        if len(value) == 7:
            first = dt.date.fromisoformat(value + "-01")
            return first, (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return day, day
