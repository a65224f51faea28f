"""Whether resolved places fit together: a town inside the province or country named beside it ("Sayad area of
Char Dara district, Kunduz province"), used by `eventmill.events.location` to choose an event's place."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence, Set
from functools import cache

from eventmill import datafiles, ontology
from eventmill.distance import km
from eventmill.events.raw import RawEvent
from eventmill.gazetteer_keys import fold_key
from eventmill.geo import UNLISTED, WOF_DISTRICT
from eventmill.models import Document, Mention, Place, Token
from eventmill.placecues import SITE, after_locative, place_cues, region_key
from eventmill.text import norm
from eventmill.tree import Tree

# the most specific place wins; an unresolved one ranks after a town
PRECISION_RANK = {"neighbourhood": 0, "town": 1, "admin2": 2, "admin1": 3, "country": 5}
# two places of one country with differently spelled admin1 names still fit when this close (km): gazetteers
# spell a province differently ("Konduz", "Kunduz") more often than they misplace a town
NEAR_KM = 60
# a place whose province the gazetteer leaves blank lies in a province it is this near (km): the
# centroid of a large province (Aleppo, Helmand) is over 60 km from its outer districts
UNKNOWN_ADMIN1_KM = 150
# a district this near a province said to hold it lies there ("Ghormach (Faryab)", 88 km), and so does a town this
# near a Who's On First district of its province: the Sahel's and Mozambique's run 100 km across ("Quiterajo village
# of Macomia district", 65 km; "Abala commune (Filingue department)", 66 km); a homonym of another province stays out
MOVED_DISTRICT_KM = 100
GAP = 14  # tokens from a place to the larger one it lies in ("Dand-e-Ghori area of Pul-e-Khumri district, Baghlan")
APPROX_GAP = 6  # tokens from a place to the point of reference after it ("Douma, on the outskirts of Damascus")
# words that end a place's description: a list goes on ("Kunduz, Baghlan and Takhar"), or a motion
# joins two places ("from Kunduz to Baghlan")
BREAKS = ("conj", "motion")


def rank(m: Mention) -> int:
    return PRECISION_RANK.get(m.place.precision, 1) if m.place else 4


def best_place(places: Sequence[Mention], doc: Document) -> Mention | None:
    """The most specific place, preferring one introduced by a locative preposition ("à Grenoble")."""
    if not places:
        return None
    return min(places, key=lambda m: (rank(m), 0 if after_locative(doc, m) else 1))


def is_country(m: Mention) -> bool:
    return bool(m.place and m.place.precision == "country")


def listed(m: Mention) -> Mention:
    """The mention, without its place when the place is only the one that holds it (`geo.UNLISTED`)."""
    return dataclasses.replace(m, place=None) if m.place is not None and m.place.feature == UNLISTED else m


def coordinated(toks: Sequence[Token], a: int, b: int) -> bool:
    """Two clause heads joined by a conjunction ("marched in Paris and clashed with police")."""
    ta, tb = toks[a], toks[b]
    return (ta.dep == "conj" and ta.head == b) or (tb.dep == "conj" and tb.head == a)


def within(p: Place, q: Place) -> bool:
    """Place p lies in the larger place q (its country, or its province when the gazetteer says so or
    the two are close; its district only when close: not a Karez of the same province 190 km off)."""
    if p.country != q.country:
        return False
    if q.precision == "country":
        return True
    same = bool(p.admin1 and q.admin1 and region_key(p.admin1) == region_key(q.admin1))
    if same and q.precision != "admin2":
        return True
    reach = UNKNOWN_ADMIN1_KM if not p.admin1 and q.precision == "admin1" else NEAR_KM
    wide = (p.precision, q.precision) == ("admin2", "admin1") or (same and q.feature == WOF_DISTRICT)
    reach = max(reach, MOVED_DISTRICT_KM) if wide else reach
    return km(p.lat, p.lon, q.lat, q.lon) <= reach


@cache
def sequence_words(lang: str) -> frozenset[str]:
    """Prepositions of a circumstance before or after what is reported ("after", "après"; not "during")."""
    return frozenset(norm(r["word"]) for r in datafiles.tables(lang, "modifiers.tsv") if r.get("kind") == "sequence")


def sequel(toks: Sequence[Token], tree: Tree, k: int, top: int, lang: str) -> bool:
    """Noun trigger k lies in a circumstance before or after what its clause (headed by top) reports
    ("arrested five men in Lyon after the attack", "après l'attentat de Nice"), not during it ("during
    a protest"), or under a noun of such a sequence ("in revenge for government raids", "en représailles
    aux frappes"): a fact of its own, whose place is not that clause's."""
    if toks[k].pos not in ("NOUN", "PROPN"):
        return False
    words = sequence_words(lang)
    seen = set()
    while k != top and k not in seen:
        seen.add(k)
        t = toks[k]
        if t.dep.startswith(("obl", "nmod")) and (
            any(norm(toks[c].text) in words for c in tree.children(k, "case")) or _sequence_noun(toks, t.head, words)
        ):
            return True
        k = t.head
    return False


def before_or_after(toks: Sequence[Token], tree: Tree, k: int, top: int, lang: str) -> bool:
    """Trigger k lies in a clause or phrase of what came before or after what the clause headed by top
    reports ("pounded towns on Wednesday, a day after insurgents launched a counter-attack near X"):
    another incident, merged or not, whose place is not that clause's."""
    if sequel(toks, tree, k, top, lang):
        return True
    words = sequence_words(lang)
    seen = set()
    while k != top and k not in seen and toks[k].head != k:
        seen.add(k)
        if toks[k].dep.startswith("advcl") and any(norm(toks[c].text) in words for c in tree.children(k, "mark")):
            return True
        k = toks[k].head
    return False


def after_cause(toks: Sequence[Token], tree: Tree, k: int, lang: str) -> bool:
    """Token k lies under a noun that names it as the cause of what its sentence reports ("saying it
    was revenge for government raids", "en représailles aux frappes"): another incident."""
    words = sequence_words(lang)
    return any(
        toks[a].dep.startswith(("obl", "nmod")) and _sequence_noun(toks, toks[a].head, words)
        for a in [k, *tree.ancestors(k)]
    )


def apart_from_subject(toks: Sequence[Token], tree: Tree, k: int, lang: str, events: set[int]) -> bool:
    """Verb k opens a clause of what came before or after the incident its sentence names as subject
    ("Tuesday's attack came a day after a roadside bomb killed two soldiers", "l'attaque survient deux
    jours après qu'un engin a tué deux soldats", and its participle, ", killing 22"): another incident."""
    t = toks[k]
    if t.dep == "advcl" and {"VerbForm=Part", "Tense=Pres"} <= set(t.morph.split("|")) and t.head in events:
        k, t = t.head, toks[t.head]
    if t.dep != "advcl" or t.head == k or t.head in events:
        return False
    words = sequence_words(lang)
    if not any(norm(toks[c].text) in words for c in tree.children(k, "mark")):
        return False
    return any(c in events and toks[c].pos == "NOUN" for c in tree.children(t.head, "nsubj"))


def since_date(toks: Sequence[Token], tree: Tree, k: int, dates: set[int], lang: str) -> bool:
    """Token k (a date's word) lies in a date of a circumstance before or after what is reported, a
    sequence word opening it ("the deadliest since January", "depuis janvier"), not in the date the
    clause's incident took place ("occurred on 11 November 2008")."""
    words = sequence_words(lang)
    phrase = [k]
    while toks[phrase[-1]].head in dates and toks[phrase[-1]].head not in phrase:
        phrase.append(toks[phrase[-1]].head)
    return any(norm(toks[c].text) in words for d in phrase for c in tree.children(d, "case"))


def same_incident(
    toks: Sequence[Token], tree: Tree, lang: str, k: int, top: int, typ: str, others: Sequence[tuple[str, int]]
) -> bool:
    """The place at token k, in the clause headed by top, belongs to that clause's event of type typ,
    though the phrases of `others` (another event's type and noun trigger) hold it: none do, or each is
    of that type and tells the clause's incident ("killed in an ambush near Djibo"), not one before
    or after it ("after the attack in Paris") nor its cause ("in revenge for the attack in Idlib")."""
    if not others:
        return True
    if any(t != typ or sequel(toks, tree, n, top, lang) for t, n in others):
        return False
    return not after_cause(toks, tree, k, lang)


def _sequence_noun(toks: Sequence[Token], k: int, words: frozenset[str]) -> bool:
    return toks[k].pos == "NOUN" and norm(toks[k].lemma) in words


class Fit:
    """The larger places a document names right after each place, to drop a reading of a name that
    lies outside them (a village the gazetteer put in another province)."""

    def __init__(self, toks: Sequence[Token], places: list[Mention], token_of: dict[int, int], lang: str):
        self.toks, self.token_of, self.cues = toks, token_of, place_cues(lang)
        self.ordered = sorted((m for m in places if m.place), key=lambda m: m.span.start)
        self.by_first = {token_of[id(m)]: m for m in self.ordered}

    def last_token(self, m: Mention) -> int:
        k = self.token_of[id(m)]
        while k + 1 < len(self.toks) and self.toks[k + 1].start < m.span.end:
            k += 1
        return k

    def containers(self, m: Mention) -> list[Mention]:
        """The places that follow m as what it lies in ("X area of Y district, Z province": Y, Z), not
        the next items of a list."""
        out: list[Mention] = []
        cur, bracket = m, False
        while True:
            nxt = self._next(cur)
            # "Tal Tamer town (Ras Al Ain, Al-Hasakeh)": brackets after a place hold its district and province
            bracket = bracket or (nxt is not None and self.toks[self.token_of[id(nxt)] - 1].text == "(")
            if nxt is None or (self._listed(nxt) and not bracket):
                return out
            out.append(nxt)
            cur = nxt

    def possessors(self, places: Sequence[Mention]) -> set[int]:
        """The places of `places` that own another of them through a possessive marker, which says where
        the other lies ("Kandahar's Arghandab district": Kandahar, even read as the town)."""
        out = set()
        for m in places:
            k = self.last_token(m) + 1
            if k + 1 < len(self.toks) and self.toks[k].pos == "PART" and self.toks[k].dep == "case":
                owned = self.by_first.get(k + 1)
                if owned is not None and owned in places:
                    out.add(id(m))
        return out

    def holders(self, places: Sequence[Mention]) -> set[int]:
        """The places of `places` named right after another of them as what it lies in ("near Maadan
        (Raqqa)", "in Gardez, Paktia"): the text says the other is the finer place, whatever level the
        gazetteer gives either reading. Not the town of a site or of a place no gazetteer lists ("the Carlton
        hotel in Cannes"): they lie at its point, and the town stays the place incidents are matched on."""
        ids = {id(m) for m in places}
        return {
            id(c)
            for m in places
            if m.place and m.place.feature not in (SITE, UNLISTED)
            for c in self.containers(m)
            if id(c) in ids and c is not m
        }

    def references(self, places: Sequence[Mention]) -> set[int]:
        """The places of `places` named right after another of them across a word of approximation
        ("Eastern Ghouta near Damascus", "Arbin, east of Damascus"), and no finer than it: a point of
        reference for where the other lies, not the place itself."""
        ids = {id(m) for m in places}
        out = set()
        for m in places:
            c = self._across_approx(m)
            if c is not None and id(c) in ids and m.place and c.place and rank(c) >= rank(m):
                out.add(id(c))
        return out

    def _across_approx(self, m: Mention) -> Mention | None:
        """The place that follows m across a word of approximation and the small words about it
        ("near", "on the outskirts of", ", east of")."""
        end = self.last_token(m)
        approx = False
        for k in range(end + 1, min(end + 1 + APPROX_GAP, len(self.toks))):
            t = self.toks[k]
            if t.sent != self.toks[end].sent:
                return None
            if k in self.by_first:
                return self.by_first[k] if approx else None
            if self._approx(k):
                approx = True
            elif not (t.text == "," or t.pos in ("ADP", "DET")):
                return None
        return None

    def capital_of_another(self, m: Mention, places: Sequence[Mention]) -> bool:
        """m is a town named as its province is ("Idlib", "Hodeidah"), which reports use for the province,
        and `places` hold another place of that province: the finer place of the two; not one of a list
        ("between Daraa and Tafas")."""
        p = m.place
        if p is None or p.precision != "town" or not p.admin1 or fold_key(m.span.text) != fold_key(p.admin1):
            return False
        if self._listed(m):
            return False
        return any(
            o.place
            and o.place.gid != p.gid
            and norm(o.place.admin1) == norm(p.admin1)
            and rank(o) <= PRECISION_RANK["admin2"]
            for o in places
        )

    def fits(self, m: Mention) -> bool:
        """m lies in every larger place named right after it, and in a town or district of its own level
        named as what holds it ("Daraa al-Balad in Daraa city": not a Dar al-Balad of another province)."""
        return all(
            within(m.place, c.place)
            for c in self.containers(m)
            if c.place and m.place and (rank(c) > rank(m) or (rank(c) == rank(m) < PRECISION_RANK["admin1"]))
        )

    def _next(self, m: Mention) -> Mention | None:
        end = self.last_token(m)
        for k in range(end + 1, min(end + 2 + GAP, len(self.toks))):
            t = self.toks[k]
            if t.sent != self.toks[end].sent:
                return None
            if k in self.by_first:
                return self.by_first[k]
            if not self._between(k):
                return None
        return None

    def _between(self, k: int) -> bool:
        """Token k may stand between a place and the one it lies in: a comma or a hyphen, a place cue
        ("of", "district", "province de"), a piece of a name the gazetteer did not know ("Pul-e-Khumri"),
        or a noun before a cue ("area of")."""
        t = self.toks[k]
        if t.text in (",", "-", "(", ")"):
            return True
        if t.pos == "PUNCT":
            return False
        if self._breaks(t.text) or self._approx(k):
            return False
        if self.cues.get(norm(t.text)) or t.pos in ("PROPN", "X") or t.text[:1].isupper():
            return True
        nxt = self.toks[k + 1] if k + 1 < len(self.toks) else None
        return t.pos == "NOUN" and nxt is not None and "link" in self.cues.get(norm(nxt.text))

    def _approx(self, k: int) -> bool:
        """Token k ends a word of approximation ("X, east of Y", "near", "à l'est de"): Y is a point
        of reference, which X lies outside, not a place that holds it."""
        words = [norm(self.toks[k].text)]
        if k:
            prev = self.toks[k - 1]
            glued = prev.end == self.toks[k].start
            words.append(norm(prev.text + ("" if glued else " ") + self.toks[k].text))
        return any("approx" in (self.cues.get(w) or ()) for w in words)

    def _listed(self, c: Mention) -> bool:
        """c is one of a list: a conjunction follows it ("Lanao, Maguindanao, and Cotabato"), or a comma
        and another place of its kind ("Kunduz, Baghlan, Takhar")."""
        end = self.last_token(c)
        for k in range(end + 1, min(end + 3, len(self.toks))):
            if self._breaks(self.toks[k].text):
                return True
            if k in self.by_first:
                return rank(self.by_first[k]) == rank(c)
            if self.toks[k].text != ",":
                return False
        return False

    def _breaks(self, word: str) -> bool:
        hints = self.cues.get(norm(word)) or ()
        return any(h in BREAKS for h in hints)


def where_named(toks: Sequence[Token], tree: Tree, lang: str, k: int) -> bool:
    """The place at token k is named after a locative word, directly or through "of" phrases, an
    article or a word of approximation ("dans l'est du Burkina Faso", "in eastern Syria"): where
    something happened, not who did it."""
    cues = place_cues(lang)
    for _ in range(4):  # up the "of" phrases it hangs from ("l'est du Burkina Faso")
        if any("locative" in cues.get(norm(toks[c].text)) for c in tree.children(k, "case")):
            return True
        if not toks[k].dep.startswith("nmod") or toks[k].head == k:
            break
        k = toks[k].head
    # the parser often hangs the name elsewhere: read the words before it
    first = k
    while first > 0 and toks[first - 1].head == k and toks[first - 1].pos == "PROPN":
        first -= 1
    for j in range(first - 1, max(first - 6, -1), -1):
        word, pair = norm(toks[j].text), norm(toks[j - 1].text + toks[j].text) if j else ""
        if "locative" in cues.get(word):
            return True
        if not ({"link", "article", "approx"} & set(cues.get(word)) or "approx" in cues.get(pair)):
            return False
    return False


def relative_place(toks: Sequence[Token], tree: Tree, lang: str, k: int) -> int | None:
    """The name right before the relative word of place (`where` in placecues.tsv: "where", "où") that
    opens clause k ("Kisumu, where one man was shot dead"), or None."""
    cues = place_cues(lang)
    for c in tree.children(k):
        if c < k and "where" in cues.get(norm(toks[c].text)):
            before = c - 1 - (c > 0 and toks[c - 1].text == ",")
            return before if before >= 0 and toks[before].pos == "PROPN" else None
    return None


def hit_nearby(
    m: Mention, events: Sequence[RawEvent], toks: Sequence[Token] = (), struck: Set[int] = frozenset()
) -> bool:
    """A known name the mentions stage kept only as context near the article's places (`nearby`) that an attack hits:
    the target is where it happened ("regime forces shelled Kansafra", which the recogniser called an organisation), or
    named through a preposition on an attack's word (`struck`, its tokens: "killed in the shelling on Kafr Nabuda",
    "airstrikes on Kansafra and Kafr Nabl"), or it names the site the attack hits ("drones targeted the Harir air base")."""
    if m.kind != "nearby" or m.place is None:
        return False
    physical = ontology.in_class("physical")
    span = (m.span.start, m.span.end)
    if any(e.type in physical and any((r.span.start, r.span.end) == span for r in e.recipients) for e in events):
        return True
    k = m.head
    if not 0 <= k < len(toks):
        return False
    while (
        toks[k].dep in ("conj", "compound") and toks[k].head != k
    ):  # a list's first; the site named ("Harir air base")
        k = toks[k].head
    t = toks[k]
    case = any(toks[c].dep == "case" and toks[c].head == k for c in range(max(0, k - 8), k))
    return t.head in struck and ((t.dep.startswith(("obl", "nmod")) and case) or (k != m.head and t.dep == "obj"))
