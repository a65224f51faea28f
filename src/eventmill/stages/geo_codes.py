"""A state, province or territory written short right after one of its towns ("AUGUSTA, Me. --", "Brandon,
Man.", "Provo, UT", "Bunbury, WA"): the division `xx/divisioncodes.tsv` gives the code, read only there.

The gazetteer cannot hold these as names: "Me." and "OR" fold onto the words "me" and "or", and "ME" as a name
alone would be any village spelt Me. After a town they are the division that holds it, and the town is read
inside it (`containers.container`). A code of two countries ("WA", "NT") is the one holding a town of the name
before it; a bare postal code ("SA") is read only when the town before it lies in that division, or is no
name the gazetteer knows ("Deep Gap, NC"), so that "Cape Town, SA" stays South Africa's.
"""

from __future__ import annotations

import re
from functools import cache

from eventmill import datafiles
from eventmill.geo import Geocoder
from eventmill.models import Document, Mention, Place

# a comma and a space after the town, then the code: letters and stops, with no letter right after it
HOMONYMS = 50  # a town's homonyms read for one inside the division ("Bristol, ME": not Connecticut's, the bigger)
CODE = re.compile(r", ?([A-Z][A-Za-z.]{0,5})(?![A-Za-z])")


@cache
def division_codes() -> dict[str, tuple[tuple[str, str], ...]]:
    """The (alpha-2 country, first-level division) pairs each code may stand for, as written."""
    out: dict[str, list[tuple[str, str]]] = {}
    for r in datafiles.table(datafiles.SHARED, "divisioncodes.tsv"):
        if r.get("code") and r.get("country") and r.get("division"):
            out.setdefault(r["code"], []).append((r["country"], r["division"]))
    return {code: tuple(rows) for code, rows in out.items()}


def code_at(text: str, end: int) -> tuple[int, int] | None:
    """The offsets of a division code right after a name ending at `end` and a comma, or None."""
    found = CODE.match(text, end)
    if found is None:
        return None
    code = found.group(1)
    # "Tulsa, OK." ends a sentence: the stop is the sentence's, not the code's
    while code and code not in division_codes():
        if not code.endswith("."):
            return None
        code = code[:-1]
    return (found.start(1), found.start(1) + len(code)) if code else None


def coded_division(geo: Geocoder, doc: Document, town: Mention, code: Mention) -> Place | None:
    """The division a code right after a town stands for ("Augusta, Me.": Maine), or None. The code's
    mention may leave out its stop ("Ida" of "Ida.")."""
    at = code_at(doc.text, town.span.end)
    if at is None or code.span.start != at[0] or code.span.text.rstrip(".") != doc.text[at[0] : at[1]].rstrip("."):
        return None
    return division_of(geo, doc.lang, town.span.text, doc.text[at[0] : at[1]])


def division_of(geo: Geocoder, lang: str | None, town: str, code: str) -> Place | None:
    """The division `code`, written right after the town named `town`, stands for, or None."""
    rows = division_codes().get(code, ())
    homonyms = geo.candidates(town, lang=lang)[:HOMONYMS]
    fits = []
    for country, name in rows:
        division = geo.lookup(name, countries=(country,), hint="admin1")
        if division is None or division.precision != "admin1" or division.country != country:
            continue
        if any(p.country == country and p.admin1 == name and p.precision != "admin1" for p in homonyms):
            return division
        fits.append(division)
    # a code of one division written with its stops ("Me.", "Man.") names it; a bare postal code only when
    # the town is no name the gazetteer knows, which then cannot say it lies elsewhere
    sure = len(rows) == 1 and ("." in code or not geo.is_place_name(town))
    return fits[0] if sure and fits else None


def coded_divisions(geo: Geocoder, doc: Document, places: list[tuple[int, Mention]]) -> dict[int, Place]:
    """The divisions of the place mentions that are codes right after a town, by mention index."""
    out = {}
    ordered = sorted(places, key=lambda im: im[1].span.start)
    for (_, town), (i, code) in zip(ordered, ordered[1:]):
        if (place := coded_division(geo, doc, town, code)) is not None:
            out[i] = place
    return out
