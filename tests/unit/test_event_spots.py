"""An event's place told in its own words when they name no place ("in the main market", "sur un petit
village"), at the point the location ladder found (eventmill.events.spots); real parses, tagged fr/en."""

import pytest

import eventmill


def location_of(text, lang, trigger):
    doc = eventmill.extract(text, lang=lang, published="2026-03-04")
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found, f"no event with trigger {trigger!r}: {[e.trigger.text for e in doc.events]}"
    return found[0]


@pytest.mark.parametrize(
    "lang,text,trigger,words,name",
    [
        (
            "en",
            "Tension rose in Belfast on Monday. Later that night, gunmen opened fire in the main market, "
            "wounding four people.",
            "opened fire",
            "main market",
            "Belfast",
        ),
        (
            "en",
            "Tension is high in Mosul. A bomb exploded at a checkpoint on Tuesday, killing two soldiers.",
            "exploded",
            "checkpoint",
            "Mosul",
        ),
        (
            "fr",
            "La tension reste vive au Soudan. Mardi, des avions militaires ont largué des bombes sur un petit "
            "village, tuant six civils.",
            "largué",
            "petit village",
            "Sudan",
        ),
        (
            "fr",
            "Des heurts ont éclaté à Dakar. Le soir, des centaines de jeunes ont manifesté dans les rues.",
            "manifesté",
            "rues",
            "Dakar",
        ),
    ],
)
def test_the_events_own_words_say_where_at_the_point_of_the_place_found(lang, text, trigger, words, name):
    e = location_of(text, lang, trigger)
    assert e.location is not None
    assert e.location.span.text == words
    assert e.location.place is not None and e.location.place.name == name
    # the words point back to the article
    assert text[e.location.span.start : e.location.span.end] == words


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        # a town named in the event's own clause says more than "the market"
        ("en", "Gunmen opened fire in a market in Kandahar, wounding four people.", "opened fire", "Kandahar"),
        ("fr", "Des jeunes ont manifesté dans les rues de Dakar mardi.", "manifesté", "Dakar"),
    ],
)
def test_a_town_of_the_events_own_clause_stays_its_location(lang, text, trigger, expected):
    e = location_of(text, lang, trigger)
    assert e.location is not None and e.location.span.text == expected


@pytest.mark.parametrize(
    "lang,text,trigger",
    [
        # the noun belongs to a participle that tells of something else
        (
            "fr",
            "Une émeute a éclaté à Lyon. La police a arrêté les coupables, filmés par des caméras postées dans les rues.",
            "arrêté",
        ),
        # no locative word before it
        ("en", "Riots broke out in Lyon. The next day, police arrested the owner of the house.", "arrested"),
    ],
)
def test_a_noun_of_place_outside_the_events_own_words_is_no_spot(lang, text, trigger):
    e = location_of(text, lang, trigger)
    assert e.location is None or e.location.span.text in ("Lyon", "Lyon.")


def test_a_spot_with_no_place_to_take_is_not_used():
    # nothing in the article says in which town the market is: "the market" alone is no location
    e = location_of("Gunmen opened fire in the market, wounding four people.", "en", "opened fire")
    assert e.location is None or e.location.span.text != "market"


def test_a_place_named_in_the_spots_own_phrase_gives_its_point():
    # "de Gao" hangs on the base: the protest was at Gao, not somewhere in Mali
    text = "La tension monte au Mali. Dimanche, des milliers de partisans de la junte se sont rassemblés devant la base militaire de Gao."
    e = location_of(text, "fr", "rassemblés")
    assert e.location is not None and e.location.span.text == "base militaire de Gao"
    assert e.location.place is not None and e.location.place.name == "Gao"
    assert e.location_source == "clause"
