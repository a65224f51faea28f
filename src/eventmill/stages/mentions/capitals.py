"""Seats named by a common noun: "the provincial capital", "the state capital", "la capitale provinciale"
(`capital` rows of the language's placecues.tsv, after a definite article). Each is a place mention that
the geocode stage puts at the capital of the division the article named last before it
(`stages/geo_capitals.py`); "a provincial capital" names none and is left alone. A country's capital named by
its nationality ("the Afghan capital", "la capitale afghane": `national` rows) is put at that country's capital,
and found before the agents lexicon reads the adjective as a party."""

from __future__ import annotations

from collections.abc import Callable, Container, Iterator, Sequence

from eventmill.distance import km
from eventmill.geo import Geocoder, own_name
from eventmill.models import Document, Mention, Token
from eventmill.phrases import PhraseIndex
from eventmill.stages.mentions.places import head_of
from eventmill.stages.mentions.plurals import plural_runs
from eventmill.stages.mentions.runs import named_kind_runs, span_of
from eventmill.text import norm

CAPITAL = "capital"  # hint of placecues.tsv: a common noun for a division's seat
ARTICLE = "article"  # hint of placecues.tsv: a definite article
NATIONAL = "national"  # hint of placecues.tsv: a noun for a country's capital, beside a nationality adjective
LOCATIVE = "locative"  # hint of placecues.tsv: a word that puts what follows at a place ("in", "dans")
CAPITAL_POPULATION = 1_000_000  # a capital this big is a place wherever it stands ("Moscow accused Kyiv")
SAME_PLACE_KM = 100  # a namesake this near the capital is it or its province ("Nairobi" county)
SPOKEN_CAPITAL = 250_000  # and one this big labelled a body or a person that acts ("Nairobi said", "Canberra will")
CONTINENT = "CONT"  # the feature of a continent, which the recogniser may rightly call a body ("Europe must act")
WORLD_FEATURE_CONFIDENCE = 0.9  # a sea's or a river's own name, not a spelling variant of one


def capital_mentions(doc: Document, cues: PhraseIndex[str], free: Callable[[int, int], bool]) -> list[Mention]:
    """The definite common nouns of a division's seat, as place mentions with no place yet."""
    toks = doc.tokens
    found = []
    for hit in cues.scan(toks):
        k = hit.first - 1
        if (
            CAPITAL in hit.values
            and free(hit.first, hit.last)
            and k >= 0
            and toks[k].sent == toks[hit.first].sent
            and ARTICLE in cues.get(norm(toks[k].text))
        ):
            found.append(Mention("place", span_of(doc, hit.first, hit.last), head=head_of(toks, hit.first, hit.last)))
    for k in bare_capitals(toks, cues):
        if free(k - 1, k):  # with its article: a locative word comes right before it, as before a name
            found.append(Mention("place", span_of(doc, k - 1, k), head=k))
    return found


def bare_capitals(toks: Sequence[Token], cues: PhraseIndex[str]) -> Iterator[int]:
    """A country's capital named alone after a locative word and a definite article ("protesters blocked
    roads in the capital", "dans la capitale"): not before a nationality ("the Afghan capital", read
    above), "of" ("the capital of Helmand", a seat), nor a noun it qualifies ("the capital markets");
    the geocode stage puts it at the capital of the country the article names most."""
    for k in range(2, len(toks)):
        nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].sent == toks[k].sent else None
        if (
            NATIONAL in cues.get(norm(toks[k].text))
            and toks[k - 2].sent == toks[k].sent
            and ARTICLE in cues.get(norm(toks[k - 1].text))
            and LOCATIVE in cues.get(norm(toks[k - 2].text))
            and (nxt is None or (nxt.pos in ("PUNCT", "ADP", "CCONJ", "SCONJ", "ADV") and not cues.get(norm(nxt.text))))
        ):
            yield k


def national_capitals(
    toks: Sequence[Token], cues: PhraseIndex[str], is_demonym: Callable[[str], bool], free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int]]:
    """The spans of a country's capital named by a nationality adjective before or after the noun, after a
    definite article ("in the Afghan capital", "dans la capitale afghane"), each checked free when reached."""
    for k, tok in enumerate(toks):
        if NATIONAL not in cues.get(norm(tok.text)):
            continue
        for first, last, adjective in ((k - 1, k, k - 1), (k, k + 1, k + 1)):
            if (
                first >= 1
                and last < len(toks)
                and toks[first - 1].sent == toks[last].sent
                and ARTICLE in cues.get(norm(toks[first - 1].text))
                and is_demonym(toks[adjective].text)
                and free(first, last)
            ):
                yield first, last
                break


def owned_capital(toks: Sequence[Token], last: int, cues: PhraseIndex[str]) -> int:
    """The last token of a country's capital named through the possessive of the country's name ending at
    `last` ("Somalia's capital", "Yemen's capital": the capital's noun), else `last` itself."""
    k = last + 2
    if (
        k < len(toks)
        and toks[last + 1].pos == "PART"
        and toks[last + 1].dep == "case"
        and toks[k].sent == toks[last].sent
        and NATIONAL in cues.get(norm(toks[k].text))
        and not (k + 1 < len(toks) and toks[k + 1].pos == "NOUN")  # not "Kenya's capital markets"
    ):
        return k
    return last


def kinds_and_capitals(
    toks: Sequence[Token],
    cues: PhraseIndex[str],
    free: Callable[[int, int], bool],
    known: Callable[[int, int], bool],
    is_demonym: Callable[[str], bool],
    spelled: Callable[[int, int], bool] = lambda a, b: False,
    known_text: Callable[[str], bool] = lambda name: False,
) -> Iterator[tuple[int, int]]:
    """The names listed before a plural kind of place (`plurals.plural_runs`: "Harris and Fort Bend counties"),
    the names before a kind of place (`runs.named_kind_runs`), then the capitals named by a nationality ("the
    Afghan capital"), all found before the agents lexicon takes "Imam" for a cleric or "Afghan" for a party."""
    yield from plural_runs(toks, cues, free, known_text)
    yield from named_kind_runs(toks, cues, free, known, spelled)
    yield from national_capitals(toks, cues, is_demonym, free)


def big_capital(geo: Geocoder, lang: str, name: str, least: int = CAPITAL_POPULATION) -> bool:
    """A country's capital of `least` people or more, named by its own name."""
    return (p := geo.lookup(name, lang=lang)) is not None and (
        p.feature == "PPLC" and p.population >= least and own_name(name, p)
    )


def place_acting(geo: Geocoder, lang: str, name: str, people: Container[str], kind: str | None) -> bool:
    """A name the recogniser labels (`kind`) a person or an organisation that is a place all the same: a capital
    speaking for its government (`spoken_capital`) or a feature of no country (`world_feature`)."""
    if kind not in ("organisation", "person") or name in people:
        return False
    return spoken_capital(geo, lang, name, people) or world_feature(geo, lang, name)


def spoken_capital(geo: Geocoder, lang: str, name: str, people: Container[str]) -> bool:
    """A capital that a statement or a decision names for its government ("Nairobi said", "Canberra will spend"),
    no word of a person's full name the article gives (`people`): the place, like the capitals the recogniser
    labels places ("Beijing warned"); not one that shares its name with a bigger place away from it, which may
    be meant as much, or a person ("Washington said": the state is bigger)."""
    if name in people or not geo.is_place_name(name) or not big_capital(geo, lang, name, SPOKEN_CAPITAL):
        return False
    seat = geo.lookup(name, lang=lang)
    return seat is not None and not any(
        p.population > seat.population and km(p.lat, p.lon, seat.lat, seat.lon) > SAME_PLACE_KM
        for p in geo.candidates(name, lang=lang)
    )


def world_feature(geo: Geocoder, lang: str, name: str) -> bool:
    """A name whose reading is a sea, a river, a strait, an island group or a world region, a place of no
    country (`regions.tsv`; no continent): never a body or a person ("the Nile provides", "the Brahmaputra
    burst its banks", "farmers in the Pampas")."""
    if not geo.is_place_name(name):
        return False
    p = geo.lookup(name, lang=lang)
    return p is not None and not p.country and p.feature != CONTINENT and p.confidence >= WORLD_FEATURE_CONFIDENCE
