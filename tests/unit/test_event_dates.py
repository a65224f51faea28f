"""An event's date, resolved against the publication date and read from its own clause first; dates
of comparison or background are no event's date (real parses, tagged fr/en)."""

import json

import pytest

import eventmill
from eventmill.config import Config


def event_dates(text, lang, published):
    """(trigger, date text, ISO value) of every event; None for an event nothing in the text dates (it
    takes the publication day, `date_source` "published": test_an_event_nothing_dates_*)."""
    doc = eventmill.extract(text, lang=lang, published=published)
    return [
        (e.trigger.text, e.date.span.text, e.date.date.value if e.date.date else None)
        if e.date and e.date_source != "published"
        else (e.trigger.text, None, None)
        for e in doc.events
    ]


def date_of(text, lang, published, trigger):
    found = [(t, v) for trig, t, v in event_dates(text, lang, published) if trig == trigger]
    assert found, f"no event with trigger {trigger!r}: {event_dates(text, lang, published)}"
    return found[0][1]


WEDNESDAY = "2026-03-04"


@pytest.mark.parametrize(
    "lang,text,trigger,published,expected",
    [
        # a weekday is the last such day up to the publication day, that day included
        ("en", "Gunmen attacked a police post in Kano on Monday.", "attacked", WEDNESDAY, "2026-03-02"),
        ("en", "Gunmen attacked a police post in Kano on Wednesday.", "attacked", WEDNESDAY, "2026-03-04"),
        ("fr", "Des hommes armés ont attaqué un poste de police à Kano lundi.", "attaqué", WEDNESDAY, "2026-03-02"),
        ("fr", "Des hommes armés ont attaqué un poste de police à Kano mercredi.", "attaqué", WEDNESDAY, "2026-03-04"),
        # "last" goes back a week on that weekday; "next" goes forward
        ("en", "Gunmen attacked a police post in Kano last Wednesday.", "attacked", WEDNESDAY, "2026-02-25"),
        (
            "fr",
            "Des hommes armés ont attaqué un poste de police à Kano mercredi dernier.",
            "attaqué",
            WEDNESDAY,
            "2026-02-25",
        ),
        ("en", "Gunmen attacked a police post in Kano last Tuesday.", "attacked", WEDNESDAY, "2026-03-03"),
        ("en", "The union will hold a strike in Lagos next Tuesday.", "strike", WEDNESDAY, "2026-03-10"),
        ("fr", "Le syndicat organisera une grève à Lagos mardi prochain.", "grève", WEDNESDAY, "2026-03-10"),
        # a weekday and its date agree: no day lost ("on Tuesday, March 3" published that Tuesday)
        ("en", "On Tuesday, March 3, gunmen attacked a police post in Kano.", "attacked", "2026-03-03", "2026-03-03"),
        (
            "fr",
            "Mardi 3 mars, des hommes armés ont attaqué un poste de police à Kano.",
            "attaqué",
            "2026-03-03",
            "2026-03-03",
        ),
        # yesterday, last week, a day and month
        ("en", "Gunmen attacked a police post in Kano yesterday.", "attacked", WEDNESDAY, "2026-03-03"),
        ("fr", "Des hommes armés ont attaqué un poste de police à Kano hier.", "attaqué", WEDNESDAY, "2026-03-03"),
        ("en", "Gunmen attacked a police post in Kano last week.", "attacked", WEDNESDAY, "2026-02-23"),
        (
            "fr",
            "Des hommes armés ont attaqué un poste de police à Kano la semaine dernière.",
            "attaqué",
            WEDNESDAY,
            "2026-02-23",
        ),
        ("fr", "Des hommes armés ont attaqué un poste de police à Kano le 3 mars.", "attaqué", WEDNESDAY, "2026-03-03"),
        ("en", "Gunmen attacked a police post in Kano on 28 December.", "attacked", "2026-01-05", "2025-12-28"),
        # a range of days gives its first day
        ("fr", "Des manifestations ont eu lieu à Paris du 1er au 3 mars.", "manifestations", WEDNESDAY, "2026-03-01"),
        ("fr", "Des hommes armés ont attaqué Kano entre le 1er et le 3 mars.", "attaqué", WEDNESDAY, "2026-03-01"),
        ("en", "Gunmen attacked a police post in Kano between March 1 and 3.", "attacked", WEDNESDAY, "2026-03-01"),
        ("en", "Gunmen attacked a police post in Kano on March 1-3.", "attacked", WEDNESDAY, "2026-03-01"),
    ],
)
def test_the_event_date_resolves_against_the_publication_date(lang, text, trigger, published, expected):
    assert date_of(text, lang, published, trigger) == expected


@pytest.mark.parametrize(
    "lang,text,trigger",
    [
        ("en", "Gunmen killed five police officers in Kano, the deadliest attack since January 2025.", "killed"),
        (
            "fr",
            "Des hommes armés ont tué cinq policiers à Kano, l'attaque la plus meurtrière depuis janvier 2025.",
            "tué",
        ),
        ("fr", "Des hommes armés ont tué plus de policiers à Kano que l'an dernier.", "tué"),
    ],
)
def test_a_date_of_comparison_or_background_is_no_event_date(lang, text, trigger):
    doc = eventmill.extract(text, lang=lang, published=WEDNESDAY)
    assert [m for m in doc.mentions if m.kind == "date"], "the date is still read as a date"
    assert date_of(text, lang, WEDNESDAY, trigger) is None


@pytest.mark.parametrize(
    "lang,text,trigger",
    [
        ("en", "Opposition leader Raila Odinga called for nationwide demonstrations next week.", "called for"),
        # (nor does it date the undated statement after it)
        (
            "en",
            "Odinga called for nationwide demonstrations next week. The interior minister warned that looters "
            "would be prosecuted.",
            "warned",
        ),
        (
            "fr",
            "L'opposition a appelé à manifester la semaine prochaine. Le ministre a mis en garde les casseurs.",
            "mis en garde",
        ),
    ],
)
def test_a_date_after_the_article_dates_no_act_that_took_place(lang, text, trigger):
    assert date_of(text, lang, WEDNESDAY, trigger) is None


def test_a_date_of_comparison_stays_a_date_mention():
    doc = eventmill.extract(
        "Gunmen killed five police officers in Kano, the deadliest attack since January 2025.",
        lang="en",
        published=WEDNESDAY,
    )
    assert [m.span.text for m in doc.mentions if m.kind == "date"] == ["January 2025"]


def test_since_a_recent_day_is_still_a_date():
    # "depuis lundi" for what goes on: the day it began, not background
    assert date_of("Des manifestants bloquent le port de Marseille depuis lundi.", "fr", WEDNESDAY, "bloquent") == (
        "2026-03-02"
    )


def _date_and_precision(text, lang, trigger):
    doc = eventmill.extract(text, lang=lang, published=WEDNESDAY)
    found = [e.date for e in doc.events if e.trigger.text == trigger]
    assert found, [e.trigger.text for e in doc.events]
    return (found[0].date.value, found[0].date.precision) if found[0] else None


@pytest.mark.parametrize(
    "lang,text,trigger",
    [
        ("en", "Dockers have blocked the port of Mombasa since Monday.", "blocked"),
        ("fr", "Des dockers bloquent le port de Mombasa depuis lundi.", "bloquent"),
    ],
)
def test_a_recent_day_after_since_starts_a_period_and_dates_it_as_a_week(lang, text, trigger):
    assert _date_and_precision(text, lang, trigger) == ("2026-03-02", "week")


def test_another_date_of_the_clause_beats_the_start_of_a_period():
    text = "Dockers who have camped outside the port of Mombasa since Monday blocked its gates on Tuesday."
    assert _date_and_precision(text, "en", "blocked") == ("2026-03-03", "day")


def test_since_a_day_of_a_named_incident_keeps_the_day():
    # "since Monday's attack": the attack's own day, not the start of a period
    text = "Gunmen attacked a police post in Kano on Monday."
    assert _date_and_precision(text, "en", "attacked") == ("2026-03-02", "day")
    text = "Police have detained 40 people since Monday's attack on a market in Kano."
    assert _date_and_precision(text, "en", "attack") == ("2026-03-02", "day")


@pytest.mark.parametrize(
    "lang,text,trigger",
    [
        ("en", "The rebels agreed to free the minister, whom they had kidnapped two weeks ago.", "agreed"),
        ("en", "Protesters marched to the embassy that had been attacked last month.", "marched"),
        (
            "fr",
            "Les rebelles ont accepté de libérer le ministre, qu'ils avaient enlevé il y a deux semaines.",
            "accepté",
        ),
    ],
)
def test_a_date_inside_a_relative_clause_dates_what_that_clause_tells(lang, text, trigger):
    assert date_of(text, lang, WEDNESDAY, trigger) is None


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        ("en", "The attack, which took place on Saturday, killed six soldiers in Hama.", "attack", "2026-02-28"),
        ("en", "Six soldiers were killed in the attack, which took place on Saturday in Hama.", "killed", "2026-02-28"),
        ("fr", "L'attaque, qui a eu lieu samedi, a tué six soldats près de Hama.", "attaque", "2026-02-28"),
        (
            "fr",
            "Six soldats ont été tués dans l'attaque, qui s'est produite samedi près de Hama.",
            "tués",
            "2026-02-28",
        ),
    ],
)
def test_a_relative_clause_that_says_when_the_event_took_place_dates_it(lang, text, trigger, expected):
    assert date_of(text, lang, WEDNESDAY, trigger) == expected


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        ("en", "The union will hold a general strike in Lagos on Tuesday.", "general strike", "2026-03-10"),
        ("fr", "Le syndicat organisera une grève générale à Lagos mardi.", "grève générale", "2026-03-10"),
        # said on that weekday: that very day
        ("en", "The union will hold a general strike in Lagos on Wednesday.", "general strike", "2026-03-04"),
    ],
)
def test_an_announced_event_on_a_weekday_is_the_next_such_day(lang, text, trigger, expected):
    assert date_of(text, lang, WEDNESDAY, trigger) == expected


def dated(text, lang, published, trigger):
    """(date value, date_source) of the event with this trigger."""
    doc = eventmill.extract(text, lang=lang, published=published)
    found = [(e.date.date.value if e.date and e.date.date else None, e.date_source) for e in doc.events]
    found = [f for e, f in zip(doc.events, found, strict=True) if e.trigger.text == trigger]
    assert found, [e.trigger.text for e in doc.events]
    return found[0]


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        # an event with no date of its own happened when the sentences just before say
        (
            "en",
            "Government airstrikes killed 20 people in Idlib on Monday. Hundreds of people protested in Saraqeb.",
            "protested",
            ("2026-03-02", "context"),
        ),
        (
            "fr",
            "Des frappes aériennes ont tué 20 personnes à Idleb lundi. Des centaines de personnes ont manifesté à Saraqeb.",
            "manifesté",
            ("2026-03-02", "context"),
        ),
        # its own date first
        (
            "en",
            "Government airstrikes killed 20 people in Idlib on Monday. Hundreds of people protested on Tuesday.",
            "protested",
            ("2026-03-03", "clause"),
        ),
        # not a date long before publication (background): the publication day, as a week
        (
            "en",
            "The city fell to rebels in January 2025. Hundreds of people protested in Saraqeb.",
            "protested",
            ("2026-03-04", "published"),
        ),
        # nor any for an announced event
        (
            "en",
            "Government airstrikes killed 20 people in Idlib on Monday. The union will hold a strike in Lagos.",
            "strike",
            (None, ""),
        ),
        # nor from further back than the sentences just before
        (
            "en",
            "Airstrikes killed 20 people in Idlib on Monday. Aid was slow. Roads were closed. Hundreds protested.",
            "protested",
            ("2026-03-04", "published"),
        ),
    ],
)
def test_an_event_without_a_date_takes_the_recent_date_of_the_sentences_before(lang, text, trigger, expected):
    assert dated(text, lang, WEDNESDAY, trigger) == expected


def test_the_date_source_is_in_the_json():
    doc = eventmill.extract("Gunmen attacked a police post in Kano on Monday.", lang="en", published=WEDNESDAY)
    out = json.loads(json.dumps(doc.to_dict()))
    assert out["events"][0]["date_source"] == "clause"


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # the dateline's date dates an event only when nothing else does
        (
            "en",
            "KABUL, Oct. 3, 2014 (Xinhua) -- Two policemen were killed by a bomb in Kunduz.",
            ("2014-10-03", "dateline"),
        ),
        (
            "en",
            "KABUL, Oct. 3, 2014 (Xinhua) -- Two policemen were killed yesterday in Kunduz.",
            ("2014-10-02", "clause"),
        ),
        (
            "en",
            "KABUL, Afghanistan (AP) - Oct. 3, 2014 - Gunmen attacked a police post in Kunduz.",
            ("2014-10-03", "dateline"),
        ),
        (
            "en",
            "KABUL, Afghanistan (AP) - Oct. 3, 2014 - Gunmen attacked a police post in Kunduz on Wednesday.",
            ("2014-10-01", "clause"),
        ),
        ("fr", "ALEP (Syrie), 9 avril 2016 (AFP) - Vingt civils ont été tués jeudi à Alep.", ("2016-04-07", "clause")),
    ],
)
def test_the_datelines_date_comes_last(lang, text, expected):
    doc = eventmill.extract(text, lang=lang)
    e = doc.events[0]
    assert (e.date.date.value if e.date and e.date.date else None, e.date_source) == expected


@pytest.mark.parametrize("published", [WEDNESDAY, None])
@pytest.mark.parametrize(
    "lang,text,trigger",
    [
        ("en", "Police killed two protesters in Dhaka, compared with five in 2025.", "killed"),
        ("en", "Police arrested 40 protesters in London, twice as many as in 2025.", "arrested"),
        ("en", "Rebels attacked a convoy near Kunduz, as they did in 2025.", "attacked"),
        ("fr", "La police a arrêté 40 manifestants à Paris, contre 12 en 2025.", "arrêté"),
        ("fr", "La police a arrêté 40 manifestants à Paris, par rapport à 2025.", "arrêté"),
        ("fr", "Des rebelles ont attaqué un convoi près de Kunduz, comme en 2025.", "attaqué"),
    ],
)
def test_a_year_of_comparison_further_back_or_in_a_clause_of_comparison_is_no_event_date(
    lang, text, trigger, published
):
    assert date_of(text, lang, published, trigger) is None


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        ("en", "Rebels attacked a convoy near Kunduz in February, as witnesses said.", "attacked", "2026-02"),
        (
            "fr",
            "Des rebelles ont attaqué un convoi près de Kunduz en février, comme l'ont dit des témoins.",
            "attaqué",
            "2026-02",
        ),
    ],
)
def test_a_clause_of_comparison_elsewhere_in_the_sentence_leaves_the_events_date(lang, text, trigger, expected):
    found = [v for trig, _, v in event_dates(text, lang, WEDNESDAY) if trig == trigger]
    assert found == [expected]


@pytest.mark.parametrize(
    "lang,text,crime,aftermath,expected",
    [
        # the arrest's or the trial's day is not the crime's: it happened some time before
        (
            "en",
            "Police arrested two men on Monday over the shooting of a policeman in Kano.",
            "shooting",
            "arrested",
            "2026-03-02",
        ),
        (
            "en",
            "A court on Tuesday sentenced the gunman to life in prison for killing two policemen in Kano.",
            "killing",
            "sentenced",
            "2026-03-03",
        ),
        (
            "fr",
            "La police a arrêté lundi deux hommes pour le meurtre d'un policier à Kano.",
            "meurtre",
            "arrêté",
            "2026-03-02",
        ),
        # and a participle inside the crime's phrase is of the crime too
        (
            "en",
            "A man who opened fire at a church in Kano, killing 11 worshippers, was sentenced to death on Tuesday.",
            "opened fire",
            "sentenced",
            "2026-03-03",
        ),
    ],
)
def test_a_crime_an_arrest_or_a_trial_names_does_not_take_its_date(lang, text, crime, aftermath, expected):
    assert date_of(text, lang, WEDNESDAY, crime) is None
    assert date_of(text, lang, WEDNESDAY, aftermath) == expected


@pytest.mark.parametrize(
    "lang,text,crime,expected",
    [
        # a date of the crime's own phrase is its own
        ("en", "Police arrested two men on Monday over Saturday's shooting in Kano.", "shooting", "2026-02-28"),
        # an event coordinated with the arrest happened with it
        ("en", "On Tuesday, police arrested ten protesters and shot three in Kano.", "shot", "2026-03-03"),
        ("fr", "Lundi, la police a arrêté dix manifestants et en a blessé trois à Kano.", "blessé", "2026-03-02"),
        # so did one in a clause of time on the arrest
        ("en", "Police arrested two men on Monday after they attacked a checkpoint in Kano.", "attacked", "2026-03-02"),
        (
            "fr",
            "La police a arrêté lundi deux hommes après qu'ils ont attaqué un poste de contrôle à Kano.",
            "attaqué",
            "2026-03-02",
        ),
    ],
)
def test_a_crime_keeps_its_own_date_and_an_event_beside_an_arrest_keeps_the_arrests(lang, text, crime, expected):
    assert date_of(text, lang, WEDNESDAY, crime) == expected


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        # raids an arrest was made in, on two days: the first of them, as the arrest
        (
            "en",
            "Nigerian police arrested 30 suspected kidnappers in raids on Sunday and Monday in Kaduna state.",
            "raids",
            "2026-03-01",
        ),
    ],
)
def test_an_event_an_arrest_was_made_in_takes_its_date(lang, text, trigger, expected):
    assert date_of(text, lang, WEDNESDAY, trigger) == expected


def test_a_crime_with_a_definite_article_after_in_is_still_the_crime_an_arrest_names():
    text = "Police arrested two men on Monday in the killing of a teacher in Kano."
    assert date_of(text, "en", WEDNESDAY, "killing") is None


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        # a superlative's point of comparison makes the figure no running total and the event no past one
        (
            "en",
            "Separatist gunmen killed nine people in Bamenda on Sunday, the worst attack since 2014, officials said.",
            "killed",
            "2019-03-10",
        ),
        (
            "en",
            "Gunmen killed five people in Kano on Monday, the first such attack since 2016.",
            "killed",
            "2019-03-11",
        ),
        (
            "fr",
            "Des tirs de roquettes ont tué six civils hier soir à Alep, l'attaque la plus meurtrière depuis 2011.",
            "tirs",
            "2019-03-11",
        ),
        (
            "fr",
            "Des tirs de roquettes ont tué six civils hier soir à Alep, l'attaque la plus meurtrière depuis le "
            "début de la guerre en 2011.",
            "tirs",
            "2019-03-11",
        ),
    ],
)
def test_a_superlatives_year_of_comparison_leaves_the_event_and_its_date(lang, text, trigger, expected):
    assert date_of(text, lang, "2019-03-12", trigger) == expected


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Since 2014, more than 400 people have been killed in Bamenda."),
        ("fr", "Plus de 400 personnes ont été tuées à Bamenda depuis 2014."),
    ],
)
def test_since_a_year_with_no_superlative_is_still_a_running_total(lang, text):
    assert event_dates(text, lang, "2019-03-12") == []


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # a headline's event the text does not date takes the date of the lead's first event
        (
            "fr",
            "Soudan : la police disperse des manifestants\nPublié le 3 mars 2019\n"
            "Les forces de sécurité ont tiré des gaz lacrymogènes sur des manifestants samedi à Khartoum.",
            ("2019-03-02", "linked"),
        ),
        # and the dateline's when the lead's first event has no date of its own
        (
            "fr",
            "Soudan : la police disperse des manifestants\nPublié le 3 mars 2019\n"
            "Les forces de sécurité ont tiré des gaz lacrymogènes sur des manifestants à Khartoum.",
            ("2019-03-03", "dateline"),
        ),
    ],
)
def test_a_headlines_event_takes_the_date_of_the_leads_first_event(lang, text, expected):
    e = eventmill.extract(text, lang=lang).events[0]
    assert (e.date.date.value if e.date and e.date.date else None, e.date_source) == expected


@pytest.mark.parametrize(
    "lang,text,actors",
    [
        ("en", "Fighting between rival militias killed 12 people in Tripoli between Friday and Sunday.", ["militias"]),
        ("en", "Clashes between Friday and Sunday killed 12 people in Tripoli.", []),
        ("fr", "Des affrontements entre vendredi et dimanche ont fait 12 morts à Tripoli.", []),
    ],
)
def test_a_range_of_days_after_between_is_no_party(lang, text, actors):
    doc = eventmill.extract(text, lang=lang, published=WEDNESDAY)
    assert [[a.span.text for a in e.actors] for e in doc.events] == [actors]


@pytest.mark.parametrize(
    "lang,text,trigger",
    [
        ("en", "Gunmen attacked a police post in Kano, killing three officers.", "attacked"),
        ("fr", "Des hommes armés ont attaqué un poste de police à Kano, tuant trois agents.", "attaqué"),
    ],
)
def test_an_event_nothing_dates_takes_the_publication_day_as_a_week(lang, text, trigger):
    doc = eventmill.extract(text, lang=lang, published=WEDNESDAY)
    (e,) = [e for e in doc.events if e.trigger.text == trigger]
    assert e.date_source == "published"
    assert (e.date.date.value, e.date.date.precision) == (WEDNESDAY, "week")
    assert e.date.span.text == ""  # no words of the text gave it
    # with no publication date there is none
    (bare,) = [e for e in eventmill.extract(text, lang=lang).events if e.trigger.text == trigger]
    assert bare.date is None and bare.date_source == ""


@pytest.mark.parametrize(
    "text,trigger",
    [
        # an announced, hypothetical or denied event did not happen on any day
        ("The union will hold a strike in Lagos.", "strike"),
        ("Rebels did not attack the convoy near Kunduz.", "attack"),
    ],
)
def test_an_event_that_did_not_happen_takes_no_publication_day(text, trigger):
    doc = eventmill.extract(text, lang="en", published=WEDNESDAY, config=Config(keep="all"))
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found and all(e.date is None for e in found)
