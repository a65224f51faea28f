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
from eventmill.events.relevance import SCORELINE, off_topic

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
    # reports of games told with their score ("crushed Arsenal 4-1", "beat the Heat 112-104") and a cycling stage
    "premier_league_en": ("en", "sports"),
    "basketball_en": ("en", "sports"),
    "ligue1_fr": ("fr", "sports"),
    "cycling_fr": ("fr", "sports"),
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


@pytest.mark.parametrize(
    "name, lang, kinds",
    [
        ("hooligans_en", "en", {"COERCE"}),
        ("supporters_fr", "fr", {"PROTEST", "COERCE"}),  # fans fighting the police: a riot (type29 round)
        ("senate_vote_en", "en", {"ACCUSE"}),
    ],
)
def test_news_told_around_a_game_or_with_a_tally_stays_news(name, lang, kinds):
    """Fans fighting the police before a match, and a vote of 52-48, are news: their words of sport, or the
    tally that reads like a score, are outnumbered by the police, ministers and lawmakers in them."""
    doc = extract((DATA / f"{name}.txt").read_text(encoding="utf-8"), lang=lang)
    assert off_topic(doc) == ""
    assert kinds <= {e.type for e in doc.events}


@pytest.mark.parametrize(
    "text, n",
    [
        ("City crushed Arsenal 4-1 on Sunday.", 1),
        ("The Celtics beat the Heat 112-104.", 1),
        ("Alcaraz won 6-4, 7-5.", 2),
        ("Lyon, menés 2-0 à la mi-temps, l'ont emporté 3-2.", 2),
        ("The 2023-24 budget was cut by 10-15% on 12-03-2024.", 0),
    ],
)
def test_a_score_is_read_as_one(text, n):
    assert len(SCORELINE.findall(text)) == n


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
