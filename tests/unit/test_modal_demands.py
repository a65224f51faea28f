"""A demand read from a modal ("Libya must hand over the suspects") asks something of the party that
must act. With nobody there, or only "there", "you" or "we" ("there must be dialogue", "you must know
your limits"), or only a thing ("the chicken must be there", "requirements that must be met"), it is
an opinion or an instruction, and no event. A noun for people is a party ("the hostages", "both parties")."""

import pytest

import eventmill


def requests(text):
    return [e for e in eventmill.extract(text, lang="en", published="2024-03-04").events if e.type == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said on Monday that there must be dialogue between all the regions.",
        "We must stay united, the mayor told residents of Leeds on Monday.",
        "You must know the limits of your freedom, the minister told reporters in Nairobi on Monday.",
        "The minister said on Monday that the chicken must be there before the eggs.",
        "These customary processes must be used to record land rights, the report said on Monday.",
        "The trial could take years because there are requirements that must be met, he said on Monday.",
    ],
)
def test_a_modal_with_no_party_that_must_act_is_no_demand(text):
    assert requests(text) == []


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        ("Syria must withdraw its troops from Lebanon, the French foreign minister said on Monday.", "Syria"),
        ("Britain said on Monday that the government of Iran must release the sailors.", "Iran"),
    ],
)
def test_a_modal_that_names_the_party_is_a_demand(text, addressee):
    (ev,) = requests(text)
    assert any(addressee in m.span.text for m in ev.recipients)


def test_a_pronoun_stands_for_the_party_named_before():
    assert requests("The president reminded Iraq on Monday that it must cooperate fully with the inspectors.")


@pytest.mark.parametrize(
    "text",
    [
        "The hostages must be released, the French foreign minister said on Monday.",
        "Both parties must return to the table, the UN envoy said in Geneva on Monday.",
    ],
)
def test_a_noun_for_people_is_a_party_that_must_act(text):
    assert requests(text)
