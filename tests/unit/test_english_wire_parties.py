"""Who acts, where a statement is made and how many died, in English wire sentences written for these tests.

- Job and trade nouns in the sense the news uses them: an airline is "the carrier", a company's head its
  "chief executive", a legislator a "deputy", "the bomber" the attacker (`scripts/build_actors.py`,
  AGENT_NEWS_SENSE).
- A finite verb of an act on the ground joined to a speech or protest verb is the doers' next act, not
  what they say: "defied a ban and marched" is also a protest (`events/said.speech_content`).
- A speech act is not located in the speaker's country: "Germany urged Russia" was not said in Germany
  (`events/location`).
- A victim named alone is one dead: "a journalist was killed", "John Smith, 45, was killed"
  (`events/onebyone`; "a" and "an" are worth one in quantities.tsv).
- What an event does is no attack: "a strike by dockers hit exports" (`events/senses.struck_by_event`);
  beating people is one ("police beat protesters"), beating a rival or a forecast is not (triggers.tsv).
- A party described by what it is doing or stands for is no incident ("rebels fighting to topple his
  government", "Hamas, which advocates Israel's destruction").
- A protest made in words is an accusation (PLOVER's DISAPPROVE): "..., a rights group protested",
  "protested that the vote was rigged" (the `lodged` column of xx/plover.tsv).
"""

import pytest

from sentence_events import events_of, one_event


def _names(mentions) -> set[str]:
    return {m.actor.name for m in mentions if m.actor is not None}


@pytest.mark.parametrize(
    "text, etype, actor, lang",
    [
        (
            "The carrier said on Monday it would cut 2,000 jobs and rejected the pilots' demands.",
            "REJECT",
            "Business",
            "en",
        ),
        ("The chief executive of the bank rejected the union's demands on Tuesday.", "REJECT", "Business", "en"),
        (
            "A bomber blew himself up outside a mosque in Quetta on Friday, killing nine people.",
            "ASSAULT",
            "Rebels",
            "en",
        ),
    ],
)
def test_a_job_noun_is_read_in_its_news_sense(text, etype, actor, lang):
    ev = one_event(text, etype, lang=lang)
    assert actor in _names(ev.actors)
    assert not _names(ev.actors) & ({"Military", "Government"} - {actor})


def test_a_deputy_is_a_legislator_not_a_police_officer():
    ev = one_event("Opposition deputy Ana Ruiz was arrested in Caracas on Friday.", "COERCE")
    assert "Police" not in _names(ev.recipients)


@pytest.mark.parametrize(
    "text, first, then, lang",
    [
        ("Thousands of people defied a ban and marched through the capital on Sunday.", "REJECT", "PROTEST", "en"),
        ("Hundreds of students defied a curfew and rallied outside parliament in Nairobi.", "REJECT", "PROTEST", "en"),
    ],
)
def test_a_verb_joined_to_a_speech_verb_is_the_next_act(text, first, then, lang):
    types = {e.type for e in events_of(text, lang)}
    assert {first, then} <= types


@pytest.mark.parametrize(
    "text, etype, lang",
    [
        # what is said: the verbs joined inside it
        ("Rebels threatened to attack the town and kill civilians.", "THREATEN", "en"),
        # two speech verbs joined read as one statement
        ("The minister rejected the proposal on Tuesday and called for new talks.", "REJECT", "en"),
    ],
)
def test_a_verb_joined_inside_a_statement_stays_said(text, etype, lang):
    assert [e.type for e in events_of(text, lang)] == [etype]


@pytest.mark.parametrize(
    "text, etype, speaker, lang",
    [
        ("Germany urged Russia on Monday to withdraw its troops from the border.", "REQUEST", "Germany", "en"),
        (
            "The United States urged Pakistan on Tuesday to free the detained journalists.",
            "REQUEST",
            "United States",
            "en",
        ),
    ],
)
def test_a_statement_is_not_placed_in_the_speakers_country(text, etype, speaker, lang):
    ev = one_event(text, etype, lang=lang)
    assert ev.location is None or ev.location.span.text != speaker


def test_a_party_that_acts_on_the_ground_still_gives_the_place():
    ev = one_event("Zambia extradited a British militant to Britain on Sunday.", "COOPERATE")
    assert ev.location is not None and ev.location.span.text == "Britain"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("A journalist was killed in a car bomb explosion in Beirut on Friday.", "en"),
        ("A man was shot dead by police in Chicago on Sunday.", "en"),
        ("Police said John Smith, 45, was killed when gunmen opened fire on his car in Lagos.", "en"),
        ("Gunmen shot dead opposition politician Ahmed Musa in Kano on Friday.", "en"),
    ],
)
def test_a_victim_named_alone_is_one_dead(text, lang):
    ev = one_event(text, lang=lang)
    assert ev.dead is not None and ev.dead.value == 1


def test_a_name_with_others_joined_is_not_one_dead():
    ev = one_event("Gunmen killed John Smith and his wife in Lagos on Monday.")
    assert ev.dead is None or ev.dead.value != 1


def test_a_strike_that_hits_the_economy_is_no_attack():
    text = (
        "A strike by dockers hit exports from the port of Antwerp on Monday. "
        "The carrier MSC said it had diverted three vessels to Rotterdam."
    )
    types = [e.type for e in events_of(text)]
    assert "ASSAULT" not in types and "PROTEST" in types


@pytest.mark.parametrize(
    "text, lang",
    [
        ("A journalist was beaten by police officers in Minsk on Sunday.", "en"),
        ("Riot police beat protesters with batons outside parliament on Friday.", "en"),
    ],
)
def test_beating_a_person_is_an_assault(text, lang):
    assert "ASSAULT" in {e.type for e in events_of(text, lang)}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Barcelona beat Real Madrid 3-1 on Sunday.", "en"),
        ("The company beat analysts' expectations in the first quarter.", "en"),
    ],
)
def test_beating_a_rival_or_a_forecast_is_no_assault(text, lang):
    assert not events_of(text, lang)


@pytest.mark.parametrize(
    "text, etype, lang",
    [
        # what a party stands for, told to say who it is
        (
            "Israel threatened to ban voting in East Jerusalem if Hamas, which advocates Israel's destruction, ran.",
            "COERCE",
            "en",
        ),
    ],
)
def test_a_relative_clause_of_background_is_no_incident(text, etype, lang):
    assert etype not in {e.type for e in events_of(text, lang)}


def test_a_relative_clause_that_reports_an_act_stays_an_incident():
    text = "Police arrested five members of a gang that attacked a bank in Lyon on Friday."
    assert "ASSAULT" in {e.type for e in events_of(text)}


def test_a_party_described_by_what_it_is_doing_is_no_incident():
    text = (
        "Nigeria said it will withdraw its peacekeeping force from Chad unless the president arranged a "
        "ceasefire with rebels fighting to topple his government."
    )
    assert "ASSAULT" not in {e.type for e in events_of(text)}


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Croatian authorities are failing to protect the homes of refugees, a human rights group protested on Wednesday.",
            "en",
        ),
        ("The opposition protested that the vote had been rigged.", "en"),
    ],
)
def test_a_protest_made_in_words_is_an_accusation(text, lang):
    assert [e.type for e in events_of(text, lang)] == ["ACCUSE"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Thousands protested in the capital on Sunday against the new tax.", "en"),
        ("Farmers protested, blocking roads with tractors.", "en"),
        ("Students protested outside the ministry, saying the fees were too high.", "en"),
    ],
)
def test_a_protest_in_the_street_stays_a_protest(text, lang):
    assert "PROTEST" in {e.type for e in events_of(text, lang)}
