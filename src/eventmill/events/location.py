"""Where an event happened: the first place found along a ladder of scopes, nearest first (its date,
read from the same clauses, is `eventmill.events.dates`).

1. `clause`: a place in the clause of the event's own trigger ("... arrested three men in Lyon"), not
   inside a subordinate or relative clause that reports something else ("after a bomb went off in Paris");
2. `sentence`: a place elsewhere in the event's sentence, unless it sits in another event's clause;
3. `linked`: a place in a clause, then the sentence, of another report merged into the event ("the
   attack in Kunduz" later in the article);
4. `context`: for an event on the ground, a town or district named in the sentences just before
   one of its reports, the first report first (a headline's incident: before its body's report);
5. `dateline`: the dateline's place ("KABUL, Oct. 3 (Xinhua) --");
6. `focus`: the place the article names most.

The trigger that opened the event comes before the other triggers of its sentence, and an event named as
what came before or after another ("after the bombing") takes no place from the clause it dates; nor does
an event that harms nobody from a participle on another noun ("contre la réforme votée à Paris"). Within
one scope the most specific place wins, but not one named as where something came from (`passing`), and a
place after a locative word ("in", "à") beats one that is not; a country gives way to a town of it named in the
event's sentences, a province to a place inside it named in a clause of its reports; a reading outside the province
named right after it is left out, so is a place named right after another as what holds it ("near Maadan (Raqqa)"),
and a town named as its province is beside a place of it (`placefit`). Unresolved names come last."""

from __future__ import annotations

import bisect
from collections.abc import Sequence, Set

from eventmill import ontology
from eventmill.config import Config
from eventmill.datelines import dateline_of
from eventmill.events import placefit as pf
from eventmill.events.bearings import bearing_points
from eventmill.events.clausetime import described_apart
from eventmill.events.focus import filed_abroad, focus_of
from eventmill.events.merge import RawEvent
from eventmill.events.moment import in_moment, one_incident
from eventmill.events.passing import settled
from eventmill.events.placefit import Fit, best_place, is_country, rank
from eventmill.events.roads import off_road, road_ends
from eventmill.models import Document, Mention, Span
from eventmill.placecues import after_locative, place_cues
from eventmill.text import norm
from eventmill.tree import Tree

# the rungs, nearest first: the values of `Event.location_source`
SOURCES = ("clause", "sentence", "linked", "context", "dateline", "focus")
# dependents that open a clause of their own: a place inside one belongs to what that clause reports
CLAUSES = ("advcl", "ccomp", "csubj", "acl:relcl", "relcl", "parataxis", "conj")


class Locator:
    """The place of each event of one document, and the scope it came from."""

    def __init__(self, doc: Document, events: Sequence[RawEvent], config: Config):
        self.doc, self.config, self.events = doc, config, list(events)
        self.toks = doc.tokens
        self.tree = Tree.of(doc.tokens)
        self.starts = [t.start for t in doc.tokens]
        # a place named as a party is no event's place ("France a condamné"), unless read as the event's own;
        # an attack's target is where it happened ("une embuscade près de Djibo"), not a protest's or an aid's
        harm, physical = ontology.in_class("harm"), ontology.in_class("physical")
        self.actor_spans = {
            (m.span.start, m.span.end)
            for e in events
            for m in [*e.actors, *(e.recipients if e.type not in harm else ())]
        }
        # a place no gazetteer lists is put near the place that holds it: context, never where an event was
        struck = {self.token(t.start) for e in events if e.type in physical for t in e.triggers} if self.toks else set()
        self.all_places = [
            pf.listed(m) for m in doc.mentions if m.kind == "place" or pf.hit_nearby(m, events, self.toks, struck)
        ]
        self.places = [m for m in self.all_places if self._can_hold(m)]
        self.road = road_ends(doc, self.all_places)
        # every date too: `eventmill.events.dates` reads an event's date from the same clauses
        self.all_dates = [m for m in doc.mentions if m.kind == "date"]
        self.place_tok = {id(m): self.token(m.span.start) for m in self.all_places + self.all_dates}
        # the clause of every trigger of every event, to know which places belong to another event
        self.clause_of: dict[int, tuple[int, set[int]]] = {}
        self.where_of: set[int] = set()  # names a clause opened by "where" follows
        self.owners: dict[int, list[tuple[int, int]]] = {}  # place -> (event index, clause top)
        # place -> the events whose noun trigger's phrase holds it, and the trigger's token
        self.in_phrase_of: dict[int, set[tuple[int, int]]] = {}
        if self.toks:
            for i, ev in enumerate(self.events):
                for trig in ev.triggers:
                    top, clause = self.clause(trig.start)
                    phrase = self.phrase(trig.start)
                    for m in self.places + self.all_dates:
                        if self.place_tok[id(m)] in clause:
                            self.owners.setdefault(id(m), []).append((i, top))
                        if self.place_tok[id(m)] in phrase:
                            self.in_phrase_of.setdefault(id(m), set()).add((i, self.token(trig.start)))
        self.in_dateline: set[int] = set()
        self.dateline_span = (0, 0)  # where the dateline is in the text, if the article has one
        self.dateline = self._dateline()
        self.focus = focus_of([m for m in self.all_places if id(m) not in self.in_dateline])
        self.fit = Fit(self.toks, self.all_places, self.place_tok, doc.lang or "")
        self.refused: dict[int, set[int]] = {}  # event -> places its sentence gives to the clause it dates
        self.at_moment: set[tuple[int, int]] = set()  # (event, place) in a clause of the event's moment
        self.lang = doc.lang or ""

    def _can_hold(self, m: Mention) -> bool:
        """A party's place holds no event but after "in" ("Albanians in south Serbia")."""
        return (m.span.start, m.span.end) not in self.actor_spans or self._locative(m)

    def locate(self, i: int, ev: RawEvent) -> tuple[Mention | None, str]:
        """The event's place and the scope that gave it (clause, sentence, linked, context, dateline,
        focus), or (None, "")."""
        if not self.toks:
            return None, ""
        own = ev.own_triggers
        # the target of an attack is where it happened ("gunmen attacked Kano")
        targets = (
            {(r.span.start, r.span.end) for r in ev.recipients} if ev.type in ontology.in_class("physical") else set()
        )
        # the first trigger first: a sentence of two incidents merged gives each trigger's place to its
        # own ("attacked a checkpoint near Ghazni, while an airstrike in Kunduz province killed six")
        main = ev.trigger if ev.trigger in own else own[0]
        scopes: list[tuple[str, list[Mention]]] = []
        rest: tuple[list[Mention], list[Mention]] = ([], [])
        in_sentence: list[Mention] = []
        ordered = [main, *(t for t in own if t != main)]
        main_top = self.clause(main.start)[0]
        for n, t in enumerate(ordered):
            # a place the event read belongs to the trigger in whose clause it lies
            others = {k for o in ordered if o != t for k in self.clause(o.start)[1]} - self.clause(t.start)[1]
            phrase, clause, sentence = self._gather(i, ev, t, targets, others)
            if n and pf.before_or_after(self.toks, self.tree, self.token(t.start), main_top, self.doc.lang or ""):
                # "a day after insurgents launched a counter-attack near X": the place of what came before
                self.refused.setdefault(i, set()).update(id(m) for m in phrase + clause)
                continue
            if n == 0:
                # a noun trigger's own phrase first ("after the explosion of a bomb in Marseille")
                scopes += [("clause", phrase), ("clause", clause)]
            else:
                rest[0].extend(phrase)
                rest[1].extend(clause)
            in_sentence += sentence
        # not through a relative clause on a trigger that dates another ("après l'attentat qui a fait ...")
        in_sentence = [m for m in in_sentence if id(m) not in self.refused.get(i, ())]
        moment = [m for m in in_sentence if (i, id(m)) in self.at_moment]  # the clause of the event's moment
        scopes += [("clause", rest[0]), ("clause", rest[1]), ("clause", moment), ("sentence", in_sentence)]
        near: list[Mention] = []
        far: list[Mention] = []
        for t in ev.triggers:
            if t not in own:
                phrase, clause, sentence = self._gather(i, ev, t, targets)
                near += phrase + clause
                far += sentence
        scopes += [("linked", near), ("linked", far)]
        local = [m for _, ms in scopes for m in ms if m.place]
        # where a province may give way to a place inside it: the linked reports' sentences too (a listed place)
        narrow = [m for n, ms in scopes if n != "sentence" for m in ms if m.place and (m.place.gid or m not in far)]
        for source, found in scopes:
            chosen = self._choose(settled(found, self, own, scopes), local, narrow)  # not "launched from X"
            if chosen is not None:
                return chosen, next((name for name, ms in scopes if chosen in ms), source)
        if ev.type in ontology.in_class("physical") and (near_place := self._context(min(ev.sents))) is not None:
            return near_place, "context"
        for source, found in scopes:
            # a name the gazetteer does not know, after a locative word in the event's own sentence
            # ("a meeting at Stormont Castle"), says more than the article's dateline or focus
            if source in ("clause", "sentence"):
                chosen = best_place([m for m in found if after_locative(self.doc, m)], self.doc)
                if chosen is not None:
                    return chosen, source
        # a place named as a party in the event's sentence ("Zambia extradited ..."): where it acted; not
        # the speaker of a speech act ("The United States urged Pakistan": said anywhere, seldom at home)
        sents = {self.toks[self.token(t.start)].sent for t in own}
        speakers = {m.span for m in ev.actors} if ev.type in ontology.in_class("speech") else set()
        parties = [
            m
            for m in self.all_places
            if m.place
            and m.span not in speakers
            and id(m) not in self.in_dateline
            and id(m) not in self.refused.get(i, ())
            and self.toks[self.place_tok[id(m)]].sent in sents
        ]
        if (chosen := self._choose(parties, local, narrow)) is not None:
            return chosen, "sentence"
        physical = ev.type in ontology.in_class("physical")
        named = [m for m in self.all_places if id(m) in self.in_dateline]  # "QAMISHLI, Syria (AP) —"
        if self.dateline is not None and not (physical and filed_abroad(self.dateline, self.focus, named)):
            return self.dateline, "dateline"
        if self.focus is not None and physical:
            # a statement is made where its speaker is, which is seldom where the article's incidents are
            return self.focus, "focus"
        # a name the gazetteer does not know is often not a place ("Instagram"): last resort
        for source, found in scopes:
            chosen = best_place(found, self.doc)
            if chosen is not None:
                return chosen, source
        return None, ""

    def _gather(
        self, i: int, ev: RawEvent, t: Span, targets: set[tuple[int, int]], others: Set[int] = frozenset()
    ) -> tuple[list[Mention], list[Mention], list[Mention]]:
        """The places of event i that trigger t's noun phrase, its clause and the rest of its sentence hold."""
        top, clause = self.clause(t.start)
        phrase = self.phrase(t.start)
        # "after the bombing": a fact of its own, whose place is not that of the clause it dates
        governing = clause if pf.sequel(self.toks, self.tree, self.token(t.start), top, self.doc.lang or "") else set()
        if governing:
            clause = phrase
        elif ev.type not in ontology.in_class("harm"):  # (a harm's target is where it was hit)
            governing = described_apart(self.toks, self.tree, top, self.token(t.start)) - phrase
        sent = self.toks[self.token(t.start)].sent
        in_phrase: list[Mention] = []
        in_clause: list[Mention] = []
        in_sentence: list[Mention] = []
        for m in self.all_places:
            k = self.place_tok[id(m)]
            if self.toks[k].sent != sent or id(m) in self.in_dateline:
                continue
            target = (m.span.start, m.span.end) in targets
            if k in phrase and (m in ev.places or m in self.places or target):
                in_phrase.append(m)
            elif k in governing:
                self.refused.setdefault(i, set()).add(id(m))
            elif (
                (m in ev.places and k not in others)
                or (k in clause and (target or k in self.where_of))
                or (k in clause and m in self.places and self._own_circumstance(m, i, ev, top))
            ):
                # not the place of another event named in this clause ("after the explosion in Marseille")
                in_clause.append(m)
            elif m in self.places and not self.owned_by_other(m, i, top):
                in_sentence.append(m)
                if in_moment(self.toks, self.tree, self.lang, k, top):  # "were killed when gunmen raided X"
                    self.at_moment.add((i, id(m)))
        return in_phrase, in_clause, in_sentence

    def _own_circumstance(self, m: Mention, i: int, ev: RawEvent, top: int) -> bool:
        """No other event's noun phrase holds m, but one of the event's kind told as its circumstance
        ("tués lors d'une embuscade près de Djibo"): the same incident, not one before it or its cause."""
        others = [(self.events[j].type, k) for j, k in self.in_phrase_of.get(id(m), ()) if j != i]
        return pf.same_incident(self.toks, self.tree, self.doc.lang or "", self.place_tok[id(m)], top, ev.type, others)

    def _locative(self, m: Mention) -> bool:
        """A locative word before the place, or governing it through words between ("in south Serbia")."""
        if after_locative(self.doc, m):
            return True
        return self.locative_case(self._head(self.token(m.span.start), m))

    def locative_case(self, k: int) -> bool:
        """Token k has a locative word as its preposition ("in the main market", "dans les rues")."""
        cues = place_cues(self.doc.lang or "")
        return any(
            self.toks[c].dep == "case" and "locative" in cues.get(norm(self.toks[c].text))
            for c in self.tree.children(k)
        )

    def _head(self, k: int, m: Mention) -> int:
        """The token of the mention whose head lies outside it."""
        while self.toks[k].head != k and m.span.start <= self.toks[self.toks[k].head].start < m.span.end:
            k = self.toks[k].head
        return k

    def _context(self, first: int) -> Mention | None:
        """Where the article last put us before sentence first: a town or district in the sentences
        just before, else a country named there, else the last place named earlier in the paragraph."""
        recent = [
            m
            for m in self.all_places
            if m.place
            and id(m) not in self.in_dateline
            and first - self.config.inherit_place_sentences <= self.toks[self.place_tok[id(m)]].sent < first
        ]
        # a town named as a party ("Kabul police") is no sign of where we are; a country may be ("via la Turquie")
        specific = [m for m in recent if not is_country(m) and m in self.places]
        if specific:
            # the last sentence that names one, and its most specific ("in Char Dara district, Kunduz province")
            last = self.toks[self.place_tok[id(specific[-1])]].sent
            return self._best([m for m in specific if self.toks[self.place_tok[id(m)]].sent == last])
        if recent:
            return recent[-1]
        start = self.doc.sentences[first].start
        para = next((p for p in self.doc.paragraphs if p.start <= start < p.end), None)
        if para is None:
            return None
        before = [
            m for m in self.places if m.place and id(m) not in self.in_dateline and para.start <= m.span.start < start
        ]
        return before[-1] if before else None

    def _choose(self, found: list[Mention], local: list[Mention], narrow: list[Mention]) -> Mention | None:
        """The best place of one scope; a country gives way to a specific place of that country in the
        event's sentences ("in France ... in Paris"), a province to a place inside it in a clause of the
        event's reports ("in Helmand province ... the attack took place in Gereshk district")."""
        found = off_road(found, local, self.road)  # "on the Ghazni-Paktika highway in Waghaz district"
        best = self._best([m for m in found if not is_country(m)]) or self._best(found)
        if best is None or best.place is None or best.place.precision not in ("country", "admin1"):
            return best
        pool = local if is_country(best) else narrow
        # never the place named as what holds it ("near Maadan (Raqqa)", Maadan read as a district)
        holders = {id(c) for c in self.fit.containers(best)}
        inside = [
            m
            for m in pool
            if m.place
            and rank(m) < rank(best)
            and pf.within(m.place, best.place)
            and self.fit.fits(m)
            and id(m) not in holders
        ]
        return self._best(inside) or best

    def _best(self, places: Sequence[Mention]) -> Mention | None:
        """The best place, leaving out a reading outside the larger place named right after it ("Sayad area of
        Char Dara district, Kunduz province"), a place that owns another ("Kandahar's Arghandab district"), one
        named after another as what holds it ("near Maadan (Raqqa)"), a point of reference ("Eastern Ghouta near
        Damascus", "north of Baghdad, near Tarmiyah": `bearings`), and a province's capital that may name the
        province beside a place of it ("In Hama, Russian jets struck Latamneh")."""
        owners = self.fit.possessors(places) | self.fit.holders([m for m in places if self.fit.fits(m)])
        owners |= self.fit.references(places) | bearing_points(self.toks, self.place_tok, self.fit.cues, places)
        places = [m for m in places if id(m) not in owners] or list(places)
        places = [m for m in places if not self.fit.capital_of_another(m, places)] or places
        return best_place([m for m in places if self.fit.fits(m)] or places, self.doc)

    def owned_by_other(self, m: Mention, i: int, top: int) -> bool:
        """The place sits in the clause of another event that neither governs this one's clause nor
        is coordinated with it ("Police arrested three men after a bomb exploded in Paris": Paris is
        the bombing's; in "Police broke up a march in Sivas to protest ...", Sivas is the protest's too), nor
        the harm whose moment this clause tells ("were killed when bandits attacked Kadawa": one incident)."""
        above = set(self.tree.ancestors(top))
        for j, other_top in self.owners.get(id(m), []):
            if j == i or other_top == top or other_top in above or pf.coordinated(self.toks, top, other_top):
                continue
            if not one_incident(
                self.toks, self.tree, self.lang, (self.events[i].type, top), (self.events[j].type, other_top)
            ):
                return True
        return False

    def token(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def clause(self, pos: int) -> tuple[int, set[int]]:
        """The head of the clause a trigger at character pos reports in, and that clause's tokens
        (without the clauses embedded in it)."""
        if pos in self.clause_of:
            return self.clause_of[pos]
        toks = self.toks
        v = self.token(pos)
        # a trigger that starts on an auxiliary reports in its verb's clause ("s'est fait exploser près de")
        while toks[v].dep.startswith("aux") and toks[v].head != v and toks[toks[v].head].sent == toks[v].sent:
            v = toks[v].head
        top = v
        # a noun trigger reports in the clause of the verb that governs it ("the attack killed ...")
        seen = {top}
        while (
            toks[top].pos not in ("VERB", "AUX")
            and (toks[top].dep == "conj" or not toks[top].dep.startswith(CLAUSES))  # "rockets and missiles struck"
            and toks[top].head != top
            and toks[top].head not in seen
            and toks[toks[top].head].sent == toks[v].sent
        ):
            top = toks[top].head
            seen.add(top)
        clause = self._walk(top, v)
        if (named := pf.relative_place(toks, self.tree, self.doc.lang or "", top)) is not None:
            clause.add(named)  # "Kisumu, where one man was shot dead": there, a party's place or not
            self.where_of.add(named)
        self.clause_of[pos] = (top, clause)
        return top, clause

    def _walk(self, top: int, v: int) -> set[int]:
        """The tokens under top, leaving out the clauses embedded in it that do not hold token v."""
        toks = self.toks
        on_path = {v, *self.tree.ancestors(v)}
        out: set[int] = set()
        stack = [top]
        while stack:
            k = stack.pop()
            out.add(k)
            for c in self.tree.children(k):
                t = toks[c]
                embedded = t.dep.startswith(CLAUSES) and (t.dep != "conj" or t.pos in ("VERB", "AUX"))
                if not (embedded and c not in on_path):
                    stack.append(c)
        return out

    def phrase(self, pos: int) -> set[int]:
        """The tokens of a noun trigger's own phrase ("l'explosion d'une bombe à Marseille"); none
        for a verb, whose phrase is its clause."""
        v = self.token(pos)
        return self._walk(v, v) if self.toks[v].pos in ("NOUN", "PROPN") else set()

    def _dateline(self) -> Mention | None:
        """The resolved place at the head of the article's dateline, if it has one."""
        found = dateline_of(self.doc)
        if found is None:
            return None
        lo, hi = found.place.start, found.place.end
        self.dateline_span = (found.span.start, found.span.end)
        # the dateline's places are the dateline's, not places of its sentence ("ALEP (Syrie)")
        self.in_dateline = {id(m) for m in self.all_places if found.span.start <= m.span.start < found.span.end}
        inside = [m for m in self.all_places if m.place and lo <= m.span.start < hi]
        return best_place(inside, self.doc)
