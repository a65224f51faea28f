"""Incidents, not mentions: one event per incident across a whole English news story, written for these tests.

- A suicide bombing is an explosion: "the bombing", "the blast" name it, not the shooting of a second attacker
  told between, nor the headline's report past the body's (`xx/plover.tsv` column `means`,
  `ontology.share_means`, `events/farback.means_back`).
- A definite noun with no incident near it that fits names, across the whole article, the one incident of its
  means that nothing of it contradicts ("The blast in Kabul", after car bombs in Kabul and in Herat;
  `events/farback.far_back`); two incidents in two places stay two. Of several that fit, the story's own, told
  first under a headline of its type, is what a far definite noun names.
- The participle of a clause telling what came before the incident its sentence is about ("The assault came
  days after gunmen attacked a hotel in Kabul, killing 22 people") tells that earlier incident too
  (`events/placefit.apart_from_subject`).
- What a witness says there was ("There were two blasts, one after the other") is the incident just reported,
  and "other" after a definite article marks no new incident (`events/pointing.witnessed`, `_additive`);
  "There was another explosion in Kaduna" stays another.
- Doers a plural with no article introduced ("Three suicide bombers killed ...") are those the same plural
  with a definite article names again ("The bombers struck outside a hall"): one incident
  (`events/assemble._doers`, `events/links.same_parties`).
- A noun in the phrase of an act of another type is dated by its own words only, not by that act's day
  ("said on Monday they had arrested four men over an attack"; "arrested two men on Tuesday over the bombing
  on Sunday"), so it may be the incident a later report dates, and stays apart from another of the act's day
  (`events/days.read_days`).
"""

import pytest

from sentence_events import events_of


def assaults(text: str) -> list:
    return [e for e in events_of(text) if e.type == "ASSAULT"]


def _show(evs: list) -> list:
    return [(e.trigger.text, e.evidence.text[:50], [s.text[:40] for s in e.also_evidence]) for e in evs]


def _holding(evs: list, words: str) -> list:
    return [e for e in evs if any(words in s.text for s in (e.evidence, *e.also_evidence))]


@pytest.mark.parametrize(
    ("lang", "text", "anaphor", "trigger"),
    [
        pytest.param(
            "en",
            "A suicide bomber blew himself up inside a mosque in the city of Herat on Friday, killing 12 "
            "worshippers, officials said. A second attacker was shot dead by guards at the gate. The Islamic "
            "State group claimed responsibility for the bombing.",
            "claimed responsibility for the bombing",
            "blew himself up",
            id="en-bombing-past-the-guards-shooting",
        ),
        pytest.param(
            "en",
            "A suicide bomber blew himself up near a checkpoint in Mosul on Monday, killing eight soldiers. "
            "Another attacker was shot dead by troops nearby. The blast shattered windows across the street.",
            "The blast shattered",
            "blew himself up",
            id="en-blast-past-the-troops-shooting",
        ),
    ],
)
def test_a_suicide_bombing_is_what_the_bombing_names(lang, text, anaphor, trigger):
    evs = assaults(text)
    hosts = _holding(evs, anaphor)
    assert len(hosts) == 1 and hosts[0].trigger.text == trigger, _show(evs)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Blast kills 11 police in Quetta\n\nA suicide bomber blew himself up near a police van in Quetta on "
            "Thursday, killing 11 people, officials said. Twenty people were wounded in the bombing. The "
            "Islamic State group claimed the attack.",
            id="en-headline-blast-body-suicide-bomber",
        ),
    ],
)
def test_a_headline_and_its_body_report_are_one_incident(lang, text):
    evs = assaults(text)
    assert len(evs) == 1, _show(evs)


@pytest.mark.parametrize(
    ("lang", "text", "anaphor", "first"),
    [
        pytest.param(
            "en",
            "A car bomb exploded near a market in Kabul on Friday, killing 14 people, officials said. Hours "
            "later, another car bomb exploded outside a police station in the city of Herat, killing six "
            "officers. The president condemned the violence. Schools closed on Saturday. Shops stayed shut. "
            "Many families stayed at home. Relatives gathered at the hospitals. Officials promised an inquiry. "
            "The blast in Kabul destroyed twenty shops.",
            "The blast in Kabul",
            "Kabul",
            id="en-the-blast-in-kabul-past-herat",
        ),
        pytest.param(
            "en",
            "A car bomb exploded near a market in Kabul on Friday, killing 14 people, officials said. Hours "
            "later, another car bomb exploded outside a police station in the city of Herat, killing six "
            "officers. The president condemned the violence. Schools closed on Saturday. Shops stayed shut. "
            "Many families stayed at home. Relatives gathered at the hospitals. Officials promised an inquiry. "
            "The blast in Herat destroyed the station's gate.",
            "The blast in Herat",
            "Herat",
            id="en-the-blast-in-herat",
        ),
    ],
)
def test_a_far_definite_noun_names_the_one_incident_it_fits(lang, text, anaphor, first):
    evs = assaults(text)
    assert len(evs) == 2, _show(evs)
    hosts = _holding(evs, anaphor)
    assert len(hosts) == 1 and first in hosts[0].evidence.text, _show(evs)


@pytest.mark.parametrize(
    ("lang", "text", "dead"),
    [
        pytest.param(
            "en",
            "Gunmen stormed the office of an aid group in Jalalabad on Wednesday, killing four people, officials "
            "said. The assault came days after Taliban gunmen attacked a hotel in Kabul, killing 22 people, "
            "including 14 foreigners.",
            22,
            id="en-came-after-attacked-killing",
        ),
    ],
)
def test_the_participle_of_an_earlier_incident_is_that_incident(lang, text, dead):
    evs = assaults(text)
    assert len(evs) == 2, _show(evs)
    earlier = [e for e in evs if "Kabul" in e.evidence.text and e.trigger.text == "attacked"]
    assert len(earlier) == 1 and earlier[0].dead is not None and earlier[0].dead.value == dead, _show(evs)


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        pytest.param(
            "en",
            "Two suicide bombers attacked a church in Peshawar on Sunday, killing 15 people, police said. "
            '"There were two blasts, one after the other," a police officer said.',
            1,
            id="en-there-were-two-blasts-one-after-the-other",
        ),
        pytest.param(
            "en",
            "A car bomb exploded near a bus station in Kano on Monday, killing nine people, officials said. There "
            "was another explosion in Kaduna on Tuesday, police said.",
            2,
            id="en-there-was-another-explosion-elsewhere",
        ),
    ],
)
def test_what_there_was_is_the_incident_just_reported(lang, text, count):
    evs = assaults(text)
    assert len(evs) == count, _show(evs)


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        pytest.param(
            "en",
            "JOS, Nigeria, Sept. 10, 2018 (Reuters) - Police said on Monday they had arrested four men over an "
            "attack on a market in the city of Jos in which gunmen killed 12 traders last week. The gunmen opened "
            "fire on traders at the market on Wednesday evening, witnesses said.",
            1,
            id="en-arrested-on-monday-over-wednesdays-attack",
        ),
        pytest.param(
            "en",
            "KANO, Nigeria, March 7, 2019 (Reuters) - Police arrested two men on Tuesday over the bombing on "
            "Sunday of a bus station in Kano. Gunmen killed four farmers in a village near Kano on Tuesday.",
            2,
            id="en-arrested-on-tuesday-over-sundays-bombing",
        ),
    ],
)
def test_an_act_of_another_type_does_not_date_the_incident_it_names(lang, text, count):
    evs = assaults(text)
    assert len(evs) == count, _show(evs)


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        pytest.param(
            "en",
            "Bomb kills nine at Kano market\n\nA bomb exploded at a crowded market in Kano on Monday, killing nine "
            "people, police said. Later, a second bomb exploded at a bus stop in the city, wounding two people. "
            "Police sealed off the area. Shops closed early. Traders went home. Schools stayed open. Officials met "
            "in the evening. The governor visited the wounded. The explosion destroyed dozens of stalls, traders "
            "said.",
            "crowded market",
            id="en-far-explosion-is-the-headlines",
        ),
    ],
)
def test_a_far_definite_noun_names_the_headlines_incident_of_several(lang, text, first):
    evs = assaults(text)
    assert len(evs) == 2, _show(evs)
    hosts = _holding(evs, "The explosion destroyed")
    assert len(hosts) == 1 and first in hosts[0].evidence.text, _show(evs)


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        pytest.param(
            "en",
            "Three suicide bombers killed at least 30 people in the town of Konduga on Sunday night, officials "
            "said. The bombers struck outside a hall where fans were watching football on television.",
            1,
            id="en-three-bombers-then-the-bombers",
        ),
        pytest.param(
            "en",
            "Gunmen killed seven villagers in Zamfara state on Friday, police said. In a separate attack, gunmen "
            "killed three farmers in Katsina state. The gunmen stormed a farm near Funtua and opened fire.",
            2,
            id="en-two-attacks-by-gunmen-stay-two",
        ),
    ],
)
def test_plural_doers_named_again_tell_the_same_incident(lang, text, count):
    evs = assaults(text)
    assert len(evs) == count, _show(evs)
