"""Publication dates in the stamps that websites print beside an article, tagged fr/en: a clock time
before the date ("Published 3:45 PM GMT+1, March 12, 2024"), after it with a word or a dash ("March
12, 2024 at 10:32 a.m. EDT", "12 mars 2024 à 10h32", "12 mars 2024 - 10:32"), with seconds or as an
ISO timestamp, a country after the clock ("10:32, UK"), an author before the date across a dash
("Par Jean Dupont - 12 mars 2024"), a stamp closing the article, and a dated opening with no place
("12 March 2024 - Gunmen ..."). Every text was written for these tests; the events' dates resolve
against the date read ("on Sunday" is 10 March)."""

import pytest

import eventmill

EN = "Gunmen killed five villagers in Zamfara state on Sunday, police said."
FR = "Des hommes armés ont tué cinq villageois dimanche dans la région de Mopti, selon des sources locales."


def read(text, lang):
    doc = eventmill.extract(text, lang=lang)
    return (
        doc.article.published,
        doc.article.published_source,
        [e.date.date.value if e.date and e.date.date else None for e in doc.events],
    )


@pytest.mark.parametrize(
    "lang,text,source",
    [
        pytest.param("en", f"Published 3:45 PM GMT+1, March 12, 2024\n\n{EN}", "byline", id="en-clock-first"),
        pytest.param("en", f"{EN}\n\nPublished 3:45 PM GMT+1, March 12, 2024", "byline", id="en-clock-first-tail"),
        pytest.param("en", f"By Jane Doe\nMarch 12, 2024 at 10:32 a.m. EDT\n\n{EN}", "line", id="en-at-clock"),
        pytest.param("en", f"Villagers killed\n2024-03-12T10:32:00Z\n{EN}", "line", id="en-iso-stamp"),
        pytest.param("en", f"2024-03-12 10:32:15\n{EN}", "line", id="en-seconds"),
        pytest.param("en", f"Tuesday 12 March 2024 10:32, UK\n\n{EN}", "line", id="en-country-after-clock"),
        pytest.param("en", f"Lagos, Nigeria — {EN}\n\nMarch 12, 2024", "line", id="en-closing-stamp"),
        pytest.param("en", f"12 March 2024 - {EN}", "dateline", id="en-dated-opening"),
        pytest.param("fr", f"Par Jean Dupont - 12 mars 2024\n\n{FR}", "byline", id="fr-author-dash"),
        pytest.param("fr", f"Cinq villageois tués au Mali\n12 mars 2024 à 10h32\n\n{FR}", "line", id="fr-a-clock"),
        pytest.param(
            "fr", f"Cinq villageois tués\n12 mars 2024 - 10:32\nPar Jean Dupont\n\n{FR}", "line", id="fr-dash-clock"
        ),
        pytest.param("fr", f"{FR}\n\n12/03/2024 10:32:15", "line", id="fr-closing-stamp-seconds"),
    ],
)
def test_stamp_gives_the_publication_date_and_the_events_resolve_against_it(lang, text, source):
    assert read(text, lang) == ("2024-03-12", source, ["2024-03-10"])


@pytest.mark.parametrize(
    "lang,text",
    [
        # a date line between sentences heads what follows; a date in the last sentence is no stamp
        pytest.param("en", f"{EN}\nMarch 12, 2024\nThe army helped.", id="en-date-between-sentences"),
        pytest.param("en", f"{EN}\n\nThe next hearing is on March 12, 2024.", id="en-date-in-last-sentence"),
        # a date opening the first line before a colon opens a timeline's entry
        pytest.param("en", "March 12, 2024: the army retook the town.\nThe war went on.", id="en-timeline-colon"),
        # words after the clock that are no zone or country
        pytest.param("en", f"Floods\nMarch 12, 2024 at 10:32, rain fell\n{EN}", id="en-words-after-clock"),
        pytest.param("fr", f"Par Jean Dupont - il pleut\n\n{FR}", id="fr-author-dash-no-date"),
    ],
)
def test_dates_that_are_no_stamp_give_no_publication_date(lang, text):
    assert read(text, lang)[:2] == (None, None)
