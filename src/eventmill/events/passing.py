"""Places a clause names as where something came from: the launch site of a projectile ("a drone launched from
Sanaa hit a parade in Al-Anad"), the home of the people it tells of ("families from Maarat al-Numan who live near
Harem said a drone struck their camp"). They are no event's place while the same scope names another, unless the
event's own word moves ("fired rockets from Gaza"). Where people go is kept: they meet there ("negotiators return
to Geneva for talks"). So are the places a clause on one of the event's participants names, and where a participant
is posted, comes from or goes ("the army, which recaptured Saraqeb, shelled Kafr Nabl", "shells fired by forces
stationed in Jourin hit Qalaat al-Madiq", "a convoy heading to Kidal was ambushed near Tessalit"), and where the
event's own noun or participle came from when another verb tells what it hit ("artillery fire from Nova Kakhovka hit
Kherson", "a missile launched from Sanaa hit Marib")."""

from __future__ import annotations

from collections.abc import Sequence, Set
from typing import Protocol

from eventmill.models import Mention, Span, Token
from eventmill.phrases import PhraseIndex
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
MOTION = "motion"  # the place cue of a word of leaving or going ("to", "from", "depuis")
POSTED = "posted"  # the cue of a verb (lemma) of being posted or of moving ("stationed", "fled", "heading")
MAX_HOPS = 8  # a place hangs this many words below the verb it describes at most
RELATIVE = ("acl:relcl", "relcl")  # a relative clause on a noun ("the army, which recaptured Saraqeb")
PARTICIPLE = "acl"  # a participle on a noun ("forces stationed in Jourin"); relative clauses start so too


def passing(toks: Sequence[Token], tree: Tree, lang: str, m: Mention, own: Set[int]) -> bool:
    """Mention m lies under a word for where a thing came from ("from") on its way up to the first verb above it,
    and that verb is none of the event's own words (`own`: their tokens)."""
    k = m.head
    if not 0 <= k < len(toks):
        return False
    cues = place_cues(lang)
    moved = going = False
    below = k
    for _ in range(MAX_HOPS):
        t = toks[k]
        if k in own:
            # "artillery fire from X hit Y", "a missile launched from X hit Y": the event's own word on what hit
            if not moved:
                return False
            if t.pos == "VERB" and below != k:
                # "fire from X hit", "gunmen from X attacked Y" (the verb heading its sentence too): its subject's
                return toks[below].dep.startswith("nsubj")
            if t.head == k:
                return False
            h = toks[t.head]
            if t.dep == PARTICIPLE:  # "a missile launched from X hit Y": the participle's noun is what hit
                return h.dep.startswith("nsubj") and toks[h.head].pos == "VERB"
            return t.dep.startswith("nsubj") and h.pos == "VERB"
        if t.pos in ("VERB", "AUX") or t.head == k:
            return moved or (t.head != k and t.head not in own and _on_participant(t, cues, going))
        case = [norm(toks[c].text) for c in tree.children(k, "case")]
        moved = moved or any(SOURCE in cues.get(w) for w in case)
        going = going or any(MOTION in cues.get(w) for w in case)
        below, k = k, t.head
    return False


def _on_participant(verb: Token, cues: PhraseIndex[str], going: bool) -> bool:
    """The verb opens a relative clause on a noun, or is a participle of being posted or of moving on one
    ("forces stationed in Jourin", "a convoy heading to Kidal"), or one the place reaches through a word of going."""
    if verb.dep in RELATIVE:
        return "Tense=Pres" not in verb.morph  # (not where it is now: "families who now live near Harem")
    return verb.dep == PARTICIPLE and (going or POSTED in cues.get(norm(verb.lemma)))


def settled(
    found: Sequence[Mention],
    loc: Clauses,
    own: Sequence[Span],
    scopes: Sequence[tuple[str, Sequence[Mention]]] = (),
) -> list[Mention]:
    """The resolved places of one scope, leaving out those named as where something came from when another is
    named in it or in a clause scope of the event (`scopes`: "a missile launched from Sanaa hit a parade in Al-Anad",
    the participle's phrase names only Sanaa; not the sentence's other clauses; `own`: the event's own triggers)."""
    wider = [m for name, ms in scopes if name == "clause" for m in ms]
    mine = {loc.token(t.start) for t in own}
    placed = [m for m in found if m.place]
    kept = [m for m in placed if not passing(loc.toks, loc.tree, loc.lang, m, mine)]
    if kept or len(kept) == len(placed):
        return kept
    if any(m.place and m not in placed and not passing(loc.toks, loc.tree, loc.lang, m, mine) for m in wider):
        return []
    return placed
