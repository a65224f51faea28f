"""An event's place, read along the ladder clause, sentence, linked report, context, dateline, focus
(eventmill.events.location), with the rung that gave it; real parses, tagged fr/en."""

import json

import pytest

import eventmill


def located(text, lang):
    """(trigger, place text, source) of every event, in the order of the text."""
    doc = eventmill.extract(text, lang=lang, published="2026-03-04")
    return [(e.trigger.text, e.location.span.text if e.location else None, e.location_source) for e in doc.events]


def place_of(text, lang, trigger):
    found = [(place, source) for trig, place, source in located(text, lang) if trig == trigger]
    assert found, f"no event with trigger {trigger!r} in {located(text, lang)}"
    return found[0]


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        # the clause beats the rest of the sentence, and a subordinate clause's place is its own event's
        ("en", "Police arrested three men in Lyon after a bomb exploded in Marseille.", "arrested", "Lyon"),
        ("en", "Police arrested three men in Lyon after a bomb exploded in Marseille.", "exploded", "Marseille"),
        ("fr", "La police a arrêté trois hommes à Lyon après l'explosion d'une bombe à Marseille.", "arrêté", "Lyon"),
        # a noun trigger's own phrase first: the explosion's place, not the arrest's
        (
            "fr",
            "La police a arrêté trois hommes à Lyon après l'explosion d'une bombe à Marseille.",
            "explosion",
            "Marseille",
        ),
        ("en", "Soldiers killed five militants in Kandahar, while protesters rallied in Kabul.", "killed", "Kandahar"),
        ("en", "Soldiers killed five militants in Kandahar, while protesters rallied in Kabul.", "rallied", "Kabul"),
    ],
)
def test_the_clause_gives_the_place_and_another_events_place_is_not_taken(lang, text, trigger, expected):
    assert place_of(text, lang, trigger) == (expected, "clause")


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        # a relative clause inside the event's clause shares its place ("... in Kano, where police arrested")
        (
            "en",
            "A bomb exploded near a market on Monday. It was the latest attack in Kano, where police arrested six men.",
            "arrested",
            "Kano",
        ),
    ],
)
def test_a_place_of_the_governing_clause_is_the_sentences(lang, text, trigger, expected):
    assert place_of(text, lang, trigger) == (expected, "sentence")


@pytest.mark.parametrize(
    "lang,text",
    [
        (
            "en",
            "Gunmen attacked a police post on Monday, killing two officers. The attack took place in Gardez, officials said.",
        ),
        (
            "en",
            "Gunmen attacked a police post on Monday, killing two officers. The attack in Gardez was the third this month.",
        ),
        (
            "fr",
            "Des hommes armés ont attaqué un poste de police lundi, tuant deux agents. L'attaque a eu lieu à Gardez.",
        ),
    ],
)
def test_a_linked_report_of_the_same_incident_gives_the_place(lang, text):
    events = located(text, lang)
    assert len(events) == 1
    assert events[0][1:] == ("Gardez", "linked")


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "KABUL, March 3 (Reuters) - Gunmen attacked a police post on Tuesday, killing two officers.", "KABUL"),
        ("en", "KANDAHAR (Reuters) - Gunmen attacked a police post on Tuesday, killing two officers.", "KANDAHAR"),
        ("fr", "ALEP (Syrie), 9 avril 2016 (AFP) - Des tirs d'obus ont tué six civils jeudi.", "ALEP"),
    ],
)
def test_an_event_with_no_place_of_its_own_takes_the_datelines(lang, text, expected):
    (trigger, place, source), *_ = located(text, lang)
    assert (place, source) == (expected, "dateline")


def test_the_dateline_is_not_a_place_of_the_first_sentence():
    # "(Syrie)" in the dateline is the dateline's, not a place the sentence names
    (_, place, source), *_ = located(
        "ALEP (Syrie), 9 avril 2016 (AFP) - Des tirs d'obus ont tué six civils jeudi.", "fr"
    )
    assert source == "dateline" and place == "ALEP"


def test_an_event_told_far_from_any_place_falls_back_on_the_articles_focus():
    text = (
        "Des milliers de personnes ont manifesté à Rouen samedi. Les manifestants ont défilé à Rouen jusqu'à "
        "la préfecture.\n\nLe ministre a parlé d'une journée calme.\n\nLe temps était froid.\n\n"
        "Les commerces étaient fermés.\n\nSelon un témoin, des jeunes ont ensuite incendié plusieurs voitures."
    )
    burnt = [e for e in located(text, "fr") if e[0] == "incendié"]
    assert burnt and burnt[0][1:] == ("Rouen", "focus")


@pytest.mark.parametrize(
    "lang,text,trigger",
    [
        (
            "en",
            "Thousands of people marched in Kano on Monday. Hours later, soldiers shot dead two students.",
            "shot dead",
        ),
        (
            "en",
            "A bomb exploded at a market in Kano on Monday. Hours later, gunmen shot dead two police officers.",
            "shot dead",
        ),
        (
            "fr",
            "Une bombe a explosé sur un marché de Kano lundi. Quelques heures plus tard, des hommes armés ont abattu "
            "deux policiers.",
            "abattu",
        ),
    ],
)
def test_an_event_in_the_sentence_after_a_place_takes_it_as_context(lang, text, trigger):
    assert place_of(text, lang, trigger) == ("Kano", "context")


def test_a_statement_takes_no_focus():
    # a statement is made where its speaker is, seldom where the article's incidents are
    text = (
        "Gunmen attacked a village near Kano on Monday. Gunmen attacked Kano again on Tuesday.\n\n"
        "The weather was cold.\n\nThe United Nations accused the government of failing to protect civilians."
    )
    assert place_of(text, "en", "accused") == (None, "")


def test_the_json_says_where_the_location_came_from():
    doc = eventmill.extract("Police arrested three men in Lyon on Monday.", lang="en", published="2026-03-04")
    out = json.loads(json.dumps(doc.to_dict()))
    assert out["events"][0]["location"]["text"] == "Lyon"
    assert out["events"][0]["location_source"] == "clause"


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        # a report filed from Beirut about Syria: the event is where the article's places are
        (
            "en",
            "BEIRUT (AP) — Airstrikes killed at least 20 people on Saturday, activists said.\n\n"
            "The town of Maaret al-Numan in Idlib province has been held by rebels since 2015.",
            "killed",
            ("Maaret al-Numan", "focus"),
        ),
        # a dateline in the country the article tells of stays the event's place
        (
            "en",
            "KABUL (Reuters) — Gunmen killed five police officers on Saturday, officials said.\n\n"
            "Officials in Kandahar said the gunmen escaped.",
            "killed",
            ("KABUL", "dateline"),
        ),
    ],
)
def test_a_dateline_abroad_gives_way_to_the_articles_own_places(lang, text, trigger, expected):
    assert place_of(text, lang, trigger) == expected


def test_the_context_gives_the_most_specific_place_of_the_last_sentence_naming_one():
    text = (
        "On 10 March 2019, Taliban militants attacked an ANA checkpoint in Char Dara district, Kunduz province. "
        "Four soldiers were killed."
    )
    assert place_of(text, "en", "killed") == ("Char Dara", "context")


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        # a place the event took as a party is still where it happened after a locative word, even
        # with words between ("in south Serbia"): it beats a place in another use ("a US national")
        (
            "en",
            "Ethnic Albanians in south Serbia are demanding a U.N. military presence to prevent a Bosnia-style war.",
            "demanding",
            ("Serbia", "clause"),
        ),
        (
            "en",
            "A US national has been put under investigation in Italy for her role in rioting last month.",
            "investigation",
            ("Italy", "clause"),
        ),
    ],
)
def test_a_party_after_a_locative_word_is_a_place_of_the_clause(lang, text, trigger, expected):
    assert place_of(text, lang, trigger) == expected
