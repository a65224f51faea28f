"""The publication date read from the article itself (datelines, bylines, file names), tagged fr/en,
and event dates resolved against it; years of background are no event's date."""

import datetime as dt

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eventmill
from eventmill.config import Config
from eventmill.corpus.runner import RunOptions, run
from eventmill.datelines import date_in_name, find_published
from eventmill.text import clean


def published(text, lang, **kw):
    doc = eventmill.extract(text, lang=lang, **kw)
    return doc.article.published, doc.article.published_source


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("fr", "ALEP (Syrie), 9 avril 2016 (AFP) - Au moins 20 civils ont été tués.", ("2016-04-09", "dateline")),
        ("fr", "BEYROUTH, 1er mars 2015 (AFP) - Des tirs ont visé la ville.", ("2015-03-01", "dateline")),
        ("fr", "Paris, 12 janvier 2015 (Reuters) - La police a arrêté trois hommes.", ("2015-01-12", "dateline")),
        ("fr", "GAO (Mali), lundi 4 juillet 2016 - Des soldats ont été tués.", ("2016-07-04", "dateline")),
        ("en", "KABUL, Oct. 3, 2014 (Xinhua) -- Two people were killed.", ("2014-10-03", "dateline")),
        ("en", "WASHINGTON, March 3, 2019 (AP) - The Senate voted.", ("2019-03-03", "dateline")),
        ("en", "Port-au-Prince, 14 January 2010 (Reuters) - Rescuers dug.", ("2010-01-14", "dateline")),
        ("en", "LAGOS, Nigeria, June 2, 2021 - Gunmen attacked a village.", ("2021-06-02", "dateline")),
        ("fr", "Attaque à Lyon\nPublié le 05/09/2020 à 14h32\nDes tirs ont éclaté.", ("2020-09-05", "byline")),
        (
            "fr",
            "Attaque à Lyon\nPar Jean Dupont - Publié le 5 septembre 2020 à 14h32, mis à jour le 6 septembre 2020\n"
            "Des tirs ont éclaté.",
            ("2020-09-05", "byline"),
        ),
        ("fr", "Titre\nMis à jour le 3 mars 2021 à 10h\nLa police a arrêté des militants.", ("2021-03-03", "updated")),
        ("en", "Floods\nPublished Tuesday 12 March 2019\nThe river rose yesterday.", ("2019-03-12", "byline")),
        ("en", "By Jane Doe | Published on March 12, 2019\nPolice arrested a man.", ("2019-03-12", "byline")),
        ("en", "Police arrested a man.\nPosted: 03/12/2019", ("2019-03-12", "byline")),
        ("en", "Riot in town\nUpdated 2019-03-14 10:02 GMT\nPolice arrested a man.", ("2019-03-14", "updated")),
        # a date line beside a dateline that has none; a yearless dateline takes the year the article writes
        ("en", "Senate vote\nMarch 4, 2019\nWASHINGTON (AP) — The Senate voted.", ("2019-03-04", "byline")),
        ("en", "WASHINGTON (AP) — The Senate voted.\nMonday, March 4, 2019 10:02 a.m.", ("2019-03-04", "byline")),
        (
            "fr",
            "PARIS, 12 mars (Reuters) - La police a arrêté trois hommes le 10 mars 2019.",
            ("2019-03-12", "dateline"),
        ),
        # an article before the date, the agency before the date, other dashes
        ("fr", "Alep (Syrie), le 9 avril 2016 (AFP) - Au moins 20 civils ont été tués.", ("2016-04-09", "dateline")),
        ("fr", "Paris, le 12 mars 2019 - La police a arrêté trois hommes.", ("2019-03-12", "dateline")),
        ("fr", "ALEP (AFP) - 9 avril 2016 - Au moins 20 civils ont été tués.", ("2016-04-09", "dateline")),
        ("fr", "Alep (Syrie), 9 avril 2016 (AFP) — Au moins 20 civils ont été tués.", ("2016-04-09", "dateline")),
        ("en", "KABUL, Afghanistan (AP) - Oct. 3, 2014 - Two people were killed.", ("2014-10-03", "dateline")),
        ("en", "KABUL, Sept 3, 2014 (Xinhua) -- Two people were killed.", ("2014-09-03", "dateline")),
        ("en", "NEW YORK, Oct. 3, 2014 /PRNewswire/ -- Two people were hurt.", ("2014-10-03", "dateline")),
        # a time or an abbreviated weekday before the date, a dotted date
        ("en", "Floods\nPublished 12:32 GMT, 12 March 2019\nThe river rose.", ("2019-03-12", "byline")),
        ("en", "Floods\nFirst published on Tue 12 Mar 2019 14.32 GMT\nThe river rose.", ("2019-03-12", "byline")),
        ("en", "Floods\nLast modified on Wed 13 Mar 2019 10.02 GMT\nThe river rose.", ("2019-03-13", "updated")),
        ("fr", "Titre\nPublié le 05.09.2020 à 14:32\nDes tirs ont éclaté.", ("2020-09-05", "byline")),
        ("fr", "Titre\nPublié le sam. 5 sept. 2020\nDes tirs ont éclaté.", ("2020-09-05", "byline")),
        # a byline phrase after the paper's name; an agency in capitals with no brackets beside a date line
        ("fr", "Heurts\nOuest-France Publié le 09/03/2019 à 19h45\nDes heurts ont éclaté.", ("2019-03-09", "byline")),
        ("en", "Raid\n5 March 2019\nHama, SANA – Army units repelled an attack.", ("2019-03-05", "byline")),
        # a date line signed by an author across a bar, or opened by a lead word
        ("en", "Raid\nBurak Akay |15.03.2019\nTurkish jets struck PKK positions.", ("2019-03-15", "byline")),
        ("en", "Raid\nBy Jane Doe | 03/15/2019\nTurkish jets struck PKK positions.", ("2019-03-15", "byline")),
        ("fr", "Attaque\n03 décembre 2019 à 12h30 | Par Jeune Afrique\nDes tirs ont éclaté.", ("2019-12-03", "byline")),
        ("fr", "Manifestation à Alger\nLe 05/03/2019\nDes milliers de personnes ont défilé.", ("2019-03-05", "byline")),
        # an agency's credit before a byline phrase; a paper's name across a bar; dots part a day-first date
        ("fr", "Des raids ont tué sept civils.\nAFP, publié le mardi 12 mars 2019 à 14h20", ("2019-03-12", "byline")),
        (
            "fr",
            "Syrie\nLe Monde.fr avec AFP | 12.03.2019 à 10h15 | Mis à jour le 12.03.2019 à 11h02\nDes raids ont tué sept civils.",
            ("2019-03-12", "byline"),
        ),
        ("en", "Raid\nAhmet Yilmaz |12.03.2019\nTurkish police detained 20 suspects.", ("2019-03-12", "byline")),
        # an English all-digit date whose first number cannot be a month
        ("en", "Raid\nUpdated: 15/03/2019\nTurkish jets struck PKK positions.", ("2019-03-15", "updated")),
        # a bare date line under the title, a date and nothing else: the publication date, source `line`,
        # before an update line
        ("en", "Floods\nThursday, March 14, 2019\nFloods killed 20 people.", ("2019-03-14", "line")),
        ("en", "Floods\n2019-03-18\nFloods killed 20 people.", ("2019-03-18", "line")),
        ("fr", "Inondations\n12 mars 2019\nDes crues ont fait 20 morts.", ("2019-03-12", "line")),
        ("fr", "Inondations\nLe Monde\nmardi 12 mars 2019\nDes crues ont fait 20 morts.", ("2019-03-12", "line")),
        ("en", "Floods\nMonday, March 11, 2019\nUpdated: March 12, 2019\nFloods killed 20.", ("2019-03-11", "line")),
        # with its clock time
        ("en", "Floods\nBy Jane Doe, Reuters\n12 Mar 2019 10:02 GMT\nThe river rose.", ("2019-03-12", "line")),
        # an agency in capitals touching the dash of the first word, beside a date line
        ("en", "Raid\nTuesday, 12 March 2019\nDamascus, SANA-Army units repelled an attack.", ("2019-03-12", "byline")),
    ],
)
def test_dateline_or_byline_gives_the_publication_date_and_its_source(lang, text, expected):
    assert published(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Lundi, 12 mars 2019, des manifestants ont défilé à Paris."),
        ("fr", "Paris, le 12 mars dernier, a vu défiler des milliers de personnes."),
        ("fr", "Le rapport sera publié le 3 mars 2021, a dit le ministre."),
        ("en", "Paris, 12 March 2019 was a sunny day."),
        ("en", "The report, published on 3 March 2021, says little."),
        ("en", "KABUL, Oct. 3 (Xinhua) -- Two people were killed."),  # no year, none to borrow
        # a bare date line after the body's first sentence, or past the first lines, or with words after
        # it, is not read (see eventmill.datelines.find_published)
        ("en", "Floods\nThe river rose on Friday.\nMarch 12, 2019\nThe army helped."),
        ("en", "Floods\nRiver rises\nBy Jane Doe\nReuters staff\nMarch 12, 2019\nThe river rose."),
        ("fr", "Crues\n12 mars 2019 : la rivière déborde\nLa rivière a débordé."),
        # a date opening a line of a timeline is no date line
        ("en", "Timeline\nThe war began long ago.\nMarch 12, 2019: the army retook the town."),
        ("fr", "Chronologie\nLa guerre dure.\n12 mars 2019 : l'armée reprend la ville."),
        ("fr", "Chronologie\nLa guerre dure.\nLe 12 mars 2019 - l'armée reprend la ville."),
        # a date across a bar from no author; a credit of several words before a lowercase byline phrase
        ("en", "The report, published on 3 March 2021, says little.\nRain."),
        ("en", "Floods\nFriday, March 15, 2019 | Rain\nThe river rose."),
    ],
)
def test_sentences_that_only_look_like_datelines_give_no_date(lang, text):
    assert published(text, lang) == (None, None)


def test_metadata_beats_the_text_and_the_text_beats_the_run_option():
    text = "KABUL, Oct. 3, 2014 (Xinhua) -- Two people were killed yesterday."
    assert published(text, "en", published="2014-10-05") == ("2014-10-05", "metadata")
    doc = eventmill.extract(text, lang="en", config=Config(published="2015-01-01"))
    assert (doc.article.published, doc.article.published_source) == ("2014-10-03", "dateline")
    no_dateline = eventmill.extract(
        "Two people were killed yesterday.", lang="en", config=Config(published="2015-01-01")
    )
    assert (no_dateline.article.published, no_dateline.article.published_source) == ("2015-01-01", "option")


def test_a_yearless_dateline_borrows_the_year_of_a_weaker_source():
    doc = eventmill.extract(
        "KABUL, Oct. 3 (Xinhua) -- Two people were killed.", lang="en", config=Config(published="2014-12-01")
    )
    assert (doc.article.published, doc.article.published_source) == ("2014-10-03", "dateline")


@pytest.mark.parametrize(
    "name,expected",
    [
        ("/data/2016-04-09_alep.txt", "2016-04-09"),
        ("afp_20160409_syrie.txt", "2016-04-09"),
        ("2016.04.09.html", "2016-04-09"),
        ("story_1234567.txt", None),
        ("2016-13-40.txt", None),
    ],
)
def test_an_iso_date_in_a_file_name_is_read(name, expected):
    assert date_in_name(name) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "fr",
            "ALEP (Syrie), 9 avril 2016 (AFP) - Au moins vingt civils ont été tués jeudi dans des raids sur Alep.",
            "2016-04-07",
        ),
        (
            "en",
            "KABUL, Oct. 3, 2014 (Xinhua) -- Two policemen were killed yesterday by a bomb in Kunduz.",
            "2014-10-02",
        ),
        (
            "fr",
            "Manifestation à Lyon\nPublié le 05/09/2020 à 14h32\nDes milliers de personnes ont manifesté hier à Lyon.",
            "2020-09-04",
        ),
        (
            "en",
            "Floods\nPublished Tuesday 12 March 2019\nPolice arrested three men on Sunday in Bristol.",
            "2019-03-10",
        ),
        (
            "fr",
            "Alep (Syrie), le 9 avril 2016 (AFP) - Des manifestants ont défilé hier à Alep.",
            "2016-04-08",
        ),
        (
            "en",
            "KABUL, Afghanistan (AP) - Oct. 3, 2014 - Gunmen attacked a police post in Kunduz on Wednesday.",
            "2014-10-01",
        ),
        (
            "en",
            "Clashes\nFirst published on Tue 12 Mar 2019 14.32 GMT\nPolice arrested three men yesterday in Leeds.",
            "2019-03-11",
        ),
    ],
)
def test_run_on_txt_articles_stores_the_text_date_and_resolves_event_dates(tmp_path, lang, text, expected):
    src = tmp_path / "in"
    src.mkdir()
    (src / "article.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "out.duckdb"
    run([src], Config(lang=lang), _options(db))
    con = duckdb.connect(str(db), read_only=True)
    pub, source = con.execute("SELECT published, published_source FROM articles").fetchone()
    dates = [r[0] for r in con.execute("SELECT event_date FROM events ORDER BY event_no").fetchall()]
    assert source in ("dateline", "byline")
    assert isinstance(pub, dt.date)
    assert dates and dates[0] == dt.date.fromisoformat(expected)


def test_run_dates_an_article_by_its_file_name_when_its_text_says_nothing(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "2016-04-13_alep.txt").write_text("Des raids ont tué six civils hier à Alep.", encoding="utf-8")
    db = tmp_path / "out.duckdb"
    run([src], Config(lang="fr"), _options(db))
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT published, published_source FROM articles").fetchone() == (
        dt.date(2016, 4, 13),
        "filename",
    )
    assert con.execute("SELECT event_date FROM events").fetchone() == (dt.date(2016, 4, 12),)


def _options(db):
    return RunOptions(db=db, workers=1, progress=False)


@pytest.mark.parametrize(
    "lang,text,background",
    [
        ("fr", "Des milliers de personnes ont manifesté jeudi, comme à Sharpeville en 1960.", "1960"),
        ("en", "Police killed two protesters on Monday, the worst toll since 1989.", "1989"),
        ("fr", "La guerre, qui a fait plus de 270.000 morts depuis 2011, continue.", "2011"),
    ],
)
def test_a_year_long_before_publication_is_a_background_date_no_count_and_no_event_date(lang, text, background):
    doc = eventmill.extract(text, lang=lang, published="2016-04-13")
    assert background not in " ".join(m.span.text for m in doc.mentions if m.kind == "number")
    flagged = [m.span.text for m in doc.mentions if m.kind == "date" and m.date and m.date.background]
    assert all(f.endswith(background) for f in flagged)
    assert all(
        not (e.date and e.date.date and e.date.date.value and e.date.date.value.startswith(background))
        for e in doc.events
    )


def test_a_recent_year_stays_a_date():
    doc = eventmill.extract("En 2015, la police a arrêté des militants à Paris.", lang="fr", published="2016-04-13")
    assert [m.date.value for m in doc.mentions if m.kind == "date"] == ["2015"]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["fr", "en"]))
def test_find_published_never_raises_and_returns_a_date_inside_the_text(text, lang):
    from eventmill.models import Span

    text = clean(text)
    paragraphs = [Span(0, len(text), text)] if text else []
    found = find_published(text, paragraphs, lang)
    if found is not None:
        assert text[found.span.start : found.span.end] == found.span.text
        dt.date.fromisoformat(found.date)


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        ("fr", "Des manifestations ont eu lieu du 3 au 5 mars 2016 à Paris.", "3 au 5 mars 2016", "2016-03-03"),
        ("en", "Protests took place from March 3 to 5, 2016 in London.", "March 3 to 5, 2016", "2016-03-03"),
        ("en", "Protests took place between 3 and 5 March in London.", "3 and 5 March", "2016-03-03"),
        ("en", "Protests took place March 3-5 in London.", "March 3-5", "2016-03-03"),
        # two weekdays, of a range or coordinated (published on Thursday 10 March 2016)
        ("en", "Between Sunday and Tuesday, shelling hit Idlib.", "Sunday and Tuesday", "2016-03-06"),
        ("en", "Police raided hideouts on Sunday and Monday in Kaduna.", "Sunday and Monday", "2016-03-06"),
        ("fr", "Dans la nuit de lundi à mardi, des roquettes ont visé Alep.", "lundi à mardi", "2016-03-07"),
        ("fr", "Entre dimanche et mardi, des frappes ont visé Idleb.", "dimanche et mardi", "2016-03-06"),
    ],
)
def test_a_range_of_days_is_one_date_its_first_day_and_no_count(lang, text, span, value):
    doc = eventmill.extract(text, lang=lang, published="2016-03-10")
    assert [(m.span.text, m.date.value) for m in doc.mentions if m.kind == "date"] == [(span, value)]
    assert not [m for m in doc.mentions if m.kind == "number"]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Floods\nPublished Tuesday 12 March 2019\nPolice arrested three men in Bristol."),
        ("en", "Senate vote\nMarch 12, 2019\nWASHINGTON (AP) — Police arrested three men in Washington."),
        ("fr", "Grève\nPublié le 12 mars 2019\nLa police a arrêté trois militants à Lyon."),
    ],
)
def test_the_date_a_byline_gives_dates_an_event_only_as_the_dateline_does(lang, text):
    doc = eventmill.extract(text, lang=lang)
    assert doc.article.published == "2019-03-12"
    assert [(e.date.date.value, e.date_source) for e in doc.events if e.date and e.date.date] == [
        ("2019-03-12", "dateline")
    ]


@pytest.mark.parametrize(
    "lang,text,published",
    [
        # with no publication date, "now" is the latest year the article writes
        ("en", "On 12 March 2005, a car bomb killed 20 people in Baghdad. In 2015, the city built a memorial.", None),
        (
            "fr",
            "Le 12 mars 2005, une voiture piégée a tué 20 personnes à Bagdad. En 2015, la ville a érigé un mémorial.",
            None,
        ),
        (
            "en",
            "On 12 March 2005, a car bomb killed 20 people in Baghdad. In 2015, the city built a memorial.",
            "2016-04-13",
        ),
    ],
)
def test_an_old_date_stays_a_date_mention_flagged_background_and_dates_only_its_own_sentence(lang, text, published):
    doc = eventmill.extract(text, lang=lang, published=published)
    dates = [(m.date.value, m.date.background) for m in doc.mentions if m.kind == "date" and m.date]
    assert dates == [("2005-03-12", True), ("2015", False)]
    assault = [e for e in doc.events if e.type == "ASSAULT"]
    # with no publication date, the full date of its own sentence still dates the history's incident;
    # with one, the incident its own clause dates so long before is a past one recalled
    assert [e.date.date.value for e in assault if e.date and e.date.date] == (
        ["2005-03-12"] if published is None else []
    )
    assert bool(assault) == (published is None)
