"""The offline gazetteer's lookup keys, its records and its compact file format, shared by the build, imports and `geo`.

Keys: `name_key` is the exact key (accents, case, apostrophes and hyphens ignored); `fold_key` also
folds transliteration variants (Deir/Dayr, Cheikh/Sheikh, Handarate/Handarat, Mossoul/Mosul) so the
spellings of one Arabic name share a key. Both sides of a lookup go through the same function, so a
fold only has to be consistent, not linguistically right.

Records: `Rec` is one place with its names while a gazetteer is built (`scripts/build_gazetteer.py`
selects the shipped ones, kept as TSV in the package, see `gazetteer_cache`; `eventmill gazetteer
import` reads a user's); `compile_index` turns them into the file's arrays.

File: gzip of a magic line, a JSON header line, then raw little-endian arrays and newline-joined
texts. Loading is a decompress plus `array.frombytes`, no parsing and no pickle. The shipped places
are compiled into one at first use (the user's cache folder), imports into one each.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import sys
import zlib
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

# the lookup keys live in gazetteer_keys; re-exported here for the build, imports and geo
from eventmill.gazetteer_keys import _ELISION as _ELISION
from eventmill.gazetteer_keys import _LETTERS as _LETTERS
from eventmill.gazetteer_keys import _fold as _fold
from eventmill.gazetteer_keys import _name_key as _name_key
from eventmill.gazetteer_keys import content_words as content_words
from eventmill.gazetteer_keys import fold_key as fold_key
from eventmill.gazetteer_keys import key_hash as key_hash
from eventmill.gazetteer_keys import keys as keys
from eventmill.gazetteer_keys import name_key as name_key

MAGIC = b"EVENTMILL-GAZETTEER 1\n"
PRECISIONS = ("neighbourhood", "town", "admin2", "admin1", "country")
SOURCES = ("geonames", "wof", "opensyria", "eventmill")
ACRONYM = 0x8000  # lang-mask bit: the name is an acronym ("RDC", "USA") and matches only in capitals
# lang-mask bit: the name is the place's own name or a form of it (`_own_form`), not another of its names:
# "Salisbury" is the English city's own name and a former name of Harare
PRIMARY = 0x4000
# language tag of a source's own name that a curated press spelling replaced as the name shown ("Tadmur" under
# "Palmyra"): it keeps its own-name weight, so "near Tadmur" is the town, not the district named after it
FORMER_OWN = "*"
COORD_SCALE = 100_000  # coordinates are stored as int32 1e-5 degrees (about a metre)

# Context-free preference between homonyms, as (base, weight of log10(population + 1)) per precision:
# countries first, then big places, then small ones; an admin1 unit counts as a town of ~250,000.
PRIOR = {
    "country": (5.0, 0.0),
    "admin1": (3.2, 0.0),
    "admin2": (1.6, 0.2),
    "neighbourhood": (0.6, 0.2),
    "town": (0.3, 0.5),
}
# A first-level division with a population figure (the derived units of admin_units.tsv) ranks by it, as
# a district does: Quebec the province over Quebec City, but a Jamaican parish below Manchester and
# Portland. Divisions with none (US states, curated regions) keep PRIOR's fixed rank.
PRIOR_WITH_POPULATION = {"admin1": (1.6, 0.25)}
CAPITAL_BONUS = 0.5
# A Who's On First region has no population figure either: at lookup time (`geo_index`) it ranks as a
# first-level division of 100,000 people would (PRIOR_WITH_POPULATION), not above every city of its name
# elsewhere ("Gaza": the Palestinian city of 410,000, not the Mozambican province)
UNSIZED_REGIONS = ("region",)
UNSIZED_REGION_PENALTY = PRIOR["admin1"][0] - (
    PRIOR_WITH_POPULATION["admin1"][0] + PRIOR_WITH_POPULATION["admin1"][1] * 5
)
# a place with no population figure (most Who's On First villages) is ranked as a village of this
# size: unknown is not empty, and the shipped GeoNames towns all have 500 or more
UNKNOWN_POPULATION = 500


def prior(precision: str, population: int, capital: bool = False) -> float:
    """Context-free preference between homonyms (postings are stored in this order)."""
    base, weight = PRIOR_WITH_POPULATION.get(precision, PRIOR[precision]) if population else PRIOR[precision]
    return base + weight * math.log10((population or UNKNOWN_POPULATION) + 1) + (CAPITAL_BONUS if capital else 0.0)


# -- records: what a gazetteer source gives, before it is compiled -------------------------------------

# WOF placetype -> (feature, precision); other placetypes (campus, ...) are skipped
WOF_TYPES = {
    "region": ("region", "admin1"),
    "county": ("county", "admin2"),
    "localadmin": ("localadmin", "admin2"),
    "locality": ("locality", "town"),
    "neighbourhood": ("neighbourhood", "neighbourhood"),
}
# ISO 639-3 (WOF) to 639-1 where one exists; other codes are kept as they are
LANG3 = dict(
    x.split(":")
    for x in (
        "fra:fr eng:en deu:de spa:es ita:it por:pt nld:nl tur:tr pol:pl swe:sv fin:fi cat:ca ind:id msa:ms "
        "vie:vi nno:nn nob:nb ron:ro ces:cs hun:hu dan:da hrv:hr slk:sk slv:sl est:et lav:lv lit:lt eus:eu "
        "glg:gl kur:ku aze:az uzb:uz tgl:tl afr:af sqi:sq bos:bs srp:sr ltz:lb isl:is gle:ga cym:cy epo:eo "
        "lat:la swa:sw som:so hau:ha yor:yo mlg:mg tuk:tk kaz:kk ara:ar fas:fa urd:ur heb:he rus:ru "
        "ukr:uk zho:zh jpn:ja kor:ko bre:br oci:oc"
    ).split()
)
# Generic words around admin-unit names ("Aleppo Governorate", "Muhafazat Halab", "Departement de la Gironde"):
# the bare name is added too
ADMIN_AFFIX = re.compile(
    r"^(?:muhafazat|muhafazah|gouvernorat d[e']|governorate of|province d[e']|province of|provincia de|"
    r"d[ée]partement (?:de la |de l'|du |des |de |d')|"
    r"wilayat|velayat[ -]e|district of|district d[e']|nahiyat|nahiya|oblast d[e']|r[ée]gion d[e']|"
    r"region of|[ée]tat d[e']|state of)\s*|"
    r"\s+(?:governorate|province|district|subdistrict|sub-district|nahiya|muhafazat|wilayah|region|oblast|"
    r"state)$",
    re.I,
)
_BAD_CHAR = re.compile(r"[\d\n\t]")


@dataclass
class Rec:
    """One place while building: where it is, what it is, and every name it goes by (name -> languages)."""

    name: str
    lat: float
    lon: float
    cc: str
    prec: str
    feat: str
    src: str
    gid: int | str
    pop: int = 0
    admin1: str = ""
    capital: bool = False
    a1code: str = ""
    names: dict[str, set[str]] = field(default_factory=dict)

    def add(self, name: str, lang: str = "", curated: bool = False) -> None:
        name = " ".join(name.replace("\u200e", " ").split())
        if usable(name, curated):
            self.names.setdefault(name, set()).add(lang)

    def add_admin_name(self, name: str, lang: str = "", curated: bool = False) -> None:
        """A name, plus its bare form for admin units ("Aleppo Governorate" -> "Aleppo"); a curated one
        may be an abbreviation ("NSW")."""
        self.add(name, lang, curated)
        if self.prec in ("admin1", "admin2"):
            bare = ADMIN_AFFIX.sub("", name).strip()
            if bare and bare != name:
                self.add(bare, lang, curated)


def latin(s: str) -> bool:
    """True when every letter is Latin script (news in French and English never spells names otherwise)."""
    return s.isascii() or all(
        ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00 or 0x2B0 <= ord(c) < 0x300 or not c.isalpha() for c in s
    )


def usable(name: str, curated: bool = False) -> bool:
    """Drop non-Latin names, codes and GeoNames' lowercase machine transliterations ("dmshq")."""
    if not name or _BAD_CHAR.search(name) or not latin(name):
        return False
    if not curated:
        if name.islower():
            return False
        letters = [c for c in name if c.isalpha()]
        if len(letters) <= 4 and all(c.isupper() for c in letters):
            return False
    # two letters name a place only in a curated table ("US" the country); from the sources they are
    # mostly spelling variants of villages ("Ga") that catch abbreviations ("Ga." for Georgia)
    return (2 if curated else 3) <= len(_name_key(name)) <= 60


def is_acronym(name: str) -> bool:
    """All-capital names of up to five letters ("USA", "RDC", "U.S.") match only when written in capitals."""
    letters = [c for c in name if c.isalpha()]
    return 0 < len(letters) <= 5 and all(c.isupper() for c in letters)


def compile_index(recs: list[Rec], meta: dict | None = None) -> tuple[dict, dict, dict]:
    """Turn records into the (meta, arrays, texts) of a gazetteer file; `meta` adds to the header."""
    ekey = lru_cache(maxsize=None)(_name_key)  # every name is keyed here once per record that has it
    lang_count = Counter(
        lang for r in recs for langs in r.names.values() for lang in langs if lang and lang != FORMER_OWN
    )
    langs = ["fr", "en"] + [
        lang for lang, _ in sorted(lang_count.items(), key=lambda kv: (-kv[1], kv[0])) if lang not in ("fr", "en")
    ][:12]  # 14 language bits; PRIMARY and ACRONYM take the top two
    lang_bit = {lang: 1 << i for i, lang in enumerate(langs)}
    ccs = sorted({r.cc for r in recs})
    cc_idx = {c: i for i, c in enumerate(ccs)}
    feats = sorted({(r.feat, r.prec) for r in recs})
    feat_idx = {f: i for i, f in enumerate(feats)}
    admin1_place = {(r.cc, r.name): i for i, r in enumerate(recs) if r.prec == "admin1"}
    admin1_keys = [("", "")] + sorted({(r.cc, r.admin1) for r in recs if r.admin1})
    a1_idx = {k: i for i, k in enumerate(admin1_keys)}
    curated_ids: list[str] = []

    postings: dict[str, dict[tuple[int, int], list[int]]] = defaultdict(dict)
    for i, r in enumerate(recs):
        own = max(ekey(r.name).split() or [""], key=len) if len(r.names) > 1 else None
        for name in sorted(r.names):
            ek = ekey(name)
            fk = _fold(ek)
            if len(ek) < 2 or not fk:
                continue
            mask = 0
            for lang in r.names[name]:
                mask |= lang_bit.get(lang, 0)
            acro = ACRONYM if is_acronym(name) else 0
            slot = postings[fk].setdefault((i, key_hash(ek)), [0, ACRONYM])
            primary = own is None or name == r.name or FORMER_OWN in r.names[name] or _own_form(ek, own)
            slot[0] |= mask | (PRIMARY if primary else 0)
            slot[1] &= acro
    priors = [prior(r.prec, r.pop, r.capital) for r in recs]
    keyed = []
    for fk, plist in postings.items():
        items = sorted(plist.items(), key=lambda kv: (-priors[kv[0][0]], kv[0][0], kv[0][1]))
        keyed.append((cc_idx[recs[items[0][0][0]].cc], fk, items))
    keyed.sort(key=lambda t: (t[0], t[1]))

    arrays = {
        n: array(t)
        for n, t in (
            ("place_lat", "i"),
            ("place_lon", "i"),
            ("place_pop", "I"),
            ("place_cc", "H"),
            ("place_admin1", "H"),
            ("place_feat", "H"),
            ("place_src", "B"),
            ("place_id", "q"),
            ("admin1_place", "i"),
            ("key_start", "I"),
            ("post_place", "I"),
            ("post_hash", "H"),
            ("post_lang", "H"),
            ("cc_key_start", "I"),
        )
    }
    for r in recs:
        arrays["place_lat"].append(round(r.lat * COORD_SCALE))
        arrays["place_lon"].append(round(r.lon * COORD_SCALE))
        arrays["place_pop"].append(min(r.pop, 2**32 - 1))
        arrays["place_cc"].append(cc_idx[r.cc])
        arrays["place_admin1"].append(a1_idx[r.cc, r.admin1] if r.admin1 else 0)
        arrays["place_feat"].append(feat_idx[r.feat, r.prec])
        arrays["place_src"].append(SOURCES.index(r.src))
        if isinstance(r.gid, str):
            curated_ids.append(r.gid)
            arrays["place_id"].append(len(curated_ids) - 1)
        else:
            arrays["place_id"].append(r.gid)
    for k in admin1_keys:
        arrays["admin1_place"].append(admin1_place.get(k, -1))
    keys_out: list[str] = []
    cc_pos = 0
    for c, fk, items in keyed:
        while cc_pos <= c:
            arrays["cc_key_start"].append(len(keys_out))
            cc_pos += 1
        keys_out.append(fk)
        arrays["key_start"].append(len(arrays["post_place"]))
        for (i, h), (mask, acro) in items:
            arrays["post_place"].append(i)
            arrays["post_hash"].append(h)
            arrays["post_lang"].append(mask | acro)
    while cc_pos <= len(ccs):
        arrays["cc_key_start"].append(len(keys_out))
        cc_pos += 1
    arrays["key_start"].append(len(arrays["post_place"]))
    head = {
        "format": 1,
        "primary": True,  # postings mark the place's own name (PRIMARY); older files have no such bit
        **(meta or {}),
        "countries": ccs,
        "features": [list(f) for f in feats],
        "sources": list(SOURCES),
        "langs": langs,
        "places": len(recs),
        "keys": len(keys_out),
        "postings": len(arrays["post_place"]),
    }
    texts = {
        "place_name": [r.name for r in recs],
        "admin1_name": [n for _, n in admin1_keys],
        "keys": keys_out,
        "curated_id": curated_ids,
    }
    return head, arrays, texts


def _own_form(key: str, own: str) -> bool:
    """Whether a name is a form of the place's own name: it has that name's longest word, of four letters
    or more ("St. Petersburg", "Atlantic" for "Saint Petersburg", "Atlantic Ocean"), or is one word with
    that word's consonants ("Mykolaiv" for Mykolayiv, not for Lviv, which GeoNames also calls so). "Salisbury"
    (Harare's former name), "Calcutta" and "Washington Square" (a former name of Franklin Square) are other
    names."""
    if len(own) < 4:
        return False
    if own in key.split():
        return True
    return " " not in key and key[0] == own[0] and abs(len(key) - len(own)) <= 2 and _skeleton(key) == _skeleton(own)


_VOWELS = re.compile("[aeiouy]")


def _skeleton(word: str) -> str:
    """A word's consonants, which transliterations keep: "mykolaiv" and "mykolayiv" share "mklv", "charleston"
    and "charlestown" do not."""
    return _VOWELS.sub("", word)


# -- the file --------------------------------------------------------------------------------------------
def write(
    path: str, meta: dict, arrays: dict[str, array], texts: dict[str, list[str]], *, compresslevel: int = 9
) -> bytes:
    """Write a gazetteer file; returns the uncompressed payload. The cache is written at level 1 (seconds
    faster, a few MB bigger); imports at 9."""
    sections, blobs = [], []
    for name, arr in arrays.items():
        a = array(arr.typecode, arr)
        if sys.byteorder != "little":
            a.byteswap()
        b = a.tobytes()
        sections.append({"name": name, "kind": "array", "type": arr.typecode, "bytes": len(b)})
        blobs.append(b)
    for name, items in texts.items():
        if any("\n" in t for t in items):
            raise ValueError(f"text section {name} has a newline in an item")
        b = "\n".join(items).encode("utf-8")
        sections.append({"name": name, "kind": "text", "count": len(items), "bytes": len(b)})
        blobs.append(b)
    header = json.dumps({"meta": meta, "sections": sections}, ensure_ascii=False, sort_keys=True)
    payload = MAGIC + header.encode("utf-8") + b"\n" + b"".join(blobs)
    with open(path, "wb") as f:
        f.write(gzip.compress(payload, compresslevel=compresslevel, mtime=0))
    return payload


def payload(path: str) -> bytes:
    """The uncompressed bytes of a gazetteer file."""
    with open(path, "rb") as f:
        return zlib.decompress(f.read(), wbits=31)


def read_meta(path: str) -> dict:
    """The header's meta of a gazetteer file, without decompressing the rest (listing imports)."""
    with gzip.open(path, "rb") as f:
        if f.readline() != MAGIC:
            raise ValueError(f"{path} is not an eventmill gazetteer file")
        return json.loads(f.readline())["meta"]


def read(path: str) -> tuple[dict, dict[str, array], dict[str, list[str]]]:
    """Read a gazetteer file written by `write`: (meta, arrays, texts)."""
    data = payload(path)
    if not data.startswith(MAGIC):
        raise ValueError(f"{path} is not an eventmill gazetteer file")
    end = data.index(b"\n", len(MAGIC))
    header = json.loads(data[len(MAGIC) : end])
    pos = end + 1
    arrays: dict[str, array] = {}
    texts: dict[str, list[str]] = {}
    view = memoryview(data)
    for sec in header["sections"]:
        chunk = view[pos : pos + sec["bytes"]]
        pos += sec["bytes"]
        if len(chunk) != sec["bytes"]:
            raise ValueError(f"{path} is truncated (section {sec['name']})")
        if sec["kind"] == "array":
            a = array(sec["type"])
            a.frombytes(chunk)
            if sys.byteorder != "little":
                a.byteswap()
            arrays[sec["name"]] = a
        else:
            texts[sec["name"]] = str(chunk, "utf-8").split("\n") if sec["count"] else []
    return header["meta"], arrays, texts
