"""Who is no doer, in sentences written for these tests:
- what "anyone" does, or anyone who does it, is a kind of act, not one that happened ("warned that anyone
  who attacked state property would face charges"; `status_flags`, the `anyone` kind of modifiers.tsv),
  while "whoever attacked the convoy" presumes an attack;
- a spokesman the parser did not make the subject of "said" still only tells of the deed
  (`asides.spokespeople`): "Munir Ahmad Farhad, the spokesman for the governor, said the attack ...".
"""

import pytest

import eventmill


def events(text, lang="en"):
    return eventmill.extract(text, lang=lang).events


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The minister warned that anyone who attacked state property would face charges.", id="relcl"),
        pytest.param(
            "Anyone attacking police officers will be arrested, the minister said on Monday.", id="participle"
        ),
    ],
)
def test_what_anyone_would_do_is_no_attack(text):
    assert [e.type for e in events(text) if e.type == "ASSAULT"] == []


def test_a_real_attack_stays():
    text = "Gunmen attacked state property in Kano on Monday, the minister said."
    assert [e.type for e in events(text)] == ["ASSAULT"]


def test_a_spokesman_named_apart_from_said_is_no_attacker():
    text = (
        "Taliban insurgents attacked a police checkpoint in Balkh province late Tuesday, killing nine policemen. "
        "Munir Ahmad Farhad, the spokesman for the provincial governor, said the attack lasted more than two hours."
    )
    (ev,) = events(text)
    names = [m.actor.name for m in ev.actors if m.actor]
    assert "Munir Ahmad Farhad" not in names
    assert names[0] == "Taliban"
