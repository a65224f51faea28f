"""`eventmill run` on short .txt articles with no --published, one per way the press writes the lines
that say when an article came out (tagged fr/en): agency datelines with a region, a country, an
abbreviated or capitalised month, an ordinal day, two places, the date between dashes; bylines with a
weekday, a clock time, an author before them, dots or slashes in the date, a publication and an update
line together. Each article's `articles.published` and `published_source`, and the date of its main
event in `events.event_date`, resolved against it ("hier", "jeudi", "yesterday", "on Sunday")."""

import pytest

from run_articles import run_articles

# file name, text, (published, published_source, date of the first event)
ARTICLES = {
    "fr": [
        (
            "paris.txt",
            "Paris, le 12 mars 2019 (AFP) - La police a arrêté trois militants hier à Paris.",
            ("2019-03-12", "dateline", "2019-03-11"),
        ),
        (
            "beyrouth.txt",
            "BEYROUTH, 9 avril 2016 (AFP) — Des raids aériens ont tué vingt civils jeudi à Alep.",
            ("2016-04-09", "dateline", "2016-04-07"),
        ),
        (
            "damas.txt",
            "DAMAS, 1er mars 2019 (AFP) - Des obus ont tué cinq civils hier à Damas.",
            ("2019-03-01", "dateline", "2019-02-28"),
        ),
        (
            "abidjan.txt",
            "ABIDJAN, 12 MARS 2019 (AFP) - Des milliers de personnes ont manifesté dimanche à Abidjan.",
            ("2019-03-12", "dateline", "2019-03-10"),
        ),
        (
            "alep.txt",
            "ALEP (Syrie), 9 avr. 2016 (AFP) - Des rebelles ont attaqué un quartier d'Alep hier.",
            ("2016-04-09", "dateline", "2016-04-08"),
        ),
        (
            "ndjamena.txt",
            "N'DJAMENA, 12 mars 2019 (AFP) - Des hommes armés ont attaqué un village lundi près de Mongo.",
            ("2019-03-12", "dateline", "2019-03-11"),
        ),
        (
            "marseille.txt",
            "Blocage du port\nPublié le mardi 12 mars 2019 à 08:15\nDes dockers ont bloqué le port de Marseille hier.",
            ("2019-03-12", "byline", "2019-03-11"),
        ),
        (
            "nantes.txt",
            "Manifestation à Nantes\nPublié le 12.03.2019 à 08h15\nDes milliers de personnes ont manifesté dimanche à Nantes.",
            ("2019-03-12", "byline", "2019-03-10"),
        ),
        (
            "lille.txt",
            "Grève à Lille\nMis en ligne le 12 mars 2019\nDes cheminots ont manifesté hier à Lille.",
            ("2019-03-12", "byline", "2019-03-11"),
        ),
        (
            "rennes.txt",
            "Heurts à Rennes\nPar Jean Dupont - Publié le 12 mars 2019\nDes manifestants ont attaqué la mairie hier à Rennes.",
            ("2019-03-12", "byline", "2019-03-11"),
        ),
        (
            "lyon.txt",
            "Fusillade à Lyon\nPublié le 12 mars 2019 à 14h32, mis à jour le 13 mars 2019 à 9h\n"
            "Deux hommes ont été tués hier soir à Lyon.",
            ("2019-03-12", "byline", "2019-03-11"),
        ),
        (
            "toulouse.txt",
            "Arrestations à Toulouse\nLe Monde avec AFP\nPublié le : 12/03/2019\n"
            "La police a arrêté deux hommes dimanche à Toulouse.",
            ("2019-03-12", "byline", "2019-03-10"),
        ),
        (
            "bordeaux.txt",
            "Manifestation à Bordeaux\nDernière mise à jour : 13 mars 2019\n"
            "Des milliers de personnes ont manifesté hier à Bordeaux.",
            ("2019-03-13", "updated", "2019-03-12"),
        ),
        (
            "bamako.txt",
            "Bamako (AFP) - Des hommes armés ont attaqué un poste de l'armée près de Gao.",
            (None, None, None),
        ),
    ],
    "en": [
        (
            "beirut.txt",
            "BEIRUT, Lebanon (AP) — Oct. 3, 2014 — Gunmen killed two soldiers yesterday in Tripoli.",
            ("2014-10-03", "dateline", "2014-10-02"),
        ),
        (
            "sanaa.txt",
            "SANAA, Yemen, March 12, 2019 (AP) — Airstrikes killed 20 people on Sunday in Sanaa.",
            ("2019-03-12", "dateline", "2019-03-10"),
        ),
        (
            "ankara.txt",
            "ANKARA, Dec. 5, 2016 /Xinhua/ -- Police arrested 12 suspects yesterday in Ankara.",
            ("2016-12-05", "dateline", "2016-12-04"),
        ),
        (
            "damascus.txt",
            "DAMASCUS, Syria - March 12, 2019 - Rebels shelled a school yesterday in Damascus.",
            ("2019-03-12", "dateline", "2019-03-11"),
        ),
        (
            "kabul.txt",
            "KABUL, 3 October 2014 (IRIN) - A bomb killed ten people on Wednesday in Kabul.",
            ("2014-10-03", "dateline", "2014-10-01"),
        ),
        (
            "un.txt",
            "UNITED NATIONS, March 12, 2019 (Xinhua) -- Protesters marched yesterday outside the headquarters.",
            ("2019-03-12", "dateline", "2019-03-11"),
        ),
        (
            "kunduz.txt",
            "KUNDUZ, Oct 3 (Reuters) - Taliban fighters attacked a police post yesterday. "
            "They had attacked the town on Sept. 28, 2014.",
            ("2014-10-03", "dateline", "2014-10-02"),
        ),
        (
            "istanbul.txt",
            "ISTANBUL/BEIRUT, March 12, 2019 (Reuters) - Airstrikes killed 20 people yesterday in Idlib.",
            ("2019-03-12", "dateline", "2019-03-11"),
        ),
        (
            "leeds.txt",
            "Riot in Leeds\nPublished: 12 March 2019\nRioters attacked a police station on Sunday in Leeds.",
            ("2019-03-12", "byline", "2019-03-10"),
        ),
        (
            "york.txt",
            "Arrests in York\nPublished on March 12, 2019\nPolice arrested three men yesterday in York.",
            ("2019-03-12", "byline", "2019-03-11"),
        ),
        (
            "hull.txt",
            "Protest in Hull\nPosted on March 12, 2019\nThousands of people marched yesterday in Hull.",
            ("2019-03-12", "byline", "2019-03-11"),
        ),
        (
            "bath.txt",
            "Arrests in Bath\nUpdated: March 12, 2019 10:15 AM ET\nPolice arrested three men on Sunday in Bath.",
            ("2019-03-12", "updated", "2019-03-10"),
        ),
        (
            "derby.txt",
            "Riot in Derby\nFirst published on Tue 12 Mar 2019 10.15 GMT\nRioters attacked a police station yesterday in Derby.",
            ("2019-03-12", "byline", "2019-03-11"),
        ),
        (
            "cardiff.txt",
            "Protest in Cardiff\nPUBLISHED: 10:15 EST, 12 March 2019 | UPDATED: 11:00 EST, 13 March 2019\n"
            "Thousands of people marched yesterday in Cardiff.",
            ("2019-03-12", "byline", "2019-03-11"),
        ),
        (
            "aleppo.txt",
            "Aleppo, Syria (SANA) – Gunmen attacked a checkpoint near Aleppo.",
            (None, None, None),
        ),
    ],
}


@pytest.fixture(scope="module", params=sorted(ARTICLES))
def stored(request, tmp_path_factory):
    """One run per language over all its articles; rows keyed by file name."""
    lang = request.param
    return lang, run_articles(tmp_path_factory, lang, ARTICLES[lang])


def test_each_form_of_dateline_and_byline_gives_the_publication_date_and_dates_the_main_event(stored):
    lang, rows = stored
    got = {
        name: (pub.isoformat() if pub else None, source, day.isoformat() if day else None)
        for name, (pub, source, day) in rows.items()
    }
    assert got == {name: want for name, _, want in ARTICLES[lang]}
