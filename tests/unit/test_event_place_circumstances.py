"""Where and when an incident happened when its sentence names it through another word: a killing told
with the ambush it happened in takes the ambush's place, a town named as what holds another town
leaves out a reading of that name in another province, a known name the recogniser did not call a
place is where an attack's word says it struck, and an incident dated as "a day after" the one told
before is a day before it. Reports written for these tests; real parses."""

import pytest

import eventmill


def located(lang, text, published, trigger):
    doc = eventmill.extract(text, lang=lang, published=published)
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found, f"no event with trigger {trigger!r} in {[e.trigger.text for e in doc.events]}"
    e = found[0]
    place = e.location.place if e.location else None
    return (
        e.location.span.text if e.location else None,
        place.admin1 if place else None,
        e.date.date.value if e.date and e.date.date else None,
    )


@pytest.mark.parametrize(
    "lang,text,trigger,place",
    [
        (
            "fr",
            "Au moins 12 soldats ont été tués dimanche lors d'une embuscade près de Djibo, dans la province "
            "du Soum, dans le nord du Burkina Faso, a annoncé l'armée.",
            "tués",
            "Djibo",
        ),
    ],
)
def test_a_killing_told_with_the_ambush_it_happened_in_takes_the_ambushs_place(lang, text, trigger, place):
    assert located(lang, text, "2021-04-05", trigger)[0] == place


@pytest.mark.parametrize(
    "lang,text,trigger,admin1",
    [
        (
            "en",
            "Regime forces shelled areas in Kafr Zita town in the northern countryside of Hama, SOHR reported."
            "\n\nA child was killed by sniper fire in Daraa al-Balad in Daraa city.",
            "killed",
            "Daraa",
        ),
    ],
)
def test_a_town_named_in_another_town_lies_in_its_province(lang, text, trigger, admin1):
    assert located(lang, text, "2019-03-15", trigger)[1] == admin1


@pytest.mark.parametrize(
    "lang,text,trigger,place",
    [
        (
            "en",
            "The Syrian Observatory for Human Rights documented on Thursday the death of 23 people in the "
            "regime's bombardment.\n\nSeven civilians, among them three children, were killed in the shelling "
            "on Kafr Nabuda, while warplanes struck Hama.",
            "killed",
            "Kafr Nabuda",
        ),
    ],
)
def test_a_known_name_an_attack_word_strikes_is_the_events_place(lang, text, trigger, place):
    assert located(lang, text, "2019-05-10", trigger)[0] == place


@pytest.mark.parametrize(
    "lang,text,trigger,published,day",
    [
        (
            "en",
            "A suicide bomber killed 11 people at a wedding in Helmand's Nad Ali district on Saturday, "
            "officials said. The attack came a day after Taliban fighters overran a police checkpoint in "
            "Zabul province, killing eight officers.",
            "overran",
            "2019-03-15",
            "2019-03-08",
        ),
    ],
)
def test_an_incident_a_day_before_the_one_told_before_is_dated_a_day_earlier(lang, text, trigger, published, day):
    assert located(lang, text, published, trigger)[2] == day


@pytest.mark.parametrize(
    "lang,text,trigger",
    [
        (
            "fr",
            "Dans la province de Helmand, les talibans ont attaqué plusieurs postes de police dans le district "
            "de Nad Ali dans la nuit de dimanche à lundi, tuant huit policiers.",
            "attaqué",
        ),
        (
            "en",
            "Taliban fighters attacked several police posts in Nad Ali district on the night of Sunday to Monday, "
            "killing eight policemen.",
            "attacked",
        ),
    ],
)
def test_a_night_of_two_weekdays_ends_by_the_publication_day(lang, text, trigger):
    # published on a Sunday: the night began on the Sunday before, not on the day of publication
    assert located(lang, text, "2020-06-14", trigger)[2] == "2020-06-07"


@pytest.mark.parametrize(
    "lang,text,trigger,elsewhere",
    [
        (
            "en",
            "Russian jets pounded rebel-held towns in northwest Syria on Wednesday, a day after insurgents "
            "launched a counter-attack near Kafr Nabuda, rebels said.",
            "pounded",
            "Kafr Nabuda",
        ),
    ],
)
def test_the_place_of_what_came_a_day_before_is_not_the_events_place(lang, text, trigger, elsewhere):
    assert located(lang, text, "2019-05-29", trigger)[0] != elsewhere
