"""Place recall of a folder of hand-written news stories with a `gold.tsv` (story, surface form, name, admin1,
country, lat, lon): the share of gold places some mention puts within 161 km (the LGL and TR-News scorers'
tolerance), a place matched by its surface form, case folded, or a form one of them holds. Shared by
tests/unit/test_geo28_local_news.py and tests/unit/test_geo29_places.py (tests/ is on sys.path through the
top-level conftest.py)."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from pathlib import Path

from eventmill.models import Mention


def km(a: float, b: float, c: float, d: float) -> float:
    """Great-circle distance in km between (a, b) and (c, d), in degrees."""
    r = math.pi / 180
    x = math.sin((c - a) * r / 2) ** 2 + math.cos(a * r) * math.cos(c * r) * math.sin((d - b) * r / 2) ** 2
    return 12742 * math.asin(math.sqrt(x))


def gold(data: Path) -> dict[str, list[tuple[str, float, float]]]:
    """The gold places of each story: (surface form, lat, lon)."""
    out: dict[str, list[tuple[str, float, float]]] = {}
    for line in (data / "gold.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("story\t"):
            continue
        story, surface, _name, _admin1, _country, lat, lon = line.split("\t")[:7]
        out.setdefault(story, []).append((surface, float(lat), float(lon)))
    return out


def recall(data: Path, mentions: Callable[[str], Iterable[Mention]]) -> float:
    """Place recall within 161 km over the stories of `data`; `mentions(story)` codes one story."""
    found = total = 0
    for story, places in gold(data).items():
        got = [(m.span.text.casefold(), m.place) for m in mentions(story)]
        for surface, lat, lon in places:
            total += 1
            s = surface.casefold()
            found += any(p and (t == s or s in t or t in s) and km(lat, lon, p.lat, p.lon) <= 161 for t, p in got)
    return found / total
