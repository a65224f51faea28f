"""The `rules+veto` typer: the rule typer's decisions, with a small logistic model that may veto a kept event.

The model (`resources/xx/typer_weights.json`, built by `scripts/train_typer.py` from the study
halves of the dev sets) reads language-neutral facts about each candidate the rules kept (`features`)
and gives the probability that it reports a real event of its type. Below the threshold chosen on
the study halves the report is doubted (`rule="model:veto"`, score = that probability, status
"doubted"): `assemble` drops it unless it joins, or is joined by, a report not in doubt, so a vetoed
repeat of a kept incident still gives it its parties and figures; a kept
event keeps its `rules:` rule name and carries the probability as its score. Rules that already said
"no event" are left as they are. With the scope "repeats" the model may veto only a report of a type
the article has already reported in an earlier sentence (the commonest false event is a repeat; a
first report vetoed takes its slots with it); the training script chooses the scope.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from eventmill.config import Config
from eventmill.events.rules import RuleTyper
from eventmill.models import Candidate, Decision, Document, Mention

WEIGHTS_FILE = "typer_weights.json"
VETO_RULE = "model:veto"


@dataclass(frozen=True, slots=True)
class VetoModel:
    """Logistic regression over named features: P(real event) = sigmoid(bias + sum of weights)."""

    bias: float
    weights: dict[str, float]
    threshold: float
    # "lang:TYPE" pairs the model saw labelled examples of; it vetoes only those (POPCORN labels
    # only three types in French: a French REQUEST is not evidence the model has learned anything about)
    covered: frozenset[str] = frozenset()
    scope: str = "all"  # "all": any kept event of a covered type; "repeats": only one told in an earlier sentence

    def probability(self, feats: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


@cache
def load_model() -> VetoModel:
    """The committed weights, read once from the package (no network)."""
    path = resources.files("eventmill") / "resources" / "xx" / WEIGHTS_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    weights = {k: float(v) for k, v in data["weights"].items()}
    return VetoModel(
        float(data["bias"]), weights, float(data["threshold"]), frozenset(data["covered"]), data.get("scope", "all")
    )


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    """The first edge n does not exceed ("3" for n=3 with edges 0,1,2,5), or the last edge with "+"."""
    for e in edges:
        if n <= e:
            return str(e)
    return f"{edges[-1]}+"


def _kind(ms: tuple[Mention, ...]) -> str:
    if not ms:
        return "none"
    m = ms[0]
    if m.actor is None:
        return m.kind
    return m.actor.kind + (":generic" if m.actor.generic else "")


def features(doc: Document, candidates: tuple[Candidate, ...], decisions: tuple[Decision, ...]) -> list[list[str]]:
    """Named features of each candidate under its rule decision (the same function trains and runs the model)."""
    lang = doc.lang or "xx"
    per_type = Counter(d.type for d in decisions if d.type)
    out = []
    for c, d in zip(candidates, decisions):
        head = doc.tokens[c.head] if 0 <= c.head < len(doc.tokens) else None
        words = [t.lemma.lower() for t in doc.tokens[c.first : c.last + 1]]
        f = [
            f"lang={lang}",
            f"proposed={c.proposed}",
            f"decided={d.type}",
            f"decided@lang={d.type}@{lang}",
            f"retyped={c.proposed != d.type}",
            f"rule={d.rule}",
            f"strength={c.strength}",
            f"actors={bool(c.actors)}",
            f"recipients={bool(c.recipients)}",
            f"places={bool(c.places)}",
            f"actor_kind={_kind(c.actors)}",
            f"recipient_kind={_kind(c.recipients)}",
            f"dep={head.dep if head else ''}",
            f"pos={head.pos if head else ''}",
            f"first_sentence={c.sent == 0}",
            f"sent_pos={_bucket(c.sent, (0, 1, 2, 4, 8, 16))}",
            f"same_type={_bucket(per_type[d.type], (1, 2, 3, 5))}",
            f"lemma={lang}:{' '.join(words)}",
            f"lemma_type={lang}:{' '.join(words)}:{d.type}",
        ]
        f += [f"feature={x}" for x in c.features]
        f += [f"status={x}" for x in c.status]
        f += [f"decision_status={x}" for x in d.status]
        f += [f"count={k}" for k, _ in c.counts]
        f.append(f"counts={bool(c.counts)}")
        out.append(f)
    return out


def veto(
    doc: Document,
    candidates: tuple[Candidate, ...],
    decisions: tuple[Decision, ...],
    model: VetoModel,
    threshold: float | None = None,
) -> tuple[Decision, ...]:
    """Score every kept event with the model; turn those below the threshold into no event where the
    model was trained on that language and type (and, with the scope "repeats", where an earlier sentence
    reports that type)."""
    limit = model.threshold if threshold is None else threshold
    lang = doc.lang or "xx"
    first: dict[str, int] = {}  # the first sentence that reports each type
    for c, d in zip(candidates, decisions):
        if d.type:
            first[d.type] = min(first.get(d.type, c.sent), c.sent)
    out = []
    for c, d, feats in zip(candidates, decisions, features(doc, candidates, decisions)):
        if not d.type:
            out.append(d)
            continue
        p = round(model.probability(feats), 4)
        repeat = first[d.type] < c.sent
        vetoed = p < limit and f"{lang}:{d.type}" in model.covered and (model.scope == "all" or repeat)
        if vetoed:
            # doubted, not dropped: alone it is no event (`assemble`), but a report of the same incident it
            # joins keeps its parties and figures
            out.append(Decision(d.type, p, VETO_RULE, d.modes, (*d.status, "doubted")))
        else:
            out.append(dataclasses.replace(d, score=p))
    return tuple(out)


class VetoTyper:
    """The rules, then the learned veto (`--typer rules+veto`)."""

    name = "rules+veto"
    version = 13

    def __init__(self) -> None:
        self.rules = RuleTyper()
        self.model = load_model()

    def decide(self, doc: Document, candidates: tuple[Candidate, ...], config: Config) -> tuple[Decision, ...]:
        return veto(doc, candidates, self.rules.decide(doc, candidates, config), self.model)
