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
