"""One event per incident in English wire stories that tell an incident, an earlier one, and the
incident again in other words (stories written for these tests; real parses).

- A noun its own clause dates ("Thursday's attack") names the incident of that day, before a nearer
  incident of another day, and past the merge window (`events/links.same_day_reports`).
- A relative clause after a superlative's point of comparison ("the deadliest attack since July 2005,
  when four bombers killed 52") tells the incident of that time: historical, apart from the news it
  measures, whose place it does not lend (`events/recalled`, `events/dates.Dater.past`).
- The one arrested named again with a definite article ("Police arrested a 24-year-old man" ... "the
  suspect had been detained") tells the same arrest (`events/links.same_parties`).
- An event noun said of a pronoun ("police said it was a terrorist attack") names the incident told
  before, as "the attack" does (`events/pointing.points_back`).
- A definite noun with no incident of its type to name names a report of its word family typed otherwise
  ("Protesters clashed with police", a riot ... "The clashes were the most violent"), when it is a riot
  (`events/links.retyped_word`).
- An event noun under a noun of trend ("a surge in militant violence") is a trend, no incident
  (`events/status`, `generic` words of modifiers.tsv).
- Deaths "in the exchange of fire" are those of the incident told just before, as "in the fighting" are:
  the words of a phrase trigger do not make it a noun with an incident of its own (`events/assemble._setting`).
- A named site of the town of an incident ("the Hayat Hotel", after "a hotel in central Mogadishu") is no
  other place for the doers named again ("The gunmen") (`events/placelinks.within`).
"""

import pytest

import eventmill

# 2024-03-15 is a Friday
PUBLISHED = "2024-03-15"


def assaults(text: str, keep: str = "asserted") -> list:
    doc = eventmill.extract(text, lang="en", published=PUBLISHED, config=eventmill.Config(keep=keep))
    return [e for e in doc.events if e.type == "ASSAULT"]


def told(evs: list) -> list:
    return [(e.trigger.text, e.evidence.text, [a.text for a in e.also_evidence]) for e in evs]


@pytest.mark.parametrize(
    ("lang", "text", "day", "phrase"),
    [
        pytest.param(
            "en",
            "A car bomb exploded near a crowded market in eastern Baghdad on Thursday, killing at least 14 "
            "people, police said. On Monday, a roadside bomb killed three soldiers north of the capital. "
            "Islamic State claimed responsibility for Thursday's attack in a statement posted online.",
            "2024-03-14",
            "Thursday's attack",
            id="en-day-before-nearer",
        ),
        pytest.param(
            "en",
            "Militants stormed a hotel in central Mogadishu on Thursday night, killing at least nine people, "
            "police said. The siege lasted several hours. Among the dead were two senior officials. The "
            "group has fought the government for years. President Hassan Sheikh Mohamud condemned the "
            "violence. The army has launched an offensive against the group in central Somalia. A hotel "
            "guard said he had hidden in a bathroom during the raid. Thursday's attack was the first on a "
            "hotel in the city this year.",
            "2024-03-14",
            "Thursday's attack",
            id="en-day-past-window",
        ),
    ],
)
def test_a_dated_noun_names_the_incident_of_its_day(lang, text, day, phrase):
    evs = [e for e in assaults(text) if e.date and e.date.date and e.date.date.value == day]
    assert len(evs) == 1, told(evs)
    assert any(phrase in a.text for a in evs[0].also_evidence), told(evs)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "A suicide bomber killed 22 people at a concert in Manchester on Monday, police said. It was the "
            "deadliest attack in Britain since July 2005, when four suicide bombers killed 52 people on "
            "London's transport network.",
            id="en-since-year-when",
        ),
    ],
)
def test_the_incident_a_superlative_is_measured_against_is_history(lang, text):
    evs = assaults(text, keep="all")
    old = [e for e in evs if e.dead is not None and e.dead.value == 52]
    assert len(old) == 1 and old[0].unasserted == "historical", told(evs)
    news = [e for e in evs if not e.unasserted]
    assert len(news) == 1, told(evs)
    assert news[0].location is not None and news[0].location.span.text == "Manchester", told(news)
    assert "deadliest" in " ".join(a.text for a in news[0].also_evidence), told(news)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Al Shabaab militants stormed a hotel in central Mogadishu on Thursday night, killing at least nine "
            "people, police said. The gunmen detonated a car bomb at the gate of the Hayat Hotel before "
            "entering the building.",
            id="en-hotel-of-the-town",
        ),
    ],
)
def test_a_named_site_of_the_incidents_town_is_no_other_place(lang, text):
    evs = assaults(text)
    assert len(evs) == 1, told(evs)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "A gunman opened fire at a nightclub in Istanbul early Sunday, killing five people, police said. Police "
            "arrested a 24-year-old man at the scene. The interior minister said the suspect had been detained "
            "after a brief chase.",
            id="en-the-suspect",
        ),
    ],
)
def test_the_one_arrested_named_again_is_the_same_arrest(lang, text):
    doc = eventmill.extract(text, lang="en", published=PUBLISHED)
    arrests = [e for e in doc.events if e.type == "COERCE"]
    assert len(arrests) == 1, told(arrests)
    assert len(arrests[0].also_evidence) == 1, told(arrests)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "A man stabbed three people in a park in Reading on Saturday, police said. He was arrested at the "
            "scene. On Sunday, police said it was a terrorist attack.",
            id="en-police-said-it-was",
        ),
        pytest.param(
            "en",
            "A man stabbed three people in a park in Reading on Monday. A judge ruled on Thursday that it was a "
            "terrorist attack.",
            id="en-judge-ruled-it-was",
        ),
    ],
)
def test_a_noun_said_of_it_names_the_incident_told_before(lang, text):
    evs = assaults(text)
    assert len(evs) == 1, told(evs)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Protesters clashed with police in several French cities on Saturday as thousands marched against "
            "pension reform. In Lyon, police fired tear gas at protesters who threw stones. Police detained 150 "
            "people. The clashes were the most violent since the protests began in January.",
            id="en-the-clashes-after-a-riot",
        ),
    ],
)
def test_a_definite_noun_names_its_word_typed_otherwise(lang, text):
    doc = eventmill.extract(text, lang="en", published=PUBLISHED)
    assert not [e for e in doc.events if e.type == "ASSAULT"], told(list(doc.events))
    (riot,) = [e for e in doc.events if e.type == "PROTEST"]
    assert any("The clashes" in a.text for a in riot.also_evidence), told([riot])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "Pakistan has seen a surge in militant violence in the northwest.", id="en-surge-in"),
        pytest.param("en", "Aid groups reported a sharp rise in attacks on their workers in Darfur.", id="en-rise-in"),
    ],
)
def test_a_trend_of_incidents_is_no_incident(lang, text):
    assert assaults(text) == [], told(assaults(text))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Security forces killed 11 militants in a raid on a hideout in North Waziristan on Thursday, the "
            "military said. Two soldiers were killed in the exchange of fire.",
            id="en-killed-in-the-exchange-of-fire",
        ),
    ],
)
def test_deaths_in_a_phrase_naming_the_fighting_join_the_incident_before(lang, text):
    evs = assaults(text)
    assert len(evs) == 1, told(evs)
