"""The one reader of the lines that say where and when an article was filed: datelines ("ALEP (Syrie),
9 avril 2016 (AFP) -", "KABUL, Oct. 3, 2014 (Xinhua) --", "WASHINGTON (AP) —"), bylines ("Publié le
05/09/2020 à 14h32", "Published Tuesday 12 March 2019", "Mis à jour le ...") and date lines under a
title ("Monday, March 4, 2019").

The `published` stage takes the publication date from it; the event stages take the dateline's place
(where the article was filed) and its words (no party to any event), and leave its date to the events
nothing else dates. Month and weekday names come from the language's `dates.tsv`, byline phrases,
ordinal endings and clock words from its `published.tsv`; the patterns are language-neutral.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from eventmill import datafiles
from eventmill.models import Document, Span
from eventmill.text import norm

# how far into the article a dateline or byline is looked for (paragraphs), and from its end
HEAD_PARAGRAPHS = 6
TAIL_PARAGRAPHS = 3
# a dateline with no date ("WASHINGTON (AP) —") is looked for only this near the top: a title and a
# byline may come before it
DATELINE_PARAGRAPHS = 3
# a byline cue may sit inside a paragraph this short ("Par X - Publié le ..."); in a longer one, only at its start
SHORT_PARAGRAPH = 250
# a paragraph that is only a date ("Monday, March 4, 2019 | Updated 8:52 PM") is at most this long
DATE_LINE = 80
_ISO_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")

# the head of a dateline: a capitalised place, maybe a bracketed region ("ALEP (Syrie)") or a country
# after a comma ("LAGOS, Nigeria, June 2"); then a comma and a date, an agency in brackets, a dash
_NAME = r"[A-ZÀ-Þ][^\W\d_]*(?:[ '.\-][A-ZÀ-Þa-z][^\W\d_]*){0,3}"
# ("ISTANBUL/BEIRUT, March 12 (Reuters) -": filed from two places)
_PLACE = re.compile(rf"\s*(?P<place>{_NAME}(?:/{_NAME})?(?:\s*\([^()\n]{{2,40}}\))?(?:,\s*{_NAME}(?=\s*,))?)")
_UNDATED_PLACE = re.compile(r"[A-ZÀ-Þ][^\W\d_]*(?:[ '\-/][A-ZÀ-Þ][^\W\d_]*){0,3}(?:\s*\([^()\n]{2,40}\))?")
_COMMA = re.compile(r"\s*,\s*")
# what a dateline with no date may hold after its comma ("WASHINGTON, D.C. —")
_UNDATED_TAIL = re.compile(r"\s*,[^\n()]{1,50}?(?=\s*(?:\(|-|—|–))")
_AGENCY = re.compile(r"\s*(?:\([^()\n]{2,40}\)|/[^/\n]{2,30}/)")
_DASH = re.compile(r"\s*(?:-+|—|–)\s")
_END = re.compile(r"\s*(?:-+|—|–|:)")


@dataclass(frozen=True, slots=True)
class Found:
    """A publication date read from the text, where it came from (dateline, byline, updated), and the
    span of the date."""

    date: str
    source: str
    span: Span


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline opening a paragraph: its whole span, its place, and its date if it gives one."""

    span: Span
    place: Span
    date: Found | None = None


@dataclass(frozen=True, slots=True)
class Grammar:
    """One language's date patterns, over text folded one character for one (`_fold`)."""

    dmy: re.Pattern[str]  # [weekday] day month [year]
    mdy: re.Pattern[str]  # [weekday] month day[,] [year]
    numeric: re.Pattern[str]  # 05/09/2020, 2020-09-05
    cues: re.Pattern[str]  # byline phrases, longest first
    cue_kind: dict[str, str]
    months: dict[str, int]
    day_first: bool
    lead: re.Pattern[str]  # what may come between a cue or a dateline's comma and its date: "le", a time
    time: re.Pattern[str]  # a clock time, maybe with its zone ("14h32", "8:52 PM EDT")


@cache
def _fold_char(c: str) -> str:
    base = unicodedata.normalize("NFD", c)[0].casefold()
    return base if len(base) == 1 else c


@lru_cache(maxsize=8)
def _fold(text: str) -> str:
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

    months = {k: v for k, v in names["month"].items() if k.isalpha()}
    month = rf"(?P<month>{_alternation(list(months))})\.?"
    # a byline abbreviates weekdays ("Tue 12 Mar 2019") that are everyday words in a sentence ("sat")
    weekdays = list(names["weekday"]) + kind("weekday")
    weekday = rf"(?:(?:{_alternation(weekdays)})\.?,?\s+)?"
    day = rf"(?P<day>[0-3]?\d)(?:{_alternation(kind('ordinal')) or '(?!)'})?"
    year = r"(?:,?\s+(?P<year>(?:19|20)\d\d)(?!\d))?"
    clock = _alternation([r["phrase"] for r in rows if r.get("kind") == "clock"]) or "(?!)"
    time = rf"[0-2]?\d[:h.][0-5]\d(?![.:/]?\d)(?:\s*(?:{clock}))?(?:\s+[a-z]{{2,4}}\b)?"
    cue_kind = {norm(r["phrase"]): r["kind"] for r in rows if r.get("kind") in ("published", "updated")}
    order = next(iter(kind("order")), "dmy")
    return Grammar(
        dmy=re.compile(rf"{weekday}{day}\s+{month}{year}\b"),
        mdy=re.compile(rf"{weekday}{month}\s+{day}\b{year}"),
        numeric=re.compile(
            r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d\d)(?!\d)"
            r"|(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)(?!\d)"
        ),
        cues=re.compile(
            rf"(?m)(?:^|(?<=[|(\-•·]\s)|(?<=[|(\-•·]))\s*(?P<cue>{_alternation(list(cue_kind))})\b[\s:,\-]*"
        ),
        cue_kind={k.replace(" ", ""): v for k, v in cue_kind.items()},
        months=months,
        day_first=order != "mdy",
        lead=re.compile(rf"(?:{time}[\s,]*)?(?:(?:{_alternation(kind('lead')) or '(?!)'})\s+)?{weekday}"),
        time=re.compile(time),
    )


def _date_names(lang: str) -> dict[str, dict[str, int]]:
    """The language's month and weekday names (`dates.tsv`), normalised, with their numbers."""
    out: dict[str, dict[str, int]] = {"month": {}, "weekday": {}}
    for row in datafiles.tables(lang, "dates.tsv"):
        if row.get("kind") in out and row.get("value", "").isdigit():
            out[row["kind"]][norm(row.get("phrase", ""))] = int(row["value"])
    return out


def _date_at(folded: str, pos: int, g: Grammar, year_hint: int | None) -> tuple[dt.date, int, int] | None:
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
        d, mo = (a, b) if (g.day_first and a <= 31) or b > 12 else (b, a)
        date = safe_date(y, mo, d)
        return (date, m.start(), m.end()) if date else None
    return None


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    """The date, or None where the day or month does not exist ("31/02/2019")."""
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def find_dateline(text: str, paragraphs: Sequence[Span], lang: str, year_hint: int | None = None) -> Dateline | None:
    """The article's dateline: the first dated one among the first paragraphs, else the first undated
    one near the top ("WASHINGTON (AP) —"); None if it has none. A dateline with no year takes
    `year_hint`, else the latest year of a full date the article writes."""
    g = grammar(lang)
    folded = _fold(text)
    undated = None
    for i, p in enumerate(paragraphs[:HEAD_PARAGRAPHS]):
        found = _dateline(text, folded, p, g, year_hint)
        if found is None:
            continue
        if found.date is not None:
            return found
        if year_hint is None and (year := _written_year(folded, g)):
            # "PARIS, 12 mars (Reuters) -": the year of the dates the article writes out
            dated = _dateline(text, folded, p, g, year)
            if dated is not None and dated.date is not None:
                return dated
        if undated is None and i < DATELINE_PARAGRAPHS:
            undated = found
    return undated


def _written_year(folded: str, g: Grammar) -> int | None:
    """The latest year of a full date written in the text ("le 10 mars 2019", "05/09/2020")."""
    years = [int(m.group("year")) for pat in (g.dmy, g.mdy) for m in pat.finditer(folded) if m.group("year")]
    years += [int(m.group("y") or m.group("iy")) for m in g.numeric.finditer(folded)]
    return max(years, default=None)


def _dateline(text: str, folded: str, p: Span, g: Grammar, year_hint: int | None) -> Dateline | None:
    m = _PLACE.match(text, p.start, p.end)
    if not m:
        return None
    place = _span(text, m.start("place"), m.end("place"))
    pos, hit = m.end(), None
    comma = _COMMA.match(text, pos, p.end)
    if comma:
        hit = _date_at(folded, comma.end(), g, year_hint)
        if hit is None:
            tail = _UNDATED_TAIL.match(text, pos, p.end)
            if tail is None:
                return None
            pos = tail.end()
        else:
            pos = hit[2]
    agency = _AGENCY.match(text, pos, p.end)
    pos = agency.end() if agency else pos
    dash = _DASH.match(text, pos, p.end) or (_END.match(text, pos, p.end) if hit else None)
    if dash is None:
        # "PARIS, 12 mars 2019, ..." opens a dateline in capitals; "Lundi, 12 mars 2019, ..." is a sentence
        if hit is None or not place.text[:4].isupper():
            return None
        end = hit[2]
    else:
        end = dash.end()
        if hit is None and not _UNDATED_PLACE.fullmatch(place.text):
            return None  # "Des manifestants ont défilé - ...": every word of an undated dateline's name is capitalised
        if hit is None:
            # the agency first and the date between dashes: "KABUL, Afghanistan (AP) - Oct. 3, 2014 - "
            later = _date_at(folded, end, g, year_hint)
            after = _END.match(text, later[2], p.end) if later else None
            if later and after:
                hit, end = later, after.end()
    date = Found(hit[0].isoformat(), "dateline", _span(text, hit[1], hit[2])) if hit else None
    return Dateline(_span(text, place.start, end), place, date)


def find_published(text: str, paragraphs: Sequence[Span], lang: str, year_hint: int | None = None) -> Found | None:
    """The publication date the article states: a dated dateline, else a byline, else a date line beside
    an undated dateline, else an update line; None if it states none. A date line alone under a title
    is not read: on ECB+ (ecb_incidents) it dated every follow-up story to its day of publication, and
    incident matching, which then wants a report's incident within days before it, fell from 0.80 to
    0.71 pair F1."""
    line = find_dateline(text, paragraphs, lang, year_hint)
    if line is not None and line.date is not None:
        return line.date
    g = grammar(lang)
    folded = _fold(text)
    head = list(paragraphs[:HEAD_PARAGRAPHS])
    tail = [p for p in paragraphs[-TAIL_PARAGRAPHS:] if p not in head]
    lines: dict[str, Found] = {}
    for p in head + tail:
        for kind, found in _bylines(text, folded, p, g, year_hint):
            lines.setdefault(kind, found)
    if line is not None and ("(" in line.span.text or line.place.text.isupper()):
        # "WASHINGTON (AP) —" with the date on a line of its own just above or below (a title "Ram - Raid
        # on ..." is no dateline: its name is neither in capitals nor followed by an agency)
        at = next(i for i, p in enumerate(head) if p.start <= line.span.start < p.end)
        near = [d for p in head[max(at - 1, 0) : at + 2] if (d := _date_line(text, folded, p, g))]
        if near:
            lines.setdefault("line", near[0])
    return lines.get("published") or lines.get("line") or lines.get("updated")


def _date_line(text: str, folded: str, p: Span, g: Grammar) -> Found | None:
    """A short paragraph that is only a full date, maybe with a clock time and a note after a bar or a
    dash ("Monday, March 4, 2019", "Friday, Sep 10, 2010 | Updated 8:52 PM EDT"): a title's date line."""
    if p.end - p.start > DATE_LINE:
        return None
    start = p.start + len(text[p.start : p.end]) - len(text[p.start : p.end].lstrip())
    hit = _date_at(folded, start, g, None)
    if hit is None:
        return None
    pos = hit[2]
    clock = re.compile(rf"[\s,]*(?:\S{{1,3}}\s+)?{g.time.pattern}").match(folded, pos, p.end)
    pos = clock.end() if clock else pos
    rest = text[pos : p.end].strip()
    if rest and rest[0] not in "|•·-—–":
        return None
    return Found(hit[0].isoformat(), "byline", _span(text, hit[1], hit[2]))


def _bylines(text: str, folded: str, p: Span, g: Grammar, year_hint: int | None) -> list[tuple[str, Found]]:
    out = []
    short = p.end - p.start <= SHORT_PARAGRAPH
    for m in g.cues.finditer(folded, p.start, p.end):
        inside = m.start("cue") - p.start > 3
        if inside and not short:
            break
        if inside and not text[m.start("cue")].isupper():
            continue  # "Par X - Publié le": a cue inside a line is a byline only when capitalised
        hit = _date_at(folded, m.end(), g, year_hint)
        if hit is None:
            continue
        date, start, end = hit
        kind = g.cue_kind.get(re.sub(r"\s+", "", m.group("cue")), "published")
        source = "byline" if kind == "published" else "updated"
        out.append((kind, Found(date.isoformat(), source, _span(text, start, end))))
    return out


def date_in_name(name: str) -> str | None:
    """An ISO date in a file name ("2016-04-09_alep.txt", "afp_20160409.txt"), or None."""
    m = _ISO_IN_NAME.search(name.rsplit("/", 1)[-1])
    if not m:
        return None
    date = safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return date.isoformat() if date else None


def dateline_of(doc: Document) -> Dateline | None:
    """The dateline of a parsed document (see `find_dateline`), its year hint the publication date's."""
    if not doc.paragraphs:
        return None
    published = doc.article.published
    return find_dateline(doc.text, doc.paragraphs, doc.lang or "", int(published[:4]) if published else None)
