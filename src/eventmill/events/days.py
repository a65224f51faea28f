"""The days a report's own clause names, read before reports merge: two reports whose clauses date
them to different days tell two incidents ("strikes killed 23 in Idlib on Tuesday" ... "On Monday,
barrel bombs killed four in Kafr Nabl"), however near their places (`eventmill.events.links.conflict`);
so do a day and another month ("on Wednesday" ... "in March"), while a month holds its days."""

from __future__ import annotations

from collections.abc import Sequence

from eventmill.config import Config
from eventmill.events.clausetime import noun_owned
from eventmill.events.dates import Dater
from eventmill.events.location import Locator
from eventmill.events.raw import RawEvent
from eventmill.events.spoken import count_risen, governing_verb
from eventmill.models import Document


def read_days(doc: Document, raw: Sequence[RawEvent], config: Config) -> None:
    """Fill each raw event's `days`: the day- and month-precise dates in its trigger's own clause (not in an embedded
    clause, the dateline, a direct quote, a date given as background, or the start of a period)."""
    if not raw or not doc.tokens:
        return
    loc = Locator(doc, raw, config)
    # a day inside a direct quote is counted from when its speaker spoke ("today's attack" in a statement
    # issued the next morning), which the article's date may not be
    quoted = [q.text for q in doc.quotes if q.direct]
    days: list[tuple[int, str]] = [
        (loc.place_tok[id(m)], m.date.value)
        for m in Dater(loc).incident_days(("day", "month"))
        if m.date
        and m.date.value
        and not any(q.start <= m.span.start < q.end for q in quoted)
        # (nor the day a count rose: "the death toll from Friday's bombing rose to 57 on Saturday")
        and not count_risen(loc, m)
    ]
    if not days:
        return
    # the verbs that report an act of each type: a noun in the phrase of another act's verb is dated by its
    # own words only, not by that act's day ("police said on Monday they had arrested four men over an attack")
    acts = {loc.token(e.trigger.start): e.type for e in raw}
    owned = noun_owned(loc.toks, loc.tree, acts, [k for k, _ in days])
    for ev in raw:
        top, clause = loc.clause(ev.trigger.start)
        mine = set(loc.tree.subtree(loc.token(ev.trigger.start))) if _borrowed(loc, acts, top, ev) else clause
        t = loc.token(ev.trigger.start)
        # a date inside the phrase of an event's noun is that noun's day, and another event's only when its
        # own clause names no other: "a year after the March 2023 massacre, gunmen killed nine on Saturday"
        above = {t, *loc.tree.ancestors(t)}
        clause_days = [(k, value) for k, value in days if k in clause and k in mine]
        free = [value for k, value in clause_days if owned.get(k, t) in above]
        own = [value for k, value in days if owned.get(k) == t] or free or [value for _, value in clause_days]
        if not own:
            # a date opening the sentence before the verb it hangs on dates what follows, the clause
            # a reporting verb governs included ("On Monday, barrel bombs killed four ..., the
            # Observatory said"), unlike a date after that verb ("said on Tuesday that ...")
            above = set(loc.tree.ancestors(t))
            # (not the day of an act of another type: "said on Monday they had arrested four men over an attack")
            own = [
                value
                for k, value in days
                if k < t and (v := governing_verb(loc, k)) in above and k < v and acts.get(v, ev.type) == ev.type
            ]
        if not own and ev.sequel:
            # what came before a dated act happened by then: "talks broke down in March after it killed
            # four youths" is no report of Wednesday's ambush
            top, _ = loc.clause(ev.trigger.start)
            if (gov := governing_verb(loc, top)) >= 0:
                own = [value for k, value in days if k in loc.clause(loc.toks[gov].start)[1]]
        if not own and (top := _relative(loc, clause)) >= 0:
            # a relative clause tells of the incident its noun's clause dates ("l'attaque du 7 octobre
            # 2023 dans le sud, qui a entraîné la mort de 1.198 personnes"): that day is its day too
            # (not the day of another deed its noun's clause reports: "lined the streets on Thursday for the
            # funeral of a trooper who was shot dead last week")
            noun = loc.toks[top].head
            outer_top, outer = loc.clause(loc.toks[noun].start)
            mine = set(loc.tree.subtree(noun)) if acts.get(outer_top) != ev.type else outer
            own = [value for k, value in days if k in outer and k in mine and not _borrowed(loc, acts, outer_top, ev)]
        ev.days = frozenset(own)


def _borrowed(loc: Locator, acts: dict[int, str], top: int, ev: RawEvent) -> bool:
    """The clause headed by `top` reports an act of another type than ev's, whose noun only hangs on it."""
    return acts.get(top, ev.type) != ev.type and loc.token(ev.trigger.start) != top


def _relative(loc: Locator, clause: set[int]) -> int:
    """The head of a relative clause (-1 when the clause is none)."""
    return next((k for k in clause if loc.toks[k].dep == "acl:relcl" and loc.toks[k].head not in clause), -1)
