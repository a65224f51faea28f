"""An event dated by a day of an occasion whose day moves in the solar calendar ("on the eve of Eid al-Adha",
"le premier jour de l'Aïd el-Fitr"): the day from `xx/occasions.tsv`, the latest that is not after publication;
an occasion with no word naming one of its days ("ahead of Eid") dates nothing (real parses, tagged fr/en)."""

import pytest

import eventmill
from eventmill.stages.mentions.relative_dates import occasion_days


def date_of(text, lang, published):
    doc = eventmill.extract(text, lang=lang, published=published)
    assert doc.events, text
    ev = doc.events[0]
    return ev.date.date.value if ev.date and ev.date.date and ev.date_source != "published" else None


@pytest.mark.parametrize(
    "lang,text,published,expected",
    [
        ("en", "A car bomb killed seven people in Azaz on the eve of Eid al-Fitr.", "2024-04-12", "2024-04-09"),
        ("en", "A car bomb killed seven people in Azaz on the first day of Eid al-Fitr.", "2024-04-12", "2024-04-10"),
        ("en", "Gunmen killed two pilgrims near Karbala on the second day of Eid al-Adha.", "2024-06-20", "2024-06-17"),
        ("en", "Gunmen shot dead three pilgrims near Tarmiyah on the eve of Ashura.", "2023-07-30", "2023-07-27"),
        # said on the eve itself: that day, not last year's eve
        ("en", "A car bomb killed seven people in Azaz on the eve of Eid al-Fitr.", "2024-04-09", "2024-04-09"),
        ("en", "Gunmen killed two pilgrims near Karbala on the third day of Eid al-Adha.", "2024-06-20", "2024-06-18"),
        (
            "fr",
            "Une voiture piégée a tué sept personnes à Azaz à la veille de l'Aïd el-Fitr.",
            "2024-04-12",
            "2024-04-09",
        ),
        (
            "fr",
            "Un attentat a tué cinq personnes à Mossoul le premier jour de l'Aïd el-Kébir.",
            "2024-06-18",
            "2024-06-16",
        ),
    ],
)
def test_a_day_of_an_occasion_dates_the_event(lang, text, published, expected):
    assert date_of(text, lang, published) == expected


@pytest.mark.parametrize(
    "lang,text,published",
    [
        ("en", "A car bomb killed seven people in Azaz ahead of Eid al-Fitr.", "2024-04-12"),
        ("fr", "Une voiture piégée a tué sept personnes à Azaz avant l'Aïd el-Fitr.", "2024-04-12"),
    ],
)
def test_an_occasion_with_no_day_named_dates_nothing(lang, text, published):
    assert date_of(text, lang, published) is None


def test_every_occasion_named_has_days():
    from eventmill import datafiles

    named = {
        r.get("unit")
        for lang in ("en", "fr")
        for r in datafiles.table(lang, "dates.tsv")
        if r.get("kind") == "occasion"
    }
    assert named and named <= set(occasion_days())


@pytest.mark.parametrize(
    "lang,text,published,expected",
    [
        ("en", "A gunman killed 39 people at a nightclub in Istanbul on New Year's Eve.", "2017-01-01", "2016-12-31"),
        ("en", "Police said the man stabbed two shoppers in Leeds on Christmas Eve.", "2019-12-27", "2019-12-24"),
        ("en", "A bomb exploded near a church in Jos on Christmas Day, killing 12.", "2020-01-02", "2019-12-25"),
        # said on the day itself: that day, not last year's
        ("en", "A bomb exploded near a church in Jos on Christmas Day, killing 12.", "2019-12-25", "2019-12-25"),
        (
            "fr",
            "Un homme armé a tué 39 personnes dans une discothèque d'Istanbul la nuit de la Saint-Sylvestre.",
            "2017-01-01",
            "2016-12-31",
        ),
        ("fr", "Des hommes armés ont attaqué une église à Kaya le jour de Noël.", "2019-12-28", "2019-12-25"),
    ],
)
def test_an_occasion_kept_on_a_fixed_day_is_its_latest_day_up_to_publication(lang, text, published, expected):
    assert date_of(text, lang, published) == expected


def test_a_fixed_occasion_named_in_a_place_or_without_a_day_word_dates_nothing():
    doc = eventmill.extract(
        "Shops braced for crowds ahead of Christmas. The navy intercepted a boat near Christmas Island on Sunday.",
        lang="en",
        published="2019-12-20",
    )
    assert {m.date.value for m in doc.mentions if m.kind == "date" and m.date} <= {"2019-12-15"}
