"""Stage 7: event assembly. Triggers become events; the dependency parse gives their arguments.

For a verb trigger: the active subject is the actor (or the victim, for "mourir", "trouver la
mort"), the object or a "contre" phrase the recipient, a passive agent ("menée par X") the actor.
For a noun trigger: "par"/"de" phrases and participles hanging off it ("attaque menée par X contre
Y"), and a support verb that governs it ("X a lancé une offensive", "Y a repoussé une attaque").
Numbers on the victim become dead/injured, numbers on the actor the size. Reports of one incident
across sentences are merged afterwards (`eventmill.merge`).
"""
from __future__ import annotations

import dataclasses
from typing import Sequence

from functools import lru_cache

from eventmill import resources
from eventmill.config import Config
from eventmill.merge import RawEvent, finish, merge_events, unasserted
from eventmill.models import Count, Document, Event, Mention, Span
from eventmill.pipeline import stage
from eventmill.stages.geocode import after_locative
from eventmill.text import norm
from eventmill.tree import Tree
from eventmill.triggers import EventLexicon, Trigger, event_lexicon, find_triggers

# speech-act types whose complement is the content of the act, not a second event
# types that happen to people on the ground: their object may be a plain noun phrase ("five people")
PHYSICAL = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "AID"}
ARMED_KINDS = {"military", "police", "rebel", "jihadist", "militia", "government", "country"}
# agreeing, meeting, giving: refusing one of them is a REJECT (PLOVER)
YIELDING_TYPES = {"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "CONCEDE", "AID"}
SPEECH_TYPES = {"REQUEST", "THREATEN", "ACCUSE", "REJECT", "AGREE", "CONSULT", "SUPPORT"}


class Context:
    """Per-document lookups shared by the argument readers."""

    def __init__(self, doc: Document, lex: EventLexicon):
        self.doc, self.lex = doc, lex
        self.toks = doc.tokens
        self.tree = Tree(doc.tokens)
        self.actor_at: dict[int, Mention] = {}
        self.place_at: dict[int, Mention] = {}
        self.number_on: dict[int, list[Mention]] = {}  # counted noun token -> numbers
        self.sentence_modes: dict[int, list[tuple[str, str]]] = {}
        self.trigger_heads: set[int] = set()
        self.assault_heads: set[int] = set()
        start_tok = {t.start: t.i for t in doc.tokens}
        for m in doc.mentions:
            k = start_tok.get(m.span.start)
            if m.kind == "number":
                self.number_on.setdefault(m.head, []).append(m)
            while k is not None and k < len(self.toks) and self.toks[k].start < m.span.end:
                if m.kind == "actor":
                    self.actor_at.setdefault(k, m)
                elif m.kind == "place":
                    self.place_at.setdefault(k, m)
                k += 1

    def modes_in(self, sent: int) -> list[tuple[str, str]]:
        """(type, mode) pairs set by words of the sentence ("obus" -> ASSAULT heavy-weapons)."""
        if sent not in self.sentence_modes:
            toks = [t for t in self.toks if t.sent == sent]
            found = []
            for use_lemma in (True, False):
                for m in self.lex.modes.scan(toks, use_lemma=use_lemma):
                    found += m.values
            self.sentence_modes[sent] = found
        return self.sentence_modes[sent]

    def heading(self, sent: int) -> bool:
        """A title or list line: alone on its line, no verb, no final stop ("* 2014 Bagram Airfield bombing")."""
        span = self.doc.sentences[sent]
        text = self.doc.article.text
        line_start = text.rfind("\n", 0, span.start) + 1
        line_end = text.find("\n", span.end)
        marks = " \t*-#=•|"  # list bullets and wiki heading marks
        line = text[line_start:line_end if line_end >= 0 else len(text)].strip(marks)
        own = span.text.strip(marks)
        # the sentence is the whole line, but for a bullet or a number ("* 2007 Bagram Airfield bombing")
        if not line.endswith(own) or any(c.isalpha() for c in line[:len(line) - len(own)]) or line.endswith((".", "!", "?", ":", '"', "”", "»")):
            return False
        return not any("VerbForm=Fin" in t.morph for t in self.toks if t.sent == sent)

    def actor_in(self, k: int) -> list[Mention]:
        """Actor mentions in the phrase headed by k (named ones first), with coordinated phrases."""
        sent = self.toks[k].sent
        seen, named, generic = set(), [], []
        for i in self.tree.subtree(k):
            m = self.actor_at.get(i)
            if m is None or self.toks[i].sent != sent or id(m) in seen:
                continue
            # don't reach into relative clauses or other events' arguments
            if any(self.toks[a].dep.startswith(("acl", "advcl", "ccomp")) for a in self._path(i, k)):
                continue
            if m.actor and m.actor.kind == "country" and after_locative(self.doc, m):
                continue  # "arrêtée par la police au Mexique": a place, not a second actor
            if (i != k and self.toks[k].pos == "NOUN" and self.toks[i].dep in ("compound", "amod")
                    and self.toks[i].head == k and k not in self.actor_at):
                continue  # "six NATO service members": the members, not NATO
            seen.add(id(m))
            (generic if m.actor is None or m.actor.generic else named).append(m)
        if generic and not named:
            # "terroristes du Front al-Nosra" when the parser hung "du Front" elsewhere
            end = max(self.tree.subtree(k))
            j = end + 1
            if j < len(self.toks) and self.toks[j].pos in ("ADP", "DET") and j + 1 in self.actor_at:
                m = self.actor_at[j + 1]
                if m.actor and not m.actor.generic:
                    named.append(m)
        return named + generic

    def phrase(self, k: int) -> Mention | None:
        """A plain mention for a noun phrase no lexicon knows ("l'association des femmes avocates")."""
        toks = self.toks
        if toks[k].pos not in ("NOUN", "PROPN", "NUM"):
            return None
        keep = {k}
        for i in self.tree.subtree(k):
            path = self._path(i, k)
            if all(toks[a].dep in ("det", "amod", "nmod", "case", "flat:name", "compound", "fixed", "nummod")
                   and toks[a].pos != "PUNCT" for a in path):
                keep.add(i)
        lo, hi = min(keep), max(keep)
        while lo < k and toks[lo].pos in ("ADP",):
            lo += 1
        if hi - lo > 8:
            hi = min(hi, k + 4)
        # a quoted name right after the noun: l'association "Santé pour tous"
        q = hi + 1
        text = self.doc.text  # cleaned: every kind of quotation mark is '"'
        if q < len(toks) and text[toks[q].start:toks[q].end] == '"' and toks[q].sent == toks[k].sent:
            close = next((j for j in range(q + 1, min(q + 10, len(toks)))
                          if text[toks[j].start:toks[j].end] == '"'), None)
            if close is not None:
                hi = close
        s, e = toks[lo].start, toks[hi].end
        text = self.doc.article.text[s:e]
        from eventmill.models import Actor

        return Mention("actor", Span(s, e, text), actor=Actor(text, "other", generic=True), head=k)

    def _path(self, i: int, top: int) -> list[int]:
        out = []
        while i != top and self.toks[i].head != i:
            out.append(i)
            i = self.toks[i].head
        return out

    def count_on(self, k: int) -> Mention | None:
        """The number counting token k or the head of the phrase it sits in."""
        near = [c for c in self.tree.children(k) if self.toks[c].dep in ("nmod", "conj", "appos")]
        # the counted noun may carry an adjective the number mention starts from ("une vingtaine de jeunes gens")
        near += [a for c in near for a in self.tree.children(c, "amod")]
        for i in [k] + near:
            if i in self.number_on:
                return self.number_on[i][0]
        return None


def _args(ctx: Context, trig: Trigger) -> tuple[list[int], list[int], list[int]]:
    """Token heads of the actor, recipient and location-ish phrases of one trigger."""
    toks, tree, row, v = ctx.toks, ctx.tree, trig.row, trig.head
    actors, recips, others = [], [], []
    weak: set[int] = set()  # "de" phrases: an actor only if the lexicon or NER knows them
    subj_role = row.subject
    obj_role = "recipient" if subj_role == "actor" else "actor"

    def put(role: str, k: int) -> None:
        if trig.first <= k <= trig.last:
            return  # part of the trigger itself ("trouver la mort")
        (actors if role == "actor" else recips).append(k)

    # "des civils tués", "the six members killed": a participle on a noun is passive (the English
    # tagger often reads it as a past tense; with no subject of its own it is the participle)
    passive = bool(tree.children(v, "aux:pass", "nsubj:pass")) or (toks[v].dep == "acl" and (
        "VerbForm=Part" in toks[v].morph or ("Tense=Past" in toks[v].morph and not tree.children(v, "nsubj"))))
    subjects = _subjects(ctx, v)
    for c in tree.children(v):
        dep, case = toks[c].dep, tree.case(c)
        if dep == "obl:agent" or (case == "par" and dep.startswith(("obl", "nmod"))):
            put("actor", c)
        elif case in ("contre", "against") or dep == "obj":
            put(obj_role, c)
        elif dep.startswith(("obl", "nmod")):
            if case in ("de", "of") and row.pos == "NOUN":
                put("recipient" if subj_role == "recipient" else "actor", c)
                weak.add(c)
            others.append(c)
    for s in subjects:
        if passive and toks[s].dep.startswith("nsubj:pass"):
            put("recipient", s)
        elif passive:
            put("recipient", s)
        else:
            put(subj_role, s)
    if toks[v].dep == "acl" and passive:
        # "des civils tués par ...": the noun the participle hangs off is the victim
        put("recipient", toks[v].head)
    if row.pos == "NOUN":
        # participles on the noun: "une attaque menée par X contre Y"
        for c in tree.children(v, "acl"):
            for g in tree.children(c):
                dep, case = toks[g].dep, tree.case(g)
                if dep == "obl:agent" or case == "par":
                    put("actor", g)
                elif case in ("contre", "against"):
                    put("recipient", g)
                elif dep.startswith(("obl", "nmod")):
                    others.append(g)
        # a support verb governing the noun: "X a lancé une offensive", "Y a repoussé une attaque",
        # also through a light noun: "ils se sont livrés à des actes de vandalisme"
        noun = _carrier(ctx, v)
        gov = toks[noun].head
        if gov != noun and toks[noun].dep in ("obj", "obl:arg", "obl:mod", "obl", "nsubj:pass"):
            role = ctx.lex.support.get(norm(toks[gov].lemma))
            if role in ("actor", "recipient", "end"):
                if not toks[noun].dep.startswith("nsubj"):
                    for s in _subjects(ctx, gov):
                        put("actor" if role == "end" else role, s)
                for a in tree.children(gov):
                    if toks[a].dep == "obl:agent" or (tree.case(a) == "par" and toks[a].dep.startswith("obl")):
                        put("actor", a)
    return actors, recips, others, weak


def _parties_under(ctx: Context, v: int, exclude: set) -> tuple[Mention, ...]:
    """Named actors (or, failing them, named places) inside the trigger's clause, left to right."""
    sent = ctx.toks[v].sent
    sub = [i for i in ctx.tree.subtree(v) if ctx.toks[i].sent == sent and i > v]
    named = []
    for i in sub:
        m = ctx.actor_at.get(i)
        if m is not None and m.actor and not m.actor.generic and m not in exclude and m not in named:
            named.append(m)
    if named:
        return tuple(named[:3])
    places = []
    for i in sub:
        m = ctx.place_at.get(i)
        if m is not None and m not in places:
            places.append(m)
    return tuple(places[:2])


def _speaker_of(ctx: Context, v: int) -> Mention | None:
    """The speaker of the innermost quote or report containing token v."""
    pos = ctx.toks[v].start
    inside = [q for q in ctx.doc.quotes if q.speaker is not None and q.text.start <= pos < q.text.end]
    return min(inside, key=lambda q: q.text.end - q.text.start).speaker if inside else None


def _party_before(ctx: Context, v: int, exclude: set) -> tuple[Mention, ...]:
    """With no grammatical subject found: the nearest named actor before the trigger in its clause."""
    sent = ctx.toks[v].sent
    for i in range(v - 1, -1, -1):
        if ctx.toks[i].sent != sent or ctx.toks[i].text in (";",) or ctx.toks[i].dep == "mark":
            break
        m = ctx.actor_at.get(i)
        if m is not None and m.actor and not m.actor.generic and m not in exclude:
            return (m,)
    return ()


def _subjects(ctx: Context, v: int) -> list[int]:
    """Subjects of verb v, looking through relative pronouns and common mis-parses."""
    toks, tree = ctx.toks, ctx.tree
    subjects = tree.children(v, "nsubj")
    if not subjects and toks[v].dep in ("conj", "xcomp", "advcl") and toks[toks[v].head].pos in ("VERB", "AUX"):
        # "X a attaqué ... et tué ...", "X a décidé de manifester", "X ... en saccageant": the
        # dependent verb shares the governing verb's subject
        subjects = tree.children(toks[v].head, "nsubj")
    out = []
    for s in subjects:
        if toks[s].pos == "PRON" and toks[v].dep.startswith("acl") and toks[v].head != v:
            # "400 miliciens qui ont participé": the relative pronoun stands for the noun, unless
            # that noun is itself an event ("the attack, which killed three people")
            if toks[v].head not in ctx.trigger_heads:
                out.append(toks[v].head)
        else:
            out.append(s)
    if toks[v].dep == "conj" and toks[toks[v].head].pos in ("NOUN", "PROPN") and toks[v].head < v:
        # "400 terroristes du front X et Cie ont participé": the parser hangs the verb off the
        # first noun as a conjunct; that noun is the real subject
        out.insert(0, toks[v].head)
    return out


def _mentions(ctx: Context, heads: list[int], weak: set[int] = frozenset()) -> tuple[Mention, ...]:
    out: list[Mention] = []
    for k in heads:
        found = ctx.actor_in(k)
        if not found and k not in weak and k not in ctx.place_at and (m := ctx.phrase(k)) is not None:
            found = [m]
        for m in found:
            if m not in out:
                out.append(m)
    return tuple(out)


def _count(m: Mention | None, ctx: Context | None = None) -> Count | None:
    """A count from a number mention; `of` is the counted group's canonical name when known."""
    if m is None or m.quantity is None:
        return None
    q = m.quantity
    of = m.of
    if ctx is not None and m.head in ctx.actor_at and ctx.actor_at[m.head].actor:
        of = ctx.actor_at[m.head].actor.name  # "civils" -> Civilians
    return Count(q.value, q.low, q.high, m.span, of)


def read_event(ctx: Context, trig: Trigger) -> RawEvent | None:
    """One raw event from one trigger, or None when the trigger is only the content of another."""
    toks, row, v = ctx.toks, trig.row, trig.head
    actor_heads, recip_heads, other_heads, weak = _args(ctx, trig)
    # a target named by a preposition may be a thing ("une attaque contre une route"): only a known
    # actor counts there
    things = weak | {k for k in recip_heads if ctx.tree.case(k)}
    if row.type not in PHYSICAL:
        things |= set(recip_heads)  # "agreed to a formula": a statement's object is rarely a party
    actors, recips = _mentions(ctx, actor_heads, weak), _mentions(ctx, recip_heads, things)
    if not recips and row.type not in PHYSICAL:
        # the other party of a statement often sits deeper in the clause ("promised to continue
        # military aid to Mozambique", "offered to hand over to Great Britain")
        recips = _parties_under(ctx, v, exclude=set(actors))
    if not actors and row.type in SPEECH_TYPES and (speaker := _speaker_of(ctx, v)) is not None:
        # reported speech with no subject of its own ("a révélé que ... avec sa complaisance"):
        # the speaker makes the accusation or demand, and the party named in the clause receives it
        actors = (speaker,)
        if not recips:
            recips = _party_before(ctx, v, exclude={speaker})
    if not actors:
        actors = _party_before(ctx, v, exclude=set(recips))
    counts: dict[str, Count] = {}
    # numbers on the trigger itself ("plusieurs dizaines de tués", "des centaines de manifestants")
    if row.count and (c := _count(ctx.count_on(v), ctx)):
        counts[row.count] = c
    for k in recip_heads:
        if row.count in ("dead", "injured") and row.count not in counts and (c := _count(ctx.count_on(k), ctx)):
            counts[row.count] = c
    for k in actor_heads:
        if "size" not in counts and (c := _count(ctx.count_on(k), ctx)):
            counts["size"] = c
    sent = ctx.doc.sentences[toks[v].sent]
    flags = _flags(ctx, trig)
    modes = tuple(dict.fromkeys(m for m in [row.mode] + _modes(ctx, trig) if m))
    def places_under(heads):
        scope = {i for h in heads for i in ctx.tree.subtree(h)}
        return [ctx.place_at[k] for k in sorted(scope) if k in ctx.place_at and toks[k].sent == toks[v].sent
                and k not in ctx.actor_at]
    # places on the trigger itself come before places inside its actors' names
    places = places_under(other_heads) + places_under(actor_heads + recip_heads)
    # "cette offensive" always points back; "l'attaque" does when an attack was just reported
    dets = {ctx.lex.modifiers.get(norm(toks[c].text)) for c in ctx.tree.children(v, "det")}
    anaphoric = "demonstrative" in dets or (row.pos == "NOUN" and "definite" in dets)
    # "They killed 23 soldiers": a third-person pronoun subject continues an event just reported
    anaphoric = anaphoric or any(toks[k].pos == "PRON" and "PronType=Prs" in toks[k].morph
                                 and "Person=3" in toks[k].morph for k in actor_heads)
    sent_no = toks[v].sent
    heading = ctx.heading(sent_no)
    t0, t1 = toks[trig.first], toks[trig.last]
    etype = row.type
    if _ending_verb(ctx, trig) is not None:
        # "lifted the curfew", "halted economic aid": the event is the ending (xx/ended.tsv)
        etype = _endings().get(etype, etype)
    if flags["negated"] and etype in YIELDING_TYPES and not flags["hypothetical"]:
        # "will not accept more refugees", "would not meet the demands": saying no is a rejection
        etype, flags["negated"] = "REJECT", False
    if flags["future"] and not flags["negated"]:
        # an announced action is coded as the promise or threat it is (resources/xx/intent.tsv)
        etype = _intents().get(etype, etype)
    if etype == "MOBILIZE" and actors and not any(m.actor and m.actor.kind in ARMED_KINDS for m in actors):
        # civilians "se mobilisent" against something: that is a protest, not a deployment
        etype = "PROTEST"
    destruction = etype == "COERCE" and "destroy" in modes
    if destruction and any(k in ctx.assault_heads or _names_weapon(ctx, k) for k in actor_heads):
        # "the explosion destroyed nearby buildings": damage done by an attack is part of the attack
        etype, modes, destruction = "ASSAULT", (), False
    if (etype == "ASSAULT" or destruction) and actors and all(m.actor and m.actor.kind == "protesters" for m in actors):
        # "protesters clashed with police", "des manifestants ont saccagé": PLOVER codes a riot as a protest
        etype, modes = "PROTEST", ("riot",)
    elif destruction and "size" in counts and all(m.actor and m.actor.generic and m.actor.kind not in ARMED_KINDS
                                                  for m in actors):
        # "une vingtaine de jeunes gens ont détruit des véhicules": a crowd wrecking property riots
        etype, modes = "PROTEST", ("riot",)
    return RawEvent(
        type=etype, sent=toks[v].sent, trigger=Span(t0.start, t1.end, ctx.doc.article.text[t0.start:t1.end]),
        trigger_lemma=" ".join(row.words), evidence=sent, modes=modes, actors=actors, recipients=recips,
        places=tuple(dict.fromkeys(places)), counts=counts, anaphoric=anaphoric,
        strength=0 if heading else 1 if anaphoric or v in ctx.actor_at else 2,
        # "12 were wounded" with nobody doing it reports an injury, not who caused it
        outcome=row.outcome or (row.count == "injured" and not actors), heading=heading,
        casualty_only=row.count in ("dead", "injured") and toks[v].pos in ("NOUN", "ADJ") and not actors, **flags)


def _carrier(ctx: Context, v: int) -> int:
    """The noun a verb governs when it governs event noun v: v itself, or the noun v modifies
    ("mediation efforts") or the light noun it hangs from ("des actes de vandalisme")."""
    toks = ctx.toks
    if toks[v].dep == "compound" or (toks[v].dep.startswith("nmod")
                                     and ctx.lex.support.get(norm(toks[toks[v].head].lemma)) == "through"):
        return toks[v].head
    return v


def _names_weapon(ctx: Context, k: int) -> bool:
    """Token k is an ASSAULT mode word: a weapon or a kind of attack ("the bomb", "shelling")."""
    return any(typ == "ASSAULT" for typ, _ in ctx.lex.modes.get(norm(ctx.toks[k].lemma)))


def _ending_verb(ctx: Context, trig: Trigger) -> int | None:
    """The verb that ends the event this noun names ("lifted the curfew"), if any."""
    toks = ctx.toks
    if trig.row.pos != "NOUN":
        return None
    noun = _carrier(ctx, trig.head)
    gov = toks[noun].head
    if gov != noun and toks[noun].dep in ("obj", "obl:arg", "nsubj:pass") and ctx.lex.support.get(
            norm(toks[gov].lemma)) == "end":
        return gov
    return None


@lru_cache(maxsize=None)
def _endings() -> dict[str, str]:
    return {r["type"]: r["ended"] for r in resources.table("xx", "ended.tsv") if r.get("type")}


@lru_cache(maxsize=None)
def _intents() -> dict[str, str]:
    return {r["type"]: r["intent"] for r in resources.table("xx", "intent.tsv") if r.get("type")}


def _modifier(ctx: Context, k: int) -> str | None:
    """The status word token k is (negation, hypothetical, future...), if any."""
    tok = ctx.toks[k]
    for key in (norm(tok.lemma), norm(tok.text)):
        kind = ctx.lex.modifiers.get(key)
        if kind is None:
            continue
        pos = ctx.lex.modifier_pos.get(key)
        if pos == "VERB" and tok.pos not in ("VERB", "AUX") or pos and pos != "VERB" and tok.pos != pos:
            return None  # "abuser de son pouvoir": the noun, not the modal verb
        if kind == "hypothetical" and tok.pos in ("VERB", "AUX") and "VerbForm=Part" in tok.morph:
            return None  # "ont pu être appréhendés": they managed to, so it happened
        return kind
    return None


def _flags(ctx: Context, trig: Trigger) -> dict[str, bool]:
    toks, v = ctx.toks, trig.head
    near = [v] + ctx.tree.children(v) + ctx.tree.ancestors(v)[:2]
    verb = [v]
    if trig.row.pos == "NOUN" and toks[v].dep in ("obj", "obl:arg") and toks[v].head != v:
        # an event noun takes its status from the verb that carries it ("will extend the curfew")
        verb.append(toks[v].head)
        near += ctx.tree.children(toks[v].head, "aux", "advmod")
    kinds = {_modifier(ctx, k) for k in near
             if k == v or toks[k].dep in ("advmod", "aux", "aux:tense", "mark", "det") or k in ctx.tree.ancestors(v)[:2]}
    morph = " ".join(toks[k].morph for w in verb for k in [w] + ctx.tree.children(w, "aux"))
    sentence = ctx.doc.sentences[toks[v].sent].text.rstrip(" \n\"'\u201d\u2019\u00bb)")
    future = "future" in kinds or "Tense=Fut" in morph
    return {
        "negated": "negation" in kinds or "Polarity=Neg" in morph,
        # a question asks whether something happened ("Why do I have to sign?"); a main clause under
        # a condition ("If they ratify it, we would accept") says what would happen, unless it is an
        # announced action, which with its condition is a threat or a promise ("will withdraw unless")
        "hypothetical": ("hypothetical" in kinds or "Mood=Cnd" in morph or sentence.endswith("?")
                         or (_under_condition(ctx, v) and not future)),
        "future": future,
    }


def _under_condition(ctx: Context, v: int) -> bool:
    """The trigger's clause, or a clause above it, carries a condition ("if", "si", "unless")."""
    for k in [v] + ctx.tree.ancestors(v)[:3]:
        for c in ctx.tree.children(k, "advcl"):
            if any(ctx.lex.modifiers.get(norm(ctx.toks[m].lemma)) == "hypothetical"
                   for m in ctx.tree.children(c, "mark")):
                return True
    return False


def _modes(ctx: Context, trig: Trigger) -> list[str]:
    """Modes set by words in the trigger's sentence ("obus" -> heavy-weapons), for its type."""
    return [mode for typ, mode in ctx.modes_in(ctx.toks[trig.head].sent) if typ == trig.row.type]


def _inside_name(ctx: Context, trig: Trigger) -> bool:
    """A capitalised trigger word inside a name ("l'association Aide pour tous") is not an event."""
    t = ctx.toks[trig.head]
    first_of_sentence = t.i == 0 or ctx.toks[t.i - 1].sent != t.sent
    return t.text[:1].isupper() and not first_of_sentence and (t.ent != "" or t.i in ctx.actor_at)


# dependencies that put a word inside what another word says, asks or refuses ("rejected the
# offer", "refused to meet", "calling for the removal"); adverbial clauses are separate facts
COMPLEMENT_DEPS = ("obj", "xcomp", "ccomp", "obl", "nmod", "acl", "conj", "iobj", "nsubj:pass", "amod",
                   "compound")
# dependencies that attach the purpose of a protest to it ("demonstrated ... calling for autonomy",
# "a hunger strike to demand his release"): the demand is what the protest is about, not a second event
PURPOSE_DEPS = ("advcl", "xcomp", "acl", "conj")


def _protest_demand(ctx: Context, trig: Trigger, protest_heads: set[int]) -> bool:
    """True when a REQUEST trigger states what a protest in its sentence demands."""
    if trig.row.type != "REQUEST":
        return False
    k = trig.head
    for _ in range(2):
        tok = ctx.toks[k]
        if tok.head == k or not tok.dep.startswith(PURPOSE_DEPS):
            return False
        k = tok.head
        if k in protest_heads:
            return True
    return False


def _speech_content(ctx: Context, trig: Trigger, speech_heads: set[int]) -> bool:
    """True when the trigger is the content of a speech-act or protest trigger (what was demanded)."""
    k = trig.head
    for _ in range(4):
        tok = ctx.toks[k]
        if tok.head == k or not tok.dep.startswith(COMPLEMENT_DEPS):
            return False
        k = tok.head
        if ctx.toks[k].sent != tok.sent:
            return False
        if k in speech_heads:
            return True
    return False


@stage("events", 1, needs=("tokens", "mentions", "quotes", "sentences"), fills=("events",))
def events(doc: Document, config: Config) -> Document:
    """Find triggers, read their arguments, merge reports of one incident, attach attribution."""
    lex = event_lexicon(doc.lang)
    ctx = Context(doc, lex)
    trigs = find_triggers(doc.tokens, doc.lang)
    ctx.trigger_heads = {t.head for t in trigs}
    ctx.assault_heads = {t.head for t in trigs if t.row.type == "ASSAULT"}
    speech = {t.head for t in trigs if t.row.type in SPEECH_TYPES | {"PROTEST"}}
    # "cancelled the restrictions": the noun's event carries the ending; the verb is not a second one
    enders = {g for t in trigs if (g := _ending_verb(ctx, t)) is not None}
    protests = {t.head for t in trigs if t.row.type == "PROTEST"}
    raw: list[RawEvent] = []
    for trig in trigs:
        if _speech_content(ctx, trig, speech) or trig.head in enders or _protest_demand(ctx, trig, protests):
            continue
        if _inside_name(ctx, trig) or trig.head in ctx.actor_at:
            # a participant noun ("un des manifestants a été battu") names people, not an event
            continue
        ev = read_event(ctx, trig)
        if ev is not None:
            raw.append(ev)
    raw += _pronoun_reports(ctx, {t.head for t in trigs})
    # violence named in a sentence makes its deaths and injuries part of an attack
    violent = {e.sent for e in raw if e.type == "ASSAULT" and not e.outcome}
    for e in raw:
        e.violent = e.sent in violent or any(typ == "ASSAULT" for typ, _ in ctx.modes_in(e.sent))
    raw.sort(key=lambda e: e.trigger.start)
    merged = merge_events(raw, config.merge_window)
    if config.keep == "asserted":
        merged = [e for e in merged if not unasserted(e)]
    final: Sequence[Event] = finish(doc, merged, config)
    return dataclasses.replace(doc, events=tuple(final))


def _pronoun_reports(ctx: Context, trigger_heads: set[int]) -> list[RawEvent]:
    """"Elle a été menée par X": a support verb whose subject is a pronoun continues the last event."""
    out = []
    for t in ctx.toks:
        if t.i in trigger_heads or norm(t.lemma) not in ctx.lex.support or ctx.lex.support[norm(t.lemma)] != "actor":
            continue
        subj = ctx.tree.children(t.i, "nsubj")
        if not subj or ctx.toks[subj[0]].pos != "PRON" or ctx.toks[subj[0]].dep != "nsubj:pass":
            continue
        agents = [c for c in ctx.tree.children(t.i) if ctx.toks[c].dep == "obl:agent" or ctx.tree.case(c) == "par"]
        counts = {}
        for k in agents:
            if (c := _count(ctx.count_on(k), ctx)):
                counts["size"] = c
        out.append(RawEvent(type="", sent=t.sent, trigger=Span(t.start, t.end, t.text), trigger_lemma="",
                            evidence=ctx.doc.sentences[t.sent], actors=_mentions(ctx, agents), counts=counts,
                            anaphoric=True, strength=1))
    return out
