"""An incident named as the cause of another, or recalled at a time given for comparison, is not the
incident its sentence reports, and it is not news of the day.

- "The Taliban claimed the bombing, saying it was revenge for government raids in Helmand": the
  raids are another incident; their place is not the bombing's, and the bombing still joins the
  attack reported before it.
- "The attack was the deadliest since January, when a truck bomb killed more than 90 people": the
  truck bomb is a past incident recalled; it is no event of the article, and its toll is not the
  attack's.
"""

import pytest

import eventmill

CLAIM = (
    "A suicide bomber killed at least 14 police cadets at a training academy in Kabul on Tuesday, officials said.\n\n"
    "The Taliban claimed responsibility for the bombing in a statement, saying it was revenge for government "
    "raids in Helmand province.\n"
)

RECALLED = (
    "A suicide bomber killed at least 14 police cadets at a training academy in Kabul on Tuesday, officials said.\n\n"
    "The attack was the deadliest in Kabul since January, when a truck bomb killed more than 90 people near "
    "the German embassy.\n"
)


def _assaults(text, published="2019-03-12"):
    return [e for e in eventmill.extract(text, lang="en", published=published).events if e.type == "ASSAULT"]


def test_a_claim_joins_the_attack_and_the_cause_it_names_stays_apart():
    first = _assaults(CLAIM)[0]
    assert "Taliban" in [m.span.text for m in first.actors]
    assert first.location is not None and first.location.span.text == "Kabul"


def test_an_incident_recalled_at_a_time_given_for_comparison_is_no_event():
    events = _assaults(RECALLED)
    assert len(events) == 1
    assert events[0].dead is not None and events[0].dead.value == 14
    assert "people" not in [m.span.text for m in events[0].recipients]


def test_a_month_after_since_is_a_date():
    doc = eventmill.extract("The attack was the deadliest since January.", lang="en", published="2019-03-12")
    assert [(m.span.text, m.date.value) for m in doc.mentions if m.kind == "date" and m.date] == [
        ("January", "2019-01")
    ]


def test_a_bare_plural_attack_noun_under_a_modal_is_a_kind_of_event():
    doc = eventmill.extract("Attacks on civilians could amount to war crimes, the UN said.", lang="en")
    assert [e for e in doc.events if e.type == "ASSAULT"] == []


def test_french_reprisals_name_another_incident():
    text = (
        "Un kamikaze a tué au moins quatorze policiers dans une école de police à Kaboul mardi, selon des "
        "responsables.\n\nLes talibans ont revendiqué l'attentat, commis selon eux en représailles aux raids de "
        "l'armée dans la province du Helmand.\n"
    )
    (first, *_) = [e for e in eventmill.extract(text, lang="fr", published="2019-03-12").events if e.type == "ASSAULT"]
    actors = [m.span.text for m in first.actors]
    assert "Les talibans" in actors and not any("armée" in a for a in actors)


MARKET = (
    "Two suspects arrested over deadly market blast\n\n"
    "Police have arrested two men in connection with Saturday's explosion at a crowded market that killed three "
    "people and injured 19.\n\n"
    "The men were detained in raids early on Monday, police said.\n\n"
    "The blast, caused by a homemade device hidden in a backpack, ripped through the market shortly after noon.\n\n"
    "Investigators believe the attack was planned for several weeks.\n"
)


def test_the_blast_in_the_body_is_the_explosion_reported_before_it():
    blasts = [e for e in _assaults(MARKET, "2025-03-10") if "explosives" in e.modes]
    assert len(blasts) == 1
    assert (blasts[0].dead.value, blasts[0].injured.value) == (3, 19)


def test_the_place_a_killing_relative_clause_hangs_on_did_not_kill():
    (blast,) = [e for e in _assaults(MARKET, "2025-03-10") if e.dead is not None and e.dead.value == 3]
    assert "market" not in " ".join(m.span.text for m in blast.actors)


def test_an_attack_said_to_have_been_planned_is_no_threat():
    doc = eventmill.extract(MARKET, lang="en", published="2025-03-10")
    assert [e for e in doc.events if e.type == "THREATEN"] == []


def test_who_patrols_in_a_relative_clause_still_patrols():
    doc = eventmill.extract("The attack on a convoy of soldiers who were patrolling the border killed five.", lang="en")
    assert any(m.span.text == "soldiers" for e in doc.events if e.type == "MOBILIZE" for m in e.actors)


def test_water_cannon_is_crowd_control_not_artillery_nor_a_water_cut():
    doc = eventmill.extract(
        "Police fired tear gas and water cannon to disperse crowds near parliament, and at least 50 people were "
        "arrested.",
        lang="en",
    )
    modes = {m for e in doc.events for m in e.modes}
    assert not {"heavy-weapons", "withhold"} & modes


def test_a_volley_of_rockets_is_fired_and_its_cause_stays_apart():
    doc = eventmill.extract(
        "Hezbollah fired dozens of rockets into northern Israel in response to the killing of a senior commander.",
        lang="en",
    )
    fired = [e for e in doc.events if e.trigger.text == "fired"]
    assert len(fired) == 1 and [m.span.text for m in fired[0].actors] == ["Hezbollah"]
    assert "dozens of rockets" not in [m.span.text for m in fired[0].recipients]
    assert len([e for e in doc.events if e.type == "ASSAULT"]) == 2


OFFENSIVES = [
    ("en", "Israel launched a ground offensive in Gaza."),
    ("fr", "Israël a lancé une offensive terrestre dans la bande de Gaza."),
]


@pytest.mark.parametrize("lang, text", OFFENSIVES, ids=[r[0] for r in OFFENSIVES])
def test_a_ground_offensive_is_no_figure_of_speech(lang, text):
    doc = eventmill.extract(text, lang=lang)
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_a_charm_offensive_still_is():
    assert eventmill.extract("The government launched a charm offensive in Brussels.", lang="en").events == ()
