"""A name in capitals that the English model reads as a verb: "IS" (the Islamic State) is tagged as
"is". The parse conversion makes it a proper noun (`verb_names` in language.json), so the actor
lexicon finds it; "Is" and "is", and "IS" in a line written in capitals, stay verbs."""

import pytest

import eventmill


def actors_of(text, kind="ASSAULT"):
    return [m.span.text for e in eventmill.extract(text, lang="en").events if e.type == kind for m in e.actors]


@pytest.mark.parametrize(
    "text",
    [
        "More than twenty soldiers were killed in IS attacks near Palmyra on Monday.",
        "IS fighters attacked a checkpoint near Palmyra on Monday.",
        "IS claimed responsibility for the bombing in Kabul on Monday.",
        "The bombing in Kabul was claimed by IS on Monday.",
    ],
)
def test_is_in_capitals_is_the_islamic_state(text):
    assert "IS" in actors_of(text)


def test_is_the_verb_is_no_actor():
    doc = eventmill.extract("Is the war over? It is not, and rebels attacked the town of Gao on Monday.", lang="en")
    assert not [m for m in doc.mentions if m.kind == "actor" and m.span.text.lower() == "is"]
    doc = eventmill.extract("WHO IS TO BLAME FOR THE ATTACK ON THE CONVOY IN KABUL ON MONDAY", lang="en")
    assert not [m for m in doc.mentions if m.kind == "actor" and m.span.text == "IS"]
