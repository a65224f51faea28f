"""One incident reported in several places is one event, and its actor is read from its own words.

Later mentions that point back ("the members killed", "this cowardly attack") join the incident;
a reaction to an event ("Carter responded to the bombing") does not make its subject the attacker;
a year is not a count of dead.
"""

import eventmill

PUB = "2015-12-22"


def run(text, lang="en"):
    return eventmill.extract(text, lang=lang, published=PUB).events


def names(mentions):
    return [m.span.text for m in mentions]


def assaults(text):
    return [e for e in run(text) if e.type == "ASSAULT"]


# eight sentences naming nobody, to put two mentions beyond the merge window
FILLER = " ".join(f"Line {i} of the report names nobody." for i in range(8))


def test_victims_named_again_by_a_participle_are_the_same_incident():
    text = (
        "On Monday in Kandahar, a suicide bomber blew himself up, killing six soldiers. "
        "All six of the soldiers killed were Americans."
    )
    (ev,) = run(text)
    assert ev.type == "ASSAULT" and ev.dead.value == 6


def test_a_participle_on_its_victims_takes_no_actor_from_before_it():
    text = "We mourn the six U.S. service members killed near the airfield."
    (ev,) = run(text)
    assert "U.S." not in names(ev.actors)


def test_the_attack_named_again_far_below_is_the_only_attack_reported():
    text = (
        "Gunmen attacked a police station in Kandahar on Monday, killing four officers. "
        + FILLER
        + " A spokesman for the Taliban said they were responsible for the attack."
    )
    assert len(assaults(text)) == 1


def test_a_reaction_to_an_attack_does_not_make_its_subject_the_attacker():
    text = "U.S. Secretary of Defense Ash Carter responded to the bombing on Tuesday."
    evs = assaults(text)
    assert evs and all("Ash Carter" not in " ".join(names(e.actors)) for e in evs)


def test_the_same_named_victim_in_a_later_sentence_is_the_same_incident():
    text = (
        "A roadside bomb killed a major general in Syria on Monday. "
        "The ministry confirmed that the major general was killed near Deir ez-Zor."
    )
    assert len(assaults(text)) == 1


def test_a_year_is_not_a_count_of_dead():
    text = "It was the first death of a general in Syria since 2017, when a colonel was killed in the same province."
    # the colonel killed is one dead; 2017 is no count
    assert all(e.dead is None or e.dead.value == 1 for e in run(text))


def test_a_place_unknown_to_the_gazetteer_may_be_part_of_a_known_one():
    text = (
        "A car bomb exploded near Bagram on Monday, killing three soldiers. "
        "The Taliban claimed the bombing at Bagram Airfield."
    )
    assert len(assaults(text)) == 1


def test_hosting_a_sports_final_is_no_meeting():
    assert [e.type for e in run("Lyon will host the semi-finals and the final.")] == []
    assert [e.type for e in run("The king hosted the delegation in his palace.")] == ["CONSULT"]


def test_more_victims_are_a_new_incident_not_the_one_before():
    text = (
        "Protesters clashed with security forces in Caracas on Monday. "
        "The opposition called for more protests following the slaying of seven more demonstrators."
    )
    events = run(text)
    slaying = [e for e in events if e.trigger.text == "slaying"]
    assert slaying and slaying[0].type == "ASSAULT" and slaying[0].dead.value == 7
    assert names(slaying[0].recipients) == ["demonstrators"]


def test_a_riot_by_protesters_is_a_protest_even_beside_a_phrase_naming_no_side():
    (ev,) = [
        e for e in run("Photo gallery: Protesters clash with security forces in Caracas.") if e.trigger.text == "clash"
    ]
    assert ev.type == "PROTEST"


def test_a_warning_given_to_someone_names_its_recipient_and_the_reporter_its_maker():
    text = (
        "A spokesman for the Provisional IRA pointed out that telephoned warnings were given "
        "to the police before each explosion."
    )
    (warn,) = [e for e in run(text) if e.type == "THREATEN"]
    # (the reporter is the body its spokesman speaks for: stages/quotes.py)
    assert names(warn.recipients) == ["police"] and "Provisional IRA" in " ".join(names(warn.actors))


def test_who_accepts_responsibility_for_an_attack_is_its_actor():
    events = run("The Provisional IRA accepted responsibility for the bombings in Belfast.")
    assert [(e.type, names(e.actors)) for e in events] == [("ASSAULT", ["The Provisional IRA"])]


def test_a_demonstrative_points_back_to_the_last_such_event_however_far():
    text = (
        "Gunmen attacked a checkpoint in Kandahar on Monday. Rebels attacked a convoy in Herat on Tuesday. "
        + FILLER
        + " This attack was the deadliest of the year."
    )
    assert len(assaults(text)) == 2


def test_whose_killing_names_the_victim_not_the_killer():
    (ev,) = assaults("Prosecutors said the gang member had boasted before Ortiz's killing in November.")
    assert names(ev.recipients) == ["Ortiz"]
    assert not ev.actors


def test_a_victim_named_by_full_name_then_by_surname_is_one_incident():
    text = (
        "Deputy Jerry Ortiz was shot dead outside an apartment in Hawaiian Gardens on Friday. "
        "Neighbours said the street had been quiet for months. "
        "Prosecutors said the suspect had boasted before Ortiz's killing that he wanted to shoot a policeman."
    )
    (ev,) = [e for e in assaults(text) if not e.hypothetical]
    assert "Jerry Ortiz" in names(ev.recipients)
    assert any("Ortiz's killing" in s.text for s in (ev.evidence, *ev.also_evidence))


def test_a_participle_completing_a_passive_verb_names_the_victim():
    (ev,) = assaults("The shopkeeper was found stabbed in his flat on Monday.")
    assert names(ev.recipients) == ["shopkeeper"]
    assert not ev.actors


def test_fighting_that_dies_down_is_no_death():
    text = (
        "A gunman opened fire on the crowd outside the school. "
        "When the fight appeared to die down, the woman stepped back onto the street with her son."
    )
    events = run(text)
    assert not [e for e in events if "fight" in " ".join(names(e.recipients))]
    assert all(e.trigger.text != "die" for e in events)


def test_people_arrested_up_to_a_number_are_the_recipients():
    (ev,) = [e for e in run("Police arrested up to 100 protesters in the capital on Sunday.") if e.type == "COERCE"]
    assert any("protesters" in r for r in names(ev.recipients))


def test_a_series_of_bombs_is_no_recipient():
    events = run("Rebels exploded a series of bombs in the city centre on Friday, police said.")
    assert events and all("bombs" not in " ".join(names(e.recipients)) for e in events)


def test_a_clause_the_parser_hung_on_its_subject_keeps_that_subject_as_the_actor():
    # fr_core_news_md reads "a bombardé" here as a participle on "groupe" (acl), which made the group
    # the bombed; its tense auxiliary says it is a clause of its own, with the group as its subject
    (ev,) = [
        e
        for e in run("La crise monétaire s'est aggravée lorsqu'un groupe de criminels a bombardé un pont.", lang="fr")
        if e.type == "ASSAULT"
    ]
    assert "criminels" in " ".join(names(ev.actors))
    assert "criminels" not in " ".join(names(ev.recipients))


def test_the_victims_of_a_passive_killing_are_not_the_actors_of_the_attack_they_died_in():
    # the nearest name before "riots" is where the victims died, not who rioted
    events = run("Serbia lifted a night curfew in Montenegro, where 28 people were killed in ethnic riots on Sunday.")
    (riots,) = [e for e in events if e.trigger.text == "riots"]
    assert "Montenegro" not in names(riots.actors)
