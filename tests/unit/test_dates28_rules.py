"""Event dates written for branch dates28 (sentences of our own, en and fr): a day of the month with no month
after an article ("attaqué le 12"), a range of weekdays told in the past on the day it would start ("shelled
the towns between Monday and Wednesday" published on a Monday), a date of the event's own noun under a claim
("a revendiqué mercredi l'attentat de lundi"), the date of an older incident's noun ("a year after the March
2023 massacre, gunmen killed nine on Saturday": two incidents, the day's dated Saturday), "dans la nuit" / "during the night" with no day named, and an
attack verb spelled like a storm ("stormed a wedding hall and opened fire") that no longer makes the
shooting beside it an accident. Each failed on main."""

import pytest

import eventmill
from eventmill.models import Token
from eventmill.stages.mentions.dates import find_dates


def first_day(text, lang, published):
    doc = eventmill.extract(text, lang=lang, published=published)
    events = [e for e in doc.events if not e.negated]
    assert events, text
    ev = events[0]
    return ev.date.date.value if ev.date is not None and ev.date.date is not None else None


@pytest.mark.parametrize(
    ("lang", "published", "text", "day"),
    [
        # fr: a bare day after an article, the last such day up to publication (this month or the one before)
        (
            "fr",
            "2024-03-18",
            "Des jihadistes ont attaqué le 12 un convoi de ravitaillement près de Djibo, tuant vingt civils.",
            "2024-03-12",
        ),
        (
            "fr",
            "2025-06-03",
            "Des combattants ont attaqué le 31 une position de l'armée près de Djibo, faisant dix morts.",
            "2025-05-31",
        ),
        # a range told in the past on the weekday it would start: last week's
        (
            "en",
            "2024-03-18",
            "Government forces shelled the towns of Kafr Nabl and Hass between Monday and Wednesday, killing six "
            "civilians, rescue workers said.",
            "2024-03-11",
        ),
        (
            "fr",
            "2024-03-18",
            "Les forces gouvernementales ont bombardé entre lundi et mercredi les localités de Kafr Nabl et Hass, "
            "tuant six civils.",
            "2024-03-11",
        ),
        # the attack's own day, not the claim's
        (
            "fr",
            "2023-11-09",
            "Le groupe Etat islamique a revendiqué mercredi l'attentat de lundi contre une mosquée chiite de Kunduz.",
            "2023-11-06",
        ),
        # the night before the dateline's day
        (
            "fr",
            None,
            "GAZA (Territoires palestiniens), 8 novembre 2023 (AFP) - Une frappe israélienne a touché une maison de "
            "Khan Younès dans la nuit, faisant 12 morts, selon le ministère de la Santé.",
            "2023-11-07",
        ),
        (
            "en",
            "2024-03-16",
            "Israeli jets struck positions near Damascus during the night, killing three soldiers, the army said.",
            "2024-03-15",
        ),
        # an older incident's date inside its noun's phrase is that noun's, not the day's killing's
        (
            "en",
            "2024-03-18",
            "Exactly a year after the March 2023 massacre in Kadiogo, gunmen killed nine villagers in the same area "
            "on Saturday.",
            "2024-03-16",
        ),
        (
            "fr",
            "2024-03-18",
            "Un an jour pour jour après le massacre de mars 2023, des hommes armés ont tué samedi neuf villageois "
            "dans la même zone.",
            "2024-03-16",
        ),
        # "stormed" is no storm
        (
            "en",
            "2025-06-03",
            "Armed men stormed a wedding hall in the town of Sanamayn on Friday night and opened fire on guests, "
            "killing two, activists said.",
            "2025-05-30",
        ),
    ],
)
def test_event_day(lang, published, text, day):
    assert first_day(text, lang, published) == day


def _toks(words, pos):
    out, at = [], 0
    for i, (w, p) in enumerate(zip(words, pos, strict=True)):
        out.append(Token(i, at, at + len(w), w, w.lower(), p, "dep", i))
        at += len(w) + 1
    return out


@pytest.mark.parametrize(
    ("words", "pos", "want"),
    [
        (["attaqué", "le", "12", "un", "convoi"], ["VERB", "DET", "NUM", "DET", "NOUN"], ["2024-03-12"]),
        # a number that numbers a noun is no day, nor one past the month's last day
        (["le", "12", "régiment"], ["DET", "NUM", "NOUN"], []),
        (["le", "42", "."], ["DET", "NUM", "PUNCT"], []),
        # the month still comes with its day
        (["le", "12", "mars"], ["DET", "NUM", "NOUN"], ["2024-03-12"]),
    ],
)
def test_a_bare_day_after_le_is_a_day_of_the_month(words, pos, want):
    hits = find_dates(_toks(words, pos), "fr", "2024-03-18")
    assert [h.value.value for h in hits] == want


def test_english_keeps_needing_the_ordinal_ending():
    toks = _toks(["attacked", "the", "12", "posts"], ["VERB", "DET", "NUM", "NOUN"])
    assert find_dates(toks, "en", "2024-03-18") == []
    toks = _toks(["attacked", "the", "12", ","], ["VERB", "DET", "NUM", "PUNCT"])
    assert find_dates(toks, "en", "2024-03-18") == []


def test_a_range_of_weekdays_with_no_publication_date_keeps_no_value():
    """With no publication date a range of weekdays has no day, and coding goes on (it once raised)."""
    doc = eventmill.extract(
        "Fighting raged between Monday and Tuesday in Aleppo, where shells killed four civilians.", lang="en"
    )
    assert not doc.problems
    assert [e.date.date.value for e in doc.events if e.date is not None and e.date.date is not None] == [None]
