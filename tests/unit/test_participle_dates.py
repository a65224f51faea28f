"""A past participle on another noun tells its own time, not the act's, in sentences written for these
tests (`events/clausetime.in_relative_clause`): "urged the government to release activists arrested
earlier this week" is no request of earlier this week, while "the attack carried out on Monday" dates its
attack, and a misparsed "jihadistes présumés fin mars" still dates the killing."""

import pytest

import eventmill


def dates(text, lang):
    d = eventmill.extract(text, lang=lang, published="2024-06-20")
    return {e.type: (e.date.date.value if e.date and e.date.date else None) for e in d.events}


def test_a_participle_on_another_noun_does_not_date_the_act():
    text = (
        "Opposition leader Raila Odinga urged the government to release dozens of activists arrested earlier this week."
    )
    assert dates(text, "en")["REQUEST"] != "2024-06-17"


@pytest.mark.parametrize(
    ("lang", "text", "etype", "day"),
    [
        pytest.param(
            "en",
            "The attack carried out on Monday killed five people, police said.",
            "ASSAULT",
            "2024-06-17",
            id="en-own",
        ),
        pytest.param(
            "fr",
            "Les forces égyptiennes ont tué onze jihadistes présumés fin mars dans le Nord-Sinaï, a annoncé le ministère.",
            "ASSAULT",
            "2024-03",
            id="fr-presumes",
        ),
    ],
)
def test_the_events_own_participle_still_dates_it(lang, text, etype, day):
    assert dates(text, lang)[etype] == day
