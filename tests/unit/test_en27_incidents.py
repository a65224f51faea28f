"""Incidents, not mentions (English): what a group "has killed", thousands dead in a year, a toll that gives a
headline's figure, a group named again by its noun, "the bomber" after "a suicide bomber", the day a toll rose,
what "this" was, a relative clause on an incident recalled for comparison, and the place an incident is named
for (stories in tests/data/en27/).

- A relative clause in the present perfect on a party tells its record, not an incident ("Boko Haram, which has
  killed thousands of people"; `events/tolls.cumulative`); so do dead in the thousands told over last year or this one
  ("Bandits killed more than 2,600 civilians in the region last year").
- A toll told by nobody that gives the figure of the headline is the dead of the incident the headline joined
  ("Gunmen kill 11 in Nigerian village" ... "Eleven people were killed"; `events/merge._headline_tolls`).
- Doers introduced with the noun of their group ("Militia fighters") are named again by it ("Fighting between the
  militia and federal troops"; `events/assemble._doers`).
- A mode word alone that ends a longer mode phrase of the article names what that phrase names: "the bomber"
  after "a suicide bomber" is no war plane (`events/context.Context._phrase_heads`).
- The day a count rose ("the death toll ... rose to 57 on Saturday") does not date the incident
  (`events/days.read_days`, `events/spoken.count_risen`).
- What "this" or "it" was ("This was an ambush," the chief said) is the incident just told
  (`events/pointing.witnessed`).
- A relative clause on an incident named for comparison ("a similar attack ... in 2014 that killed 25
  people") tells that other incident too (`events/status`).
- A name the article also gives a place, unknown to the actor lexicon, is no party of the incident named for it
  ("The Omagh bombing ... in the town of Omagh"; `events/context.Context.place_named`).
- A demonstrative names the incident told last ("... after militants stormed a school, killing 140 people. That
  massacre led to a crackdown"; `events/merge`).
- "It" stands for no person who speaks: "Captain Hussein said the driver rammed the car into the barrier before it
  blew up" tells the car bomb again, not an act of the captain (`events/pronouns.speaker_as_pronoun`).
"""

import json
from pathlib import Path

import pytest

from eventmill.api import extract
from sentence_events import events_of

STORIES = Path(__file__).parent.parent / "data" / "en27" / "stories.jsonl"


def assaults(text: str) -> list:
    return [e for e in events_of(text) if e.type == "ASSAULT"]


def _show(evs: list) -> list:
    return [(e.trigger.text, e.evidence.text[:50], e.dead and e.dead.value, e.modes) for e in evs]


@pytest.mark.parametrize(
    ("lang", "text", "dead"),
    [
        pytest.param(
            "en",
            "A bomb exploded at a market in Kano on Friday, killing 14 people, police said. Suspicion fell on "
            "Boko Haram, which has killed thousands of people in its insurgency.",
            14,
            id="en-group-which-has-killed-thousands",
        ),
        pytest.param(
            "en",
            "A car bomb exploded at a checkpoint in Mogadishu on Sunday, killing six people. The group, which has "
            "killed hundreds of Somalis, was driven out of the capital in 2011.",
            6,
            id="en-the-group-which-has-killed-hundreds",
        ),
    ],
)
def test_a_partys_record_is_no_incident(lang, text, dead):
    evs = assaults(text)
    assert len(evs) == 1 and evs[0].dead is not None and evs[0].dead.value == dead, _show(evs)


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        pytest.param(
            "en",
            "Gunmen kill 11 in Nigerian village\n\nGunmen on motorcycles attacked a village in Zamfara state on "
            "Tuesday night. Eleven people were killed and several houses were set ablaze, a local official said.",
            1,
            id="en-toll-with-the-headlines-figure",
        ),
        pytest.param(
            "en",
            "Militia fighters attacked an army base in Ituri province on Saturday, killing nine soldiers, an army "
            "spokesman said. Fighting between the militia and federal troops lasted several hours.",
            1,
            id="en-the-militia-after-militia-fighters",
        ),
        pytest.param(
            "en",
            "The death toll from a suicide bombing at a mosque in Peshawar rose to 57 on Saturday, officials said. "
            "The attacker opened fire on police guarding the mosque during Friday prayers before he detonated "
            "his explosives.",
            1,
            id="en-the-day-the-toll-rose",
        ),
        pytest.param(
            "en",
            "Police said the officers had stopped a car in south Dallas on Wednesday when the driver opened fire, "
            'killing both of them. "This was an ambush," police chief Eddie Garcia said.',
            1,
            id="en-this-was-an-ambush",
        ),
        pytest.param(
            "en",
            "A bomb exploded at a market in Kano on Friday, killing 14 people. The group carried out a similar "
            "attack on a bus station in the city in 2014 that killed 25 people.",
            1,
            id="en-similar-attack-that-killed",
        ),
    ],
)
def test_one_incident_told_in_other_words(lang, text, count):
    evs = assaults(text)
    assert len(evs) == count, _show(evs)


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        pytest.param(
            "en",
            "Gunmen kill 11 in Nigerian village\n\nGunmen on motorcycles attacked a village in Zamfara state on "
            "Tuesday night, officials said. Two soldiers were killed in a separate attack in Kebbi state.",
            2,
            id="en-toll-with-another-figure-and-place",
        ),
    ],
)
def test_other_incidents_stay_apart(lang, text, count):
    evs = assaults(text)
    assert len(evs) == count, _show(evs)


@pytest.mark.parametrize(
    ("lang", "text", "aerial"),
    [
        pytest.param(
            "en",
            "A suicide bomber blew himself up outside the ministry in Kabul on Monday, killing 20 people. The "
            "bomber was on foot and detonated his explosives at the gate.",
            False,
            id="en-the-bomber-after-a-suicide-bomber",
        ),
        pytest.param("en", "Heavy bombers struck the city on Monday, killing 20 people.", True, id="en-heavy-bombers"),
    ],
)
def test_the_bomber_after_a_suicide_bomber_is_no_war_plane(lang, text, aerial):
    evs = assaults(text)
    assert evs and all(("aerial" in e.modes) == aerial for e in evs), _show(evs)


def _stories() -> list[dict]:
    return [s for line in STORIES.read_text(encoding="utf-8").splitlines() if "assaults" in (s := json.loads(line))]


@pytest.mark.parametrize("story", _stories(), ids=lambda s: s["id"])
def test_a_story_holds_one_event_per_attack(story):
    doc = extract(story["text"], lang="en", published=story.get("published"))
    evs = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(evs) == story["assaults"], _show(evs)
    assert not any("aerial" in e.modes for e in evs), _show(evs)


def test_a_year_of_a_kind_of_party_is_not_the_attack_of_the_day():
    """The story's "Bandits killed more than 2,600 civilians in the region last year" is a toll, so it neither joins the
    village attack nor takes it along when a year's news is set aside as history."""
    story = next(json.loads(line) for line in STORIES.read_text(encoding="utf-8").splitlines() if "s02_" in line)
    doc = extract(story["text"], lang="en", published=story["published"])
    zamfara = [e for e in doc.events if e.type == "ASSAULT" and "Zamfara" in e.evidence.text]
    assert len(zamfara) == 1 and zamfara[0].trigger.text == "attacked", _show(zamfara)
    assert zamfara[0].dead is not None and zamfara[0].dead.value == 11, _show(zamfara)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        pytest.param(
            "en",
            "The Omagh bombing was a car bombing on 15 August 1998 in the town of Omagh in County Tyrone, Northern "
            "Ireland. The bombing killed 29 people and injured about 220 others.",
            "Omagh",
            id="en-the-omagh-bombing-in-the-town-of-omagh",
        ),
    ],
)
def test_the_place_an_incident_is_named_for_is_no_party(lang, text, name):
    evs = [e for e in extract(text, lang=lang).events if e.type == "ASSAULT"]
    assert evs and not any(m.span.text == name for e in evs for m in e.actors), _show(evs)


@pytest.mark.parametrize(
    ("lang", "text", "anaphor", "dead"),
    [
        pytest.param(
            "en",
            "Gunmen attacked a school in Peshawar on Tuesday, killing four people, police said. The attack came nine "
            "years after Taliban militants stormed the Army Public School in the same city, killing more than 140 "
            "people. That massacre led to a military crackdown on militant groups.",
            "That massacre",
            140,
            id="en-that-massacre-after-an-attack-recalled",
        ),
    ],
)
def test_a_demonstrative_names_the_incident_told_last(lang, text, anaphor, dead):
    evs = assaults(text)
    hosts = [e for e in evs if any(anaphor in s.text for s in (e.evidence, *e.also_evidence))]
    assert len(hosts) == 1 and hosts[0].dead is not None and hosts[0].dead.value == dead, _show(evs)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        pytest.param(
            "en",
            "A car bomb exploded at a checkpoint in Mogadishu on Sunday, killing six people, police said. Police "
            "captain Mohamed Hussein said the driver rammed the car into the barrier before it blew up.",
            "Mohamed Hussein",
            id="en-it-blew-up-is-not-the-captain",
        ),
    ],
)
def test_it_is_no_person_who_speaks(lang, text, speaker):
    evs = assaults(text)
    assert len(evs) == 1 and not any(speaker in m.span.text for e in evs for m in e.actors), _show(evs)
