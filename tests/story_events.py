"""Whole stories written for a test, one JSON object a line (id, text, published, counts: event type -> how many
incidents of it the story reports; lang, English unless given), and the check that eventmill codes each incident once. Shared by
tests/unit/test_en28_articles.py and tests/unit/test_en29_repeats.py (tests/ is on sys.path through the top-level
conftest.py)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pytest

from eventmill.api import extract


def stories(path: Path, open_cases: Mapping[str, str]) -> list:
    """The stories of `path` as test parameters; those in `open_cases` are strict xfails with its reason."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        s = json.loads(line)
        marks = [pytest.mark.xfail(strict=True, reason=open_cases[s["id"]])] if s["id"] in open_cases else []
        out.append(pytest.param(s, id=s["id"], marks=marks))
    return out


def show(evs) -> list:
    """The events, short, for an assertion message."""
    return [(e.type, e.trigger.text, e.evidence.text[:60], e.dead and e.dead.value) for e in evs]


def check_counts(story: dict) -> None:
    """The story gives as many events of each type as it reports incidents."""
    doc = extract(story["text"], lang=story.get("lang", "en"), published=story["published"])
    for typ, n in story["counts"].items():
        evs = [e for e in doc.events if e.type == typ]
        assert len(evs) == n, (typ, show(doc.events))
