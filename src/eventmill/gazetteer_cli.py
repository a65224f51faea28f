"""`eventmill gazetteer import|list|lookup|reverse|remove`: the user's own gazetteers, laid over the shipped one.

`import_file` reads a GeoNames country dump (`XX.txt` or `XX.zip` from download.geonames.org/export/dump/:
19 tab-separated columns, alternate names included) or a WOF-style TSV (the columns of the
`wof_admin_XX.tsv.gz` extracts; `.gz` accepted), checks every line, compiles the places with the
build's own code (`gazetteer.compile_index`) and installs the result in `geo.user_gazetteer_dir()` by an
atomic rename, so a bad file never damages an earlier import. `geo.load_geocoder()` lays every
imported file over the shipped data. `list_imports` and `remove_import` manage them; the commands
below are thin wrappers that parse options and print.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime
import gzip
import json
import os
import re
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

from eventmill import gazetteer as gz
from eventmill.errors import ConfigError, InputError
from eventmill.geo import USER_SUFFIX, load_geocoder, user_files, user_gazetteer_dir

GEONAMES_COLUMNS = 19  # geonameid, name, asciiname, alternatenames, latitude, longitude, class, code, ...
# GeoNames features kept from a dump: populated places (class P) and these admin units (class A).
# Countries come from the shipped data; historical and abandoned places are left out.
GEONAMES_ADMIN = {"ADM1": "admin1", "ADM2": "admin2", "ADM3": "admin2"}
GEONAMES_NEIGHBOURHOOD = "PPLX"  # section of a populated place
GEONAMES_SKIP = frozenset({"PPLH", "PPLQ", "PPLCH"})
WOF_REQUIRED = ("wof_id", "placetype", "name", "lat", "lon", "country", "gn_id", "is_current", "deprecated", "names")
WOF_ORDER = ("region", "county", "localadmin", "locality", "neighbourhood")  # regions first: towns name them
PROGRESS_BYTES = 5_000_000  # files above this size show a progress bar (when standard error is a terminal)
_CC = re.compile(r"[A-Z]{2}")
_IMPORT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_PAREN = re.compile(r"\s*\(.*\)$")

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


@dataclasses.dataclass(frozen=True)
class ImportResult:
    """What one import added: its name, where it is stored, what it held."""

    name: str
    path: Path
    source: str
    format: str
    places: int
    keys: int
    lines: int
    skipped: int
    replaced: bool


# -- the API --------------------------------------------------------------------------------------------

def import_file(path: str | Path, *, data_dir: str | Path | None = None, name: str | None = None,
                progress: bool | None = None) -> ImportResult:
    """Check and compile a GeoNames dump or WOF-style TSV into the user gazetteer (replacing one of the same name).

    Raises InputError (naming the line) for a malformed file and ConfigError for an unusable data
    folder; in both cases the gazetteers already imported are left as they were.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file: give a GeoNames dump (XX.txt or XX.zip) or a WOF-style TSV")
    name = _import_name(name, path)
    if progress is None:
        progress = sys.stderr.isatty() and path.stat().st_size > PROGRESS_BYTES
    fmt = _detect(path)
    recs, lines, skipped = (_read_geonames if fmt == "geonames" else _read_wof)(path, progress)
    if not recs:
        raise InputError(f"{path}: none of its {lines} lines is a populated place or admin unit with a Latin-script "
                         f"name: check that it is the right file")
    _fill_from_shipped(recs)
    folder = user_gazetteer_dir(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
        os.close(fd)
    except OSError as exc:
        raise ConfigError(f"cannot write to {folder} ({exc.strerror}): choose another folder with --data-dir "
                          f"or EVENTMILL_DATA_DIR") from exc
    if progress:  # the bar covered reading; indexing takes about as long again
        print(f"indexing {len(recs):,} places ...", file=sys.stderr)
    meta = {"kind": "user", "name": name, "source": path.name, "source_format": fmt, "lines": lines,
            "skipped": skipped, "imported": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")}
    final = folder / (name + USER_SUFFIX)
    try:
        head, arrays, texts = gz.compile_index(recs, meta)
        gz.write(tmp, head, arrays, texts)
        check, _, _ = gz.read(tmp)  # it must read back whole before it replaces anything
        if check["places"] != len(recs):
            raise InputError(f"{path}: the compiled gazetteer does not read back ({tmp}): nothing was changed")
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        replaced = final.exists()
        os.replace(tmp, final)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return ImportResult(name, final, path.name, fmt, head["places"], head["keys"], lines, skipped, replaced)


def list_imports(data_dir: str | Path | None = None) -> list[dict]:
    """What is imported: name, file, source, format, places, keys and date of each import, oldest first."""
    out = []
    for f in user_files(data_dir):
        try:
            meta = gz.read_meta(str(f))
        except (OSError, ValueError, EOFError, zlib.error) as exc:
            meta = {"error": f"unreadable ({exc}): remove it and import again"}
        out.append({"name": f.name[:-len(USER_SUFFIX)], "file": str(f), "bytes": f.stat().st_size,
                    **{k: meta.get(k) for k in ("source", "source_format", "places", "keys", "imported", "error")
                       if k in meta}})
    return sorted(out, key=lambda d: (d.get("imported") or "", d["name"]))


def remove_import(name: str, data_dir: str | Path | None = None) -> Path:
    """Delete one import by name; raises ConfigError when there is none of that name."""
    f = user_gazetteer_dir(data_dir) / (name + USER_SUFFIX)
    if not _IMPORT_NAME.fullmatch(name) or not f.is_file():
        names = ", ".join(d["name"] for d in list_imports(data_dir)) or "none"
        raise ConfigError(f"no imported gazetteer named {name!r} (imported: {names}): see eventmill gazetteer list")
    f.unlink()
    return f


def _fill_from_shipped(recs: list[gz.Rec]) -> None:
    """A place the shipped gazetteer has too (same GeoNames or WOF id) keeps its population, admin1 and
    capital status when the import lacks them: WOF files give no population, and the import replaces
    the shipped place under the names they share."""
    shipped = load_geocoder(imports=False)
    for r in recs:
        known = shipped.by_id(f"{r.src}:{r.gid}")
        if known is None:
            continue
        r.pop = r.pop or known.population
        r.admin1 = r.admin1 or known.admin1
        if known.feature == "PPLC" and r.prec == "town":
            r.feat, r.capital = "PPLC", True


# -- reading the files ------------------------------------------------------------------------------------

def _import_name(name: str | None, path: Path) -> str:
    if name is None:
        name = path.name
        for suffix in (".gz", ".zip", ".txt", ".tsv"):
            if name.lower().endswith(suffix):
                name = name[:-len(suffix)]
    if not _IMPORT_NAME.fullmatch(name):
        raise ConfigError(f"cannot name an import {name!r}: give --name with letters, digits, '_', '-' or '.'")
    return name


def _bad(path: Path, n: int, what: str) -> InputError:
    return InputError(f"{path}: line {n} {what}: fix or delete that line and import again (nothing was changed)")


def _lines(path: Path, progress: bool) -> Iterator[tuple[int, str]]:
    """Numbered lines of a text, .gz or .zip file, decoded as UTF-8, with a progress bar over its bytes."""
    from tqdm import tqdm

    with ExitStack() as stack:
        raw = stack.enter_context(open(path, "rb"))
        total, position = os.fstat(raw.fileno()).st_size, raw.tell
        lower = path.name.lower()
        try:
            if lower.endswith(".gz"):
                stream = stack.enter_context(gzip.GzipFile(fileobj=raw))
            elif lower.endswith(".zip"):
                archive = stack.enter_context(zipfile.ZipFile(raw))
                stream = stack.enter_context(archive.open(_zip_member(archive, path)))
            else:
                stream = raw
        except (OSError, zipfile.BadZipFile) as exc:
            raise InputError(f"{path}: cannot open it ({exc}): is the download complete?") from exc
        bar = stack.enter_context(tqdm(total=total, unit="B", unit_scale=True, desc=f"importing {path.name}",
                                       disable=not progress, file=sys.stderr, dynamic_ncols=True, leave=False))
        n = 0
        try:
            for n, line in enumerate(stream, 1):
                if n % 10000 == 0:
                    bar.update(position() - bar.n)
                try:
                    yield n, line.decode("utf-8").rstrip("\r\n")
                except UnicodeDecodeError as exc:
                    raise _bad(path, n, f"is not UTF-8 ({exc.reason} at byte {exc.start})") from None
        except (OSError, EOFError, zipfile.BadZipFile) as exc:  # a truncated or corrupt .gz/.zip
            raise InputError(f"{path}: cannot read past line {n} ({exc}): is the download complete?") from exc
        bar.update(total - bar.n)


def _zip_member(archive: zipfile.ZipFile, path: Path) -> str:
    """The data file of a GeoNames zip (XX.zip holds XX.txt and readme.txt)."""
    names = [n for n in archive.namelist() if not n.endswith("/") and "readme" not in n.lower()]
    stem = path.name[:-4]
    for n in names:
        if Path(n).stem == stem:
            return n
    if len(names) == 1:
        return names[0]
    raise InputError(f"{path}: the archive holds {len(names)} files ({', '.join(names[:5])}): unzip it and "
                     f"import the data file")


def _detect(path: Path) -> str:
    """'geonames' or 'wof', from the first line that is not blank."""
    lines = _lines(path, False)
    try:
        for n, line in lines:
            if not line.strip():
                continue
            cols = line.split("\t")
            if cols[0] == "wof_id":
                return "wof"
            if len(cols) == GEONAMES_COLUMNS and cols[0].isdigit():
                return "geonames"
            raise _bad(path, n, f"has {len(cols)} tab-separated column(s): the file is neither a GeoNames dump "
                                f"({GEONAMES_COLUMNS} columns, the first a geonameid) nor a WOF-style TSV (a header "
                                f"starting wof_id, placetype, name)")
    finally:
        lines.close()
    raise InputError(f"{path} is empty: give a GeoNames dump (XX.txt) or a WOF-style TSV")


def _number(path: Path, n: int, value: str, column: str, kind: type = float, limit: float | None = None,
            empty: float | None = None) -> float:
    if not value.strip() and empty is not None:
        return empty
    try:
        x = kind(value)
    except ValueError:
        raise _bad(path, n, f"has {column} {value!r}, not a{'n integer' if kind is int else ' number'}") from None
    if limit is not None and not -limit <= x <= limit:
        raise _bad(path, n, f"has {column} {value!r}, outside -{limit:g}..{limit:g}")
    return x


def _read_geonames(path: Path, progress: bool) -> tuple[list[gz.Rec], int, int]:
    """Places of a GeoNames dump: (records, lines read, lines skipped)."""
    recs: list[gz.Rec] = []
    seen: set[int] = set()
    admin1: dict[tuple[str, str], str] = {}
    lines = skipped = 0
    for n, line in _lines(path, progress):
        if not line.strip():
            continue
        lines += 1
        cols = line.split("\t")
        if len(cols) != GEONAMES_COLUMNS:
            raise _bad(path, n, f"has {len(cols)} tab-separated columns where a GeoNames dump has {GEONAMES_COLUMNS}")
        gid = int(_number(path, n, cols[0], "geonameid", int))
        lat = _number(path, n, cols[4], "latitude", limit=90)
        lon = _number(path, n, cols[5], "longitude", limit=180)
        pop = int(_number(path, n, cols[14], "population", int, empty=0))
        fclass, code, cc = cols[6], cols[7], cols[8]
        prec = ("neighbourhood" if code == GEONAMES_NEIGHBOURHOOD else "town" if code not in GEONAMES_SKIP else None) \
            if fclass == "P" else GEONAMES_ADMIN.get(code) if fclass == "A" else None
        if prec is None or gid in seen:
            skipped += 1
            continue
        if not _CC.fullmatch(cc):
            raise _bad(path, n, f"has country code {cc!r}, not two capital letters")
        if not cols[1].strip():
            raise _bad(path, n, "has an empty name (column 2)")
        display = cols[1].strip()
        if prec.startswith("admin"):
            display = gz.ADMIN_AFFIX.sub("", display).strip() or display  # "Aleppo Governorate" -> Aleppo
        rec = gz.Rec(display, lat, lon, cc, prec, code, "geonames", gid, pop=max(0, pop), capital=code == "PPLC",
                     a1code=cols[10])
        for alias in (cols[1], cols[2], *cols[3].split(",")):
            rec.add_admin_name(alias)
        if not rec.names:  # only non-Latin names: news in French and English would not find it
            skipped += 1
            continue
        if prec == "admin1":
            admin1[cc, cols[10]] = rec.admin1 = display
        seen.add(gid)
        recs.append(rec)
    for r in recs:
        r.admin1 = r.admin1 or admin1.get((r.cc, r.a1code), "")
    return recs, lines, skipped


def _read_wof(path: Path, progress: bool) -> tuple[list[gz.Rec], int, int]:
    """Places of a WOF-style TSV (see ../shared/data/gazetteer/SOURCES.md): (records, lines read, lines skipped)."""
    header: list[str] = []
    rows: list[dict[str, str]] = []
    lines = skipped = 0
    for n, line in _lines(path, progress):
        if not line.strip():
            continue
        cols = line.split("\t")
        if not header:
            header = cols
            missing = [c for c in WOF_REQUIRED if c not in header]
            if missing:
                raise _bad(path, n, f"(the header) lacks the column(s) {', '.join(missing)} a WOF-style TSV needs")
            continue
        lines += 1
        if len(cols) != len(header):
            raise _bad(path, n, f"has {len(cols)} tab-separated columns where the header has {len(header)}")
        r = dict(zip(header, cols))
        r["_line"] = str(n)
        _number(path, n, r["wof_id"], "wof_id", int)
        _number(path, n, r["gn_id"], "gn_id", int, empty=0)
        for col, limit in (("lat", 90), ("lon", 180)):
            _number(path, n, r[col], col, limit=limit, empty=0)
        if r["country"] and not _CC.fullmatch(r["country"]):
            raise _bad(path, n, f"has country {r['country']!r}, not two capital letters")
        if r["deprecated"] or r["is_current"] == "0" or r["placetype"] not in gz.WOF_TYPES or not r["lat"].strip() \
                or not r["lon"].strip() or not r["country"]:
            skipped += 1
            continue
        rows.append(r)
    rows.sort(key=lambda r: (WOF_ORDER.index(r["placetype"]), int(r["wof_id"])))
    recs: list[gz.Rec] = []
    by_gid: dict[tuple[str, int], gz.Rec] = {}
    region: dict[int, str] = {}
    for r in rows:
        feat, prec = gz.WOF_TYPES[r["placetype"]]
        names = [(r["name"], "")]
        for item in r["names"].split(" | ") if r["names"] else ():
            tag, _, val = item.partition("=")
            lang = tag.split("_x_")[0].strip()
            names.append((val, "" if lang == "und" else gz.LANG3.get(lang, lang)))
        gn = max(0, int(r["gn_id"] or 0))
        key = ("geonames", gn) if gn else ("wof", int(r["wof_id"]))
        rec = by_gid.get(key)
        if rec is None:
            display = r["name"]
            eng = [nm for nm, lang in names[1:] if lang == "en"]
            if prec == "admin1" and eng:
                display = eng[0]
            display = _PAREN.sub("", display).strip().replace("`", "'") or r["name"]
            a1 = region.get(int(r.get("region_id") or 0)) or _PAREN.sub("", r.get("region_name", "")).strip()
            rec = by_gid[key] = gz.Rec(display, float(r["lat"]), float(r["lon"]), r["country"], prec, feat, key[0],
                                       key[1], admin1=display if prec == "admin1" else a1)
            recs.append(rec)
        if prec == "admin1":
            region[int(r["wof_id"])] = rec.name
        for nm, lang in names:
            for part in re.split(r"\s*[()]\s*", nm):  # "Homs (Hims)" is two names
                rec.add_admin_name(part, lang)
    kept = [r for r in recs if r.names]
    return kept, lines, skipped + len(recs) - len(kept)


# -- the commands -----------------------------------------------------------------------------------------

def add_commands(subparsers, add_settings) -> dict:
    """Register `eventmill gazetteer ...`; returns its handler by name."""
    gaz = subparsers.add_parser(
        "gazetteer", help="import GeoNames or WOF files into your own gazetteer; look places up",
        description="Manage the places eventmill knows beyond its shipped gazetteer, and look names up.",
        epilog=LIST_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = gaz.add_subparsers(dest="gazetteer_command", metavar="ACTION")
    data = argparse.ArgumentParser(add_help=False)
    data.add_argument("--data-dir", type=Path, default=None,
                      help="eventmill's data folder; imports go to its gazetteer/ subfolder (default: "
                           "$EVENTMILL_DATA_DIR, else ~/.local/share/eventmill)")

    imp = sub.add_parser("import", parents=[data], help="add a GeoNames dump (XX.txt/.zip) or a WOF-style TSV (.gz ok)",
                         description="Check every line of FILE, then add its populated places and admin units to "
                                     "your gazetteer. A file with an error changes nothing.")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--name", help="name of the import (default: the file name without extensions, e.g. SY); "
                                    "importing under an existing name replaces that import")
    imp.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                     help="show a progress bar (default: for files over 5 MB when standard error is a terminal)")

    ls = sub.add_parser("list", parents=[data], help="what is imported, with counts")
    ls.add_argument("--json", action="store_true", help="print JSON instead of a table")

    look = sub.add_parser("lookup", parents=[data], help="print the place a name resolves to and its candidates (JSON)")
    look.add_argument("name", metavar="NAME")
    look.add_argument("--country", action="append", default=[], metavar="XX",
                      help="a country the article mentions (ISO alpha-2; repeat or separate with commas)")
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
        return {"import": _cmd_import, "list": _cmd_list, "lookup": _cmd_lookup, "reverse": _cmd_reverse,
                "remove": _cmd_remove}[action](args)

    return {"gazetteer": handler}


def _cmd_import(args: argparse.Namespace) -> int:
    r = import_file(args.file, data_dir=args.data_dir, name=args.name, progress=args.progress)
    print(f"{'replaced' if r.replaced else 'imported'} {r.name}: {r.places:,} places and {r.keys:,} lookup keys "
          f"from {r.source} ({r.format}; {r.lines:,} lines, {r.skipped:,} skipped) -> {r.path}")
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
        print(f"{d['name']:16} {d.get('places') or 0:>9,} {d.get('keys') or 0:>9,} {d.get('source_format') or '':9} "
              f"{d.get('imported') or '':25} {d.get('source') or ''}")
    print(f"in {user_gazetteer_dir(args.data_dir)}")
    return 0


def _cmd_lookup(args: argparse.Namespace) -> int:
    countries = tuple(c.strip().upper() for arg in args.country for c in arg.split(",") if c.strip())
    bad = [c for c in countries if not _CC.fullmatch(c)]
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
    out = {"query": args.name, "context": {"lang": args.lang, "countries": list(countries),
                                           "near": [list(p) for p in near], "hint": args.hint},
           "place": dataclasses.asdict(place) if place else None,
           "candidates": [dataclasses.asdict(c) for c in geo.candidates(args.name, lang=args.lang)[:max(0, args.limit)]]}
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


def _cmd_reverse(args: argparse.Namespace) -> int:
    if not (-90 <= args.lat <= 90 and -180 <= args.lon <= 180):
        raise ConfigError(f"{args.lat},{args.lon} is not a point: latitude within -90..90, longitude -180..180")
    place = load_geocoder(data_dir=args.data_dir, imports=args.imports).reverse(args.lat, args.lon,
                                                                              max_km=args.max_km)
    print(json.dumps({"lat": args.lat, "lon": args.lon, "place": dataclasses.asdict(place) if place else None},
                     ensure_ascii=False, indent=2))
    return 0


def _cmd_remove(args: argparse.Namespace) -> int:
    print(f"removed {remove_import(args.name, args.data_dir)}")
    return 0
