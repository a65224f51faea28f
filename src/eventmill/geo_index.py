"""The offline gazetteer in memory: flat arrays, postings per folded key, the user's imports merged in.

`GazetteerIndex` reads a gazetteer file (the shipped places compiled into the cache folder by
`gazetteer_cache`, format in `gazetteer.py`) and lays the user's imported gazetteers over it, the
newest winning ties. It answers what needs no article context: a place by its id (`by_id`), the
nearest town to a point (`reverse`), distances, and the `Place` a place number stands for. Ranking
a name's candidates by the article's context is `geo_ranking.OfflineGeocoder`, built on this class;
`geo.load_geocoder()` is the way in.
"""

from __future__ import annotations

import math
import threading
import zlib
from array import array
from functools import lru_cache
from pathlib import Path

from eventmill import gazetteer as gz
from eventmill.errors import ResourceError
from eventmill.models import Place

REVERSE_CELL = 10_000  # reverse-lookup grid cells of 0.1 degree, in gazetteer coordinate units
REVERSE_KM = 100.0  # reverse lookup gives up beyond this distance from any town
_LON_CELLS = 360 * gz.COORD_SCALE // REVERSE_CELL  # cell columns round the globe: the search wraps
KM_PER_DEGREE = 111.2
USER_SUFFIX = ".bin.gz"  # an imported gazetteer in the user data folder: the cached index's format
_CURATED_SOURCES = frozenset(("eventmill", "opensyria"))  # string ids, kept in the curated_id texts


class GazetteerIndex:
    """A gazetteer file loaded into flat arrays, with a dict from folded key to postings, and overlays merged in."""

    def __init__(self, path: str | Path, overlays: tuple[str | Path, ...] = ()) -> None:
        meta, arrays, texts = gz.read(str(path))
        self.meta = meta
        self._keys = texts["keys"]
        self._key_idx = dict(zip(self._keys, range(len(self._keys))))
        self._names = texts["place_name"]
        self._admin1 = texts["admin1_name"]
        self._curated = texts["curated_id"]
        # the file's arrays (typecodes in gazetteer.compile_index): every one holds ints
        self._place_lat: array[int] = arrays["place_lat"]
        self._place_lon: array[int] = arrays["place_lon"]
        self._place_pop: array[int] = arrays["place_pop"]
        self._place_cc: array[int] = arrays["place_cc"]
        self._place_admin1: array[int] = arrays["place_admin1"]
        self._place_feat: array[int] = arrays["place_feat"]
        self._place_src: array[int] = arrays["place_src"]
        self._place_id: array[int] = arrays["place_id"]
        self._admin1_place: array[int] = arrays["admin1_place"]
        self._key_start: array[int] = arrays["key_start"]
        self._post_place: array[int] = arrays["post_place"]
        self._post_hash: array[int] = arrays["post_hash"]
        self._post_lang: array[int] = arrays["post_lang"]
        self._cc_key_start: array[int] = arrays["cc_key_start"]
        # postings of key i: [_key_start[i], _key_end[i]); an overlay may move a key's range to the end
        self._key_end = self._key_start[1:]
        del self._key_start[-1]
        self._ccs = list(meta["countries"])
        self._cc_idx = {c: i for i, c in enumerate(self._ccs)}
        self._srcs = meta["sources"]
        self._langs = meta["langs"]
        self._lang_bit = {lang: 1 << i for i, lang in enumerate(self._langs)}
        self._feat_code: list[str] = []
        self._feat_prec: list[str] = []
        self._feat_base: list[float] = []
        self._feat_slope: list[float] = []
        # the same for a place with a population figure (gazetteer.PRIOR_WITH_POPULATION)
        self._feat_kbase: list[float] = []
        self._feat_kslope: list[float] = []
        self._feat_admin: list[bool] = []
        self._feat_idx: dict[tuple[str, str], int] = {}
        for f, p in meta["features"]:
            self._feature(f, p)
        self._extra_cc_keys: dict[int, list[str]] = {}  # overlay keys, for the fuzzy index
        # key -> overlay postings (start, end, ids they replace) still to merge with the key's own
        self._pending: dict[int, list[tuple[int, int, set[tuple[int, int]]]]] = {}
        self._lock = threading.Lock()
        # (source, id) -> place: the id is an int, or the curated_id text for the curated sources
        self._by_id: dict[tuple[int, int | str], int] | None = None
        self._grid: dict[int, list[int]] | None = None
        self.imports: list[dict] = []
        layers = [_read_import(p) for p in overlays]
        for (ometa, oarrays, otexts), p in sorted(
            zip(layers, overlays), key=lambda t: (t[0][0].get("imported", ""), str(t[1]))
        ):
            self._merge(ometa, oarrays, otexts)  # the newest last: it wins ties
            self.imports.append(ometa | {"file": str(p)})
        self._reverse_cached = lru_cache(maxsize=65536)(self._reverse)

    # -- public API --------------------------------------------------------------------------------

    def cache_clear(self) -> None:
        """Forget cached reverse lookups (benchmarks)."""
        self._reverse_cached.cache_clear()

    def by_id(self, gid: str) -> Place | None:
        """The place with a gazetteer id ("geonames:170063", "wof:421168655", "eventmill:sy-handarat"), or None."""
        src, _, ident = gid.partition(":")
        if src not in self._srcs or not ident:
            return None
        if self._by_id is None:  # about 0.1 s, once: later places (imports) win
            self._by_id = {
                (s, self._curated[i] if self._srcs[s] in _CURATED_SOURCES else i): p
                for p, (s, i) in enumerate(zip(self._place_src, self._place_id))
            }
        key: int | str = ident
        if src not in _CURATED_SOURCES:
            if not ident.isdigit():
                return None
            key = int(ident)
        p = self._by_id.get((self._srcs.index(src), key))
        return None if p is None else self._place(p, 1.0)

    def bears_name(self, name: str, place: Place) -> bool:
        """Whether the gazetteer lists the name itself as the place's own name: the name shown, a form of it,
        or the source's own name that a curated press spelling replaced ("Tadmur" for Palmyra)."""
        _, fk, h = gz.keys(name)
        i = self._key_idx.get(fk)
        if i is None:
            return False
        start, end = self._span(i)
        for j in range(start, end):
            p = self._post_place[j]
            if self._post_hash[j] == h and self._post_lang[j] & gz.PRIMARY and self._names[p] == place.name:
                if self._place(p, 1.0).gid == place.gid:
                    return True
        return False

    def reverse(self, lat: float, lon: float, *, max_km: float = REVERSE_KM) -> Place | None:
        """The nearest town to a point (its country and admin1 are the point's), or None beyond max_km.

        Confidence falls from 1 at the town to 0.5 at max_km. The grid index is built on the first
        call (about 0.3 s); answers are cached per point.
        """
        return self._reverse_cached(float(lat), float(lon), float(max_km))

    # -- reverse lookup ------------------------------------------------------------------------------

    def _reverse(self, lat: float, lon: float, max_km: float) -> Place | None:
        if self._grid is None:
            self._grid = self._build_grid()
        grid = self._grid
        ci, cj = math.floor(lat * gz.COORD_SCALE / REVERSE_CELL), math.floor(lon * gz.COORD_SCALE / REVERSE_CELL)
        cell_km = REVERSE_CELL / gz.COORD_SCALE * KM_PER_DEGREE
        lat_r, lon_r = math.radians(lat), math.radians(lon)
        best_d, best = math.inf, -1
        rings = 0
        while True:
            # a cell of ring r is at least r - 1 cells away; cells narrow towards the poles
            width = cell_km * max(0.01, math.cos(math.radians(min(89.0, abs(lat) + rings * 0.1))))
            if (rings - 1) * width > min(best_d, max_km):
                break
            for di in range(-rings, rings + 1):
                step = 1 if abs(di) == rings else 2 * rings  # the ring only, not the square inside it
                for dj in range(-rings, rings + 1, step or 1):
                    for p in grid.get(
                        (ci + di) * 65536 + (cj + dj + _LON_CELLS // 2) % _LON_CELLS - _LON_CELLS // 2, ()
                    ):
                        d = self._km_rad(p, lat_r, lon_r)
                        if d < best_d:
                            best_d, best = d, p
            rings += 1
            if rings > 2000:
                break
        if best < 0 or best_d > max_km:
            return None
        return self._place(best, 1.0 - 0.5 * best_d / max_km)

    def _build_grid(self) -> dict[int, list[int]]:
        """Towns by 0.1-degree cell."""
        town = array("b", [prec == "town" for prec in self._feat_prec])
        grid: dict[int, list[int]] = {}
        feat, plat, plon = self._place_feat, self._place_lat, self._place_lon
        for p in range(len(plat)):
            if town[feat[p]]:
                cj = (plon[p] // REVERSE_CELL + _LON_CELLS // 2) % _LON_CELLS - _LON_CELLS // 2
                grid.setdefault((plat[p] // REVERSE_CELL) * 65536 + cj, []).append(p)
        return grid

    # -- overlays ------------------------------------------------------------------------------------

    def _feature(self, code: str, prec: str) -> int:
        f = self._feat_idx.get((code, prec))
        if f is None:
            f = self._feat_idx[code, prec] = len(self._feat_code)
            self._feat_code.append(code)
            self._feat_prec.append(prec)
            self._add_feature_prior(code, prec)
            self._feat_admin.append(prec in ("admin1", "admin2"))
        return f

    def _add_feature_prior(self, code: str, prec: str) -> None:
        bonus = gz.CAPITAL_BONUS if code == "PPLC" else 0.0
        if code in gz.UNSIZED_REGIONS:
            bonus -= gz.UNSIZED_REGION_PENALTY
        self._feat_base.append(gz.PRIOR[prec][0] + bonus)
        self._feat_slope.append(gz.PRIOR[prec][1])
        known = gz.PRIOR_WITH_POPULATION.get(prec, gz.PRIOR[prec])
        self._feat_kbase.append(known[0] + bonus)
        self._feat_kslope.append(known[1])

    def _prior(self, p: int) -> float:
        """`gazetteer.prior` of a loaded place."""
        f, q = self._place_feat[p], self._place_pop[p]
        if q:
            return self._feat_kbase[f] + self._feat_kslope[f] * math.log10(q + 1)
        return self._feat_base[f] + self._feat_slope[f] * math.log10(gz.UNKNOWN_POPULATION + 1)

    def _country(self, cc: str) -> int:
        if cc not in self._cc_idx:
            self._cc_idx[cc] = len(self._ccs)
            self._ccs.append(cc)
        return self._cc_idx[cc]

    def _merge(self, meta: dict, arrays: dict[str, array], texts: dict[str, list[str]]) -> None:
        """Lay an imported gazetteer over this one: its places first among equals, and in place of a
        loaded place with the same GeoNames or WOF id under the keys they share."""
        base = len(self._place_lat)
        cc_map = [self._country(c) for c in meta["countries"]]
        feat_map = [self._feature(f, p) for f, p in meta["features"]]
        src_map = [self._srcs.index(s) for s in meta["sources"]]
        curated_srcs = {self._srcs.index(s) for s in _CURATED_SOURCES if s in self._srcs}
        cur_off = len(self._curated)
        self._names.extend(texts["place_name"])
        self._curated.extend(texts["curated_id"])
        self._place_lat.extend(arrays["place_lat"])
        self._place_lon.extend(arrays["place_lon"])
        self._place_pop.extend(arrays["place_pop"])
        self._place_cc.extend(array("H", [cc_map[c] for c in arrays["place_cc"]]))
        self._place_feat.extend(array("H", [feat_map[f] for f in arrays["place_feat"]]))
        srcs = [src_map[s] for s in arrays["place_src"]]
        self._place_src.extend(array("B", srcs))
        self._place_admin1.extend(array("H", self._admin1_map(texts["admin1_name"], arrays, cc_map, base)))
        self._place_id.extend(
            array("q", [i + cur_off if s in curated_srcs else i for s, i in zip(srcs, arrays["place_id"])])
        )
        ids = {(s, i) for s, i in zip(srcs, arrays["place_id"]) if s not in curated_srcs}
        bits = [(1 << k, self._lang_bit.get(lang, 0)) for k, lang in enumerate(meta["langs"])]
        flags = gz.ACRONYM | (gz.PRIMARY if meta.get("primary") else 0)
        masks = {m: (m & flags) | sum(nb for b, nb in bits if m & b) for m in set(arrays["post_lang"])}
        pp, ph, pl, ks, ke = self._post_place, self._post_hash, self._post_lang, self._key_start, self._key_end
        # the overlay's postings go at the end in one piece; a key new to the index points into them
        off = len(pp)
        pp.extend(array("I", [p + base for p in arrays["post_place"]]))
        ph.extend(arrays["post_hash"])
        pl.extend(array("H", [masks[m] for m in arrays["post_lang"]]))
        o_start, okeys, key_idx = arrays["key_start"], texts["keys"], self._key_idx
        found = [key_idx.get(k) for k in okeys]
        new = [n for n, i in enumerate(found) if i is None]
        key_idx.update(zip([okeys[n] for n in new], range(len(self._keys), len(self._keys) + len(new))))
        self._keys.extend(okeys[n] for n in new)
        ks.extend(array("I", [off + o_start[n] for n in new]))
        ke.extend(array("I", [off + o_start[n + 1] for n in new]))
        for n in new:
            self._extra_cc_keys.setdefault(self._place_cc[pp[off + o_start[n]]], []).append(okeys[n])
        # a key both have is merged on first use: a big import would otherwise slow every load
        pending = self._pending
        for n, i in enumerate(found):
            if i is not None:
                pending.setdefault(i, []).append((off + o_start[n], off + o_start[n + 1], ids))

    def _admin1_map(self, names: list[str], arrays: dict[str, array], cc_map: list[int], base: int) -> list[int]:
        """The overlay's place_admin1 in this index's numbering. An admin1 name the overlay has no place
        for is the loaded unit of that country and name when there is one ("la province d'Alep" finds it)."""
        known = {(self._place_cc[a], self._admin1[k]): k for k, a in enumerate(self._admin1_place) if a >= 0}
        cc_of: dict[int, int] = {}
        for a, c in zip(arrays["place_admin1"], arrays["place_cc"]):
            cc_of.setdefault(a, cc_map[c])
        own = arrays["admin1_place"]
        renumber = [0]
        for m in range(1, len(names)):
            k = known.get((cc_of.get(m, -1), names[m])) if own[m] < 0 else None
            if k is None:
                k = len(self._admin1)
                self._admin1.append(names[m])
                self._admin1_place.append(own[m] + base if own[m] >= 0 else -1)
            renumber.append(k)
        return [renumber[a] for a in arrays["place_admin1"]]

    def _span(self, i: int) -> tuple[int, int]:
        """The postings of key i, merging the overlays' postings for it first if that is still to do."""
        if self._pending and i in self._pending:
            self._resolve(i)
        return self._key_start[i], self._key_end[i]

    def _resolve(self, i: int) -> None:
        """Merge a key's overlay postings with the loaded ones by prior, the overlay's first among equals,
        without the loaded places an overlay replaces (same GeoNames or WOF id)."""
        pp, ph, pl, ks, ke = self._post_place, self._post_hash, self._post_lang, self._key_start, self._key_end
        psrc, pid = self._place_src, self._place_id
        with self._lock:
            for start, end, ids in self._pending.get(i, ()):
                rows = [*range(start, end), *(j for j in range(ks[i], ke[i]) if (psrc[pp[j]], pid[pp[j]]) not in ids)]
                prior = [-self._prior(pp[j]) for j in rows]
                rows = [j for _, _, j in sorted(zip(prior, range(len(rows)), rows))]  # ties: the overlay's first
                new = len(pp)
                pp.extend(array("I", [pp[j] for j in rows]))
                ph.extend(array("H", [ph[j] for j in rows]))
                pl.extend(array("H", [pl[j] for j in rows]))
                ks[i], ke[i] = new, len(pp)
            self._pending.pop(i, None)  # last: another thread reads the range once this is gone

    # -- helpers -----------------------------------------------------------------------------------

    def _km_rad(self, p: int, lat: float, lon: float) -> float:
        plat = self._place_lat[p] / gz.COORD_SCALE * math.pi / 180.0
        plon = self._place_lon[p] / gz.COORD_SCALE * math.pi / 180.0
        dlon = (plon - lon + math.pi) % (2 * math.pi) - math.pi
        x = dlon * math.cos((plat + lat) / 2)  # equirectangular: plenty for a preference
        return 6371.0 * math.hypot(x, plat - lat)

    def _near_km(self, p: int, points: tuple[tuple[float, float], ...]) -> float:
        """`_km_rad` to the nearest of some points (in radians), inlined: scoring calls it per posting."""
        plat = self._place_lat[p] / gz.COORD_SCALE * math.pi / 180.0
        plon = self._place_lon[p] / gz.COORD_SCALE * math.pi / 180.0
        pi, tau, cos, hypot = math.pi, 2 * math.pi, math.cos, math.hypot
        best = math.inf
        for lat, lon in points:
            d = hypot(((plon - lon + pi) % tau - pi) * cos((plat + lat) / 2), plat - lat)
            if d < best:
                best = d
        return 6371.0 * best

    def _km(self, a: int, b: int) -> float:
        return self._km_rad(a, *self._rad(b))

    def _rad(self, p: int) -> tuple[float, float]:
        """A place's point in radians, as `_km_rad` computes it."""
        lat = self._place_lat[p] / gz.COORD_SCALE * math.pi / 180.0
        return lat, self._place_lon[p] / gz.COORD_SCALE * math.pi / 180.0

    def _place(self, p: int, confidence: float) -> Place:
        src = self._srcs[self._place_src[p]]
        pid = self._place_id[p]
        f = self._place_feat[p]
        conf = 0.0 if confidence < 0.0 else 1.0 if confidence > 1.0 else confidence
        # positional, in the field order of `Place`: a third faster than keywords, and every lookup makes one
        return Place(
            self._names[p],
            self._place_lat[p] / gz.COORD_SCALE,
            self._place_lon[p] / gz.COORD_SCALE,
            self._ccs[self._place_cc[p]],
            self._admin1[self._place_admin1[p]],
            self._feat_code[f],
            self._feat_prec[f],
            f"{src}:{self._curated[pid]}" if src in _CURATED_SOURCES else f"{src}:{pid}",
            round(conf, 3),
            self._place_pop[p],
        )


def _read_import(path: str | Path) -> tuple[dict, dict[str, array], dict[str, list[str]]]:
    """An imported gazetteer file, or a ResourceError that says how to get rid of it."""
    name = Path(path).name[: -len(USER_SUFFIX)]
    try:
        meta, arrays, texts = gz.read(str(path))
    except (OSError, EOFError, ValueError, zlib.error) as exc:
        raise ResourceError(
            f"the imported gazetteer {path} is unreadable ({exc}): run `eventmill gazetteer remove "
            f"{name}` and import its source again"
        ) from exc
    if meta.get("format") != 1 or not set(meta.get("sources", ())) <= set(gz.SOURCES):
        raise ResourceError(
            f"the imported gazetteer {path} was made by another eventmill version: run `eventmill "
            f"gazetteer remove {name}` and import its source again"
        )
    return meta, arrays, texts
