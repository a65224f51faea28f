"""Event types that depend on more than the trigger word: refusals, endings, multi-word triggers."""

import pytest

import eventmill


def types(text, lang):
    return [(e.type, e.trigger.text) for e in eventmill.extract(text, lang=lang).events]


@pytest.mark.parametrize(
    "lang, text, trigger",
    [
        ("en", "Syria will not accept any more refugees from Iraq.", "accept"),
        ("en", "The U.S. said it would not meet the hostage-takers' demands.", "meet"),
    ],
)
def test_refusing_to_agree_or_meet_is_a_rejection(lang, text, trigger):
    assert types(text, lang) == [("REJECT", trigger)]


@pytest.mark.parametrize(
    "lang, text, expect",
    [
        ("en", "The army lifted the curfew in Abidjan on Sunday.", ("CONCEDE", "curfew")),
        ("en", "Japan halted economic aid to Serbia on Tuesday.", ("SANCTION", "economic aid")),
        ("en", "Syrian officers ended mediation efforts between rival militias in Tripoli.", ("SANCTION", "mediation")),
        ("fr", "Les enseignants ont suspendu leur grève à Dakar.", ("CONCEDE", "grève")),
        ("fr", "Le gouvernement a levé le couvre-feu à Abidjan.", ("CONCEDE", "couvre-feu")),
    ],
)
def test_ending_an_event_is_coded_as_the_ending(lang, text, expect):
    """One event, typed by xx/ended.tsv: the ending verb is not a second event."""
    assert types(text, lang) == [expect]


def test_a_multiword_trigger_reads_its_arguments_from_its_head_word():
    (ev,) = eventmill.extract("Japan halted economic aid to Serbia on Tuesday.", lang="en").events
    assert [m.span.text for m in ev.actors] == ["Japan"]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Thousands of Kurds demonstrated in Kirkuk on Sunday calling for autonomy."),
        ("fr", "Des centaines d'agriculteurs ont manifesté à Paris pour réclamer des aides."),
    ],
)
def test_what_a_protest_demands_is_not_a_second_event(lang, text):
    assert [t for t, _ in types(text, lang)] == ["PROTEST"]


def test_protesters_demanding_something_is_still_a_request():
    assert types("Protesters demanded the resignation of the prime minister in Dhaka.", "en") == [
        ("REQUEST", "demanded")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Palestinians and Israelis failed to reach agreement on the offices in Jerusalem.",
        "The Palestinians reject proposed Israeli changes to the land deal.",
    ],
)
def test_a_failed_or_rejected_agreement_is_one_rejection(text):
    assert [t for t, _ in types(text, "en")] == ["REJECT"]


def test_an_announced_visit_is_an_agreement_to_meet():
    assert types("German Foreign Minister Oskar Fischer will visit Albania in June.", "en") == [("AGREE", "visit")]


def test_damage_done_by_an_attack_is_part_of_the_attack():
    assert types("The explosion destroyed several nearby buildings in Madrid.", "en") == [("ASSAULT", "explosion")]
    # with no other doer, damage reported in the attack's sentence is the attack's
    assert [
        t for t, _ in types("The explosion damaged the station, while two cars parked nearby were destroyed.", "en")
    ] == ["ASSAULT"]


@pytest.mark.parametrize(
    "lang, text, expect",
    [
        ("en", "Switzerland expelled two Russian diplomats for spying.", ("SANCTION", "expelled")),
        ("fr", "La Suisse a expulsé deux diplomates russes.", ("SANCTION", "expulsé")),
        ("en", "Russia closed its southern borders with Iran.", ("SANCTION", "closed")),
        ("en", "The authorities expelled 168 Liberians from the country.", ("COERCE", "expelled")),
        ("en", "Israel has strengthened its forces in Lebanon.", ("MOBILIZE", "strengthened")),
        ("fr", "La France a ouvert la frontière aux convois.", ("RETREAT", "ouvert")),
        ("en", "The court cancelled restrictions on the use of the Russian language.", ("CONCEDE", "restrictions")),
    ],
)
def test_a_trigger_row_may_need_a_given_object(lang, text, expect):
    """Expelling diplomats ends relations (SANCTION); expelling people is coercion (COERCE)."""
    assert types(text, lang) == [expect]


def test_an_announced_release_is_a_promise_and_alleged_is_no_accusation():
    assert types("The rebels said they will release the prime minister on Friday.", "en") == [("AGREE", "release")]
    assert "ACCUSE" not in [t for t, _ in types("Britain said Libya must hand over the alleged bombers.", "en")]


def test_destruction_during_a_riot_is_part_of_the_riot():
    text = "Palestinian prisoners rioted on Monday at a jail in northern Israel, setting fire to their cells."
    assert [t for t, _ in types(text, "en")] == ["PROTEST"]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Leaders vowed to counter the threat of terrorism that plagues the region."),
        ("fr", "La menace terroriste pèse sur toute la région."),
    ],
)
def test_a_statement_noun_with_nobody_making_it_is_a_topic_not_an_event(lang, text):
    assert "THREATEN" not in [t for t, _ in types(text, lang)]


def test_a_statement_noun_with_its_maker_is_an_event():
    assert types("The rebels issued a warning to the army.", "en") == [("THREATEN", "warning")]


def test_what_someone_is_blamed_for_is_the_content_of_the_accusation():
    assert types("Initially the police also blamed the Communist Party of cooperating in the attack.", "en")[0] == (
        "ACCUSE",
        "blamed",
    )
    assert "COOPERATE" not in [
        t for t, _ in types("Initially the police also blamed the Communist Party of cooperating in the attack.", "en")
    ]


def test_a_relative_clause_on_an_event_noun_is_a_fact_of_its_own():
    text = "He is not charged with taking part in the April 15 attack, which killed three people."
    events = eventmill.extract(text, lang="en", published="2014-06-04").events
    assert [(e.type, e.dead.value if e.dead else None) for e in events if e.type == "ASSAULT"] == [("ASSAULT", 3)]


def test_a_topic_is_kept_with_its_reason_under_keep_all():
    text = "Leaders vowed to counter the threat of terrorism that plagues the region."
    kept = eventmill.extract(text, lang="en", config=eventmill.Config(keep="all")).events
    assert ("THREATEN", "nobody named") in [(e.type, e.unasserted) for e in kept]


def test_a_protest_lodged_by_a_state_is_an_accusation_not_a_demonstration():
    assert types("Serbia lodged an official protest with Albania on Monday.", "en") == [("ACCUSE", "lodged")]


def test_accepting_the_other_sides_demands_is_a_concession():
    assert types("The government accepted the demands of the strikers.", "en")[0] == ("CONCEDE", "accepted")
    assert types("The rebels accepted the peace plan.", "en")[0] == ("AGREE", "accepted")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The 6th edition of the fair promises to be the most energetic yet."),
        ("en", "The crisis threatens to become a war."),
    ],
)
def test_a_verb_of_saying_before_a_copula_is_a_judgement_not_an_act(lang, text):
    assert types(text, lang) == []


def test_an_agency_sending_inspectors_is_not_protesting():
    found = types("The IAEA has dispatched inspectors to the Esfahan facility in central Iran.", "en")
    assert ("MOBILIZE", "dispatched") in found and "PROTEST" not in [t for t, _ in found]


@pytest.mark.parametrize(
    "text",
    [
        "Spacious bedrooms and a veranda are offered to buyers.",
        "The latest data released by the trade office shows growth.",
        "The building provides a platform for new inventors.",
        "The captured heat could warm a dozen municipal buildings.",
        "We should understand that supply and demand justify the price.",
    ],
)
def test_everyday_uses_of_event_verbs_are_no_events(text):
    assert types(text, "en") == []


@pytest.mark.parametrize(
    "text, expect",
    [
        ("Norway offered to mediate between the two sides.", ("AGREE", "offered")),
        ("The rebels released twenty hostages.", ("RETREAT", "released")),
        ("The United States provided intelligence to the army.", ("AID", "provided")),
    ],
)
def test_event_verbs_with_a_fitting_object_are_events(text, expect):
    assert expect in types(text, "en")


def test_a_unit_attacked_is_the_victim_not_a_deployment():
    assert [t for t, _ in types("Gunmen attacked an army patrol near Kandahar.", "en")] == ["ASSAULT"]


def test_events_said_to_be_common_are_a_kind_not_an_incident():
    assert types("Kidnappings are commonplace in the region.", "en") == []
    assert types("Any deal to suspend the vote is unlikely.", "en") == []


def test_denying_reports_of_an_offer_is_no_refusal():
    text = "Guevara denied reports that a deal had been offered to suspend the vote."
    assert types(text, "en") == []
    kept = eventmill.extract(text, lang="en", config=eventmill.Config(keep="all")).events
    assert [(e.type, e.unasserted) for e in kept] == [("AGREE", "negated")]


def test_a_verb_is_never_read_as_an_agent_noun():
    # "outlaw" is also an agent word (Criminals): as a verb it is the ban
    assert types("The British government on Monday outlawed the largest extremist organization.", "en") == [
        ("COERCE", "outlawed")
    ]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Turkish police prevented the demonstration staged by students near Sivas."),
        ("fr", "La police a empêché la manifestation des étudiants à Rennes."),
    ],
)
def test_preventing_a_protest_is_coercion_by_whoever_prevents_it(lang, text):
    (ev,) = eventmill.extract(text, lang=lang).events
    assert ev.type == "COERCE" and "police" in " ".join(m.span.text for m in ev.actors)
