"""Geocoding: place names to `Place`s from the shipped offline gazetteer, preferring the article's context.

One interface (`Geocoder`) and one implementation over `resources/xx/gazetteer/gazetteer.bin.gz`, built by
`scripts/build_gazetteer.py` from GeoNames, Who's On First, OpenSyria and curated aliases. Candidates come
from the transliteration-folded key (`gazetteer.fold_key`); among them an exact normalised-name match
wins first, then feature type and population, then the article's countries, nearby places and the
hint the text gives ("la province de ..."). A fuzzy fallback (rapidfuzz) runs only inside the
article's countries.
"""
from __future__ import annotations

import logging
import math
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


class Geocoder(Protocol):
    """What the pipeline needs from a gazetteer: resolve a name, list homonyms, spot place names."""

    def lookup(self, name: str, *, lang: str | None = None, countries: tuple[str, ...] = (),
               near: tuple[tuple[float, float], ...] = (), hint: str | None = None) -> Place | None: ...

    def _variant_confidence(self, p: int, countries: tuple[str, ...], near: tuple[tuple[float, float], ...]) -> float:
        """A spelling variant is trusted for a known place, or one the article's context points to."""
        f = self._place_feat[p]
        if self._feat_prec[f] in ("country", "admin1") or self._place_pop[p] >= WEAK_POPULATION:
            return 0.8
        if self._ccs[self._place_cc[p]] in {c.upper() for c in countries} or any(
                self._km_rad(p, math.radians(la), math.radians(lo)) < NEAR_KM * 2 for la, lo in near):
            return 0.8
        return 0.5  # "Russian" folds onto Rosian (593 people, Germany): probably not what was meant

    def candidates(self, name: str, *, lang: str | None = None) -> list[Place]: ...

    def country(self, name: str, *, lang: str | None = None) -> Place | None: ...

    def is_place_name(self, name: str) -> bool: ...


class OfflineGeocoder:
    """The shipped gazetteer loaded into flat arrays, with a dict from folded key to postings."""

    def __init__(self, path: str | Path) -> None:
        meta, arrays, texts = gz.read(str(path))
        self.meta = meta
        self._keys = texts["keys"]
        self._key_idx = dict(zip(self._keys, range(len(self._keys))))
        self._names = texts["place_name"]
        self._admin1 = texts["admin1_name"]
        self._curated = texts["curated_id"]
        for name, arr in arrays.items():
            setattr(self, "_" + name, arr)
        self._ccs = meta["countries"]
        self._cc_idx = {c: i for i, c in enumerate(self._ccs)}
        self._srcs = meta["sources"]
        self._lang_bit = {lang: 1 << i for i, lang in enumerate(meta["langs"])}
        feats = meta["features"]
        self._feat_code = [f for f, _ in feats]
        self._feat_prec = [p for _, p in feats]
        self._feat_base = [gz.PRIOR[p][0] + (gz.CAPITAL_BONUS if f == "PPLC" else 0.0) for f, p in feats]
        self._feat_slope = [gz.PRIOR[p][1] for _, p in feats]
        self._fuzzy_choices: dict[int, dict[str, tuple[list[str], list[int]]]] = {}
        self._stop = _stopwords()
        self._cached = lru_cache(maxsize=65536)(self._lookup)

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

    def _lookup(self, name: str, lang: str | None, countries: tuple[str, ...],
                near: tuple[tuple[float, float], ...], hint: str | None) -> Place | None:
        cands = self._scored(name, lang, countries, near, hint)
        fuzzy = 1.0
        if not cands and countries:
            cands, fuzzy = self._fuzzy(name, lang, countries, near, hint)
        if not cands:
            return None
        best, second = cands[0], None
        for c in cands[1:]:
            if self._km(c[1], best[1]) > RIVAL_KM:
                second = c
                break
        margin = best[0] - second[0] if second else 4.0
        p = best[1]
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
        ek = gz.name_key(name)
        upper = _is_upper(name)
        # two letters only as an acronym ("US", "N.Y."); function words never
        if len(ek.replace(" ", "")) < (2 if upper else 3) or ek in self._stop:
            return False
        i = self._key_idx.get(gz.fold_key(name))
        if i is None:
            return False
        capitalised = any(c.isupper() for c in name)
        h = gz.key_hash(ek)
        for j in range(self._key_start[i], self._key_start[i + 1]):
            if self._post_lang[j] & gz.ACRONYM and not upper:
                continue
            if capitalised:
                return True
            # a lowercase word ("village", "nice") counts only as the exact name of a country or region
            if self._post_hash[j] == h and self._feat_prec[self._place_feat[self._post_place[j]]] in (
                    "country", "admin1"):
                return True
        return False

    # -- scoring -----------------------------------------------------------------------------------

    def _scored(self, name: str, lang: str | None, countries: tuple[str, ...],
                near: tuple[tuple[float, float], ...], hint: str | None) -> list[tuple[float, int, bool]]:
        """(score, place, exact) for every candidate of the name's folded key, best first."""
        i = self._key_idx.get(gz.fold_key(name)) if name else None
        if i is None:
            return []
        return self._score_postings(range(self._key_start[i], min(self._key_start[i + 1],
                                                                   self._key_start[i] + MAX_POSTINGS)),
                                    name, lang, countries, near, hint)

    def _score_postings(self, postings: range, name: str, lang: str | None, countries: tuple[str, ...],
                        near: tuple[tuple[float, float], ...], hint: str | None,
                        only: frozenset[int] = frozenset()) -> list[tuple[float, int, bool]]:
        h = gz.key_hash(gz.name_key(name))
        upper = name.isupper()
        lbit = self._lang_bit.get(lang[:2].lower(), 0) if lang else 0
        ccs = {self._cc_idx[c.upper()] for c in countries if c.upper() in self._cc_idx} if countries else ()
        near_rad = [(math.radians(la), math.radians(lo)) for la, lo in near] if near else ()
        # postings come in descending prior: stop once no bonus could lift one near the leader
        reach = (EXACT_BONUS + LANG_BONUS + (COUNTRY_BONUS if ccs else 0.0) + (NEAR_BONUS if near else 0.0)
                 + (HINT_BONUS + HINT_PENALTY if hint else 0.0) + ADMIN_HOMONYM_PENALTY + 4.0)
        post_place, post_hash, post_lang = self._post_place, self._post_hash, self._post_lang
        feat, pop, cc = self._place_feat, self._place_pop, self._place_cc
        fprec, fbase, fslope = self._feat_prec, self._feat_base, self._feat_slope
        log10, acro = math.log10, gz.ACRONYM
        best: dict[int, tuple[float, int, bool]] = {}
        top = -math.inf
        for j in postings:
            flags = post_lang[j]
            if flags & acro and not upper:
                continue
            p = post_place[j]
            if only and cc[p] not in only:
                continue
            f = feat[p]
            s = fbase[f] + fslope[f] * log10(pop[p] + 1) if fslope[f] else fbase[f]
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
                d = min(self._km_rad(p, la, lo) for la, lo in near_rad)
                s += NEAR_BONUS / (1.0 + d / NEAR_KM)
            if hint:
                s += HINT_BONUS if fprec[f] == hint else -HINT_PENALTY
            old = best.get(p)
            if old is None or s > old[0]:
                best[p] = (s, p, exact)
                if s > top:
                    top = s
        if len(best) > 1 and hint not in ("admin1", "admin2"):
            admins = [a for a in best if fprec[feat[a]] in ("admin1", "admin2")]
            towns = [p for p in best if fprec[feat[p]] == "town"] if admins else ()
            for a in admins:
                s, _, ex = best[a]
                prec = fprec[feat[a]]
                if any(
                        best[t][2] >= ex and (self._admin1_place[self._place_admin1[t]] == a
                                              or prec == "admin2" and self._km(t, a) < ADMIN2_KM)
                        for t in towns):
                    best[a] = (s - ADMIN_HOMONYM_PENALTY, a, ex)
        return sorted(best.values(), key=itemgetter(0), reverse=True)  # stable: ties keep prior order

    def _fuzzy(self, name: str, lang: str | None, countries: tuple[str, ...],
               near: tuple[tuple[float, float], ...], hint: str | None) -> tuple[list, float]:
        """Closest folded key among the article's countries' places (rapidfuzz), at lower confidence."""
        fk = gz.fold_key(name)
        ccs = frozenset(self._cc_idx[c.upper()] for c in countries if c.upper() in self._cc_idx)
        # a misspelt place has one or two words besides articles; longer names are organisations, streets
        if len(fk) < FUZZY_MIN_LEN or not ccs or len(gz.content_words(name)) > FUZZY_MAX_WORDS:
            return [], 0.0
        try:
            from rapidfuzz import fuzz, process
        except ImportError:  # optional: without it there is no fuzzy fallback
            return [], 0.0
        found = None
        n = len(fk)
        for c in sorted(ccs):
            if c not in self._fuzzy_choices:
                buckets: dict[str, list[str]] = {}
                for k in self._keys[self._cc_key_start[c]:self._cc_key_start[c + 1]]:
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
        if found is None:
            return [], 0.0
        i = self._key_idx[found[0]]
        cands = self._score_postings(range(self._key_start[i], self._key_start[i + 1]), name, lang,
                                     countries, near, hint, only=ccs)
        return cands, 0.7 * found[1] / 100.0

    # -- helpers -----------------------------------------------------------------------------------

    def _km_rad(self, p: int, lat: float, lon: float) -> float:
        plat = self._place_lat[p] / gz.COORD_SCALE * math.pi / 180.0
        plon = self._place_lon[p] / gz.COORD_SCALE * math.pi / 180.0
        dlon = (plon - lon + math.pi) % (2 * math.pi) - math.pi
        x = dlon * math.cos((plat + lat) / 2)  # equirectangular: plenty for a preference
        return 6371.0 * math.hypot(x, plat - lat)

    def _km(self, a: int, b: int) -> float:
        return self._km_rad(a, self._place_lat[b] / gz.COORD_SCALE * math.pi / 180.0,
                            self._place_lon[b] / gz.COORD_SCALE * math.pi / 180.0)

    def _place(self, p: int, confidence: float) -> Place:
        src = self._srcs[self._place_src[p]]
        pid = self._place_id[p]
        gid = f"{src}:{self._curated[pid] if src in ('eventmill', 'opensyria') else pid}"
        f = self._place_feat[p]
        return Place(name=self._names[p], lat=self._place_lat[p] / gz.COORD_SCALE,
                     lon=self._place_lon[p] / gz.COORD_SCALE, country=self._ccs[self._place_cc[p]],
                     admin1=self._admin1[self._place_admin1[p]], feature=self._feat_code[f],
                     precision=self._feat_prec[f], gid=gid, confidence=round(max(0.0, min(1.0, confidence)), 3),
                     population=self._place_pop[p])


def _is_upper(name: str) -> bool:
    return name.isupper()


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


@lru_cache(maxsize=4)
def load_geocoder(path: str | None = None) -> Geocoder:
    """The shipped gazetteer as a `Geocoder`, loaded once per process (about 0.4 s)."""
    p = Path(path) if path else default_path()
    if not p.exists():
        raise ResourceError(f"gazetteer file {p} is missing: reinstall eventmill or run scripts/build_gazetteer.py")
    return OfflineGeocoder(p)


__all__ = ["Geocoder", "OfflineGeocoder", "load_geocoder", "default_path", "HINTS"]
