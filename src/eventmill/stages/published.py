"""Stage `published`: the publication date read from the article itself when its metadata gave none.

Trust, highest first: the reader's metadata (HTML, JSONL/CSV field, RSS entry: `metadata`), a
dateline ("ALEP (Syrie), 9 avril 2016 (AFP) -", "KABUL, Oct. 3, 2014 (Xinhua) --": `dateline`), a
byline ("Publié le 05/09/2020 à 14h32", "Published Tuesday 12 March 2019": `byline`; "Mis à jour le"
only when no publication line is found: `updated`), an ISO date in the file name (`filename`), and
last the run's `--published` (`option`). The winner and its source go on the `Article`
(`published`, `published_source`), so relative dates ("hier", "Thursday") resolve against it.

Month and weekday names come from the language's `dates.tsv`, the byline phrases from its
`published.tsv`; the patterns are language-neutral.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from eventmill import datafiles
from eventmill.config import Config
from eventmill.models import Document, Span
from eventmill.registry import stage
from eventmill.stages.mentions.dates import date_words
from eventmill.text import norm

# sources a date read from the text replaces: a file name or a run-wide option says less about one article
WEAKER = ("filename", "option")
# how far into the article a dateline or byline is looked for (paragraphs), and from its end
HEAD_PARAGRAPHS = 6
TAIL_PARAGRAPHS = 3
# a byline cue may sit inside a paragraph this short ("Par X - Publié le ..."); in a longer one, only at its start
SHORT_PARAGRAPH = 250
# a clock time, maybe with its zone, before or after a byline's date ("12:32 GMT, 12 March 2019")
_TIME = r"[0-2]?\d[:h.][0-5]\d(?![.:/]?\d)(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4}\b)?"
_ISO_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")


@dataclass(frozen=True, slots=True)
class Found:
    """A publication date read from the text, where it came from, and the span of the date."""

    date: str
    source: str
    span: Span
    place: Span | None = None  # a dateline's place ("ALEP (Syrie)")


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


def _fold(text: str) -> str:
    """Lower case without accents, one character for one, so offsets into the fold are offsets into the text."""
    out = []
    for c in text:
        base = unicodedata.normalize("NFD", c)[0].casefold()
        out.append(base if len(base) == 1 else c)
    return "".join(out)


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def grammar(lang: str) -> Grammar:
    words = date_words(lang)
    rows = datafiles.table(lang, "published.tsv")
    months = {k: v for k, v in words.months.items() if k.isalpha()}
    month = rf"(?P<month>{_alternation(list(months))})\.?"
    # a byline abbreviates weekdays ("Tue 12 Mar 2019") that are everyday words in a sentence ("sat")
    weekdays = list(words.weekdays) + [norm(r["phrase"]) for r in rows if r.get("kind") == "weekday"]
    weekday = rf"(?:(?:{_alternation(weekdays)})\.?,?\s+)?"
    day = r"(?P<day>[0-3]?\d)(?:er|e|st|nd|rd|th)?"
    year = r"(?:,?\s+(?P<year>(?:19|20)\d\d)(?!\d))?"
    articles = [norm(r["phrase"]) for r in rows if r.get("kind") == "lead"]
    cue_kind = {norm(r["phrase"]): r["kind"] for r in rows if r.get("kind") in ("published", "updated")}
    order = next((norm(r["phrase"]) for r in rows if r.get("kind") == "order"), "dmy")
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
        lead=re.compile(rf"(?:{_TIME}[\s,]*)?(?:(?:{_alternation(articles) or '(?!)'})\s+)?{weekday}"),
    )


def _date_at(folded: str, pos: int, g: Grammar, year_hint: int | None) -> tuple[dt.date, int, int] | None:
    """The date that starts at `pos` of the folded text (a weekday, an article or a time may lead), with
    its end; None if none."""
    lead = g.lead.match(folded, pos)
    if lead and lead.end() > pos:
        return _date_at_exactly(folded, pos, g, year_hint) or _date_at_exactly(folded, lead.end(), g, year_hint)
    return _date_at_exactly(folded, pos, g, year_hint)


def _date_at_exactly(folded: str, pos: int, g: Grammar, year_hint: int | None) -> tuple[dt.date, int, int] | None:
    best = None
    for pat in (g.dmy, g.mdy):
        m = pat.match(folded, pos)
        if m:
            key = re.sub(r"\s+", " ", m.group("month"))
            year = int(m.group("year")) if m.group("year") else year_hint
            if year is None or key not in g.months:
                continue
            date = _safe(year, g.months[key], int(m.group("day")))
            if date:
                best = (date, m.start(), m.end())
                break
    if best is None:
        m = g.numeric.match(folded, pos)
        if m and m.group("iy"):
            date = _safe(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
            best = (date, m.start(), m.end()) if date else None
        elif m:
            a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
            d, mo = (a, b) if (g.day_first and a <= 31) or b > 12 else (b, a)
            date = _safe(y, mo, d)
            best = (date, m.start(), m.end()) if date else None
    return best


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# "ALEP (Syrie), " / "KABUL, " / "Port-au-Prince, " at a paragraph's start: a capitalised place, an
# optional bracketed region, a comma; the date must follow at once, then an agency or a dash
_NAME = r"[A-ZÀ-Þ][^\W\d_]*(?:[ '.\-][A-ZÀ-Þa-z][^\W\d_]*){0,3}"
_DATELINE_PLACE = re.compile(rf"\s*(?P<place>{_NAME}(?:\s*\([^()\n]{{2,40}}\))?(?:,\s*{_NAME}(?=,))?)\s*,\s*")
_DASH = r"(?:-+|—|–)"
_AFTER_DATELINE = re.compile(rf"\s*(?:\([^()\n]{{2,40}}\)\s*)?(?:{_DASH}|:|/)")
# or the agency first and the date between dashes: "KABUL, Afghanistan (AP) - Oct. 3, 2014 - "
_DATELINE_AGENCY = re.compile(
    rf"\s*(?P<place>{_NAME}(?:,\s*{_NAME})?(?:\s*\([^()\n]{{2,40}}\))??)\s*\([^()\n]{{2,40}}\)\s*{_DASH}\s*"
)
_AFTER_DATE = re.compile(rf"\s*(?:{_DASH}|:)")


def find_published(text: str, paragraphs: Sequence[Span], lang: str, year_hint: int | None = None) -> Found | None:
    """The publication date the article states (dateline, then byline, then update line), or None."""
    g = grammar(lang)
    folded = _fold(text)
    head = list(paragraphs[:HEAD_PARAGRAPHS])
    for p in head:
        found = _dateline(text, folded, p, g, year_hint)
        if found:
            return found
    tail = [p for p in paragraphs[-TAIL_PARAGRAPHS:] if p not in head]
    lines: dict[str, Found] = {}
    for p in head + tail:
        for kind, found in _bylines(text, folded, p, g, year_hint):
            lines.setdefault(kind, found)
    return lines.get("published") or lines.get("updated")


def _dateline(text: str, folded: str, p: Span, g: Grammar, year_hint: int | None) -> Found | None:
    m = _DATELINE_AGENCY.match(text, p.start, p.end)
    if m:
        hit = _date_at(folded, m.end(), g, year_hint)
        if hit is not None and _AFTER_DATE.match(text, hit[2]):
            return _found(text, m, hit)
    m = _DATELINE_PLACE.match(text, p.start, p.end)
    if not m:
        return None
    place = m.group("place")
    hit = _date_at(folded, m.end(), g, year_hint)
    if hit is None:
        return None
    date, start, end = hit
    after = _AFTER_DATELINE.match(text, end)
    if after is None and not place[:4].isupper():
        # "Paris, 12 mars" is a dateline only with an agency or a dash after the date ("Lundi, 12 mars
        # ..." is a sentence); "PARIS, 12 mars" always is
        return None
    return _found(text, m, hit)


def _found(text: str, m: re.Match[str], hit: tuple[dt.date, int, int]) -> Found:
    date, start, end = hit
    place_span = Span(m.start("place"), m.end("place"), text[m.start("place") : m.end("place")])
    return Found(date.isoformat(), "dateline", Span(start, end, text[start:end]), place_span)


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
        out.append((kind, Found(date.isoformat(), source, Span(start, end, text[start:end]))))
    return out


def date_in_name(name: str) -> str | None:
    """An ISO date in a file name ("2016-04-09_alep.txt", "afp_20160409.txt"), or None."""
    m = _ISO_IN_NAME.search(name.rsplit("/", 1)[-1])
    if not m:
        return None
    date = _safe(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return date.isoformat() if date else None


@stage("published", 2, needs=("text", "paragraphs", "lang"), fills=("article",))
def published(doc: Document, config: Config) -> Document:
    """Set the article's publication date from its dateline or byline when its metadata gave none."""
    article = doc.article
    if article.published and article.published_source not in WEAKER:
        if article.published_source is None:
            return dataclasses.replace(doc, article=dataclasses.replace(article, published_source="metadata"))
        return doc
    hint = int(article.published[:4]) if article.published else None
    found = find_published(doc.text, doc.paragraphs, doc.lang or "", hint)
    if found is None:
        return doc
    return dataclasses.replace(
        doc, article=dataclasses.replace(article, published=found.date, published_source=found.source)
    )
