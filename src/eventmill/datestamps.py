"""The lines a website prints beside an article to say when it came out, read by
`eventmill.datelines.find_published`: bylines ("Publié le 05/09/2020 à 14h32", "Published Tuesday 12 March
2019", "Mis à jour le ..."), date lines under a title ("Monday, March 4, 2019", "March 12, 2019 at 10:32
a.m. EDT", "2019-03-12T10:32:00Z"), a date signed by an author ("Par Jean Dupont - 12 mars 2019"), a stamp
closing the article, and a date opening the article before a dash with no place ("12 March 2019 - ...")."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from eventmill.dategrammar import Grammar, date_at
from eventmill.models import Span

# a byline cue may sit inside a paragraph this short ("Par X - Publié le ..."); in a longer one, only at its start
SHORT_PARAGRAPH = 250
# a paragraph that is only a date ("Monday, March 4, 2019 | Updated 8:52 PM") is at most this long
DATE_LINE = 80
# a bare date line (no byline phrase, dateline or author beside it) is read only among the first lines
BARE_LINES = 3
# a dash between a dateline's head and its text
DASH = re.compile(r"\s*(?:-+|—|–)\s")
# who signs a date line across a bar ("Burak Akay |15.03.2019", "Le Monde.fr avec AFP | 12.03.2019"):
# two to six words, the first capitalised, no figure
_SIGNER = re.compile(r"[A-ZÀ-Þ][^\W\d_]*(?:[.'\-][^\W\d_]+)*(?:\s+[^\W\d_]+(?:[.'\-][^\W\d_]+)*){1,5}")
# an agency's credit opening a byline line, before a comma ("AFP, publié le 12 mars 2019")
_CREDIT = re.compile(r"\s*[A-ZÀ-Þ][\w.\-]*,\s*")
# what parts an author from a date in a byline line: a bar, or a dash between spaces ("Par Jean Dupont -
# 12 mars 2019")
_BAR = re.compile(r"\||\s(?:-+|—|–)\s")
# a zone or a country in capitals after a date stamp's clock ("Tuesday 12 March 2019 10:32, UK")
_ZONE = re.compile(r"[A-Z]{2,4}")
# a clock time joined to an all-digit date, over folded text
_ISO_TIME = r"t[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:z|[+-][01]\d:?[0-5]\d)?"


@dataclass(frozen=True, slots=True)
class Found:
    """A publication date read from the text, where it came from (dateline, byline, updated), and the
    span of the date."""

    date: str
    source: str
    span: Span


def span_at(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def bare_line(text: str, folded: str, head: Sequence[Span], g: Grammar) -> Found | None:
    """A line under the title that is a full date and nothing else but its clock time ("Tuesday, March 12,
    2019", "12 mars 2019", "Mon 4 Mar 2019 18.20 GMT", "March 12, 2019 at 10:32 a.m. EDT", "12 mars 2019
    - 10:32", "2019-03-12T10:32:00Z"), among the first BARE_LINES lines and before the body's first
    sentence (a line ending in a full stop): the publication date, source `line`."""
    for p in head[:BARE_LINES]:
        found = _stamp(text, folded, p, g)
        if found is not None:
            return found
        if text[p.start : p.end].rstrip().endswith((".", "!", "?")):
            return None
    return None


def _stamp(text: str, folded: str, p: Span, g: Grammar) -> Found | None:
    """The paragraph as a date stamp: a full date and nothing else but its clock time, maybe after a word
    ("at", "à") or a dash, and the zone or country in capitals after a comma ("10:32, UK")."""
    found = date_line(text, folded, p, g)
    if found is None:
        return None
    clock = _clock(g.time.pattern).match(folded, found.span.end, p.end)
    rest = text[clock.end() if clock else found.span.end : p.end].strip(" .,")
    return Found(found.date, "line", found.span) if not rest or _ZONE.fullmatch(rest) else None


@cache
def _clock(time: str) -> re.Pattern[str]:
    """A clock time after a date: after a comma, a dash or a bar, maybe after a short word ("at", "à"),
    or joined to an all-digit date by a "T" ("2019-03-12T10:32:00Z")."""
    return re.compile(rf"[\s,]*(?:[-|/•·—–]\s*)?(?:(?:\S{{1,3}}\s+)?{time}|{_ISO_TIME})")


def tail_stamp(text: str, folded: str, paragraphs: Sequence[Span], g: Grammar) -> Found | None:
    """A date stamp closing the article ("... police said.\n\nMarch 12, 2019"): its last paragraph, a
    date and a clock time only, after a sentence (a date line between sentences heads what follows)."""
    if len(paragraphs) < 2:
        return None
    before, last = paragraphs[-2], paragraphs[-1]
    if not text[before.start : before.end].rstrip().endswith((".", "!", "?", '"', "»", "”")):
        return None
    return _stamp(text, folded, last, g)


def dated_opening(text: str, folded: str, head: Sequence[Span], g: Grammar) -> Found | None:
    """A full date opening the first paragraph before a dash, a dateline with no place ("12 March 2019 -
    Gunmen killed ..."): the publication date, source `dateline`."""
    if not head:
        return None
    start = head[0].start + len(text[head[0].start : head[0].end]) - len(text[head[0].start : head[0].end].lstrip())
    hit = date_at(folded, start, g, None)
    if hit is None or not DASH.match(text, hit[2], head[0].end):
        return None
    return Found(hit[0].isoformat(), "dateline", span_at(text, hit[1], hit[2]))


def signed_line(text: str, folded: str, p: Span, g: Grammar) -> Found | None:
    """A date line that says it is a byline without a byline phrase: opened by a `lead` word ("Le
    05/03/2019"), or beside an author across a bar ("03 décembre 2019 à 12h30 | Par Jeune Afrique",
    "Burak Akay |15.03.2019"). A bare date line under a title is read apart (`_bare_line`)."""
    if p.end - p.start > DATE_LINE:
        return None
    found = date_line(text, folded, p, g) if g.opener.match(folded, p.start, p.end) else None
    # only the date and its time: "Le 12 mars 2019 - l'armée reprend la ville" opens a timeline's line
    if found and not re.search(r"[^\W\d_]{4}", text[found.span.end : p.end]):
        return found
    bars = [(-1, 0), *((m.start(), m.end()) for m in _BAR.finditer(text[p.start : p.end])), (p.end - p.start, 0)]
    parts = [Span(p.start + a, p.start + b, text[p.start + a : p.start + b]) for (_, a), (b, _) in zip(bars, bars[1:])]
    if len(parts) < 2:
        return None
    dated = [(part, d) for part in parts if (d := date_line(text, folded, part, g))]
    signer = any(g.author.match(folded, q.start, q.end) or _SIGNER.fullmatch(q.text.strip()) for q in parts)
    return dated[0][1] if dated and signer else None


def date_line(text: str, folded: str, p: Span, g: Grammar) -> Found | None:
    """A short paragraph that is only a full date, maybe with a clock time and a note after a bar, a dash
    or a slash ("Monday, March 4, 2019", "Friday, Sep 10, 2010 | Updated 8:52 PM EDT", "March 5, 2019 /
    3:12 PM / Updated 2 hours ago"): a title's date line."""
    if p.end - p.start > DATE_LINE:
        return None
    start = p.start + len(text[p.start : p.end]) - len(text[p.start : p.end].lstrip())
    hit = date_at(folded, start, g, None)
    if hit is None:
        return None
    pos = hit[2]
    clock = _clock(g.time.pattern).match(folded, pos, p.end)
    pos = clock.end() if clock else pos
    rest = text[pos : p.end].strip()
    if rest and rest[0] not in "|•·-—–/" and not _ZONE.fullmatch(rest.lstrip(", ")):
        return None
    return Found(hit[0].isoformat(), "byline", span_at(text, hit[1], hit[2]))


def bylines(text: str, folded: str, p: Span, g: Grammar, year_hint: int | None) -> list[tuple[str, Found]]:
    out = []
    short = p.end - p.start <= SHORT_PARAGRAPH
    for m in g.cues.finditer(folded, p.start, p.end):
        inside = m.start("cue") - p.start > 3
        if inside and not short:
            break
        if inside and not (text[m.start("cue")].isupper() or _CREDIT.fullmatch(text, p.start, m.start("cue"))):
            continue  # "Par X - Publié le": a cue inside a line is a byline only when capitalised, or after a credit
        hit = date_at(folded, m.end(), g, year_hint)
        if hit is None:
            continue
        date, start, end = hit
        kind = g.cue_kind.get(re.sub(r"\s+", "", m.group("cue")), "published")
        source = "byline" if kind == "published" else "updated"
        out.append((kind, Found(date.isoformat(), source, span_at(text, start, end))))
    return out


def in_article_order(g: Grammar, folded: str, line: Span | None) -> Grammar:
    """The grammar reading an all-digit date that could go either way ("12/03/2024") as the article writes
    dates (`day_first_in`), else as the language does."""
    day_first = day_first_in(g, folded, line)
    return g if day_first is None or day_first == g.day_first else dataclasses.replace(g, day_first=day_first)


def day_first_in(g: Grammar, folded: str, line: Span | None) -> bool | None:
    """Whether the article writes all-digit dates day first, in a language that writes both orders
    (`month_first` rows of published.tsv: English): as its own dates that read one way only ("25/12/2023");
    else, with a dateline, month first when it names a source or a place that writes so (an American
    agency, a state, a city of the United States: "NEW YORK (AP) -", "STILLWATER, Okla. -"), day first for
    any other ("LONDON (Reuters) -", "LAGOS, Nigeria -": British and most other English-language media).
    None when nothing says, or in a language that writes one order."""
    if g.month_first is None:
        return None
    seen = set()
    for m in g.numeric.finditer(folded):
        a, b = (int(m.group("a")), int(m.group("b"))) if m.group("a") else (0, 0)
        if a > 12 >= b or b > 12 >= a:
            seen.add(a > 12)
    if len(seen) == 1:
        return seen.pop()
    if line is not None and not seen:
        return g.month_first.search(folded, line.start, line.end) is None
    return None
