"""`eventmill run` on short .txt articles with no --published (tagged fr/en): the publication date stored
in `articles.published` comes from the article's dateline, byline, date line or file name, and the date
of its main event in `events.event_date` resolves against it (weekdays, "hier", "last week", "le 3
mars", ranges). A date on a line of its own is read beside a dateline ("WASHINGTON (AP) —"), or alone
under the title when it is a full date and nothing else (source `line`)."""

import datetime as dt

import pytest

from run_articles import run_articles

# file name, text, (published, published_source, date of the first event)
ARTICLES = {
    "fr": [
        (
            "alep.txt",
            "ALEP (Syrie), 9 avril 2016 (AFP) - Au moins vingt civils ont été tués jeudi dans des raids sur Alep.",
            ("2016-04-09", "dateline", "2016-04-07"),
        ),
        (
            "lyon.txt",
            "Fusillade à Lyon\nPublié le 05/09/2020 à 14h32\nDeux hommes ont été tués hier soir à Lyon.",
            ("2020-09-05", "byline", "2020-09-04"),
        ),
        (
            "marseille.txt",
            "Grève à Marseille\nMis à jour le 3 mars 2021 à 10h\nDes centaines de dockers ont manifesté lundi à Marseille.",
            ("2021-03-03", "updated", "2021-03-01"),
        ),
        (
            "paris.txt",
            "PARIS, 12 mars (Reuters) - La police a arrêté trois militants hier à Paris. "
            "Ils avaient manifesté le 10 mars 2019 devant le ministère.",
            ("2019-03-12", "dateline", "2019-03-11"),
        ),
        (
            "bamako.txt",
            "BAMAKO, le 3 janvier 2021 - Des hommes armés ont attaqué un poste de l'armée hier près de Gao.",
            ("2021-01-03", "dateline", "2021-01-02"),
        ),
        (
            "gao.txt",
            "GAO (Mali), 20 mai 2021 (AFP) - Des jihadistes ont attaqué un camp de l'armée du 15 au 17 mai près de Gao.",
            ("2021-05-20", "dateline", "2021-05-15"),
        ),
        (
            "port.txt",
            "Blocage du port\nPublié le 10/03/2020\nDes manifestants ont bloqué le port de Marseille le 3 mars.",
            ("2020-03-10", "byline", "2020-03-03"),
        ),
        (
            "kaboul.txt",
            "Attentat à Kaboul\nLe 3 mars 2020\nKABOUL (AFP) - Une bombe a tué dix personnes hier à Kaboul.",
            ("2020-03-03", "byline", "2020-03-02"),
        ),
        (
            "2020-06-01_nantes.txt",
            "Des manifestants ont défilé hier à Nantes.",
            ("2020-06-01", "filename", "2020-05-31"),
        ),
    ],
    "en": [
        (
            "kabul.txt",
            "KABUL, Oct. 3, 2014 (Xinhua) -- Two policemen were killed yesterday by a bomb in Kunduz.",
            ("2014-10-03", "dateline", "2014-10-02"),
        ),
        (
            "bristol.txt",
            "Floods\nPublished Tuesday 12 March 2019\nPolice arrested three men on Sunday in Bristol.",
            ("2019-03-12", "byline", "2019-03-10"),
        ),
        (
            "capitol.txt",
            "Senate vote\nWASHINGTON (AP) — Protesters marched on the Capitol on Sunday.\nMonday, March 4, 2019",
            ("2019-03-04", "byline", "2019-03-03"),
        ),
        (
            "leeds.txt",
            "Riot in Leeds\nMonday, March 4, 2019\nLEEDS (Reuters) — Rioters attacked a police station in Leeds last week.",
            ("2019-03-04", "byline", "2019-02-25"),
        ),
        (
            "philadelphia.txt",
            "Arrests\nFriday, Sep 10, 2010 | Updated 8:52 PM EDT\n"
            "PHILADELPHIA (AP) — Police arrested two men on Thursday in Philadelphia.",
            ("2010-09-10", "byline", "2010-09-09"),
        ),
        (
            "dakar.txt",
            "DAKAR, Senegal, March 5, 2019 — Soldiers attacked a rebel camp from March 1 to 3 near Ziguinchor.",
            ("2019-03-05", "dateline", "2019-03-01"),
        ),
        (
            "london.txt",
            "LONDON, March 14 (Reuters) - Police arrested five protesters yesterday in London. "
            "They had marched on March 9, 2019.",
            ("2019-03-14", "dateline", "2019-03-13"),
        ),
        (
            "cairo.txt",
            "Protest in Cairo\nMonday, March 4, 2019\nProtesters marched in Cairo yesterday.",
            ("2019-03-04", "line", "2019-03-03"),
        ),
        (
            "2019-07-02_lagos.txt",
            "Gunmen attacked a village near Lagos on Sunday.",
            ("2019-07-02", "filename", "2019-06-30"),
        ),
    ],
}


@pytest.fixture(scope="module", params=sorted(ARTICLES))
def stored(request, tmp_path_factory):
    """One run per language over all its articles; rows keyed by file name."""
    lang = request.param
    return lang, run_articles(tmp_path_factory, lang, ARTICLES[lang])


def test_every_article_gets_its_publication_date_and_its_main_event_date(stored):
    lang, rows = stored
    expected = {name: want for name, _, want in ARTICLES[lang]}
    got = {
        name: (
            pub.isoformat() if pub else None,
            source,
            event_date.isoformat() if event_date else None,
        )
        for name, (pub, source, event_date) in rows.items()
    }
    assert got == expected
    assert all(isinstance(pub, dt.date) for pub, _, _ in rows.values() if pub is not None)
