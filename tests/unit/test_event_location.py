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
        # a relative clause inside the event's clause shares its place ("... in Kano, where police arrested"):
        # a relative word of place makes it the clause's own (`where` rows of placecues.tsv)
        (
            "en",
            "A bomb exploded near a market on Monday. It was the latest attack in Kano, where police arrested six men.",
            "arrested",
            "Kano",
        ),
    ],
)
def test_a_place_of_the_governing_clause_is_the_clauses_when_where_opens_it(lang, text, trigger, expected):
    assert place_of(text, lang, trigger) == (expected, "clause")


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
            "Airstrikes",
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
    # a district's name is read whole with its kind word, before a lexicon can cut it (`named_kinds.py`)
    assert place_of(text, "en", "killed") == ("Char Dara district", "context")


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


def event_place(text, lang, trigger, published="2026-03-04"):
    """The Place and the source of the first event with this trigger."""
    doc = eventmill.extract(text, lang=lang, published=published)
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found, f"no event with trigger {trigger!r} in {[e.trigger.text for e in doc.events]}"
    return found[0].location, found[0].location_source


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        # two incidents told in one sentence: the place of the event's own trigger, not the other's
        (
            "en",
            "Taliban fighters attacked a checkpoint near Ghazni city on Monday, killing four soldiers, while an "
            "airstrike in Kunduz province killed six militants.",
            "attacked",
            "Ghazni",
        ),
        (
            "fr",
            "Un kamikaze s'est fait exploser près d'une mosquée de Kaboul, tuant dix personnes, tandis que des "
            "talibans ont attaqué un poste à Kunduz.",
            "fait exploser",
            "Kaboul",
        ),
    ],
)
def test_the_events_own_trigger_gives_the_place_before_another_trigger_of_its_sentence(lang, text, trigger, expected):
    place, source = place_of(text, lang, trigger)
    assert (place or "").startswith(expected) and source == "clause"


@pytest.mark.parametrize(
    "lang,text,trigger",
    [
        # "after the bombing": a fact of its own, whose place is not that of the arrests
        (
            "fr",
            "La police a arrêté cinq suspects à Marseille après l'attentat de Nice qui a fait 86 morts.",
            "attentat",
        ),
        (
            "en",
            "Police arrested five suspects in Peshawar on Monday after the bombing that killed 20 people.",
            "bombing",
        ),
        (
            "fr",
            "Des centaines de personnes ont manifesté à Nantes samedi, une semaine après l'explosion qui a tué deux "
            "ouvriers.",
            "explosion",
        ),
    ],
)
def test_an_event_named_as_the_circumstance_of_another_does_not_take_that_ones_place(lang, text, trigger):
    _, source = place_of(text, lang, trigger)
    assert source not in ("clause", "sentence")


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        # the clause names the province, a later report of the same attack names the district: the district
        (
            "en",
            "KABUL, Afghanistan (AP) — Taliban insurgents attacked a police checkpoint in southern Helmand province "
            "overnight, killing seven policemen, an official said Monday.\n\nOmar Zwak, spokesman for the provincial "
            "governor, said the attack took place in Gereshk district.",
            "attacked",
            ("Gereshk", "linked"),
        ),
        (
            "fr",
            "KABOUL (AFP) - Des talibans ont attaqué un poste de police dans la province de Helmand dans la nuit de "
            "dimanche à lundi, tuant sept policiers, a indiqué un responsable.\n\nL'attaque a eu lieu dans le "
            "district de Gereshk, a précisé le porte-parole du gouverneur.",
            "attaqué",
            ("district de Gereshk", "linked"),
        ),
    ],
)
def test_a_province_gives_way_to_a_place_inside_it_that_a_report_of_the_same_event_names(lang, text, trigger, expected):
    assert place_of(text, lang, trigger) == expected


@pytest.mark.parametrize(
    "lang,text,province",
    [
        # ACLED's "in X area of Y district, Z province": a village the gazetteer puts in another province
        # gives way to the district or province the sentence names for it
        (
            "en",
            "On 8 July 2019, Taliban militants attacked ANDSF checkpoints in Sayad area of Char Dara district, "
            "Kunduz province, killing 3 soldiers.",
            "Kunduz province",
        ),
        (
            "en",
            "On 3 May 2019, Taliban militants attacked ANDSF positions in Dand-e-Ghori area of Pul-e-Khumri district, "
            "Baghlan province. Three soldiers were killed.",
            "Baghlan province",
        ),
        (
            "fr",
            "Le 8 juillet 2019, des talibans ont attaqué des postes de l'armée dans le village de Sayad, district de "
            "Char Dara, province de Kunduz, tuant trois soldats.",
            "Kunduz",
        ),
    ],
)
def test_the_events_place_lies_in_the_province_its_sentence_names(lang, text, province):
    doc = eventmill.extract(text, lang=lang, published="2019-07-10")
    (region,) = [m.place for m in doc.mentions if m.kind == "place" and m.span.text == province]
    assert doc.events
    for e in doc.events:
        assert e.location and e.location.place, e
        assert e.location.place.country == region.country and e.location.place.admin1 == region.admin1, e.location


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        # a list of places is no place and the province it lies in
        ("en", "The army said it killed 30 insurgents in Kunduz, Baghlan and Takhar provinces.", "killed", "Kunduz"),
        ("fr", "L'armée a tué 30 insurgés à Kunduz, Baghlan et Takhar, selon un communiqué.", "tué", "Kunduz"),
    ],
)
def test_the_next_place_of_a_list_is_not_where_the_first_lies(lang, text, trigger, expected):
    assert place_of(text, lang, trigger) == (expected, "clause")


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        # "Kandahar's Arghandab district": the possessive says where the district lies, not the event
        (
            "en",
            "Two policemen were killed when gunmen attacked their checkpoint in Kandahar's Arghandab district.",
            "killed",
            "Arghandab",
        ),
        (
            "en",
            "Militants attacked a police post in Ghazni's Andar district on Monday, killing three.",
            "attacked",
            "Andar",
        ),
    ],
)
def test_a_place_that_owns_another_is_not_the_events_place(lang, text, trigger, expected):
    assert place_of(text, lang, trigger) == (expected, "clause")
