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
import logging
import re
import sys
import time
import zlib
from pathlib import Path

from eventmill import gazetteer as gz
from eventmill.errors import ConfigError, InputError
from eventmill.gazetteer_files import PROGRESS_BYTES, _detect, _read_geonames, _read_wof
from eventmill.geo import load_geocoder, user_files, user_gazetteer_dir
from eventmill.geo_index import USER_SUFFIX
from eventmill.writers.atomic import replacing_path, sweep, temp_name

log = logging.getLogger(__name__)

_IMPORT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_PID_TEMP = re.compile(r"\.(.+)\.\d+\.tmp")


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


def import_file(
    path: str | Path, *, data_dir: str | Path | None = None, name: str | None = None, progress: bool | None = None
) -> ImportResult:
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
        raise InputError(
            f"{path}: none of its {lines} lines is a populated place or admin unit with a Latin-script "
            f"name: check that it is the right file"
        )
    _fill_from_shipped(recs)
    folder = user_gazetteer_dir(data_dir)
    final = folder / (name + USER_SUFFIX)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        sweep_debris(folder)
        temp_name(final).touch()
    except OSError as exc:
        raise ConfigError(
            f"cannot write to {folder} ({exc.strerror}): choose another folder with --data-dir or EVENTMILL_DATA_DIR"
        ) from exc
    if progress:  # the bar covered reading; indexing takes about as long again
        print(f"indexing {len(recs):,} places ...", file=sys.stderr)
    meta = {
        "kind": "user",
        "name": name,
        "source": path.name,
        "source_format": fmt,
        "lines": lines,
        "skipped": skipped,
        "imported": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
    }
    # written under .NAME.PID.tmp and renamed once it reads back whole; a kill -9 leaves the temporary
    # file, which the next import or list removes (a SIGTERM unwinds and removes it at once)
    with replacing_path(final) as tmp:
        head, arrays, texts = gz.compile_index(recs, meta)
        gz.write(str(tmp), head, arrays, texts)
        check, _, _ = gz.read(str(tmp))  # it must read back whole before it replaces anything
        if check["places"] != len(recs):
            raise InputError(f"{path}: the compiled gazetteer does not read back ({tmp}): nothing was changed")
        replaced = final.exists()
    return ImportResult(name, final, path.name, fmt, head["places"], head["keys"], lines, skipped, replaced)


def sweep_debris(folder: Path) -> list[Path]:
    """Remove what interrupted imports left in the folder: `.NAME.PID.tmp` files whose process is gone,
    and the `.NAME.XXXXXXXX.tmp` files of eventmill before 0.3 (older than an hour); says what it removed."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    finals = {m.group(1) for f in folder.glob(".*.tmp") if (m := _PID_TEMP.fullmatch(f.name))}
    for final in sorted(finals):
        removed += sweep(folder / final)
    cutoff = time.time() - 3600
    for f in folder.glob(".*.tmp"):
        if f.exists() and not _PID_TEMP.fullmatch(f.name) and f.stat().st_mtime < cutoff:
            f.unlink(missing_ok=True)
            removed.append(f)
            log.warning("removed %s, left by an interrupted gazetteer import", f)
    return removed


def list_imports(data_dir: str | Path | None = None) -> list[dict]:
    """What is imported: name, file, source, format, places, keys and date of each import, oldest first."""
    sweep_debris(user_gazetteer_dir(data_dir))
    out = []
    for f in user_files(data_dir):
        try:
            meta = gz.read_meta(str(f))
        except (OSError, ValueError, EOFError, zlib.error) as exc:
            meta = {"error": f"unreadable ({exc}): remove it and import again"}
        out.append(
            {
                "name": f.name[: -len(USER_SUFFIX)],
                "file": str(f),
                "bytes": f.stat().st_size,
                **{
                    k: meta.get(k)
                    for k in ("source", "source_format", "places", "keys", "imported", "error")
                    if k in meta
                },
            }
        )
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
                name = name[: -len(suffix)]
    if not _IMPORT_NAME.fullmatch(name):
        raise ConfigError(f"cannot name an import {name!r}: give --name with letters, digits, '_', '-' or '.'")
    return name
