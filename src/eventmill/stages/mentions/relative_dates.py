"""Relative date phrases ("yesterday", "la semaine dernière", "two years ago", "over the weekend"),
counted from the publication date, and sequels ("the next day", "la veille") counted from the last day
the text named before them; the phrases come from the language's `dates.tsv` (`eventmill.stages.mentions.dates`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from eventmill import datafiles
from eventmill.models import DateValue, Token
from eventmill.phrases import PhraseIndex, norm_words
from eventmill.stages.mentions.numbers import digit_value, quantity_lexicon
from eventmill.text import norm

# `week` is a calendar week, resolved to its Monday ("last week"); `weeks` counts seven days a step from the
# publication day ("a week ago" is the day a week before it), precision week all the same
UNITS = ("day", "week", "weeks", "weekend", "month", "year")
# the precision of a unit that is not one (`DateValue.precision`): a weekend is its Saturday
_PRECISION = {"weeks": "week", "weekend": "day"}
# In a relative phrase, this word stands for one number token: "n weeks ago", "il y a n ans".
NUMBER = "n"


@dataclass(frozen=True, slots=True)
class Shift:
    """A relative phrase: `offset` units from the publication date (times the number of an `n` phrase),
    or for a `sequel` ("the next day", "la veille") days from the last day the text named before it."""

    offset: int
    unit: str = "day"
    sequel: bool = False
    occasion: str = ""  # a dated occasion ("the eve of Eid al-Adha"): `offset` days from its day (`occasions.tsv`)


@dataclass(frozen=True, slots=True)
class DateHit:
    first: int
    last: int
    value: DateValue


def after_last_day(hits: list[DateHit], hit: DateHit, offset: int, said: frozenset[int] = frozenset()) -> DateHit:
    """A sequel ("the next day", "la veille") resolved against the last day named before it, None
    when none was; a day on which a source spoke (`said`: first tokens) only when no other was named ("shelled
    the town on Sunday, the Observatory said on Tuesday. The previous day, ...": Saturday)."""
    days = [h for h in hits if h.value.precision == "day" and h.value.value]
    told = [h for h in days if h.first not in said] or days
    last = told[-1].value.value if told else None
    if last is None:
        return hit
    day = dt.date.fromisoformat(last[:10])
    if not -(day - dt.date.min).days <= offset <= (dt.date.max - day).days:
        return hit
    return dataclasses.replace(hit, value=DateValue((day + dt.timedelta(days=offset)).isoformat(), "day"))


def when_said(tokens: Sequence[Token], k: int, verbs: frozenset[str]) -> bool:
    """Token k follows the reporting verb it hangs on, the first verb above it ("said on Tuesday")."""
    seen = {k}
    a = tokens[k].head
    while a not in seen and 0 <= a < len(tokens):
        t = tokens[a]
        if t.pos in ("VERB", "AUX"):
            return a < k and norm(t.lemma) in verbs
        seen.add(a)
        a = t.head
    return False


def relative_phrases(
    tokens: Sequence[Token],
    lang: str,
    phrases: PhraseIndex[Shift | None],
    pub: dt.date | None,
    stops: set[int],
    sequels: dict[int, int],
) -> dict[int, DateHit]:
    """Relative phrases, by first token, resolved against the publication date; the last token of each
    stop phrase goes in `stops`, the first of each sequel in `sequels` with its offset (resolved later
    against the day named before it)."""
    counts = _counts(tokens, lang)
    out: dict[int, DateHit] = {}
    for m in phrases.scan_words(*_as_matched(tokens, counts)):
        shift = m.values[0]
        if m.first == m.last and tokens[m.first].dep.startswith("amod"):
            continue  # one word as an adjective on a noun is a kind, not a date: "an overnight curfew"
        if shift is None:
            stops.add(m.last)
            continue
        if NUMBER in m.key.split():
            found = [counts[k] for k in range(m.first, m.last + 1) if k in counts]
            if len(found) != 1:
                continue
            shift = dataclasses.replace(shift, offset=shift.offset * found[0])
        if shift.sequel:
            sequels[m.first] = shift.offset
            out[m.first] = DateHit(m.first, m.last, DateValue(None, "day"))
            continue
        out[m.first] = DateHit(m.first, m.last, _shifted(pub, shift))
    return out


def _weekend(pub: dt.date, offset: int) -> dt.date:
    """The Saturday of a weekend: the latest one up to the publication day ("over the weekend", "ce
    week-end"), the one before it when said on a weekend day (`offset` -1: "last weekend"), or the next
    (`offset` 1)."""
    back = (pub.weekday() - 5) % 7  # days since the last Saturday: 0 on a Saturday, 1 on a Sunday
    latest = pub - dt.timedelta(days=back)
    if offset < 0 and back <= 1:
        return latest - dt.timedelta(weeks=1)
    return latest + dt.timedelta(weeks=max(offset, 0))


def _as_matched(tokens: Sequence[Token], counts: dict[int, int]) -> tuple[list[Sequence[str]], list[int]]:
    """The tokens as the phrase matcher sees them (their words and segments): a number is `n`, and
    a segment is a sentence that also ends at punctuation.

    So a phrase never spans a comma ("Cette semaine, la police" is not the stop phrase "cette
    semaine-là") but spans a hyphen inside a word ("ce mois-ci"). A literal "n" stays a word.
    """
    words: list[Sequence[str]] = []
    segments: list[int] = []
    segment = 0
    for k, t in enumerate(tokens):
        if k and (t.sent != tokens[k - 1].sent or _ends_phrase(tokens, k - 1)):
            segment += 1
        words.append((NUMBER,) if k in counts else norm_words(t.text))
        segments.append(segment)
    return words, segments


def _ends_phrase(tokens: Sequence[Token], k: int) -> bool:
    """Whether token k is punctuation other than a hyphen glued to both neighbours."""
    t = tokens[k]
    if norm(t.text):
        return False
    glued = 0 < k < len(tokens) - 1 and tokens[k - 1].end == t.start and t.end == tokens[k + 1].start
    return not (t.text == "-" and glued)


def _counts(tokens: Sequence[Token], lang: str) -> dict[int, int]:
    """Tokens that are one exact number ("3", "trois"), with their value; vague ones ("quelques") are not."""
    out = {}
    for k, t in enumerate(tokens):
        value = _exact_number(t.text, lang)
        if value is not None:
            out[k] = value
    return out


@lru_cache(maxsize=100_000)
def _exact_number(text: str, lang: str) -> int | None:
    """The value of a token's text that is one exact number, else None (kept: most words come back)."""
    value = digit_value(text)
    if value is None:
        lex = quantity_lexicon(lang)
        exact = [q.value for q in lex.phrases.get(text) if q.value is not None and q.low == q.high == q.value]
        value = exact[0] if exact else None
    return value


def _shifted(pub: dt.date | None, shift: Shift) -> DateValue:
    """The day, week (its Monday, or for `weeks` the day counted back), month or year `shift` away from the publication date; None if unknown."""
    if pub is None:
        return DateValue(None, _PRECISION.get(shift.unit, shift.unit))
    if shift.occasion:
        return _occasion_day(pub, shift)
    try:
        if shift.unit == "weekend":
            return DateValue(_weekend(pub, shift.offset).isoformat(), "day")
        if shift.unit == "day":
            return DateValue((pub + dt.timedelta(days=shift.offset)).isoformat(), "day")
        if shift.unit == "weeks":
            return DateValue((pub + dt.timedelta(weeks=shift.offset)).isoformat(), "week")
        if shift.unit == "week":
            day = pub + dt.timedelta(weeks=shift.offset)
            return DateValue((day - dt.timedelta(days=day.weekday())).isoformat(), "week")
    except OverflowError:
        return DateValue(None, _PRECISION.get(shift.unit, shift.unit))
    months = pub.year * 12 + pub.month - 1 + shift.offset * (12 if shift.unit == "year" else 1)
    year, month = divmod(months, 12)
    if not 1 <= year <= 9999:
        return DateValue(None, shift.unit)
    return DateValue(f"{year:04d}-{month + 1:02d}" if shift.unit == "month" else f"{year:04d}", shift.unit)


@lru_cache(maxsize=1)
def occasion_days() -> dict[str, tuple[dt.date, ...]]:
    """The days of dated occasions whose day moves in the solar calendar (`xx/occasions.tsv`), by occasion."""
    out: dict[str, list[dt.date]] = {}
    for row in datafiles.table(datafiles.SHARED, "occasions.tsv"):
        try:
            out.setdefault(row.get("occasion", ""), []).append(dt.date.fromisoformat(row.get("date", "")))
        except ValueError:
            continue
    return {k: tuple(sorted(v)) for k, v in out.items()}


@lru_cache(maxsize=1)
def fixed_days() -> dict[str, tuple[int, int]]:
    """The month and day of occasions kept on the same day every year (`--MM-DD` in `xx/occasions.tsv`: Christmas)."""
    out: dict[str, tuple[int, int]] = {}
    for row in datafiles.table(datafiles.SHARED, "occasions.tsv"):
        if (day := row.get("date", "")).startswith("--") and len(day) == 7:
            out[row.get("occasion", "")] = (int(day[2:4]), int(day[5:7]))
    return out


def _occasion_day(pub: dt.date, shift: Shift) -> DateValue:
    """The day `shift.offset` days from the latest day of the occasion that puts it on or before the
    publication day ("on the eve of Eid al-Fitr" said on that eve); None when the table has none."""
    days = [d + dt.timedelta(days=shift.offset) for d in occasion_days().get(shift.occasion, ())]
    if (fixed := fixed_days().get(shift.occasion)) is not None:  # "on New Year's Eve": that of this year or the last
        days = [dt.date(y, *fixed) + dt.timedelta(days=shift.offset) for y in (pub.year - 1, pub.year)]
    past = [d for d in days if d <= pub]
    return DateValue(past[-1].isoformat() if past else None, "day")
