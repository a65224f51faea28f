"""An event noun that only says what kind of thing another noun is names no event: "a patrol boat", "the
murder weapon", "a protest song". The same noun on a word for an occasion of it ("strike action",
"shooting spree"), on another event word ("bomb attack"), or counting the dead ("death toll") still
reports its event, and so does a statement's or an exchange's noun ("aid package")."""

import pytest

import eventmill


def types(text):
    return [e.type for e in eventmill.extract(text, lang="en", published="2024-03-04").events]


@pytest.mark.parametrize(
    "text",
    [
        "A coast guard patrol boat sank near Lampedusa on Monday.",
        "Police never found the murder weapon, the court in Leeds heard on Monday.",
        "She sang a protest song at the concert in Dublin on Monday.",
        "The strike force landed in Crete on Monday.",
        "Riot gear was stolen from a warehouse in Lyon on Monday.",
    ],
)
def test_a_noun_that_only_names_a_kind_of_thing_is_no_event(text):
    assert types(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Strike action closed the port of Marseille on Monday.", "PROTEST"),
        ("A shooting spree killed five people in Ohio on Monday.", "ASSAULT"),
        ("A bomb attack killed three soldiers in Kabul on Monday.", "ASSAULT"),
        ("The death toll from the bombing in Kabul rose to 40 on Monday.", "ASSAULT"),
        ("Japan sent an aid package to Nepal on Monday.", "AID"),
    ],
)
def test_an_occasion_another_event_word_or_a_toll_keeps_the_event(text, kind):
    assert kind in types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an event noun of any type before a word for people only says who they are
        ("Gunmen abducted five aid workers near Kidal on Monday.", "AID"),
        ("Aid agencies warned of famine in the region.", "AID"),
        ("Peace monitors reported new violations on Sunday.", "AGREE"),
    ],
)
def test_an_event_noun_before_a_word_for_people_names_no_event(text, kind):
    assert kind not in types(text)


def test_an_exchange_noun_before_a_thing_still_names_it():
    assert "AID" in types("The government sent an aid package to Haiti on Monday.")


def types_fr(text):
    return [e.type for e in eventmill.extract(text, lang="fr", published="2024-03-04").events]


@pytest.mark.parametrize(
    "text",
    [
        # French says a compound with a preposition and a bare noun: after a word for a thing it only
        # says what kind of thing it is
        "Des véhicules de patrouille stationnaient lundi devant la mairie de Niamey.",
        "Un chien de patrouille s'est approché du camion à Bordeaux.",
        "Le fourgon roulait vers la maison de détention de Tours lundi soir.",
    ],
)
def test_a_bare_noun_after_a_french_word_for_a_thing_is_no_event(text):
    assert types_fr(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # after a word for a time or an occasion the bare noun still names its event
        ("Douze jours de combats ont fait au moins trente morts à Goma.", "ASSAULT"),
        ("La neuvième journée de grève a paralysé les transports lundi à Lyon.", "PROTEST"),
    ],
)
def test_a_bare_noun_after_another_french_noun_keeps_its_event(text, kind):
    assert kind in types_fr(text)
