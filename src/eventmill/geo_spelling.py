"""Names no folded key finds, matched among the article's countries' places: by the countries' spelling key
(`gazetteer_keys.spelling_key`: "Khowst", "Nahri Sarraj", "Char Dara") where resources/xx/transliterations.tsv
lists letters such transcriptions drop, else by the closest folded key (rapidfuzz), both at lower confidence.
`geo_ranking.OfflineGeocoder` builds on this class and supplies the scoring of postings.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path

from eventmill import datafiles
from eventmill import gazetteer as gz
from eventmill.gazetteer_keys import spelling_key
from eventmill.geo_index import GazetteerIndex

FUZZY_CUTOFF, FUZZY_MIN_LEN, FUZZY_MAX_WORDS = 80.0, 5, 2
FUZZY_MEMO = 100_000  # fuzzy matches remembered per (key, countries)
# a spelling key this short ("krk": Kharwarak, Karukh, Kakarak) stands for too many names of one country to choose
# from, unless the text says what the place is ("Zharey district": one of the country's few hundred districts)
SPELLING_MIN_LEN, SPELLING_MIN_LEN_HINTED = 4, 2
# and for two words before a kind of place to count as a place ("Chahar Sadda district": "srsd"); person names of the
# region collide with village names at any length ("Ahmad al-Sharaa"), so only before a kind word
SPELLED_NAME_MIN_LEN = 4
SPELLING_MAX_WORDS = 5  # "Qal'ah-yi Ya'qub 'Ali", "Dara-ee-Sufi Bala": village names run long; sentences do not
# the confidence of a spelling-key match, at most that of a folded spelling variant (0.8), halfway down to 0.4 for
# keys with nothing alike: surer than a fuzzy match (0.7 x similarity), as both keys keep every consonant
SPELLING_CONFIDENCE = 0.8
# among keys of one spelling key, a candidate's score loses this per unit of dissimilarity of its key to the
# query's (0.5 is a tenfold population): "Kushkak" for Khooshkak before Kashkak
SPELLING_WEIGHT = 5.0


@cache
def silent_letters() -> dict[str, frozenset[str]]:
    """The letters the countries' spelling key leaves out, by country (`kind` silent of transliterations.tsv)."""
    out: dict[str, frozenset[str]] = {}
    for r in datafiles.table(datafiles.SHARED, "transliterations.tsv"):
        if r.get("kind") == "silent":
            for c in r["countries"].split("|"):
                out[c] = out.get(c, frozenset()) | frozenset(r["spelling"].split())
    return out


class VariantMatch(GazetteerIndex):
    """A gazetteer index that matches the names its keys miss: spelling keys, then fuzzy keys."""

    def __init__(self, path: str | Path, overlays: tuple[str | Path, ...] = ()) -> None:
        super().__init__(path, overlays)
        self._fuzzy_choices: dict[int, dict[str, tuple[list[str], list[int]]]] = {}
        self._fuzzy_found: dict[tuple[str, frozenset[int]], tuple[str, float] | None] = {}
        self._spelling_keys: dict[int, dict[str, list[str]]] = {}

    def _score_postings(self, *args, **kwargs) -> list[tuple[float, int, bool]]:
        raise NotImplementedError  # `geo_ranking.OfflineGeocoder` scores

    def _country_keys(self, c: int) -> list[str]:
        """The folded keys whose best place lies in the country (country index `c`), imports included."""
        shipped = (
            self._keys[self._cc_key_start[c] : self._cc_key_start[c + 1]] if c + 1 < len(self._cc_key_start) else []
        )
        return shipped + self._extra_cc_keys.get(c, [])

    def _keys_in(self, c: int) -> list[str]:
        """Every folded key with a place in the country (country index `c`), not only those whose best place is
        there: "Charsada" is the Pakistani city's key first, and an Afghan district's too."""
        import numpy as np  # a dependency of spaCy; one pass over a million postings, once per country

        with self._lock:
            cc = np.frombuffer(self._place_cc, dtype=np.uint16)
            pp = np.frombuffer(self._post_place, dtype=np.uint32)
            n = len(self._key_end)
            ks = np.frombuffer(self._key_start, dtype=np.uint32)[:n].astype(np.int64)
            ke = np.frombuffer(self._key_end, dtype=np.uint32)[:n].astype(np.int64)
            seen = np.concatenate(([0], np.cumsum(cc[pp] == c)))
            found = np.nonzero(seen[ke] > seen[ks])[0]
        return [self._keys[i] for i in found.tolist()]

    def _spelling_index(self, c: int) -> dict[str, list[str]]:
        """The country's folded keys by spelling key (country index `c`, a country of `silent_letters`)."""
        if c not in self._spelling_keys:
            index: dict[str, list[str]] = {}
            silent = silent_letters()[self._ccs[c]]
            for k in self._keys_in(c):
                index.setdefault(spelling_key(k, silent), []).append(k)
            self._spelling_keys[c] = index
        return self._spelling_keys[c]

    def is_spelled_place_name(self, name: str) -> bool:
        """A name of two words or more that a place of a country of `silent_letters` bears in another spelling
        ("Meya Nishin", "Chahar Sadda"): a name the recogniser may split or miss before "district"."""
        if len(gz.content_words(name)) < 2:
            return False
        fk = gz.fold_key(name)
        for cc, silent in silent_letters().items():
            sk = spelling_key(fk, silent)
            if len(sk) >= SPELLED_NAME_MIN_LEN and cc in self._cc_idx and sk in self._spelling_index(self._cc_idx[cc]):
                return True
        return False

    def _foreign_variant(self, best: tuple[float, int, bool], countries: tuple[str, ...]) -> bool:
        """The best candidate is only a spelling variant of a place outside the article's countries ("Goulistan"
        folded onto Guliston, Uzbekistan, in an Afghan story): one of theirs by spelling key comes first."""
        return not best[2] and self._ccs[self._place_cc[best[1]]] not in {c.upper() for c in countries}

    def _spelled(
        self,
        name: str,
        lang: str | None,
        countries: tuple[str, ...],
        near: tuple[tuple[float, float], ...],
        hint: str | None,
        regions: tuple[tuple[str, str], ...] = (),
    ) -> tuple[list[tuple[float, int, bool]], float]:
        """Places of the article's countries whose name shares the query's spelling key, best first, and
        the confidence such a match deserves; ([], 0.0) for none."""
        silent = silent_letters()
        fk = gz.fold_key(name)
        ccs = frozenset(self._cc_idx[c.upper()] for c in countries if c.upper() in self._cc_idx and c.upper() in silent)
        if not ccs or len(gz.content_words(name)) > SPELLING_MAX_WORDS:
            return [], 0.0
        h = gz.keys(name)[2]
        scored: dict[int, tuple[float, int, bool]] = {}
        best_like = 0.0
        for c in sorted(ccs):
            sk = spelling_key(fk, silent[self._ccs[c]])
            short = len(sk) < SPELLING_MIN_LEN
            if short and (len(sk) < SPELLING_MIN_LEN_HINTED or hint not in ("admin2", "admin1")):
                continue
            for k in self._spelling_index(c).get(sk, ()):
                like = SequenceMatcher(None, fk, k).ratio()
                start, end = self._span(self._key_idx[k])
                for s, p, exact in self._score_postings(
                    start, end, h, name.isupper(), lang, countries, near, hint, ccs, regions
                ):
                    if short and self._feat_prec[self._place_feat[p]] != hint:
                        continue
                    s -= SPELLING_WEIGHT * (1.0 - like)
                    if p not in scored or s > scored[p][0]:
                        scored[p] = (s, p, exact)
                        best_like = max(best_like, like)
        cands = sorted(scored.values(), key=lambda t: t[0], reverse=True)
        cands = [c for c in cands if len(gz.content_words(self._names[c[1]])) <= len(gz.content_words(name)) + 1]
        return cands, SPELLING_CONFIDENCE * (0.5 + 0.5 * best_like) if cands else 0.0

    def _fuzzy(
        self,
        name: str,
        lang: str | None,
        countries: tuple[str, ...],
        near: tuple[tuple[float, float], ...],
        hint: str | None,
    ) -> tuple[list[tuple[float, int, bool]], float]:
        """Closest folded key among the article's countries' places (rapidfuzz), at lower confidence."""
        fk = gz.fold_key(name)
        ccs = frozenset(self._cc_idx[c.upper()] for c in countries if c.upper() in self._cc_idx)
        # a misspelt place has one or two words besides articles; longer names are organisations, streets
        if len(fk) < FUZZY_MIN_LEN or not ccs or len(gz.content_words(name)) > FUZZY_MAX_WORDS:
            return [], 0.0
        found = self._fuzzy_found.get((fk, ccs), False)
        # False: not looked up yet (isinstance narrows the type; the memo never holds a bool)
        if isinstance(found, bool):  # the same misspelling comes back in the next pass and the next article
            if len(self._fuzzy_found) >= FUZZY_MEMO:
                self._fuzzy_found.clear()
            found = self._fuzzy_found[fk, ccs] = self._fuzzy_key(fk, ccs)
        if found is None:
            return [], 0.0
        start, end = self._span(self._key_idx[found[0]])
        cands = self._score_postings(
            start, end, gz.keys(name)[2], name.isupper(), lang, countries, near, hint, only=ccs
        )
        # a misspelling keeps its words: "Mount Chaambi" is no Montchamp, "Mount Tam" no Montana
        cands = [c for c in cands if len(gz.content_words(self._names[c[1]])) == len(gz.content_words(name))]
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
                buckets: dict[str, list[str]] = {}
                for k in self._country_keys(c):
                    buckets.setdefault(k[0], []).append(k)
                self._fuzzy_choices[c] = {
                    f: (sorted(ks, key=len), [len(k) for k in sorted(ks, key=len)]) for f, ks in buckets.items()
                }
            # same first letter only (folding already merged initial variants), and only the lengths
            # that can reach the cutoff: ratio >= 80 needs the other length within [2n/3, 3n/2]
            keys, lens = self._fuzzy_choices[c].get(fk[0], ((), ()))
            choices = keys[bisect_left(lens, (2 * n + 2) // 3) : bisect_right(lens, 3 * n // 2)]
            hit = process.extractOne(fk, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            if hit and (found is None or hit[1] > found[1]):
                found = (hit[0], hit[1])
        return found
