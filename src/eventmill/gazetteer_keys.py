"""The gazetteer's lookup keys: `name_key` is the exact key (accents, case, apostrophes and hyphens
ignored); `fold_key` also folds transliteration variants (Deir/Dayr, Cheikh/Sheikh,
Handarate/Handarat, Mossoul/Mosul) so the spellings of one Arabic name share a key. Both sides of a
lookup go through the same function, so a fold only has to be consistent, not linguistically right.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache
from importlib import resources

from eventmill.text import norm

# Letters NFKD does not decompose, and the ayn/hamza marks of Arabic transliteration.
_LETTERS = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ħ": "h",
        "ʿ": "",
        "ʾ": "",
        "ʼ": "",
        "ʻ": "",
        "'": "",
    }
)
# Arabic definite articles (al-, el-, ash-, ...) written as separate words once hyphens are spaces, and
# the Persian and Dari ezafe ("Nad-e Ali", "Pul-i-Alam", "Kuh-ye Baba": Nad Ali, Pul Alam, Kuh Baba)
_ARTICLES = frozenset("al el il ul ad ed ar er as es ash esh at et az ez an en adh ath e i ye".split())
_ATTACHED = "tdrzsnl"  # "Ezzor" (ez-Zor), "Assafira" (as-Safira): an article fused to a sun letter
_ELISION = re.compile(r"^[ld]'")  # French l'/d' before a name
_NON_WORD = re.compile(r"[^\w']+")
# Rewrites applied in this order: each spelling family to one form (French, English, German transcriptions).
_REWRITES = (
    ("tch", "sh"),
    ("ai", "ay"),
    # o first: "oo", "ou" become "u" with the doubled letters, and "ao" is "au" ("Khwaja Omari": Khwaja Umari)
    ("o", "u"),
    ("au", "u"),
    ("aw", "u"),
    ("ch", "sh"),
    ("ck", "k"),
    ("dh", "d"),
    ("dj", "j"),
    ("ee", "i"),
    ("ei", "ay"),
    ("ey", "ay"),
    ("gh", "g"),
    ("kh", "k"),
    ("ph", "f"),
    ("zh", "j"),
    ("q", "k"),
)
_DOUBLE = re.compile(r"(.)\1+")
# the abbreviated first word of a name, written out: "St. Landry Parish" is GeoNames' Saint Landry Parish,
# "Ft. Worth" Fort Worth, "Mt. Vernon" Mount Vernon, "Ste-Foy" Sainte-Foy (only first: "Main St" is a street)
_OPENINGS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


def _name_key(s: str) -> str:
    """`name_key` without the cache (the build and imports key millions of names once each)."""
    key = plain_key(s)
    if key[:2] in ("st", "mt", "ft") and (first := key.split(" ", 1)[0]) in _OPENINGS and first != key:
        return _OPENINGS[first] + key[len(first) :]
    return key


def plain_key(s: str) -> str:
    """`name_key` with its abbreviated first word left as written ("St. Landry Parish": st landry parish)."""
    if s.isascii():
        low = s.lower()
        if low.replace(" ", "").replace("-", "").isalpha():  # letters, spaces and hyphens: no apostrophe to elide
            return " ".join(low.replace("-", " ").split())
        # what `norm` does to ASCII (no accents to strip, casefold is lower, ` is an apostrophe) without
        # its NFKD pass, the slow part; most names in news are ASCII (test_geo checks the two agree)
        s = " ".join(_NON_WORD.sub(" ", s.lower().replace("`", "'")).replace("_", " ").split())
        return " ".join(_ELISION.sub("", s).replace("'", "").split())
    return " ".join(_ELISION.sub("", norm(s)).translate(_LETTERS).split())


def _fold(key: str) -> str:
    """`fold_key` of a name whose `name_key` is given."""
    toks = _content(key)
    if not toks:
        return ""
    # "Deir Ezzor": a non-initial word of vowel + doubled sun letter is the article fused to the name
    s = toks[0]
    if len(toks) > 1:
        s += "".join(
            t[2:] if len(t) >= 5 and t[0] in "ae" and t[1] == t[2] and t[1] in _ATTACHED else t for t in toks[1:]
        )
    for a, b in _REWRITES:
        if a in s:
            s = s.replace(a, b)
    if _DOUBLE.search(s):  # a template replacement costs more than all the rest of the fold
        s = _DOUBLE.sub(_first_letter, s)
    if len(s) > 4 and s[-1] == "h" and s[-2] in "aeiuy":  # Raqqah = Raqqa, Hamah = Hama
        s = s[:-1]
    if len(s) > 4 and s[-1] == "e":  # French final -e: Handarate = Handarat, Lattaquie
        s = s[:-1]
    return s


def _first_letter(m: re.Match) -> str:
    return m.group(1)


def _content(key: str) -> list[str]:
    toks = key.split()
    if len(toks) > 1:
        toks = [t for t in toks if t not in _ARTICLES] or toks
    return toks


@lru_cache(maxsize=200_000)
def keys(s: str) -> tuple[str, str, int]:
    """(exact key, folded key, exact key's hash) of a name: what a lookup needs, computed once per string."""
    ek = _name_key(s)
    return ek, _fold(ek), zlib.crc32(ek.encode("utf-8")) & 0xFFFF  # key_hash, inlined: every lookup keys a name


def name_key(s: str) -> str:
    """Exact lookup key: `norm` without apostrophes, ayn marks or l'/d' ("Ma'arrat" = "Maarrat")."""
    return keys(s)[0]


def fold_key(s: str) -> str:
    """Transliteration-folded key: articles, vowel spellings and doubled letters folded; no spaces."""
    return keys(s)[1]


def content_words(s: str) -> list[str]:
    """The words of a name without Arabic articles ("Jisr al-Shughur" -> jisr, shughur)."""
    return _content(name_key(s))


def key_hash(key: str) -> int:
    """16-bit hash of an exact key, stored per posting to tell exact matches from folded ones."""
    return zlib.crc32(key.encode("utf-8")) & 0xFFFF


def stopwords() -> frozenset[str]:
    """Function words of every language folder (stopwords.txt), which are never place names."""
    words: set[str] = set()
    root = resources.files("eventmill") / "resources"
    for lang in root.iterdir():
        f = lang / "stopwords.txt"
        if f.is_file():
            words.update(
                name_key(w)
                for line in f.read_text(encoding="utf-8").splitlines()
                if not line.startswith("#")
                for w in line.split()
            )
    return frozenset(words)


def spelling_key(fk: str, silent: frozenset[str]) -> str:
    """A folded key without the `silent` letters after its first and without doubled letters: the consonant
    frame transcriptions of one name share ("kuwst" and "kust", Khowst and Khost, both "kst"; Nahr-e Saraj and
    Nahri Sarraj both "nrsrj"). Coarser than `fold_key`, so looked up only among one country's places."""
    s = fk[:1] + "".join(c for c in fk[1:] if c not in silent)
    return _DOUBLE.sub(_first_letter, s) if _DOUBLE.search(s) else s
