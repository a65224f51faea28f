"""One event per incident over a whole English wire story (stories in tests/data/en28/): a toll's risen figure, a
lede told on in the next sentence, a kind of act judged or done again and again, a past incident told in a relative
clause, and the venue an incident is named for.

- The figure a count of the dead grows to is its incident's dead ("The death toll from an attack on a church rose to
  40"; "bringing the death toll to four"; `events/tolls.risen_to`, `rise` rows of cumulative.tsv).
- The sentence after a report tells its incident on when it introduces doers the report did not name ("The death
  toll from an attack ... rose to 40." "Gunmen opened fire on worshippers"), or a victim hit by nobody named after an
  attack ("A security guard at the entrance was shot dead as the robbers forced their way inside"); the first report
  stays the evidence (`events/followup.told_on`). Not the doers' own dead: that is the fight back.
- "the bomber" names the doer of the suicide bombing told before, as "the gunmen" do (`attacker` rows of
  support.tsv).
- A bare plural event noun judged by a noun predicate of an incident (`incident` rows of support.tsv) is a kind of
  act ("deliberate attacks on civilians were war crimes"; `events/habits.judged_kind`); so is a perfect with an adverb of habit and a bare plural object ("where
  Islamist insurgents have bombed churches repeatedly"; `events/habits.habit`).
- A relative clause on an incident a year of long before qualifies is background ("the 2022 Robb Elementary School
  shooting, in which a gunman killed 19 children"; `events/recalled`).
- An unknown name that qualifies an event noun is the venue it is named for, no party ("The Harbor Club shooting";
  `events/context.Context.named_for`).
"""

from pathlib import Path

import pytest

from eventmill.api import extract
from story_events import check_counts, show, stories

STORIES = Path(__file__).parent.parent / "data" / "en28" / "stories.jsonl"

# stories eventmill still gets wrong: a quote that calls the killing an execution, a lawyer's "had not meant to kill"
# (a07), a victim "killed in the massacre" recalled in a quote (a09), "since the 2004 Beslan school siege, when ..."
# (a12)
OPEN = {
    "a07_police_killing_protests",
    "a09_school_shooting_trial",
    "a12_prior_attack_recalled",
}


def assaults(text: str, published: str | None = "2024-03-12") -> list:
    return [e for e in extract(text, lang="en", published=published).events if e.type == "ASSAULT"]


@pytest.mark.parametrize("story", stories(STORIES, dict.fromkeys(OPEN, "open")))
def test_a_story_holds_one_event_per_incident(story):
    check_counts(story)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        pytest.param(
            "The death toll from an attack on a Catholic church in Owo rose to 40 on Tuesday, officials said.",
            40,
            id="en-toll-rose-to",
        ),
        pytest.param(
            "The death toll from a suicide bombing at a mosque in Peshawar has climbed to 100, officials said.",
            100,
            id="en-toll-climbed-to",
        ),
    ],
)
def test_the_figure_a_toll_grows_to_is_its_incidents_dead(text, dead):
    evs = assaults(text)
    assert len(evs) == 1 and evs[0].dead is not None and evs[0].dead.value == dead, show(evs)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The death toll from an attack on a Catholic church in southwestern Nigeria rose to 40 on Tuesday, "
            "officials said. Gunmen opened fire on worshippers and detonated explosives at St Francis Catholic Church "
            "in Owo during mass on Sunday.",
            id="en-lede-then-its-doers",
        ),
        pytest.param(
            "Armed robbers stormed a bank in the town of Ogbomosho on Monday, killing five people, police said. A "
            "security guard at the entrance was shot dead as the robbers forced their way inside.",
            id="en-attack-then-a-guard-shot-dead",
        ),
        pytest.param(
            "A man has been charged with murder after a teenager was stabbed to death in Leeds city centre. Jordan "
            "Hartley, 17, was attacked on Briggate on Tuesday and died at the scene.",
            id="en-stabbing-then-the-victim-named",
        ),
        pytest.param(
            "The death toll from a suicide bombing at a mosque in Peshawar rose to 100 on Wednesday. The bomber, who "
            "was wearing a police uniform, blew himself up during afternoon prayers on Monday.",
            id="en-the-bomber-after-a-suicide-bombing",
        ),
    ],
)
def test_the_next_sentence_tells_the_incident_on(text):
    evs = assaults(text)
    assert len(evs) == 1, show(evs)


def test_the_lede_stays_the_evidence():
    evs = assaults(
        "The death toll from an attack on a Catholic church in southwestern Nigeria rose to 40 on Tuesday, officials "
        "said. Gunmen opened fire on worshippers at St Francis Catholic Church in Owo during mass on Sunday."
    )
    assert len(evs) == 1 and evs[0].evidence.text.startswith("The death toll"), show(evs)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        pytest.param(
            "Gunmen killed seven villagers in Bokkos on Sunday, a local official said. On Monday, gunmen shot dead "
            "three farmers in Guma, in neighbouring Benue state, police said.",
            2,
            id="en-another-day-another-place",
        ),
        pytest.param(
            "A bomb exploded at a market in Kano on Friday, killing 14 people. Gunmen on motorcycles attacked a "
            "village on Friday night, killing nine.",
            2,
            id="en-a-bomb-then-gunmen",
        ),
    ],
)
def test_another_incident_in_the_next_sentence_stays_apart(text, count):
    evs = assaults(text)
    assert len(evs) == count, show(evs)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A Russian missile struck an apartment building in Kharkiv on Sunday, killing seven people. Ukraine's "
            "foreign minister said deliberate attacks on civilians were war crimes.",
            id="en-attacks-were-war-crimes",
        ),
        pytest.param(
            "A Russian missile struck an apartment building in Kharkiv on Sunday, killing seven people. Attacks on "
            "hospitals are an atrocity, the WHO said.",
            id="en-attacks-are-an-atrocity",
        ),
        pytest.param(
            "Gunmen attacked a church in Owo on Sunday, killing 40 people. Attacks on churches have been rare in the "
            "southwest, unlike the northeast, where Islamist insurgents have bombed churches repeatedly.",
            id="en-have-bombed-churches-repeatedly",
        ),
    ],
)
def test_a_kind_of_act_is_no_incident(text):
    evs = assaults(text)
    assert len(evs) == 1, show(evs)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Gunmen attacked a village on Monday. Attacks on Monday were the worst in years.", id="en-dated"),
        pytest.param("Clashes were the result of a land dispute, police said.", id="en-no-judgement"),
    ],
)
def test_a_dated_or_unjudged_plural_stays_an_incident(text):
    evs = assaults(text)
    assert len(evs) == 1, show(evs)


def test_a_relative_clause_on_a_past_incident_is_background():
    evs = assaults(
        "Jury selection began on Monday in the trial of a former school police officer accused of failing to act "
        "during the 2022 Robb Elementary School shooting, in which a gunman killed 19 children and two teachers.",
        published="2024-10-08",
    )
    assert not evs, show(evs)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "A gunman opened fire inside a nightclub in Baltimore late Saturday, killing three people. The Harbor Club "
            "shooting was the city's deadliest this year.",
            None,
            id="en-the-harbor-club-shooting",
        ),
        pytest.param("The Hamas attack killed 1,200 people in Israel.", "Hamas", id="en-the-hamas-attack"),
    ],
)
def test_the_venue_an_incident_is_named_for_is_no_party(text, party):
    evs = assaults(text)
    names = {m.span.text for e in evs for m in e.actors}
    assert evs and "Harbor Club" not in names and (party is None or party in names), show(evs)
