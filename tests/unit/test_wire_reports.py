"""Shapes of the wire story's lede and body, on sentences written for these tests.

- "X killed 30 people, including children, residents and a rebel group said": the parser made the
  victims the subject of "said", so the attack killed nobody; the words after the last comma are who
  said it (`stages/parse/depconv.speakers_after_comma`).
- An event noun as the subject names its doers, not its target: "an attack on police killed three
  officers" (the police were attacked, not attacking).
- One word read twice is one party: "a Russian missile strike ... injured 12" is one event.
- "Kisumu, where one man was shot dead": the shooting happened in Kisumu (`where` in placecues.tsv).
- "since March", "since the takeover", or "since 2015" on a joined verb: a running total, no incident;
  "in recent months": acts over a span; "has seen frequent clashes", "subit des attaques répétées": a habit.
- A definite noun may name the incident of a region at a village in it, listed or not ("the strike hit
  X village"); the day a report was said ("residents said Saturday") gives way to the day a linked report
  names; what a dated act came after ("broke down in March after it killed ...") has that act's month.
- A pronoun hit by an act points back: "the convoy ... when it was attacked on Monday".
- The dead of a whole year told in the passive ("were killed in the West Bank last year"), incidents
  counted over a year ("900 kidnappings were reported this year") and trends ("kidnappings have soared")
  are no incident; a participle shares the time of the recalled clause it hangs on.
"""

import pytest

import eventmill
from eventmill.models import Token
from eventmill.stages.parse.depconv import speakers_after_comma
from sentence_events import events_of, one_event


@pytest.mark.parametrize(
    "text, dead",
    [
        (
            "A suicide bomber killed at least 12 people, including three children, police and hospital officials said Sunday.",
            12,
        ),
        (
            "A Myanmar military air strike on a village in the northwestern Sagaing region killed at least 30 people, "
            "including children, residents and a local resistance group said Saturday.",
            30,
        ),
    ],
)
def test_the_victims_before_the_speakers_are_counted(text, dead):
    ev = one_event(text)
    assert ev.dead is not None and ev.dead.value == dead


def test_the_speaker_after_the_victims_is_no_victim():
    ev = one_event(
        "A Russian missile strike on the eastern city of Kharkiv on Monday evening injured 12 people, "
        "including two children, the city's mayor Ihor Terekhov said."
    )
    assert ev.injured is not None and ev.injured.value == 12
    recipients = " ".join(m.span.text for m in ev.recipients)
    assert "Terekhov" not in recipients and "mayor" not in recipients


def test_a_right_parse_is_left_alone():
    # "Gunmen killed 20 villagers, officials said": officials -nsubj-> said already
    rows = [
        ("Gunmen", "NOUN", "nsubj", 1),
        ("killed", "VERB", "ccomp", 6),
        ("20", "NUM", "nummod", 3),
        ("villagers", "NOUN", "obj", 1),
        (",", "PUNCT", "punct", 6),
        ("officials", "NOUN", "nsubj", 6),
        ("said", "VERB", "ROOT", 6),
    ]
    tokens = [Token(i, 0, 0, t, t, p, d, h) for i, (t, p, d, h) in enumerate(rows)]
    assert speakers_after_comma(tokens) == tokens


def test_a_french_inverted_report_is_left_alone():
    ev = one_event("Un kamikaze a tué douze personnes, dont trois enfants, a indiqué la police.", lang="fr")
    assert ev.dead is not None and ev.dead.value == 12


@pytest.mark.parametrize(
    "text, target",
    [
        ("An attack on police killed three officers.", "police"),
        ("An air strike on a village killed 30 people.", "village"),
    ],
)
def test_the_target_of_the_subject_is_no_doer(text, target):
    ev = one_event(text)
    assert target not in [m.span.text for m in ev.actors]
    assert target in [m.span.text for m in ev.recipients]


def test_a_doer_of_the_subject_stays_the_doer():
    ev = one_event("A Taliban attack on a checkpoint killed five soldiers.")
    assert [m.span.text for m in ev.actors] == ["Taliban"]


def test_a_nationality_read_twice_is_one_party_of_one_event():
    ev = one_event("A Russian missile strike on the eastern city of Kharkiv on Monday evening injured 12 people.")
    assert ev.injured is not None and ev.injured.value == 12
    assert len(ev.actors) == 1


@pytest.mark.parametrize(
    "text, lang, place",
    [
        (
            "NAIROBI, July 7 (AFP) - Kenyan police fired tear gas on Friday to disperse protesters in Nairobi.\n\n"
            "Demonstrators blocked roads in the capital and in the western city of Kisumu, where one man was shot "
            "dead, a hospital official said.",
            "en",
            "Kisumu",
        ),
        ("Les manifestants ont défilé à Bamako et à Gao, où un soldat a été tué par balle.", "fr", "Gao"),
    ],
)
def test_what_happened_where_happened_at_the_name_before_it(text, lang, place):
    ev = one_event(text, lang=lang)
    assert ev.location is not None and ev.location.span.text == place


@pytest.mark.parametrize(
    "text",
    [
        "More than 4,000 civilians have been killed by security forces since the takeover.",
        "At least 23 people have been killed in protests since March.",
    ],
)
def test_a_toll_since_a_month_or_a_takeover_is_no_incident(text):
    assert not [e for e in events_of(text) if e.type == "ASSAULT"]


def test_a_toll_since_a_day_is_an_incident_still_counted():
    assert one_event("Police said three people have been killed since Monday.").dead.value == 3


def test_acts_of_recent_months_are_no_incident():
    assert not events_of("Ukraine has stepped up its drone attacks on Russian oil refineries in recent months.")
    assert one_event("Two weeks ago, gunmen killed five people in the town.").dead.value == 5


STRIKE = (
    "Myanmar junta air strike on village kills at least 30, residents say\n\n"
    "BANGKOK, March 4 (AP) - A Myanmar military air strike on a village in the northwestern Sagaing region "
    "killed at least 30 people, including children, residents and a local resistance group said Saturday.\n\n"
    "The strike hit VILLAGE village on Friday afternoon as people gathered for a religious ceremony, a "
    "resident said.\n"
)


@pytest.mark.parametrize("village", ["Thit Nyin Kone", "Pazigyi"])  # one no gazetteer lists, one it lists
def test_the_strike_on_a_village_is_the_strike_in_its_region(village):
    strikes = [e for e in events_of(STRIKE.replace("VILLAGE", village)) if e.type == "ASSAULT"]
    assert len(strikes) == 1
    assert strikes[0].dead is not None and strikes[0].dead.value == 30


def test_the_day_it_was_said_gives_way_to_the_day_it_happened():
    (strike,) = [e for e in events_of(STRIKE.replace("VILLAGE", "Thit Nyin Kone")) if e.type == "ASSAULT"]
    assert strike.date is not None and strike.date.date.value == "2023-03-03"


AMBUSH = (
    "BOGOTA, Aug 31 (Reuters) - Suspected dissidents of the former FARC rebel group killed 12 soldiers and "
    "wounded four in an ambush on an army patrol in the southwestern province of Cauca, the defence ministry "
    "said on Thursday.\n\n"
    "The attack took place on Wednesday near the town of Argelia, the ministry said in a statement. "
    "The soldiers were guarding a road when they came under fire from explosives and rifles.\n\n"
    "Talks with the largest dissident faction broke down in March after it killed four indigenous youths.\n"
)


def test_what_a_dated_act_came_after_is_no_report_of_today_s_ambush():
    evs = eventmill.extract(AMBUSH, lang="en", published="2023-08-31").events
    ambush = [e for e in evs if e.type == "ASSAULT" and e.dead is not None and e.dead.value == 12]
    assert len(ambush) == 1
    assert "youths" not in [m.span.text for m in ambush[0].recipients]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Cauca has seen frequent clashes between armed groups.", "en"),
        ("The town has suffered repeated attacks by militants.", "en"),
        ("La région connaît des attaques répétées des jihadistes.", "fr"),
    ],
)
def test_event_nouns_of_habit_are_no_incident(text, lang):
    assert not [e for e in events_of(text, lang) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Militants carried out repeated attacks on the town last week.", "en"),
        ("Les jihadistes ont mené des attaques répétées contre la ville mardi.", "fr"),
    ],
)
def test_dated_repeated_attacks_happened(text, lang):
    assert [e for e in events_of(text, lang) if e.type == "ASSAULT"]


def test_a_toll_since_a_year_on_a_joined_verb_is_no_incident():
    text = "Thousands of people have been killed and nearly two million displaced by the violence since 2015."
    assert not [e for e in events_of(text) if e.dead is not None]


CONVOY = (
    "OUAGADOUGOU, Oct 4 (Reuters) - Suspected Islamist militants killed 15 soldiers and wounded 20 others in an "
    "ambush on a military convoy in northern Burkina Faso, the army said on Wednesday.\n\n"
    "The convoy was escorting supply trucks to the besieged town of Djibo when it was attacked on Monday, the "
    "army said in a statement.\n"
)


def test_a_pronoun_hit_by_an_act_points_back_to_the_incident():
    evs = [e for e in eventmill.extract(CONVOY, lang="en", published="2023-10-04").events if e.type == "ASSAULT"]
    assert len(evs) == 1
    assert evs[0].date is not None and evs[0].date.date.value == "2023-10-02"


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "More than 150 Palestinians were killed in the West Bank last year, according to United Nations figures.",
            "en",
        ),
        ("Plus de 150 Palestiniens ont été tués en Cisjordanie l'an dernier.", "fr"),
        ("More than 900 kidnappings were reported this year, according to the center.", "en"),
        ("Kidnappings have soared in Haiti since the summer.", "en"),
        ("Les enlèvements se sont multipliés en Haïti.", "fr"),
    ],
)
def test_a_year_s_toll_and_a_trend_are_no_incident(text, lang):
    assert not [e for e in events_of(text, lang) if e.type == "ASSAULT"]


def test_a_day_s_dead_told_in_the_passive_are_an_incident():
    assert one_event("Five people were killed in the town on Monday.").dead.value == 5


def test_a_participle_shares_the_time_of_a_recalled_clause():
    # "In 2016, gunmen stormed the centre, killing 20 people": one incident of 2016, no news of today
    assert not events_of("In 2016, gunmen stormed the centre, killing 20 people.")
    assert one_event("Gunmen stormed the centre on Monday, killing 20 people.").dead.value == 20
