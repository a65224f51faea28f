"""Present participles the model misreads after a comma, so their victims hang on nothing.

The French model reads "tuant quatre habitants" as a clause but garbles "blessant quatre habitants": a
noun modifying "habitants", a noun joined to the dead ("tuant cinq personnes et blessant douze autres"),
or a verb whose victims are a noun modifier. A form listed in the language's `language.json`
(`participles`: form -> lemma) that comes after a comma, or after "et" and another such participle,
and before a noun phrase, becomes that verb heading its own clause, the noun phrase its object.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from eventmill.models import Token

BEFORE_OBJECT = ("DET", "NUM", "ADV", "ADP")  # "blessant grièvement deux policiers", "blessant au moins 12"
OBJECT = ("NOUN", "PRON", "PROPN")
REACH = 5  # tokens from the participle to its object's noun


def participle_clauses(tokens: Sequence[Token], forms: Mapping[str, str]) -> list[Token]:
    """Tokens with each listed participle heading a clause and taking its noun phrase as object."""
    out = list(tokens)
    if not forms:
        return out
    for t in tokens:
        lemma = forms.get(t.text.lower())
        if lemma is None or t.i == 0 or tokens[t.i - 1].sent != t.sent:
            continue
        obj = _object_after(out, t.i)
        if obj is None or (t.pos == "VERB" and out[obj].head == t.i and out[obj].dep == "obj"):
            continue
        prev = out[t.i - 1]
        if prev.text == ",":
            gov, dep = _clause_verb(out, prev), "advcl"
        elif prev.pos == "CCONJ":
            gov = next(
                (k for k in range(prev.i - 1, -1, -1) if out[k].sent == t.sent and out[k].text.lower() in forms), None
            )
            dep = "conj"
        else:
            continue
        if gov is None or gov == t.i:
            continue
        out[t.i] = dataclasses.replace(t, pos="VERB", lemma=lemma, morph="Tense=Pres|VerbForm=Part", head=gov, dep=dep)
        out[obj] = dataclasses.replace(out[obj], head=t.i, dep="obj")
        out[prev.i] = dataclasses.replace(prev, head=t.i if dep == "conj" else prev.head)
    return out


def _object_after(tokens: Sequence[Token], i: int) -> int | None:
    for k in range(i + 1, min(i + 1 + REACH, len(tokens))):
        tok = tokens[k]
        if tok.sent != tokens[i].sent:
            return None
        if tok.pos in OBJECT:
            return k
        # a phrase with no noun ends on its adjective: "blessant douze autres"
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if tok.pos == "ADJ" and (after is None or after.sent != tok.sent or after.pos in ("PUNCT", "CCONJ")):
            return k
        if tok.pos not in BEFORE_OBJECT:
            return None
    return None


def _clause_verb(tokens: Sequence[Token], comma: Token) -> int | None:
    """The verb of the clause before the comma: the comma's head when it is one, else the sentence's root."""
    if tokens[comma.head].pos in ("VERB", "AUX") and comma.head < comma.i:
        return comma.head
    return next((t.i for t in tokens if t.sent == comma.sent and t.head == t.i and t.pos in ("VERB", "AUX")), None)
