"""Ranking a place name's candidates by the article's context: the name lookups of `OfflineGeocoder`.

Candidates come from the transliteration-folded key (`gazetteer.fold_key`); an exact normalised-name match
wins first (the more so if it is the place's own name, not a former one), then feature type and population,
then the article's countries, nearby places and the hint the text gives ("la province de ..."). Names no key
finds are matched inside the article's countries only, by spelling key, then fuzzily (`geo_spelling`). The arrays, the imports and the distances
come from `geo_index.GazetteerIndex`; `geo.load_geocoder()` gives the loaded instance.
"""

from __future__ import annotations

import math
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

from eventmill import gazetteer as gz
from eventmill.gazetteer_keys import stopwords
from eventmill.geo_spelling import VariantMatch
from eventmill.models import Place

# Score weights, in the units of `gazetteer.prior` (0.5 per tenfold population); see `_score_postings`.
EXACT_BONUS = 2.0  # the query is one of the place's names, not only a transliteration variant of one
LANG_BONUS = 0.3  # the matching name is tagged with the article's language
PRIMARY_BONUS = 0.7  # the query is the place's own name, not a former or alternate one ("Salisbury": not Harare)
COUNTRY_BONUS = 1.2  # the place is in a country the article mentions
REGION_BONUS = 1.0  # a town or district inside a first-level division the article names ("Parkland" amid Florida)
# a city this big is what its name means amid a named country's places, unless a namesake this many times
# smaller lies near the article's places (Los Angeles in a story naming Spain: not the Madrid suburb)
WORLD_CITY, WORLD_CITY_RATIO, WORLD_CITY_NEAR_KM = 1_000_000, 30, 300.0
KNOWN_CITY, KNOWN_CITY_RATIO = 150_000, 8  # and a city ("Geneva") of a country not named, over a namesake
OTHER_COUNTRY_PENALTY = 1.0  # a country the article's countries leave out ("Georgia" amid US places)
NEAR_BONUS, NEAR_KM = 2.0, 50.0  # 2.0 at 0 km, 1.0 at 50 km, 0.4 at 200 km
HINT_BONUS, HINT_PENALTY = 3.0, 1.0
ADMIN_HOMONYM_PENALTY = 1.5  # "Homs": the town, not the governorate named after it, unless hinted
ADMIN2_KM = 100.0  # a district "contains" a same-named town this close to its centre
DOMINANT = 10  # a unit ten times its same-named town's population is what the name means ("Quebec")
ADMIN1_KM = 250.0  # and a province ("Constantine", "Bern"), when no admin1 name links the town to it
WEAK_POPULATION = 5000  # below this a place matched only by a spelling variant, with no context, is doubtful
RIVAL_KM = 50.0  # candidates closer than this to the winner are the same place for confidence
MAX_POSTINGS = 3000  # postings read per key
_NO_CCS: frozenset[int] = frozenset()


class OfflineGeocoder(VariantMatch):
    """A gazetteer index that resolves names, preferring the places the article's context points to."""

    def __init__(self, path: str | Path, overlays: tuple[str | Path, ...] = ()) -> None:
        super().__init__(path, overlays)
        self._stop = stopwords()
        self._admin1_idx: dict[tuple[str, str], int] | None = None
        self._cached = lru_cache(maxsize=65536)(self._lookup)
        self._context = lru_cache(maxsize=1024)(self._context_uncached)
        self._candidates = lru_cache(maxsize=16384)(self._candidates_uncached)

    def lookup(
        self,
        name: str,
        *,
        lang: str | None = None,
        countries: tuple[str, ...] = (),
        near: tuple[tuple[float, float], ...] = (),
        hint: str | None = None,
        regions: tuple[tuple[str, str], ...] = (),
    ) -> Place | None:
        """The best place for a name in its article's context, or None (cached per process). `regions`:
        the (country, name) of the first-level divisions the article names."""
        try:
            return self._cached(name, lang, countries, near, hint, regions)
        except TypeError:  # lists from the caller: the cache needs hashable arguments
            return self._cached(
                name, lang, tuple(countries), tuple(tuple(pt) for pt in near), hint, tuple(map(tuple, regions))
            )

    def cache_clear(self) -> None:
        """Forget cached lookups (benchmarks)."""
        super().cache_clear()
        self._cached.cache_clear()
        self._candidates.cache_clear()
        self._admin1_idx = None
        self._fuzzy_found.clear()

    def candidates(self, name: str, *, lang: str | None = None) -> list[Place]:
        """Every place the name may refer to, best first (no article context; cached per process)."""
        return list(self._candidates(name, lang))

    def _candidates_uncached(self, name: str, lang: str | None) -> tuple[Place, ...]:
        cands = self._scored(name, lang, (), (), None)  # best first: the first one scores the others
        return tuple(self._place(p, (0.95 if exact else 0.8) * math.exp(s - cands[0][0])) for s, p, exact in cands)

    def country(self, name: str, *, lang: str | None = None) -> Place | None:
        """The country a name stands for ("Turquie", "USA"), or None if it names no country."""
        scored = self._scored(name, lang, (), (), None)
        towns = any(exact for _s, _p, exact in scored)  # "Columbia", "Caddo" (Ĉado, Chad): some town's own name
        for _score, p, exact in scored:
            # continents, seas and world regions rank as countries but have no country code
            if self._feat_prec[self._place_feat[p]] == "country" and self._ccs[self._place_cc[p]]:
                return self._place(p, 0.95 if exact else 0.8) if exact or not towns else None
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
                "country",
                "admin1",
            ):
                return True
        return False

    def _lookup(
        self,
        name: str,
        lang: str | None,
        countries: tuple[str, ...],
        near: tuple[tuple[float, float], ...],
        hint: str | None,
        regions: tuple[tuple[str, str], ...] = (),
    ) -> Place | None:
        cands = self._scored(name, lang, countries, near, hint, regions)
        fuzzy = 1.0
        outside = bool(cands) and bool(regions) and self._place_admin1[cands[0][1]] not in self._regions(regions)
        if countries and (not cands or outside or self._foreign_variant(cands[0], countries)):
            spelled, conf = self._spelled(name, lang, countries, near, hint, regions)
            # a name's own place outside the division the text names gives way to a spelling of it inside only
            if spelled and (not outside or self._place_admin1[spelled[0][1]] in self._regions(regions)):
                cands, fuzzy = spelled, conf
        if not cands:
            if not countries:
                return None
            cands, fuzzy = self._fuzzy(name, lang, countries, near, hint)
            if not cands:
                return None
        best = cands[0]
        p = best[1]
        margin = 4.0
        if len(cands) > 1:
            lat, lon = self._rad(p)
            for c in cands[1:]:
                if self._km_rad(c[1], lat, lon) > RIVAL_KM:
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
        home = self._ccs[self._place_cc[p]] in {c.upper() for c in countries} or any(
            self._km_rad(p, math.radians(la), math.radians(lo)) < NEAR_KM * 2 for la, lo in near
        )
        if self._feat_prec[f] in ("country", "admin1") or home:
            return 0.8
        # a town's spelling variant in none of the article's countries: "Payin" in an Afghan story is no
        # Baiyin (China), though a city of 300,000; a world city keeps its variants ("Moskva")
        if self._place_pop[p] >= (WORLD_CITY if countries else WEAK_POPULATION):
            return 0.8
        return 0.5  # "Russian" folds onto Rosian (593 people, Germany): probably not what was meant

    def _scored(
        self,
        name: str,
        lang: str | None,
        countries: tuple[str, ...],
        near: tuple[tuple[float, float], ...],
        hint: str | None,
        regions: tuple[tuple[str, str], ...] = (),
    ) -> list[tuple[float, int, bool]]:
        """(score, place, exact) for every candidate of the name's folded key, best first."""
        if not name:
            return []
        _, fk, h = gz.keys(name)
        i = self._key_idx.get(fk)
        if i is None:
            return []
        start, end = self._span(i)
        return self._score_postings(
            start, min(end, start + MAX_POSTINGS), h, name.isupper(), lang, countries, near, hint, _NO_CCS, regions
        )

    def _score_postings(
        self,
        start: int,
        end: int,
        h: int,
        upper: bool,
        lang: str | None,
        countries: tuple[str, ...],
        near: tuple[tuple[float, float], ...],
        hint: str | None,
        only: frozenset[int] = _NO_CCS,
        regions: tuple[tuple[str, str], ...] = (),
    ) -> list[tuple[float, int, bool]]:
        lbit, ccs, near_rad, reach = self._context(lang, countries, near, hint)
        regs = self._regions(regions) if regions else _NO_CCS
        if regs:
            reach += REGION_BONUS
        adm1 = self._place_admin1
        post_place, post_hash, post_lang = self._post_place, self._post_hash, self._post_lang
        feat, pop, cc = self._place_feat, self._place_pop, self._place_cc
        fprec, fbase, fslope, fadmin = self._feat_prec, self._feat_base, self._feat_slope, self._feat_admin
        fkbase, fkslope = self._feat_kbase, self._feat_kslope
        log10, acro, primary, log_unknown = math.log10, gz.ACRONYM, gz.PRIMARY, math.log10(gz.UNKNOWN_POPULATION + 1)
        best: dict[int, tuple[float, int, bool]] = {}
        top = -math.inf
        admins = False
        own, own_home = 0, False  # the population of the biggest place whose own name the query is; in `ccs`?
        for p, flags, ph in zip(post_place[start:end], post_lang[start:end], post_hash[start:end]):
            if flags & acro and not upper:
                continue
            if only and cc[p] not in only:
                continue
            f = feat[p]
            q = pop[p]
            s = fkbase[f] + fkslope[f] * log10(q + 1) if q else fbase[f] + fslope[f] * log_unknown
            # postings come in descending prior: stop once no bonus could lift one near the leader
            if s + reach < top:
                break
            exact = ph == h
            if exact:
                if flags & primary:
                    s += EXACT_BONUS + PRIMARY_BONUS
                    if q > own:
                        own, own_home = q, cc[p] in ccs
                else:
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
            if regs and adm1[p] in regs and fprec[f] != "admin1":
                s += REGION_BONUS
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
        if ccs and (own >= WORLD_CITY or own >= KNOWN_CITY and not own_home):
            self._world_city(best, ccs, near_rad, own)
        if admins and hint not in ("admin1", "admin2"):
            # each town's unit and point once, `_km_rad` inlined: many homonyms pair every unit with every town
            a1p, pi, tau, cos, hypot = self._admin1_place, math.pi, 2 * math.pi, math.cos, math.hypot
            towns = [(p, best[p][2], a1p[adm1[p]], *self._rad(p)) for p in best if fprec[feat[p]] == "town"]
            lowered: set[int] = set()
            for a in [a for a in best if fadmin[feat[a]]]:
                ex = best[a][2]
                # a district holds a same-named town near its centre, or one in its own first-level division
                # as a province would (a Sahel cercle's centre lies 100 km from its seat: Tessalit)
                district = fprec[feat[a]] == "admin2"
                home = a1p[adm1[a]] if district else a
                alat, alon = self._rad(a)
                inside = [
                    t
                    for t, t_ex, t_a1, tlat, tlon in towns
                    if t_ex >= ex
                    and (
                        (t_a1 == a and not district)
                        or 6371.0 * hypot(((tlon - alon + pi) % tau - pi) * cos((tlat + alat) / 2), tlat - alat)
                        < (ADMIN2_KM if district and (t_a1 != home or home < 0) else ADMIN1_KM)
                    )
                ]
                # the unit gives way unless it is ten times its biggest same-named town ("Quebec"): a town
                # unsized or a copy of the city without its figure is no reason to keep "Kherson" the oblast
                most = max((pop[t] or gz.UNKNOWN_POPULATION for t in inside), default=0)
                big = inside if inside and pop[a] >= DOMINANT * most else []
                for p in big or inside[:1] and [a]:
                    if p not in lowered:
                        lowered.add(p)
                        best[p] = (best[p][0] - ADMIN_HOMONYM_PENALTY, p, best[p][2])
        return sorted(best.values(), key=itemgetter(0), reverse=True)  # stable: ties keep prior order

    def _world_city(
        self,
        best: dict[int, tuple[float, int, bool]],
        ccs: frozenset[int],
        near_rad: tuple[tuple[float, float], ...],
        big: int,
    ) -> None:
        """Take the country bonus back from a namesake `WORLD_CITY_RATIO` times smaller than a world city
        (of `big` people) whose own name the query is, when nothing near the article's places supports it."""
        pop, cc = self._place_pop, self._place_cc
        for p, (s, _, exact) in list(best.items()):
            if (
                cc[p] in ccs
                and pop[p] * (WORLD_CITY_RATIO if big >= WORLD_CITY else KNOWN_CITY_RATIO) < big
                and not (near_rad and self._near_km(p, near_rad) <= WORLD_CITY_NEAR_KM)
            ):
                best[p] = (s - COUNTRY_BONUS, p, exact)

    def _regions(self, regions: tuple[tuple[str, str], ...]) -> frozenset[int]:
        """The admin1 indexes of (country, first-level division name) pairs."""
        if self._admin1_idx is None:
            ccs, cc, a1 = self._ccs, self._place_cc, self._admin1_place
            self._admin1_idx = {(ccs[cc[a]], self._admin1[k]): k for k, a in enumerate(a1) if a >= 0}
        found = (self._admin1_idx.get((c.upper(), n)) for c, n in regions)
        return frozenset(k for k in found if k is not None)

    def _context_uncached(
        self, lang: str | None, countries: tuple[str, ...], near: tuple[tuple[float, float], ...], hint: str | None
    ) -> tuple[int, frozenset[int], tuple[tuple[float, float], ...], float]:
        """What scoring needs from a lookup's context: language bit, country indexes, radians, reach."""
        lbit = self._lang_bit.get(lang[:2].lower(), 0) if lang else 0
        ccs = frozenset(self._cc_idx[c.upper()] for c in countries if c.upper() in self._cc_idx)
        near_rad = tuple((math.radians(la), math.radians(lo)) for la, lo in near)
        # the most any bonus can add, plus the margin the confidence looks at
        reach = (
            EXACT_BONUS
            + PRIMARY_BONUS
            + LANG_BONUS
            + (COUNTRY_BONUS if ccs else 0.0)
            + (NEAR_BONUS if near else 0.0)
            + (HINT_BONUS + HINT_PENALTY if hint else 0.0)
            + ADMIN_HOMONYM_PENALTY
            + 4.0
        )
        return lbit, ccs, near_rad, reach
