"""The offline gazetteer's lookup keys and its compact file format, shared by the build script and `geo`.

Keys: `name_key` is the exact key (accents, case, apostrophes and hyphens ignored); `fold_key` also
folds transliteration variants (Deir/Dayr, Cheikh/Sheikh, Handarate/Handarat, Mossoul/Mosul) so the
spellings of one Arabic name share a key. Both sides of a lookup go through the same function, so a
fold only has to be consistent, not linguistically right.

File: gzip of a magic line, a JSON header line, then raw little-endian arrays and newline-joined
texts. Loading is a decompress plus `array.frombytes`, no parsing and no pickle.
"""
from __future__ import annotations

import gzip
import json
import math
import re
import sys
import zlib
from array import array
from functools import lru_cache

from eventmill.text import norm

MAGIC = b"EVENTMILL-GAZETTEER 1\n"
DATA_FILE = "gazetteer.bin.gz"
PRECISIONS = ("neighbourhood", "town", "admin2", "admin1", "country")
ACRONYM = 0x8000  # lang-mask bit: the name is an acronym ("RDC", "USA") and matches only in capitals
COORD_SCALE = 100_000  # coordinates are stored as int32 1e-5 degrees (about a metre)

# Letters NFKD does not decompose, and the ayn/hamza marks of Arabic transliteration.
_LETTERS = str.maketrans({"ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "đ": "d",
                          "ð": "d", "þ": "th", "ħ": "h", "ʿ": "", "ʾ": "", "ʼ": "", "ʻ": "",
                          "'": ""})
# Arabic definite articles (al-, el-, ash-, ...) written as separate words once hyphens are spaces.
_ARTICLES = frozenset("al el il ul ad ed ar er as es ash esh at et az ez an en adh ath".split())
_ATTACHED = "tdrzsnl"  # "Ezzor" (ez-Zor), "Assafira" (as-Safira): an article fused to a sun letter
_ELISION = re.compile(r"^[ld]'")  # French l'/d' before a name
# Rewrites applied in this order: each spelling family to one form (French, English, German transcriptions).
_REWRITES = (("tch", "sh"), ("ai", "ay"), ("au", "u"), ("aw", "u"), ("ch", "sh"), ("ck", "k"), ("dh", "d"),
             ("dj", "j"), ("ee", "i"), ("ei", "ay"), ("ey", "ay"), ("gh", "g"), ("kh", "k"), ("oo", "u"),
             ("ou", "u"), ("ph", "f"), ("zh", "j"), ("o", "u"), ("q", "k"))
_DOUBLE = re.compile(r"(.)\1+")


def _name_key(s: str) -> str:
    return " ".join(_ELISION.sub("", norm(s)).translate(_LETTERS).split())


def _fold(key: str) -> str:
    """`fold_key` of a name whose `name_key` is given."""
    toks = _content(key)
    if not toks:
        return ""
    # "Deir Ezzor": a non-initial word of vowel + doubled sun letter is the article fused to the name
    s = toks[0] + "".join(t[2:] if len(t) >= 5 and t[0] in "ae" and t[1] == t[2] and t[1] in _ATTACHED else t
                          for t in toks[1:])
    for a, b in _REWRITES:
        if a in s:
            s = s.replace(a, b)
    s = _DOUBLE.sub(r"\1", s)
    if len(s) > 4 and s[-1] == "h" and s[-2] in "aeiuy":  # Raqqah = Raqqa, Hamah = Hama
        s = s[:-1]
    if len(s) > 4 and s[-1] == "e":  # French final -e: Handarate = Handarat, Lattaquie
        s = s[:-1]
    return s


def _content(key: str) -> list[str]:
    toks = key.split()
    if len(toks) > 1:
        toks = [t for t in toks if t not in _ARTICLES] or toks
    return toks


@lru_cache(maxsize=100_000)
def name_key(s: str) -> str:
    """Exact lookup key: `norm` without apostrophes, ayn marks or l'/d' ("Ma'arrat" = "Maarrat")."""
    return _name_key(s)


@lru_cache(maxsize=100_000)
def fold_key(s: str) -> str:
    """Transliteration-folded key: articles, vowel spellings and doubled letters folded; no spaces."""
    return _fold(name_key(s))


def content_words(s: str) -> list[str]:
    """The words of a name without Arabic articles ("Jisr al-Shughur" -> jisr, shughur)."""
    return _content(name_key(s))


def key_hash(key: str) -> int:
    """16-bit hash of an exact key, stored per posting to tell exact matches from folded ones."""
    return zlib.crc32(key.encode("utf-8")) & 0xFFFF


# Context-free preference between homonyms, as (base, weight of log10(population + 1)) per precision:
# countries first, then big places, then small ones; an admin1 unit counts as a town of ~250,000.
PRIOR = {"country": (5.0, 0.0), "admin1": (3.2, 0.0), "admin2": (1.6, 0.2), "neighbourhood": (0.6, 0.2),
         "town": (0.3, 0.5)}
CAPITAL_BONUS = 0.5


def prior(precision: str, population: int, capital: bool = False) -> float:
    """Context-free preference between homonyms (postings are stored in this order)."""
    base, weight = PRIOR[precision]
    return base + weight * math.log10(population + 1) + (CAPITAL_BONUS if capital else 0.0)


def write(path: str, meta: dict, arrays: dict[str, array], texts: dict[str, list[str]]) -> bytes:
    """Write the gazetteer file; returns the uncompressed payload (what the freshness test compares)."""
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
        f.write(gzip.compress(payload, compresslevel=9, mtime=0))
    return payload


def payload(path: str) -> bytes:
    """The uncompressed bytes of a gazetteer file."""
    with open(path, "rb") as f:
        return zlib.decompress(f.read(), wbits=31)


def read(path: str) -> tuple[dict, dict[str, array], dict[str, list[str]]]:
    """Read a gazetteer file written by `write`: (meta, arrays, texts)."""
    data = payload(path)
    if not data.startswith(MAGIC):
        raise ValueError(f"{path} is not an eventmill gazetteer file (rebuild it with scripts/build_gazetteer.py)")
    end = data.index(b"\n", len(MAGIC))
    header = json.loads(data[len(MAGIC):end])
    pos = end + 1
    arrays: dict[str, array] = {}
    texts: dict[str, list[str]] = {}
    view = memoryview(data)
    for sec in header["sections"]:
        chunk = view[pos:pos + sec["bytes"]]
        pos += sec["bytes"]
        if sec["kind"] == "array":
            a = array(sec["type"])
            a.frombytes(chunk)
            if sys.byteorder != "little":
                a.byteswap()
            arrays[sec["name"]] = a
        else:
            texts[sec["name"]] = str(chunk, "utf-8").split("\n") if sec["count"] else []
    return header["meta"], arrays, texts
