"""Places found from their context when the entity recogniser mislabels or misses them, kinds of
place read around the name, and doubtful matches scored low (real parses, real gazetteer; fr/en)."""

import pytest

import eventmill


def places(text, lang):
    doc = eventmill.extract(text, lang=lang, published="2016-04-13")
    return {m.span.text: m.place for m in doc.mentions if m.kind == "place"}


def actors(text, lang):
    doc = eventmill.extract(text, lang=lang, published="2016-04-13")
    return {m.span.text for m in doc.mentions if m.kind == "actor"}


def test_known_places_in_locative_context_beat_person_and_org_labels():
    found = places(
        "Officials said two people died in Kunduz and Gardez, and the army moved to Lashkargah in Helmand province.",
        "en",
    )
    for name in ("Kunduz", "Gardez", "Lashkargah", "Helmand"):
        assert found.get(name) is not None, name
        assert found[name].country == "AF", name
    assert found["Helmand"].precision == "admin1"


@pytest.mark.parametrize(
    "lang,text,name,country",
    [
        ("en", "Police in Boise, Idaho, arrested two men.", "Idaho", "US"),
        ("en", "He flew from London to Harare on Monday.", "Harare", "ZW"),
        ("en", "Protests spread between Suwon and Incheon.", "Incheon", "KR"),
    ],
)
def test_a_place_after_a_place_or_a_motion_word_is_a_place(lang, text, name, country):
    found = places(text, lang)
    assert found.get(name) is not None and found[name].country == country


def test_a_name_in_no_place_context_keeps_its_actor_label():
    text = "Washington said the talks would resume."
    assert "Washington" not in places(text, "en")


@pytest.mark.parametrize(
    "lang,text,name,precision,country",
    [
        ("en", "Gunmen attacked a checkpoint in Kandahar province.", "Kandahar", "admin1", "AF"),
        ("fr", "Des combats ont eu lieu dans la province de Helmand.", "province de Helmand", "admin1", "AF"),
        ("en", "Police in Kansas City arrested two men.", "Kansas City", "town", "US"),
        ("en", "Voters in New Mexico and New Jersey went to the polls.", "New Mexico", "admin1", "US"),
        ("en", "Voters in New Mexico and New Jersey went to the polls.", "New Jersey", "admin1", "US"),
    ],
)
def test_kind_of_place_words_and_longer_names(lang, text, name, precision, country):
    p = next((pl for t, pl in places(text, lang).items() if t.startswith(name)), None)
    assert p is not None and (p.precision, p.country) == (precision, country)


def test_a_nationality_gives_country_context():
    p = places("Afghan police raided a house in Bagram.", "en")["Bagram"]
    assert p.country == "AF"


def test_a_name_that_only_modifies_a_common_noun_is_doubtful():
    p = places("He wore Bermuda shorts at the party in London.", "en")["Bermuda"]
    assert p.confidence < 0.5


def test_a_village_far_from_the_other_places_and_countries_is_doubtful():
    found = places(
        "Tamerlan Tsarnaev travelled to Chechnya. He later lived in Boston and Cambridge, Massachusetts.", "en"
    )
    far = found.get("Chechnya")
    assert far is None or far.country == "RU" or far.confidence < 0.8
    assert found["Boston"].confidence >= 0.8


def test_a_city_everyone_knows_is_never_doubted_for_being_alone():
    found = places("Tamerlan travelled to Chechnya. The Soviet army left Kabul in 1989.", "en")
    assert found["Kabul"].country == "AF" and found["Kabul"].confidence >= 0.8


@pytest.mark.parametrize(
    "lang,text,place,country",
    [
        (
            "en",
            "KABUL, Oct. 3, 2014 (Xinhua) -- Two policemen were killed yesterday by a roadside bomb.",
            "KABUL",
            "AF",
        ),
        (
            "fr",
            "ALEP (Syrie), 9 avril 2016 (AFP) - Au moins vingt civils ont été tués jeudi dans des raids.",
            "ALEP",
            "SY",
        ),
        ("en", "SAN DIEGO, March 29, 2018 -- Police arrested three men on Sunday.", "SAN DIEGO", "US"),
    ],
)
def test_the_dateline_place_is_a_place_and_locates_an_event_with_none_of_its_own(lang, text, place, country):
    doc = eventmill.extract(text, lang=lang)
    found = {m.span.text: m.place for m in doc.mentions if m.kind == "place"}
    assert found.get(place) is not None and found[place].country == country
    assert doc.events and doc.events[0].location is not None
    assert doc.events[0].location.span.text == place
