"""ACLED-style CSV: PLOVER events mapped to ACLED's event types and columns.

The mapping from PLOVER type and mode (and the kinds of the first actor and first recipient, and the
means the evidence names: `resources/<lang>/means.tsv`) is data (`resources/xx/acled_map.tsv`, the
most specific row winning). Events ACLED does not code (talks, statements, threats, negated or
hypothetical mentions) are left out.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import IO, Any

from eventmill import datafiles, ontology
from eventmill.means import named_means

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
# eventmill's own columns, after ACLED's (ACLED has none for them): how sure the typer was, what decided,
# how sure the geocoder was, and where the event's place was read (eventmill.events.location.SOURCES)
EVENTMILL_COLUMNS = ("score", "rule", "geo_confidence", "location_source")
# ACLED time_precision: 1 the day, 2 the week, 3 the month (a year, or a precision not listed, reads as 3)
TIME_PRECISION = {"day": 1, "week": 2}
# ACLED geo_precision: 1 the town itself, 2 a part of a region or near a town, 3 only the region
GEO_PRECISION = {"neighbourhood": 1, "town": 1, "admin2": 2, "admin1": 3, "country": 3}


@lru_cache(maxsize=1)
def _acled_map() -> tuple[dict[str, str], ...]:
    return datafiles.table("xx", "acled_map.tsv")


def _fits(kind: str | None, value: str) -> bool:
    """Whether an actor kind fits a target or actor cell: kinds joined by `|`, a class of actor_kinds.tsv
    (`armed`), or `un` + a class (`unarmed`: any kind outside the class, one no table lists too)."""
    if not kind:
        return False  # no recipient (or no actor) fits no filled cell
    for item in value.split("|"):
        if item in ontology.KIND_CLASSES:
            if kind in ontology.kinds_in(item):
                return True
        elif item[:2] == "un" and item[2:] in ontology.KIND_CLASSES:
            if kind not in ontology.kinds_in(item[2:]):
                return True
        elif kind == item:
            return True
    return False


def _is_class(value: str) -> bool:
    return any(
        x in ontology.KIND_CLASSES or (x[:2] == "un" and x[2:] in ontology.KIND_CLASSES) for x in value.split("|")
    )


def acled_types(
    plover_type: str,
    modes: list[str],
    target: str | None,
    actor: str | None = None,
    named: frozenset[str] | None = None,
) -> dict[str, str] | None:
    """ACLED event_type, sub_event_type and disorder_type for a PLOVER event, or None if ACLED does
    not code such events (the most specific row of acled_map.tsv wins). target and actor are the kinds of
    the first recipient and first actor; named the means the evidence names (None: not checked)."""
    best: tuple[tuple[int, ...], dict[str, str]] | None = None
    for line, row in enumerate(_acled_map()):
        if row["plover_type"] != plover_type:
            continue
        mode, row_target, row_actor, means = row["mode"], row["target"], row.get("actor", ""), row.get("named", "")
        if mode and mode not in modes:
            continue
        if (row_target and not _fits(target, row_target)) or (row_actor and not _fits(actor, row_actor)):
            continue
        if means and named is not None and means not in named:
            continue
        # the order of acled_map.tsv's header: type+mode+target, type+mode, type+target, type; then a mode
        # whose means the evidence names ("l'aviation a bombardé": aerial before heavy-weapons), the first
        # mode, a target naming kinds before a class, a row with an actor, one with a means, file order
        rank = (
            (0 if row_target else 1) if mode else (2 if row_target else 3),
            0 if means and named is not None else 1,
            modes.index(mode) if mode else 0,
            0 if not row_target else (1 if _is_class(row_target) else 0),
            0 if row_actor else 1,
            0 if means else 1,
            line,
        )
        if best is None or rank < best[0]:
            best = (rank, row)
    if best is None or best[1]["event_type"] == "-":
        return None
    return best[1]


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


def _targets_civilians(row: dict[str, Any], kinds: dict[str, str]) -> bool:
    """ACLED marks every Violence against civilians event, and any other event whose target is civilians."""
    return row["actor2_kind"] == "civilians" or kinds["event_type"] == "Violence against civilians"


def _evidence_texts(row: dict[str, Any]) -> list[str]:
    """Every sentence the event was read from: its evidence, then the other reports merged into it
    (`also_evidence` in the event's JSON: "the police dispersed the marchers with tear gas" joined
    to the protest it broke up)."""
    texts = [row["evidence"] or ""]
    raw = row.get("json")
    event = json.loads(raw) if isinstance(raw, str) else raw if isinstance(raw, dict) else {}
    texts += [sp.get("text") or "" for sp in event.get("also_evidence") or [] if isinstance(sp, dict)]
    return texts


def acled_row(row: dict[str, Any]) -> dict[str, Any] | None:
    """One event as an ACLED-style row, or None for events ACLED would not code."""
    if row["negated"] or row["hypothetical"] or row["future"] or _unasserted(row):
        return None
    named = named_means(" ".join(_evidence_texts(row)), row.get("lang"))
    kinds = acled_types(row["type"], list(row["modes"] or []), row["actor2_kind"], row.get("actor1_kind"), named)
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
        "civilian_targeting": "Civilian targeting" if _targets_civilians(row, kinds) else "",
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
        "geo_confidence": round(row["geo_confidence"], 3) if row.get("geo_confidence") is not None else "",
        "location_source": row.get("location_source") or "",
    }


# a spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV Injection")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    """A cell a spreadsheet shows as text, never runs: text starting like a formula gets a leading `'`
    (OWASP's advice); numbers, and text that is only a number (`-3.5`), stay as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def write_acled_csv(rows: Iterator[dict[str, Any]], fh: IO[str]) -> int:
    """The rows ACLED would code, as CSV with a header, every cell safe to open in a spreadsheet;
    returns how many were written."""
    writer = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS + EVENTMILL_COLUMNS)
    writer.writeheader()
    n = 0
    for row in rows:
        out = acled_row(row)
        if out is not None:
            writer.writerow({k: safe_cell(v) for k, v in out.items()})
            n += 1
    return n
