"""Events of a short text written for a test, and the one event of a type among them (for the unit tests
of sentence shapes: tests/unit/test_wire_reports.py, tests/unit/test_who_hit_whom.py; tests/ is on
sys.path through the top-level conftest.py)."""

from __future__ import annotations

import eventmill
from eventmill.models import Event

PUB = "2023-03-04"


def events_of(text: str, lang: str = "en", published: str = PUB) -> tuple[Event, ...]:
    """The events eventmill reads in text, published on `published`."""
    return eventmill.extract(text, lang=lang, published=published).events


def one_event(text: str, etype: str = "ASSAULT", lang: str = "en") -> Event:
    """The only event of type etype in text (the test fails when there are none or several)."""
    evs = [e for e in events_of(text, lang) if e.type == etype]
    assert len(evs) == 1, [(e.type, e.trigger.text if e.trigger else None) for e in evs]
    return evs[0]
