"""Helpers shared by every language's lexicon data tests: read a resource table, split a parse into words."""
from __future__ import annotations

from functools import lru_cache

from eventmill.resources import ROOT
from eventmill.text import norm


@lru_cache(maxsize=None)
def _raw(name: str) -> tuple[tuple[str, ...], tuple[tuple[int, tuple[str, ...]], ...]]:
    """(header, ((line number, fields), ...)) of a TSV file, comments and blank lines skipped."""
    header, rows = None, []
    for n, line in enumerate((ROOT / name).read_text(encoding="utf-8").split("\n"), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = tuple(line.split("\t"))
        if header is None:
            header = fields
        else:
            rows.append((n, fields))
    return header, tuple(rows)


def _dicts(name: str) -> list[dict[str, str]]:
    header, rows = _raw(name)
    return [dict(zip(header, fields)) for _, fields in rows]


def _plover() -> set[tuple[str, str]]:
    return {(r["type"], r["mode"]) for r in _dicts("xx/plover.tsv")}


def _units(doc) -> list[tuple[str, str, str]]:
    """(lemma, text, pos) per word of the parsed sentence, normalised.

    A token whose normalised text has several words ("cessez-le-feu", "AK-47") gives one unit per word;
    a token with no word ("-" in "sit - in") gives none.
    """
    out = []
    for t in doc:
        lemma, text = norm(t.lemma_), norm(t.text)
        if not text:
            continue
        lw, tw = lemma.split(), text.split()
        if len(tw) > 1 and len(lw) == len(tw):
            out += [(a, b, t.pos_) for a, b in zip(lw, tw)]
        else:
            out.append((lemma, text, t.pos_))
    return out


def _show(doc) -> str:
    return " ".join(f"{t.text}/{t.lemma_}/{t.pos_}" for t in doc)


def _int_or_none(s: str) -> int | None:
    return int(s) if s else None
