"""The type of one reported act, and no second event from the words that tell its manner, reason or scene,
in English news sentences written for these tests.

- One plain sentence per PLOVER type reads as that type and nothing else.
- A participle clause after a comma tells how or why the act was done ("rejected the plan, urging ..."),
  and so does what a participle of saying says (`events/secondary.elaboration`); harm stays its own
  report ("attacked a village, killing twelve").
- An event noun in a phrase of circumstance ("during a visit") is the scene of an event of another type
  (`secondary.scene`); a protest there is still reported.
- A past participle on a noun short of harm tells who a party is (`secondary.backstory`).
- A body meeting alone consults nobody, whatever party a verb joined to the meeting names (`senses.met_alone`).
- "after weeks of criticism" dates one act, it does not make the act a habit over weeks (`status.status_flags`).
- "suspended part of its military aid" ends the aid as "suspended its military aid" does (support.tsv: part).
- Lexicon rows: violating a ban defies it; shutting down a newspaper is censorship; approving a loan is aid.
"""

import pytest

from sentence_events import events_of


def _types(text: str, lang: str) -> list[str]:
    return [e.type for e in events_of(text, lang)]


@pytest.mark.parametrize(
    "text, etype, lang",
    [
        ("Rebel commanders agreed to hand over their weapons by the end of the month.", "AGREE", "en"),
        ("The two governments signed a trade treaty in Geneva on Tuesday.", "SUPPORT", "en"),
        ("The Kenyan president met his Ugandan counterpart in Kampala on Friday.", "CONSULT", "en"),
        ("Foreign ministers from six countries held talks in Vienna on the nuclear programme.", "CONSULT", "en"),
        ("The European Union praised Ghana's electoral commission for a peaceful vote.", "SUPPORT", "en"),
        ("Washington endorsed the new interim government in Bamako on Monday.", "SUPPORT", "en"),
        ("The military junta lifted the curfew in the capital on Monday.", "CONCEDE", "en"),
        ("The government eased restrictions on foreign journalists after weeks of criticism.", "CONCEDE", "en"),
        ("The navies of India and Japan held joint exercises in the Bay of Bengal.", "COOPERATE", "en"),
        ("Japan sent 50 tonnes of food aid to flood victims in Pakistan.", "AID", "en"),
        ("The World Bank approved a $200 million loan to Kenya on Thursday.", "AID", "en"),
        ("Russian troops withdrew from the city of Kherson on Friday.", "RETREAT", "en"),
        ("Hundreds of rebel fighters surrendered to the army in North Kivu.", "RETREAT", "en"),
        ("The UN secretary-general urged both sides to return to negotiations.", "REQUEST", "en"),
        ("Opposition leaders demanded the resignation of the prime minister.", "REQUEST", "en"),
        ("Ukraine accused Russia of shelling a nuclear power plant.", "ACCUSE", "en"),
        ("Prosecutors charged a former finance minister with corruption on Wednesday.", "ACCUSE", "en"),
        ("Iran rejected the European proposal on Monday.", "REJECT", "en"),
        ("The president refused to sign the budget bill.", "REJECT", "en"),
        ("North Korea threatened to strike American bases in the Pacific.", "THREATEN", "en"),
        ("The rebels warned they would attack the airport if talks failed.", "THREATEN", "en"),
        ("Thousands of teachers marched through the capital to demand higher pay.", "PROTEST", "en"),
        ("Students staged a sit-in outside the education ministry in Dhaka.", "PROTEST", "en"),
        ("The United States imposed sanctions on three Iranian banks.", "SANCTION", "en"),
        ("Germany expelled two Russian diplomats on Thursday.", "SANCTION", "en"),
        ("The army deployed 2,000 troops along the northern border.", "MOBILIZE", "en"),
        ("Serbia put its armed forces on high alert on Sunday.", "MOBILIZE", "en"),
        ("Police arrested 25 opposition activists in Harare.", "COERCE", "en"),
        ("The authorities shut down an independent newspaper in Managua.", "COERCE", "en"),
        ("A suicide bomber killed 12 people at a market in Baghdad.", "ASSAULT", "en"),
        ("Gunmen kidnapped an aid worker in northern Mali.", "ASSAULT", "en"),
    ],
)
def test_a_plain_news_sentence_reads_as_its_one_plover_type(text, etype, lang):
    assert _types(text, lang) == [etype]


@pytest.mark.parametrize(
    "text, etype, lang",
    [
        # a participle clause after a comma: how or why the act was done
        ("The minister rejected the plan, urging parliament to vote on a new bill.", "REJECT", "en"),
        ("The junta declared a state of emergency, suspending the constitution.", "COERCE", "en"),
        # what a participle of saying says
        ("The president refused to meet the envoy, saying he would only welcome him in the capital.", "REJECT", "en"),
        # a phrase of circumstance: the scene
        ("The bishops called for a ceasefire during a summit in Nairobi.", "REQUEST", "en"),
        # a past participle on a noun: who the people are
        ("Chad opened its border to thousands of traders ordered out of Sudan last week.", "RETREAT", "en"),
        # a defied ban is no second event
        ("A newspaper violated a ban imposed by the military governor.", "REJECT", "en"),
        # the aid a verb ends through "part of"
        ("The United States suspended part of its military aid to Egypt.", "SANCTION", "en"),
    ],
)
def test_words_that_tell_how_why_or_where_give_no_second_event(text, etype, lang):
    assert _types(text, lang) == [etype]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The cabinet met on Sunday and decided to approve a plan that bars candidates from the Labour Party.", "en"),
    ],
)
def test_a_body_meeting_alone_consults_nobody(text, lang):
    assert "CONSULT" not in _types(text, lang)


@pytest.mark.parametrize(
    "text, etype, lang",
    [
        # harm in a participle clause stays its own report, with its dead
        ("Gunmen attacked a village on Monday, killing twelve people.", "ASSAULT", "en"),
        # a protest in a phrase of circumstance is often its only report
        ("Police arrested 20 people during a demonstration in the capital on Friday.", "PROTEST", "en"),
        # a participle with a subject of its own is no manner of the act before it
        ("Troops withdrew from the town, the rebels accusing them of looting.", "RETREAT", "en"),
    ],
)
def test_harm_and_protests_stay_reported(text, etype, lang):
    assert etype in _types(text, lang)
