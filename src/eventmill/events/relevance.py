"""Article relevance: whether an article is about something eventmill does not code (sports, business,
entertainment), decided once for the whole article rather than trigger by trigger; and which sentences
tell of an accident or a disaster rather than an attack.

"A game-winning shot", "the Celtics attacked the basket" and "fight for more funding" read as
attacks one sentence at a time; the article around them says they are not. An article is off topic
when the words of such subjects (`resources/<lang>/domains.tsv`, all subjects together, the most
frequent naming it), with each score of a game ("4-1", "112-104") as a word of sports, are many and
varied and outnumber the signs of political or violent news: people of a political or armed kind, and
casualty figures.
Its events are kept visible under `--keep all`, with the reason `off topic (sports)`; an event with
dead or injured, or with a crowd of a hundred or more, is never set aside this way (a bombing at a
stadium is news, and so are thousands of nurses on strike).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache

from eventmill import datafiles, ontology
from eventmill.events.context import Context
from eventmill.events.raw import RawEvent
from eventmill.means import named_means
from eventmill.models import Count, Document, Token
from eventmill.text import norm

# at least this many different words of one subject, so one "match" or "film" decides nothing
MIN_DISTINCT = 3
# and this many times more subject words than signs of news (a small margin, both are rough counts)
RATIO = 2.0
# a crowd this large is news whatever the article is about ("thousands of nurses went on strike"), where
# "two large shareholders demanded a seat" is not
NEWS_CROWD = 100
# parts of speech that carry a subject ("match" the noun, not "to match expectations")
CONTENT_POS = ("NOUN", "PROPN", "ADJ")
# a score, "4-1" or "112-104" (the parser splits it in three tokens): a sign of sports in any language; two
# figures of up to three digits joined by a hyphen or an en dash, with no other figure or a percent next to them
SCORELINE = re.compile(r"(?<![\d.,/:%-])\d{1,3}[-\u2013]\d{1,3}(?![\d/:%-]|[.,]\d|\s*(?:%|percent|pour))")
# actor kinds whose presence says an article is political or violent news; `country` is left out
# ("France beat Italy"), and so are companies, media and persons (they appear in every subject)
NEWS_KINDS = frozenset(
    {"government", "military", "police", "rebel", "jihadist", "militia", "igo", "party", "protesters", "civilians"}
)


@cache
def _domains(lang: str) -> dict[str, str]:
    return {norm(r["lemma"]): r["domain"] for r in datafiles.table(lang, "domains.tsv") if r.get("lemma")}


def off_topic(doc: Document) -> str:
    """The subject outside political and violent news that the article is about ("sports"), or ""."""
    domains = _domains(doc.lang)
    if not domains:
        return ""
    seen: set[str] = set()  # the different subject words, all subjects together
    hits: Counter[str] = Counter()
    for t in doc.tokens:
        if t.pos not in CONTENT_POS:
            continue
        word = norm(t.lemma)
        dom = domains.get(word) or domains.get(norm(t.text))
        if dom:
            seen.add(word)
            hits[dom] += 1
    scores = len(SCORELINE.findall(doc.text))
    if scores:
        seen.add("<score>")
        hits["sports"] += scores
    if not hits:
        return ""
    # the subjects together: a tech start-up's funding round mixes words of technology and business
    dom, n = hits.most_common(1)[0][0], sum(hits.values())
    if len(seen) < MIN_DISTINCT:
        return ""
    # (not an actor's word inside the name of a subject's thing: "Premier" in "the Premier League")
    news = sum(
        1
        for m in doc.mentions
        if m.kind == "actor" and m.actor and m.actor.kind in NEWS_KINDS and not _in_subject_name(doc, m.head, domains)
    )
    news += sum(1 for c in doc.candidates for k in ("dead", "injured") if k in c.counts)
    return dom if n > RATIO * news else ""


def _in_subject_name(doc: Document, k: int, domains: Mapping[str, str]) -> bool:
    """Token k qualifies, as a compound, a word of a subject ("Premier League", "Army football team")."""
    toks = doc.tokens
    if not 0 <= k < len(toks) or toks[k].dep != "compound":
        return False
    h = toks[k].head
    while toks[h].dep == "compound" and toks[h].head != h:
        h = toks[h].head
    return bool(domains.get(norm(toks[h].lemma)) or domains.get(norm(toks[h].text)))


def always_news(counts: Mapping[str, Count]) -> bool:
    """Whether an event with these figures is news in an article on any subject: it has dead or
    injured, or a crowd of NEWS_CROWD or more."""
    size = counts.get("size")
    return "dead" in counts or "injured" in counts or (size is not None and (size.value or size.low or 0) >= NEWS_CROWD)


@cache
def _lemmas(lang: str, name: str) -> frozenset[str]:
    """The normalised words of a one-lemma-per-line file of `resources/<lang>/` ("accidents.txt")."""
    return frozenset(norm(w) for w in datafiles.words(lang, name))


def accident_word(lang: str, tok: Token) -> bool:
    """Whether tok is a word of `resources/<lang>/accidents.txt` ("flood", "firefighters")."""
    words = _lemmas(lang, "accidents.txt")
    return norm(tok.lemma) in words or norm(tok.text) in words


def accidental(ctx: Context, k: int) -> bool:
    """Whether the trigger at token k is told as an accident or a disaster: a word of
    `resources/<lang>/accidents.txt` on it, above it, or beside it in its clause ("killed in two
    accidental explosions", "L'accident, causé par l'explosion d'un four", "a gas leak caused an
    explosion"); not one in another clause ("an explosion, and I thought it was a car crash"); or a mishap
    at a workplace of `worksites.txt` with no means of attack named (`_mishap`)."""
    lang = ctx.doc.lang or ""
    words, sites = _lemmas(lang, "accidents.txt"), _lemmas(lang, "worksites.txt")
    if not words:
        return False
    toks = ctx.toks
    up = [k, *ctx.tree.ancestors(k)[:3]]
    near = {i for i in set(up) | {c for h in up[:2] for c in ctx.tree.children(h)} if toks[i].sent == toks[k].sent}
    near |= {g for c in ctx.tree.children(k) for g in ctx.tree.children(c) if toks[g].sent == toks[k].sent}
    # (an attack verb is no disaster, this one or another near it: "the store was stormed by four robbers",
    # "gunmen stormed a wedding hall and opened fire")
    if any(
        norm(toks[i].lemma) in words or norm(toks[i].text) in words
        for i in near
        if not (toks[i].pos == "VERB" and (i == k or i in ctx.assault_heads))
    ):
        return True
    # "a gas explosion at a factory killed 50 workers", "un incendie dans une usine": a mishap at a workplace,
    # unless a means of attack is named ("a bomb exploded at the plant")
    if not any(toks[i].pos == "NOUN" and norm(toks[i].lemma) in sites for i in near):
        return False
    return _mishap(ctx, k, lang) and not named_means(ctx.doc.sentences[toks[k].sent].text, lang)


def _mishap(ctx: Context, k: int, lang: str) -> bool:
    """The trigger at token k is a blast, a fire or a collapse (`mishaps.txt`), or has one for its subject
    ("a gas explosion killed"); not a deed ("a woman shot two co-workers at the plant")."""
    toks, mishaps = ctx.toks, _lemmas(lang, "mishaps.txt")
    if norm(toks[k].lemma) in mishaps:
        return True
    subjects = ctx.tree.children(k, "nsubj")
    return bool(subjects) and all(any(norm(toks[i].lemma) in mishaps for i in ctx.tree.subtree(s)) for s in subjects)


# the armed kinds that name a force able to do violence: a government or a country also acts in words
WORDS_ONLY = frozenset({"government", "country"})


def figurative_only(lang: str, lemmas: Iterable[str]) -> bool:
    """Whether every trigger of an event is a word of `resources/<lang>/figurative.txt` ("hit", "fight")."""
    words = _lemmas(lang, "figurative.txt")
    seen = [norm(w) for w in lemmas]
    return bool(seen) and all(w in words for w in seen)


def violence_named(ctx: Context, events: Iterable[RawEvent]) -> bool:
    """Whether the article names violence anywhere: dead or injured, a weapon, an armed force, or an
    attack word that is not also figurative ("killed", "bombing"). Without any, "fight for more funding"
    and "the rate hit a record" are figures of speech."""
    lang = ctx.doc.lang or ""
    for e in events:
        if "dead" in e.counts or "injured" in e.counts:
            return True
        if e.type == "ASSAULT" and not e.outcome and not figurative_only(lang, e.lemmas):
            return True
    forces = ontology.kinds_in("armed") - WORDS_ONLY
    if any(m.kind == "actor" and m.actor and m.actor.kind in forces for m in ctx.doc.mentions):
        return True
    return any(typ == "ASSAULT" for s in range(len(ctx.doc.sentences)) for typ, _ in ctx.modes_in(s))
