"""Who did it and how many, in two common news shapes.

- A speaker who reports its own act names it by a pronoun: "the army said it had killed 30
  militants", "la police a affirmé qu'elle avait arrêté ...". The pronoun is the speaker.
- A toll split over two verbs leaves the second one without its auxiliary: "two people were killed
  and 15 wounded". The 15 were wounded (not wounders), and they are not the dead.
"""

import pytest

import eventmill


def _events(text: str, lang: str, kind: str):
    return [e for e in eventmill.extract(text, lang=lang, published="2024-03-04").events if e.type == kind]


SPEAKER_DOES = [
    ("en", "The army said it had killed 30 militants in air strikes in the north.", "ASSAULT", "army"),
    ("en", "The ministry said it had arrested two suspects in the capital.", "COERCE", "ministry"),
    ("en", "Police said they arrested three men after the riot.", "COERCE", "Police"),
    ("fr", "L'armée a affirmé qu'elle avait tué trente jihadistes dans le nord.", "ASSAULT", "armée"),
]


@pytest.mark.parametrize("lang, text, kind, actor", SPEAKER_DOES, ids=[r[1][:40] for r in SPEAKER_DOES])
def test_a_pronoun_in_a_speakers_report_is_the_speaker(lang, text, kind, actor):
    (ev,) = _events(text, lang, kind)
    assert [m.span.text for m in ev.actors] == [actor]


SPEAKER_DOES_NOT = [
    # a plural pronoun after a singular speaker is someone else
    ("en", "The government said they had attacked the convoy on the highway.", "ASSAULT"),
    # the pronoun is the victim
    ("en", "The villagers said they were attacked by the militia overnight.", "ASSAULT"),
]


@pytest.mark.parametrize("lang, text, kind", SPEAKER_DOES_NOT, ids=[r[1][:40] for r in SPEAKER_DOES_NOT])
def test_a_pronoun_that_cannot_be_the_speaker_does_not_take_it(lang, text, kind):
    (ev,) = _events(text, lang, kind)
    speakers = {"government", "villagers"}
    assert not speakers & {m.span.text for m in ev.actors}


SPLIT_TOLLS = [
    ("en", "Two people were killed and 15 wounded when a car bomb exploded near a market.", 2, 15),
    ("en", "Three soldiers were killed and 12 others injured in the ambush on Tuesday.", 3, 12),
    ("fr", "Deux personnes ont été tuées et quinze blessées dans l'explosion d'une voiture piégée.", 2, 15),
]


@pytest.mark.parametrize("lang, text, dead, injured", SPLIT_TOLLS, ids=[r[1][:40] for r in SPLIT_TOLLS])
def test_a_toll_split_over_two_verbs_keeps_each_count(lang, text, dead, injured):
    (ev,) = _events(text, lang, "ASSAULT")
    assert (ev.dead.value if ev.dead else None, ev.injured.value if ev.injured else None) == (dead, injured)
    # the wounded did not wound anyone
    assert not [m for m in ev.actors if any(ch.isdigit() for ch in m.span.text)]


MODAL_ABOVE = [
    ("en", "The government may decide to expel the diplomats next month.", "SANCTION"),
    ("en", "The rebels could try to attack the city before the rains.", "ASSAULT"),
]


@pytest.mark.parametrize("lang, text, kind", MODAL_ABOVE, ids=[r[1][:40] for r in MODAL_ABOVE])
def test_a_modal_on_the_verb_an_infinitive_completes_makes_it_hypothetical(lang, text, kind):
    assert _events(text, lang, kind) == []


def test_the_same_infinitive_without_a_modal_is_an_event():
    (ev,) = _events("The government decided to expel the diplomats on Monday.", "en", "SANCTION")
    assert [m.span.text for m in ev.actors] == ["government"]


BODY_NAMES = [
    ("en", "One protester was shot dead, the Kenya National Commission on Human Rights said.", "Kenya"),
    ("en", "At least 50 people were arrested in Nairobi, according to the Law Society of Kenya.", "Kenya"),
    (
        "fr",
        "Un manifestant a été tué par balle, selon la Commission nationale des droits de l'homme du Kenya.",
        "Kenya",
    ),
]


@pytest.mark.parametrize("lang, text, country", BODY_NAMES, ids=[r[1][:40] for r in BODY_NAMES])
def test_a_country_inside_a_bodys_name_is_no_speaker_nor_location(lang, text, country):
    doc = eventmill.extract(text, lang=lang)
    assert not [m for m in doc.mentions if m.kind in ("actor", "place") and m.span.text == country]
    assert [m.span.text for m in doc.mentions if m.kind == "in_name"] == [country]
    (ev, *_) = doc.events
    assert ev.attribution is not None and country in ev.attribution.span.text and ev.attribution.span.text != country
    assert ev.location is None or ev.location.span.text != country


def test_a_town_in_a_bodys_name_stays_a_place():
    doc = eventmill.extract("Le procureur du tribunal de New York a fait arrêter trois hommes.", lang="fr")
    assert "New York" in [m.span.text for m in doc.mentions if m.kind == "place"]


def test_a_country_a_lexicon_left_out_of_a_bodys_name_stays_as_context():
    doc = eventmill.extract("The U.S. Securities and Exchange Commission fined the bank.", lang="en")
    assert [(m.kind, m.span.text) for m in doc.mentions if m.span.text == "U.S."] == [("in_name", "U.S.")]


CAPITAL_OBJECTS = [
    ("en", "Moscow accused Kyiv of dragging out the negotiations.", "ACCUSE", "Moscow", "Kyiv"),
    ("en", "Russia accused Kyiv of shelling the nuclear plant.", "ACCUSE", "Russia", "Kyiv"),
]


@pytest.mark.parametrize(
    "lang, text, kind, actor, recipient", CAPITAL_OBJECTS, ids=[r[1][:40] for r in CAPITAL_OBJECTS]
)
def test_a_capital_a_statement_is_aimed_at_stands_for_its_government(lang, text, kind, actor, recipient):
    (ev,) = _events(text, lang, kind)
    assert ([m.span.text for m in ev.actors], [m.span.text for m in ev.recipients]) == ([actor], [recipient])


def test_a_capital_of_a_million_is_a_place_without_a_cue():
    doc = eventmill.extract("Moscow accused Kyiv of dragging out the negotiations.", lang="en")
    assert [m.span.text for m in doc.mentions if m.kind == "place"] == ["Moscow", "Kyiv"]


def test_due_to_visit_is_announced_and_done_by_the_subject_of_is():
    doc = eventmill.extract("German Chancellor Olaf Scholz is due to visit Kyiv next week, his office said.", lang="en")
    (ev,) = doc.events
    assert ev.future and "Olaf Scholz" in [m.span.text for m in ev.actors]
    assert "office" not in [m.span.text for m in ev.actors]


def test_a_threat_with_a_condition_is_still_a_threat():
    (ev,) = _events("ECOWAS threatened military intervention if diplomatic efforts fail.", "en", "THREATEN")
    assert [m.span.text for m in ev.actors] == ["ECOWAS"]


def test_whoever_quotes_a_statement_named_again_did_not_make_it():
    text = (
        "Niger's military rulers ordered the French ambassador to leave the country. "
        '"The putschists have no authority to make this request," the foreign ministry said.'
    )
    doc = eventmill.extract(text, lang="en")
    assert not [m for e in doc.events if e.type == "REQUEST" for m in e.actors if "ministry" in m.span.text]
