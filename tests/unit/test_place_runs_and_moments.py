"""Places whose first word is a title, and one incident told over a province and a town. Every sentence was
written for this test.

- a whole run of capitalised words after a locative word that the gazetteer knows is a place, though its
  first word is an agent ("Imam", a cleric) or the recogniser calls it a person ("in Sheikh Zuweid");
- deaths told "when" an attack happened are one incident with it, though the sentence opens with the
  province and the attack's clause names a town in it ("In Baghlan province, six soldiers died when
  insurgents attacked an outpost in Pul-i-Khumri"), and so is a retelling that points back to the lede ("The
  attackers stormed a village in Zurmi", after an attack in Zamfara state): its day is the incident's, not the
  day the lede's sources spoke.
"""

from __future__ import annotations

import pytest

from eventmill.api import extract

RUNS = [
    ("en", "Six soldiers were killed when the Taliban attacked an army post in Imam Sahib on Monday.", "Imam Sahib"),
    ("fr", "Six soldats ont été tués lorsque des talibans ont attaqué un poste de l'armée à Imam Sahib.", "Imam Sahib"),
    ("en", "Gunmen attacked a checkpoint in Sheikh Zuweid on Monday, killing three soldiers.", "Sheikh Zuweid"),
]


@pytest.mark.parametrize(("lang", "text", "place"), RUNS)
def test_a_known_name_after_a_locative_word_is_the_place(lang, text, place):
    events = extract(text, lang=lang).events
    assert [e.location.span.text if e.location else None for e in events] == [place]
    assert all(m.actor is None or m.actor.kind != "religious" for e in events for m in e.recipients)


MOMENTS = [
    ("en", "In Baghlan province, six soldiers died when insurgents attacked an army outpost in Pul-i-Khumri city."),
    ("en", "In Helmand province, two policemen were killed when a roadside bomb hit their vehicle in Lashkar Gah."),
]


@pytest.mark.parametrize(("lang", "text"), MOMENTS)
def test_deaths_when_an_attack_in_a_town_of_the_province_are_one_incident(lang, text):
    events = extract(text, lang=lang).events
    assert len(events) == 1
    assert events[0].dead is not None


def test_two_sentences_of_two_provinces_stay_two_incidents():
    text = "In Kunduz province, gunmen killed two policemen on Monday. In Herat city, a bomb wounded five people."
    assert len(extract(text, lang="en").events) == 2


def test_a_retelling_naming_a_town_of_the_province_is_the_lede_incident():
    text = (
        "Gunmen on motorcycles killed at least 30 people in an attack on a village in Nigeria's northwestern "
        "Zamfara state, police and residents said on Monday.\n\n"
        "The attackers stormed a village in Zurmi local government area on Sunday afternoon, shooting "
        "sporadically, a police spokesman said."
    )
    events = extract(text, lang="en", published="2024-01-22").events
    assert len(events) == 1
    (ev,) = events
    assert ev.dead is not None and ev.dead.value == 30
    assert ev.date is not None and ev.date.date is not None and ev.date.date.value == "2024-01-21"
