"""The place an article is about, the last rung of an event's place (`eventmill.events.location`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from eventmill.models import Mention


def focus_of(places: Sequence[Mention]) -> Mention | None:
    """The town or district the article names most if named at least twice (the first one, on a tie),
    else the first one it names (the lead's), else the country it names most; the dateline's places
    are left out by the caller."""
    resolved = [m for m in places if m.place]
    counts = Counter(m.place.gid or m.place.name for m in resolved if m.place)

    def key(m: Mention) -> str:
        return m.place.gid or m.place.name if m.place else ""

    def country(m: Mention) -> bool:
        return bool(m.place and m.place.precision == "country")

    specific = [m for m in resolved if not country(m)]
    if specific:
        top = max(specific, key=lambda m: (counts[key(m)], -m.span.start))
        return top if counts[key(top)] >= 2 else specific[0]
    countries = [m for m in resolved if country(m)]
    if countries:
        return max(countries, key=lambda m: (counts[key(m)], -m.span.start))
    return None


def filed_abroad(dateline: Mention | None, focus: Mention | None, named: Sequence[Mention] = ()) -> bool:
    """The dateline is in another country than the places the article tells of ("BEIRUT (AP) --" over
    strikes in Idlib): where the report was filed, not where its incidents were. Not a dateline that names
    its town's country (`named`, the dateline's places: "QAMISHLI, Syria (AP) —"): the wires name the country
    of a town the reader may not know, where the story is, and file from abroad under a city alone."""
    place, main = dateline.place if dateline else None, focus.place if focus else None
    if place and any(m.place and m.place.precision == "country" and m.place.country == place.country for m in named):
        return False
    return bool(place and main and place.country and main.country and place.country != main.country)
