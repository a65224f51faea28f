"""Per-document lookups the event stages share: the actor or place mention each token is part of,
the numbers on each counted noun, the mode words of each sentence, and which sentences are headings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from eventmill import ontology
from eventmill.actor_lexicon import with_country
from eventmill.datelines import agency_credits, dateline_of
from eventmill.events.lexicon import EventLexicon, event_lexicon
from eventmill.models import Actor, Count, DateValue, Document, Mention, Span, Token
from eventmill.placecues import after_locative, place_cues
from eventmill.text import norm
from eventmill.tree import Tree


class Context:
    """Per-document lookups shared by the argument readers."""

    def __init__(self, doc: Document, lex: EventLexicon):
        self.doc, self.lex = doc, lex
        self.toks = doc.tokens
        self.tree = Tree.of(doc.tokens)
        self.actor_at: dict[int, Mention] = {}
        self.place_at: dict[int, Mention] = {}
        self.placed_sents: frozenset[int] | None = None  # sentences naming a place (events.assemble)
        self.number_on: dict[int, list[Mention]] = {}  # counted noun token -> numbers
        self.sentence_modes: dict[int, list[tuple[str, str]]] = {}
        self.mode_words: dict[int, list[tuple[range, str, str]]] = {}  # sentence -> (tokens, type, mode)
        self.modes_scanned = False
        self.place_names: set[str] | None = None  # the article's place names, folded (place_named)
        self.headings: dict[int, bool] = {}
        self.by_sentence: dict[int, list[Token]] = {}  # sentence -> its tokens, built once
        for t in doc.tokens:
            self.by_sentence.setdefault(t.sent, []).append(t)
        self.date_at: set[int] = set()  # tokens of a date mention ("on Monday")
        self.date_value: dict[int, DateValue] = {}  # ... with the date they write
        self.trigger_heads: set[int] = set()
        self.assault_heads: set[int] = set()
        self.protest_heads: set[int] = set()
        self.incident_heads: set[int] = set()  # attacks, protests and coercions: what a reaction follows
        self.sufferer_heads: set[int] = set()  # attack triggers whose subject is the victim (rules)
        self.modifier_at: dict[int, str | None] = {}  # the status word each token is (status.modifier)
        start_tok = {t.start: t.i for t in doc.tokens}
        # the dateline's words name where and when the article was filed, and the agency: no party
        found = dateline_of(doc)
        # (and an agency credited in brackets before the opening dash with no place: "April 11 (Reuters) -")
        spans = [*([found.span] if found else []), *agency_credits(doc)]
        self.in_dateline = {t.i for t in doc.tokens if any(s.start <= t.start < s.end for s in spans)}
        for m in doc.mentions:
            k = start_tok.get(m.span.start)
            if m.kind == "actor" and k in self.in_dateline:
                continue
            if m.kind == "number":
                self.number_on.setdefault(m.head, []).append(m)
            while k is not None and k < len(self.toks) and self.toks[k].start < m.span.end:
                if m.kind == "actor":
                    self.actor_at.setdefault(k, m)
                elif m.kind == "place":
                    self.place_at.setdefault(k, m)
                elif m.kind == "date":
                    self.date_at.add(k)
                    if m.date:
                        self.date_value[k] = m.date
                k += 1

    def modes_in(self, sent: int) -> list[tuple[str, str]]:
        """(type, mode) pairs set by words of the sentence ("obus" -> ASSAULT heavy-weapons)."""
        if not self.modes_scanned:
            self.modes_scanned = True
            # the whole document at once, lemmas then words (a match never crosses a sentence, and the
            # document's words are kept between scans): the sentences one by one cost a word list each
            found = [m for use_lemma in (True, False) for m in self.lex.modes.scan(self.toks, use_lemma=use_lemma)]
            named = self._phrase_heads(found)
            for m in found:
                values = named.get(self.toks[m.first].lemma.lower(), m.values) if m.first == m.last else m.values
                self.sentence_modes.setdefault(self.toks[m.first].sent, []).extend(values)
                words = range(m.first, m.last + 1)
                self.mode_words.setdefault(self.toks[m.first].sent, []).extend((words, *v) for v in values)
        return self.sentence_modes.setdefault(sent, [])

    def place_named(self, m: Mention) -> bool:
        """An unknown name (no code in the actor lexicon, not a country) that the article gives a place too."""
        if m.actor is None or m.actor.generic or m.actor.code or m.actor.kind not in ("organisation", "other"):
            return False
        if self.place_names is None:
            self.place_names = {norm(p.span.text) for p in self.doc.mentions if p.kind == "place"}
        return norm(m.span.text) in self.place_names

    def named_for(self, m: Mention, k: int) -> bool:
        """An unknown name (no code in the actor lexicon) that qualifies event noun k as a compound: the place
        the incident is named for ("The Harbor Club shooting"), where a party has a code ("a Hamas attack")."""
        if m.actor is None or m.actor.generic or m.actor.code or m.actor.kind not in ("organisation", "other"):
            return False
        return k in self.trigger_heads and self.toks[m.head].dep == "compound" and self.toks[m.head].head == k

    def _phrase_heads(self, found: list) -> dict[str, tuple]:
        """The last word of each longer mode phrase of the document, with that phrase's values: the same
        word alone later names the same thing ("a suicide bomber" ... "the bomber" is no war plane)."""
        named: dict[str, tuple] = {}
        for m in found:
            if m.last > m.first:
                named.setdefault(self.toks[m.last].lemma.lower(), m.values)
        return named

    def modes_for(self, v: int, typ: str) -> list[str]:
        """The modes words of v's sentence set for type typ ("obus" -> heavy-weapons), but for the word of
        another event inside a relative clause apart from v: "Des commerces ont été pillés ..., où un
        couvre-feu a été décrété" (the curfew is its own event, not how the shops were looted)."""
        self.modes_in(self.toks[v].sent)
        return [
            mode
            for words, t, mode in self.mode_words.get(self.toks[v].sent, [])
            if t == typ
            and not (v not in words and any(k in self.trigger_heads for k in words) and self._clause_apart(words[0], v))
        ]

    def _clause_apart(self, k: int, v: int) -> bool:
        """Token k lies in a relative clause that does not hold token v."""
        return any(
            self.toks[a].dep in ("acl:relcl", "relcl") and v not in self.tree.subtree(a)
            for a in [k, *self.tree.ancestors(k)]
        )

    def heading(self, sent: int) -> bool:
        """A title or list line: alone on its line, no verb, no final stop ("* 2014 Bagram Airfield bombing")."""
        if sent not in self.headings:
            self.headings[sent] = self._heading(sent)
        return self.headings[sent]

    def title(self, sent: int) -> bool:
        """The article's first line, standing alone with no final stop: a headline, verb or not."""
        return sent == 0 and len(self.doc.sentences) > 1 and self._own_line(sent)

    def topic_label(self, m: Mention) -> bool:
        """A name that opens its sentence before a colon labels what the line is about ("Mali : douze
        soldats tués", "Burkina Faso : une attaque fait 20 morts"): no party to its event."""
        toks = self.by_sentence.get(self.toks[m.head].sent, []) if m.head >= 0 else []
        return bool(toks) and toks[0].start == m.span.start and self.doc.text[m.span.end :].lstrip().startswith(":")

    def _own_line(self, sent: int) -> bool:
        """The sentence is its whole line (but for a bullet) and ends with no stop."""
        span = self.doc.sentences[sent]
        text = self.doc.article.text
        line_start = text.rfind("\n", 0, span.start) + 1
        line_end = text.find("\n", span.end)
        marks = " \t*-#=•|"  # list bullets and wiki heading marks
        line = text[line_start : line_end if line_end >= 0 else len(text)].strip(marks)
        own = span.text.strip(marks)
        return not (
            not line.endswith(own)
            or any(c.isalpha() for c in line[: len(line) - len(own)])
            or line.endswith((".", "!", "?", ":", '"', "”", "»"))
        )

    def _heading(self, sent: int) -> bool:
        # the sentence is the whole line, but for a bullet or a number ("* 2007 Bagram Airfield bombing")
        if not self._own_line(sent):
            return False
        return not any("VerbForm=Fin" in t.morph for t in self.by_sentence.get(sent, []))

    def _targeted(self, k: int) -> bool:
        """Phrase k hangs by a target preposition from an event verb or from what it fires ("tiré des roquettes sur")."""
        case, head = self.tree.case(k), self.toks[k].head
        up = head if self.toks[head].pos == "VERB" else self.toks[head].head if self.toks[head].dep == "obj" else -1
        return bool(case) and self.lex.case_is(case, "target") and up in self.trigger_heads

    def actor_in(self, k: int) -> list[Mention]:
        """Actor mentions in the phrase headed by k (named ones first), with coordinated phrases."""
        sent = self.toks[k].sent
        seen: set[int] = set()
        named: list[Mention] = []
        generic: list[Mention] = []
        for i in self.tree.subtree(k):
            m = self.actor_at.get(i)
            if m is None or self.toks[i].sent != sent or id(m) in seen:
                continue
            # don't reach into relative clauses or other events' arguments
            if any(self.toks[a].dep.startswith(("acl", "advcl", "ccomp")) for a in self._path(i, k)):
                continue
            if self.place_named(m) or self.named_for(m, k):
                continue  # "The Omagh bombing ... in the town of Omagh": the incident's place, no party
            if (
                m.actor
                and m.actor.kind == "country"
                and (after_locative(self.doc, m) or self._located(i, k) or self._of_place(i, k))
                and not self.lex.case_is(self.tree.case(i), "between")
                and not (i == k and self._targeted(k))  # (but one aimed at: "des roquettes sur Israël")
            ):
                # "arrêtée par la police au Mexique": a place, not a second actor ("des négociations
                # entre Israël et le Hamas": the sides, though "entre" may also say where)
                continue
            if i != k and m.actor and m.actor.generic and (self._place_phrase(i) or self._located(i, k)):
                continue  # "an attack by rebels in the village of X": the village says where
            if any(
                self.toks[a].dep == "amod" and self.lex.modifiers.get(norm(self.toks[a].lemma)) == "backer"
                for a in self._path(i, k)
            ):
                continue  # "Iran-backed Houthi rebels": the rebels, not Iran
            if (
                i != k
                and (
                    self.toks[k].pos == "NOUN"
                    # (a capitalised class word inside a name is part of the name: "the Sovereign Council")
                    or (self.toks[k].pos == self.toks[i].pos == "PROPN" and (m.actor is None or m.actor.generic))
                )
                and self.toks[i].dep in ("compound", "amod")
                and self.toks[i].head == k
                and k not in self.actor_at
            ):
                continue  # "six NATO service members": the members, not NATO
            seen.add(id(m))
            (generic if m.actor is None or m.actor.generic else named).append(m)
        if generic and not named:
            # "terroristes du Front al-Nosra" when the parser hung "du Front" elsewhere
            end = max(self.tree.subtree(k))
            j = end + 1
            if (
                j < len(self.toks)
                and self.toks[j].pos in ("ADP", "DET")
                and j + 1 in self.actor_at
                and "locative" not in place_cues(self.doc.lang or "").get(self.toks[j].text)
            ):
                m = self.actor_at[j + 1]
                if m.actor and not m.actor.generic:
                    named.append(m)
        return self._one_party(k, named + generic)

    def _one_party(self, k: int, found: list[Mention]) -> list[Mention]:
        """A party named or classed right before the generic word that heads its phrase is one party with
        it ("RSF fighters", "Rapid Support Forces (RSF) fighters", "government troops"): one mention
        spans both, under the name if there is one, else under the head word's class."""
        head = self.actor_at.get(k)
        if head is None or (head.actor is not None and not head.actor.generic) or len(found) < 2:
            return found
        text = self.doc.article.text
        start = self.toks[k].start
        for m in found:
            if m is head or not m.actor or m.actor.kind == "country" or m.span.end > start:
                continue
            gap = text[m.span.end : start]
            for o in found:
                if o.actor and m.actor and o.actor.name == m.actor.name and o.span.start >= m.span.end:
                    gap = gap.replace(o.span.text, "")
            if gap.strip(" ()[]"):
                continue
            whole = Span(m.span.start, head.span.end, text[m.span.start : head.span.end])
            one = replace(m, span=whole) if not m.actor.generic else replace(head, span=whole)
            if m.actor.generic and m.actor.country and head.actor and not head.actor.country:
                one = replace(one, actor=with_country(head.actor, m.actor.country))  # "Ugandan rebels"
            inside = [o for o in found if whole.start <= o.span.start and o.span.end <= whole.end]
            return [one if o is inside[0] else o for o in found if o is inside[0] or o not in inside]
        return found

    def phrase(self, k: int) -> Mention | None:
        """A plain mention for a noun phrase no lexicon knows ("l'association des femmes avocates")."""
        toks = self.toks
        if toks[k].pos not in ("NOUN", "PROPN", "NUM"):
            return None
        if norm(toks[k].text) in self.lex.measures and self.tree.children(k, "nummod"):
            return None  # "Nahel, 17 ans, a été tué": an age, a duration or an address is no party
        keep = {k}
        for i in self.tree.subtree(k):
            path = self._path(i, k)
            if all(
                (
                    toks[a].dep in ("det", "amod", "nmod", "case", "flat:name", "compound", "fixed", "nummod")
                    # a bare participle describing it ("des hommes armés")
                    or (
                        toks[a].dep == "acl"
                        and "VerbForm=Part" in toks[a].morph
                        and a not in self.trigger_heads
                        and not self.tree.children(a)
                    )
                )
                and toks[a].pos != "PUNCT"
                # whom it acted against is no part of its name ("des hommes armés contre le village")
                and not (toks[a].dep == "nmod" and self._aimed(a))
                for a in path
            ):
                keep.add(i)
        lo, hi = min(keep), max(keep)
        # "attaqué le camp lundi près de Gao": the parser hangs the day on the noun; the phrase ends before it
        hi = min([hi, *(i - 1 for i in keep if i > k and i in self.date_at)])
        while lo < k and toks[lo].pos in ("ADP",):
            lo += 1
        while hi > k and toks[hi].pos in ("ADP", "PART", "CCONJ"):
            hi -= 1  # "the French ambassador to" when the parser hung an infinitive's "to" on the noun
        if hi - lo > 8:
            hi = min(hi, k + 4)
        # a quoted name right after the noun: l'association "Santé pour tous"
        q = hi + 1
        text = self.doc.text  # cleaned: every kind of quotation mark is '"'
        # (an opening mark, after a space: the closing mark of a quotation that ends on the noun opens nothing)
        opens = q < len(toks) and toks[q].start > 0 and text[toks[q].start - 1].isspace()
        if opens and text[toks[q].start : toks[q].end] == '"' and toks[q].sent == toks[k].sent:
            close = next(
                (
                    j
                    for j in range(q + 1, min(q + 10, len(toks)))
                    if text[toks[j].start : toks[j].end] == '"' and toks[j].sent == toks[k].sent
                ),
                None,
            )
            if close is not None:
                hi = close
        s, e = toks[lo].start, toks[hi].end
        text = self.doc.article.text[s:e]
        return Mention("actor", Span(s, e, text), actor=Actor(text, "other", generic=True), head=k)

    def _aimed(self, a: int) -> bool:
        """Phrase a opens with a preposition of a target ("contre", "against") and names a place or a party."""
        case = self.tree.case(a)
        if not case or not (self.lex.case_is(case, "against") or self.lex.case_is(case, "target")):
            return False
        # a place or a party it hit, not the cause in a name ("le mouvement de lutte contre la déforestation")
        return any(i in self.place_at or i in self.actor_at for i in self.tree.subtree(a))

    def _located(self, i: int, top: int) -> bool:
        """Whether token i hangs below `top` through a phrase of place: "a village in India's Manipur
        state", "un village dans le nord du Mali" (the country says where, it is no party)."""
        return any(self._place_phrase(a) for a in self._path(i, top) if a != i)

    def _of_place(self, i: int, top: int) -> bool:
        """Whether token i hangs below `top` through a noun of place or of a part of a country, or on it: "un
        village du nord du Burkina Faso" (the country says where)."""
        cues, kinds = place_cues(self.doc.lang or ""), ("approx", "town", "spot", "admin1", "admin2")
        lemmas = [norm(self.toks[a].lemma) for a in [*self._path(i, top), top] if a != i]
        return any(kind in cues.get(w) for w in lemmas for kind in kinds)

    def _place_phrase(self, a: int) -> bool:
        """Whether phrase a says where ("in the state", "dans le nord"), by its preposition."""
        case = self.tree.case(a)
        return "locative" in place_cues(self.doc.lang or "").get(case) and not self.lex.case_is(case, "between")

    def _path(self, i: int, top: int) -> list[int]:
        out = []
        while i != top and self.toks[i].head != i:
            out.append(i)
            i = self.toks[i].head
        return out

    def count_on(self, k: int) -> Mention | None:
        """The number counting token k or the head of the phrase it sits in."""
        # (not another event word conjoined to it, nor a noun with an event participle of its own: "trois
        # soldats ont été tués et cinq blessés", "... et trois personnes blessées" count the wounded apart)
        near = [
            c
            for c in self.tree.children(k)
            if self.toks[c].dep in ("nmod", "appos")
            or (
                self.toks[c].dep == "conj"
                and c not in self.trigger_heads
                and not any(a in self.trigger_heads for a in self.tree.children(c, "acl"))
            )
        ]
        # the counted noun may carry an adjective the number mention starts from ("une vingtaine de jeunes gens")
        near += [a for c in near for a in self.tree.children(c, "amod")]
        # "des dizaines de milliers de personnes": the counted noun two "de" down, inside the figure
        near += [
            g
            for c in self.tree.children(k, "nmod")
            for g in self.tree.children(c, "nmod")
            if any(m.span.start <= self.toks[c].start < m.span.end for m in self.number_on.get(g, []))
        ]
        # "douze personnes, dont quatre enfants, ont été tuées": the whole is counted, not the part the parser made subject
        part = [c for c in self.tree.children(k, "nmod") if "PronType=Rel" in self.toks[c].morph and 2 <= c < k]
        if part and self.toks[part[0] - 1].text == "," and part[0] - 2 in self.number_on:
            return self.number_on[part[0] - 2][0]
        for i in [k] + near:
            if i in self.number_on:
                return self.number_on[i][0]
        return None


def context_for(doc: Document, triggers: Iterable[tuple[int, str]]) -> Context:
    """The lookups for one document, knowing where its trigger words are: (head token, lexicon type)
    for each (all of them, and which are attacks)."""
    pairs = list(triggers)
    ctx = Context(doc, event_lexicon(doc.lang or ""))
    ctx.trigger_heads = {head for head, _ in pairs}
    ctx.assault_heads = {head for head, etype in pairs if etype == "ASSAULT"}
    ctx.protest_heads = {head for head, etype in pairs if etype == "PROTEST"}
    reacted = ontology.in_class("reacted")
    ctx.incident_heads = {head for head, etype in pairs if etype in reacted}
    return ctx


def count(m: Mention | None, ctx: Context | None = None) -> Count | None:
    """A count from a number mention; `of` is the counted group's canonical name when known."""
    if m is None or m.quantity is None:
        return None
    q = m.quantity
    of = m.of
    known = ctx.actor_at[m.head].actor if ctx is not None and m.head in ctx.actor_at else None
    if known:
        of = known.name  # "civils" -> Civilians
    return Count(q.value, q.low, q.high, m.span, of)
