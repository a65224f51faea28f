"""Long-form accounts of one incident: an encyclopaedic article or a news feature tells the incident
over several sections, around a background of earlier incidents, and often gives no publication date.

- "The bombing occurred on 11 November 2008, when a bomb exploded": the relative clause on the day
  tells the incident of its own sentence (only a date a sequence word opens, "the deadliest since
  January, when ...", marks another incident).
- "Twin blasts kill dozens" ... "killing at least 30": a vague figure whose range holds the exact one
  rounds it; the exact one is the best estimate.
- With no publication date, the article's first full date is the story's day: "In July 2014, a car
  bomb exploded" in the background of a 2016 bombing is an earlier incident, and "the blast" told
  later about the 2016 bombing does not join it.
- "In 2013, militants stormed a police station, killing eight officers": the participle shares its
  verb's time, one incident.
- "The Northern Front, which had bombed a railway bridge in 2005, was suspected of carrying out the
  bombing": the relative clause recalls another incident as an aside; "the bombing" is the story's.
- "Since the insurgency began in 2011, more than 5,000 people have died": a running total.
- "Karsani had been the scene of violence for several years": acts over a span, no incident.
- A section heading of the body ("Attack") is no incident later reports join.
- "set two patrol cars on fire": "patrol" only says what kind of car, no deployment.
"""

import eventmill
from eventmill.config import Config

MARKET = (
    "Karsani market bombing\n\n"
    "The Karsani market bombing was a suicide attack on 14 March 2016 at the central market of Karsani. "
    "At least 41 people were killed.\n\n"
    "In 2013, militants stormed a police station in the town, killing eight officers. In July 2014, a car "
    "bomb exploded near the bus terminal, killing 17 people.\n\n"
    "That morning a man in a heavy coat walked into the crowded market. Witnesses said he shouted before the "
    "blast, which destroyed dozens of stalls.\n"
)

SIEGE = (
    "Hotel Meridia siege\n\n"
    "Gunmen stormed the Hotel Meridia in Port Salam on 2 August 2019, seizing dozens of hostages.\n\n"
    "Background\n\n"
    "The militia had been active in the city since 2015. Its leader was killed by the army in 2018.\n\n"
    "Attack\n\n"
    "Witnesses said he walked into the lobby before detonating his device. The blast shattered the windows.\n"
)


def _doc(text, published=None, keep="asserted"):
    return eventmill.extract(text, lang="en", published=published, config=Config(keep=keep))


def _assaults(text, published=None, keep="asserted"):
    return [e for e in _doc(text, published, keep).events if e.type == "ASSAULT"]


def test_a_relative_clause_on_the_incidents_own_day_is_that_incident():
    text = (
        "The 2008 Dalun train bombing occurred on 11 November 2008, when a bomb exploded on a commuter train "
        "near Dalun station, killing 19 passengers."
    )
    events = _assaults(text)
    assert len(events) == 1
    assert events[0].dead is not None and events[0].dead.value == 19


def test_a_vague_headline_figure_rounds_the_ledes_exact_one():
    text = (
        "Twin blasts kill dozens in Kabul\n\n"
        "KABUL, Oct. 3, 2017 (AP) - Two suicide bombers blew themselves up outside a mosque in western Kabul on "
        "Tuesday, killing at least 30 people, officials said.\n"
    )
    events = _assaults(text)
    assert len(events) == 1
    assert events[0].dead is not None and events[0].dead.value == 30


def test_with_no_publication_date_the_background_incidents_stay_apart_from_the_story():
    events = _assaults(MARKET)
    by_trigger = {e.trigger.text: e for e in events}
    earlier = by_trigger["exploded"]
    assert earlier.dead is not None and earlier.dead.value == 17
    # the blast told about the market bombing is not the 2014 car bomb
    assert not any("blast" in sp.text for sp in [earlier.evidence, *earlier.also_evidence])
    assert any("blast" in sp.text for e in events if e is not earlier for sp in [e.evidence, *e.also_evidence])


def test_a_participle_shares_the_time_of_its_verb():
    text = (
        "Gunmen killed four soldiers near Karsani on Monday.\n\n"
        "In 2013, militants stormed a police station in the town, killing eight officers.\n"
    )
    events = _assaults(text, published="2024-05-14", keep="all")
    recalled = [e for e in events if "2013" in e.evidence.text]
    assert len(recalled) == 1
    assert recalled[0].unasserted == "historical"
    assert recalled[0].dead is not None and recalled[0].dead.value == 8


def test_a_period_that_began_makes_a_running_total():
    text = (
        "Gunmen killed four soldiers near Karsani on Monday. Since the insurgency began in 2011, more than "
        "5,000 people have died in the region."
    )
    doc = _doc(text)
    assert [t.count.value for t in doc.tolls] == [5000]
    assert [e.dead.value for e in doc.events if e.dead] == [4]


def test_years_of_violence_on_a_scene_are_no_incident():
    text = (
        "Gunmen killed four soldiers near Karsani on Monday. Karsani had been the scene of violence for several years."
    )
    events = _assaults(text)
    assert [e.trigger.text for e in events] == ["killed"]


def test_a_section_heading_is_no_incident_later_reports_join():
    events = _doc(SIEGE, keep="all").events
    heading = [e for e in events if e.trigger.text == "Attack"]
    assert len(heading) == 1 and heading[0].unasserted == "heading"
    assert heading[0].also_evidence == ()
    asserted = [e for e in _assaults(SIEGE) if e.trigger.text != "killed"]
    assert all(e.trigger.text != "Attack" for e in asserted)


def test_a_patrol_car_is_no_deployment():
    events = _doc("Youths threw stones at police and set two patrol cars on fire.").events
    assert not [e for e in events if e.type == "MOBILIZE"]


def test_an_incident_a_relative_clause_recalls_does_not_take_the_storys_own_mention():
    text = (
        "Dalun train bombing\n\n"
        "The Dalun train bombing occurred on 11 November 2008, when a bomb exploded on a commuter train near "
        "Dalun station, killing 19 passengers.\n\n"
        "The Northern Front, which had bombed a railway bridge in 2005, was suspected of carrying out the "
        "bombing.\n\n"
        "A plaque commemorating the victims of the train bombing was placed at the station in 2018.\n"
    )
    events = _assaults(text)
    main = [e for e in events if e.dead is not None and e.dead.value == 19]
    assert len(main) == 1
    assert any("suspected of carrying out" in sp.text for sp in main[0].also_evidence)
    aside = [e for e in events if e.trigger.text == "bombed"]
    assert len(aside) == 1 and aside[0].also_evidence == ()
