"""One record per incident in English wire stories written for these tests.

- Casualties told "in the fighting" or "in the attack" belong to the incident reported before, not to a
  new one: the definite noun names the circumstance of the deaths, so it cannot be their own report
  (`events/links.enclosing_first`); the attackers' own dead are its dead, not its victims (`events/merge._absorb`);
  "the insurgents", "the militants" with a definite article name the attack's doers (support.tsv).
- A provincial or district spokesman speaks for the local government, not for the media
  (`scripts/build_actors.py`, EXTRA_AGENTS).
- A finite appeal joined to a condemnation is an act of its own ("condemned the violence and called on
  the Taliban to join talks"), and the condemnation's parties are not those of the appeal
  (`events/said._joined_appeal`, `events/parties.parties_under`).
- Dockers or drivers who strike stop work; they attack nobody (modifiers.tsv, `people`).
- An incident named only as the cause of the one reported, with no report or figure of its
  own, is background ("saying it was revenge for government raids"): set aside as `circumstance`
  (`events/raw.unasserted`).
"""

import pytest

import eventmill
from eventmill.config import Config
from sentence_events import events_of, one_event


def _names(mentions) -> set[str]:
    return {m.actor.name for m in mentions if m.actor is not None}


@pytest.mark.parametrize(
    "text, dead, injured, lang",
    [
        (
            "KABUL (Reuters) - Taliban fighters attacked a police checkpoint in Nad Ali district on Monday, "
            "officials said. Fifteen Taliban were killed in the fighting, a provincial spokesman said. "
            "The insurgents had also wounded four police officers, he said.",
            15,
            4,
            "en",
        ),
        (
            "MOGADISHU (AP) - Al-Shabaab militants stormed an army base near Baidoa on Tuesday, residents said. "
            "Nine militants died in the assault, the army said.",
            9,
            None,
            "en",
        ),
    ],
)
def test_casualties_of_the_fighting_join_the_attack(text, dead, injured, lang):
    ev = one_event(text, "ASSAULT", lang=lang)
    assert ev.dead is not None and ev.dead.value == dead
    assert (ev.injured.value if ev.injured else None) == injured


def test_the_attackers_own_dead_are_not_its_victims():
    ev = one_event(
        "KABUL (Reuters) - Taliban fighters attacked a police checkpoint in Nad Ali district on Monday, "
        "officials said. Fifteen Taliban were killed in the fighting, a police spokesman said."
    )
    assert "Taliban" in _names(ev.actors)
    assert "Taliban" not in _names(ev.recipients)


def test_deaths_in_an_attack_of_their_own_sentence_stay_with_it():
    evs = [
        e
        for e in events_of(
            "Gunmen killed two farmers in Maiduguri on Monday. On Wednesday, a suicide bomber attacked a "
            "market in Kano and five people were killed in the attack."
        )
        if e.type == "ASSAULT"
    ]
    assert len(evs) == 2
    assert sorted(e.dead.value for e in evs if e.dead) == [2, 5]


@pytest.mark.parametrize(
    "text, source, lang",
    [
        (
            "A roadside bomb killed three soldiers in Kandahar province on Tuesday, a provincial spokesman said.",
            "Government",
            "en",
        ),
        ("A roadside bomb killed three soldiers in Zabul on Tuesday, a district official said.", "Government", "en"),
        (
            "A roadside bomb killed three soldiers in Kandahar province on Tuesday, a police spokesman said.",
            "Police",
            "en",
        ),
    ],
)
def test_a_local_spokesman_speaks_for_the_local_government(text, source, lang):
    ev = one_event(text, "ASSAULT", lang=lang)
    assert ev.attribution is not None and ev.attribution.actor is not None
    assert ev.attribution.actor.name == source


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The UN condemned the violence and called on the Taliban to join peace talks.", "en"),
        ("The European Union condemned the killings and urged the rebels to lay down their arms.", "en"),
    ],
)
def test_an_appeal_joined_to_a_condemnation_is_its_own_act(text, lang):
    request = one_event(text, "REQUEST", lang=lang)
    assert request.recipients
    accused = [e for e in events_of(text, lang) if e.type == "ACCUSE"]
    assert not any(_names(e.recipients) & _names(request.recipients) for e in accused)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Dockers strike in Mombasa over pay", "en"),
        ("Truck drivers strike in Lagos over fuel prices", "en"),
    ],
)
def test_workers_who_strike_stop_work(text, lang):
    evs = events_of(text, lang)
    assert [e.type for e in evs] == ["PROTEST"]


@pytest.mark.parametrize(
    "text, cause, lang",
    [
        (
            "Militants attacked a police post in Kabul on Monday, saying it was revenge for government raids in Helmand.",
            "raids",
            "en",
        ),
        (
            "Gunmen attacked an army post near Gao on Monday in retaliation for air strikes on their camps.",
            "air strikes",
            "en",
        ),
    ],
)
def test_an_incident_named_only_as_the_cause_is_background(text, cause, lang):
    assert [e.trigger.text for e in events_of(text, lang) if e.type == "ASSAULT"] == ["attacked"]
    doc = eventmill.extract(text, lang=lang, published="2023-03-04", config=Config(keep="all"))
    assert [e.unasserted for e in doc.events if e.trigger.text == cause] == ["circumstance"]
