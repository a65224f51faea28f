"""Runs of tokens the parser's entity recogniser labels alike: the names the mentions stage reads first."""

from __future__ import annotations

from collections.abc import Sequence

from eventmill.models import Token

BRACKETS = ("(", ")", "[", "]")


def entity_runs(tokens: Sequence[Token]) -> list[tuple[int, int, str]]:
    """Runs of tokens with the same entity label, inside one sentence."""
    out, k = [], 0
    while k < len(tokens):
        lab = tokens[k].ent
        if not lab or tokens[k].text in BRACKETS:
            k += 1
            continue
        j = k  # a bracket ends a name: "Partiaga (Partiaga department" is a town, then its district
        while j + 1 < len(tokens) and tokens[j + 1].ent == lab and tokens[j + 1].sent == tokens[k].sent:
            if tokens[j + 1].text in BRACKETS:
                break
            j += 1
        # drop a leading determiner the NER swallowed ("L'armée ...")
        while k < j and tokens[k].pos in ("DET", "ADP"):
            k += 1
        # and a trailing possessive marker ("Deir ez-Zor's eastern countryside"): the name is without it
        end = j
        while k < end and tokens[end].pos == "PART" and tokens[end].dep == "case":
            end -= 1
        out.append((k, end, lab))
        k = j + 1
    return out
