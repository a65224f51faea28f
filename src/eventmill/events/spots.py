"""The event's own words for where it happened, when they name no place: a common noun of place after a
locative word in the clause of the event's trigger ("fighting broke out in the main Catholic areas",
"des bombes ont été larguées sur un petit village", "a man was killed in the Markets area").

Such words say where, but not in which town. The ladder of `eventmill.events.location` still finds the
point: the spot takes that place (its point, name, precision and confidence) and stands as the event's location,
so the location's words are the event's own ("main Catholic areas", at Belfast) instead of a street named
in another sentence or the article's focus. A place named in the event's own clause that is a town or
finer stays the location: it says more than "the village". A spot with no place to take stays unused:
a location of "the area" alone would say nothing a map or a spreadsheet can use.

The nouns are the language's `site` and `spot` words of `placecues.tsv` ("market", "hospital",
"area", "village", "quartier"); the locative words are its `locative` ones ("in", "at", "dans", "sur").
"""

from __future__ import annotations

from eventmill.events.location import Locator
from eventmill.events.placefit import rank, within
from eventmill.events.raw import RawEvent
from eventmill.models import Mention, Span
from eventmill.placecues import SITE, place_cues
from eventmill.text import norm

SPOT = "spot"
# a place of these precisions read in the event's own clause says more than a spot: it stays the location
KEEP_PRECISIONS = ("neighbourhood", "town", "admin2")
# the words before the noun that belong to its phrase ("the main Catholic areas", "un petit village");
# after it, only adjectives ("la base militaire française")
MODIFIERS = ("amod", "compound", "nummod", "flat", "nmod:poss")


def spot(locator: Locator, ev: RawEvent, location: Mention | None, source: str) -> tuple[Mention, str] | None:
    """The event's location told in its own words and the rung that gave its point, or None to keep
    `location`. A place named inside the words gives the point ("devant la base militaire de Niamey",
    the rung `clause`), else the place found, unchanged: the spot adds words, not a point (nor a guess
    at one that incident linking would have to leave out, as it does a named site's)."""
    if location is not None and location.place is not None:
        if source == "clause" and location.place.precision in KEEP_PRECISIONS:
            return None
    own = ev.own_triggers
    if not own:
        return None
    main = ev.trigger if ev.trigger in own else own[0]
    k = _spot_token(locator, main.start)
    if k is None:
        return None
    if location is not None and k in locator.tree.ancestors(locator.token(location.span.start)):
        return None  # the place found is named in the spot's own phrase ("in Dand area of Baghlan province")
    inside = _named_inside(locator, k)
    if inside is not None and inside.place is not None and location is not None and location.place is not None:
        # a finer place found that lies in the region the spot's phrase names is the spot's point ("a
        # rebel-held town in Idlib province ... the town of Maarat al-Numan")
        if rank(location) < rank(inside) and within(location.place, inside.place):
            return Mention(kind="place", span=_phrase_span(locator, k, inside), place=location.place, head=k), source
    if inside is not None:
        return Mention(kind="place", span=_phrase_span(locator, k, inside), place=inside.place, head=k), "clause"
    if location is None or location.place is None:
        return None
    return Mention(kind="place", span=_phrase_span(locator, k), place=location.place, head=k), source


def _named_inside(locator: Locator, k: int) -> Mention | None:
    """A resolved place named in the noun's own phrase ("la base militaire française de Niamey"): one the
    location ladder could take (not a party, and lying in the larger places named after it), or one the
    mentions stage kept as context near the article's places (`nearby`); the first one."""
    eligible = [m for m in locator.places if m.place is not None and locator.fit.fits(m)]
    eligible += [m for m in locator.doc.mentions if m.kind == "nearby" and m.place is not None]
    for m in sorted(eligible, key=lambda m: m.span.start):
        if k in locator.tree.ancestors(locator.token(m.span.start)):
            return m
    return None


def _spot_token(locator: Locator, pos: int) -> int | None:
    """The nearest spot noun after a locative word in the trigger's own phrase, else in its clause."""
    v = locator.token(pos)
    top, clause = locator.clause(pos)
    taken = {locator.token(m.span.start) for m in locator.all_places}
    for scope in (locator.phrase(pos), clause):
        found = [
            k for k in scope if k != v and k not in taken and _is_spot(locator, k) and _governed(locator, k, (v, top))
        ]
        if found:
            return min(found, key=lambda k: (abs(k - v), k))
    return None


def _is_spot(locator: Locator, k: int) -> bool:
    tok = locator.toks[k]
    if tok.pos != "NOUN" or not tok.text[:1].islower():
        return False
    cues = place_cues(locator.doc.lang or "")
    hints = set(cues.get(norm(tok.lemma))) | set(cues.get(norm(tok.text)))
    if not hints & {SITE, SPOT}:
        return False
    return locator.locative_case(k)


def _governed(locator: Locator, k: int, heads: tuple[int, int]) -> bool:
    """The first verb above token k, or the trigger, is one of `heads`: not a participle that tells of
    something else ("arrested the culprits, filmed by cameras posted in the streets")."""
    for a in locator.tree.ancestors(k):
        if a in heads:
            return True
        if locator.toks[a].pos in ("VERB", "AUX"):
            return False
    return False


def _phrase_span(locator: Locator, k: int, inside: Mention | None = None) -> Span:
    """The noun and the modifiers next to it that hang on it ("main Catholic areas", "base militaire
    française"), through the place named in its phrase if there is one ("... de Niamey")."""
    toks, first, last = locator.toks, k, k
    kids = set(locator.tree.children(k))
    while first - 1 in kids and toks[first - 1].dep in MODIFIERS:
        first -= 1
    while toks[first].pos == "PUNCT" and first < k:
        first += 1
    while last + 1 in kids and toks[last + 1].dep in ("amod", "flat"):
        last += 1
    text = locator.doc.text
    start, end = toks[first].start, toks[last].start + len(toks[last].text)
    if inside is not None:
        end = max(end, inside.span.end)
    return Span(start, end, text[start:end])
