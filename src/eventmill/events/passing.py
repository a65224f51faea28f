"""Places a clause names as where something came from: the launch site of a projectile ("a drone launched from
Sanaa hit a parade in Al-Anad"), the home of the people it tells of ("families from Maarat al-Numan who live near
Harem said a drone struck their camp"). They are no event's place while the same scope names another, unless the
event's own word moves ("fired rockets from Gaza"). Where people go is kept: they meet there ("negotiators return
to Geneva for talks")."""

from __future__ import annotations

from collections.abc import Sequence, Set
from typing import Protocol

from eventmill.models import Mention, Span, Token
from eventmill.placecues import place_cues
from eventmill.text import norm
from eventmill.tree import Tree


class Clauses(Protocol):
    """What `settled` reads of a document's clause structure (`eventmill.events.location.Locator`)."""

    @property
    def toks(self) -> Sequence[Token]: ...

    @property
    def tree(self) -> Tree: ...

    @property
    def lang(self) -> str: ...

    def token(self, pos: int) -> int: ...


SOURCE = "source"  # the place cue of a word for where a thing came from ("from", "depuis")
MAX_HOPS = 8  # a place hangs this many words below the verb it describes at most


def passing(toks: Sequence[Token], tree: Tree, lang: str, m: Mention, own: Set[int]) -> bool:
    """Mention m lies under a word for where a thing came from ("from") on its way up to the first verb above it,
    and that verb is none of the event's own words (`own`: their tokens)."""
    k = m.head
    if not 0 <= k < len(toks):
        return False
    cues = place_cues(lang)
    moved = False
    for _ in range(MAX_HOPS):
        t = toks[k]
        if k in own:
            return False
        if t.pos in ("VERB", "AUX") or t.head == k:
            return moved
        moved = moved or any(SOURCE in cues.get(norm(toks[c].text)) for c in tree.children(k, "case"))
        k = t.head
    return False


def settled(found: Sequence[Mention], loc: Clauses, own: Sequence[Span]) -> list[Mention]:
    """The resolved places of one scope, leaving out those named as where something came from when
    another is named (`own`: the event's own triggers)."""
    mine = {loc.token(t.start) for t in own}
    placed = [m for m in found if m.place]
    kept = [m for m in placed if not passing(loc.toks, loc.tree, loc.lang, m, mine)]
    return kept or placed
