"""`eventmill run` on short .txt articles with no --published, in dateline and byline forms written for the date30
branch (tagged fr/en): Xinhua's, Saba's, SANA's and WAFA's datelines with a country, a full or an abbreviated month
("KABUL, Oct. 3, 2014 (Xinhua) --", "SANAA, Yemen, March 12, 2019 (Saba) –", "DAMASCUS, 12 March 2019 (SANA)-"), AFP's
with a region in brackets and "le" ("Mogadiscio (Somalie), le 12 mars 2019 (AFP) —"), the Guardian's "First
published on Tue 12 Mar 2019 08.15 GMT", "Updated: March 12, 2019 8:15 a.m. ET", "Posted on March 12, 2019 by",
Reuters' "March 12, 2019 / 8:15 AM / Updated" above a dateline with no date, Le Monde's and RFI's bylines ("Publié le
12 mars 2019 à 08h15 - Mis à jour le ...", "Publié le : 05/02/2024 - 14:32"), an author before "Publié le", and
"Mis à jour le" alone. Each article's `articles.published` (and `published_source`, where the form fixes it), and the
date of its first event in `events.event_date`, resolved against it ("hier", "jeudi", "yesterday", "on Sunday")."""

import pytest

from run_articles import run_articles

# file name, text, (published, published_source or None where either reading is fair, date of the first event)
ARTICLES = {
    "en": [
        (
            "kabul.txt",
            "KABUL, Oct. 3, 2014 (Xinhua) -- A roadside bomb killed four policemen on Wednesday in Ghazni province, an official said.",
            ("2014-10-03", "dateline", "2014-10-01"),
        ),
        (
            "kabul2.txt",
            "KABUL, Afghanistan, Oct 3, 2014 (Xinhua) -- Taliban militants attacked a police checkpoint in Kunduz yesterday, killing three officers.",
            ("2014-10-03", "dateline", "2014-10-02"),
        ),
        (
            "sanaa.txt",
            "SANAA, Yemen, March 12, 2019 (Saba) – Saudi-led air strikes killed seven civilians in Saada on Sunday, the agency said.",
            ("2019-03-12", "dateline", "2019-03-10"),
        ),
        (
            "damascus.txt",
            "DAMASCUS, 12 March 2019 (SANA)- Terrorists shelled residential neighbourhoods in Aleppo city on Monday, killing two civilians.",
            ("2019-03-12", "dateline", "2019-03-11"),
        ),
        (
            "gaza.txt",
            "GAZA CITY, March 12, 2019 (WAFA) - Israeli troops shot and wounded three Palestinians near the border fence east of Gaza City yesterday.",
            ("2019-03-12", "dateline", "2019-03-11"),
        ),
        (
            "guardian.txt",
            "Protesters clash with police in Baghdad\nFirst published on Tue 12 Mar 2019 08.15 GMT\nIraqi police fired tear gas at protesters in Baghdad on Sunday.",
            ("2019-03-12", "byline", "2019-03-10"),
        ),
        (
            "updated.txt",
            "Clashes in Mosul\nUpdated: March 12, 2019 8:15 a.m. ET\nGunmen attacked a checkpoint in Mosul on Monday, killing two soldiers.",
            ("2019-03-12", "updated", "2019-03-11"),
        ),
        (
            "pubtue.txt",
            "Published Tuesday 12 March 2019\nGunmen attacked a market in Maiduguri yesterday, killing five people.",
            ("2019-03-12", "byline", "2019-03-11"),
        ),
        (
            "posted.txt",
            "Posted on March 12, 2019 by Staff Writer\nProtesters blocked the main road in Aden on Sunday.",
            ("2019-03-12", "byline", "2019-03-10"),
        ),
        (
            "reutersdate.txt",
            "March 12, 2019 / 8:15 AM / Updated\nBEIRUT (Reuters) - Air strikes hit the town of Khan Sheikhoun on Monday, killing six civilians, a monitor said.",
            ("2019-03-12", None, "2019-03-11"),
        ),
        (
            "afpen.txt",
            "ALEPPO, Syria, April 9, 2016 (AFP) - Rebels shelled the government-held west of Aleppo on Thursday, killing nine civilians.",
            ("2016-04-09", "dateline", "2016-04-07"),
        ),
        (
            "ukr.txt",
            "KYIV, Ukraine, Feb 27, 2024 (AP) — Russian drones struck an energy facility in Odesa on Sunday, officials said.",
            ("2024-02-27", "dateline", "2024-02-25"),
        ),
    ],
    "fr": [
        (
            "alep.txt",
            "ALEP (Syrie), 9 avril 2016 (AFP) - Des rebelles ont bombardé jeudi les quartiers ouest d'Alep, tuant neuf civils.",
            ("2016-04-09", "dateline", "2016-04-07"),
        ),
        (
            "bamako.txt",
            "BAMAKO, 12 mars 2019 (Xinhua) -- Des hommes armés ont attaqué dimanche un poste de l'armée à Dioura, dans la région de Ségou.",
            ("2019-03-12", "dateline", "2019-03-10"),
        ),
        (
            "mogadiscio.txt",
            "Mogadiscio (Somalie), le 12 mars 2019 (AFP) — Un attentat à la voiture piégée a fait cinq morts hier à Mogadiscio.",
            ("2019-03-12", "dateline", "2019-03-11"),
        ),
        (
            "publie.txt",
            "Un homme tué par balle à Nîmes\nPublié le 05/09/2020 à 14h32\nUn homme a été tué par balle dans la nuit de vendredi à samedi dans le quartier de Pissevin, à Nîmes.",
            ("2020-09-05", "byline", "2020-09-04"),
        ),
        (
            "publiemaj.txt",
            "Manifestation à Lyon\nPublié le 5 septembre 2020 à 14h32, modifié le 6 septembre 2020 à 9h05\nDes centaines de manifestants ont défilé jeudi à Lyon.",
            ("2020-09-05", "byline", "2020-09-03"),
        ),
        (
            "auteur.txt",
            "Grève des dockers\nPar Jean Dupont - Publié le mardi 12 mars 2019 à 08:15\nDes dockers ont bloqué hier le port du Havre.",
            ("2019-03-12", "byline", "2019-03-11"),
        ),
        (
            "majour.txt",
            "Heurts à Rennes\nMis à jour le 12/03/2019 à 10h05\nDes heurts ont éclaté dimanche à Rennes entre manifestants et policiers.",
            ("2019-03-12", "updated", "2019-03-10"),
        ),
        (
            "ofr.txt",
            "Ouest-France. Publié le 05/09/2020 à 14h32\nDes agriculteurs ont bloqué hier la rocade de Nantes.",
            ("2020-09-05", "byline", "2020-09-04"),
        ),
        (
            "lemonde.txt",
            "Le Monde avec AFP\nPublié le 12 mars 2019 à 08h15 - Mis à jour le 12 mars 2019 à 10h05\nDes militants ont occupé lundi le siège d'une banque à Paris.",
            ("2019-03-12", "byline", "2019-03-11"),
        ),
        (
            "niamey.txt",
            "NIAMEY, 5 février 2024 (AFP) - Six gendarmes ont été tués vendredi dans une embuscade près de Téra.",
            ("2024-02-05", "dateline", "2024-02-02"),
        ),
        (
            "rfi.txt",
            "Publié le : 05/02/2024 - 14:32\nSix gendarmes ont été tués vendredi dans une embuscade près de Téra, au Niger.",
            ("2024-02-05", "byline", "2024-02-02"),
        ),
        (
            "kinshasa.txt",
            "KINSHASA, 1er juin 2023 (AFP) - Des manifestants ont incendié mercredi des véhicules à Goma.",
            ("2023-06-01", "dateline", "2023-05-31"),
        ),
    ],
}


@pytest.fixture(scope="module", params=sorted(ARTICLES))
def coded(request, tmp_path_factory):
    return request.param, run_articles(tmp_path_factory, request.param, ARTICLES[request.param])


def test_the_publication_date_is_read_from_the_article(coded):
    lang, rows = coded
    for name, _, (published, source, _) in ARTICLES[lang]:
        got = rows[name]
        assert str(got[0]) == published, (name, got)
        assert source is None or got[1] == source, (name, got)


def test_the_first_event_is_dated_against_it(coded):
    lang, rows = coded
    for name, _, (_, _, day) in ARTICLES[lang]:
        assert str(rows[name][2]) == day, (name, rows[name])
