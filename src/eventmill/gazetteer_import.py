"""Importing the user's own gazetteers: checking GeoNames and WOF files and compiling them beside the shipped one.

`import_file` reads a GeoNames country dump (`XX.txt` or `XX.zip` from download.geonames.org/export/dump/:
19 tab-separated columns, alternate names included) or a WOF-style TSV (the columns of the
`wof_admin_XX.tsv.gz` extracts; `.gz` accepted), checks every line, compiles the places with the
build's own code (`gazetteer.compile_index`) and installs the result in `geo.user_gazetteer_dir()` by an
atomic rename, so a bad file never damages an earlier import. `geo.load_geocoder()` lays every
imported file over the shipped data. `list_imports` and `remove_import` manage them. The
`eventmill gazetteer` commands (`gazetteer_cli`) are thin wrappers over these three functions.
"""
from __future__ import annotations

import dataclasses
import datetime
import gzip
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
from eventmill.geo import load_geocoder, user_files, user_gazetteer_dir
from eventmill.geo_index import USER_SUFFIX

GEONAMES_COLUMNS = 19  # geonameid, name, asciiname, alternatenames, latitude, longitude, class, code, ...
# GeoNames features kept from a dump: populated places (class P) and these admin units (class A).
# Countries come from the shipped data; historical and abandoned places are left out.
GEONAMES_ADMIN = {"ADM1": "admin1", "ADM2": "admin2", "ADM3": "admin2"}
GEONAMES_NEIGHBOURHOOD = "PPLX"  # section of a populated place
GEONAMES_SKIP = frozenset({"PPLH", "PPLQ", "PPLCH"})
WOF_REQUIRED = ("wof_id", "placetype", "name", "lat", "lon", "country", "gn_id", "is_current", "deprecated", "names")
WOF_ORDER = ("region", "county", "localadmin", "locality", "neighbourhood")  # regions first: towns name them
PROGRESS_BYTES = 5_000_000  # files above this size show a progress bar (when standard error is a terminal)
COUNTRY_CODE = re.compile(r"[A-Z]{2}")  # ISO alpha-2, as both formats and --country give it
_IMPORT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_PAREN = re.compile(r"\s*\(.*\)$")


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
        if not COUNTRY_CODE.fullmatch(cc):
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
        if r["country"] and not COUNTRY_CODE.fullmatch(r["country"]):
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
