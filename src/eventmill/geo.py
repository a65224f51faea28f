"""Geocoding: place names to `Place`s from the offline gazetteer, preferring the article's context.

The way in for the pipeline and the CLI: the `Geocoder` interface, `load_geocoder()` (the shipped
gazetteer with the user's imports laid over it, loaded once per process), where those files live,
and `approximate` for a place read from "aux alentours de X". The work is done in two modules:

- `geo_index`: the gazetteer file read into flat arrays, imports merged in, places by id and by
  point (`reverse`);
- `geo_ranking`: `OfflineGeocoder`, which ranks a name's candidates by the article's countries,
  nearby places and cue words, with a fuzzy fallback.

The shipped places are TSV files (`resources/xx/gazetteer/places/`, selected by
`scripts/build_gazetteer.py` from GeoNames, Who's On First, OpenSyria and curated aliases), compiled
at first use into the user's cache folder (`gazetteer_cache`); imports (`eventmill gazetteer import`)
are stored under `user_gazetteer_dir()`.
"""

from __future__ import annotations

import dataclasses
import os
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from eventmill import gazetteer as gz
from eventmill import gazetteer_cache
from eventmill.errors import ResourceError
from eventmill.geo_index import REVERSE_KM, USER_SUFFIX
from eventmill.geo_ranking import OfflineGeocoder
from eventmill.models import Place
from eventmill.text import norm

# how alike two spellings of one name are at least (difflib's ratio): "Nakhichevan" and Naxçıvan 0.63,
# "Bombay" and Mumbai 0.5; "Commissioner" and McIntyre, another of its names, 0.4
SPELLING_SIMILARITY = 0.5

HINTS = gz.PRECISIONS
# "aux alentours de X", "au nord-est de X": the event is near X, so one precision wider and less sure
WIDER = {"neighbourhood": "town", "town": "admin2", "admin2": "admin1", "admin1": "admin1", "country": "country"}
APPROXIMATE_CONFIDENCE = 0.8
# the `feature` of a place no gazetteer lists, put at the place the text says holds it (`stages/geo_unknown`):
# context, never an event's location
UNLISTED = "unlisted"
WOF_DISTRICT = "county"  # the feature of a Who's On First district, drawn at its label centroid
DATA_DIR_ENV = "EVENTMILL_DATA_DIR"


class Geocoder(Protocol):
    """What the pipeline and imports need from a gazetteer: resolve a name, list homonyms, spot place
    names, find a place by its id."""

    def lookup(
        self,
        name: str,
        *,
        lang: str | None = None,
        countries: tuple[str, ...] = (),
        near: tuple[tuple[float, float], ...] = (),
        hint: str | None = None,
        regions: tuple[tuple[str, str], ...] = (),
    ) -> Place | None: ...

    def candidates(self, name: str, *, lang: str | None = None) -> list[Place]: ...

    def country(self, name: str, *, lang: str | None = None) -> Place | None: ...

    def is_place_name(self, name: str) -> bool: ...

    def is_spelled_place_name(self, name: str) -> bool: ...

    def bears_name(self, name: str, place: Place) -> bool: ...

    def reverse(self, lat: float, lon: float, *, max_km: float = REVERSE_KM) -> Place | None: ...

    def by_id(self, gid: str) -> Place | None: ...


def approximate(place: Place) -> Place:
    """The place of "aux alentours de X", "près de X", "au nord-est de X": X one precision wider, less sure.

    A neighbourhood becomes a town, a town an admin2 area, an admin2 area its admin1; admin1 and
    country stay as they are. The point stays X's. Call it once per mention: it widens again if
    called again.
    """
    return dataclasses.replace(
        place,
        precision=WIDER.get(place.precision, place.precision),
        confidence=round(place.confidence * APPROXIMATE_CONFIDENCE, 3),
    )


def default_path() -> Path:
    """The compiled index of the shipped places in the cache folder, built first if it is missing or stale."""
    return gazetteer_cache.cached_path()


def data_dir(explicit: str | Path | None = None) -> Path:
    """eventmill's user data folder: the given one, $EVENTMILL_DATA_DIR, else $XDG_DATA_HOME/eventmill
    (~/.local/share/eventmill): outside the package, so what is imported there survives upgrades."""
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(DATA_DIR_ENV):
        return Path(os.environ[DATA_DIR_ENV]).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(xdg) / "eventmill"


def user_gazetteer_dir(explicit: str | Path | None = None) -> Path:
    """Where `eventmill gazetteer import` keeps the imported gazetteers (one file per import)."""
    return data_dir(explicit) / "gazetteer"


def user_files(explicit: str | Path | None = None) -> list[Path]:
    """The imported gazetteer files, by name."""
    d = user_gazetteer_dir(explicit)
    return sorted(p for p in d.glob("*" + USER_SUFFIX) if not p.name.startswith(".")) if d.is_dir() else []


def load_geocoder(
    path: str | Path | None = None, *, data_dir: str | Path | None = None, imports: bool = True
) -> Geocoder:
    """The shipped gazetteer with the user's imports laid over it, loaded once per process (about 0.4 s;
    the first use on a machine also compiles the shipped places into the cache folder, about 30 s).

    `imports=False` gives the shipped data alone (tests, reproducible evaluations). A new import is
    seen by the next call: the cache is keyed on the imported files as they are on disk.
    """
    p = Path(path) if path else None
    files = []
    for f in user_files(data_dir) if imports else ():
        try:
            st = f.stat()
        except FileNotFoundError:  # removed since the listing
            continue
        files.append((str(f), st.st_mtime_ns, st.st_ino, st.st_size))
    if p is not None:
        return _load(str(p), tuple(files))
    try:
        return _load(str(default_path()), tuple(files))
    except gazetteer_cache.UNREADABLE:  # a damaged cached index: read it whole, say so and build it again
        return _load(str(gazetteer_cache.cached_path(verify=True)), tuple(files))


@lru_cache(maxsize=3)
def _load(path: str, overlays: tuple[tuple[str, int, int, int], ...]) -> OfflineGeocoder:
    p = Path(path)
    if not p.exists():
        raise ResourceError(f"gazetteer file {p} is missing")
    return OfflineGeocoder(p, tuple(f[0] for f in overlays))


load_geocoder.cache_clear = _load.cache_clear  # type: ignore[attr-defined]


def own_name(text: str, place: Place, similarity: float = SPELLING_SIMILARITY) -> bool:
    """The text spells the place's own name, or its first words: accents, case, spaces and punctuation aside,
    close enough to be a transliteration ("Khatmandu", "Esfahan", "Lashkargah" for Lashkar Gah; "Clacton"
    for Clacton-on-Sea), not one of the unrelated names a gazetteer also lists for it ("Commissioner" for
    McIntyre, "Julia" for Plovdiv: a historic name, a nickname, a word of another language)."""
    said, own = norm(text).replace("'", "").split(), norm(place.name).replace("'", "").split()
    if bool(said) and own[: len(said)] == said:
        return True
    return SequenceMatcher(None, "".join(said), "".join(own)).ratio() >= similarity


# the public face: OfflineGeocoder is defined in geo_ranking and stays importable from here
__all__ = [
    "Geocoder",
    "OfflineGeocoder",
    "load_geocoder",
    "default_path",
    "approximate",
    "data_dir",
    "user_gazetteer_dir",
    "user_files",
    "HINTS",
    "WIDER",
]
