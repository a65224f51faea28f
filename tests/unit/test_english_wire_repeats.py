"""Later mentions of an incident already reported, and parties named with the class word that heads their
phrase, in English wire stories written for these tests.

- A definite event noun that a death word hangs on ("the death toll from the explosion", "deaths from the
  blast") names the incident reported before, however far back, not a new one (`events/assemble._setting`,
  `events/links.enclosing_first`).
- What a witness heard or told of ("they heard a loud explosion", "heard dozens of shots") is the incident
  just reported (`events/pointing.witnessed`; `witness` verbs of support.tsv).
- A figure of many incidents on a verb in the perfect over a period is a series, not one incident ("has
  carried out hundreds of air strikes since 2021": `events/status`).
- A town the gazetteer lists within a big city's spread may be one of its quarters: "the explosion struck
  Sadr City" retells a bombing "in the Iraqi capital" (`events/placelinks.within`).
- The set a superlative ranks an incident in is no incident: "the latest in a string of mass shootings",
  "one of the deadliest attacks" (`events/superlative.ranked_among`).
- A definite noun of one means ("the blast") names the report of its means told before, when every report
  near it tells of other means ("In a separate incident, gunmen shot dead ...": `events/links.means_back`).
- A named group or a class word right before the word for its members is one party with it ("RSF
  fighters", "government troops"); a capitalised class word inside a name is part of the name ("the
  Sovereign Council") (`events/context.Context.actor_in`).
"""

import pytest

from sentence_events import events_of, one_event

LEDE = (
    "A suicide bomber blew herself up in a crowded market in northeastern Nigeria on Tuesday, killing at "
    "least 23 people, police said. "
)


@pytest.mark.parametrize(
    "text, lang",
    [
        (LEDE + "On Wednesday, the death toll from the explosion rose to 31, a police spokesman said.", "en"),
        (LEDE + "The death toll from the attack rose to 31, a police spokesman said.", "en"),
        (
            LEDE + "The bombing was the deadliest in the state this year. Governor Babagana Zulum ordered an "
            "inquiry. Traders closed their stalls. On Wednesday, the death toll from the blast rose to 31.",
            "en",
        ),
    ],
)
def test_a_toll_of_the_incident_is_no_new_incident(text, lang):
    evs = [e for e in events_of(text, lang) if e.type == "ASSAULT"]
    assert len(evs) == 1, [e.trigger.text for e in evs if e.trigger]


@pytest.mark.parametrize(
    "text, lang",
    [
        (LEDE + "Witnesses said they heard a loud explosion.", "en"),
        (
            "A gunman opened fire at a shopping mall on Saturday, killing eight people. Witnesses described "
            "hearing dozens of shots.",
            "en",
        ),
    ],
)
def test_what_witnesses_heard_is_the_incident_reported(text, lang):
    evs = [e for e in events_of(text, lang) if e.type == "ASSAULT"]
    assert len(evs) == 1, [e.trigger.text for e in evs if e.trigger]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Residents heard gunfire in the capital overnight.", "en"),
        ("Gunfire was heard in the capital.", "en"),
    ],
)
def test_gunfire_heard_alone_is_still_reported(text, lang):
    assert one_event(text, "ASSAULT", lang=lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The junta has carried out hundreds of air strikes since 2021.", "en"),
        ("The militants have carried out dozens of attacks since the ceasefire collapsed.", "en"),
    ],
)
def test_a_figure_of_incidents_over_a_period_is_a_series(text, lang):
    assert not [e for e in events_of(text, lang) if e.type == "ASSAULT"]


def test_a_figure_of_incidents_on_one_day_is_reported():
    assert one_event("The army carried out dozens of air strikes on Tuesday, killing 20 people.", "ASSAULT")


@pytest.mark.parametrize(
    "text, party, lang",
    [
        (
            "Paramilitary Rapid Support Forces (RSF) fighters attacked a village in Gezira state on Wednesday.",
            "Rapid Support Forces",
            "en",
        ),
        ("RSF fighters attacked a convoy near the border on Monday.", "Rapid Support Forces", "en"),
        ("Islamic State fighters attacked a convoy near the border on Monday.", "Islamic State", "en"),
        ("Government troops shelled rebel positions in the capital on Monday.", "Military", "en"),
    ],
)
def test_a_group_and_the_word_for_its_members_are_one_party(text, party, lang):
    ev = [e for e in events_of(text, lang) if e.type == "ASSAULT"][0]
    assert len(ev.actors) == 1, [m.span.text for m in ev.actors]
    assert ev.actors[0].actor is not None and ev.actors[0].actor.name == party


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The army-aligned Sovereign Council accused the rebels of killing 20 civilians.", "en"),
        ("The Sovereign Council condemned the rebels for attacking the town.", "en"),
    ],
)
def test_a_class_word_inside_a_name_is_part_of_the_name(text, lang):
    ev = [e for e in events_of(text, lang) if e.type == "ACCUSE"][0]
    assert [m.span.text for m in ev.actors] and all("Council" in m.span.text for m in ev.actors)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Five soldiers were killed in an attack by rebels in the village of Um Kadada on Monday.", "en"),
        ("Three police officers were wounded in an attack by militants in a village near Kano on Sunday.", "en"),
        ("Gunmen in a village near the border killed four farmers on Sunday.", "en"),
    ],
)
def test_a_place_the_doers_were_in_is_no_party(text, lang):
    ev = one_event(text, "ASSAULT", lang=lang)
    assert [m.actor.name for m in ev.actors if m.actor] == [ev.actors[0].actor.name]
    assert not any("village" in m.span.text.lower() for m in ev.actors)


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "A car bomb exploded near a busy market in the Iraqi capital on Thursday, killing at least 15 "
            "people. The explosion struck the mainly Shi'ite district of Sadr City during the evening rush.",
            "en",
        ),
    ],
)
def test_a_quarter_of_a_big_city_is_the_city_s_incident(text, lang):
    evs = [e for e in events_of(text, lang) if e.type == "ASSAULT"]
    assert len(evs) == 1, [e.trigger.text for e in evs if e.trigger]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The rampage was the latest in a string of mass shootings in the United States this year.", "en"),
        ("It was the latest in a wave of attacks on police.", "en"),
        ("Witnesses said it was one of the deadliest attacks in the city since 2015.", "en"),
    ],
)
def test_the_set_a_superlative_ranks_in_is_no_incident(text, lang):
    assert not [e for e in events_of(text, lang) if e.type == "ASSAULT"]


def test_a_wave_of_attacks_launched_is_reported():
    assert one_event("Russia launched a wave of drone attacks overnight, killing three people.", "ASSAULT")


def test_the_blast_names_the_bombing_not_a_separate_shooting():
    text = (
        "A car bomb exploded near a busy market in the Iraqi capital on Thursday, killing at least 15 people and "
        "wounding 40, police said. The explosion struck the district of Sadr City during the evening rush. "
        "Security forces sealed off the area. In a separate incident, gunmen shot dead a police officer at a "
        "checkpoint in the northern city of Kirkuk, police said. Prime Minister Mohammed Shia al-Sudani ordered "
        'an investigation. "This cowardly attack will not go unpunished," he said in a statement. The United '
        "States embassy condemned the violence. Hospital officials said several of the wounded were in critical "
        "condition. Witnesses said the blast shattered windows hundreds of metres away."
    )
    shooting = next(e for e in events_of(text) if e.type == "ASSAULT" and "shot" in e.trigger.text)
    assert not any("blast" in s.text for s in shooting.also_evidence)
