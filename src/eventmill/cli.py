"""Command line: a thin layer that parses options, calls `eventmill.api`, and turns errors into messages."""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import signal
import sys
import threading
from pathlib import Path
from typing import NoReturn

from eventmill import __version__
from eventmill.errors import ConfigError, EventmillError
from eventmill.options import add_settings, config_from_args

EXAMPLES = """\
examples:
  eventmill extract article.txt                       # JSON, language detected
  eventmill extract article.txt --format table        # one line per event
  eventmill extract a.txt b.txt --format jsonl -o out.jsonl
  eventmill extract article.txt --lang fr --published 2016-04-09
  cat article.txt | eventmill extract -               # read standard input

Weekday and relative dates ('jeudi', 'hier') resolve against the publication date: the article's
dateline or byline ("KABUL, Oct. 3, 2014 (Xinhua) --", "Publié le 05/09/2020"), else --published.
Exit codes: 0 ok, 1 some articles failed (batch), 2 bad input, 3 unsupported language,
4 bad option, 5 installation problem.
"""


class Parser(argparse.ArgumentParser):
    """argparse with the exit code of the README's table: an option it refuses is a bad option (4),
    like one eventmill's own checks refuse, not argparse's 2, which eventmill keeps for bad input."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(ConfigError.exit_code, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="eventmill",
        description="Turn news articles (French and English) into coded events: who did what to whom, "
        "where, when, how many were killed or hurt, and who says so. Every field carries the "
        "character offsets of the words it came from.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EXAMPLES,
    )
    parser.add_argument("--version", action="version", version=f"eventmill {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser(
        "extract",
        help="code one or more article files and print the events",
        description="Code article files (UTF-8 text) and print events, quotes, places, numbers and dates.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ex.add_argument("files", nargs="+", help="article text files, or - for standard input")
    ex.add_argument(
        "--format",
        choices=("json", "jsonl", "table"),
        default="json",
        help="json: one indented document (several files: a list); jsonl: one line per "
        "article; table: one line per event (default: json)",
    )
    ex.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    add_settings(ex)

    ev = sub.add_parser(
        "eval",
        help="run the pipeline over an evaluation set and print the scorer's figures",
        description="Code every NAME.txt of a set folder (NAME.gold.json beside it) and score "
        "the output with the set's score.py (event P/R/F1, slot accuracy, slot "
        "recall, quote and place recall).",
    )
    ev.add_argument("set_dir", type=Path, help="an evaluation set folder, e.g. ../shared/eval/popcorn_fr")
    ev.add_argument(
        "--published-from-gold",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="resolve dates against each gold file's publication date (default: on)",
    )
    ev.add_argument("--json", type=Path, help="also write the summary figures to this file")
    ev.add_argument(
        "--half",
        choices=("study", "check"),
        help="code and score only one half of the set (fixed by a hash of each document's name): read "
        "errors in the study half, keep a change only if the check half gains too",
    )
    ev.add_argument("--halves", action="store_true", help="also print the figures of the study and the check half")
    ev.add_argument("--pred-dir", type=Path, help="keep the predictions (NAME.json) in this folder")
    ev.add_argument(
        "--explain",
        action="store_true",
        help="per document, list each missed gold event, each spurious prediction and each "
        "wrong slot, beside its evidence",
    )
    add_settings(ev)

    sv = sub.add_parser(
        "serve",
        help="a web dashboard and JSON API over a corpus database (needs eventmill[web])",
        description="Serve a map, a timeline and a table of the events, each article with its evidence "
        "highlighted, and the JSON API under them (/docs lists it). The database is opened read-only while "
        "requests come, and closed after --idle-close seconds without one. DuckDB lets one process write or "
        "several read, never both, so a running eventmill run on the same file and this server take turns: "
        "the run lets the file go between its commits (about once a second), the server whenever the run "
        "wants it, and a request waits for its turn (up to 10 s); a refresh shows the rows committed since.",
    )
    sv.add_argument("--db", type=Path, default=Path("events.duckdb"), help="database file (default: events.duckdb)")
    sv.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default: 127.0.0.1, this machine only). --host 0.0.0.0 exposes every "
        "article, event and the whole API, without any login, to anyone who can reach this machine's network",
    )
    sv.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    sv.add_argument(
        "--query-timeout", type=float, default=10.0, metavar="S", help="stop a query after S seconds (default: 10)"
    )
    sv.add_argument(
        "--idle-close",
        type=float,
        default=5.0,
        metavar="S",
        help="close the database S seconds after the last request (default: 5; 0 opens it for each "
        "request, slower); it is closed at once whenever eventmill run wants to write",
    )

    # other subjects add their own commands (corpus runs, gazetteer import): each module has
    # add_commands(subparsers, add_settings) -> {name: handler}
    for module in COMMAND_MODULES:
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if not module.startswith(exc.name or "\0"):
                raise
            continue
        HANDLERS.update(mod.add_commands(sub, add_settings))
    return parser


COMMAND_MODULES = ("eventmill.corpus.commands", "eventmill.gazetteer_cli", "eventmill.incidents.commands")
HANDLERS: dict = {}


def cmd_extract(args: argparse.Namespace) -> int:
    from eventmill.api import article_id, extract, extract_batched, read_article
    from eventmill.models import Article
    from eventmill.writers.document import document_table

    config = config_from_args(args)
    results, failures = [], 0

    def failed(name: str, exc: EventmillError) -> None:
        nonlocal failures
        print(f"eventmill: {name}: {exc}", file=sys.stderr)
        failures += 1

    def read(name: str) -> str:
        return sys.stdin.read() if name == "-" else read_article(name, config)

    if len(args.files) == 1:  # one article: its error is the command's
        coded = [(args.files[0], extract(read(args.files[0]), config=config))]
    else:  # several: coded in batches (the parser batches across them); each fails alone
        names, articles = [], []
        for name in args.files:
            try:
                text = read(name)
            except EventmillError as exc:
                failed(name, exc)
                continue
            names.append(name)
            articles.append(Article(text=text, id=article_id(text)))
        coded = []
        for name, doc in zip(names, extract_batched(articles, config), strict=True):
            if isinstance(doc, EventmillError):
                failed(name, doc)
            else:
                coded.append((name, doc))
    for name, doc in coded:
        for p in doc.problems:
            print(f"eventmill: {name}: {p.stage}: {p.message}", file=sys.stderr)
        results.append((name, doc))
    if args.format == "table":
        out = "\n\n".join((f"== {n}\n" if len(args.files) > 1 else "") + document_table(d) for n, d in results)
        if len(results) > 1:
            from eventmill.incidents.memory import incidents_table

            out += "\n\n" + incidents_table(results)
    elif args.format == "jsonl":
        out = "\n".join(json.dumps(d.to_dict() | {"file": n}, ensure_ascii=False) for n, d in results)
    else:
        dicts = [d.to_dict() for _, d in results]
        out = json.dumps(dicts[0] if len(args.files) == 1 else dicts, ensure_ascii=False, indent=2)
    if args.output:
        from eventmill.writers.atomic import replacing

        with replacing(args.output, "w", encoding="utf-8") as fh:  # whole or not at all, like exports
            fh.write(out + "\n")
    else:
        sys.stdout.write(out + "\n")
    return 1 if failures else 0


def cmd_eval(args: argparse.Namespace) -> int:
    from eventmill.evaluate import evaluate

    result = evaluate(
        args.set_dir,
        config_from_args(args),
        args.pred_dir,
        args.published_from_gold,
        progress=sys.stderr.isatty(),
        verbose=args.explain,
        half=args.half,
        halves=args.halves,
    )
    for name, err in result.failures:
        print(f"eventmill: {name}: {err}", file=sys.stderr)
    sys.stdout.write(result.output)
    if args.json:
        data = dict(result.summary, halves=result.halves) if result.halves else result.summary
        args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from eventmill.web import serve

    serve(args.db, args.host, args.port, args.query_timeout, args.idle_close)
    return 0


def _terminated(signum: int, frame: object) -> None:
    # SIGTERM (kill, a scheduler's timeout) unwinds like Ctrl-C, so files being written are removed
    # and the run's finished batches are committed, instead of the process vanishing mid-write
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        return _main(argv)
    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        return _main(argv)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # --help and --version exit 0; a usage error exits 4 (Parser.error)
    logging.basicConfig(
        level=[logging.WARNING, logging.INFO, logging.DEBUG][min(args.verbose, 2)],
        format="eventmill: %(levelname)s: %(message)s",
    )
    if args.command is None:
        parser.print_help()
        return ConfigError.exit_code
    try:
        handlers = {"extract": cmd_extract, "eval": cmd_eval, "serve": cmd_serve, **HANDLERS}
        return handlers[args.command](args)
    except EventmillError as exc:
        print(f"eventmill: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("eventmill: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
