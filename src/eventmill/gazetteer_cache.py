"""The shipped gazetteer: plain-text place records in the package, compiled once into the user's cache folder.

The package ships the places `scripts/build_gazetteer.py` selects from GeoNames, Who's On First,
OpenSyria and the curated tables as sorted TSV files (`resources/xx/gazetteer/places/*.tsv`): git
keeps text as deltas, where a compiled index would add its whole size to the history at every
rebuild. The first use compiles them (`gazetteer.compile_index`, about 30 s, once per machine and
version) into `cache_dir()`, under a name keyed by the sha256 of the TSV files, this module and the
key/compile code, so a changed source is rebuilt and an unchanged one is only read (about 0.3 s).
A lock file makes parallel workers build it once; the file appears by an atomic rename.

Files are read in name order: `1-world` (countries, continents), `2-towns-XX` (GeoNames towns by
country, merged back into GeoNames id order), `3-admin` (US states, curated admin1 units, OpenSyria
units), `4-wof-xx` (one per Who's On First extract), `5-curated` (places only `aliases.tsv` has).
That is the build's own order, which the index keeps: homonyms of equal rank stay in it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import time
import zlib
from functools import cache
from importlib import resources
from pathlib import Path

from eventmill import gazetteer as gz
from eventmill import gazetteer_keys
from eventmill.errors import ResourceError

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; parallel first builds just each write the same file
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

FORMAT_VERSION = 1  # of the TSV files and of the cache's name; bump when either changes meaning
CACHE_ENV = "EVENTMILL_CACHE_DIR"
COLUMNS = ("id", "source", "country", "precision", "feature", "lat", "lon", "population", "admin1", "name", "names")
MAX_FILE_BYTES = 1_900_000  # a part bigger than this is written in pieces: no tracked file over 2 MB
TOWNS_PART = "2-towns-"  # the build adds GeoNames towns by id; their files (one per country) are merged back
CACHE_PREFIX = "gazetteer-"
CACHE_SUFFIX = ".bin.gz"  # the format of `gazetteer.write`, as imports
LOCK_FILE = "gazetteer.lock"
KEEP_OTHERS = 2  # indexes of other sources kept beside the current one, the most recently used first
_CURATED = frozenset(("eventmill", "opensyria"))  # sources with string ids
# what reading a damaged index file raises (gazetteer.read)
UNREADABLE = (OSError, EOFError, ValueError, KeyError, zlib.error)
_HEADER = (
    "# One place per line, as scripts/build_gazetteer.py selected it; do not edit by hand.\n"
    "# names: NAME=LANG,LANG|NAME|... (no language: untagged); lat/lon: degrees, 5 decimals.\n"
)
_ready: dict[tuple[str, str], Path] = {}  # (places folder, cache folder) -> checked cache file, per process


@cache
def places_dir() -> Path:
    """Where the shipped place records live (asked at every `geo.load_geocoder()` call)."""
    return Path(str(resources.files("eventmill") / "resources" / "xx" / "gazetteer" / "places"))


def cache_dir(explicit: str | Path | None = None) -> Path:
    """eventmill's cache folder: the given one, $EVENTMILL_CACHE_DIR, else $XDG_CACHE_HOME/eventmill
    (~/.cache/eventmill). Everything there can be deleted; it is rebuilt on next use."""
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(xdg) / "eventmill"


# -- the TSV files ----------------------------------------------------------------------------------------


def _coord(x: float) -> str:
    n = round(x * gz.COORD_SCALE)
    s = f"{n / gz.COORD_SCALE:.5f}".rstrip("0").rstrip(".")
    if round(float(s) * gz.COORD_SCALE) != n:  # never seen; a guard, since the index must not move
        raise ValueError(f"coordinate {x} does not survive the round trip through {s}")
    return s


def _line(r: gz.Rec) -> str:
    if r.capital != (r.feat == "PPLC"):
        raise ValueError(f"{r.name}: a capital is a PPLC town and a PPLC town a capital (the TSV keeps the feature)")
    if isinstance(r.gid, str) != (r.src in _CURATED):
        raise ValueError(f"{r.name}: id {r.gid!r} has the wrong type for source {r.src}")
    names = []
    for n in sorted(r.names):
        if "|" in n or "=" in n:
            raise ValueError(f"name {n!r} holds a separator of the names column")
        langs = ",".join(sorted(lang for lang in r.names[n] if lang))
        names.append(f"{n}={langs}" if langs else n)
    fields = (
        str(r.gid),
        r.src,
        r.cc,
        r.prec,
        r.feat,
        _coord(r.lat),
        _coord(r.lon),
        str(r.pop),
        r.admin1,
        r.name,
        "|".join(names),
    )
    if any("\t" in f or "\n" in f or "\r" in f for f in fields):
        raise ValueError(f"{r.name}: a field holds a tab or a line break")
    return "\t".join(fields) + "\n"


def write_records(folder: Path, parts: dict[str, list[gz.Rec]]) -> list[Path]:
    """Write each part to `folder/PART.tsv` (records in the given order), or to `PART.1.tsv`,
    `PART.2.tsv`... when it is over `MAX_FILE_BYTES`, and remove other TSV files there."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for part, recs in parts.items():
        chunks: list[list[str]] = [[]]
        size = 0
        for r in recs:
            line = _line(r)
            if size + len(line.encode()) > MAX_FILE_BYTES and chunks[-1]:
                chunks.append([])
                size = 0
            chunks[-1].append(line)
            size += len(line.encode())
        for n, lines in enumerate(chunks, 1):
            # pieces sort in their order, between the names around the whole part
            path = folder / (f"{part}.tsv" if len(chunks) == 1 else f"{part}.{n:02d}.tsv")
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(_HEADER + "\t".join(COLUMNS) + "\n")
                f.writelines(lines)
            written.append(path)
    for old in set(folder.glob("*.tsv")) - set(written):
        old.unlink()
    return written


def source_files(folder: Path) -> list[Path]:
    """The TSV files of a places folder, in reading order."""
    return sorted(folder.glob("*.tsv"), key=lambda p: p.name)


def _read_file(path: Path) -> list[gz.Rec]:
    recs = []
    with open(path, encoding="utf-8", newline="\n") as f:
        lines = (ln for ln in f if not ln.startswith("#"))
        if next(lines, "").rstrip("\n").split("\t") != list(COLUMNS):
            raise ResourceError(f"{path} is not a gazetteer places file (its header is not {' '.join(COLUMNS)})")
        for n, ln in enumerate(lines, 2):
            cols = ln.rstrip("\n").split("\t")
            if len(cols) != len(COLUMNS):
                raise ResourceError(
                    f"{path}: line {n} has {len(cols)} columns, not {len(COLUMNS)}: rerun "
                    f"scripts/build_gazetteer.py or restore the file from git"
                )
            gid, src, cc, prec, feat, lat, lon, pop, admin1, name, names = cols
            rec = gz.Rec(
                name,
                float(lat),
                float(lon),
                cc,
                prec,
                feat,
                src,
                gid if src in _CURATED else int(gid),
                pop=int(pop),
                admin1=admin1,
                capital=feat == "PPLC",
            )
            for item in names.split("|") if names else ():
                nm, _, langs = item.partition("=")
                rec.names[nm] = set(langs.split(",")) if langs else {""}
            recs.append(rec)
    return recs


def read_records(folder: Path) -> list[gz.Rec]:
    """Every place of a places folder, in the build's order."""
    recs: list[gz.Rec] = []
    towns: list[gz.Rec] = []
    for path in source_files(folder):
        if path.name.startswith(TOWNS_PART):
            towns.extend(_read_file(path))
            continue
        if towns:
            recs.extend(sorted(towns, key=lambda r: r.gid))
            towns = []
        recs.extend(_read_file(path))
    recs.extend(sorted(towns, key=lambda r: r.gid))
    return recs


def source_digest(folder: Path) -> str:
    """sha256 of what the compiled index depends on: the TSV files, the format and the code that compiles them."""
    h = hashlib.sha256(f"eventmill-gazetteer-sources {FORMAT_VERSION}\n".encode())
    for code in (gz.__file__, gazetteer_keys.__file__, __file__):
        h.update(Path(code).read_bytes())
    for path in source_files(folder):
        data = path.read_bytes()
        h.update(f"\n{path.name}\t{len(data)}\n".encode())
        h.update(data)
    return h.hexdigest()


# -- the cache ---------------------------------------------------------------------------------------------


def cached_path(*, folder: Path | None = None, cache: str | Path | None = None, verify: bool = False) -> Path:
    """The compiled index of the shipped places, built first if the cache has no current one.

    Checked once per process (the sources are hashed, about 0.1 s); `verify=True` reads the whole
    cached file and rebuilds it if that fails (`geo` asks for it when a cached file will not load).
    """
    folder = folder or places_dir()
    cdir = cache_dir(cache)
    key = (str(folder), str(cdir))
    path = _ready.get(key)
    if path is not None and not verify and path.exists():
        return path
    if not source_files(folder):
        raise ResourceError(
            f"no gazetteer place files in {folder}: reinstall eventmill, or run "
            f"scripts/build_gazetteer.py in a source checkout"
        )
    digest = source_digest(folder)
    path = cdir / f"{CACHE_PREFIX}{FORMAT_VERSION}-{digest[:16]}{CACHE_SUFFIX}"
    if verify or not _current(path, digest, full=False):
        _build_locked(folder, path, digest, verify)
    else:
        try:
            os.utime(path)  # last used: the cleanup keeps the indexes in use (two checkouts share the cache)
        except OSError:
            pass  # a read-only cache folder still serves
    _ready[key] = path
    return path


def _current(path: Path, digest: str, *, full: bool) -> bool:
    """Whether `path` is a readable index of these sources; an unreadable one is said so, then rebuilt."""
    try:
        meta = gz.read(str(path))[0] if full else gz.read_meta(str(path))
    except FileNotFoundError:
        return False
    except UNREADABLE as exc:
        log.warning("the gazetteer cache %s is unreadable (%s): rebuilding it", path, exc)
        return False
    return meta.get("sources_sha256") == digest


def _build_locked(folder: Path, path: Path, digest: str, full: bool) -> None:
    """Build the index into `path` unless another process did while this one waited for the lock."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = open(path.parent / LOCK_FILE, "a")  # noqa: SIM115 (held across the build)
    except OSError as exc:
        raise ResourceError(
            f"cannot write the gazetteer cache in {path.parent} ({exc.strerror}): set {CACHE_ENV} to a writable folder"
        ) from exc
    with lock:
        if fcntl is not None:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if _current(path, digest, full=full):
            return
        build(folder, path, digest)
    # indexes of other sources (an upgrade, another checkout): keep the few used last
    others = sorted(
        (p for p in path.parent.glob(f"{CACHE_PREFIX}*{CACHE_SUFFIX}") if p != path), key=_mtime, reverse=True
    )
    for old in others[KEEP_OTHERS:]:
        old.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except FileNotFoundError:
        return 0.0


def build(folder: Path, path: Path, digest: str | None = None) -> dict:
    """Compile a places folder into the index file `path` (written to a temporary file, then renamed)."""
    digest = digest or source_digest(folder)
    log.warning("building the gazetteer index in %s (once per version, about 30 s)", path)
    t = time.perf_counter()
    recs = read_records(folder)
    meta, arrays, texts = gz.compile_index(recs, {"sources_sha256": digest, "sources_format": FORMAT_VERSION})
    del recs
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        gz.write(tmp, meta, arrays, texts, compresslevel=1)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; it holds nothing secret
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    log.info(
        "built the gazetteer index in %.1f s: %s places, %s keys", time.perf_counter() - t, meta["places"], meta["keys"]
    )
    return meta


def read_inputs(folder: Path | None = None) -> dict:
    """What the build recorded about its inputs (`places/inputs.json`): digests, upstream versions."""
    return json.loads(((folder or places_dir()) / "inputs.json").read_text(encoding="utf-8"))
