"""One record per incident, and only incidents: what an article reports as having happened, read
against the whole article (issue 11). Sentences written for these tests, in both languages."""

from __future__ import annotations

import pytest

from eventmill.api import extract
from eventmill.config import Config


def _events(text: str, lang: str, keep: str = "all"):
    return extract(text, lang=lang, config=Config(keep=keep)).events


@pytest.mark.parametrize(
    "text, lang",
    [
        ("A car bomb killed nine people in Kabul on Monday. Such attacks are usually claimed by the Taliban.", "en"),
        (
            "A bomb exploded at a stadium in Kano, killing 12 people. "
            "Boko Haram has carried out similar bombings in the region.",
            "en",
        ),
        (
            "Une bombe a explosé samedi devant la mairie de Gao, tuant quatre personnes. "
            "Des attentats semblables avaient frappé la ville en 2019.",
            "fr",
        ),
    ],
    ids=["en-such", "en-similar", "fr-semblables"],
)
def test_incidents_named_for_comparison_are_not_events(text, lang):
    events = _events(text, lang)
    assert [e.unasserted for e in events] == ["", "generic"]
    assert len(_events(text, lang, keep="asserted")) == 1


@pytest.mark.parametrize(
    "text, lang, dead",
    [
        (
            "Bomb at football stadium kills 12 in northern Nigeria\n\n"
            "KANO — A bomb exploded outside a football stadium in Kano on Saturday as fans left a match, "
            "killing 12 people and wounding 40, police said.",
            "en",
            12,
        ),
        (
            "Attentat à Gao : quatre morts\n\n"
            "Une bombe a explosé samedi devant la mairie de Gao, au Mali, tuant quatre personnes, "
            "a annoncé l'armée.",
            "fr",
            4,
        ),
    ],
    ids=["en", "fr"],
)
def test_a_headline_and_the_lede_are_one_incident(text, lang, dead):
    events = [e for e in _events(text, lang, keep="asserted") if e.type == "ASSAULT"]
    assert len(events) == 1
    (ev,) = events
    # the body's report is the evidence, the headline stays as evidence too
    assert not text[ev.evidence.start : ev.evidence.end].startswith(("Bomb at", "Attentat"))
    assert any(text[s.start : s.end].startswith(("Bomb at", "Attentat")) for s in ev.also_evidence)
    assert ev.dead is not None and ev.dead.value == dead


@pytest.mark.parametrize(
    "text, lang",
    [
        ("A gas leak caused an explosion at a chemical plant in Tianjin, killing 12 workers.", "en"),
        ("The bus crash on the highway killed 14 passengers on Sunday.", "en"),
        ("L'accident, causé par l'explosion d'un four d'incinération, a fait 50 morts à Lyon.", "fr"),
        ("Un glissement de terrain a tué 14 personnes dans le nord du pays.", "fr"),
    ],
    ids=["en-industrial", "en-traffic", "fr-industrial", "fr-natural"],
)
def test_accidents_and_disasters_are_not_assaults(text, lang):
    events = _events(text, lang)
    assert events and all(e.unasserted == "accident" for e in events if e.type == "ASSAULT")
    assert not [e for e in _events(text, lang, keep="asserted") if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Seven Taliban militants were killed in two accidental explosions in Kandahar on Friday.", "en"),
        ("A suicide bomber killed 12 people at a market in Kabul.", "en"),
        ('"There was an explosion and I thought it was a car crash," said Eva, a witness.', "en"),
    ],
    ids=["militants-own-bombs", "attack", "accident-word-in-another-clause"],
)
def test_attacks_stay_attacks(text, lang):
    assert any(e.type == "ASSAULT" for e in _events(text, lang, keep="asserted"))


@pytest.mark.parametrize(
    "text, lang, dead",
    [
        ("Roadside bomb kills 7 in Kandahar", "en", 7),
        ("Bomb at football stadium kills 12 in northern Nigeria", "en", 12),
    ],
)
def test_a_bare_number_a_killing_verb_governs_is_the_dead(text, lang, dead):
    (ev,) = [e for e in _events(text, lang) if e.type == "ASSAULT"]
    assert ev.dead is not None and ev.dead.value == dead


@pytest.mark.parametrize(
    "text, lang, incident_dead, total",
    [
        (
            "A car bomb killed nine people in Damascus on Monday. Since 2011, 400,000 people have died in the war.",
            "en",
            9,
            400000,
        ),
        (
            "A roadside bomb killed two soldiers. By the end of 1972, a total of 496 people had been killed.",
            "en",
            2,
            496,
        ),
        (
            "Une bombe a tué quatre soldats à Gao lundi. "
            "Au total, 300 personnes ont été tuées depuis le début du conflit.",
            "fr",
            4,
            300,
        ),
    ],
    ids=["en-since-year", "en-a-total", "fr-au-total"],
)
def test_a_running_total_is_a_toll_never_an_event_count(text, lang, incident_dead, total):
    doc = extract(text, lang=lang)
    assert [t.count.value for t in doc.tolls] == [total]
    assert doc.tolls[0].kind == "dead"
    # the incident keeps its own figure, and the total is no event
    assert [e.dead.value if e.dead else None for e in doc.events if e.type == "ASSAULT"] == [incident_dead]
    assert doc.to_dict()["tolls"][0]["value"] == total
    assert [e.unasserted for e in extract(text, lang=lang, config=Config(keep="all")).events][-1] == "cumulative toll"


def test_a_figure_since_a_day_still_counts_one_incident():
    (ev,) = _events("Three people were killed since Monday in clashes in Gao.", "en", keep="asserted")
    assert ev.dead is not None and ev.dead.value == 3


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Roadside IED kills Russian major general in Syria", "en"),
        ("Twin bombs killed 12 people in Kabul on Monday.", "en"),
        ("Une bombe artisanale a tué trois soldats à Gao lundi.", "fr"),
    ],
)
def test_a_weapon_is_never_an_actor(text, lang):
    (ev,) = [e for e in _events(text, lang) if e.type == "ASSAULT"]
    assert not any(w in m.span.text.lower() for m in ev.actors for w in ("ied", "bomb"))


def test_whoever_uses_the_weapon_stays_the_actor():
    (ev,) = [e for e in _events("A suicide bomber killed 23 people in Tel Aviv.", "en") if e.type == "ASSAULT"]
    assert [m.span.text for m in ev.actors] == ["suicide bomber"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Seven Taliban militants were killed in two accidental explosions in Kandahar on Friday.", "en"),
        ("Deux soldats maliens ont été tués dans l'explosion d'une mine près de Gao.", "fr"),
    ],
)
def test_a_victim_is_never_the_actor_of_the_same_event(text, lang):
    (ev,) = [e for e in _events(text, lang) if e.type == "ASSAULT"]
    victims = {(m.span.start, m.span.end) for m in ev.recipients}
    assert victims and not victims & {(m.span.start, m.span.end) for m in ev.actors}


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Gunmen attacked a police checkpoint in Kunduz on Friday, killing two officers. "
            "The attackers stormed the checkpoint at dawn and the gunfight lasted for two hours.",
            "en",
        ),
        (
            "Des hommes armés ont attaqué un convoi militaire près de Gao mardi, tuant trois soldats. "
            "Les assaillants ont attaqué le convoi à la mi-journée.",
            "fr",
        ),
    ],
)
def test_the_same_target_named_again_with_a_definite_article_is_the_same_attack(text, lang):
    assert [e.type for e in _events(text, lang, keep="asserted")] == ["ASSAULT"]


def test_two_attacks_on_different_targets_stay_two():
    text = (
        "Gunmen attacked a police checkpoint in Kunduz on Friday, killing two officers. "
        "Hours later, a roadside bomb struck an army convoy in Baghlan, killing four soldiers."
    )
    assert [e.type for e in _events(text, "en", keep="asserted")] == ["ASSAULT", "ASSAULT"]


def test_figures_of_different_victims_do_not_split_one_attack():
    # two policemen and four militants killed in one clash: the figures count other people, so they
    # do not contradict, and the definite "the attack" points back to the attack on the post
    text = (
        "Taliban fighters attacked a police post in Nad Ali district, killing two policemen. "
        "Security forces repulsed the attack and four militants were killed in the clash."
    )
    events = _events(text, "en", keep="asserted")
    assert [e.type for e in events] == ["ASSAULT"]
    assert events[0].dead is not None and events[0].dead.value == 2


@pytest.mark.parametrize(
    "text, lang",
    [
        ('Le trésorier de l\'association "Aide aux démunis" a ouvert une boulangerie à Lyon.', "fr"),
        ('The charity "Protest Now" opened a bakery in Leeds.', "en"),
        ("Une aide-soignante a ouvert une boulangerie à Lyon.", "fr"),
    ],
)
def test_a_trigger_word_in_a_quoted_name_or_a_compound_is_no_event(text, lang):
    assert _events(text, lang) == ()


def test_an_aid_delivery_outside_a_name_stays_an_event():
    text = "L'ONU a apporté une aide alimentaire aux réfugiés de Goma."
    assert [e.type for e in _events(text, "fr", keep="asserted")] == ["AID"]


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Des milliers d'agriculteurs ont manifesté lundi à Accra contre la hausse des engrais. "
            "Ils ont protesté devant le ministère pendant trois heures.",
            "fr",
        ),
        (
            "Thousands of farmers marched in Accra on Monday against fertiliser prices. "
            "They protested outside the ministry for three hours.",
            "en",
        ),
    ],
)
def test_a_third_person_pronoun_continues_the_protest_just_reported(text, lang):
    # fr_core_news_md gives "ils" no PronType: the French pronoun must count like the English one
    assert [e.type for e in _events(text, lang, keep="asserted")] == ["PROTEST"]


def test_an_arrest_is_never_the_ban_it_follows():
    text = "Le gouverneur a interdit les manifestations à Kara. Ils ont arrêté douze militants le lendemain."
    coerce = [e for e in _events(text, "fr", keep="asserted") if e.type == "COERCE"]
    assert sorted(e.modes for e in coerce) == [("arrest",), ("ban",)]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The attack killed five people in Kabul on Monday.", "en"),
        ("L'attaque a tué cinq personnes à Kaboul lundi.", "fr"),
        ("The bombing wounded twelve people in Kano.", "en"),
    ],
)
def test_an_event_noun_is_never_an_actor(text, lang):
    (ev,) = _events(text, lang, keep="asserted")
    assert ev.actors == ()


def test_a_report_takes_the_place_its_sentence_gives_it_and_stays_apart_from_one_elsewhere():
    text = "L'attaque a tué cinq personnes à Kaboul lundi. Les violences ont fait deux blessés à Gao."
    events = _events(text, "fr", keep="asserted")
    assert sorted(e.location.span.text for e in events if e.location) == ["Gao", "Kaboul"]
    kabul = next(e for e in events if e.location and e.location.span.text == "Kaboul")
    assert kabul.injured is None


@pytest.mark.parametrize(
    "text, lang, target",
    [
        ("Sudanese rebels shelled the southern regional capital Juba on Sunday.", "en", "Juba"),
        ("L'armée malienne a bombardé Kidal dimanche.", "fr", "Kidal"),
    ],
)
def test_a_place_hit_directly_is_the_target(text, lang, target):
    (ev,) = _events(text, lang, keep="asserted")
    assert [m.span.text for m in ev.recipients] == [target]


@pytest.mark.parametrize(
    "text, lang, target",
    [
        (
            "Thousands of teachers marched in Harare on Monday to demand the resignation of President "
            "Emmerson Mnangagwa.",
            "en",
            "Emmerson Mnangagwa",
        ),
        (
            "Des milliers d'étudiants ont manifesté à Dakar pour exiger la démission du président Macky Sall.",
            "fr",
            "Macky Sall",
        ),
    ],
)
def test_whom_a_protest_demands_something_of_is_its_target(text, lang, target):
    (ev,) = _events(text, lang, keep="asserted")
    assert target in [m.span.text for m in ev.recipients]


@pytest.mark.parametrize(
    "text, lang, doer",
    [
        ("Les auteurs de l'attaque contre le marché de Gao n'ont pas été identifiés.", "fr", "Les auteurs"),
        ("The perpetrators of the bombing in Kano fled on motorbikes.", "en", "perpetrators"),
    ],
)
def test_who_did_an_event_named_by_a_doer_noun_is_its_actor(text, lang, doer):
    events = [e for e in _events(text, lang) if e.type == "ASSAULT"]
    assert [m.span.text for m in events[0].actors][:1] == [doer]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("According to the investigation, a homemade bomb exploded in a building in Lahore.", "en"),
        ("Selon les résultats de l'enquête, une bombe artisanale a explosé dans un immeuble de Lahore.", "fr"),
    ],
)
def test_an_event_noun_naming_the_source_is_no_event(text, lang):
    assert [e.type for e in _events(text, lang, keep="asserted")] == ["ASSAULT"]


def test_an_investigation_that_is_reported_stays_an_event():
    events = _events("Police opened an investigation into the bombing in Lahore.", "en", keep="asserted")
    assert "ACCUSE" in [e.type for e in events]


@pytest.mark.parametrize(
    "text, lang, high, sources",
    [
        (
            "A suicide bomber killed at least six people at a market in Mogadishu on Tuesday, police said. "
            "The attack killed nine people, a hospital director said.",
            "en",
            9,
            ["police", "hospital"],
        ),
        (
            "Une attaque contre un marché de Gao a fait au moins cinq morts mardi, selon la police. "
            "L'attaque a fait sept morts, selon un responsable de l'hôpital.",
            "fr",
            7,
            ["police", "responsable"],
        ),
    ],
    ids=["en", "fr"],
)
def test_figures_that_disagree_are_one_incident_with_a_range_and_their_sources(text, lang, high, sources):
    """Two tolls for one incident named again with a definite noun: one event, its dead count spans
    both figures (the first report's stays the best estimate), and each figure keeps its source."""
    from eventmill.models import event_dict

    events = _events(text, lang, keep="asserted")
    assert len(events) == 1
    ev = event_dict(events[0])
    first = ev["dead"]["value"]
    assert (ev["dead"]["low"], ev["dead"]["high"]) == (first, high)
    got = [(f["slot"], f["value"], (f["source"] or {}).get("text", "")) for f in ev["figures"]]
    assert [(s, v) for s, v, _ in got] == [("dead", first), ("dead", high)]
    assert all(want in src for want, (_, _, src) in zip(sources, got))


def test_another_attack_with_another_toll_stays_apart():
    text = (
        "A car bomb killed six people in Mogadishu on Tuesday. "
        "Another attack killed nine people in Baidoa on Wednesday."
    )
    events = _events(text, "en", keep="asserted")
    assert [e.dead.value for e in events if e.dead] == [6, 9]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition said the government must release the detained journalists.",
        "Russia said the rebels must return the captured helicopter.",
        "The mediators said both parties must agree to a ceasefire.",
    ],
)
def test_what_a_demand_says_must_be_done_is_not_an_event(text):
    """ "X said Y must do Z": the demand is the event (REQUEST), what must be done has not happened."""
    assert [e.type for e in _events(text, "en", keep="asserted")] == ["REQUEST"]


WIRE_EN = (
    "Suicide bomber kills 14 at Kabul wedding hall\n\n"
    "KABUL, May 12 (Reuters) - A suicide bomber blew himself up at a crowded wedding hall in western Kabul "
    "on Saturday, killing at least 14 people and wounding 32 others, officials said.\n\n"
    "A police spokesman said the attacker detonated his explosives as guests gathered for the ceremony.\n\n"
    "No group immediately claimed responsibility for the attack."
)
WIRE_FR = (
    "Mali : au moins 20 civils tués dans l'attaque d'un village\n\n"
    "BAMAKO, 3 mars 2023 (AFP) - Au moins vingt civils ont été tués jeudi lors de l'attaque d'un village "
    "de la région de Mopti par des hommes armés, a-t-on appris de sources locales.\n\n"
    "Les assaillants, arrivés à moto, ont ouvert le feu sur les habitants avant d'incendier des greniers."
)


@pytest.mark.parametrize("text, lang", [(WIRE_EN, "en"), (WIRE_FR, "fr")], ids=["en", "fr"])
def test_a_wire_story_is_one_incident_told_from_its_body(text, lang):
    """Headline, lead and a sentence naming the attackers with a definite noun ("the attacker", "Les
    assaillants") are one incident; its evidence is the lead, not the headline; the agency in the
    dateline, a phrase naming nobody ("No group") and the weapon set off are no parties."""
    events = _events(text, lang, keep="asserted")
    assert [e.type for e in events] == ["ASSAULT"]
    ev = events[0]
    assert not ev.evidence.text.startswith(("Suicide bomber kills", "Mali :"))
    assert "attacker" in " ".join(m.span.text for m in ev.actors) or lang == "fr"
    words = [m.span.text for m in ev.actors + ev.recipients]
    assert not {"Reuters", "AFP", "No group", "explosives"} & set(words)
    # the same party named twice (headline and lead) is listed once
    names = [(m.actor.name if m.actor and not m.actor.generic else m.span.text.lower()) for m in ev.actors]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    "text, lang, size",
    [
        (
            "Thousands rally in Tbilisi against media bill\n\n"
            "Tens of thousands of people marched through the Georgian capital on Tuesday to protest the bill.",
            "en",
            20000,
        ),
        (
            "Alger : des milliers de personnes manifestent contre le pouvoir\n\n"
            "Des dizaines de milliers de personnes ont manifesté vendredi à Alger contre le pouvoir.",
            "fr",
            20000,
        ),
    ],
    ids=["en", "fr"],
)
def test_the_body_figure_beats_the_headline_figure(text, lang, size):
    """A headline rounds ("Thousands rally"); the lead's figure is the best estimate, and the
    headline's is kept among the event's figures."""
    from eventmill.models import event_dict

    events = _events(text, lang, keep="asserted")
    assert [e.type for e in events] == ["PROTEST"]
    ev = event_dict(events[0])
    assert ev["size"]["value"] == size
    assert sorted(f["value"] for f in ev["figures"] if f["slot"] == "size") == [2000, size]


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "A suicide bomber killed 14 people at a wedding hall in Kabul on Saturday. "
            "In 2018, more than 60 people were killed in a bombing at a wedding in Kabul.",
            "en",
        ),
        (
            "Un kamikaze a tué 14 personnes samedi à Kaboul. "
            "Le 12 mars 2018, plus de 60 personnes avaient été tuées dans un attentat à Kaboul.",
            "fr",
        ),
    ],
    ids=["en", "fr"],
)
def test_a_past_incident_recalled_is_no_event(text, lang):
    """With a publication date, an incident its own clause dates years before is background: set
    aside as `historical`, and not given the date of the lead's incident."""
    events = extract(text, lang=lang, published="2023-05-14", config=Config(keep="all")).events
    assert [e.unasserted for e in events] == ["", "historical"]
    assert events[1].date is None
    assert len(extract(text, lang=lang, published="2023-05-14").events) == 1
    # with no publication date nothing says how long ago 2018 was, but in French the pluperfect with its own
    # full date tells what came before the story (`gaps.dated_backstory`, the fr28 branch); in English both stay
    assert len(extract(text, lang=lang).events) == (1 if lang == "fr" else 2)
