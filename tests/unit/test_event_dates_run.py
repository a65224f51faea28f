"""`eventmill run` on short .txt articles (tagged fr/en), checking the date of the main event in
`events.event_date`: a year of comparison ("up from 12 in 2015", "contre 12 en 2015") neither dates
the event nor makes it a past incident; all-digit dates in the body ("12/03/2019", "2019-03-12") date
it, read day first in French and, in English, the way the article's unambiguous dates or the weekday
say, else only their year; and a history with no publication date still dates its own incident from
the full date of its sentence."""

import datetime as dt

import pytest

from run_articles import run_articles

# file name, text, date of the first event (None: no event, or no date)
ARTICLES = {
    "fr": [
        (
            "lyon.txt",
            "LYON, 12 mars 2019 (AFP) - Des milliers de personnes ont manifesté dimanche à Lyon, contre 500 en 2015.",
            dt.date(2019, 3, 10),
        ),
        (
            "gao.txt",
            "GAO (Mali), 12 mars 2019 (AFP) - Des rebelles ont tué trente soldats près de Gao, "
            "par rapport à douze en 2015.",
            dt.date(2019, 3, 12),  # no date of its own: the dateline's, not 2015, and still coded
        ),
        (
            "mopti.txt",
            "Attaque près de Mopti\nDes rebelles ont attaqué un camp de l'armée le 03/04/2019 près de Mopti.",
            dt.date(2019, 4, 3),  # day first in French
        ),
        (
            "marseille.txt",
            "Blocage du port\nDes manifestants ont bloqué le port de Marseille le 2019-03-12.",
            dt.date(2019, 3, 12),
        ),
        (
            "sharpeville.txt",
            "Le massacre de Sharpeville\nLe 21 mars 1960, la police a ouvert le feu sur la foule à Sharpeville, "
            "tuant 69 personnes. En 2001, des milliers de personnes ont manifesté à Sharpeville.",
            dt.date(1960, 3, 21),
        ),
    ],
    "en": [
        (
            "leeds.txt",
            "LEEDS, March 12, 2019 (Reuters) - Thousands of people marched in Leeds on Sunday, up from 500 in 2015.",
            dt.date(2019, 3, 10),
        ),
        (
            "gao.txt",
            "GAO, Mali, March 12, 2019 (Reuters) - Rebels killed 30 soldiers near Gao, down from 40 in 2015.",
            dt.date(2019, 3, 12),
        ),
        (
            "kabul.txt",
            "KABUL, March 12, 2019 (Reuters) - A bomb killed 30 people in Kabul, compared to 12 in 2015.",
            dt.date(2019, 3, 12),
        ),
        (
            "bristol.txt",
            "Arrests in Bristol\nPolice arrested three men on 12/23/2019 in Bristol.",
            dt.date(2019, 12, 23),  # month first: the only reading
        ),
        (
            "bath.txt",
            "Arrests in Bath\nPolice arrested three men on 03/04/2019 in Bath.",
            dt.date(2019, 1, 1),  # March 4 or 3 April: only the year is sure
        ),
        (
            "york.txt",
            "Arrests in York\nPolice arrested three men on 03/04/2019 in York. They were charged on 25/04/2019.",
            dt.date(2019, 4, 3),  # the article writes its dates day first
        ),
        (
            "hull.txt",
            "Arrests in Hull\nPolice arrested three men on Wednesday 03/04/2019 in Hull.",
            dt.date(2019, 4, 3),  # 3 April 2019 was a Wednesday, March 4 a Monday
        ),
        (
            "london.txt",
            "LONDON, March 14, 2019 (Reuters) - Police arrested three men on 03/12/2019 in London.",
            dt.date(2019, 3, 12),  # 3 December 2019 had not come yet
        ),
        (
            "sharpeville.txt",
            "Remembering Sharpeville\nOn March 21, 1960, police opened fire on a crowd in Sharpeville, "
            "killing 69 people. Thousands of people marched in Sharpeville in 2001.",
            dt.date(1960, 3, 21),
        ),
    ],
}


@pytest.fixture(scope="module", params=sorted(ARTICLES))
def stored(request, tmp_path_factory):
    """One run per language over all its articles; the first event's date keyed by file name."""
    lang = request.param
    rows = run_articles(tmp_path_factory, lang, ARTICLES[lang])
    return lang, {name: row[2] for name, row in rows.items()}


def test_the_main_event_is_dated_by_its_own_date_never_by_a_year_of_comparison(stored):
    lang, rows = stored
    assert rows == {name: want for name, _, want in ARTICLES[lang]}
