"""Event places in the conflict notes of the other countries whose Who's On First divisions the gazetteer ships:
districts as the notes name them (LGAs, territories, communes, sub-prefectures, hromadas), a village far inside a
large district, a province the gazetteer keeps as a district, "Niger state", a name the recogniser runs into the
bracket after it, peoples read as towns, and a district put at its seat spelled in another transcription."""

import csv
from pathlib import Path

import pytest

import eventmill
from eventmill.distance import km

ROWS = [
    r
    for r in csv.DictReader(
        (
            line
            for line in (Path(__file__).parents[1] / "data" / "afg31" / "places.tsv").open(encoding="utf-8")
            if not line.startswith("#")
        ),
        delimiter="\t",
    )
]
WITHIN_KM = 25


@pytest.mark.parametrize("row", ROWS, ids=[r["place"] for r in ROWS])
def test_the_event_lies_where_the_note_puts_it(row):
    doc = eventmill.extract(row["text"], lang=row["lang"], published=row["published"])
    events = [e for e in doc.events if not e.negated]
    assert events, row["text"]
    where = events[0].location.place if events[0].location is not None else None
    assert where is not None, row["text"]
    assert km(where.lat, where.lon, float(row["lat"]), float(row["lon"])) <= WITHIN_KM, (
        where.name,
        where.lat,
        where.lon,
    )
