"""ACLED-style CSV: PLOVER events mapped to ACLED's event types and columns.

The mapping from PLOVER type and mode (and the kind of the first recipient) is data
(`resources/xx/acled_map.tsv`, the most specific row winning). Events ACLED does not code (talks,
statements, threats, negated or hypothetical mentions) are left out.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import IO, Any

from eventmill import datafiles

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "civilian_targeting",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "tags",
)
# eventmill's own columns, after ACLED's (ACLED has none for them): how sure the typer was, and what decided
EVENTMILL_COLUMNS = ("score", "rule")
# ACLED time_precision: 1 the day, 2 the week, 3 the month (a year, or a precision not listed, reads as 3)
TIME_PRECISION = {"day": 1, "week": 2}
# ACLED geo_precision: 1 the town itself, 2 a part of a region or near a town, 3 only the region
GEO_PRECISION = {"neighbourhood": 1, "town": 1, "admin2": 2, "admin1": 3, "country": 3}


@lru_cache(maxsize=1)
def _acled_map() -> dict[tuple[str, str, str], dict[str, str]]:
    return {(r["plover_type"], r["mode"], r["target"]): r for r in datafiles.table("xx", "acled_map.tsv")}


def acled_types(plover_type: str, modes: list[str], target: str | None) -> dict[str, str] | None:
    """ACLED event_type, sub_event_type and disorder_type for a PLOVER event, or None if ACLED does
    not code such events (the most specific row of acled_map.tsv wins)."""
    table = _acled_map()
    target = target or ""
    for key in (
        [(plover_type, m, target) for m in modes]
        + [(plover_type, m, "") for m in modes]
        + [(plover_type, "", target), (plover_type, "", "")]
    ):
        row = table.get(key)
        if row is not None:
            return None if row["event_type"] == "-" else row
    return None


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    return {r["iso2"]: r["name"] for r in datafiles.table("xx", "countries.tsv")}


def _source(row: dict[str, Any]) -> str:
    if row["outlet"]:
        return row["outlet"]
    host = re.match(r"https?://(?:www\.)?([^/:]+)", row["url"] or "")
    return host.group(1) if host else ""


def _unasserted(row: dict[str, Any]) -> bool:
    """A mention stored by a `--keep all` run that the text does not report as having happened."""
    raw = row.get("json")
    return bool(raw and json.loads(raw).get("unasserted"))


def acled_row(row: dict[str, Any]) -> dict[str, Any] | None:
    """One event as an ACLED-style row, or None for events ACLED would not code."""
    if row["negated"] or row["hypothetical"] or row["future"] or _unasserted(row):
        return None
    kinds = acled_types(row["type"], list(row["modes"] or []), row["actor2_kind"])
    if kinds is None:
        return None
    precision: int | None
    if row["event_date"] is not None:
        precision = TIME_PRECISION.get(row["date_precision"], 3)
    else:
        precision = 2 if row["date"] is not None else None  # dated by publication: within days of it
    date = row["date"]
    return {
        "event_id_cnty": f"{row['article_id']}-{row['event_no']}",
        "event_date": date.isoformat() if date else "",
        "year": date.year if date else "",
        "time_precision": precision or "",
        "disorder_type": kinds["disorder_type"],
        "event_type": kinds["event_type"],
        "sub_event_type": kinds["sub_event_type"],
        "actor1": row["actor1"] or "",
        "actor2": row["actor2"] or "",
        "civilian_targeting": "Civilian targeting" if row["actor2_kind"] == "civilians" else "",
        "country": _country_names().get(row["country"] or "", row["country"] or ""),
        "admin1": row["admin1"] or "",
        "location": row["location"] or "",
        "latitude": row["latitude"] if row["latitude"] is not None else "",
        "longitude": row["longitude"] if row["longitude"] is not None else "",
        "geo_precision": GEO_PRECISION.get(row["geo_precision"] or "", ""),
        "source": _source(row),
        "notes": " ".join((row["evidence"] or "").split()),
        "fatalities": row["dead"] or 0,
        "tags": f"plover={row['type']}" + (f";modes={','.join(row['modes'])}" if row["modes"] else ""),
        "score": round(row["score"], 3) if row.get("score") is not None else "",
        "rule": row.get("rule") or "",
    }


def write_acled_csv(rows: Iterator[dict[str, Any]], fh: IO[str]) -> int:
    """The rows ACLED would code, as CSV with a header; returns how many were written."""
    writer = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS + EVENTMILL_COLUMNS)
    writer.writeheader()
    n = 0
    for row in rows:
        out = acled_row(row)
        if out is not None:
            writer.writerow(out)
            n += 1
    return n
