"""Dates relative to the publication date in days, weeks, months and years, read from real parses (tagged fr/en)."""

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eventmill
from eventmill.models import Token
from eventmill.stages.mentions.dates import find_dates
from eventmill.writers.acled import acled_row

PUBLISHED = "2016-04-13"  # a Wednesday: its week starts on Monday 2016-04-11


def dates(text, lang, published=PUBLISHED):
    doc = eventmill.extract(text, lang=lang, published=published)
    return [(m.span.text, m.date.value, m.date.precision) for m in doc.mentions if m.kind == "date"]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("fr", "La semaine dernière, l'armée a bombardé Alep.", ("La semaine dernière", "2016-04-04", "week")),
        ("fr", "Des tirs ont visé Homs la semaine passée.", ("la semaine passée", "2016-04-04", "week")),
        (
            "fr",
            "Cette semaine, la police a arrêté douze manifestants à Paris.",
            ("Cette semaine", "2016-04-11", "week"),
        ),
        (
            "fr",
            "Des négociations auront lieu la semaine prochaine à Genève.",
            ("la semaine prochaine", "2016-04-18", "week"),
        ),
        ("fr", "Le mois dernier, six civils ont été tués à Alep.", ("Le mois dernier", "2016-03", "month")),
        ("fr", "Ce mois-ci, la police a arrêté des militants à Lyon.", ("Ce mois-ci", "2016-04", "month")),
        ("fr", "Les combats ont repris à la fin du mois dernier.", ("mois dernier", "2016-03", "month")),
        ("fr", "L'an dernier, des rebelles ont attaqué Idleb.", ("L'an dernier", "2015", "year")),
        ("fr", "L'année dernière, l'armée a repris Palmyre.", ("L'année dernière", "2015", "year")),
        ("fr", "Cette année, plus de 200 civils ont été tués.", ("Cette année", "2016", "year")),
        ("fr", "Il y a deux semaines, l'armée a bombardé Idleb.", ("Il y a deux semaines", "2016-03-30", "week")),
        ("fr", "Il y a 3 jours, des tirs ont visé Homs.", ("Il y a 3 jours", "2016-04-10", "day")),
        ("fr", "Il y a un an, la police a arrêté des militants.", ("Il y a un an", "2015", "year")),
        ("en", "Last week, soldiers killed five civilians in Aleppo.", ("Last week", "2016-04-04", "week")),
        ("en", "Police arrested 20 protesters in London this week.", ("this week", "2016-04-11", "week")),
        ("en", "Earlier this month, rebels attacked Idlib.", ("Earlier this month", "2016-04", "month")),
        ("en", "Last month, the army shelled Homs.", ("Last month", "2016-03", "month")),
        ("en", "Last year, protesters marched in Cairo.", ("Last year", "2015", "year")),
        ("en", "Earlier this year, troops entered Mosul.", ("Earlier this year", "2016", "year")),
        ("en", "Two weeks ago, gunmen attacked a market in Kano.", ("Two weeks ago", "2016-03-30", "week")),
        ("en", "Police fired on a crowd in Dhaka 10 days ago.", ("10 days ago", "2016-04-03", "day")),
        ("en", "Three years ago, the army attacked Idlib.", ("Three years ago", "2013", "year")),
        # counted weeks are days a week apart, not that week's Monday
        ("en", "A week ago, militiamen burned a school in Bunia.", ("A week ago", "2016-04-06", "week")),
        (
            "fr",
            "Il y a une semaine, des miliciens ont incendié une école à Bunia.",
            ("Il y a une semaine", "2016-04-06", "week"),
        ),
        # the night before the publication day
        ("en", "Rebels shelled the airport in Taiz overnight, residents said.", ("overnight", "2016-04-12", "day")),
    ],
)
def test_relative_phrase_resolves_against_the_publication_date(lang, text, expected):
    assert expected in dates(text, lang)


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("fr", "La semaine dernière, l'armée a bombardé Alep.", ("La semaine dernière", None, "week")),
        ("fr", "L'an dernier, des rebelles ont attaqué Idleb.", ("L'an dernier", None, "year")),
        ("fr", "Il y a deux semaines, l'armée a bombardé Idleb.", ("Il y a deux semaines", None, "week")),
        ("en", "Last week, soldiers killed five civilians in Aleppo.", ("Last week", None, "week")),
        ("en", "Last month, the army shelled Homs.", ("Last month", None, "month")),
    ],
)
def test_relative_phrase_keeps_its_text_and_no_value_without_a_publication_date(lang, text, expected):
    assert expected in dates(text, lang, published=None)


@pytest.mark.parametrize(
    "lang,text,published,expected",
    [
        ("en", "Last month, the army shelled Homs.", "2016-01-05", ("Last month", "2015-12", "month")),
        (
            "en",
            "Last week, soldiers killed five civilians in Aleppo.",
            "2016-01-03",
            ("Last week", "2015-12-21", "week"),
        ),
        (
            "fr",
            "La semaine prochaine, les rebelles quitteront Alep.",
            "2016-12-28",
            ("La semaine prochaine", "2017-01-02", "week"),
        ),
    ],
)
def test_relative_phrase_crosses_month_and_year_ends(lang, text, published, expected):
    assert expected in dates(text, lang, published)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Ce jour-là, l'armée a bombardé Alep."),  # the day the article already named
        ("fr", "Cette année-là, des rebelles ont attaqué Idleb."),
        ("fr", "Il y a quelques jours, des tirs ont visé Homs."),  # a vague number is not guessed
        ("en", "In the last week of May, troops entered Mosul."),
    ],
)
def test_phrases_that_are_not_publication_relative_get_no_date(lang, text):
    assert dates(text, lang) == []


def test_the_event_takes_the_relative_date_of_its_sentence():
    fr = eventmill.extract("La semaine dernière, l'armée a bombardé Alep.", lang="fr", published=PUBLISHED)
    en = eventmill.extract("Last month, soldiers killed five civilians in Aleppo.", lang="en", published=PUBLISHED)
    assert fr.events[0].date.date.value == "2016-04-04" and fr.events[0].date.date.precision == "week"
    assert en.events[0].date.date.value == "2016-03" and en.events[0].date.date.precision == "month"


@pytest.mark.parametrize("precision,expected", [("day", 1), ("week", 2), ("month", 3), ("year", 3), ("decade", 3)])
def test_acled_time_precision_reads_a_week_as_2_and_anything_coarser_as_3(precision, expected):
    row = dict(
        negated=False,
        hypothetical=False,
        future=False,
        type="ASSAULT",
        modes=[],
        actor2_kind="civilians",
        event_date=dt.date(2016, 4, 4),
        date_precision=precision,
        date=dt.date(2016, 4, 4),
        article_id="a",
        event_no=1,
        actor1="Military",
        actor2="Civilians",
        country="SY",
        admin1="",
        location="Aleppo",
        latitude=36.2,
        longitude=37.16,
        geo_precision="town",
        outlet="",
        url="",
        evidence="",
        dead=5,
    )
    assert acled_row(row)["time_precision"] == expected


DATE_BITS = st.sampled_from(
    [
        "il",
        "y",
        "a",
        "n",
        "2",
        "deux",
        "999999999",
        "semaines",
        "ans",
        "mois",
        "-",
        "ci",
        "-là",
        "ce",
        "cette",
        "année",
        ",",
        "last",
        "week",
        "ago",
        "years",
        "of",
        "hier",
        "jeudi",
    ]
)


def tokens_of(text):
    return [
        Token(i, m.start(), m.end(), m.group(), m.group(), "X", "dep", i, sent=text.count(".", 0, m.start()))
        for i, m in enumerate(re.finditer(r"\w+|[^\w\s]", text))
    ]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(DATE_BITS | st.text(max_size=4), max_size=30).map(" ".join),
    st.sampled_from(["fr", "en"]),
    st.none() | st.dates().map(dt.date.isoformat),
)
def test_find_dates_never_raises_and_stays_inside_the_tokens(text, lang, published):
    toks = tokens_of(text)
    for hit in find_dates(toks, lang, published):
        assert 0 <= hit.first <= hit.last < len(toks)
        assert hit.value.precision in ("day", "week", "month", "year")


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_a_publication_date_at_the_calendars_ends_gives_no_overflow(published):
    for text in ("jeudi", "le 3 mars", "hier", "la semaine dernière"):
        for hit in find_dates(tokens_of(text), "fr", published):
            assert hit.value.precision in ("day", "week", "month", "year")


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # a month named alone is the last such month up to the publication's
        ("fr", "Des manifestants ont bloqué le port en mars.", [("mars", "2016-03", "month")]),
        ("fr", "Des manifestants ont bloqué le port en décembre.", [("décembre", "2015-12", "month")]),
        ("en", "In April, protesters blocked the port.", [("April", "2016-04", "month")]),
        ("en", "Protesters blocked the port in December.", [("December", "2015-12", "month")]),
        # a modal or a verb spelled like a month is none
        ("en", "Protesters may march on the port.", []),
        ("en", "Protesters plan to march on the port.", []),
    ],
)
def test_a_month_named_alone_is_the_last_such_month(lang, text, expected):
    assert dates(text, lang) == expected


def test_a_month_named_alone_has_no_value_without_a_publication_date():
    doc = eventmill.extract("Des manifestants ont bloqué le port en mars.", lang="fr")
    assert [(m.span.text, m.date.value, m.date.precision) for m in doc.mentions if m.kind == "date"] == [
        ("mars", None, "month")
    ]


@pytest.mark.parametrize(
    "lang,text,published,expected",
    [
        # the weekend: its Saturday, the latest one up to publication (a Monday, a Saturday, a Sunday)
        ("en", "Gunmen killed six farmers over the weekend.", "2019-03-11", ("the weekend", "2019-03-09", "day")),
        ("en", "Gunmen killed six farmers over the weekend.", "2019-03-10", ("the weekend", "2019-03-09", "day")),
        ("en", "Gunmen killed six farmers last weekend.", "2019-03-10", ("last weekend", "2019-03-02", "day")),
        ("en", "Gunmen killed six farmers last weekend.", "2019-03-13", ("last weekend", "2019-03-09", "day")),
        ("fr", "Des hommes armés ont tué six civils ce week-end.", "2019-03-11", ("ce week-end", "2019-03-09", "day")),
        (
            "fr",
            "Des hommes armés ont tué six civils le week-end dernier.",
            "2019-03-09",
            ("le week-end dernier", "2019-03-02", "day"),
        ),
        # a part of a month is the month, the last such up to publication
        ("en", "Troops killed 11 militants in late March.", "2019-04-08", ("late March", "2019-03", "month")),
        ("en", "Troops killed 11 militants in mid-March.", "2019-04-08", ("mid-March", "2019-03", "month")),
        ("en", "Troops killed 11 militants in early December.", "2019-04-08", ("early December", "2018-12", "month")),
        ("fr", "Les forces ont tué onze jihadistes fin mars.", "2019-04-08", ("fin mars", "2019-03", "month")),
        ("fr", "Les forces ont tué onze jihadistes mi-mars.", "2019-04-08", ("mi-mars", "2019-03", "month")),
        ("fr", "Les forces ont tué onze jihadistes début avril.", "2019-04-08", ("début avril", "2019-04", "month")),
    ],
)
def test_a_weekend_is_its_saturday_and_a_part_of_a_month_is_the_month(lang, text, published, expected):
    assert dates(text, lang, published) == [expected]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # a sequel counts from the last day named before it, not from publication
        (
            "en",
            "Jets bombed a market in Idlib on March 10. The next day, rebels shelled a school.",
            [("March 10", "2019-03-10"), ("The next day", "2019-03-11")],
        ),
        (
            "en",
            "On Thursday, militants attacked a checkpoint. Two days later, they ambushed a convoy.",
            [("Thursday", "2019-03-07"), ("Two days later", "2019-03-09")],
        ),
        (
            "fr",
            "Jeudi, des hommes armés ont attaqué un poste à Gao. Le lendemain, ils ont tué trois soldats.",
            [("Jeudi", "2019-03-07"), ("Le lendemain", "2019-03-08")],
        ),
        (
            "fr",
            "Lundi, la police a arrêté dix hommes. La veille, des manifestants avaient défilé.",
            [("Lundi", "2019-03-11"), ("La veille", "2019-03-10")],
        ),
        # with no day before it, none; the eve of a named occasion is no sequel
        ("en", "The next day, rebels shelled a school.", [("The next day", None)]),
        (
            "en",
            "On Thursday, militants attacked a checkpoint. The day before the vote, police arrested ten men.",
            [("Thursday", "2019-03-07")],
        ),
        (
            "fr",
            "Jeudi, des hommes ont attaqué un poste. La veille du scrutin, des manifestants ont défilé.",
            [("Jeudi", "2019-03-07")],
        ),
    ],
)
def test_a_sequel_counts_from_the_last_day_named_before_it(lang, text, expected):
    assert [(t, v) for t, v, _ in dates(text, lang, "2019-03-12")] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Rebels shelled the airport in Taiz overnight on Sunday.", [("Sunday", "2016-04-10", "day")]),
        ("Rebels shelled the airport in Taiz on Sunday overnight.", [("Sunday", "2016-04-10", "day")]),
        ("Rebels shelled the airport in Taiz overnight into Monday.", [("Monday", "2016-04-11", "day")]),
    ],
)
def test_a_day_named_beside_overnight_dates_it(text, expected):
    assert dates(text, "en") == expected


def test_overnight_as_an_adjective_is_no_date():
    doc = eventmill.extract(
        "Police imposed an overnight curfew in Homs after the clashes.", lang="en", published=PUBLISHED
    )
    assert [m.span.text for m in doc.mentions if m.kind == "date"] == []
