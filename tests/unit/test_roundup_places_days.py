"""Incidents of Syria and Afghanistan roundups told apart and placed and dated each from its own report: a
headline goes with the body's report of its incident, not a later one in the town it names; a province
named beside its district and two towns near each other do not make two reports one; a town named after
"near" another place is a point of reference; an ezafe joins two names the recogniser labelled apart; a
sequel day counts from the day of the incident, not the day a source spoke. Reports written for these
tests; real parses, English."""

import eventmill


def events(text, published="2019-03-14"):
    doc = eventmill.extract(text, lang="en", published=published)
    return [
        (
            e.trigger.text,
            e.location.place.name if e.location and e.location.place else None,
            e.date.date.value if e.date and e.date.date else None,
        )
        for e in doc.events
    ]


def test_a_headline_joins_its_body_report_in_a_district_of_the_province_it_names():
    text = (
        "Taliban attack kills four police in Farah\n\n"
        "Taliban insurgents attacked a security checkpoint in Bala Buluk district of Farah province on Tuesday "
        "night, killing four policemen, a provincial council member said.\n\n"
        "On Thursday, gunmen shot dead a tribal elder in Farah city."
    )
    found = events(text)
    assert ("attacked", "Bala Buluk", "2019-03-12") in found
    assert ("shot dead", "Farah", "2019-03-14") in found
    assert len(found) == 2


def test_a_province_named_beside_its_district_does_not_join_an_attack_in_another_district():
    text = (
        "Separately, a roadside bomb killed two policemen in Ghazni district, Ghazni province, on Monday. "
        "Taliban fighters also attacked a checkpoint in Qarabagh district, killing three soldiers."
    )
    places = [place for _, place, _ in events(text)]
    assert len(places) == 2 and "Qarabagh" in places


def test_a_town_read_wider_after_near_is_still_another_town():
    text = (
        "In Idlib province, a man was killed by sniper fire in the village of Kafr Nabl on Monday, while rebel "
        "fighters clashed with government forces near Khan Sheikhoun."
    )
    assert len(events(text)) == 2


def test_a_place_after_near_another_is_a_point_of_reference():
    text = (
        "Syrian government forces pounded Eastern Ghouta near Damascus on Monday, killing 23 civilians, "
        "the Syrian Observatory for Human Rights said."
    )
    assert events(text) == [("pounded", "Eastern Ghouta", "2019-03-11")]


def test_an_ezafe_joins_two_names_the_recogniser_labelled_apart():
    text = "Security forces killed 7 militants in an operation in Baghlan-e Jadid district on Sunday."
    doc = eventmill.extract(text, lang="en", published="2019-03-14")
    places = [(m.span.text, m.place.precision) for m in doc.mentions if m.kind == "place" and m.place]
    assert places == [("Baghlan-e Jadid", "admin2")]


def test_the_previous_day_counts_from_the_incident_not_from_when_a_source_spoke():
    text = (
        "Regime forces shelled the town of Kafr Zita in Hama countryside on Sunday, killing three civilians, "
        "the Syrian Observatory said on Tuesday. The previous day, a woman was killed by a landmine near the "
        "village of Tal Hamis."
    )
    dates = {trigger: day for trigger, _, day in events(text)}
    assert dates == {"shelled": "2019-03-10", "killed": "2019-03-09"}


def test_a_roundup_headline_joins_no_report_and_each_village_keeps_its_incident():
    text = (
        "SOHR: 9 killed in separate incidents across Daraa and Idlib\n\n"
        "The Syrian Observatory for Human Rights has documented the death of a young man who was shot dead by "
        "unknown gunmen in the town of Jasim in the northern countryside of Daraa, while a former rebel commander "
        "was assassinated in Nawa city, and a child was killed by the explosion of a landmine in the village of "
        "Al-Yadudah."
    )
    places = sorted(place for _, place, _ in events(text))
    assert places == ["Al Yadudah", "Jāsim", "Nawa"]  # the curated press name of Nawá


def test_two_attacks_of_one_sentence_keep_their_deaths_and_their_villages():
    text = (
        "Regime forces shelled the town of Kafr Nabl in Idlib countryside, killing 2 women, while Russian jets "
        "carried out airstrikes on the outskirts of Maarrat Misrin, killing 3 civilians."
    )
    doc = eventmill.extract(text, lang="en", published="2019-03-14")
    found = sorted((e.location.place.name, e.dead.value) for e in doc.events if e.location and e.dead)
    assert found == [("Kafr Nabl", 2), ("Ma‘arratmişrīn", 3)]  # the curated press name of Kafranbel


def test_a_known_name_after_a_word_of_approximation_is_a_place_whatever_its_label():
    text = "Hama, SANA - Army units destroyed a terrorist drone flying over the vicinity of Suqaylabiyah on Monday."
    assert events(text) == [("destroyed", "As Suqaylibīyah", "2019-03-11")]


def test_a_village_an_attack_hits_is_its_place_though_the_recogniser_called_it_an_organisation():
    text = (
        "Two civilians were killed by a sniper in Kafr Nabl, in Idlib countryside, on Monday. "
        "On Tuesday, regime forces shelled Kansafra, killing 2 women."
    )
    assert ("shelled", "Kansafrah", "2019-03-12") in events(text)
