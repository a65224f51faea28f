"""Geocoding: place names to `Place`s from the offline gazetteer, preferring the article's context.

One interface (`Geocoder`) and one implementation over `resources/xx/gazetteer/gazetteer.bin.gz`, built by
`scripts/build_gazetteer.py` from GeoNames, Who's On First, OpenSyria and curated aliases, with the user's
imported gazetteers (`eventmill gazetteer import`, stored under `user_gazetteer_dir()`) laid over it.
Candidates come from the transliteration-folded key (`gazetteer.fold_key`); among them an exact
normalised-name match wins first, then feature type and population, then the article's countries,
nearby places and the hint the text gives ("la province de ..."). A fuzzy fallback (rapidfuzz) runs
only inside the article's countries. `reverse` goes from coordinates to the nearest town, and
`approximate` widens a place read from "aux alentours de X".
"""
from __future__ import annotations

import dataclasses
import logging
import math
import os
import threading
import zlib
from array import array
from bisect import bisect_left, bisect_right
from functools import lru_cache
from importlib import resources
from operator import itemgetter
from pathlib import Path
from typing import Protocol

from eventmill import gazetteer as gz
from eventmill.errors import ResourceError
from eventmill.models import Place

log = logging.getLogger(__name__)

HINTS = gz.PRECISIONS
# Score weights, in the units of `gazetteer.prior` (0.5 per tenfold population); see `_score_postings`.
EXACT_BONUS = 2.0  # the query is one of the place's names, not only a transliteration variant of one
LANG_BONUS = 0.3  # the matching name is tagged with the article's language
COUNTRY_BONUS = 1.2  # the place is in a country the article mentions
OTHER_COUNTRY_PENALTY = 1.0  # a country the article's countries leave out ("Georgia" amid US places)
NEAR_BONUS, NEAR_KM = 2.0, 50.0  # 2.0 at 0 km, 1.0 at 50 km, 0.4 at 200 km
HINT_BONUS, HINT_PENALTY = 3.0, 1.0
ADMIN_HOMONYM_PENALTY = 1.5  # "Homs": the town, not the governorate named after it, unless hinted
ADMIN2_KM = 100.0  # a district "contains" a same-named town this close to its centre
WEAK_POPULATION = 5000  # below this a place matched only by a spelling variant, with no context, is doubtful
RIVAL_KM = 50.0  # candidates closer than this to the winner are the same place for confidence
MAX_POSTINGS = 3000
FUZZY_CUTOFF, FUZZY_MIN_LEN, FUZZY_MAX_WORDS = 80.0, 5, 2
FUZZY_MEMO = 100_000  # fuzzy matches remembered per (folded key, countries)
# "aux alentours de X", "au nord-est de X": the event is near X, so one precision wider and less sure
WIDER = {"neighbourhood": "town", "town": "admin2", "admin2": "admin1", "admin1": "admin1", "country": "country"}
APPROXIMATE_CONFIDENCE = 0.8
REVERSE_CELL = 10_000  # reverse-lookup grid cells of 0.1 degree, in gazetteer coordinate units
REVERSE_KM = 100.0  # reverse lookup gives up beyond this distance from any town
_LON_CELLS = 360 * gz.COORD_SCALE // REVERSE_CELL  # cell columns round the globe: the search wraps
KM_PER_DEGREE = 111.2
DATA_DIR_ENV = "EVENTMILL_DATA_DIR"
USER_SUFFIX = ".bin.gz"  # an imported gazetteer in the user data folder: the shipped file's format
_CURATED_SOURCES = frozenset(("eventmill", "opensyria"))  # string ids, kept in the curated_id texts


class Geocoder(Protocol):
    """What the pipeline needs from a gazetteer: resolve a name, list homonyms, spot place names."""

    def lookup(self, name: str, *, lang: str | None = None, countries: tuple[str, ...] = (),
               near: tuple[tuple[float, float], ...] = (), hint: str | None = None) -> Place | None: ...

    def candidates(self, name: str, *, lang: str | None = None) -> list[Place]: ...

    def country(self, name: str, *, lang: str | None = None) -> Place | None: ...

    def is_place_name(self, name: str) -> bool: ...

    def reverse(self, lat: float, lon: float, *, max_km: float = REVERSE_KM) -> Place | None: ...


class OfflineGeocoder:
    """A gazetteer file loaded into flat arrays, with a dict from folded key to postings, and overlays merged in."""

    def __init__(self, path: str | Path, overlays: tuple[str | Path, ...] = ()) -> None:
        meta, arrays, texts = gz.read(str(path))
        self.meta = meta
        self._keys = texts["keys"]
        self._key_idx = dict(zip(self._keys, range(len(self._keys))))
        self._names = texts["place_name"]
        self._admin1 = texts["admin1_name"]
        self._curated = texts["curated_id"]
        for name, arr in arrays.items():
            setattr(self, "_" + name, arr)
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
        self._feat_admin: list[bool] = []
        self._feat_idx: dict[tuple[str, str], int] = {}
        for f, p in meta["features"]:
            self._feature(f, p)
        self._extra_cc_keys: dict[int, list[str]] = {}  # overlay keys, for the fuzzy index
        # key -> overlay postings (start, end, ids they replace) still to merge with the key's own
        self._pending: dict[int, list[tuple[int, int, set[tuple[int, int]]]]] = {}
        self._lock = threading.Lock()
        self._by_id: dict[tuple[int, int], int] | None = None
        self._fuzzy_choices: dict[int, dict[str, tuple[list[str], list[int]]]] = {}
        self._fuzzy_found: dict[tuple[str, frozenset[int]], tuple[str, float] | None] = {}
        self._grid: dict[int, list[int]] | None = None
        self._stop = _stopwords()
        self.imports: list[dict] = []
        layers = [_read_import(p) for p in overlays]
        for (ometa, oarrays, otexts), p in sorted(zip(layers, overlays), key=lambda t: (t[0][0].get("imported", ""),
                                                                                        str(t[1]))):
            self._merge(ometa, oarrays, otexts)  # the newest last: it wins ties
            self.imports.append(ometa | {"file": str(p)})
        self._cached = lru_cache(maxsize=65536)(self._lookup)
        self._context = lru_cache(maxsize=1024)(self._context_uncached)
        self._reverse_cached = lru_cache(maxsize=65536)(self._reverse)

    # -- public API --------------------------------------------------------------------------------

    def lookup(self, name: str, *, lang: str | None = None, countries: tuple[str, ...] = (),
               near: tuple[tuple[float, float], ...] = (), hint: str | None = None) -> Place | None:
        """The best place for a name in its article's context, or None (cached per process)."""
        try:
            return self._cached(name, lang, countries, near, hint)
        except TypeError:  # lists from the caller: the cache needs hashable arguments
            return self._cached(name, lang, tuple(countries), tuple(tuple(pt) for pt in near), hint)

    def cache_clear(self) -> None:
        """Forget cached lookups (benchmarks)."""
        self._cached.cache_clear()
        self._reverse_cached.cache_clear()
        self._fuzzy_found.clear()

    def candidates(self, name: str, *, lang: str | None = None) -> list[Place]:
        """Every place the name may refer to, best first (no article context)."""
        cands = self._scored(name, lang, (), (), None)
        top = cands[0][0] if cands else 0.0
        return [self._place(p, (0.95 if exact else 0.8) * math.exp(s - top)) for s, p, exact in cands]

    def country(self, name: str, *, lang: str | None = None) -> Place | None:
        """The country a name stands for ("Turquie", "USA"), or None if it names no country."""
        for s, p, exact in self._scored(name, lang, (), (), None):
            f = self._place_feat[p]
            if self._feat_prec[f] == "country" and self._feat_code[f] != "CONT":
                return self._place(p, 0.95 if exact else 0.8)
        return None

    def is_place_name(self, name: str) -> bool:
        """Cheap check for NER post-processing: could this span name a place?"""
        ek, fk, h = gz.keys(name)
        upper = name.isupper()
        # two letters only as an acronym ("US", "N.Y."); function words never
        if len(ek.replace(" ", "")) < (2 if upper else 3) or ek in self._stop:
            return False
        i = self._key_idx.get(fk)
        if i is None:
            return False
        capitalised = any(c.isupper() for c in name)
        start, end = self._span(i)
        for j in range(start, end):
            if self._post_lang[j] & gz.ACRONYM and not upper:
                continue
            if capitalised:
                return True
            # a lowercase word ("village", "nice") counts only as the exact name of a country or region
            if self._post_hash[j] == h and self._feat_prec[self._place_feat[self._post_place[j]]] in (
                    "country", "admin1"):
                return True
        return False

    def by_id(self, gid: str) -> Place | None:
        """The place with a gazetteer id ("geonames:170063", "wof:421168655", "eventmill:sy-handarat"), or None."""
        src, _, ident = gid.partition(":")
        if src not in self._srcs or not ident:
            return None
        if self._by_id is None:  # about 0.1 s, once: later places (imports) win
            self._by_id = {(s, self._curated[i] if self._srcs[s] in _CURATED_SOURCES else i): p
                           for p, (s, i) in enumerate(zip(self._place_src, self._place_id))}
        if src not in _CURATED_SOURCES:
            if not ident.isdigit():
                return None
            ident = int(ident)
        p = self._by_id.get((self._srcs.index(src), ident))
        return None if p is None else self._place(p, 1.0)

    def reverse(self, lat: float, lon: float, *, max_km: float = REVERSE_KM) -> Place | None:
        """The nearest town to a point (its country and admin1 are the point's), or None beyond max_km.

        Confidence falls from 1 at the town to 0.5 at max_km. The grid index is built on the first
        call (about 0.3 s); answers are cached per point.
        """
        return self._reverse_cached(float(lat), float(lon), float(max_km))

    # -- scoring -----------------------------------------------------------------------------------

    def _lookup(self, name: str, lang: str | None, countries: tuple[str, ...],
                near: tuple[tuple[float, float], ...], hint: str | None) -> Place | None:
        cands = self._scored(name, lang, countries, near, hint)
        fuzzy = 1.0
        if not cands:
            if not countries:
                return None
            cands, fuzzy = self._fuzzy(name, lang, countries, near, hint)
            if not cands:
                return None
        best = cands[0]
        p = best[1]
        margin = 4.0
        for c in cands[1:]:
            if self._km(c[1], p) > RIVAL_KM:
                margin = best[0] - c[0]
                break
        conf = (0.95 if best[2] else self._variant_confidence(p, countries, near)) * fuzzy
        conf *= 1.0 - 0.5 * math.exp(-margin)
        if hint == "admin1" and self._feat_prec[self._place_feat[p]] != "admin1":
            a = self._admin1_place[self._place_admin1[p]] if self._place_admin1[p] else -1
            # "la province d'Alep": the governorate named after the town the name found
            if a >= 0 and gz.fold_key(self._names[a]) == gz.fold_key(self._names[p]):
                return self._place(a, conf * 0.9)
        return self._place(p, conf)

    def _variant_confidence(self, p: int, countries: tuple[str, ...], near: tuple[tuple[float, float], ...]) -> float:
        """A spelling variant is trusted for a known place, or one the article's context points to."""
        f = self._place_feat[p]
        if self._feat_prec[f] in ("country", "admin1") or self._place_pop[p] >= WEAK_POPULATION:
            return 0.8
        if self._ccs[self._place_cc[p]] in {c.upper() for c in countries} or any(
                self._km_rad(p, math.radians(la), math.radians(lo)) < NEAR_KM * 2 for la, lo in near):
            return 0.8
        return 0.5  # "Russian" folds onto Rosian (593 people, Germany): probably not what was meant

    def _scored(self, name: str, lang: str | None, countries: tuple[str, ...],
                near: tuple[tuple[float, float], ...], hint: str | None) -> list[tuple[float, int, bool]]:
        """(score, place, exact) for every candidate of the name's folded key, best first."""
        if not name:
            return []
        _, fk, h = gz.keys(name)
        i = self._key_idx.get(fk)
        if i is None:
            return []
        start, end = self._span(i)
        return self._score_postings(start, min(end, start + MAX_POSTINGS), h, name.isupper(), lang, countries, near,
                                    hint)

    def _score_postings(self, start: int, end: int, h: int, upper: bool, lang: str | None,
                        countries: tuple[str, ...], near: tuple[tuple[float, float], ...], hint: str | None,
                        only: frozenset[int] = frozenset()) -> list[tuple[float, int, bool]]:
        lbit, ccs, near_rad, reach = self._context(lang, countries, near, hint)
        post_place, post_hash, post_lang = self._post_place, self._post_hash, self._post_lang
        feat, pop, cc = self._place_feat, self._place_pop, self._place_cc
        fprec, fbase, fslope, fadmin = self._feat_prec, self._feat_base, self._feat_slope, self._feat_admin
        log10, acro = math.log10, gz.ACRONYM
        best: dict[int, tuple[float, int, bool]] = {}
        top = -math.inf
        admins = False
        for j in range(start, end):
            flags = post_lang[j]
            if flags & acro and not upper:
                continue
            p = post_place[j]
            if only and cc[p] not in only:
                continue
            f = feat[p]
            slope = fslope[f]
            s = fbase[f] + slope * log10(pop[p] + 1) if slope else fbase[f]
            # postings come in descending prior: stop once no bonus could lift one near the leader
            if s + reach < top:
                break
            exact = post_hash[j] == h
            if exact:
                s += EXACT_BONUS
            if flags & lbit:
                s += LANG_BONUS
            if ccs:
                if cc[p] in ccs:
                    s += COUNTRY_BONUS
                elif fprec[f] == "country":
                    s -= OTHER_COUNTRY_PENALTY
            if near_rad:
                s += NEAR_BONUS / (1.0 + self._near_km(p, near_rad) / NEAR_KM)
            if hint:
                s += HINT_BONUS if fprec[f] == hint else -HINT_PENALTY
            old = best.get(p)
            if old is None or s > old[0]:
                best[p] = (s, p, exact)
                if s > top:
                    top = s
            if fadmin[f]:
                admins = True
        if len(best) < 2:
            return list(best.values())
        if admins and hint not in ("admin1", "admin2"):
            towns = [p for p in best if fprec[feat[p]] == "town"]
            for a in [a for a in best if fadmin[feat[a]]]:
                s, _, ex = best[a]
                prec = fprec[feat[a]]
                if any(
                        best[t][2] >= ex and (self._admin1_place[self._place_admin1[t]] == a
                                              or prec == "admin2" and self._km(t, a) < ADMIN2_KM)
                        for t in towns):
                    best[a] = (s - ADMIN_HOMONYM_PENALTY, a, ex)
        return sorted(best.values(), key=itemgetter(0), reverse=True)  # stable: ties keep prior order

    def _context_uncached(self, lang: str | None, countries: tuple[str, ...], near: tuple[tuple[float, float], ...],
                          hint: str | None) -> tuple[int, frozenset[int], tuple[tuple[float, float], ...], float]:
        """What scoring needs from a lookup's context: language bit, country indexes, radians, reach."""
        lbit = self._lang_bit.get(lang[:2].lower(), 0) if lang else 0
        ccs = frozenset(self._cc_idx[c.upper()] for c in countries if c.upper() in self._cc_idx)
        near_rad = tuple((math.radians(la), math.radians(lo)) for la, lo in near)
        # the most any bonus can add, plus the margin the confidence looks at
        reach = (EXACT_BONUS + LANG_BONUS + (COUNTRY_BONUS if ccs else 0.0) + (NEAR_BONUS if near else 0.0)
                 + (HINT_BONUS + HINT_PENALTY if hint else 0.0) + ADMIN_HOMONYM_PENALTY + 4.0)
        return lbit, ccs, near_rad, reach

    def _fuzzy(self, name: str, lang: str | None, countries: tuple[str, ...],
               near: tuple[tuple[float, float], ...], hint: str | None) -> tuple[list, float]:
        """Closest folded key among the article's countries' places (rapidfuzz), at lower confidence."""
        fk = gz.fold_key(name)
        ccs = frozenset(self._cc_idx[c.upper()] for c in countries if c.upper() in self._cc_idx)
        # a misspelt place has one or two words besides articles; longer names are organisations, streets
        if len(fk) < FUZZY_MIN_LEN or not ccs or len(gz.content_words(name)) > FUZZY_MAX_WORDS:
            return [], 0.0
        found = self._fuzzy_found.get((fk, ccs), False)
        if found is False:  # the same misspelling comes back in the next pass and the next article
            if len(self._fuzzy_found) >= FUZZY_MEMO:
                self._fuzzy_found.clear()
            found = self._fuzzy_found[fk, ccs] = self._fuzzy_key(fk, ccs)
        if found is None:
            return [], 0.0
        start, end = self._span(self._key_idx[found[0]])
        cands = self._score_postings(start, end, gz.keys(name)[2], name.isupper(), lang, countries, near, hint,
                                     only=ccs)
        return cands, 0.7 * found[1] / 100.0

    def _fuzzy_key(self, fk: str, ccs: frozenset[int]) -> tuple[str, float] | None:
        """(key, score) of the closest key of the countries' places to a folded key, or None below the cutoff."""
        try:
            from rapidfuzz import fuzz, process
        except ImportError:  # optional: without it there is no fuzzy fallback
            return None
        found = None
        n = len(fk)
        for c in sorted(ccs):
            if c not in self._fuzzy_choices:
                shipped = self._keys[self._cc_key_start[c]:self._cc_key_start[c + 1]] \
                    if c + 1 < len(self._cc_key_start) else []
                buckets: dict[str, list[str]] = {}
                for k in shipped + self._extra_cc_keys.get(c, []):
                    buckets.setdefault(k[0], []).append(k)
                self._fuzzy_choices[c] = {f: (sorted(ks, key=len), [len(k) for k in sorted(ks, key=len)])
                                          for f, ks in buckets.items()}
            # same first letter only (folding already merged initial variants), and only the lengths
            # that can reach the cutoff: ratio >= 80 needs the other length within [2n/3, 3n/2]
            keys, lens = self._fuzzy_choices[c].get(fk[0], ((), ()))
            choices = keys[bisect_left(lens, (2 * n + 2) // 3):bisect_right(lens, 3 * n // 2)]
            hit = process.extractOne(fk, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            if hit and (found is None or hit[1] > found[1]):
                found = (hit[0], hit[1])
        return found

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
                    for p in grid.get((ci + di) * 65536 + (cj + dj + _LON_CELLS // 2) % _LON_CELLS
                                      - _LON_CELLS // 2, ()):
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
            self._feat_base.append(gz.PRIOR[prec][0] + (gz.CAPITAL_BONUS if code == "PPLC" else 0.0))
            self._feat_slope.append(gz.PRIOR[prec][1])
            self._feat_admin.append(prec in ("admin1", "admin2"))
        return f

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
        for name in ("place_lat", "place_lon", "place_pop"):
            getattr(self, "_" + name).extend(arrays[name])
        self._place_cc.extend(array("H", [cc_map[c] for c in arrays["place_cc"]]))
        self._place_feat.extend(array("H", [feat_map[f] for f in arrays["place_feat"]]))
        srcs = [src_map[s] for s in arrays["place_src"]]
        self._place_src.extend(array("B", srcs))
        self._place_admin1.extend(array("H", self._admin1_map(texts["admin1_name"], arrays, cc_map, base)))
        self._place_id.extend(array("q", [i + cur_off if s in curated_srcs else i
                                          for s, i in zip(srcs, arrays["place_id"])]))
        ids = {(s, i) for s, i in zip(srcs, arrays["place_id"]) if s not in curated_srcs}
        bits = [(1 << k, self._lang_bit.get(lang, 0)) for k, lang in enumerate(meta["langs"])]
        masks = {m: (m & gz.ACRONYM) | sum(nb for b, nb in bits if m & b) for m in set(arrays["post_lang"])}
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
        cc_of = {}
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
        psrc, pid, feat, pop = self._place_src, self._place_id, self._place_feat, self._place_pop
        fbase, fslope, log10 = self._feat_base, self._feat_slope, math.log10
        with self._lock:
            for start, end, ids in self._pending.get(i, ()):
                rows = [*range(start, end), *(j for j in range(ks[i], ke[i]) if (psrc[pp[j]], pid[pp[j]]) not in ids)]
                prior = []
                for j in rows:
                    f = feat[pp[j]]
                    prior.append(-(fbase[f] + fslope[f] * log10(pop[pp[j]] + 1)))
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
        return self._km_rad(a, self._place_lat[b] / gz.COORD_SCALE * math.pi / 180.0,
                            self._place_lon[b] / gz.COORD_SCALE * math.pi / 180.0)

    def _place(self, p: int, confidence: float) -> Place:
        src = self._srcs[self._place_src[p]]
        pid = self._place_id[p]
        f = self._place_feat[p]
        conf = 0.0 if confidence < 0.0 else 1.0 if confidence > 1.0 else confidence
        return Place(name=self._names[p], lat=self._place_lat[p] / gz.COORD_SCALE,
                     lon=self._place_lon[p] / gz.COORD_SCALE, country=self._ccs[self._place_cc[p]],
                     admin1=self._admin1[self._place_admin1[p]], feature=self._feat_code[f],
                     precision=self._feat_prec[f],
                     gid=f"{src}:{self._curated[pid]}" if src in _CURATED_SOURCES else f"{src}:{pid}",
                     confidence=round(conf, 3), population=self._place_pop[p])


def approximate(place: Place) -> Place:
    """The place of "aux alentours de X", "près de X", "au nord-est de X": X one precision wider, less sure.

    A neighbourhood becomes a town, a town an admin2 area, an admin2 area its admin1; admin1 and
    country stay as they are. The point stays X's. Call it once per mention: it widens again if
    called again.
    """
    return dataclasses.replace(place, precision=WIDER.get(place.precision, place.precision),
                               confidence=round(place.confidence * APPROXIMATE_CONFIDENCE, 3))


def _stopwords() -> frozenset[str]:
    """Function words of every language folder (stopwords.txt), which are never place names."""
    words: set[str] = set()
    root = resources.files("eventmill") / "resources"
    for lang in root.iterdir():
        f = lang / "stopwords.txt"
        if f.is_file():
            words.update(gz.name_key(w) for line in f.read_text(encoding="utf-8").splitlines()
                         if not line.startswith("#") for w in line.split())
    return frozenset(words)


def default_path() -> Path:
    """Where the shipped gazetteer file lives."""
    return Path(str(resources.files("eventmill") / "resources" / "xx" / "gazetteer" / gz.DATA_FILE))


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


def load_geocoder(path: str | Path | None = None, *, data_dir: str | Path | None = None,
                  imports: bool = True) -> Geocoder:
    """The shipped gazetteer with the user's imports laid over it, loaded once per process (about 0.4 s).

    `imports=False` gives the shipped data alone (tests, reproducible evaluations). A new import is
    seen by the next call: the cache is keyed on the imported files as they are on disk.
    """
    p = Path(path) if path else default_path()
    files = []
    for f in user_files(data_dir) if imports else ():
        try:
            st = f.stat()
        except FileNotFoundError:  # removed since the listing
            continue
        files.append((str(f), st.st_mtime_ns, st.st_ino, st.st_size))
    return _load(str(p), tuple(files))


@lru_cache(maxsize=3)
def _load(path: str, overlays: tuple[tuple[str, int, int, int], ...]) -> OfflineGeocoder:
    p = Path(path)
    if not p.exists():
        raise ResourceError(f"gazetteer file {p} is missing: reinstall eventmill or run scripts/build_gazetteer.py")
    return OfflineGeocoder(p, tuple(f[0] for f in overlays))


def _read_import(path: str | Path) -> tuple[dict, dict[str, array], dict[str, list[str]]]:
    """An imported gazetteer file, or a ResourceError that says how to get rid of it."""
    name = Path(path).name[:-len(USER_SUFFIX)]
    try:
        meta, arrays, texts = gz.read(str(path))
    except (OSError, EOFError, ValueError, zlib.error) as exc:
        raise ResourceError(f"the imported gazetteer {path} is unreadable ({exc}): run `eventmill gazetteer remove "
                            f"{name}` and import its source again") from exc
    if meta.get("format") != 1 or not set(meta.get("sources", ())) <= set(gz.SOURCES):
        raise ResourceError(f"the imported gazetteer {path} was made by another eventmill version: run `eventmill "
                            f"gazetteer remove {name}` and import its source again")
    return meta, arrays, texts


load_geocoder.cache_clear = _load.cache_clear  # type: ignore[attr-defined]

__all__ = ["Geocoder", "OfflineGeocoder", "load_geocoder", "default_path", "approximate", "data_dir",
           "user_gazetteer_dir", "user_files", "HINTS", "WIDER"]
