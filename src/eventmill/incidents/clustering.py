"""Blocking and clustering: reports into incidents, block by block.

Blocks: reports that share a family and a country (any country one of their events is placed in) fall
in one block, as connected components, so each report is in exactly one block and blocks are clustered
independently, in this process or on Dask workers, with the same result. Reports placed in no country
then meet every incident of their family in a second pass, in this process. Inside a block, reports are
taken in date order; each joins the incident whose members it scores best against on average (pairs
ruled out by date or place are not candidates, and a date index keeps the candidates near in time),
or starts a new one. Reports already assigned (an incremental run) keep their incident and are only
compared against.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from eventmill.incidents.reports import Report
from eventmill.incidents.scoring import NO, Settings, score

BUCKET_DAYS = 16
MEMBERS_COMPARED = 12  # a report is compared with the first and last members of a large incident
TOP_WORDS = 10  # candidates share one of a report's ten most telling name words (or gazetteer ids)


@dataclass(frozen=True, slots=True, order=True)
class Assignment:
    """Where a report went: its incident, and its mean score against it (None when it started it)."""

    key: str
    incident_id: str
    score: float | None


@dataclass(slots=True)
class _Incident:
    incident_id: str
    members: list[Report] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    low: int | None = None
    high: int | None = None

    def add(self, r: Report) -> None:
        self.members.append(r)
        self.articles.add(r.article_id)
        w = r.when()
        if w is not None:
            self.low = w[0] if self.low is None else min(self.low, w[0])
            self.high = w[1] if self.high is None else max(self.high, w[1])


def incident_id(first: Report) -> str:
    """A stable id: a hash of the report that started the incident."""
    return "inc-" + hashlib.sha1(first.key.encode("utf-8")).hexdigest()[:12]


def blocks(reports: Sequence[Report]) -> list[list[Report]]:
    """Connected components of "same family, a country in common" (reports placed nowhere: by family)."""
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(x: tuple[str, str]) -> tuple[str, str]:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    keys = []
    for r in reports:
        ks = [(r.family, c) for c in sorted(r.countries)] or [(r.family, "?")]
        keys.append(ks[0])
        root = find(ks[0])
        for k in ks[1:]:
            other = find(k)
            if other != root:
                parent[other] = root
    grouped: dict[tuple[str, str], list[Report]] = defaultdict(list)
    for r, k in zip(reports, keys):
        grouped[find(k)].append(r)
    return [grouped[k] for k in sorted(grouped)]


def _order(r: Report) -> tuple:
    w = r.when()
    # dated reports first, in date order (one dated by its publication alone: a few days before it);
    # incidents before the aftermath that names them
    start = (w[1] - 3 if r.open_before() else w[0]) if w else 0
    return (w is None, start, r.role != "incident", r.article_id, r.report_no)


def cluster_block(
    block: Sequence[Report], settings: Settings, assigned: dict[str, str] | None = None
) -> list[Assignment]:
    """Cluster one block; reports in `assigned` (key -> incident id) keep their incident."""
    assigned = assigned or {}
    incidents: dict[str, _Incident] = {}
    by_bucket: dict[int, list[str]] = defaultdict(list)
    undated: list[str] = []

    def index(inc: _Incident, r: Report) -> None:
        w = r.when()
        if w is None or r.open_before():  # an open range would fill every bucket since year 1
            if inc.incident_id not in undated:
                undated.append(inc.incident_id)
            return
        for b in range(w[0] // BUCKET_DAYS, w[1] // BUCKET_DAYS + 1):
            if inc.incident_id not in by_bucket[b][-3:]:
                by_bucket[b].append(inc.incident_id)

    postings: dict[str, list[str]] = defaultdict(list)  # name word -> incidents whose reports have it

    def place(r: Report, iid: str) -> None:
        inc = incidents.setdefault(iid, _Incident(iid))
        inc.add(r)
        index(inc, r)
        for w in _top_words(r):
            if not postings[w] or postings[w][-1] != iid:
                postings[w].append(iid)

    old = sorted((r for r in block if r.key in assigned), key=_order)
    for r in old:
        place(r, assigned[r.key])
    out: list[Assignment] = []
    for r in sorted((r for r in block if r.key not in assigned), key=_order):
        best, best_score = None, settings.threshold
        for iid in _candidates(r, incidents, by_bucket, undated, postings, settings):
            inc = incidents[iid]
            if r.article_id in inc.articles:
                continue  # an article's reports were split on purpose
            value = _mean_score(r, inc.members, settings)
            if value >= best_score and (best is None or value > best_score or iid < best):
                best, best_score = iid, value
        if best is None:
            iid = incident_id(r)
            place(r, iid)
            out.append(Assignment(r.key, iid, None))
        else:
            place(r, best)
            out.append(Assignment(r.key, best, round(best_score, 4)))
    return out


def _top_words(r: Report) -> list[str]:
    """The report's most telling name words (highest TF-IDF), which candidates must share one of."""
    return sorted(r.names, key=lambda w: (-r.names[w], w))[:TOP_WORDS]


def _candidates(
    r: Report,
    incidents: dict[str, _Incident],
    by_bucket: dict[int, list[str]],
    undated: list[str],
    postings: dict[str, list[str]],
    s: Settings,
) -> list[str]:
    """Incidents near enough in time that share one of the report's telling names (all near in time
    when it has none)."""
    w = r.when()
    back = s.aftermath_days if r.role == "aftermath" else s.window_days + 31
    words = _top_words(r)
    if words:
        found: dict[str, None] = {}
        for word in words:
            found.update(dict.fromkeys(postings.get(word, ())))
        if w is None:
            return list(found)
        low, high = w[0] - back, w[1] + s.window_days + 31
        return [
            iid
            for iid in found
            if (inc := incidents[iid]).low is None or (inc.high is not None and inc.high >= low and inc.low <= high)
        ]
    if w is None:
        return list(incidents)
    if r.open_before():
        return [iid for iid, inc in incidents.items() if inc.low is None or inc.low <= w[1] + s.window_days + 31]
    lo, hi = (w[0] - back) // BUCKET_DAYS, (w[1] + s.window_days + 31) // BUCKET_DAYS
    seen: dict[str, None] = dict.fromkeys(undated)
    for b in range(lo, hi + 1):
        for iid in by_bucket.get(b, ()):
            seen[iid] = None
    return list(seen)


def _mean_score(r: Report, members: list[Report], s: Settings) -> float:
    """Mean score against the incident's members; NO when half or more of them rule the pair out."""
    if len(members) > MEMBERS_COMPARED:
        half = MEMBERS_COMPARED // 2
        members = members[:half] + members[-half:]
    scores = [score(r, m, s) for m in members]
    valid = [x for x in scores if x != NO]
    if not valid or len(valid) * 2 < len(scores):
        return NO
    return sum(valid) / len(valid)


def cluster(
    reports: Sequence[Report],
    settings: Settings | None = None,
    assigned: dict[str, str] | None = None,
    mapper: Callable[..., Iterable[list[Assignment]]] | None = None,
) -> list[Assignment]:
    """Cluster all blocks; `mapper(fn, blocks, settings, assigned)` runs them elsewhere (Dask)."""
    settings = settings or Settings()
    assigned = dict(assigned or {})
    placed = [r for r in reports if r.countries]
    # blocks with nothing new keep their incidents as they are
    parts = [b for b in blocks(placed) if any(r.key not in assigned for r in b)]
    if mapper is None:
        results: Iterable[list[Assignment]] = (cluster_block(b, settings, assigned) for b in parts)
    else:
        results = mapper(cluster_block, parts, settings, assigned)
    out = [a for part in results for a in part]
    # second pass, here in both cases: reports placed nowhere meet every incident of their family
    unplaced = [r for r in reports if not r.countries and r.key not in assigned]
    if unplaced:
        assigned.update((a.key, a.incident_id) for a in out)
        families = {r.family for r in unplaced}
        for family in sorted(families):
            block = [r for r in reports if r.family == family and (r.countries or r.key in assigned)]
            block += [r for r in unplaced if r.family == family]
            out.extend(cluster_block(block, settings, assigned))
    return out


def dask_mapper(client: Any) -> Callable[..., Iterable[list[Assignment]]]:
    """Run each block as one Dask task on `client` (a distributed.Client)."""

    def run(fn: Callable, parts: list[list[Report]], settings: Settings, assigned: dict[str, str]):
        small = [{r.key: assigned[r.key] for r in b if r.key in assigned} for b in parts]
        futures = client.map(fn, parts, [settings] * len(parts), small, pure=False)
        return client.gather(futures)

    return run
