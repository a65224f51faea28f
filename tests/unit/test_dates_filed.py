"""When a report happened and was filed, from its own words (tagged en/fr): weekdays and relative days count
from the day a dateline says the story was filed when that is before the publication date given; an
ordinal day with no month ("on the 3rd") is the last such day; a clause on an event's noun that tells its
act dates it ("a bombing that killed 14 on Monday"); a dateline with no year takes a copyright notice's
year; an all-digit date that could read either way ("12/03/2024") reads as the article writes dates."""

import pytest

import eventmill
from eventmill.datelines import find_published

PUBLISHED = "2024-03-14"  # a Thursday


def first_date(text, lang, published=PUBLISHED):
    doc = eventmill.extract(text, lang=lang, published=published)
    ev = doc.events[0]
    return ev.date.date.value if ev.date is not None and ev.date.date is not None else None


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # filed on Friday March 8: "Tuesday" is March 5, not the Tuesday before the page's date
        (
            "en",
            "MOSUL, March 8 (Reuters) - Gunmen killed four soldiers at a checkpoint on Tuesday, police said.",
            "2024-03-05",
        ),
        (
            "en",
            "HAMA, March 12 (Xinhua) -- Rebels shelled a village near Hama yesterday, killing a child.",
            "2024-03-11",
        ),
        ("fr", "NIAMEY, 8 mars (AFP) - Des jihadistes ont tué mardi dix soldats près de Tillabéri.", "2024-03-05"),
        ("fr", "BAGDAD, 12 mars (AFP) - Une bombe a tué hier trois policiers à Kirkouk.", "2024-03-11"),
        # a dateline of the publication day or after it, or years before it (an archive's story), changes nothing
        (
            "en",
            "MOSUL, March 8, 2016 (Reuters) - Gunmen killed four soldiers at a checkpoint on Tuesday.",
            "2024-03-12",
        ),
        (
            "en",
            "MOSUL, March 14 (Reuters) - Gunmen killed four soldiers at a checkpoint on Tuesday, police said.",
            "2024-03-12",
        ),
    ],
)
def test_weekdays_count_from_the_day_the_dateline_says_the_story_was_filed(lang, text, expected):
    assert first_date(text, lang) == expected


def test_a_dateline_with_no_year_filed_before_new_year_is_of_the_year_before():
    text = "MOSUL, Dec. 30 (Reuters) - Gunmen killed four soldiers at a checkpoint yesterday, police said."
    assert first_date(text, "en", published="2025-01-03") == "2024-12-29"


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "Houthi fighters shelled residential areas of Taiz on the 3rd, killing a child.", "2024-03-03"),
        ("en", "Militants attacked a gold mine near Djibo on the 21st, killing 20 miners.", "2024-02-21"),
    ],
)
def test_an_ordinal_day_alone_is_the_last_such_day(lang, text, expected):
    assert first_date(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Fighting raged around Avdiivka for the 3rd day, officials said."),
        ("en", "Soldiers of the 42nd Brigade shelled Russian positions near Bakhmut."),
    ],
)
def test_an_ordinal_that_numbers_a_noun_is_no_day(lang, text):
    doc = eventmill.extract(text, lang=lang, published=PUBLISHED)
    assert not [m for m in doc.mentions if m.kind == "date" and m.span.text[:1].isdigit()]


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        (
            "en",
            "Islamic State claimed responsibility on Wednesday for a bombing that killed 14 people in Kirkuk on Monday.",
            "bombing",
            "2024-03-11",
        ),
        (
            "fr",
            "L'EI a revendiqué mercredi un attentat qui a tué 14 personnes lundi à Kirkouk.",
            "attentat",
            "2024-03-11",
        ),
    ],
)
def test_the_clause_telling_an_event_nouns_act_dates_it(lang, text, trigger, expected):
    doc = eventmill.extract(text, lang=lang, published=PUBLISHED)
    ev = next(e for e in doc.events if e.trigger.text == trigger)
    assert ev.date is not None and ev.date.date is not None and ev.date.date.value == expected


def published(text, lang="en"):
    paragraphs, start = [], 0
    for part in text.split("\n\n"):
        paragraphs.append(eventmill.models.Span(start, start + len(part), part))
        start += len(part) + 2
    found = find_published(text, paragraphs, lang)
    return found.date if found else None


BODY = "Gunmen killed 12 people in an attack on a village on Monday, police said."


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "en",
            f"LAGOS, Nigeria, March 12 (Reuters) - {BODY}\n\n© 2024 Thomson Reuters. All rights reserved.",
            "2024-03-12",
        ),
        ("en", f"LAGOS, Nigeria, March 12 (Reuters) - {BODY}\n\n(c) Copyright Thomson Reuters 2023.", "2023-03-12"),
        ("fr", "BAMAKO, 12 mars (AFP) - Des hommes armés ont tué douze civils lundi.\n\n© 2024 AFP", "2024-03-12"),
        # no year anywhere: no date
        ("en", f"LAGOS, Nigeria, March 12 (Reuters) - {BODY}", None),
    ],
)
def test_a_dateline_with_no_year_takes_a_copyright_notices_year(lang, text, expected):
    assert published(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # British and other English-language media write the day first
        ("en", f"Published 12/03/2024\n\nLONDON (Reuters) - {BODY}", "2024-03-12"),
        ("en", f"Published 12/03/2024\n\nDAMASCUS (SANA) - {BODY}", "2024-03-12"),
        ("en", f"Published 05/04/2024\n\nLAGOS, Nigeria (Reuters) - {BODY}", "2024-04-05"),
        # an American agency, state or city: month first
        ("en", f"Published 12/03/2024\n\nNEW YORK (AP) - {BODY}", "2024-12-03"),
        ("en", f"Published 12/03/2024\n\nBAGHDAD (AP) - {BODY}", "2024-12-03"),
        ("en", f"Published 05/04/2024\n\nSTILLWATER, Okla. - {BODY}", "2024-05-04"),
        # the article's own dates that read one way only decide first
        ("en", f"Published 12/03/2024\n\nNEW YORK (AP) - {BODY} It was filed on 25/02/2024.", "2024-03-12"),
        # no dateline: the language's order (English: month first); French always day first
        ("en", f"Published 12/03/2024\n\n{BODY}", "2024-12-03"),
        ("fr", "Publié le 12/03/2024\n\nNEW YORK (AP) - Des hommes armés ont tué douze civils lundi.", "2024-03-12"),
    ],
)
def test_an_all_digit_date_reads_as_the_article_writes_dates(lang, text, expected):
    assert published(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("en", "DAMASCUS (SANA) - Terrorists fired rockets at Aleppo city on 04/03/2024, injuring five.", "2024-03-04"),
        ("en", "NEW YORK (AP) - Police arrested 12 protesters outside city hall on 04/03/2024.", "2024-04-03"),
        # nothing says: only the year
        ("en", "Police arrested 12 protesters outside city hall on 04/03/2024.", "2024"),
    ],
)
def test_an_all_digit_date_in_the_text_reads_as_the_dateline_says(lang, text, expected):
    doc = eventmill.extract(text, lang=lang, published="2024-12-14")
    assert [m.date.value for m in doc.mentions if m.kind == "date"] == [expected]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "en",
            "The army said on Wednesday it had killed 10 militants in an operation carried out on Monday.",
            "2024-03-11",
        ),
        (
            "fr",
            "L'armée a annoncé mercredi avoir tué dix jihadistes lors d'une opération menée lundi près de Ménaka.",
            "2024-03-11",
        ),
    ],
)
def test_a_participle_on_the_events_circumstance_dates_it(lang, text, expected):
    assert first_date(text, lang) == expected
