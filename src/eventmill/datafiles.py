"""Loads the data files under `resources/` (one folder per language, `xx/` shared by all) once per process.

Formats are described in `resources/FORMATS.md`. Code asks for a table by file name and language;
it never lists words itself.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import logging
import os
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path

from eventmill.errors import ResourceError, UnsupportedLanguage

log = logging.getLogger(__name__)

ROOT = Path(str(importlib_resources.files("eventmill") / "resources"))
SHARED = "xx"
# folders of extra language folders (a language added without editing the package), searched first
PATH_VARIABLE = "EVENTMILL_LANGUAGE_PATH"


def roots() -> tuple[Path, ...]:
    """Where language folders are looked for: $EVENTMILL_LANGUAGE_PATH (os.pathsep-separated), then the package."""
    extra = os.environ.get(PATH_VARIABLE, "")
    return tuple(Path(p) for p in extra.split(os.pathsep) if p) + (ROOT,)


def language_folders(marker: str = "language.json") -> tuple[str, ...]:
    """Names of the language folders that hold `marker`, in every root (listed once per process and
    $EVENTMILL_LANGUAGE_PATH: the language stage asks for every article)."""
    return _language_folders(roots(), marker)


@cache
def _language_folders(where: tuple[Path, ...], marker: str) -> tuple[str, ...]:
    return tuple(
        sorted(
            {
                p.name
                for root in where
                if root.is_dir()
                for p in root.iterdir()
                if p.name != SHARED and (p / marker).is_file()
            }
        )
    )


def available_languages() -> tuple[str, ...]:
    """Language folders that carry a `language.json` (what detection and `--lang` accept)."""
    return language_folders()


def folder(lang: str) -> Path:
    """The language's folder: the first root that has it (the package's, unless one is added)."""
    for root in roots():
        if (root / lang).is_dir():
            return root / lang
    return ROOT / lang


@cache
def language_info(lang: str) -> dict:
    """The folder's `language.json`: its spaCy model name and display name."""
    path = folder(lang) / "language.json"
    if not path.is_file():
        raise UnsupportedLanguage(
            f"language {lang!r} is not supported (supported: {', '.join(available_languages())}); "
            f"add a folder src/eventmill/resources/{lang}/ to support it"
        )
    return json.loads(path.read_text(encoding="utf-8"))


def entity_kinds(lang: str) -> dict[str, str]:
    """What the language model's entity labels mean (`"entities"` in language.json): label -> place,
    person, organisation or other. Labels not listed are ignored."""
    return dict(language_info(lang).get("entities", {}))


def _open_text(path: Path) -> io.TextIOBase:
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path), encoding="utf-8")
    return path.open(encoding="utf-8")


def _find(lang: str, name: str) -> Path | None:
    base = folder(lang)
    for candidate in (base / name, base / (name + ".gz")):
        if candidate.is_file():
            return candidate
    return None


@cache
def table(lang: str, name: str) -> tuple[dict[str, str], ...]:
    """Rows of `resources/<lang>/<name>` (TSV with header, `#` comments) as dicts; () if absent."""
    path = _find(lang, name)
    if path is None:
        return ()
    rows = []
    with _open_text(path) as fh:
        lines = (ln for ln in fh if ln.strip() and not ln.startswith("#"))
        reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        try:
            header = [h.strip() for h in next(reader)]
        except StopIteration:
            return ()
        for rec in reader:
            if len(rec) < len(header):
                rec = rec + [""] * (len(header) - len(rec))
            rows.append({h: v.strip() for h, v in zip(header, rec)})
    log.debug("loaded %s rows from %s", len(rows), path)
    return tuple(rows)


def tables(lang: str, name: str) -> tuple[dict[str, str], ...]:
    """The language's rows followed by the shared `xx/` rows of the same file."""
    return table(lang, name) + (table(SHARED, name) if lang != SHARED else ())


@cache
def words(lang: str, name: str) -> frozenset[str]:
    """A one-word-per-line file (`stopwords.txt`) as a set."""
    path = _find(lang, name)
    if path is None:
        return frozenset()
    with _open_text(path) as fh:
        return frozenset(ln.strip().casefold() for ln in fh if ln.strip() and not ln.startswith("#"))


def require(lang: str, name: str) -> tuple[dict[str, str], ...]:
    """Like `table`, but a missing file is an installation error."""
    rows = table(lang, name)
    if not rows:
        raise ResourceError(f"resource file resources/{lang}/{name} is missing or empty; reinstall eventmill")
    return rows
