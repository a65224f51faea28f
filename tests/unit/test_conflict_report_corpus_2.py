"""A second corpus of short conflict reports written for eventmill (`tests/data/conflict_reports_2.jsonl`),
in other writers' habits than the first (`test_conflict_report_corpus.py`): SANA's and the Syrian
Observatory's ("in the countryside of Hama", "east of Palmyra", "the provincial capital"), ACLED's notes on
Afghanistan and Syria ("in Dara-i-Suf Payin district (Samangan)", "Tal Tamer town (Ras Al Ain, Al-Hasakeh)"),
Kurdish and Turkish border areas, Yemen's governorates, Sahel communes and cercles, Nigerian local government
areas, wire datelines without a year ("KABUL, Oct 3 (Reuters) -"), "last week", "overnight", "the previous
night", "dans la nuit de samedi à dimanche" and ranges ("between 17 and 19 April": the first day). The share
of events whose place lies within 25 km of where the report puts the incident, and whose day is the
incident's, stays at least what it is now. Written before the fixes it measured; no rule was tuned to one
of its reports (en, fr)."""

import json
from pathlib import Path

import pytest

import eventmill
from eventmill.distance import km

CORPUS = Path(__file__).parents[1] / "data" / "conflict_reports_2.jsonl"
# of the reports that give an expected place (68) and day (63): main before issue 12's round-9 fixes had
# 58 and 60
PLACE_FLOOR, DAY_FLOOR = 63, 62
WITHIN_KM = 25  # as ../shared/eval/score.py counts an event's location right


def reports():
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def judged(report):
    doc = eventmill.extract(report["text"], lang=report["lang"], published=report["published"])
    events = [e for e in doc.events if not e.negated]
    ev = next((e for e in events if e.trigger.text == report["trigger"]), None) if report["trigger"] else None
    ev = ev or (events[0] if events else None)
    where = ev.location.place if ev is not None and ev.location is not None else None
    place_ok = (
        where is not None
        and report["lat"] is not None
        and km(where.lat, where.lon, report["lat"], report["lon"]) <= WITHIN_KM
    )
    day = ev.date.date.value if ev is not None and ev.date is not None and ev.date.date is not None else None
    return place_ok, day == report["date"]


@pytest.fixture(scope="module")
def scores():
    rows = reports()
    marks = {r["id"]: judged(r) for r in rows}
    places = sum(marks[r["id"]][0] for r in rows if r["lat"] is not None)
    days = sum(marks[r["id"]][1] for r in rows if r["date"] is not None)
    return places, days, marks


def test_the_corpus_is_well_formed():
    rows = reports()
    assert len({r["id"] for r in rows}) == len(rows) >= 40
    assert all(r["lang"] in ("en", "fr") and r["text"] for r in rows)
    assert sum(r["lat"] is not None for r in rows) == 68
    assert sum(r["date"] is not None for r in rows) == 63


def test_event_places_stay_right(scores):
    places, _, marks = scores
    wrong = sorted(k for k, (p, _) in marks.items() if not p)
    assert places >= PLACE_FLOOR, wrong


def test_event_days_stay_right(scores):
    _, days, marks = scores
    wrong = sorted(k for k, (_, d) in marks.items() if not d)
    assert days >= DAY_FLOOR, wrong
