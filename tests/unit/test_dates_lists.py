"""The items of a list take the date of the sentence that heads it with a colon, however many items come between
(`eventmill.events.clausetime.heads_list`; real parses, tagged by language)."""

import pytest

import eventmill


@pytest.mark.parametrize(
    "lang,text,published,trigger,expected",
    [
        (
            "en",
            "The Syrian Observatory documented the following incidents on Wednesday: In Idlib, regime forces shelled "
            "Kansafra. In Deir Ezzor, gunmen killed a man in Dhiban. In Daraa, a landmine exploded in Nawa, killing "
            "a shepherd.",
            "2024-01-18",
            "exploded",
            "2024-01-17",
        ),
    ],
)
def test_a_list_takes_the_date_of_the_sentence_that_heads_it(lang, text, published, trigger, expected):
    doc = eventmill.extract(text, lang=lang, published=published)
    ev = next(e for e in doc.events if e.trigger.text == trigger)
    assert ev.date.date.value == expected
