"""Output writers: everything eventmill writes for people and other tools.

- `document`: one coded document as a text table (`eventmill extract --format table`; its JSON form
  is `Document.to_dict()` in `eventmill.models`);
- `exports`: the events of a corpus database as ACLED-style CSV, JSONL, Parquet or GeoJSON
  (`eventmill export`), with the ACLED mapping in `acled`.

This module imports nothing, so the CLI can list the formats without loading a writer.
"""

from __future__ import annotations

EXPORT_FORMATS = ("acled-csv", "jsonl", "parquet", "geojson")
