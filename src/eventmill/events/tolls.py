"""Running totals: whether a casualty figure sums many incidents ("since 2011, 400,000 people have
died", "the war has killed tens of thousands") and is a toll record, not one event's dead. The words
come from `resources/<lang>/cumulative.tsv`."""

from __future__ import annotations

import re
from functools import cache

from eventmill import datafiles
from eventmill.dategrammar import iso_span
from eventmill.events.context import Context
from eventmill.events.superlative import compared
from eventmill.text import norm


def cumulative(ctx: Context, heads: list[int]) -> bool:
    """A casualty figure is a running total over many incidents ("since 2011, 400,000 people have
    died", "a total of 496 had been killed", "au total, 300 morts depuis le début du conflit"): a word
    of `resources/<lang>/cumulative.tsv` on the trigger or on the counted phrase, or as the preposition
    of one of their phrases ("since" only before a year or a long period, and not as a superlative's point
    of comparison: "killed nine people, the worst attack since 2014")."""
    kinds = cumulative_words(ctx.doc.lang or "")
    toks = ctx.toks

    def kind(k: int) -> str:
        return kinds.get(norm(toks[k].lemma)) or kinds.get(norm(toks[k].text)) or ""

    def period(k: int) -> bool:
        return kind(k) in ("period", "war")

    # a war is many incidents: what it has killed is its toll ("the war has killed tens of thousands",
    # "le conflit a fait plus de 500 000 morts"); so for the verb's subject, or, for a verb joined to
    # another with no subject of its own, the first verb's ("the war erupted in 2023 and has killed ...")
    # (read from the verb also when the figure's noun comes first: "more than 3,600 people", "a fait au moins
    # 7 500 morts")
    v = heads[0]
    verb = v if toks[v].pos in ("VERB", "AUX") else toks[v].head
    subject_of = toks[verb].head if toks[verb].dep == "conj" and not ctx.tree.children(verb, "nsubj") else verb
    if any(kind(s) == "war" for s in ctx.tree.children(subject_of, "nsubj")):
        return True
    # and so for a relative clause on a war word, whose subject is the war ("the conflict, which has killed
    # more than 13,000 people", "an insurgency that killed thousands")
    if (
        toks[subject_of].dep in ("acl:relcl", "relcl")
        and kind(toks[subject_of].head) == "war"
        and any(toks[s].pos == "PRON" for s in ctx.tree.children(subject_of, "nsubj"))
    ):
        return True
    # and so for a relative clause in the present perfect on a party: what a group "has killed" in the hundreds
    # is its record over many incidents ("Boko Haram, which has killed thousands of people"), not the dead of
    # the incident told ("the attack, which has killed 20", on an event noun, counts the attack's dead; "l'homme
    # qui a tué trois personnes": a French perfect is a past)
    if (
        toks[subject_of].dep in ("acl:relcl", "relcl")
        and toks[subject_of].head not in ctx.trigger_heads
        and toks[toks[subject_of].head].pos in ("NOUN", "PROPN")
        and _perfect(ctx, subject_of)
        and any(toks[s].pos == "PRON" for s in ctx.tree.children(subject_of, "nsubj"))
        and any(
            max(m.quantity.value or 0, m.quantity.low or 0) >= RECORD_DEAD
            for m in ctx.doc.mentions
            if m.kind == "number" and m.quantity and m.head in ctx.tree.subtree(subject_of)
        )
    ):
        return True
    # what an act has killed in the thousands, told in the present perfect, is a campaign's toll whatever
    # the act's word ("Israel's offensive has killed more than 40,000 Palestinians", "les frappes ont fait
    # plus de 3 000 morts"): the news tells no single attack's dead in the thousands that way
    # (or of a series of acts: "the militants' campaign of bombings has killed more than 2,000")
    acts = [
        k
        for s in ctx.tree.children(verb, "nsubj")
        for k in [
            s,
            *ctx.tree.children(s, "nmod"),
            *(g for p in ctx.tree.children(s, "prep") for g in ctx.tree.children(p, "pobj")),
        ]
    ]
    if _perfect(ctx, verb) and any(k in ctx.trigger_heads for k in acts):
        figures = [m.quantity for h in heads for m in ctx.number_on.get(h, []) if m.quantity]
        if any(max(q.value or 0, q.low or 0) >= CAMPAIGN_DEAD for q in figures):
            return True
    # violence as such, counted over a year or a month, is a toll too ("gang violence has killed more than
    # 3,600 people in Haiti this year", "les violences ont fait 300 morts depuis janvier" is the "since" rule);
    # "violence in the town killed five people on Tuesday" is one incident
    if any(kind(s) == "spree" for s in ctx.tree.children(verb, "nsubj")) and any(
        whole(ctx, c, "year", "month") for c in ctx.tree.children(verb)
    ):
        return True
    # and so are the dead in the thousands told over the year before the news or this one ("Bandits killed more
    # than 2,600 civilians in the region last year"): a yearly tally; a year named by its figure may date one
    # incident ("Police killed 2000 protesters in 2014"), and so may fewer dead ("Two years ago, gunmen killed 40")
    if any(
        whole(ctx, c, "year") and not any(ch.isdigit() for ch in toks[c].text) for c in ctx.tree.children(verb)
    ) and any(
        max(m.quantity.value or 0, m.quantity.low or 0) >= CAMPAIGN_DEAD
        for h in heads
        for m in ctx.number_on.get(h, [])
        if m.quantity
    ):
        return True

    # and "since" on the verb that carries an event noun ("depuis le début de la guerre, l'offensive a
    # fait 58.000 morts": "depuis" hangs on "a fait"; "causant au total 35 morts" sums one event's dead)
    # (the parser may read the toll as an oblique: "les violences ont fait(ROOT) 2.500 morts(obl:mod)")
    carriers = [toks[h].head for h in heads if toks[h].pos == "NOUN" and toks[h].dep in ("nsubj", "obj", "obl:mod")]
    # (and through the figure the dead hang on: "depuis 2012, les violences ont fait des milliers(obj) de morts")
    carriers += [
        toks[toks[h].head].head
        for h in heads
        if toks[h].dep == "nmod" and toks[toks[h].head].dep in ("nsubj", "obj", "obl:mod")
    ]
    # and on a verb joined to it ("thousands have been killed and two million displaced since 2015")
    # (the parser may hang the joined verb on its subject: "two million(conj) displaced(acl)")
    joined = [
        d
        for h in heads
        if toks[h].pos == "VERB"
        for c in ctx.tree.children(h, "conj")
        for d in ([c] if toks[c].pos == "VERB" else ctx.tree.children(c, "acl"))
        if toks[d].pos == "VERB"
    ]
    # and on the clause a relative clause of the toll hangs in ("le Mali est confronté depuis 2012 à la
    # propagation jihadiste, qui a fait des milliers de morts": "depuis" hangs on "confronté")
    # ("des milliers de morts": the dead hang on the figure, the figure on the relative clause's verb)
    governing = [
        toks[toks[a].head].head
        for h in heads
        for a in [h, *ctx.tree.ancestors(h)][:4]
        if toks[a].dep == "acl:relcl" and toks[a].sent == toks[h].sent
    ][:1]
    for h in dict.fromkeys([*heads, *carriers, *joined, *governing]):
        for c in [h, *ctx.tree.children(h)]:
            if c != h and not toks[c].dep.startswith(("obl", "advmod", "nmod", "nsubj", "npadvmod", "prep", "advcl")):
                continue
            marks = [kind(k) for k in [c, *ctx.tree.children(c, "case", "prep", "det", "mark")]]
            if "total" in marks and h in heads:
                return True
            # (or a clause of how the period began: "since the insurgency began in 2011";
            # or a clause dated a month or more back: "since the offensive began in April")
            began = toks[c].dep == "advcl" and (
                any(period(s) for s in ctx.tree.children(c, "nsubj"))
                or any(_months_long(ctx, d) for d in ctx.tree.children(c) if d in ctx.date_value)
            )
            if (
                "since" in marks
                and (re.fullmatch(r"1[89]\d\d|20\d\d", toks[c].text) or period(c) or began or _months_long(ctx, c))
                and not compared(toks, ctx.tree, c, ctx.doc.lang or "")  # "the worst attack since 2014"
            ):
                return True
    # "more than 150 Palestinians were killed in the West Bank last year": the dead of a whole year, told
    # by nobody's act (a passive verb with no agent and no incident, not "killed in a bombing"), are a
    # year's toll
    # (a bare plural event noun is no one incident either: "28 people have been killed in ethnic riots this
    # year", "Last year, more than 1,000 people were killed in militant attacks in Pakistan")
    # and so are the dead of a series of incidents counted since the day just told, a "since" word standing
    # alone ("Depuis, plusieurs dizaines de manifestants ont été tués lors de rassemblements")
    obls = ctx.tree.children(v, "obl")
    # (the incidents' noun on the verb or on its adverb, "lors de rassemblements")
    series = [k for c in ctx.tree.children(v) for k in [c, *ctx.tree.children(c, "obl", "obl:arg")]]
    since_then = any(kind(c) == "since" and not ctx.tree.children(c) for c in ctx.tree.children(v, "advmod"))
    return (
        toks[v].pos == "VERB"
        and bool(ctx.tree.children(v, "aux:pass"))
        and not ctx.tree.children(v, "obl:agent")
        and not any(c in ctx.trigger_heads and not bare_plural(ctx, c) for c in obls)
        and (
            any(whole(ctx, c, "year") for c in ctx.tree.children(v))
            or (since_then and any(k in ctx.trigger_heads and bare_plural(ctx, k) for k in series))
        )
    )


CAMPAIGN_DEAD = 1000  # dead an act "has killed" that make it a campaign's toll
RECORD_DEAD = 100  # dead a party "has killed" that make them its record


def _perfect(ctx: Context, v: int) -> bool:
    """Verb v is in the present perfect ("has killed", "a fait"): a present auxiliary, no passive."""
    aux = ctx.tree.children(v, "aux", "aux:tense")
    return bool(aux) and any("Tense=Pres" in ctx.toks[a].morph for a in aux) and not ctx.tree.children(v, "aux:pass")


def bare_plural(ctx: Context, k: int) -> bool:
    """Noun k is plural with no determiner, possessive or figure ("in ethnic riots"): a kind or a series."""
    return "Number=Plur" in ctx.toks[k].morph and not ctx.tree.children(k, "det", "nmod:poss", "nummod")


def whole(ctx: Context, k: int, *precisions: str) -> bool:
    """Token k is a date of a whole year (or of another of the precisions given): "last year", "en 2022"."""
    d = ctx.date_value.get(k)
    return d is not None and d.precision in precisions


LONG_DAYS = 7  # "since" a day more than a week before the article counts weeks of incidents, not one


def _months_long(ctx: Context, k: int) -> bool:
    """Token k is a date of a month or a year ("since March", "depuis janvier"), or a day more than a
    week before the article ("depuis le 18 février" in March): a long period ("since Monday" is not)."""
    if whole(ctx, k, "month", "year"):
        return True
    d, pub = ctx.date_value.get(k), ctx.doc.article.published
    # with no publication date to count from, a day written with its month ("depuis le 7 octobre",
    # "since Oct. 7") is a long period: a story a few days on would name the weekday ("since Monday")
    if d is not None and d.precision == "day" and d.value is None and not pub:
        return _written_day(ctx, k)
    days = iso_span(d.value) if d is not None and d.precision == "day" else None
    return bool(days and pub and (span := iso_span(pub[:10])) and (span[0] - days[1]).days > LONG_DAYS)


def _written_day(ctx: Context, k: int) -> bool:
    """The date mention around token k writes its day as a figure ("le 7 octobre", "Oct. 7")."""
    toks, run = ctx.toks, [k]
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(toks) and j in ctx.date_at and toks[j].sent == toks[k].sent:
            run.append(j)
            j += step
    return any(any(ch.isdigit() for ch in toks[j].text) for j in run)


@cache
def cumulative_words(lang: str) -> dict[str, str]:
    """The words of `resources/<lang>/cumulative.tsv`, folded, with their kind (`since`, `period`, ...)."""
    return {norm(r["word"]): r["kind"] for r in datafiles.table(lang, "cumulative.tsv") if r.get("word")}


def since_on(ctx: Context, v: int) -> bool:
    """Verb v has a phrase or a clause opened by a `since` word ("have stepped up attacks since the
    Taliban ended a ceasefire"): what it tells runs over a period."""
    kinds = cumulative_words(ctx.doc.lang or "")
    return any(
        kinds.get(norm(ctx.toks[m].lemma)) == "since"
        for c in ctx.tree.children(v)
        for m in ctx.tree.children(c, "case", "mark")
    )


def period_named(ctx: Context, v: int) -> bool:
    """Event noun v names the start of the period a `since` phrase counts from ("depuis le début des
    violences", "since the start of the unrest"), after an event an earlier sentence reported: the
    words point back at what is already told, whatever type they would have on their own (riots told
    again as "violence"), and tell no incident of their own."""
    toks, kinds = ctx.toks, cumulative_words(ctx.doc.lang or "")
    if toks[v].pos != "NOUN" or not any(toks[k].sent < toks[v].sent for k in ctx.trigger_heads):
        return False
    # (or the noun itself, a "since" word its preposition: "300 morts depuis la trêve", "fermée depuis l'attaque")
    if any(kinds.get(norm(toks[o].text)) == "since" for o in ctx.tree.children(v, "case")):
        return True
    start = toks[v].head
    if toks[start].dep == "prep" and ctx.lex.case_is(toks[start].text, "of"):
        start = toks[start].head  # English hangs the noun on "of", and "of" on "start"
    if start == v or kinds.get(norm(toks[start].lemma)) != "period":
        return False
    opener = [*ctx.tree.children(start, "case"), *([toks[start].head] if toks[start].dep == "pobj" else [])]
    return any(kinds.get(norm(toks[o].text)) == "since" for o in opener)


def risen_to(ctx: Context, v: int) -> int:
    """The token of the figure a count of the dead named by noun v grew to ("The death toll from the attack
    rose to 40", "bringing the death toll to four": `tally` and `rise` rows of cumulative.tsv), or -1: the count of
    the incident the toll is of."""
    words = cumulative_words(ctx.doc.lang or "")
    tally = v if words.get(norm(ctx.toks[v].lemma)) == "tally" else ctx.toks[v].head
    if ctx.toks[v].dep != "compound" and tally != v:
        return -1
    # (its subject, or the object of a verb that makes it grow: "bringing the death toll to four")
    if words.get(norm(ctx.toks[tally].lemma)) != "tally" or not ctx.toks[tally].dep.startswith(("nsubj", "obj")):
        return -1
    verb = ctx.toks[tally].head
    if words.get(norm(ctx.toks[verb].lemma)) != "rise":
        return -1
    return next((k for k in ctx.tree.children(verb, "obl", "obj") if k in ctx.number_on), -1)
