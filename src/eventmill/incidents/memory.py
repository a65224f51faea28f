"""Incidents among a few documents coded outside a database (`eventmill extract a.txt b.txt --format
table`): the documents go into an in-memory store and are matched as `eventmill run` would match them."""

from __future__ import annotations

from collections.abc import Sequence

from eventmill.models import Document

REPORT_SQL = """
SELECT i.incident_id, i.type, i.event_date, i.location, i.country, i.dead_low, i.dead_high, i.n_articles,
    list(s.source ORDER BY s.source) AS files
FROM incidents i JOIN incident_reports r ON r.incident_id = i.incident_id
JOIN sources s ON s.article_id = r.article_id
GROUP BY ALL ORDER BY i.n_articles DESC, i.event_date NULLS LAST, i.incident_id
"""


def incidents_table(named: Sequence[tuple[str, Document]]) -> str:
    """One line per incident: its type, date, place, figures and the files that report it."""
    from eventmill.corpus.rows import Rows
    from eventmill.corpus.store import Store
    from eventmill.incidents.update import update_incidents

    rows = Rows()
    for name, doc in named:
        rows.document(name, doc, "", ())
    with Store(":memory:") as store:
        run_id = store.start_run([n for n, _ in named], "extract", {})
        store.write(rows.columns(), run_id)
        update_incidents(store)
        found = store.query(REPORT_SQL)
    lines = ["incidents across the files:"]
    for iid, etype, date, location, country, low, high, _n, files in found:
        dead = "" if low is None else (f" dead {low}" if low == high else f" dead {low}-{high}")
        where = f" {location} ({country})" if location else ""
        lines.append(f"  {iid}  {etype} {date or ''}{where}{dead}: {', '.join(dict.fromkeys(files))}")
    if len(lines) == 1:
        lines.append("  (none)")
    return "\n".join(lines)
