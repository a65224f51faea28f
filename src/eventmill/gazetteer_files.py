"""Reading gazetteer files a user imports: GeoNames country dumps (`XX.txt`, `XX.zip`) and WOF-style
TSVs (`wof_admin_XX.tsv.gz`), checked line by line into gazetteer records (`gazetteer.Rec`)."""

from __future__ import annotations

import gzip
import os
import re
import sys
import zipfile
from collections.abc import Generator, Iterable
from contextlib import ExitStack
from pathlib import Path

from eventmill import gazetteer as gz
from eventmill.errors import InputError

PROGRESS_BYTES = 5_000_000  # files above this size show a progress bar (when standard error is a terminal)
GEONAMES_COLUMNS = 19  # geonameid, name, asciiname, alternatenames, latitude, longitude, class, code, ...
# GeoNames features kept from a dump: populated places (class P) and these admin units (class A).
# Countries come from the shipped data; historical and abandoned places are left out.
GEONAMES_ADMIN = {"ADM1": "admin1", "ADM2": "admin2", "ADM3": "admin2"}
GEONAMES_NEIGHBOURHOOD = "PPLX"  # section of a populated place
GEONAMES_SKIP = frozenset({"PPLH", "PPLQ", "PPLCH"})
WOF_REQUIRED = ("wof_id", "placetype", "name", "lat", "lon", "country", "gn_id", "is_current", "deprecated", "names")
WOF_ORDER = ("region", "county", "localadmin", "locality", "neighbourhood")  # regions first: towns name them
COUNTRY_CODE = re.compile(r"[A-Z]{2}")  # ISO alpha-2, as both formats and --country give it
_PAREN = re.compile(r"\s*\(.*\)$")


def _bad(path: Path, n: int, what: str) -> InputError:
    return InputError(f"{path}: line {n} {what}: fix or delete that line and import again (nothing was changed)")


def _lines(path: Path, progress: bool) -> Generator[tuple[int, str], None, None]:
    """Numbered lines of a text, .gz or .zip file, decoded as UTF-8, with a progress bar over its bytes."""
    from tqdm import tqdm

    with ExitStack() as stack:
        raw = stack.enter_context(open(path, "rb"))
        total, position = os.fstat(raw.fileno()).st_size, raw.tell
        lower = path.name.lower()
        stream: Iterable[bytes]  # the file's lines, decompressed
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
        bar = stack.enter_context(
            tqdm(
                total=total,
                unit="B",
                unit_scale=True,
                desc=f"importing {path.name}",
                disable=not progress,
                file=sys.stderr,
                dynamic_ncols=True,
                leave=False,
            )
        )
        n = 0
        try:
            for n, line in enumerate(stream, 1):
                if n % 10000 == 0:
                    bar.update(position() - bar.n)
                try:
                    # a UTF-8 byte-order mark (Excel, Notepad) is not part of the first line's text
                    yield n, line.decode("utf-8-sig" if n == 1 else "utf-8").rstrip("\r\n")
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
    raise InputError(
        f"{path}: the archive holds {len(names)} files ({', '.join(names[:5])}): unzip it and import the data file"
    )


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
            raise _bad(
                path,
                n,
                f"has {len(cols)} tab-separated column(s): the file is neither a GeoNames dump "
                f"({GEONAMES_COLUMNS} columns, the first a geonameid) nor a WOF-style TSV (a header "
                f"starting wof_id, placetype, name)",
            )
    finally:
        lines.close()
    raise InputError(f"{path} is empty: give a GeoNames dump (XX.txt) or a WOF-style TSV")


def _number(
    path: Path,
    n: int,
    value: str,
    column: str,
    kind: type = float,
    limit: float | None = None,
    empty: float | None = None,
) -> float:
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
        prec = (
            ("neighbourhood" if code == GEONAMES_NEIGHBOURHOOD else "town" if code not in GEONAMES_SKIP else None)
            if fclass == "P"
            else GEONAMES_ADMIN.get(code)
            if fclass == "A"
            else None
        )
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
        rec = gz.Rec(
            display, lat, lon, cc, prec, code, "geonames", gid, pop=max(0, pop), capital=code == "PPLC", a1code=cols[10]
        )
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
        if (
            r["deprecated"]
            or r["is_current"] == "0"
            or r["placetype"] not in gz.WOF_TYPES
            or not r["lat"].strip()
            or not r["lon"].strip()
            or not r["country"]
        ):
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
            rec = by_gid[key] = gz.Rec(
                display,
                float(r["lat"]),
                float(r["lon"]),
                r["country"],
                prec,
                feat,
                key[0],
                key[1],
                admin1=display if prec == "admin1" else a1,
            )
            recs.append(rec)
        if prec == "admin1":
            region[int(r["wof_id"])] = rec.name
        for nm, lang in names:
            for part in re.split(r"\s*[()]\s*", nm):  # "Homs (Hims)" is two names
                rec.add_admin_name(part, lang)
    kept = [r for r in recs if r.names]
    return kept, lines, skipped + len(recs) - len(kept)
