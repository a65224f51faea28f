"""Numbers in words and digits, and vague quantities with ranges, from the language's quantity table;
and which of them are no counts (ages, years, addresses, designations), from its `noncounts.tsv`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from eventmill import datafiles
from eventmill.models import Quantity, Token
from eventmill.phrases import PhraseIndex
from eventmill.stages.mentions.places import head_of
from eventmill.text import norm

_DIGITS = re.compile(r"^\d{1,3}(?:[ .,\u202f]\d{3})+$|^\d+$")
_DECIMAL = re.compile(r"^\d+[.,]\d+$")


@dataclass(frozen=True, slots=True)
class QuantityLexicon:
    phrases: PhraseIndex[Quantity]
    multipliers: dict[str, int]


def _int(s: str) -> int | None:
    return int(s) if s.strip().lstrip("-").isdigit() else None


@cache
def quantity_lexicon(lang: str) -> QuantityLexicon:
    """The language's number words, vague phrases and multipliers (`*milliers`)."""
    pairs, mult = [], {}
    for row in datafiles.tables(lang, "quantities.tsv"):
        phrase = row.get("phrase", "")
        value, low, high = _int(row.get("value", "")), _int(row.get("low", "")), _int(row.get("high", ""))
        if phrase.startswith("*"):
            if value:
                for w in phrase[1:].split():
                    mult[w.casefold()] = value
            continue
        if value is None and low is not None:
            value = low
        pairs.append((phrase, Quantity(value, low if low is not None else value, high if high is not None else value)))
    return QuantityLexicon(PhraseIndex(pairs), mult)


def digit_value(text: str) -> int | None:
    """'400' -> 400, '1 200' / '1.200' / '1,200' -> 1200; decimals and others -> None."""
    t = text.strip()
    if _DIGITS.match(t):
        return int(re.sub(r"\D", "", t))
    return None


@dataclass(frozen=True, slots=True)
class NumberHit:
    first: int
    last: int
    quantity: Quantity


def find_numbers(tokens: Sequence[Token], lang: str, taken: Sequence[bool]) -> list[NumberHit]:
    """Every exact or vague quantity; `taken[k]` marks tokens already used by a date or name."""
    lex = quantity_lexicon(lang)
    hits: list[NumberHit] = []
    allow = [not t for t in taken]
    for m in lex.phrases.scan(tokens, allow=allow):
        if (
            m.first == m.last
            and tokens[m.first].pos in ("DET", "PRON")
            and not _exact_pronoun(tokens[m.first], m.values[0])
        ):
            continue  # "une attaque": an article, not the number one; "plusieurs", "aucun": no figure
        q = m.values[0]
        last = m.last
        # "des dizaines de milliers": a multiplier after a vague phrase scales it
        nxt = _skip_de(tokens, last + 1)
        if nxt is not None and tokens[nxt].text.casefold() in lex.multipliers and q.value:
            f = lex.multipliers[tokens[nxt].text.casefold()]
            q = Quantity((q.value or 0) * f, (q.low or 0) * f, (q.high or 0) * f)
            last = nxt
        hits.append(NumberHit(m.first, last, q))
    used = {k for h in hits for k in range(h.first, h.last + 1)}
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if k in used or taken[k]:
            k += 1
            continue
        value = digit_value(tok.text)
        scale_text = None
        if value is None and _DECIMAL.match(tok.text) and k + 1 < len(tokens):
            scale_text = tokens[k + 1].text.casefold()
            if scale_text in lex.multipliers:
                value = round(float(tok.text.replace(",", ".")) * lex.multipliers[scale_text])
                hits.append(NumberHit(k, k + 1, Quantity(value, value, value)))
                k += 2
                continue
            value = None
        if value is not None:
            last = k
            # "1 200" split over two tokens by the tokenizer
            while (
                last + 1 < len(tokens)
                and re.fullmatch(r"\d{3}", tokens[last + 1].text)
                and tokens[last + 1].start == tokens[last].end + 1
                and value < 1000
            ):
                value = value * 1000 + int(tokens[last + 1].text)
                last += 1
            if last + 1 < len(tokens) and tokens[last + 1].text.casefold() in lex.multipliers:
                value *= lex.multipliers[tokens[last + 1].text.casefold()]
                last += 1
            if (
                last == k
                and _YEAR.fullmatch(tok.text)
                and not (last + 1 < len(tokens) and tokens[last + 1].pos in ("NOUN", "ADJ", "PROPN"))
            ):
                k += 1  # "since 2017, when ...": a year the date reader left, not a count
                continue
            hits.append(NumberHit(k, last, Quantity(value, value, value)))
            k = last + 1
            continue
        k += 1
    hits.sort(key=lambda h: h.first)
    return hits


_YEAR = re.compile(r"(1[89]|20)\d\d")


def _exact_pronoun(tok: Token, q: Quantity) -> bool:
    """A number word above one that stands for its people ("cinq ont été blessés"): a count."""
    return tok.pos == "PRON" and q.value is not None and q.value > 1 and q.low == q.high == q.value


def _skip_de(tokens: Sequence[Token], k: int) -> int | None:
    """Index of the next token after an optional 'de'/'of'-like short preposition."""
    if k < len(tokens) and tokens[k].pos == "ADP" and len(tokens[k].text) <= 3:
        k += 1
    return k if k < len(tokens) else None


@dataclass(frozen=True, slots=True)
class NonCounts:
    """The language's `noncounts.tsv`: counted nouns and leading phrases that make a number no count."""

    nouns: frozenset[str]  # "ans", "year", "rue": the number is an age, a duration, an address
    before: PhraseIndex[str]  # "aged", "âgé de": right before the number, it is an age
    longest: int


@cache
def non_counts(lang: str) -> NonCounts:
    """The language's words that make a number no count (`noncounts.tsv`)."""
    rows = datafiles.tables(lang, "noncounts.tsv")
    nouns = frozenset(norm(r["phrase"]) for r in rows if r.get("position") == "noun" and norm(r["phrase"]))
    before = [(r["phrase"], r.get("meaning", "")) for r in rows if r.get("position") == "before"]
    longest = max((len(norm(p).split()) for p, _ in before), default=0)
    return NonCounts(nouns, PhraseIndex(before), longest)


def not_a_count(tokens: Sequence[Token], first: int, last: int, counted: int | None, lang: str) -> bool:
    """Whether the number first..last is an age, an address or a designation rather than a count
    ("Tamerlan, 26,", "un homme de 26 ans", "aged 26", "12 rue de la Paix", "Brigade 55"); `counted`
    is the token of the noun it counts, None when it counts none."""
    lex = non_counts(lang)
    if counted is not None and {norm(tokens[counted].text), norm(tokens[counted].lemma)} & lex.nouns:
        return True
    if (
        counted is not None
        and first == last
        and _YEAR.fullmatch(tokens[first].text)
        and "Number=Sing" in tokens[counted].morph
    ):
        return True  # a year on a singular noun: "the 2011 uprising" (a count of 2011 takes a plural)
    if (
        counted is not None
        and first == last
        and last + 1 < counted
        and tokens[last + 1].pos in ("PROPN", "NOUN")
        and tokens[last + 1].text[:1].isupper()
        and "Number=Sing" in tokens[counted].morph
        and (digit_value(tokens[first].text) or 0) > 1
    ):
        return True  # part of a name on a singular noun: "an alleged 8 Block gang member"
    start = max(0, first - lex.longest)
    leading = lex.before.scan(tokens[start:first])
    if any(m.last == first - 1 - start and tokens[first - 1].sent == tokens[first].sent for m in leading):
        return True  # "aged 26", "âgé de 26 ans"
    # what follows reads the parse: only a bare figure ("55", not "des centaines") hanging from a noun
    # before it
    head = tokens[first].head
    if first != last or digit_value(tokens[first].text) is None or head >= first:
        return False
    if tokens[head].pos not in ("NOUN", "PROPN"):
        return False
    before, after = tokens[first - 1], tokens[last + 1] if last + 1 < len(tokens) else None
    # the noun's own designation: "Brigade 55", "la brigade 55", "Flight 17"
    if head == first - 1:
        return True
    # a bare number set off by commas after a name is an age: "Tamerlan, 26, died"; "the attackers,
    # 12 in all," counts them
    return (
        counted is None
        and before.text in (",", "(")
        and (after is None or after.pos == "PUNCT" or after.sent != tokens[last].sent)
    )


def counted_noun(toks: Sequence[Token], first: int, last: int) -> tuple[str, int]:
    """The noun a number counts ("Six civils" -> civils) and its token index."""
    for k in range(first, last + 1):
        h = toks[k].head
        if not first <= h <= last and toks[h].pos in ("NOUN", "PROPN", "ADJ", "PRON") and h > last:
            return toks[h].text, h
    # "plusieurs dizaines de tués": skip a preposition
    j = last + 1
    if j < len(toks) and toks[j].pos == "ADP":
        j += 1
    # (only a word the number governs: in "kills 12 in northern Nigeria" nothing is counted)
    if (
        j < len(toks)
        and toks[j].pos in ("NOUN", "ADJ", "VERB")
        and toks[j].sent == toks[last].sent
        and (j == last + 1 or first <= toks[j].head <= last)
    ):
        return toks[j].text, j
    return "", head_of(toks, first, last)
