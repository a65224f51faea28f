"""What the words around a place name say about it, for the geocode stage: the kind of place a mention
holds or is said to be ("Helmand Province", "la province d'Alep", "Kunduz district"; not a kind a name
qualifies with an indefinite article, "a small Texas town"), and whether it is only approximate ("aux
alentours de X", "Hama countryside")."""

from __future__ import annotations

import bisect
import dataclasses
import re

from eventmill.datelines import dateline_of
from eventmill.gazetteer_keys import fold_key
from eventmill.geo import HINTS, Geocoder, approximate
from eventmill.models import Document, Mention, Place
from eventmill.phrases import PhraseIndex
from eventmill.placecues import after_locative, kind_countries, particle_countries
from eventmill.stages.mentions.local_bodies import local_words
from eventmill.stages.mentions.named_kinds import hit_place
from eventmill.stages.mentions.places import PERSON_LABELS
from eventmill.stages.mentions.plurals import plural_kind, singular
from eventmill.text import norm

# the division that holds a place of this precision ("Panjwai district, Kandahar": Kandahar province)
CONTAINER = {"admin2": "admin1"}
WITHIN, ARTICLE = "within", "article"  # hints of placecues.tsv: "in", "dans"; "the", "l'"
# a name a `within` word and an article put after a place and its comma is a division that holds it ("à Arbinda,
# dans le Soum": the province, not a village of that name): the kind of division the hint asks for
HELD_BY = "admin2"
SMALL = "small"  # a word naming a small settlement ("village")
RURAL = "rural"  # a word for the lands around a town ("countryside")
DESCRIBES = "describes"  # a word for a settlement that, after "the" and a name, says where it lies ("the Ohio city")
# "Cambridge City Council" is Cambridge's when Cambridge is this many times as big as any Cambridge City
BODY_TOWN_RATIO = 10
COUNCIL_COUNTIES, COUNCIL_RATIO = ("GB", "IE"), 2  # where a county's council is "X County Council" for the county X


def name_and_kind(text: str, cues: PhraseIndex[str]) -> tuple[str, str | None]:
    """The name without the kind-of-place words the mention holds, and the kind they name:
    "Helmand Province" -> ("Helmand", admin1), "province de Helmand" -> ("Helmand", admin1)."""
    words = text.split()
    kind = None
    if len(words) > 1 and (h := cue_kind(cues, words[-1])):
        words, kind = words[:-1], h
    elif len(words) > 1 and (h := cue_kind(cues, words[0])):
        words, kind = words[1:], h
        while len(words) > 1 and "link" in cues.get(norm(words[0])):
            words = words[1:]
        if words and "'" in words[0] and "link" in cues.get(norm(words[0].split("'")[0] + "'")):
            words[0] = words[0].split("'", 1)[1]  # "province d'Alep"
    return " ".join(words), kind


def named_kind(geo: Geocoder, doc: Document, mention: Mention, cues: PhraseIndex[str]) -> tuple[str, str | None]:
    """The name to look up and the kind of place it is said to be: a name listed before a plural kind with that
    kind's word when the gazetteer knows it so ("Harris" of "Harris and Fort Bend counties": "Harris County"),
    else as `name_and_kind` reads the mention ("Kansas City" is a name; "Helmand Province" is Helmand, an admin1)."""
    text = mention.span.text
    if (one := plural_kind(doc, mention, cues)) is not None:
        words = text.split()
        name = " ".join(words[:-1]) if len(words) > 1 and singular(words[-1], cues) else text
        whole = f"{name} {one.title()}"
        return (whole, None) if geo.is_place_name(whole) else (name, cue_kind(cues, one))
    return (text, None) if geo.is_place_name(text) else name_and_kind(text, cues)


def country_named(geo: Geocoder, doc: Document, mention: Mention, cues: PhraseIndex[str]) -> Place | None:
    """The country a place mention names, unless it is a name listed before a plural kind that the gazetteer
    knows with its kind word ("Cameron" of "Calcasieu and Cameron parishes" is Cameron Parish, not Cameroon)."""
    if plural_kind(doc, mention, cues) is not None and named_kind(geo, doc, mention, cues)[0] != mention.span.text:
        return None
    return geo.country(mention.span.text, lang=doc.lang)


def body_town(geo: Geocoder, doc: Document, mention: Mention, name: str, cues: PhraseIndex[str]) -> str:
    """The name without its capitalised town word when a town's own body follows ("Cambridge City Council",
    "Cambridge City Police") and the bare name is a town far bigger than any place of the whole name: the
    council of the city of Cambridge, not of Cambridge City, Indiana ("Kansas City Council" stays whole)."""
    bare, kind = name_and_kind(name, cues)
    after = norm(doc.text[mention.span.end : mention.span.end + 20]).split()[:1]
    if kind not in ("town", "admin2") or bare == name or not name.split()[-1][:1].isupper() or not after:
        return name
    if after[0] not in local_words(doc.lang or ""):
        return name
    if kind == "admin2":
        # "Kent County Council", "Clare County Council": the British or Irish county of the bare name, unless a
        # US county of the whole name far outnumbers it ("Howard County Council" stays whole)
        whole = max((p.population for p in geo.candidates(name, lang=doc.lang)), default=0)
        shire = [
            p for p in geo.candidates(bare, lang=doc.lang) if p.precision == "admin2" and p.country in COUNCIL_COUNTIES
        ]
        return bare if any(COUNCIL_RATIO * p.population > whole for p in shire) else name
    if (town := geo.lookup(bare, lang=doc.lang)) is None:
        return name
    # a candidate whose own name is the bare one is that town under another of its names ("Springfield City"
    # for Springfield, Massachusetts), no other place of the whole name
    whole = max((p.population for p in geo.candidates(name, lang=doc.lang) if norm(p.name) != norm(bare)), default=0)
    return bare if town.precision == "town" and town.population >= BODY_TOWN_RATIO * max(whole, 1) else name


def small_named(doc: Document, mention: Mention, cues: PhraseIndex[str], kind: str = SMALL) -> bool:
    """A lowercase word naming a small settlement ends the mention, follows it or comes before it through
    linking words ("Let Yet Kone village", "Kone village", "the village of Kone": `small` rows of placecues.tsv);
    with `kind` "town", any word naming a settlement ("the Kurdish-held town of Kobani")."""
    after = doc.text[mention.span.end : mention.span.end + 20].split()[:1]
    last = mention.span.text.split()[-1]
    if any(w.islower() and kind in cues.get(norm(w)) for w in (last, *after)):
        return True
    words = re.split(r"[.,;:()!?]", doc.text[max(0, mention.span.start - 40) : mention.span.start])[-1].split()
    while words and "link" in cues.get(norm(words[-1])):
        words.pop()
    return bool(words) and words[-1].islower() and kind in cues.get(norm(words[-1]))


def cue_kind(cues: PhraseIndex[str], word: str) -> str | None:
    return next((h for h in cues.get(norm(word)) if h in HINTS and h != "country"), None)


def cue_hint(doc: Document, mention: Mention, cues: PhraseIndex[str], geo: Geocoder | None = None) -> str | None:
    """The cue word right before the mention ("province d'Alep" -> admin1), skipping linking words,
    else a kind-of-place word right after it ("Helmand province", "Kunduz district"), unless the name says
    where that place lies (`_describes`; with "the", only a first-level division of `geo` does)."""
    after = norm(doc.text[mention.span.end : mention.span.end + 20]).split()[:1]
    if after and (h := cue_kind(cues, after[0])):
        how = _describes(doc, mention, cues)
        if how == "" or (how == DESCRIBES and not _first_level(geo, doc, mention.span.text)):
            return h
    parts = re.split(r"[,;:()]", doc.text[max(0, mention.span.start - 40) : mention.span.start])
    words = parts[-1].split()[-4:]
    if (
        len(parts) > 1
        and len(words) == 2
        and WITHIN in cues.get(norm(words[0]))
        and ARTICLE in cues.get(norm(words[1]))
    ):
        return HELD_BY
    while words and "link" in cues.get(norm(words[-1])):
        words.pop()
    if not words and len(parts) > 1 and parts[-2].strip():
        words, ends = parts[-2].split(), True  # "Kot district, Nangarhar": only as the holder of that name
    elif not words:
        return None
    else:
        ends = False
    hint = next((h for h in cues.get(norm(words[-1])) if h in HINTS), None)
    if len(words) >= 2 and words[-2][:1].isupper():
        # "Zurmat district of Paktia": the kind word ends the name before it, and this one holds that; after "the",
        # a quarter of a city ("the Al-Salmani district of Benghazi", "the Karari district of Omdurman")
        return None if _after_article(parts[-1].split()[:-1], cues) else CONTAINER.get(hint or "")
    return None if ends else hint


def _after_article(words: list[str], cues: PhraseIndex[str]) -> bool:
    """The words end with an article, a capitalised name and a kind of place ("the Al-Salmani district")."""
    while words and "link" in cues.get(norm(words[-1])):
        words = words[:-1]
    k = len(words) - 2
    while k >= 0 and words[k][:1].isupper():
        k -= 1
    return 0 <= k < len(words) - 2 and ARTICLE in cues.get(norm(words[k]))


def _describes(doc: Document, mention: Mention, cues: PhraseIndex[str]) -> str:
    """The name qualifies a kind of place with an indefinite article ("a small Texas town"), or with "the" a
    lowercase word for a settlement (`describes` rows: "the Ohio city", "the Northland town"): it says where that place lies, not what kind of place it is itself. "indefinite", `DESCRIBES`
    (with "the") or ""."""
    k = bisect.bisect_left(doc.tokens, mention.span.start, key=lambda t: t.start)
    if k >= len(doc.tokens) or doc.tokens[k].start != mention.span.start:
        return ""
    after = doc.text[mention.span.end : mention.span.end + 20].split()[:1]
    settlement = bool(after) and after[0].islower() and DESCRIBES in cues.get(norm(after[0].strip(".,;:")))
    k -= 1
    while k >= 0 and doc.tokens[k].pos == "ADJ":
        k -= 1
    if k < 0 or doc.tokens[k].pos != "DET":
        return ""
    if "Definite=Ind" in doc.tokens[k].morph:
        return "indefinite"
    return DESCRIBES if settlement and "Definite=Def" in doc.tokens[k].morph else ""


def _first_level(geo: Geocoder | None, doc: Document, name: str) -> bool:
    """Whether the gazetteer knows the name as a first-level division ("the Ohio city"; "the Somerset town" may be
    a town named Somerset)."""
    return geo is not None and any(p.precision == "admin1" for p in geo.candidates(name, lang=doc.lang))


def approximation(doc: Document, mention: Mention, cues: PhraseIndex[str]) -> str | None:
    """The word of approximation before the name ('aux alentours de X', 'au nord-est de la province de X')
    or after it ('Hama countryside'), None when there is none."""
    before = re.split(r"[.,!?;:\n]", doc.text[max(0, mention.span.start - 60) : mention.span.start])[-1]
    words = norm(before).split()

    def drop_links() -> None:
        while words and "link" in cues.get(words[-1]):
            words.pop()

    drop_links()
    if words and any(h in HINTS for h in cues.get(words[-1])):  # "la province de", "le quartier de"
        words.pop()
        drop_links()
    found = next((w for n in (2, 1) if len(words) >= n and "approx" in cues.get(w := " ".join(words[-n:]))), None)
    return found or _approximate_after(doc, mention, cues)


def approximated(doc: Document, mention: Mention, place: Place, cues: PhraseIndex[str]) -> Place:
    """The place of a name said with a word of approximation, one precision wider (`geo.approximate`); the
    countryside of a town named as its province is ("Deir ez-Zor's eastern countryside", "the northern
    countryside of Raqqa") is that province's land, which holds the villages named with it, so it is as wide
    as the province, its point still the town's."""
    word = approximation(doc, mention, cues)
    if word is None:
        return place
    wide = approximate(place)
    province = RURAL in cues.get(word) and place.admin1 and fold_key(mention.span.text) == fold_key(place.admin1)
    return dataclasses.replace(wide, precision="admin1") if province and place.precision == "town" else wide


def _approximate_after(doc: Document, mention: Mention, cues: PhraseIndex[str]) -> str | None:
    """'Hama countryside', "Deir ez-Zor's eastern countryside", 'the Kabul outskirts': a noun of
    approximation right after the name, maybe through a possessive and an adjective naming a part (a
    preposition such as "outside" or "north of" after the name puts the next place, not this one)."""
    k = bisect.bisect_left(doc.tokens, mention.span.end, key=lambda t: t.start)
    after = list(doc.tokens[k : k + 3])
    while after and (after[0].pos == "PART" or "part" in cues.get(norm(after[0].text))):
        after = after[1:]
    if not after or after[0].pos != "NOUN" or "approx" not in cues.get(word := norm(after[0].text)):
        return None
    k = bisect.bisect_left(doc.tokens, after[0].end, key=lambda t: t.start)
    return (
        word if k >= len(doc.tokens) or "link" not in cues.get(norm(doc.tokens[k].text)) else None
    )  # not "Azaz north of Aleppo"


def placed_by_words(doc: Document, mention: Mention, cues: PhraseIndex[str]) -> bool:
    """The words before the name put a place there, even when they are no locative preposition: a word of
    approximation through a linking word ("20 km east of Palmyra", "the outskirts of Gao", "au nord de Gao"),
    or a person's name and a linking word ("John Doe of Springfield": where the person is from); so do an attack
    verb or noun whose target it is ("shelled Kafr Owayd") and the article's dateline ("ST. LOUIS –")."""
    if after_locative(doc, mention):
        return True
    line = dateline_of(doc)
    if line is not None and line.place.start <= mention.span.start < line.place.end:
        return True
    k = bisect.bisect_left(doc.tokens, mention.span.start, key=lambda t: t.start)
    if 0 < k <= mention.head < len(doc.tokens) and hit_place(doc.tokens, k, mention.head, cues):
        return True  # what an attack hits ("shelled Kafr Owayd"): the text puts a place there
    if k < 2 or k >= len(doc.tokens) or "link" not in cues.get(norm(doc.tokens[k - 1].text)):
        return False
    j = k - 1
    while j > 0 and "link" in cues.get(norm(doc.tokens[j].text)) and doc.tokens[j].sent == doc.tokens[k].sent:
        j -= 1
    before = doc.tokens[j]
    if before.sent != doc.tokens[k].sent:
        return False
    return "approx" in cues.get(norm(before.text)) or (j == k - 2 and before.ent in PERSON_LABELS)


def named_countries(doc: Document, mention: Mention, context: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The countries a kind word ending the mention or right after it names divisions of ("Dera woreda": ET),
    or, when the article's `context` countries hold none of them, those of an Arabic article opening the name
    ("al-Sukhna": the Arab states, not Sohna, India)."""
    table = kind_countries(doc.lang or "")
    after = norm(doc.text[mention.span.end : mention.span.end + 30]).split()[:1]
    named = next((table[w] for w in (norm(mention.span.text.split()[-1]), *after) if w in table), ())
    article, hyphen, _ = mention.span.text.partition("-")
    if (
        not named
        and hyphen
        and article.islower()
        and not set(arab := particle_countries().get(article, ())) & set(context)
    ):
        return arab
    return named
