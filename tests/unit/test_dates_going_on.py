"""A relative clause of what was going on when an act took place ("who were robbing a bank", "qui
volaient du bétail") gives the act its time; one that tells an act of its own ("who had attacked the
embassy on Monday", "qui avaient attaqué l'ambassade lundi") still dates only that act (`events/dates`)."""

import pytest

import eventmill

PUB = "2013-04-20"  # a Saturday


def date_of(text, lang, etype):
    evs = [e for e in eventmill.extract(text, lang=lang, published=PUB).events if e.type == etype]
    return evs[0].date.date.value if evs and evs[0].date and evs[0].date.date else None


@pytest.mark.parametrize(
    ("lang", "text", "etype", "day"),
    [
        pytest.param(
            "en",
            "A fire destroyed a market in Kano on Wednesday. "
            "Police shot dead three men who were robbing a bank in Lagos on Thursday.",
            "ASSAULT",
            "2013-04-18",
            id="en-progressive",
        ),
        pytest.param(
            "fr",
            "Un incendie a détruit un marché à Kano mercredi. "
            "La police a abattu trois hommes qui volaient du bétail près de Lagos jeudi.",
            "ASSAULT",
            "2013-04-18",
            id="fr-imperfect",
        ),
    ],
)
def test_a_clause_of_what_was_going_on_dates_the_act(lang, text, etype, day):
    assert date_of(text, lang, etype) == day


@pytest.mark.parametrize(
    ("lang", "text", "etype", "not_day"),
    [
        pytest.param(
            "en",
            "Police arrested two men on Friday who had attacked the embassy on Monday.",
            "COERCE",
            "2013-04-15",
            id="en-pluperfect",
        ),
        pytest.param(
            "fr",
            "La police a arrêté vendredi deux hommes qui avaient attaqué l'ambassade lundi.",
            "COERCE",
            "2013-04-15",
            id="fr-plus-que-parfait",
        ),
    ],
)
def test_a_clause_of_an_act_of_its_own_keeps_its_date(lang, text, etype, not_day):
    assert date_of(text, lang, etype) != not_day
