"""A past participle set off by commas after a subject describes that subject; the finite verb after the
second comma is what the subject does. fr_core_news_md 3.8 parses "Les assaillants, arrivés à bord de
motos, ont incendié plusieurs véhicules" with the attackers as the subject of "arrivés" and "incendié"
hanging from it (or from the participle as an adverbial clause), so the burning had no doer and the
attackers named again pointed back to nothing. Wire copy writes its doers this way all the time
("Les manifestants, venus de plusieurs quartiers, ont ...", "Le suspect, interpellé mardi, a été ...").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from eventmill.models import Token

HELPERS = ("aux", "aux:tense", "aux:pass", "cop")
REACH = 12  # tokens from the participle to the comma that closes its phrase


def appositive_participles(tokens: Sequence[Token]) -> list[Token]:
    """Tokens with each comma-set past participle after its subject hanging on that subject (`acl`), and the
    subject on the finite verb after the second comma."""
    out = list(tokens)
    kids: dict[int, list[int]] = {}
    for t in tokens:
        if t.head != t.i:
            kids.setdefault(t.head, []).append(t.i)
    for p in tokens:
        if not _bare_participle(tokens, kids, p):
            continue
        subject = next((k for k in kids.get(p.i, ()) if tokens[k].dep == "nsubj" and k < p.i), None)
        if subject is None or tokens[p.i - 1].text != "," or _last(kids, subject) != p.i - 2:
            continue
        close = next((k for k in range(p.i + 1, min(p.i + REACH, len(tokens))) if tokens[k].text == ","), None)
        if close is None or any(tokens[k].sent != p.sent for k in range(p.i, close + 1)):
            continue
        verb = _verb_after(tokens, kids, p, close)
        if verb is None:
            continue
        dep = "nsubj:pass" if any(tokens[k].dep == "aux:pass" for k in kids.get(verb, ())) else "nsubj"
        out[subject] = dataclasses.replace(out[subject], head=verb, dep=dep)
        if tokens[verb].head == p.i:  # the model made the participle the clause's root, the verb its clause
            root = p.head == p.i
            out[verb] = dataclasses.replace(out[verb], head=verb if root else p.head, dep="ROOT" if root else p.dep)
            for k in kids.get(p.i, ()):
                if k > close and k != verb:  # what follows the second comma is the verb's
                    out[k] = dataclasses.replace(out[k], head=verb)
        out[p.i] = dataclasses.replace(out[p.i], head=subject, dep="acl")
    return out


def _bare_participle(tokens: Sequence[Token], kids: dict[int, list[int]], p: Token) -> bool:
    """p is a past participle with no auxiliary of its own: it describes, it does not tell."""
    return (
        p.pos == "VERB"
        and p.i >= 2
        and "VerbForm=Part" in p.morph
        and "Tense=Past" in p.morph
        and not any(tokens[k].dep in HELPERS for k in kids.get(p.i, ()))
    )


def _verb_after(tokens: Sequence[Token], kids: dict[int, list[int]], p: Token, close: int) -> int | None:
    """The finite verb right after the comma that closes p's phrase, with no subject of its own, which the
    model hung on p or p on it."""
    for k in range(close + 1, min(close + 6, len(tokens))):
        t = tokens[k]
        if t.sent != p.sent:
            return None
        if t.pos not in ("VERB", "AUX") or t.dep in HELPERS:
            continue
        told = "VerbForm=Fin" in t.morph or any(tokens[a].dep in HELPERS for a in kids.get(k, ()))
        own_subject = any(tokens[s].dep.startswith("nsubj") for s in kids.get(k, ()))
        linked = t.head == p.i or p.head == k
        return k if told and not own_subject and linked else None
    return None


def _last(kids: dict[int, list[int]], k: int) -> int:
    """The last token of k's phrase."""
    end, stack = k, [k]
    while stack:
        i = stack.pop()
        for c in kids.get(i, ()):
            end = max(end, c)
            stack.append(c)
    return end
