"""Which events are output by default: specific events the text reports as having happened.

Negated, hypothetical and questioned events, headings, and deaths with no violence named are left
out unless `keep="all"`, which keeps them with their flags. Deaths and injuries with no cause of
their own join the attack reported just before.
"""

import pytest

import eventmill
from eventmill import Config

PUB = "2020-05-06"


def run(text, lang, keep="asserted"):
    return eventmill.extract(text, lang=lang, published=PUB, config=Config(keep=keep)).events


def kinds(events):
    return [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(
    "lang, text, trigger",
    [
        ("en", "Former president Hugo Chávez died in 2013 after a long illness.", "died"),
        ("fr", "L'ancien président est mort lundi à Paris des suites d'une longue maladie.", "mort"),
    ],
)
def test_a_death_with_no_violence_named_is_no_assault(lang, text, trigger):
    assert run(text, lang) == ()
    assert kinds(run(text, lang, keep="all")) == [("ASSAULT", trigger)]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Three soldiers died when a roadside bomb hit their convoy near Kandahar."),
        ("fr", "Six civils ont trouvé la mort dans des bombardements sur Alep."),
    ],
)
def test_a_death_by_a_weapon_is_an_assault(lang, text):
    (ev,) = run(text, lang)
    assert ev.type == "ASSAULT" and ev.dead is not None


def test_deaths_after_an_attack_join_it():
    (ev,) = run("A car bomb exploded near the market in Kabul on Monday. Five people died and 12 were wounded.", "en")
    assert ev.trigger.text == "exploded"
    assert (ev.dead.value, ev.injured.value) == (5, 12)


def test_a_pronoun_subject_continues_the_attack_just_reported():
    (ev,) = run(
        "Taliban gunmen attacked an army base in Helmand on Friday.\n"
        "They killed 23 Afghan soldiers and injured another 15.",
        "en",
    )
    assert ev.trigger.text == "attacked"
    assert (ev.dead.value, ev.injured.value) == (23, 15)
    assert "Taliban" in [m.actor.name for m in ev.actors if m.actor]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Why would the army arrest the students?"),
        ("fr", "Pourquoi la police a-t-elle arrêté les étudiants ?"),
        ("en", "If the rebels attacked the city, the army could lose Aleppo."),
        ("en", "Critics fear that the militia will attack the village of Kafr Nabl."),
        # a clause as subject names a kind of action
        ("en", "Capturing drones with nets is one of several options."),
    ],
)
def test_questions_conditions_and_fears_are_hypothetical(lang, text):
    assert run(text, lang) == ()
    events = run(text, lang, keep="all")
    assert events and all(e.hypothetical for e in events)


def test_a_heading_line_is_not_a_second_event():
    text = (
        "Bagram Airfield bombing\n"
        "A suicide bomber attacked a NATO convoy near Bagram on Wednesday, killing six soldiers."
    )
    assert kinds(run(text, "en")) == [("ASSAULT", "attacked")]
    # the headline names the incident the body tells: one event, with the headline as evidence too
    (ev,) = run(text, "en", keep="all")
    assert [s.text for s in ev.also_evidence] == ["Bagram Airfield bombing"]


def test_keep_accepts_only_its_choices():
    with pytest.raises(eventmill.EventmillError, match="keep"):
        Config.from_mapping({"keep": "some"})


def test_kept_mentions_say_why_they_are_not_asserted():
    (ev,) = run("Former president Hugo Chávez died in 2013 after a long illness.", "en", keep="all")
    assert ev.unasserted == "no violence named"
    (ev,) = run("Why would the army arrest the students?", "en", keep="all")
    assert ev.unasserted == "hypothetical"
    (ev,) = run("Taliban gunmen attacked an army base in Helmand on Friday.", "en", keep="all")
    assert ev.unasserted == ""


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Protesters clashed with security forces in Caracas on Monday."),
        ("fr", "Des manifestants ont saccagé des magasins à Lyon."),
    ],
)
def test_violence_by_protesters_is_a_riot(lang, text):
    (ev,) = run(text, lang)
    assert (ev.type, ev.modes) == ("PROTEST", ("riot",))


@pytest.mark.parametrize(
    "text, unasserted",
    [
        ("Le chef du réseau a pu être arrêté à Marseille mardi.", ""),  # managed to: it happened
        ("La police pourrait arrêter les manifestants à Lyon.", "hypothetical"),
        (
            "Le témoin a affirmé que la police a abusé de son pouvoir en frappant les manifestants à Tunis.",
            "",
        ),  # the noun
    ],
)
def test_pouvoir_is_hypothetical_only_as_an_unrealised_modal(text, unasserted):
    (ev,) = run(text, "fr", keep="all")
    assert ev.unasserted == unasserted


def test_violence_named_by_an_adverb_makes_injuries_an_assault():
    events = run(
        "La police a violemment dispersé les manifestants à Tunis et plusieurs personnes ont été blessées.", "fr"
    )
    # the dispersal itself is the protesters' protest, with the police intervening (events/intervention.py)
    assert [e.type for e in events] == ["PROTEST", "ASSAULT"]


def test_property_destruction_is_coerce_but_a_crowd_wrecking_property_riots():
    (ev,) = run("Jewish settlers set fire to the offices of the Palestinian administrators in Hebron.", "en")
    assert (ev.type, ev.modes) == ("COERCE", ("destroy",))
    (ev,) = run(
        "Une vingtaine de jeunes gens se sont livrés à des actes de vandalisme dans la ville de Strasbourg.", "fr"
    )
    assert (ev.type, ev.modes, ev.size.value) == ("PROTEST", ("riot",), 20)


def test_an_announced_action_under_a_condition_is_a_threat():
    text = "Nigeria announced that it will withdraw its peacekeeping force from Chad unless the rebels agree to a ceasefire."
    assert [e.type for e in run(text, "en")] == ["THREATEN"]
    events = run("If the rebels attack the city, the government would deploy troops to Aleppo.", "en", keep="all")
    assert [(e.type, e.unasserted) for e in events] == [("ASSAULT", "hypothetical"), ("THREATEN", "")]


@pytest.mark.parametrize(
    "lang, text, expect",
    [
        (
            "en",
            "President Gbagbo announced on Sunday that he will extend the night-time curfew in Abidjan.",
            ("THREATEN", ""),
        ),
        ("fr", "Le gouvernement va imposer un couvre-feu à Abidjan.", ("THREATEN", "")),
        ("en", "The army did not impose a curfew in Abidjan on Sunday.", ("COERCE", "negated")),
    ],
)
def test_an_event_noun_takes_its_status_from_the_verb_carrying_it(lang, text, expect):
    (ev,) = run(text, lang, keep="all")
    assert (ev.type, ev.unasserted) == expect


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Israeli troops remained on alert to forestall more violence in the West Bank."),
        ("fr", "La police a tout fait pour éviter les violences à Paris."),
        # what is denied is not asserted either
        ("en", "The army denied reports that troops had shelled the village."),
        ("fr", "Le ministère a démenti que des civils aient été tués à Alep."),
    ],
)
def test_a_prevented_event_did_not_happen(lang, text):
    assert "ASSAULT" not in [e.type for e in run(text, lang)]
    assert ("ASSAULT", "negated") in [(e.type, e.unasserted) for e in run(text, lang, keep="all")]


def test_what_is_awaited_has_not_happened_and_a_travel_warning_is_no_threat():
    text = "Tsarnaev is being held in a federal prison west of Boston awaiting trial on terrorism charges."
    assert [(e.type, e.unasserted) for e in run(text, "en", keep="all")] == [("ACCUSE", "hypothetical")]
    assert run("The State Department issued a travel warning for Venezuela on Friday.", "en", keep="all") == ()


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Many joined believing that they had no other way to defend their communities."),
        ("fr", "Les syndicats défendent le droit de manifester devant les usines."),
    ],
)
def test_an_infinitive_on_a_noun_is_what_could_be_done(lang, text):
    assert [e for e in run(text, lang) if e.trigger.text in ("defend", "manifester")] == []


def test_an_attempt_to_attack_was_made():
    (ev,) = [e for e in run("An attempt to assassinate the deputy governor was thwarted on Monday.", "en")]
    assert ev.type == "ASSAULT"
