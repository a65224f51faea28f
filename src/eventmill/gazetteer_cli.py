"""`eventmill gazetteer import|list|lookup|reverse|remove`: the user's own gazetteers, laid over the shipped one.

The commands parse options, call the import API (`gazetteer_import`) or the geocoder (`geo`) and
print; checking and compiling the files is `gazetteer_import`'s job. `import_file`, `list_imports`
and `remove_import` were defined here before and stay importable from here for existing callers.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path

from eventmill import gazetteer as gz
from eventmill.errors import ConfigError
from eventmill.gazetteer_files import COUNTRY_CODE
from eventmill.gazetteer_import import import_file, list_imports, remove_import
from eventmill.geo import load_geocoder, user_gazetteer_dir

LIST_EXAMPLES = """\
examples:
  eventmill gazetteer import SY.txt                 # a GeoNames country dump (or SY.zip as downloaded)
  eventmill gazetteer import wof_admin_sy.tsv.gz    # a Who's On First style extract
  eventmill gazetteer list
  eventmill gazetteer lookup "Cheikh Maksoud" --country SY
  eventmill gazetteer reverse 36.2 37.16
  eventmill gazetteer remove SY

GeoNames dumps: https://download.geonames.org/export/dump/ (XX.zip, CC BY 4.0: keep the credit).
Imports live in DATA_DIR/gazetteer/ (DATA_DIR: --data-dir, else $EVENTMILL_DATA_DIR, else
~/.local/share/eventmill), outside the package, so they survive upgrades. Every eventmill command
uses them; importing a file of the same name again replaces it. Exit codes: 0 ok, 2 bad input file,
4 bad option.
"""


def add_commands(subparsers, add_settings) -> dict:
    """Register `eventmill gazetteer ...`; returns its handler by name."""
    gaz = subparsers.add_parser(
        "gazetteer",
        help="import GeoNames or WOF files into your own gazetteer; look places up",
        description="Manage the places eventmill knows beyond its shipped gazetteer, and look names up.",
        epilog=LIST_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = gaz.add_subparsers(dest="gazetteer_command", metavar="ACTION")
    data = argparse.ArgumentParser(add_help=False)
    data.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="eventmill's data folder; imports go to its gazetteer/ subfolder (default: "
        "$EVENTMILL_DATA_DIR, else ~/.local/share/eventmill)",
    )

    imp = sub.add_parser(
        "import",
        parents=[data],
        help="add a GeoNames dump (XX.txt/.zip) or a WOF-style TSV (.gz ok)",
        description="Check every line of FILE, then add its populated places and admin units to "
        "your gazetteer. A file with an error changes nothing.",
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument(
        "--name",
        help="name of the import (default: the file name without extensions, e.g. SY); "
        "importing under an existing name replaces that import",
    )
    imp.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar (default: for files over 5 MB when standard error is a terminal)",
    )

    ls = sub.add_parser("list", parents=[data], help="what is imported, with counts")
    ls.add_argument("--json", action="store_true", help="print JSON instead of a table")

    look = sub.add_parser("lookup", parents=[data], help="print the place a name resolves to and its candidates (JSON)")
    look.add_argument("name", metavar="NAME")
    look.add_argument(
        "--country",
        action="append",
        default=[],
        metavar="XX",
        help="a country the article mentions (ISO alpha-2; repeat or separate with commas)",
    )
    look.add_argument("--lang", help="the article's language (fr, en): prefers names tagged with it")
    look.add_argument("--near", action="append", default=[], metavar="LAT,LON", help="a place already resolved")
    look.add_argument("--hint", choices=gz.PRECISIONS, help="the kind of place the text announces")
    look.add_argument("--limit", type=int, default=5, help="candidates to print (default: 5)")
    look.add_argument("--no-imports", dest="imports", action="store_false", help="the shipped gazetteer only")

    rev = sub.add_parser("reverse", parents=[data], help="print the nearest town to a point, with its admin1 (JSON)")
    rev.add_argument("lat", type=float, metavar="LAT")
    rev.add_argument("lon", type=float, metavar="LON")
    rev.add_argument("--max-km", type=float, default=100.0, help="give up beyond this distance (default: 100)")
    rev.add_argument("--no-imports", dest="imports", action="store_false", help="the shipped gazetteer only")

    rm = sub.add_parser("remove", parents=[data], help="delete an import by name (see list)")
    rm.add_argument("name", metavar="NAME")

    def handler(args: argparse.Namespace) -> int:
        action = args.gazetteer_command
        if action is None:
            gaz.print_help()
            return 4
        return {
            "import": _cmd_import,
            "list": _cmd_list,
            "lookup": _cmd_lookup,
            "reverse": _cmd_reverse,
            "remove": _cmd_remove,
        }[action](args)

    return {"gazetteer": handler}


def _cmd_import(args: argparse.Namespace) -> int:
    r = import_file(args.file, data_dir=args.data_dir, name=args.name, progress=args.progress)
    print(
        f"{'replaced' if r.replaced else 'imported'} {r.name}: {r.places:,} places and {r.keys:,} lookup keys "
        f"from {r.source} ({r.format}; {r.lines:,} lines, {r.skipped:,} skipped) -> {r.path}"
    )
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    rows = list_imports(args.data_dir)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(f"no imported gazetteers in {user_gazetteer_dir(args.data_dir)}")
        return 0
    print(f"{'name':16} {'places':>9} {'keys':>9} {'format':9} {'imported':25} source")
    for d in rows:
        if "error" in d:
            print(f"{d['name']:16} {d['error']}")
            continue
        print(
            f"{d['name']:16} {d.get('places') or 0:>9,} {d.get('keys') or 0:>9,} {d.get('source_format') or '':9} "
            f"{d.get('imported') or '':25} {d.get('source') or ''}"
        )
    print(f"in {user_gazetteer_dir(args.data_dir)}")
    return 0


def _cmd_lookup(args: argparse.Namespace) -> int:
    countries = tuple(c.strip().upper() for arg in args.country for c in arg.split(",") if c.strip())
    bad = [c for c in countries if not COUNTRY_CODE.fullmatch(c)]
    if bad:
        raise ConfigError(f"--country {bad[0]!r} is not an ISO alpha-2 code: give two letters such as SY or FR")
    near = []
    for pt in args.near:
        try:
            lat, lon = (float(x) for x in pt.split(","))
        except ValueError:
            raise ConfigError(f"--near {pt!r} is not LAT,LON: give two numbers such as 36.2,37.16") from None
        near.append((lat, lon))
    geo = load_geocoder(data_dir=args.data_dir, imports=args.imports)
    place = geo.lookup(args.name, lang=args.lang, countries=countries, near=tuple(near), hint=args.hint)
    out = {
        "query": args.name,
        "context": {
            "lang": args.lang,
            "countries": list(countries),
            "near": [list(p) for p in near],
            "hint": args.hint,
        },
        "place": dataclasses.asdict(place) if place else None,
        "candidates": [dataclasses.asdict(c) for c in geo.candidates(args.name, lang=args.lang)[: max(0, args.limit)]],
    }
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


def _cmd_reverse(args: argparse.Namespace) -> int:
    if not (-90 <= args.lat <= 90 and -180 <= args.lon <= 180):
        raise ConfigError(f"{args.lat},{args.lon} is not a point: latitude within -90..90, longitude -180..180")
    place = load_geocoder(data_dir=args.data_dir, imports=args.imports).reverse(args.lat, args.lon, max_km=args.max_km)
    print(
        json.dumps(
            {"lat": args.lat, "lon": args.lon, "place": dataclasses.asdict(place) if place else None},
            ensure_ascii=False,
            indent=2,
        )
    )
    return 0


def _cmd_remove(args: argparse.Namespace) -> int:
    print(f"removed {remove_import(args.name, args.data_dir)}")
    return 0
