"""Article relevance: an article about sports, business, health, technology, science or entertainment
yields no asserted events, whatever its trigger words say ("a game-winning shot", "attacked the
basket", "fight for more funding", "the board agreed to fund the programme"); a violent incident
reported in such a setting stays an event, and so does a strike or a protest of a counted crowd.

The articles in tests/data/relevance/ were written for this test (no dev set was read to write them).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventmill.api import extract
from eventmill.config import Config
from eventmill.events.relevance import off_topic

DATA = Path(__file__).resolve().parent.parent / "data" / "relevance"
OFF_TOPIC = {
    "sports_en": ("en", "sports"),
    "sports_fr": ("fr", "sports"),
    "business_en": ("en", "business"),
    "business_fr": ("fr", "business"),
    "culture_en": ("en", "entertainment"),
    "health_en": ("en", "health"),
    "technology_fr": ("fr", "technology"),
    "science_en": ("en", "science"),
    # words of two subjects together (a start-up's funding round), and an article on the economy
    "startup_en": ("en", "business"),
    "economy_en": ("en", "business"),
    "economy_fr": ("fr", "business"),
    # horse racing is sports too
    "racing_en": ("en", "sports"),
    # a football report whose attack words ("City attacked from the first whistle", "struck again") are the game's
    "football_en": ("en", "sports"),
}


@pytest.mark.parametrize("name", sorted(OFF_TOPIC))
def test_an_article_on_another_subject_yields_no_asserted_event(name):
    lang, subject = OFF_TOPIC[name]
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    assert extract(text, lang=lang).events == ()
    doc = extract(text, lang=lang, config=Config(keep="all"))
    assert off_topic(doc) == subject
    # the trigger words are still read, and shown with the reason they were set aside
    assert doc.events and all(e.unasserted == f"off topic ({subject})" for e in doc.events)


def test_a_bombing_at_a_football_match_stays_an_event():
    doc = extract((DATA / "conflict_stadium_en.txt").read_text(encoding="utf-8"), lang="en")
    assert off_topic(doc) == ""
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    assert assaults and any(e.dead and e.dead.value == 12 for e in assaults)


def test_a_strike_in_a_health_article_stays_an_event():
    """Thousands of nurses striking are news, however many words of medicine the article has."""
    doc = extract((DATA / "health_strike_en.txt").read_text(encoding="utf-8"), lang="en")
    assert off_topic(doc) == "health"
    assert [e.type for e in doc.events if e.type == "PROTEST"] == ["PROTEST"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Rebels attacked the village on the day of the league match.", "en"),
        ("Police killed three protesters outside the stadium after the match, witnesses said.", "en"),
        ("Les rebelles ont attaqué le village le jour du match de championnat.", "fr"),
    ],
    ids=["en-too-few-words", "en-violence", "fr-too-few-words"],
)
def test_a_few_subject_words_decide_nothing(text, lang):
    """One or two sports words, or casualties beside them, do not make an article off topic."""
    assert off_topic(extract(text, lang=lang, config=Config(keep="all"))) == ""
