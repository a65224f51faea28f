"""Reports of several incidents in one article (a war roundup): reports whose own clauses name other
days, or two towns the gazetteer tells apart, stay two events, each with its own place and date
(eventmill.events.days, eventmill.events.links); real parses, tagged en/fr."""

import pytest

import eventmill


def events(text, lang, published="2026-03-04"):
    """(trigger, place text, date value) of every event, in the order of the text."""
    doc = eventmill.extract(text, lang=lang, published=published)
    return [
        (
            e.trigger.text,
            e.location.span.text if e.location else None,
            e.date.date.value if e.date and e.date.date else None,
        )
        for e in doc.events
    ]


# 2026-03-04 is a Wednesday
@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "en",
            "BEIRUT (Reuters) - Government air strikes killed nine civilians in the rebel-held province of Idlib on "
            "Tuesday, a war monitor said. On Monday, barrel bombs dropped by helicopters killed three people in "
            "the village of Kafr Nabl, the monitor said.",
            [("air strikes", "Idlib", "2026-03-03"), ("killed", "Kafr Nabl", "2026-03-02")],
        ),
        (
            "en",
            "Rebels shelled the town of Mhardeh on Sunday, wounding four people. Government troops shelled the "
            "town of Suqaylabiyah on Monday, wounding two children.",
            [("shelled", "Mhardeh", "2026-03-01"), ("shelled", "Suqaylabiyah", "2026-03-02")],
        ),
        (
            "fr",
            "Des frappes aériennes ont tué neuf civils dans la province d'Idleb mardi, selon l'OSDH. Lundi, des "
            "barils d'explosifs ont tué trois personnes dans le village de Kafranbel.",
            [("frappes", "Idleb", "2026-03-03"), ("tué", "Kafranbel", "2026-03-02")],
        ),
    ],
)
def test_reports_dated_to_other_days_are_two_incidents(lang, text, expected):
    assert events(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "en",
            "Warplanes struck a market in the town of Maarat al-Numan, killing 12 people, the monitor said. "
            "Another seven died in strikes on Khan Sheikhoun, about 20 km to the south.",
            [("struck", "Maarat al-Numan"), ("died", "Khan Sheikhoun")],
        ),
        (
            "en",
            "Gunmen shot dead a former rebel commander in the town of Tafas, activists said. A roadside bomb "
            "wounded three soldiers in the city of Daraa.",
            [("shot dead", "Tafas"), ("wounded", "Daraa")],
        ),
    ],
)
def test_reports_in_two_near_towns_are_two_incidents(lang, text, expected):
    assert [(trigger, place) for trigger, place, _ in events(text, lang)] == expected


def test_a_day_in_a_quote_counts_from_when_the_speaker_spoke():
    # a statement issued the next morning calls the attack "today's": still the one incident
    text = (
        "On March 2, 2026, a suicide bomber blew himself up at a base near Bagram, killing six soldiers. "
        'The embassy said: "We mourn the six soldiers killed in today\'s attack near Bagram."'
    )
    assert [(t, d) for t, _, d in events(text, "en")] == [("blew himself up", "2026-03-02")]


def test_a_death_told_on_a_later_day_stays_with_its_attack():
    text = (
        "Gunmen attacked a checkpoint in the town of Tafas on Monday, wounding a soldier. "
        "The soldier died of his wounds on Tuesday."
    )
    assert [(t, d) for t, _, d in events(text, "en")] == [("attacked", "2026-03-02")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "en",
            "The Islamic State group claimed responsibility on Tuesday for an ambush on an army bus near Palmyra "
            "that killed nine soldiers. The ambush took place on Sunday on the road to Deir ez-Zor.",
            "2026-03-01",
        ),
        (
            "fr",
            "Le groupe Etat islamique a revendiqué mardi une attaque contre un bus de l'armée près de Palmyre. "
            "L'attaque a eu lieu dimanche sur la route de Deir ez-Zor.",
            "2026-03-01",
        ),
    ],
)
def test_a_report_that_says_when_the_attack_took_place_dates_it(lang, text, expected):
    # the claim's day is not the attack's
    assert [d for _, _, d in events(text, lang)] == [expected]


def test_the_start_of_a_period_tells_no_incident_apart():
    # "since Sunday" is when the offensive began, not another day of the strikes
    text = (
        "Government forces shelled the town of Douma on Tuesday, killing 12 civilians. "
        "Government forces have shelled the town of Douma since Sunday, killing 40 people."
    )
    assert len(events(text, "en")) == 1


def dead(text, lang, published):
    """(trigger, date value, dead high) of every event."""
    doc = eventmill.extract(text, lang=lang, published=published)
    return [
        (
            e.trigger.text,
            e.date.date.value if e.date and e.date.date else None,
            e.dead.high if e.dead else None,
        )
        for e in doc.events
    ]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "fr",
            "Au moins douze personnes ont été tuées samedi dans une frappe aérienne sur un marché de Khan Younès. "
            "Le conflit a été déclenché par l'attaque du groupe armé le 3 novembre 2025 dans le nord du pays, "
            "qui a entraîné la mort de 640 personnes.",
            [("tuées", "2026-05-09", 12)],
        ),
        (
            "en",
            "At least twelve people were killed on Saturday in an air strike on a market in Khan Younis. "
            "The conflict was triggered by the attack of the armed group on November 3, 2025 in the north of "
            "the country, which killed 640 people.",
            [("killed", "2026-05-09", 12)],
        ),
    ],
)
def test_an_attack_named_months_before_the_news_is_another_incident(lang, text, expected):
    # "the attack" with a date of its own months before the day's strike is no report of that strike, and
    # the toll of its relative clause is its own: the strike keeps its twelve dead (the attack, recalled
    # from months before, is no news of the day)
    assert dead(text, lang, "2026-05-10") == expected


@pytest.mark.parametrize(
    "lang,text",
    [
        (
            "fr",
            "Le tribunal de Bamako a condamné lundi deux jihadistes à des peines allant de dix à vingt ans de "
            "prison pour leur rôle dans l'attaque d'un hôtel, qui avait fait vingt morts le 20 novembre 2015.",
        ),
    ],
)
def test_a_toll_dated_years_back_is_not_the_news_events(lang, text):
    # the toll in the relative clause is the recalled attack's, not the sentence's
    doc = eventmill.extract(text, lang=lang, published="2024-03-05")
    assert doc.events and all(e.dead is None for e in doc.events)
