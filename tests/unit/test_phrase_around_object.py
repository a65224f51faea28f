"""A verb phrase written around the verb's object ("stabbed three people to death", "shot two policemen
dead") is read as the phrase, from its verb: the object's figure is the dead count
(`events/matching._past_object`); sentences written for these tests, real parses."""

import pytest

import eventmill


def assault(text: str, lang: str):
    (ev,) = [e for e in eventmill.extract(text, lang=lang).events if e.type == "ASSAULT"]
    return ev


@pytest.mark.parametrize(
    ("lang", "text", "dead"),
    [
        pytest.param(
            "en", "A man stabbed three people to death in a park in Reading on Saturday.", 3, id="en-stab-to-death"
        ),
        pytest.param(
            "en", "Gunmen shot two policemen dead at a checkpoint in Peshawar on Monday.", 2, id="en-shoot-dead"
        ),
        pytest.param("en", "Prison guards beat four inmates to death in Aleppo last week.", 4, id="en-beat-to-death"),
    ],
)
def test_the_object_of_a_phrase_around_it_is_the_dead(lang, text, dead):
    ev = assault(text, lang)
    assert ev.dead is not None and ev.dead.value == dead, (ev.trigger.text, ev.dead)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "Police shot the suspect in the leg outside a bank in Leeds.", id="en-shot-in-the-leg"),
    ],
)
def test_a_verb_without_the_rest_of_the_phrase_counts_no_dead(lang, text):
    assert assault(text, lang).dead is None
