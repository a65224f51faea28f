"""The one reader of the lines that say where and when an article was filed: datelines ("ALEP (Syrie),
9 avril 2016 (AFP) -", "KABUL, Oct. 3, 2014 (Xinhua) --", "WASHINGTON (AP) —"), bylines ("Publié le
05/09/2020 à 14h32", "Published Tuesday 12 March 2019", "Mis à jour le ...") and date lines under a
title ("Monday, March 4, 2019").

The `published` stage takes the publication date from it; the event stages take the dateline's place
(where the article was filed) and its words (no party to any event), and leave its date to the events
nothing else dates; the `mentions` stage takes the dateline's place name as a place before any entity
label does. The dates are read with `eventmill.dategrammar`; the patterns are language-neutral.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from eventmill.dategrammar import Grammar, date_at, fold, grammar, safe_date
from eventmill.datestamps import (
    DASH,
    Found,
    bare_line,
    bylines,
    date_line,
    dated_opening,
    day_first_in,
    in_article_order,
    signed_line,
    span_at,
    tail_stamp,
)
from eventmill.models import Document, Span
from eventmill.recent import keep

# how far into the article a dateline or byline is looked for (paragraphs), and from its end
HEAD_PARAGRAPHS = 6
TAIL_PARAGRAPHS = 3
# a dateline with no date ("WASHINGTON (AP) —") is looked for only this near the top: a title and a
# byline may come before it
DATELINE_PARAGRAPHS = 3
# a story filed this many days or fewer before the publication date given counts its days from its dateline
FILED_DAYS = 31
_ISO_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")

# the head of a dateline: a capitalised place, maybe a bracketed region ("ALEP (Syrie)") or a country
# after a comma ("LAGOS, Nigeria, June 2"); then a comma and a date, an agency in brackets, a dash
# ("ST. LOUIS", "FT. WORTH": a word of one or two letters and its full stop, then a space)
_NAME = r"[A-ZÀ-Þ][^\W\d_]*(?:(?:[ '.\-]|(?<![^\W\d_]{3})\.\s)[A-ZÀ-Þa-z][^\W\d_]*){0,3}"
# ("ISTANBUL/BEIRUT, March 12 (Reuters) -": filed from two places)
_PLACE = re.compile(rf"\s*(?P<place>{_NAME}(?:/{_NAME})?(?:\s*\([^()\n]{{2,40}}\))?(?:,\s*{_NAME}(?=\s*,))?)")
_UNDATED_PLACE = re.compile(r"[A-ZÀ-Þ][^\W\d_]*(?:[ '\-/][A-ZÀ-Þ][^\W\d_]*){0,3}(?:\s*\([^()\n]{2,40}\))?")
_COMMA = re.compile(r"\s*,\s*")
# what a dateline with no date may hold after its comma ("WASHINGTON, D.C. —")
_UNDATED_TAIL = re.compile(r"\s*,[^\n()]{1,50}?(?=\s*(?:\(|-|—|–))")
_AGENCY = re.compile(r"\s*(?:\([^()\n]{2,40}\)|/[^/\n]{2,30}/)")
_END = re.compile(r"\s*(?:-+|—|–|:)")
# a name in capitals may also end its line with a dash ("BOSTON —"), touch the dash of a capitalised
# sentence ("WASHINGTON-President Trump"), or take a colon ("NEW DELHI: The court")
_CAPS_END = re.compile(r"\s*(?:-+|—|–)\s*$|(?:-+|—|–)(?=[A-ZÀ-Þ][^\W\d_])")
_CAPS_COLON = re.compile(r"\s*:\s")
# a dash touching a capitalised word ("SANA-Army units"), after an agency in capitals
_TOUCHING = re.compile(r"(?:-+|—|–)(?=[A-ZÀ-Þ][^\W\d_])")
# any name opening the article may take a colon or a long dash ("Muscat: The festival ...")
_OPENING = re.compile(r"\s*(?::|—|–)\s")
# a press-release wire between dashes ("PLEASANTON, Calif.--(BUSINESS WIRE)--")
_WIRE = re.compile(r"\s*-+\s*\([^()\n]{0,40}\)\s*-+")
# where a dateline in capitals may open a sentence inside a paragraph ("By Jane Doe. WASHINGTON, ...")
_INNER = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Þ]{2})")
INNER_CHARS = 300  # how far into a paragraph such a sentence may start
# an agency in capitals after an undated dateline's comma, with no brackets ("Hama, SANA –")
_AGENCY_TAIL = re.compile(r"[^,\n]+,\s*[A-Z]{2,8}\s*(?:-+|—|–)")


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline opening a paragraph: its whole span, its place, and its date if it gives one.
    `named_only`: a form that is a dateline only when its name is a known place ("Muscat: The ...",
    "UPDATE: ..."), which the text alone cannot tell."""

    span: Span
    place: Span
    date: Found | None = None
    named_only: bool = False


def find_dateline(
    text: str,
    paragraphs: Sequence[Span],
    lang: str,
    year_hint: int | None = None,
    known: Callable[[Span], bool] | None = None,
) -> Dateline | None:
    """The article's dateline: the first dated one among the first paragraphs, else the first undated
    one near the top ("WASHINGTON (AP) —"); None if it has none. A dateline with no year takes
    `year_hint`, else the latest year of a full date the article writes. Besides a paragraph's start, a
    dateline in capitals may open a sentence early in it ("By Jane Doe. WASHINGTON, April 5 (Reuters) -").
    A form that is a dateline only when its name is a known place counts when `known(name)` says so."""
    g = grammar(lang)
    folded = fold(text)
    undated = None
    opening = paragraphs[0].start if paragraphs else -1
    for i, p in enumerate(paragraphs[:HEAD_PARAGRAPHS]):
        inner = [m.end() for m in _INNER.finditer(text, p.start, min(p.end, p.start + INNER_CHARS))]
        for start in [p.start, *inner]:
            found = _dateline(
                text, folded, start, p.end, g, year_hint, inner=start != p.start, opening=start == opening
            )
            if found is None or (found.named_only and not (known and known(name_of(text, found.place)))):
                continue
            if found.date is not None:
                return found
            if year_hint is None and (year := _written_year(folded, g)):
                # "PARIS, 12 mars (Reuters) -": the year of the dates the article writes out
                dated = _dateline(text, folded, start, p.end, g, year, inner=start != p.start, opening=start == opening)
                if dated is not None and dated.date is not None:
                    return dated
            if undated is None and i < DATELINE_PARAGRAPHS:
                undated = found
    return undated


def _written_year(folded: str, g: Grammar) -> int | None:
    """The latest year of a full date written in the text ("le 10 mars 2019", "05/09/2020"), else of a
    copyright notice."""
    years = [int(m.group("year")) for pat in (g.dmy, g.mdy) for m in pat.finditer(folded) if m.group("year")]
    years += [int(m.group("y") or m.group("iy")) for m in g.numeric.finditer(folded)]
    if not years and g.copyright is not None:
        # else the year of a copyright notice ("© 2024 Reuters"), which a site's footer may set later
        years = [int(m.group("year")) for m in g.copyright.finditer(folded)]
    return max(years, default=None)


def name_of(text: str, place: Span) -> Span:
    """The place's name, up to a bracket, a comma or a slash ("ALEP (Syrie)": ALEP)."""
    name = re.split(r"\s*[,(/]", place.text, maxsplit=1)[0].rstrip(" .")
    return span_at(text, place.start, place.start + len(name))


def _in_capitals(name: str) -> bool:
    """Every letter of the name's first part in capitals, two letters at least ("N'DJAMENA", not "US" of
    "ALEP (Syrie)": the part before a bracket, a comma or a slash)."""
    letters = [c for c in re.split(r"\s*[,(/]", name, maxsplit=1)[0] if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _dateline(
    text: str,
    folded: str,
    start: int,
    end: int,
    g: Grammar,
    year_hint: int | None,
    inner: bool = False,
    opening: bool = False,
) -> Dateline | None:
    m = _PLACE.match(text, start, end)
    if not m:
        return None
    place = span_at(text, m.start("place"), m.end("place"))
    pos = m.end()
    touching = re.match(r"[A-ZÀ-Þ][A-ZÀ-Þ'’. ]+(?=-[A-ZÀ-Þ][a-zà-ÿ])", place.text)
    if touching:  # "WASHINGTON-President Donald Trump": the name ends at the dash
        place = span_at(text, place.start, place.start + touching.end())
        pos = place.end
    caps = _in_capitals(place.text)
    if inner and not caps:
        return None
    hit, tail = None, None
    comma = _COMMA.match(text, pos, end)
    if comma:
        hit = date_at(folded, comma.end(), g, year_hint)
        if hit is None:
            tail = _UNDATED_TAIL.match(text, pos, end)
            if tail is None:
                return None
            pos = tail.end()
        else:
            pos = hit[2]
    date = Found(hit[0].isoformat(), "dateline", span_at(text, hit[1], hit[2])) if hit else None
    wire = _WIRE.match(text, pos, end)
    if wire:
        return Dateline(span_at(text, place.start, wire.end()), place, date)
    agency = _AGENCY.match(text, pos, end) or (m if place.text.endswith(")") else None)  # "BEIRUT (AP)"
    pos = agency.end() if agency else pos
    named_only = False
    dash = DASH.match(text, pos, end) or (_END.match(text, pos, end) if hit else None)
    if dash is None and tail is not None and _AGENCY_TAIL.match(text, place.start, pos + 2):
        # "Damascus, SANA-Army units ...": the agency touches the dash of the sentence's first word
        dash = _TOUCHING.match(text, pos, end)
    if dash is None and caps:
        dash = _CAPS_END.match(text, pos, end)
        if dash is None and agency is not None:
            return Dateline(span_at(text, place.start, pos), place, date, named_only=inner)  # "ATLANTA (AP) An aide"
        if dash is None:
            dash = _CAPS_COLON.match(text, pos, end)
        named_only = dash is not None and hit is None and agency is None
    if dash is None and opening and hit is None and agency is None and tail is None:
        dash = _OPENING.match(text, pos, end)
        named_only = True
    if dash is None:
        # "PARIS, 12 mars 2019, ..." opens a dateline in capitals; "Lundi, 12 mars 2019, ..." is a sentence
        if hit is None or not place.text[:4].isupper():
            return None
        return Dateline(span_at(text, place.start, hit[2]), place, date)
    end_at = dash.end()
    if hit is None and not caps and not _UNDATED_PLACE.fullmatch(place.text):
        return None  # "Des manifestants ont défilé - ...": every word of an undated dateline's name is capitalised
    if hit is None and not (caps or agency or tail or named_only):
        return None  # "Ram - raiders hit Paris jewellery store": a title's hyphenated word, no dateline
    if hit is None:
        # the agency first and the date between dashes: "KABUL, Afghanistan (AP) - Oct. 3, 2014 - "
        later = date_at(folded, end_at, g, year_hint)
        after = _END.match(text, later[2], end) if later else None
        if later and after:
            hit, end_at = later, after.end()
            date = Found(hit[0].isoformat(), "dateline", span_at(text, hit[1], hit[2]))
    return Dateline(span_at(text, place.start, end_at), place, date, named_only=(named_only or inner) and hit is None)


def find_published(text: str, paragraphs: Sequence[Span], lang: str, year_hint: int | None = None) -> Found | None:
    """The publication date the article states: a dated dateline, else a byline, else a date line beside
    an undated dateline or one a byline signs, else a bare date line under the title (source `line`),
    else an update line; None if it states none. A bare date line is a line that is a full date and
    nothing else but its clock time, among the first lines before the body ("Tuesday, March 12, 2019",
    "12 Mar 2019 10:02 GMT"). Such a date does not end an incident report's range
    (`eventmill.incidents.reports`): read before that, lines with a clock time lowered ecb_incidents
    check pairs F1 0.818 -> 0.803; now it stays 0.818."""
    line = find_dateline(text, paragraphs, lang, year_hint)
    if line is not None and line.date is not None:
        return line.date
    folded = fold(text)
    g = in_article_order(grammar(lang), folded, line.span if line is not None else None)
    head = list(paragraphs[:HEAD_PARAGRAPHS])
    tail = [p for p in paragraphs[-TAIL_PARAGRAPHS:] if p not in head]
    lines: dict[str, Found] = {}
    for p in head + tail:
        for kind, found in bylines(text, folded, p, g, year_hint):
            lines.setdefault(kind, found)
    if line is not None and ("(" in line.span.text or line.place.text.isupper() or _AGENCY_TAIL.match(line.span.text)):
        # "WASHINGTON (AP) —", "Hama, SANA –" with the date on a line of its own just above or below (a
        # title "Ram - Raid on ..." is no dateline: its name is neither in capitals nor followed by an agency)
        at = next(i for i, p in enumerate(head) if p.start <= line.span.start < p.end)
        near = [d for p in head[max(at - 1, 0) : at + 2] if (d := date_line(text, folded, p, g))]
        if near:
            lines.setdefault("line", near[0])
    signed = [d for p in head if (d := signed_line(text, folded, p, g))]
    if signed:
        lines.setdefault("line", signed[0])
    bare = bare_line(text, folded, head, g) or dated_opening(text, folded, head, g)
    stamp = tail_stamp(text, folded, paragraphs, g)
    return lines.get("published") or lines.get("line") or bare or stamp or lines.get("updated")


def filed_before(text: str, paragraphs: Sequence[Span], lang: str, published: str | None) -> str | None:
    """The dateline's date when it is before the publication date given ("BAGHDAD, March 8 (Reuters) -" on
    a page dated March 14, a crawl's date, a later reprint): the day the story was filed, from which its
    weekdays and relative days count ("on Tuesday": March 5, not March 12), when FILED_DAYS or fewer before
    it. None otherwise."""
    if not published or not paragraphs or not published[:4].isdigit():
        return None
    # a dateline with no year is in the publication's year, else the one before ("Dec. 30" on January 2)
    for year in (int(published[:4]), int(published[:4]) - 1):
        line = find_dateline(text, paragraphs, lang, year)
        if line is None or line.date is None or line.date.date == published[:10]:
            return None
        if line.date.date < published[:10]:
            # (a dateline years older than the page is an archive's story or a wrong page date: no count)
            days = (dt.date.fromisoformat(published[:10]) - dt.date.fromisoformat(line.date.date)).days
            return line.date.date if days <= FILED_DAYS else None
    return None


def numeric_order_of(text: str, paragraphs: Sequence[Span], lang: str) -> str:
    """How the article writes all-digit dates, "dmy" or "mdy", in a language that writes both, as its own
    dates and its dateline say (`eventmill.datestamps.day_first_in`); "" when nothing says."""
    g = grammar(lang)
    if g.month_first is None or not paragraphs:
        return ""
    line = find_dateline(text, paragraphs, lang)
    day_first = day_first_in(g, fold(text), line.span if line is not None else None)
    return "" if day_first is None else "dmy" if day_first else "mdy"


def date_in_name(name: str) -> str | None:
    """An ISO date in a file name ("2016-04-09_alep.txt", "afp_20160409.txt"), or None."""
    m = _ISO_IN_NAME.search(name.rsplit("/", 1)[-1])
    if not m:
        return None
    date = safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return date.isoformat() if date else None


def dateline_of(doc: Document) -> Dateline | None:
    """The dateline of a parsed document (see `find_dateline`), its year hint the publication date's; a
    form that is a dateline only when its name is a known place needs a place mention there."""
    if not doc.paragraphs:
        return None
    published = doc.article.published
    places = frozenset(m.span.start for m in doc.mentions if m.kind == "place")
    year = int(published[:4]) if published else None
    # the event stages ask for the same document's dateline several times: the last few answers are kept
    key = (doc.text, doc.paragraphs, doc.lang or "", year, places)
    hit = _LINES.get(key)
    if hit is not None:
        return hit[0]
    found = find_dateline(doc.text, doc.paragraphs, doc.lang or "", year, lambda name: name.start in places)
    keep(_LINES, key, (found,))
    return found


_LINES: dict[tuple, tuple[Dateline | None]] = {}


# an agency credited in brackets before the dash that opens a paragraph, with or without a place before it
# ("April 11 (Reuters) - ...", "11 avril (AFP) - ...")
_CREDIT_DASH = re.compile(r"[^\n().!?]{0,40}?\((?P<agency>[^()\n]{2,30})\)\s*(?:-+|—|–)\s")


def agency_credits(doc: Document) -> list[Span]:
    """The agencies credited in brackets at the head of the first paragraphs: no party to any event."""
    out = []
    for p in doc.paragraphs[:DATELINE_PARAGRAPHS]:
        m = _CREDIT_DASH.match(doc.text, p.start, p.end)
        if m:
            out.append(span_at(doc.text, m.start("agency"), m.end("agency")))
    return out
