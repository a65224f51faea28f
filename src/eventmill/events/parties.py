"""The parties a trigger's grammar does not give: the speaker of the report it is told in, the
nearest named actor before it (not a speaker who stands aside, `events.asides`), and the subjects of
what a demand says must be done, and the named parties deeper in its clause (`parties_under`). Read by
`events.reading`."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from eventmill import ontology
from eventmill.events.asides import asides
from eventmill.events.context import Context
from eventmill.events.placefit import where_named
from eventmill.models import Mention
from eventmill.placecues import after_locative, place_cues
from eventmill.text import norm


def speaker_of(ctx: Context, v: int) -> Mention | None:
    """The speaker of the innermost quote or report containing token v."""
    pos = ctx.toks[v].start
    inside = [q for q in ctx.doc.quotes if q.speaker is not None and q.text.start <= pos < q.text.end]
    return min(inside, key=lambda q: q.text.end - q.text.start).speaker if inside else None


def party_before(
    ctx: Context, v: int, exclude: set, skip: AbstractSet[int] = frozenset(), within: set | None = None
) -> tuple[Mention, ...]:
    """With no grammatical subject found: the nearest named actor before the trigger in its clause,
    outside the phrases in skip (the victims: "the six U.S. service members killed") and the speakers
    of reports that do not report it (`asides`), and, when
    within is given, inside it (an event noun's own phrase: "today's Taliban attack", not the
    subject of "Carter responded to the bombing")."""
    sent = ctx.toks[v].sent
    skip = skip | asides(ctx, v)
    for i in range(v - 1, -1, -1):
        if ctx.toks[i].sent != sent or ctx.toks[i].text in (";",) or ctx.toks[i].dep == "mark":
            break
        if i in skip or (within is not None and i not in within):
            continue
        m = ctx.actor_at.get(i)
        if (
            m is None
            or not m.actor
            or m.actor.generic
            or m in exclude
            or ctx.topic_label(m)
            or ctx.place_named(m)
            or ctx.named_for(m, v)
        ):
            continue
        if not (i in ctx.place_at and where_named(ctx.toks, ctx.tree, ctx.doc.lang or "", i)) and not _of_town(ctx, i):
            return (m,)  # (a country where it happened is no doer: "dans l'est du Burkina Faso")
    return ()


def _of_town(ctx: Context, i: int) -> bool:
    """A nationality that qualifies a noun of place says where, it does nothing: "in the northwestern Pakistani
    city of Peshawar", "une ville malienne"."""
    cues = place_cues(ctx.doc.lang or "")
    head = ctx.toks[i].head
    return ctx.toks[i].dep == "amod" and any(
        k in cues.get(norm(ctx.toks[head].lemma)) for k in ("town", "admin1", "admin2")
    )


def addressees(ctx: Context, v: int) -> list[int]:
    """The subjects of what a demand says must be done: "demanded that the Sudanese government end
    curbs", "its demand that Israel ease restrictions", "said the rebels must reach an agreement"
    (the trigger is the modal). A passive subject is what is done, not who must do it."""
    toks = ctx.toks
    clauses = [c for c in ctx.tree.children(v, "ccomp", "acl") if toks[c].dep != "acl:relcl"]
    if toks[v].dep == "aux" and toks[v].head != v:
        clauses.append(toks[v].head)
    if toks[v].pos == "NOUN":
        # the parser hangs the clause as adverbial, on the noun ("its call for Kenya to lift the ban") or,
        # opened by a `content` mark, on the verb the noun is the object of ("renewed its demand that ...")
        clauses += ctx.tree.children(v, "advcl")
        if toks[v].dep == "obj":
            clauses += [
                c
                for c in ctx.tree.children(toks[v].head, "advcl", "ccomp")
                if c > v and any(ctx.lex.case_is(toks[m].text, "content") for m in ctx.tree.children(c, "mark"))
            ]
    return [k for c in clauses for k in ctx.tree.children(c) if toks[k].dep == "nsubj" and toks[k].pos != "PRON"]


def parties_under(
    ctx: Context, v: int, exclude: set, after: int | None = None, places: bool = True, held: bool = False
) -> tuple[Mention, ...]:
    """Named actors (or, failing them and with `places`, named places) inside the clause of v after the
    trigger (v, or `after`), left to right; for a crowd's event (`held`), no place after a locative word,
    which is where it was held ("ont manifesté jeudi à Paris")."""
    sent = ctx.toks[v].sent
    start = v if after is None else after
    # (not inside a finite event verb joined to v, which is an act of its own with its own parties: "condemned
    # the violence and called on the Taliban to join talks")
    own = {
        i
        for c in ctx.tree.children(v, "conj")
        if c in ctx.trigger_heads and ctx.toks[c].pos == "VERB" and "VerbForm=Fin" in ctx.toks[c].morph
        for i in ctx.tree.subtree(c)
    }
    sub = [i for i in ctx.tree.subtree(v) if ctx.toks[i].sent == sent and i > start and i not in own]
    # a source is no target: "selon la CGT", "selon des journalistes de l'AFP"
    sources = {
        j
        for q in ctx.doc.quotes
        if q.speaker is not None and q.speaker.head >= 0
        for j in ctx.tree.subtree(q.speaker.head)
    }
    named: list[Mention] = []
    for i in sub:
        m = ctx.actor_at.get(i)
        if not places and i in ctx.place_at:
            continue  # (nor a capital standing for its government: "dans les rues de Tunis")
        if m is not None and m.actor and not m.actor.generic and m not in exclude | set(named) and i not in sources:
            named.append(m)
    if named or not places:
        return tuple(named[:3])
    found = []
    for i in sub:
        m = ctx.place_at.get(i)
        if m is None or (held and after_locative(ctx.doc, m)):
            continue
        if m not in found and m not in exclude:  # not a capital that acts
            found.append(m)
    return tuple(found[:2])


def crowd_heads(ctx: Context, v: int) -> list[int]:
    """The subjects of the verb a protest noun is a circumstance of ("youths threw stones during protests",
    "workers stopped work in a strike"): the crowd that protested, when every party named there is
    neither armed nor an institution (not "police fired tear gas during the protests")."""
    toks, tree = ctx.toks, ctx.tree
    gov = toks[v].head
    if gov == v or not toks[v].dep.startswith("obl") or toks[gov].pos != "VERB" or gov in ctx.trigger_heads:
        return []  # (a verb of its own event says what the crowd did or suffered: "two people died in protests")
    subjects, k = tree.children(gov, "nsubj"), gov
    for _ in range(2):
        if subjects or toks[k].dep not in ("xcomp", "conj", "advcl", "acl") or toks[k].head == k:
            break
        # "resorted to throwing stones during ...": the subject of the verb it completes, or the noun
        # a participle hangs on ("youths resorting to ...")
        k = toks[k].head
        subjects = [k] if toks[k].pos in ("NOUN", "PROPN") else tree.children(k, "nsubj")
    barred = ontology.kinds_in("armed") | ontology.kinds_in("institution")
    found = [m for s in subjects for m in ctx.actor_in(s)]
    return subjects if found and all(m.actor is None or m.actor.kind not in barred for m in found) else []


def acted_on(ctx: Context, v: int) -> list[int]:
    """The objects of the act a statement announces, named by common nouns too: "threatened to ban
    opposition candidates", "warned it would expel foreign journalists"."""
    acts = [c for c in ctx.tree.children(v, "xcomp", "ccomp") if c in ctx.trigger_heads]
    return [
        o
        for c in acts
        for o in ctx.tree.children(c, "obj")
        if ctx.toks[o].pos in ("NOUN", "PROPN") and o not in ctx.trigger_heads
    ]
