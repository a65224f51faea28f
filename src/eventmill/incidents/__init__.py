"""Incidents across articles and languages: reports of one real-world incident grouped under one id.

`update_store(db)` matches the articles coded since the last update; `update_store(db, rebuild=True)`
matches the whole store again. See `reports` (what is compared), `scoring` (the pair score),
`clustering` (blocks and clustering), `duplicates` (near-duplicate articles) and `summary` (the
incidents row and the rule for the best figure).
"""

from __future__ import annotations

from eventmill.incidents.scoring import Settings
from eventmill.incidents.update import UpdateSummary, update_incidents, update_store

__all__ = ["Settings", "UpdateSummary", "update_incidents", "update_store"]
