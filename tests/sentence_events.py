"""Events of a short text written for a test, and the one event of a type among them (for the unit tests
of sentence shapes: tests/unit/test_wire_reports.py, tests/unit/test_who_hit_whom.py; tests/ is on
sys.path through the top-level conftest.py)."""

from __future__ import annotations

from pathlib import Path

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


# the columns of a PLOVER sentence case (tests/unit/test_plover27_types.py, test_plover28_types.py)
PLOVER_COLUMNS = "lang, etype, mode, actor, recipient, text"


def check_plover(lang: str, etype: str, mode: str, actor: str, recipient: str, text: str) -> None:
    """The sentence gives exactly its type (or no event: NONE), with the mode and the parties' words asked for."""
    events = eventmill.extract(text, lang=lang).events
    assert [e.type for e in events] == ([] if etype == "NONE" else [etype])
    if not events:
        return
    event = events[0]
    if mode:
        assert mode in event.modes
    actors = [m.span.text.lower() for m in event.actors]
    assert not actor or any(actor.lower() in a for a in actors), actors
    recipients = [m.span.text.lower() for m in event.recipients]
    assert not recipient or any(recipient.lower() in r for r in recipients), recipients


def type_rows(path: Path) -> list[tuple[str, str, str]]:
    """(type, mode, sentence) rows of a file of one-sentence reports (tests/data/plo30/, plo31/), comments left out."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]  # type: ignore[misc]


def wrong_types(rows: list[tuple[str, str, str]]) -> list[tuple[str, list[str], str]]:
    """The rows whose sentence does not give exactly one event of its type: (type, types given, sentence)."""
    return [
        (etype, types, text)
        for etype, _, text in rows
        if (types := [e.type for e in eventmill.extract(text, lang="en").events]) != [etype]
    ]
