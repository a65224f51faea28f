"""CLI commands for corpus runs: `eventmill run`, `export`, `stats` and `sql`.

Thin wrappers: parse options, call `eventmill.corpus`, print a summary. Heavy imports happen inside
the handlers so `eventmill --help` stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

RUN_EXAMPLES = """\
examples:
  eventmill run articles/                          # every .txt/.html/.jsonl/.csv/.warc/.rss below it
  eventmill run crawl.warc.gz feed.rss --db news.duckdb --workers 4
  eventmill run dump.jsonl --columns text=body,published=date,title=headline
  eventmill run articles.zip --dask local          # a Dask LocalCluster of --workers processes
  eventmill run cc-news/ --dask tcp://scheduler:8786   # an existing cluster (eventmill on every worker)

Formats by file name: .txt; .html/.htm (text, title, date, outlet and URL extracted with trafilatura);
.jsonl/.ndjson and .csv/.tsv (one article per line or row; fields named by --columns); .warc(.gz);
.rss/.atom/.xml saved feeds; .zip and .tar(.gz) archives of any of these; .gz text, JSONL and CSV.
Text that is not UTF-8 has its encoding detected. An article's ID is a hash of its text, so the same
text is stored once. Each batch is committed whole: a run that was stopped (even with kill -9)
resumes where it stopped when started again with the same command, and an input that cannot be
coded (empty, binary, mis-encoded, too large, slower than --article-timeout, or one that kills its
worker process) becomes one row of the problems table, never a crash.
Exit codes: 0 every article coded, 1 some failed (see eventmill stats), 4 bad option, 5 missing extra.
"""

EXPORT_EXAMPLES = """\
examples:
  eventmill export --format acled-csv -o events.csv
  eventmill export --db news.duckdb --format geojson -o events.geojson --country SY --since 2016-01-01
  eventmill export --format parquet -o events.parquet --type ASSAULT,PROTEST
  eventmill export --format jsonl -o - | head
  eventmill export --incidents --format acled-csv -o incidents.csv   # one row per incident

acled-csv: ACLED's column names (event_date, event_type, sub_event_type, actor1, actor2, admin1,
location, latitude, longitude, geo_precision, time_precision, fatalities, source, notes, ...), types
mapped from PLOVER by resources/xx/acled_map.tsv; only events that happened and that ACLED codes.
jsonl: one event per line, the JSON of `eventmill extract` plus the article's metadata.
parquet: one flat row per event. geojson: one Point feature per located event (opens in QGIS).
"""

SQL_EXAMPLES = """\
examples:
  eventmill sql "SELECT type, count(*) AS n, sum(dead) AS dead FROM events GROUP BY type ORDER BY n DESC"
  eventmill sql "SELECT source, message FROM problems LIMIT 20" --db news.duckdb
  eventmill sql "SELECT * FROM events WHERE country = 'SY'" --format csv > syria.csv
"""


def add_commands(subparsers, add_settings) -> dict:
    """Register run, export and stats; returns their handlers by name."""
    from eventmill.corpus.readers import FORMATS
    from eventmill.writers import EXPORT_FORMATS

    run = subparsers.add_parser(
        "run",
        help="code a corpus (directories, archives, JSONL, CSV, HTML, WARC, feeds) into DuckDB",
        description="Code every article of the inputs into a DuckDB database, in parallel, resumably.",
        epilog=RUN_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument("inputs", nargs="+", metavar="ARCHIVE_OR_DIR", help="files, directories or archives to code")
    run.add_argument(
        "--db", type=Path, default=Path("events.duckdb"), metavar="FILE", help="database file (default: events.duckdb)"
    )
    run.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="worker processes, each with its own spaCy model (default: one per CPU; 0: in this "
        "process); with --dask local, the LocalCluster's size",
    )
    run.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run the batches on Dask: 'local' for a LocalCluster, or a scheduler address such as "
        "tcp://host:8786 (needs pip install 'eventmill[dask]')",
    )
    run.add_argument(
        "--batch-size",
        type=int,
        default=16,
        metavar="N",
        help="articles per batch, the unit of work sent to a worker; finished batches are "
        "committed together about once a second (default: 16)",
    )
    run.add_argument(
        "--article-timeout",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="an article whose coding takes longer fails alone, with a message, and the run goes "
        "on (default: 60; 0: no limit; a worker's first article gets 120 s more, for loading "
        "the models)",
    )
    run.add_argument(
        "--format",
        dest="input_format",
        choices=FORMATS,
        default="auto",
        help="read every input as this format instead of going by file names (default: auto)",
    )
    run.add_argument(
        "--columns",
        metavar="FIELD=NAME,...",
        help="JSONL/CSV field names, e.g. text=body,published=date,title=headline,url=link,"
        "outlet=site,lang=language (defaults: text/body/content, title/headline, "
        "published/date, url/link, outlet/source/site, lang/language)",
    )
    run.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar with rate and ETA (default: when standard error is a terminal)",
    )
    run.add_argument(
        "--json", dest="summary_json", type=Path, metavar="FILE", help="also write the run's summary as JSON here"
    )
    run.add_argument(
        "--incidents",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="match the newly coded articles into incidents across articles when the run ends (default: on)",
    )
    add_settings(run)

    exp = subparsers.add_parser(
        "export",
        help="write the events of a database as ACLED-style CSV, JSONL, Parquet or GeoJSON",
        description="Export the coded events of a database, optionally filtered.",
        epilog=EXPORT_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    exp.add_argument(
        "--db", type=Path, default=Path("events.duckdb"), metavar="FILE", help="database file (default: events.duckdb)"
    )
    exp.add_argument("--format", dest="export_format", choices=EXPORT_FORMATS, required=True, help="output format")
    exp.add_argument("-o", "--output", required=True, help="output file, or - for standard output (not parquet)")
    exp.add_argument("--since", metavar="DATE", help="events on or after this date (YYYY-MM-DD)")
    exp.add_argument("--until", metavar="DATE", help="events on or before this date (YYYY-MM-DD)")
    exp.add_argument(
        "--country",
        action="append",
        metavar="XX",
        help="events located in these countries, ISO alpha-2 (repeat or comma-separate: SY,IQ)",
    )
    exp.add_argument(
        "--type",
        dest="types",
        action="append",
        metavar="TYPE",
        help="only these PLOVER types (repeat or comma-separate: ASSAULT,PROTEST)",
    )
    exp.add_argument(
        "--min-geo-confidence",
        type=float,
        metavar="X",
        help="only events whose location the geocoder is at least this sure of (0 to 1; the README "
        "says how often places scored 0.8 or more are right)",
    )
    exp.add_argument(
        "--location-source",
        dest="location_sources",
        action="append",
        metavar="WHERE",
        help="only events whose location was read there: clause, sentence, linked, context, dateline, focus "
        "(repeat or comma-separate: clause,sentence keeps places the event's own sentence gives)",
    )
    exp.add_argument(
        "--incidents",
        action="store_true",
        help="one row per incident instead of per event, with its sources (outlet, URL, published) and the "
        "range of figures; the filters apply to the incident's date, country and type",
    )

    st = subparsers.add_parser(
        "stats",
        help="what a database holds: articles, events, problems, runs",
        description="Counts of articles, events by type and country, problems and runs.",
        epilog="examples:\n  eventmill stats --db news.duckdb\n  eventmill stats --db news.duckdb --json > stats.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    st.add_argument(
        "--db", type=Path, default=Path("events.duckdb"), metavar="FILE", help="database file (default: events.duckdb)"
    )
    st.add_argument("--json", dest="stats_json", action="store_true", help="print JSON instead of a report")

    sq = subparsers.add_parser(
        "sql",
        help="run a read-only SQL query on a database and print the rows",
        description="Query a database with DuckDB's SQL (read-only: the database is never changed). "
        "Tables: articles, sources, events, actors, places, quotes, problems, runs.",
        epilog=SQL_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sq.add_argument("query", metavar="SQL", help="one SQL statement")
    sq.add_argument(
        "--db", type=Path, default=Path("events.duckdb"), metavar="FILE", help="database file (default: events.duckdb)"
    )
    sq.add_argument(
        "--format",
        dest="sql_format",
        choices=("table", "csv", "jsonl"),
        default="table",
        help="table: aligned columns (default); csv: with a header; jsonl: one object per row",
    )
    return {"run": cmd_run, "export": cmd_export, "stats": cmd_stats, "sql": cmd_sql}


def cmd_run(args: argparse.Namespace) -> int:
    from eventmill.corpus.readers.text import Columns
    from eventmill.corpus.runner import RunOptions, default_workers, run
    from eventmill.options import config_from_args

    options = RunOptions(
        db=args.db,
        workers=default_workers() if args.workers is None else args.workers,
        dask=args.dask,
        batch_size=args.batch_size,
        fmt=args.input_format,
        columns=Columns.parse(args.columns),
        progress=args.progress,
        article_timeout=args.article_timeout,
        incidents=args.incidents,
    )
    summary = run(args.inputs, config_from_args(args), options)
    print(f"eventmill: {summary.line()}; database {args.db}", file=sys.stderr)
    if summary.incidents:
        print(f"eventmill: incidents: {summary.incidents}", file=sys.stderr)
    if summary.failed:
        print(
            f"eventmill: {summary.failed} article(s) could not be coded; see: eventmill stats --db {args.db}",
            file=sys.stderr,
        )
    if summary.quarantined:
        print(
            f"eventmill: {summary.quarantined} of them killed the worker process coding them and were set aside "
            "(a rerun skips them like the other failures)",
            file=sys.stderr,
        )
    if args.summary_json:
        data = {
            k: getattr(summary, k)
            for k in (
                "run_id",
                "coded",
                "failed",
                "quarantined",
                "events",
                "skipped",
                "duplicates",
                "seconds",
                "rows",
                "backend",
                "workers",
                "incident_seconds",
            )
        }
        args.summary_json.write_text(json.dumps(data | {"articles_per_s": summary.rate}, indent=2) + "\n")
    return 1 if summary.failed else 0


def cmd_export(args: argparse.Namespace) -> int:
    from eventmill.writers.exports import Filters, export

    filters = Filters.parse(
        args.since, args.until, args.country, args.types, args.min_geo_confidence, args.location_sources
    )
    if args.incidents:
        from eventmill.incidents.exports import export_incidents

        n = export_incidents(args.db, args.export_format, args.output, filters)
    else:
        n = export(args.db, args.export_format, args.output, filters)
    if args.output != "-":
        what = "incidents" if args.incidents else "events"
        print(f"eventmill: wrote {n} {what} to {args.output}", file=sys.stderr)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from eventmill.corpus.stats import format_stats, stats

    s = stats(args.db)
    print(json.dumps(s, indent=2, ensure_ascii=False) if args.stats_json else format_stats(s))
    return 0


def cmd_sql(args: argparse.Namespace) -> int:
    from eventmill.corpus.stats import query_rows

    names, rows = query_rows(args.db, args.query)
    if args.sql_format == "jsonl":
        for row in rows:
            print(json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False, default=str))
    elif args.sql_format == "csv":
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
    else:
        cells = [names] + [["" if v is None else str(v) for v in row] for row in rows]
        widths = [min(60, max(len(r[i]) for r in cells)) for i in range(len(names))]
        for n, r in enumerate(cells):
            print("  ".join(c[:60].ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
            if n == 0:
                print("  ".join("-" * w for w in widths))
        print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", file=sys.stderr)
    return 0
