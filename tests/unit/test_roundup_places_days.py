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
