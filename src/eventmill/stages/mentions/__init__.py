"""Stage 4: every actor, place, number and date named in the article, with spans.

Order matters: dates first (so "2016" is not a count), then named actors (so the lexicon beats the
parser's entity labels), countries, generic agents with their nationality, the parser's remaining
place and person/organisation entities, and finally numbers with the noun they count.
"""

from __future__ import annotations

import dataclasses
from functools import partial

from eventmill import datafiles
from eventmill.actor_lexicon import actor_lexicon, choose_role, country_name, with_country
from eventmill.config import Config
from eventmill.dategrammar import weekday_names
from eventmill.geo import load_geocoder, own_name
from eventmill.models import Actor, Document, Mention
from eventmill.placecues import place_cues, seats
from eventmill.registry import stage
from eventmill.stages.mentions import capitals
from eventmill.stages.mentions.capitals import capital_mentions, kinds_and_capitals, owned_capital
from eventmill.stages.mentions.dates import date_reading, find_dates
from eventmill.stages.mentions.hyphens import extend_name, joined_parts, neighbours
from eventmill.stages.mentions.inside import comma_parts, places_inside, with_codes
from eventmill.stages.mentions.local_bodies import plain_name, with_towns
from eventmill.stages.mentions.named_kinds import (
    common_word,
    cued,
    cued_kind,
    dateline_name,
    full_name_words,
    hit_or_taken,
    kind_run_tokens,
    part_of_place,
)
from eventmill.stages.mentions.nationalities import demonym_mentions
from eventmill.stages.mentions.notes import named_label
from eventmill.stages.mentions.numbers import counted_noun, find_numbers, not_a_count
from eventmill.stages.mentions.orgnames import Bodies, initials
from eventmill.stages.mentions.places import (
    ACTING,
    PLACE_KINDS,
    PROMINENT_POPULATION,
    head_of,
    in_place_context,
    inside_longer_name,
    is_capitalised,
    strip_kind,
    unlisted_place,
    well_known_town,
    with_region,
)
from eventmill.stages.mentions.runs import (
    cut_runs,
    ezafe_ends,
    in_a_neighbour,
    lowercase_common,
    proper_runs,
    span_of,
    span_test,
    token_range,
    with_kind_word,
)
from eventmill.stages.mentions.sites import acting_site, find_sites, not_holidays, town_after
from eventmill.stages.mentions.venues import lone_name, venue, venue_name
from eventmill.text import norm

PEOPLE = Actor("People", "civilians", generic=True)
# actors whose name is never read for a place inside it ("Jordan Peterson", a country itself)
NOT_NAMED_PLACES = ("person", "country")


@stage("mentions", 55, needs=("tokens", "paragraphs", "lang"), fills=("mentions",))
def mentions(doc: Document, config: Config) -> Document:
    """Find and resolve (against the language's lexicons) all mentions in the article."""
    toks, lang = doc.tokens, doc.lang
    if lang is None:  # the pipeline runs the language stage first: only a direct call gets here
        raise ValueError("the mentions stage needs the document's language (run the language stage first)")
    published = doc.article.published or config.published
    lex = actor_lexicon(lang)
    geo = load_geocoder()
    taken = [False] * len(toks)
    found: list[Mention] = []

    def take(first: int, last: int) -> None:
        for k in range(first, last + 1):
            taken[k] = True

    def free(first: int, last: int) -> bool:
        return not any(taken[first : last + 1])

    for date_hit in find_dates(toks, lang, *date_reading(doc, published)):
        first, last = date_hit.first, date_hit.last
        take(first, last)  # "Sharpeville en 1960" is no count, and a date flagged `background`
        found.append(Mention("date", span_of(doc, first, last), date=date_hit.value, head=head_of(toks, first, last)))

    # "WINNIPEG — Manitoba's ...": the dateline's place, before any lexicon or entity label takes it
    line = dateline_name(doc, published, geo.is_place_name)
    if line is not None and free(*line) and geo.is_place_name(doc.text[toks[line[0]].start : toks[line[1]].end]):
        found.append(Mention("place", span_of(doc, *line), head=head_of(toks, *line)))
        take(*line)

    bodies = Bodies(toks, doc.text, lang, geo.lookup)  # "the Law Society of Kenya" (orgnames.py), with its country
    # "le chef de la diplomatie américaine": an agent's words opening before a name make the agent the actor
    agent_spans = [
        (am.first, am.last)
        for am in lex.agents.scan(toks, use_lemma=True, allow=[not t for t in taken], clause=True)
        if toks[head_of(toks, am.first, am.last)].pos not in ("VERB", "AUX")
    ]
    cues = place_cues(lang)
    in_kind_run = kind_run_tokens(toks, cues, free, geo.is_place_name, doc.text)  # "Nahri Sarraj district"
    for nm in lex.named.scan(toks, allow=[not t for t in taken]):
        if not free(nm.first, nm.last) or lowercase_common(toks, nm.first, nm.last) or nm.first in in_kind_run:
            continue
        if any(first < nm.first <= last < nm.last for first, last in agent_spans):
            continue
        actor = choose_role(nm.values, published)
        if inside_longer_name(toks, nm.first, nm.last, geo.is_place_name) or (
            actor.kind == "country" and bodies.holds(nm.first, nm.last)
        ):
            continue  # "New Mexico", "Mount Isa" (not the ISA): the parser's entity or a gazetteer name takes the whole
        span, head = span_of(doc, nm.first, nm.last), head_of(toks, nm.first, nm.last)
        found.append(Mention("actor", span, actor=actor, head=head))
        if actor.kind == "country":  # "Somalia's capital": the capital's place
            found.append(Mention("place", span_of(doc, nm.first, end := owned_capital(toks, nm.last, cues)), head=head))
        take(nm.first, end if actor.kind == "country" else nm.last)

    for cm in lex.countries.scan(toks, allow=[not t for t in taken]):
        code, span, head = cm.values[0], span_of(doc, cm.first, cm.last), head_of(toks, cm.first, cm.last)
        if (
            not free(cm.first, cm.last)
            or lowercase_common(toks, cm.first, cm.last)
            or inside_longer_name(toks, cm.first, cm.last, geo.is_place_name)
            or bodies.holds(cm.first, cm.last)
            or (norm(span.text) in lex.acronyms and not span.text.isupper())  # "Car bomb": initials in capitals only
        ):
            continue
        found.append(Mention("actor", span, actor=Actor(country_name(code), "country", code, code), head=head))
        found.append(Mention("place", span_of(doc, cm.first, end := owned_capital(toks, cm.last, cues)), head=head))
        take(cm.first, end)

    # "Royal Street", "Alder Hey Children's Hospital", "rue de Rivoli": a named site, before the agents
    # lexicon reads "Hospital" or "School" as an actor and the entity labels call it an organisation
    sites: list[tuple[int, int]] = []
    well_known = partial(well_known_town, geo, lang)
    days = weekday_names(lang)
    is_day, is_demonym = (lambda w: norm(w) in days), (lambda name: norm(name) in lex.demonyms)
    for first, last in find_sites(toks, cues, free, geo.is_place_name, doc.text, well_known, is_day, is_demonym):
        head = head_of(toks, first, last)
        if acting_site(toks, first, last, head, cues):
            continue  # not "Deerpark Road was closed", nor a copula's subject: "The Elm Park Estate is the home of"
        found.append(Mention("place", span_of(doc, first, last), head=head))
        sites.append((first, last))
        take(first, last)
        # "the British Embassy Tokyo": where the site is
        if (town := town_after(toks, last, well_known, doc.text)) is not None and free(*town):
            found.append(Mention("place", span_of(doc, *town), head=head_of(toks, *town)))
            take(*town)

    # "Imam Sahib district", "Let Yet Kone village", "in Imam Sahib": a known name, before "Imam" is a cleric
    known_name = partial(span_test, geo.is_place_name, doc.text, toks)
    spelled = partial(span_test, geo.is_spelled_place_name, doc.text, toks)  # "Chahar Sadda district": Charsada
    for first, last in kinds_and_capitals(toks, cues, free, known_name, is_demonym, spelled, geo.is_place_name):
        found.append(Mention("place", span_of(doc, first, last), head=head_of(toks, first, last)))
        take(first, last)

    def wide_place(text: str, kinds: tuple[str, ...] = ("country", "admin1")) -> bool:  # a country, a sea, a region
        return geo.is_place_name(text) and (p := geo.lookup(text)) is not None and p.precision in kinds

    for am in lex.agents.scan(toks, use_lemma=True, allow=[not t for t in taken], clause=True):
        if not free(am.first, am.last) or inside_longer_name(toks, am.first, am.last, wide_place, geo.is_place_name):
            continue  # nor "Prince" of "Prince Edward Island"
        if toks[head_of(toks, am.first, am.last)].pos in ("VERB", "AUX"):
            continue  # matched on the lemma, a verb is no agent ("outlawed the organisation" is not "outlaw")
        # (an entry's last word is no infinitive's "to": "summoned the ambassador to protest")
        actor, first, last = am.values[0], am.first, am.last - (toks[am.last].pos == "PART" and am.last > am.first)
        # a nationality adjective on the agent, before or after it ("armée syrienne", "Syrian army")
        head = head_of(toks, first, last)
        for j in list(range(last + 1, min(last + 4, len(toks)))) + list(range(first - 1, max(first - 4, -1), -1)):
            if taken[j] or toks[j].sent != toks[first].sent:
                break
            iso3 = lex.demonyms.get(norm(toks[j].text))
            if (
                iso3
                and toks[j].pos in ("ADJ", "PROPN", "NOUN")
                and (toks[j].head == head or toks[j].head in range(first, last + 1))
            ):
                actor = with_country(actor, iso3)
                first, last = min(first, j), max(last, j)
                break
            if toks[j].pos not in ("ADJ", "CCONJ", "PUNCT", "ADV"):
                if j > last:
                    continue
                break
        found.append(Mention("actor", span_of(doc, first, last), actor=actor, head=head))
        take(first, last)

    # a people named by its nationality ("les Russes", "Iraqis protested")
    for k, tok in enumerate(toks):
        if taken[k] or tok.pos not in ("NOUN", "PROPN"):
            continue
        iso3 = lex.demonyms.get(norm(tok.text))
        if iso3 and not inside_longer_name(toks, k, k, partial(wide_place, kinds=("country",))):  # "Indian Ocean"
            found.append(Mention("actor", span_of(doc, k, k), actor=with_country(PEOPLE, iso3), head=k))
            take(k, k)

    meaning = datafiles.entity_kinds(lang)  # what the parser's entity labels mean ("GPE" -> place)
    starts = [t.start for t in toks]
    # known places' tokens: a list continues from them ("in Kunduz and Gardez"), not from others ("Noëline et Ramos")
    placed = {
        k
        for m in found
        if m.kind == "place" and geo.is_place_name(m.span.text)
        for k in range(*token_range(starts, m.span))
    }

    def a_place(first: int, last: int, head: int, labelled: bool = True) -> bool:
        """A capitalised name where places go ("in Kunduz") the gazetteer knows, or `unlisted_place` allows."""
        name_last = strip_kind(toks, first, last, cues)
        if all(any(h in PLACE_KINDS for h in cues.get(norm(t.text))) for t in toks[first : name_last + 1]):
            return False  # "l'Etat de Floride": the kind of place, not its name
        known = geo.is_place_name(doc.text[toks[first].start : toks[name_last].end])
        return (
            is_capitalised(toks, first, name_last, cues)
            and in_place_context(toks, first, last, head, cues, placed.__contains__, region, line)
            and (
                known
                or unlisted_place(toks, first, last, cues, region if first == last or not labelled else None)
                or venue(toks, first, last, cues, lambda a, b: geo.is_place_name(doc.text[toks[a].start : toks[b].end]))
            )
        )

    def region(first: int, last: int) -> bool:
        """The tokens name a first- or second-level division ("Cheshire", "Yorkshire")."""
        text = doc.text[toks[first].start : toks[last].end]
        return geo.is_place_name(text) and any(p.precision in ("admin1", "admin2") for p in geo.candidates(text)[:5])

    def prominent(first: int, last: int) -> bool:
        """The whole span names a country, a region or a city of 100,000 or more."""
        text = doc.text[toks[first].start : toks[last].end]
        if not is_capitalised(toks, first, last) or norm(text) in lex.demonyms or not geo.is_place_name(text):
            return False
        place = geo.lookup(text, lang=lang)
        # a city by its own name only: "Julia" is one of Plovdiv's old names, and more often a woman's
        return place is not None and (
            place.precision in ("country", "admin1")
            or (
                (place.population or 0) >= PROMINENT_POPULATION
                and (place.precision not in ("town", "neighbourhood") or own_name(text, place))
            )
        )

    entities = cut_runs(toks, bodies.runs, cues, known_name)  # "Maple in Dayton": two names
    common = partial(common_word, cues, lex.agents, bodies)  # "Bank", "University", "Ministry"
    bare: list[tuple[int, int]] = []
    unlabelled: list[tuple[int, int]] = []
    # the first and last words of the article's full person names: "Sutton" after "Ashley Sutton" is her
    named_people = full_name_words(toks, [(a, b) for a, b, lab in entities if meaning.get(lab) == "person"])

    def bare_name(first: int, last: int) -> bool:
        """A capitalised name the gazetteer knows, of no nationality, no acronym, no person's name."""
        text = doc.text[toks[first].start : toks[last].end]
        return (
            is_capitalised(toks, first, last)
            and text not in named_people
            and not text.isupper()
            and norm(text) not in lex.demonyms
            and geo.is_place_name(text)
        )

    def known_free(a: int, b: int) -> bool:
        return free(a, b) and geo.is_place_name(doc.text[toks[a].start : toks[b].end])

    for first, last, label in entities:
        if not free(first, last):
            continue
        last = with_kind_word(toks, first, extend_name(toks, first, last, known_free), cues, known_free)
        first, last = ezafe_ends(toks, first, last, cues, known_free)  # "Nad-e Ali", "Baghlan-e Jadid"
        span = span_of(doc, first, last)
        head = head_of(toks, first, last)
        kind = meaning.get(label)
        parts = joined_parts(toks, first, last)
        texts = [doc.text[toks[a].start : toks[b].end] for a, b in parts]
        if len(parts) > 1 and not geo.is_place_name(span.text) and neighbours(texts, geo.candidates):
            for a, b in parts:  # "MLA for Nelson-Creston", "Dallas-Fort Worth": two places, whatever the label
                found.append(Mention("place", span_of(doc, a, b), head=head_of(toks, a, b)))
                placed.update(range(a, b + 1))
            take(first, last)
            continue
        if kind == "organisation" and initials(geo, span.text):
            kind = "acronym"  # "between ANA and the Taliban": a body's initials, no place
        overrule = named_label(kind, toks, first, last, cues, lex.demonyms)  # "vicinity of Suqaylabiyah"
        if overrule and a_place(first, last, head) and span.text not in named_people:
            # a known place where places go beats a label nothing else supports; a word of a full name the
            # article gives a person supports it ("a source close to McGregor" after "Conor McGregor")
            kind = "place"
        elif kind == "organisation" and part_of_place(toks, first, last, cues, prominent, common):
            kind = "place"  # "in the Badia of Deir ez-Zor": a part of a place, which the recogniser calls a body
        elif kind == "organisation" and toks[head].dep not in ACTING and prominent(first, last):
            kind = "place"  # "the cities of Suwon": the small model calls many cities organisations
        elif capitals.place_acting(geo, lang, span.text, named_people, kind):
            kind = "place"  # "Nairobi said": a capital standing for its government; "the Nile provides": a river
        elif kind == "organisation" and venue_name(
            toks, first, last, cues, lambda a, b: bool(places_inside(toks, a, b, cues, prominent))
        ):
            kind = "place"  # "a press conference at Barclays Center": a venue, which no gazetteer lists
        elif kind == "other" and region(first, last) and prominent(first, last):
            kind = "place"  # "the Essex and Herts Air Ambulance": a county the small model calls a people
        elif hit_or_taken(toks, first, head, kind, cues) and bare_name(first, last):
            kind = "place"  # "warplanes struck Saraqeb", "Palmyra was recaptured": a known place hit or taken
        elif kind in ("person", "organisation", "other") and in_a_neighbour(toks, first, last, cues, doc.text, geo):
            kind = "place"  # "shelled Kafr Nabl in Idleb countryside", "Bardere town of Gedo": in a place near it
        elif kind in ("person", "organisation") and with_region(comma_parts(toks, first, last), region):
            kind = "place"  # "Brackvale, Fife": a name and the division it lies in, one entity
        if kind == "place":
            if norm(span.text) in lex.demonyms:
                continue  # "des milliers de Guatémaltèques": people, not a place
            # "Thruxton, Hampshire": a place and the region it lies in, unless the whole is a name
            parts = [(first, last)] if geo.is_place_name(span.text) else comma_parts(toks, first, last)
            for a, b in parts or [(first, last)]:
                found.append(Mention("place", span_of(doc, a, b), head=head_of(toks, a, b)))
                if geo.is_place_name(doc.text[toks[a].start : toks[b].end]):
                    placed.update(range(a, b + 1))
        elif kind is not None:
            kind = "organisation" if kind == "acronym" else kind
            found.append(Mention("actor", span, actor=Actor(span.text, kind), head=head))
            if kind in ("person", "organisation", "other") and bare_name(first, last):  # "a Ringgold woman": NORP
                bare.append((first, last))
        else:
            continue
        take(first, last)

    # proper nouns the recogniser left unlabelled ("KABUL, Oct. 3", "in Lashkargah")
    for first, last in proper_runs(toks, free, cues):
        head = head_of(toks, first, last)
        if norm(toks[first].text) in lex.demonyms and first == last:
            continue
        # a name of several words that is a country, a sea or a region needs no cue ("the Indian Ocean"),
        # nor does a capital of a million people ("Moscow accused Kyiv", which the recogniser left out)
        capital = capitals.big_capital(geo, lang, doc.text[toks[first].start : toks[last].end])
        if (
            a_place(first, last, head, labelled=False)
            or (last > first and prominent(first, last))
            or capital
            or in_a_neighbour(toks, first, last, cues, doc.text, geo)  # "attacked Gwoza and Bama in Borno State"
        ):
            found.append(Mention("place", span_of(doc, first, last), head=head))
            placed.update(range(first, last + 1))
            take(first, last)
        elif bare_name(first, last):
            bare.append((first, last))
        elif last > first:
            unlabelled.append((first, last))  # "the Harrow Boys": a name the recogniser left unlabelled
    # "Valemount is also looking at ...": a known name with no cue, which the geocode stage keeps only
    # near the article's other places (kind `nearby`: context, never an event's place)
    for first, last in bare:
        found.append(Mention("nearby", span_of(doc, first, last), head=head_of(toks, first, last)))
    in_place = {k for m in found if m.kind == "place" for k in range(*token_range(starts, m.span))}
    found += demonym_mentions(doc, in_place, geo.is_place_name)  # "Canadian", "l'armée syrienne": context
    found = with_codes(doc, found + capital_mentions(doc, cues, free), geo)  # "the provincial capital", "Provo, UT"

    # "the Washington Post", "Bank of England": the place a name carries, as context (kind in_name), never an event's
    inside = in_place | {k for m in found if m.kind == "demonym" for k in range(*token_range(starts, m.span))}
    for m in [m for m in found if m.kind == "actor" and m.actor and m.actor.kind not in NOT_NAMED_PLACES]:
        first, last = token_range(starts, m.span)
        if m.actor is not None and m.actor.name in seats():
            # "a White House dinner", "le Kremlin": a building named for its town (`xx/seats.tsv`); a generic
            # institution only named alone ("told Congress", not "the Texas Senate", "Congressman Lewis")
            if seats()[m.actor.name][0] or lone_name(toks, first, last - 1):
                found.append(Mention("in_name", m.span, head=m.head))
            continue
        if (m.actor and m.actor.name) != m.span.text and known_name(first, last - 1) and cued(toks, first, cues):
            found.append(Mention(cued_kind(toks, first, cues), m.span, head=m.head))  # "graduated from West Point"
            continue
        for a, b in places_inside(toks, first, last - 1, cues, prominent, known_name):
            if not inside.intersection(range(a, b + 1)):
                found.append(Mention("in_name", span_of(doc, a, b), head=head_of(toks, a, b)))
    for first, last in unlabelled:
        for a, b in places_inside(toks, first, last, cues, prominent, known_name):
            if not inside.intersection(range(a, b + 1)):
                found.append(Mention("in_name", span_of(doc, a, b), head=head_of(toks, a, b)))
    found = with_towns(doc, found, inside, known_name, partial(plain_name, geo, doc, lex, common, named_people))
    for first, last in bodies.left(free):
        found.append(Mention("in_name", span_of(doc, first, last), head=head_of(toks, first, last)))
        take(first, last)
    for first, last in sites:  # "Belfast Magistrate's Court": Belfast, as context
        for a, b in places_inside(toks, first, last, cues, prominent):
            found.append(Mention("in_name", span_of(doc, a, b), head=head_of(toks, a, b)))

    for number_hit in find_numbers(toks, lang, taken):
        first, last = number_hit.first, number_hit.last
        of, head = counted_noun(toks, first, last)
        if not_a_count(toks, first, last, head if of else None, lang):
            continue  # an age, an address, a unit's number: never a casualty or size count
        found.append(Mention("number", span_of(doc, first, last), quantity=number_hit.quantity, of=of, head=head))

    found = sorted(not_holidays(doc, found, cues), key=lambda mm: (mm.span.start, mm.kind))  # "St. Patrick's Day"
    return dataclasses.replace(doc, mentions=tuple(found))
