"""All-digit dates in running text: ISO "2019-03-12" and day and month in either order with the year
("12/03/2019", "12.03.2019"), read the way the article or the language writes them (see `numeric_date`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from eventmill.datelines import safe_date
from eventmill.models import DateValue, Token

_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](1[89]\d\d|20\d\d)$")
_ISO = re.compile(r"^(1[89]\d\d|20\d\d)-(\d\d)-(\d\d)$")


def numeric_order(tokens: Sequence[Token], custom: str) -> str:
    """How the article writes all-digit dates: "dmy" or "mdy" when one of them can only read one way
    ("25/12/2019"; all agree), else the language's `custom` (`numeric` in dates.tsv), else ""."""
    seen = set()
    for t in tokens:
        m = NUMERIC.match(t.text)
        if m and int(m.group(1)) > 12 >= int(m.group(2)):
            seen.add("dmy")
        elif m and int(m.group(2)) > 12 >= int(m.group(1)):
            seen.add("mdy")
    return seen.pop() if len(seen) == 1 else custom if not seen else ""


def numeric_date(
    tokens: Sequence[Token], k: int, order: str, pub: dt.date | None, weekday: int | None, likely: str = ""
) -> tuple[int, DateValue] | None:
    """The all-digit date at token k and its last token: ISO "2019-03-12" (one token or five), or
    "12/03/2019" and "12.03.2019" read in the article's order. One that could read either way and no
    order says which is the reading its weekday names, else the only one not after the publication
    date, else of those the `likely` order's (the one its dateline suggests); else it keeps only its
    year. None if there is none."""
    t = tokens[k]
    if not t.text[:1].isdigit():
        return None  # every form starts with a digit (`isdigit` holds for all that `\d` matches)
    iso = _ISO.match(t.text)
    last = k
    if iso is None and k + 4 < len(tokens) and _YEAR.match(t.text):
        parts = tokens[k : k + 5]
        glued = all(a.end == b.start for a, b in zip(parts, parts[1:]))
        joined = "".join(p.text for p in parts)
        iso, last = (_ISO.match(joined), k + 4) if glued else (None, k)
    if iso is not None:
        date = safe_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        return (last, DateValue(date.isoformat(), "day")) if date else None
    m = NUMERIC.match(t.text)
    if m is None:
        return None
    a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if a == b or a > 12 or b > 12:
        day, month = (a, b) if a > 12 or (a == b) else (b, a)
    elif order:
        day, month = (a, b) if order == "dmy" else (b, a)
    else:  # 03/04/2019 in English: 3 April or March 4
        readings = [d for d in (safe_date(year, b, a), safe_date(year, a, b)) if d]
        fits = [d for d in readings if weekday is not None and d.weekday() == weekday]
        fits = fits or [d for d in readings if weekday is None and pub is not None and d <= pub]
        if len(fits) == 2 and likely:
            fits = [fits[0] if likely == "dmy" else fits[1]]
        if len(fits) != 1:
            return k, DateValue(f"{year:04d}", "year")
        return k, DateValue(fits[0].isoformat(), "day")
    date = safe_date(year, month, day)
    return (k, DateValue(date.isoformat(), "day")) if date else None
