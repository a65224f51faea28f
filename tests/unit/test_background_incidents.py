"""What a news article tells around its incident is not more of it: a habit of the region, an
incident recalled from years before, one that came before the incident the sentence is about.

- "Separatist groups frequently attack security forces": a habit (simple present with an adverb of
  frequency), no event; in the past ("regularly shelled the town last week") the acts happened.
- "In 2016, gunmen stormed the same training centre and killed 61 cadets": an incident recalled. It
  stays apart from today's attack, is historical, and lends it neither its toll nor its attackers.
- "Tuesday's attack came a day after a roadside bomb killed two soldiers": the roadside bomb is
  another incident; "Tuesday's attack" points back to the attack reported that day.
"""

import pytest

import eventmill
from eventmill.config import Config

ARTICLE = (
    "Suicide bomber kills 14 at Pakistan police training centre\n\n"
    "QUETTA, Pakistan (AP) - A suicide bomber blew himself up at the gate of a police training centre in "
    "Quetta on Tuesday, killing 14 recruits and wounding more than 40 others, officials said.\n\n"
    "Hospital officials said several of the wounded were in critical condition.\n\n"
    "Balochistan province has been the scene of a low-level insurgency for more than a decade. Separatist "
    "groups frequently attack security forces and infrastructure.\n\n"
    "In 2016, gunmen stormed the same training centre and killed 61 cadets in one of the deadliest attacks "
    "on police in the country's history.\n\n"
    "Police cordoned off the area after the explosion.\n\n"
    "Tuesday's attack came a day after a roadside bomb killed two soldiers in the Kech district, the military "
    "said.\n"
)


def _events(text, lang="en", published="2024-05-14", keep="asserted"):
    return eventmill.extract(text, lang=lang, published=published, config=Config(keep=keep)).events


def _triggers(events):
    return [e.trigger.text for e in events]


def test_the_article_reports_its_attack_once_and_the_earlier_roadside_bomb_apart():
    events = [e for e in _events(ARTICLE) if e.type == "ASSAULT"]
    assert len(events) == 2
    main, other = events
    assert main.dead is not None and main.dead.value == 14
    assert "Tuesday's attack" not in main.evidence.text or main.dead.value == 14
    assert other.dead is not None and other.dead.value == 2
    assert other.trigger.text == "killed"
    # the attack of the day is named again there, and it joins the day's report
    assert any("Tuesday's attack" in sp.text for sp in main.also_evidence)


def test_an_incident_recalled_from_years_before_stays_apart_and_historical():
    events = _events(ARTICLE, keep="all")
    stormed = [e for e in events if e.trigger.text == "stormed"]
    assert len(stormed) == 1
    assert stormed[0].unasserted == "historical"
    assert stormed[0].dead is not None and stormed[0].dead.value == 61
    main = [e for e in events if e.dead is not None and e.dead.value == 14]
    assert main and "gunmen" not in [m.span.text for m in main[0].actors]


def test_a_habit_in_the_simple_present_is_no_event():
    assert _events("Jihadist groups often attack army convoys in the region.") == ()
    assert _events("Les jihadistes attaquent souvent les convois de l'armée dans la région.", lang="fr") == ()


def test_acts_told_in_the_past_with_an_adverb_of_frequency_happened():
    assert _triggers(_events("Separatists regularly shelled the town last week.")) == ["shelled"]
    assert _triggers(_events("L'armée a régulièrement bombardé la ville.", lang="fr")) == ["bombardé"]


def test_an_incident_before_the_one_a_sentence_is_about_is_another():
    text = (
        "Gunmen killed five policemen at a checkpoint in Peshawar on Monday, police said.\n\n"
        "The attack came two days after a bomb killed three soldiers nearby.\n"
    )
    events = [e for e in _events(text, published="2024-05-14") if e.type == "ASSAULT"]
    assert [e.dead.value if e.dead else None for e in events] == [5, 3]


def test_a_day_named_as_possessive_points_back_to_that_days_attack():
    text = (
        "A car bomb exploded near a market in Mogadishu on Saturday, killing at least eight people.\n\n"
        "Shops were closed across the city on Sunday.\n\n"
        "Saturday's bombing was claimed by al-Shabaab.\n"
    )
    events = [e for e in _events(text, published="2024-05-13") if e.type == "ASSAULT"]
    assert len(events) == 1


def test_acts_over_a_span_of_years_are_no_incident():
    assert _events("Gunmen have killed worshippers at churches and mosques in recent years.") == ()
    assert _events("Des hommes armés ont tué des fidèles au cours des dernières années.", lang="fr") == ()
    # a figure makes the span a date: "two years ago" dates one incident, a past one
    (event,) = _events("Two years ago, gunmen killed 20 worshippers.", published="2024-05-14", keep="all")
    assert event.unasserted == "historical"


def test_who_names_an_attack_judges_it_and_did_not_do_it():
    (event,) = _events('Governor Greg Abbott called the attack "an act of evil".')
    assert event.actors == ()
    (event,) = _events("The minister described the shelling as a war crime.")
    assert event.actors == ()
    (event,) = _events("The union called a strike for Monday.")
    assert [m.span.text for m in event.actors] == ["The union"]


def test_a_place_that_qualifies_a_kind_of_place_is_not_that_kind():
    (event,) = _events("A gunman opened fire at a church in a small Texas town, killing five worshippers.")
    assert event.location is not None and event.location.place is not None
    assert event.location.place.precision == "admin1" and event.location.place.country == "US"


def test_a_span_of_past_years_with_a_figure_is_still_a_span():
    assert [
        e.type for e in _events("Over the past three years, police have killed dozens of protesters in the region.")
    ] == []


def test_an_attack_verb_whose_agent_is_an_event_of_another_kind_is_that_event():
    text = "Police arrested dozens. Since January, India has been hit by several protests by caste groups."
    assert "ASSAULT" not in [e.type for e in _events(text)]
    # an attack that hits, and people who attack, stay attacks
    assert [e.type for e in _events("The convoy was hit by a roadside bomb.")] == ["ASSAULT"]
    assert "ASSAULT" in [e.type for e in _events("Strikers attacked a bus.")]


def test_what_a_clause_joined_to_a_habit_tells_without_a_date_is_background():
    text = (
        "Armed gangs frequently kidnap people for ransom in the northwest, while Islamist insurgents have carried "
        "out abductions in the northeast."
    )
    assert _events(text) == ()
    # a date makes it one act: "and on Monday they killed five farmers"
    text = "Bandits often raid villages in the region, and on Monday they killed five farmers in Zamfara."
    assert [e.trigger.text for e in _events(text)] == ["killed"]


def test_who_confirms_an_attack_did_not_carry_it_out():
    (event,) = _events("Kaduna police spokesman Mansir Hassan confirmed the abduction.")
    assert event.actors == ()
    (event,) = _events("Le porte-parole de l'armée a confirmé l'attaque.", lang="fr")
    assert event.actors == ()


# a second act joined to the first with no subject of its own shares its time: "In 2018, X did A and B"
JOINED_ACTS = [
    (
        "en",
        "Iran and the United States held talks in Oman on Tuesday. In 2018, then-President Donald Trump "
        "withdrew from the 2015 agreement and reimposed sanctions.",
        "sanctions",
    ),
    (
        "en",
        "Rebels attacked the town on Tuesday. In 2016, the army surrounded the town and bombed its hospital.",
        "bombed",
    ),
    (
        "fr",
        "Les rebelles ont attaqué la ville mardi. En 2016, l'armée a encerclé la ville et a bombardé son hôpital.",
        "bombardé",
    ),
]


@pytest.mark.parametrize("lang, text, trigger", JOINED_ACTS, ids=["en-sanctions", "en-bombed", "fr-bombarde"])
def test_a_second_act_joined_to_a_dated_one_is_as_old(lang, text, trigger):
    events = _events(text, lang=lang, published="2024-03-12", keep="all")
    joined = [e for e in events if e.trigger.text == trigger]
    assert joined and joined[0].unasserted == "historical"
    # the news of the day stays news
    assert any(e.unasserted == "" for e in events)


def test_a_joined_act_with_its_own_day_is_news():
    events = _events(
        "In 2016, the army surrounded the town, and on Tuesday it bombed its hospital.", published="2024-03-12"
    )
    assert [e.trigger.text for e in events if e.type == "ASSAULT"] == ["bombed"]
