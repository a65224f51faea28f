"""Stage 5: resolve place mentions to coordinates through the geocoder interface (`eventmill.geo`).

Context makes the choice: the countries the article names, places already resolved nearby, and cue
words before the name ("la province d'Alep" -> admin1, "le quartier de" -> neighbourhood) read from
the language's `placecues.tsv`.
"""

from __future__ import annotations

import dataclasses
import re

from eventmill.actor_lexicon import iso2
from eventmill.config import Config
from eventmill.geo import HINTS, approximate, load_geocoder
from eventmill.models import Document, Mention
from eventmill.phrases import PhraseIndex
from eventmill.placecues import place_cues
from eventmill.registry import stage
from eventmill.text import norm


def _hint(doc: Document, mention: Mention, cues: PhraseIndex[str]) -> str | None:
    """The cue word right before the mention ("province d'Alep" -> admin1), skipping linking words."""
    words = norm(doc.text[max(0, mention.span.start - 40) : mention.span.start]).split()[-4:]
    while words and "link" in cues.get(words[-1]):
        words.pop()
    if not words:
        return None
    return next((h for h in cues.get(words[-1]) if h in HINTS), None)


def _approximate(doc: Document, mention: Mention, cues: PhraseIndex[str]) -> bool:
    """'aux alentours de X', 'au nord-est de la province de X': an approximation cue before the name."""
    before = re.split(r"[.,!?;:\n]", doc.text[max(0, mention.span.start - 60) : mention.span.start])[-1]
    words = norm(before).split()

    def drop_links() -> None:
        while words and "link" in cues.get(words[-1]):
            words.pop()

    drop_links()
    if words and any(h in HINTS for h in cues.get(words[-1])):  # "la province de", "le quartier de"
        words.pop()
        drop_links()
    return any("approx" in cues.get(" ".join(words[-n:])) for n in (2, 1) if len(words) >= n)


@stage("geocode", 2, needs=("mentions",), fills=("mentions",))
def geocode(doc: Document, config: Config) -> Document:
    """Give every place mention a `Place` (or leave it None when the gazetteer does not know it)."""
    geo = load_geocoder()
    cues = place_cues(doc.lang)
    countries = tuple(
        dict.fromkeys(
            iso2(m.actor.country) for m in doc.mentions if m.kind == "actor" and m.actor and m.actor.kind == "country"
        )
    )
    countries = tuple(c for c in countries if c)
    resolved: dict[int, Mention] = {}
    near: list[tuple[float, float]] = []
    places = [(i, m) for i, m in enumerate(doc.mentions) if m.kind == "place"]
    # countries first, then the rest in two passes so later lookups can use earlier coordinates
    for i, m in places:
        country = geo.country(m.span.text, lang=doc.lang)
        if country is not None:
            resolved[i] = dataclasses.replace(m, place=country)
    for _ in range(2):
        for i, m in places:
            done = resolved[i].place if i in resolved else None
            if done and done.precision == "country":
                continue
            place = geo.lookup(
                m.span.text, lang=doc.lang, countries=countries, near=tuple(near), hint=_hint(doc, m, cues)
            )
            if place is not None:
                if _approximate(doc, m, cues):
                    place = approximate(place)  # "aux alentours de X": near X, not at it
                resolved[i] = dataclasses.replace(m, place=place)
        near = [(r.place.lat, r.place.lon) for r in resolved.values() if r.place and r.place.precision != "country"]
        if not near:
            break
    out = tuple(resolved.get(i, m) for i, m in enumerate(doc.mentions))
    return dataclasses.replace(doc, mentions=out)
