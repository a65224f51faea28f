"""French wire news written for these tests (tests/data/fr31/: read.jsonl, studied while fixing, and clean.jsonl, run
only at the end as a check), in the styles of AFP, Le Monde, Le Parisien, Ouest-France, 20 Minutes, RFI, Jeune
Afrique, La Presse and Le Soir: one record per incident with the right PLOVER type, none for what is no incident, and
the slots the story gives (dead, injured, size, an actor or recipient word) on the incident's record."""

from pathlib import Path

import pytest

from eventmill.api import extract
from story_events import show, stories

DATA = Path(__file__).parent.parent / "data" / "fr31"

# stories eventmill still gets wrong, and why
OPEN: dict[str, str] = {}


def _count_ok(count, want: int) -> bool:
    if count is None:
        return False
    lo = count.low if count.low is not None else count.value
    hi = count.high if count.high is not None else count.value
    return count.value == want or (lo is not None and hi is not None and lo <= want <= hi)


def _names(mentions) -> str:
    return " ".join(f"{m.span.text} {m.actor.name if m.actor else ''}" for m in mentions).lower()


def _slots_ok(ev, want: dict) -> bool:
    for slot in ("dead", "injured", "size"):
        if slot in want and not _count_ok(getattr(ev, slot), want[slot]):
            return False
    if "actor" in want and want["actor"].lower() not in _names(ev.actors):
        return False
    return not ("recipient" in want and want["recipient"].lower() not in _names(ev.recipients))


def check_story(story: dict) -> None:
    """As many events of each type as the story reports incidents, each slot it gives on one of them."""
    doc = extract(story["text"], lang="fr", published=story["published"])
    for typ, n in story["counts"].items():
        assert len([e for e in doc.events if e.type == typ]) == n, (typ, show(doc.events))
    for want in story["slots"]:
        assert any(e.type == want["type"] and _slots_ok(e, want) for e in doc.events), (want, show(doc.events))


@pytest.mark.parametrize("story", stories(DATA / "read.jsonl", OPEN) + stories(DATA / "clean.jsonl", OPEN))
def test_a_story_holds_one_event_per_incident_with_its_slots(story):
    check_story(story)
