"""Dependency labels to Universal Dependencies, so the event reader has one scheme to follow.

French spaCy models already speak UD. The English models use ClearNLP-style labels and make the
preposition the head of its noun ("attack -prep-> on -pobj-> base"); UD makes the noun the
dependent and the preposition its `case` ("attack -nmod-> base -case-> on"). A language folder
says which scheme its model uses (`"deps": "clear"` in language.json).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from eventmill.models import Token
from eventmill.stages.parse.appositions import appositive_participles
from eventmill.stages.parse.participles import participle_clauses

CLEAR_TO_UD = {
    "nsubjpass": "nsubj:pass",
    "auxpass": "aux:pass",
    "dobj": "obj",
    "neg": "advmod",
    "relcl": "acl:relcl",
    "poss": "nmod:poss",
    "csubjpass": "csubj:pass",
    "npadvmod": "obl:npmod",
    "attr": "obj",
    "oprd": "xcomp",
    "acomp": "xcomp",
    "quantmod": "advmod",
    "predet": "det",
    "preconj": "cc",
    "prt": "compound:prt",
    "pcomp": "ccomp",
    "intj": "discourse",
    "meta": "dep",
}
PREPOSITIONS = {"prep", "agent", "dative"}
VERBAL = {"VERB", "AUX", "ADJ"}


def active_subjects(tokens: Sequence[Token]) -> list[Token]:
    """A passive subject of a verb that has an object and no passive auxiliary is its active subject:
    fr_core_news_md 3.8 labels "Les gendarmes ont ensuite arrêté douze militants" with gendarmes as
    nsubj:pass, which made the arresting gendarmes the arrested."""
    aux_pass = {t.head for t in tokens if t.dep == "aux:pass"}
    has_obj = {t.head for t in tokens if t.dep == "obj"}
    return [
        dataclasses.replace(t, dep="nsubj")
        if t.dep == "nsubj:pass" and t.head in has_obj and t.head not in aux_pass and t.head != t.i
        else t
        for t in tokens
    ]


def split_roots(tokens: Sequence[Token]) -> list[Token]:
    """A noun the model made a root of its own just before the verb it is the subject of becomes that
    verb's subject: fr_core_news_md 3.8 parses "Pékin a menacé Taipei" and "Londres, Paris et Berlin
    ont exigé ..." as two sentences in one, the capital(s) alone and a verb with no subject."""
    roots = [t for t in tokens if t.head == t.i]
    if len(roots) < 2:
        return list(tokens)
    below: dict[int, int] = {}  # root index -> last token index of its subtree
    for t in tokens:
        top, seen = t, 0
        while top.head != top.i and seen < len(tokens):
            top, seen = tokens[top.head], seen + 1
        if top.head == top.i:
            below[top.i] = max(below.get(top.i, top.i), t.i)
    subjects = {t.head for t in tokens if t.dep.startswith("nsubj") or t.dep.startswith("csubj")}
    passive = {t.head for t in tokens if t.dep == "aux:pass"}
    out = list(tokens)
    for noun in roots:
        after = below[noun.i] + 1
        if noun.pos not in ("PROPN", "NOUN") or after >= len(tokens):
            continue
        nxt = tokens[after]
        verb = nxt if nxt.head == nxt.i else tokens[nxt.head]
        if (
            verb.sent != noun.sent
            or verb.head != verb.i
            or verb.pos != "VERB"
            or verb.i in subjects
            or not (nxt is verb or (nxt.pos == "AUX" and nxt.head == verb.i))
        ):
            continue
        dep = "nsubj:pass" if verb.i in passive else "nsubj"
        out[noun.i] = dataclasses.replace(noun, head=verb.i, dep=dep)
        subjects.add(verb.i)
    return out


def relative_objects(tokens: Sequence[Token]) -> list[Token]:
    """A second subject of one verb that follows a relative clause with no object is that clause's
    object: fr_core_news_md 3.8 parses "L'homme qui a tué trois personnes à Marseille a été arrêté" with
    "personnes" as a subject of "arrêté" beside "homme", so the man killed nobody."""
    out = list(tokens)
    subjects: dict[int, list[int]] = {}
    for t in tokens:
        if t.dep in ("nsubj", "nsubj:pass") and t.head != t.i:
            subjects.setdefault(t.head, []).append(t.i)
    objects = {t.head for t in tokens if t.dep == "obj"}
    for verb, subs in subjects.items():
        if len(subs) < 2:
            continue
        first, second = subs[0], subs[1]
        rel = [
            t.i
            for t in tokens
            if t.dep == "acl:relcl" and t.head == first and first < t.i < second and t.i not in objects
        ]
        if not rel or not second < verb:
            continue
        r = rel[-1]
        # only the clause's auxiliaries and the object's own words stand between them
        between = tokens[r + 1 : second]
        if all(
            t.head in (r, second) and t.dep in ("aux", "aux:tense", "aux:pass", "nummod", "det", "amod")
            for t in between
        ):
            out[second] = dataclasses.replace(tokens[second], head=r, dep="obj")
    return out


def partitive_objects(tokens: Sequence[Token], partitives: frozenset[str]) -> list[Token]:
    """An indefinite plural article the model read as a preposition makes an object an oblique:
    fr_core_news_md 3.8 parses "ont attaqué des soldats" with "des" as `case` and "soldats" as
    `obl:arg`, so the soldiers were not attacked. Right after a verb with no object, that article is
    the object's determiner (language.json `partitives`)."""
    out = list(tokens)
    objects = {t.head for t in tokens if t.dep == "obj"}
    for t in tokens:
        if t.dep != "obl:arg" or t.head in objects or tokens[t.head].pos != "VERB" or t.head > t.i:
            continue
        art = [c for c in tokens[t.head + 1 : t.i] if c.head == t.i and c.dep == "case"]
        between = tokens[t.head + 1 : art[0].i] if art else ()
        if len(art) == 1 and art[0].text.lower() in partitives and all(b.dep == "advmod" for b in between):
            out[t.i] = dataclasses.replace(t, dep="obj")
            out[art[0].i] = dataclasses.replace(art[0], dep="det", pos="DET")
            objects.add(t.head)
    return out


def dated_objects(tokens: Sequence[Token], days: frozenset[str]) -> list[Token]:
    """An object after a weekday the model read as a bare oblique of the verb or a modifier of the day:
    fr_core_news_md 3.8 parses "a arrêté mercredi trois hommes" with "hommes" as `obl:mod` beside
    "mercredi" or as its `nmod`, so nobody was arrested. A noun phrase with an article or a number and no
    preposition, after such a day, on a verb with no object, is that verb's object."""
    out = list(tokens)
    objects = {t.head for t in tokens if t.dep == "obj"}
    for t in tokens:
        day = tokens[t.head]
        verb = day.head if t.dep == "nmod" and day.dep == "obl:mod" and day.lemma.lower() in days else t.head
        if t.dep not in ("obl:mod", "nmod") or t.pos != "NOUN" or verb in objects or verb > t.i:
            continue
        if tokens[verb].pos != "VERB" or t.lemma.lower() in days:
            continue
        kids = [c for c in tokens if c.head == t.i and c.i != t.i]
        if any(c.dep == "case" for c in kids) or not any(c.dep in ("det", "nummod") for c in kids):
            continue
        if any(d.head == verb and d.dep == "obl:mod" and d.lemma.lower() in days for d in tokens[verb + 1 : t.i]):
            out[t.i] = dataclasses.replace(t, dep="obj", head=verb)
            objects.add(verb)
    return out


def _bound_before_number(tokens: Sequence[Token]) -> Sequence[Token]:
    """A bound before a number that the model read as a particle and a preposition: "arrested up(prt)
    to(prep) 100 protesters(pobj)" becomes "arrested [up to 100] protesters(dobj)", as the model parses
    it elsewhere ("killed up to 30 villagers"), so the people are the verb's object (ClearNLP labels)."""
    fixed = {}
    for t in tokens:
        i = t.i
        if t.dep != "prt" or i + 2 >= len(tokens):
            continue
        prep, num = tokens[i + 1], tokens[i + 2]
        if prep.dep != "prep" or prep.head not in (t.head, i) or num.dep != "nummod":
            continue
        noun = tokens[num.head]
        if noun.head != prep.i or noun.dep != "pobj":
            continue
        fixed[noun.i] = (t.head, "dobj")
        fixed[i] = fixed[prep.i] = (num.i, "quantmod")
    if not fixed:
        return tokens
    return [dataclasses.replace(t, head=fixed[t.i][0], dep=fixed[t.i][1]) if t.i in fixed else t for t in tokens]


def _names_read_as_verbs(tokens: Sequence[Token], names: frozenset[str]) -> Sequence[Token]:
    """A name in capitals the model read as a verb ("IS", the Islamic State, read as "is") becomes a
    proper noun (ClearNLP labels): before a noun it names that noun's kind ("killed in IS attacks",
    "IS fighters", "captured IS territory": the noun takes its place in the sentence), before a verb it
    is that verb's subject ("IS claimed responsibility"; "10 IS militants were killed", where the model made it the root, leaves the noun's clause in its place); elsewhere only its tag changes ("claimed by
    IS"). Not in a line written in capitals, where "IS" is a verb."""
    out = list(tokens)
    for t in tokens:
        if t.text not in names or t.pos not in ("AUX", "VERB") or t.i + 1 >= len(tokens):
            continue
        line = [u.text for u in tokens if u.sent == t.sent and u.text[:1].isalpha()]
        if sum(w.isupper() for w in line) * 2 > len(line):
            continue
        nxt = tokens[t.i + 1]
        if nxt.pos in ("NOUN", "PROPN", "ADJ"):
            noun = nxt if nxt.pos != "ADJ" else tokens[nxt.head]
            if noun.head == t.i:  # "in IS(pobj) attacks(dobj)": the noun takes the name's place
                dep = "dobj" if t.dep in ("ccomp", "ROOT") and t.head != t.i else t.dep
                out[noun.i] = dataclasses.replace(noun, head=t.head if t.head != t.i else noun.i, dep=dep)
            elif (top := _below(tokens, noun.i, t.i)) is not None:
                # "10 IS(root) militants were killed(ccomp)": the clause the noun is in takes the name's
                # place, else the name would hang from its own dependant (a cycle, no root)
                out[top] = dataclasses.replace(tokens[top], head=t.head if t.head != t.i else top, dep=t.dep)
            out[t.i] = dataclasses.replace(t, pos="PROPN", head=noun.i, dep="compound")
        elif nxt.pos == "VERB" and t.head == nxt.i:
            out[t.i] = dataclasses.replace(t, pos="PROPN", dep="nsubj")
        else:
            out[t.i] = dataclasses.replace(t, pos="PROPN")
    return out


def speakers_after_comma(tokens: Sequence[Token]) -> list[Token]:
    """The words between the last comma and a reporting verb at the end of a report are its subject,
    not part of what the clause before it reports (UD labels). The English model reads "a strike
    killed 30 people, including children, residents and a rebel group said" with "people" as the
    subject of "said" (so the strike killed nobody) and "the strike injured 12 people, including two
    children, the city's mayor said" with the mayor among the injured. When a verb's complement clause
    comes before it and the verb has no subject of its own but the noun right after the clause's verb,
    the noun phrase after the last comma becomes its subject and that noun the clause's object."""
    out = list(tokens)
    kids: dict[int, list[int]] = {}
    for t in tokens:
        if t.head != t.i:
            kids.setdefault(t.head, []).append(t.i)
    for s in tokens:
        if s.pos != "VERB":
            continue
        below = [tokens[c] for c in kids.get(s.i, ())]
        comps = [t for t in below if t.dep == "ccomp" and t.i < s.i and t.pos == "VERB"]
        if not comps:
            continue
        v = comps[0]
        subj = [t for t in below if t.dep in ("nsubj", "nsubj:pass")]
        noun = subj[0] if len(subj) == 1 else None
        if subj and (noun is None or noun.i < v.i or _first(kids, noun.i) != v.i + 1):
            continue  # the verb has a subject of its own
        if noun is not None and any(tokens[c].dep in ("obj", "aux:pass", "nsubj:pass") for c in kids.get(v.i, ())):
            continue
        comma = next((k for k in range(s.i - 1, v.i, -1) if tokens[k].text == ","), None)
        if comma is None or comma + 1 >= s.i:
            continue
        seg = range(comma + 1, s.i)
        if any(tokens[k].pos in ("VERB", "AUX") for k in seg):
            continue
        roots = [k for k in seg if tokens[k].head not in seg]
        top = roots[0] if roots and tokens[roots[0]].pos in ("NOUN", "PROPN") else None
        if top is None or (noun is not None and top == noun.i) or _below(tokens, top, v.i) is None and noun is None:
            continue
        out[top] = dataclasses.replace(tokens[top], head=s.i, dep="nsubj")
        # "including three children" before the comma stays with the reported noun
        left = sorted((tokens[c] for k in seg for c in kids.get(k, ()) if c < comma), key=lambda t: t.i)
        nouns = [t.i for t in left if t.pos in ("NOUN", "PROPN", "PRON")]
        for t in left:
            up = noun.i if noun is not None else tokens[top].head
            out[t.i] = dataclasses.replace(t, head=up if t.i in nouns[-1:] or not nouns else nouns[-1])
        for k in roots[1:]:  # "the city's mayor Ihor Terekhov": the name beside the title
            out[k] = dataclasses.replace(tokens[k], head=top)
        if noun is not None:
            out[noun.i] = dataclasses.replace(noun, head=v.i, dep="obj")
    return out


def _first(kids: dict[int, list[int]], k: int) -> int:
    """The index of the first token of token k's subtree."""
    first, stack, seen = k, [k], {k}
    while stack:
        for c in kids.get(stack.pop(), ()):
            if c not in seen:
                seen.add(c)
                first = min(first, c)
                stack.append(c)
    return first


def _below(tokens: Sequence[Token], k: int, anc: int) -> int | None:
    """The child of `anc` on the path from token k up to it, or None when k does not descend from it."""
    seen = 0
    while tokens[k].head != k and seen < len(tokens):
        if tokens[k].head == anc:
            return k
        k = tokens[k].head
        seen += 1
    return None


def to_ud(
    tokens: Sequence[Token],
    scheme: str | None,
    complement: frozenset[str] = frozenset(),
    names: frozenset[str] = frozenset(),
    participles: Mapping[str, str] | None = None,
    partitives: frozenset[str] = frozenset(),
    days: frozenset[str] = frozenset(),
) -> list[Token]:
    """Relabel and restructure one document's tokens into UD conventions (a no-op for "ud").

    `complement`: the prepositions whose clause is what a verb is about (cases.tsv role `complement`).
    `names`: names in capitals the model reads as verbs (language.json `verb_names`).
    `participles`: present participles the model misreads after a comma (language.json `participles`).
    `partitives`: articles the model misreads as prepositions after a verb (language.json `partitives`).
    `days`: weekday names, after which the model misreads an object as an oblique (`dates.tsv` weekdays).
    """
    if partitives:
        tokens = partitive_objects(tokens, partitives)
    if participles:
        tokens = participle_clauses(tokens, participles)
    if scheme in (None, "", "ud"):
        tokens = dated_objects(tokens, days) if days else tokens
        tokens = split_roots(appositive_participles(tokens))
        return _acyclic(speakers_after_comma(active_subjects(relative_objects(tokens))))
    if scheme != "clear":
        raise ValueError(f"unknown dependency scheme {scheme!r} (known: ud, clear)")
    tokens = _bound_before_number(_names_read_as_verbs(tokens, names) if names else tokens)
    heads = [t.head for t in tokens]
    deps = [CLEAR_TO_UD.get(t.dep, t.dep) for t in tokens]
    kids: dict[int, list[int]] = {}
    for t in tokens:
        if t.head != t.i:
            kids.setdefault(t.head, []).append(t.i)
    for t in tokens:
        if t.dep not in PREPOSITIONS:
            continue
        objs = [c for c in kids.get(t.i, ()) if tokens[c].dep == "pobj"]
        clauses = [c for c in kids.get(t.i, ()) if tokens[c].dep == "pcomp" and tokens[c].pos in ("VERB", "AUX")]
        if not objs and clauses and t.head != t.i:
            # "accused them of cooperating", "after storming the building": the verb hangs from the
            # preposition's head, with the preposition as its mark; after "of", "with", "for" it is
            # the complement (what they were accused of), else an adverbial clause
            verb = clauses[0]
            heads[verb] = t.head
            deps[verb] = (
                "ccomp" if t.text.lower() in complement else ("advcl" if tokens[t.head].pos in VERBAL else "acl")
            )
            heads[t.i], deps[t.i] = verb, "mark"
            continue
        if not objs:
            if t.dep == "dative":
                deps[t.i] = "iobj"  # "gave them aid": the dative is a plain noun
            continue
        obj, gov = objs[0], t.head
        heads[obj] = gov if gov != t.i else obj
        if t.dep == "agent":
            deps[obj] = "obl:agent"
        else:
            deps[obj] = "obl" if tokens[gov].pos in VERBAL else "nmod"
        heads[t.i], deps[t.i] = obj, "case"
        for extra in objs[1:]:  # rare: two objects of one preposition
            heads[extra], deps[extra] = obj, "conj"
    ud = active_subjects(
        [t if t.head == heads[t.i] and t.dep == deps[t.i] else _relabelled(t, heads[t.i], deps[t.i]) for t in tokens]
    )
    return _acyclic(speakers_after_comma(ud))


def _relabelled(t: Token, head: int, dep: str) -> Token:
    """`dataclasses.replace(t, head=head, dep=dep)`, built positionally in the field order of `Token`:
    every token of an English article passes here, and `replace` costs several times more."""
    return Token(t.i, t.start, t.end, t.text, t.lemma, t.pos, dep, head, t.ent, t.sent, t.morph)


def _acyclic(tokens: list[Token]) -> list[Token]:
    """The tokens with no cycle of heads: a mend that leaves one (a token its own dependent's
    dependent) would send every walk up or down the tree round for ever; the cycle's first verb, else
    its first token, becomes a root."""
    rooted: set[int] = set()  # tokens whose walk up ends at a root (or off the tree): no cycle above them
    for t in tokens:
        path: list[int] = []
        on_path: set[int] = set()
        k = t.i
        while k not in rooted and tokens[k].head != k and k not in on_path and 0 <= tokens[k].head < len(tokens):
            path.append(k)
            on_path.add(k)
            k = tokens[k].head
        if k in on_path:
            cycle = sorted(path[path.index(k) :])
            top = next((c for c in cycle if tokens[c].pos in ("VERB", "AUX")), cycle[0])
            tokens[top] = dataclasses.replace(tokens[top], head=top, dep="ROOT")
        rooted.update(path)  # after the mend, the cycle's tokens and the path into it reach its new root
    return tokens
