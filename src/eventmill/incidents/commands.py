"""CLI command `eventmill incidents`: match the articles of a database into incidents (or rebuild them)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXAMPLES = """\
examples:
  eventmill incidents --db news.duckdb              # match the articles coded since the last time
  eventmill incidents --db news.duckdb --rebuild    # forget every incident and match the whole store
  eventmill incidents --db news.duckdb --rebuild --dask local

`eventmill run` matches the articles it codes (unless --no-incidents), so this command is needed only
to rebuild, or after runs with --no-incidents. Reports of one incident (the events of one article about
it) share type family, a compatible date and place, and names (canonical actor names, gazetteer ids),
so French and English reports match without translation. Near-duplicate articles (one wire story
republished) count as one source. See README, "Incidents".
"""


def add_commands(subparsers, add_settings) -> dict:
    inc = subparsers.add_parser(
        "incidents",
        help="group the events of a database into incidents across articles and languages",
        description="Match the coded articles of a database into incidents: events.incident_id and the "
        "incidents table.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    inc.add_argument(
        "--db", type=Path, default=Path("events.duckdb"), metavar="FILE", help="database file (default: events.duckdb)"
    )
    inc.add_argument("--rebuild", action="store_true", help="recompute every incident from scratch")
    inc.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="cluster the blocks on Dask: 'local' or a scheduler address (needs pip install 'eventmill[dask]')",
    )
    inc.add_argument("--json", dest="summary_json", type=Path, metavar="FILE", help="also write the summary as JSON")
    return {"incidents": cmd_incidents}


def cmd_incidents(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from eventmill.errors import ConfigError
    from eventmill.incidents import update_store

    if not args.db.exists():
        raise ConfigError(f"no database at {args.db}; code a corpus first: eventmill run DIR --db {args.db}")
    summary = update_store(args.db, rebuild=args.rebuild, dask=args.dask)
    print(f"eventmill: {summary.line()}; database {args.db}", file=sys.stderr)
    if args.summary_json:
        args.summary_json.write_text(json.dumps(asdict(summary), indent=2) + "\n")
    return 0
