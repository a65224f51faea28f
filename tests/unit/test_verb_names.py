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
    # (with its members' word it is one party: "IS fighters")
    assert any(a == "IS" or a.startswith("IS ") for a in actors_of(text))


def test_is_the_verb_is_no_actor():
    doc = eventmill.extract("Is the war over? It is not, and rebels attacked the town of Gao on Monday.", lang="en")
    assert not [m for m in doc.mentions if m.kind == "actor" and m.span.text.lower() == "is"]
    doc = eventmill.extract("WHO IS TO BLAME FOR THE ATTACK ON THE CONVOY IN KABUL ON MONDAY", lang="en")
    assert not [m for m in doc.mentions if m.kind == "actor" and m.span.text == "IS"]


@pytest.mark.parametrize(
    "text",
    [
        "On 15 July 2018, a drone strike hit a compound near Jalalabad. 10 IS militants were killed.",
        "12 IS fighters were arrested in Mosul on Monday.",
    ],
)
def test_a_count_before_is_and_its_noun_leaves_a_tree_with_a_root(text):
    # the model makes "IS" the root of "10 IS militants were killed"; turning it into the noun's
    # modifier must not hang it below its own clause (a cycle, which once exhausted the memory)
    doc = eventmill.extract(text, lang="en")
    toks = doc.tokens
    for t in toks:
        seen, k = 0, t.i
        while toks[k].head != k and seen <= len(toks):
            k, seen = toks[k].head, seen + 1
        assert seen <= len(toks), f"cycle through {t.text!r}"
    assert any(m.kind == "actor" and m.span.text == "IS" for m in doc.mentions)


def test_a_tree_with_a_cycle_has_bounded_subtrees():
    from eventmill.models import Token
    from eventmill.tree import Tree

    toks = tuple(
        Token(i=i, start=0, end=0, text=w, lemma=w, pos="X", dep="dep", head=h)
        for i, (w, h) in enumerate([("a", 1), ("b", 0)])
    )
    assert Tree(toks).subtree(0) == [0, 1]


def test_a_name_read_as_the_root_verb_leaves_no_cycle_in_the_tree():
    # the model made "IS" the root and "killed" its complement; as a compound of "hideouts", the subject of
    # "killed", it had left a cycle of heads that no walk of the tree came out of
    doc = eventmill.extract("Air strikes on IS hideouts in the desert killed 21 militants on Monday.", lang="en")
    assert [(e.type, e.dead.value if e.dead else None) for e in doc.events] == [("ASSAULT", 21)]
