"""Unrest and attack wire stories (sentences written for this test, in the style of Reuters, AP and AFP
reports from Kenya, Nigeria, Bangladesh, Senegal and Somalia):

- a body that only bears witness (a rights group, the UN, a monitor: `witness` kinds of actor_kinds.tsv)
  reporting a deed with no doer is not its doer ("Amnesty International said three protesters were killed");
  an armed side may be ("Hamas said two soldiers were captured");
- "leaving 20 people dead", "leaving 12 dead and 30 injured": the people left so are the victims, counted;
- "in the capital", "dans la capitale": the capital of the country the article's places lie in;
- a present participle on a noun is that noun's act ("hundreds of people protesting": they protest);
- a vehicle carrying a bomb or driven into a crowd is no actor (`vehicles.txt`); what was hit stays a recipient;
- a sentence or two after an attack, the same act by the same means with nothing new is that attack
  (`followup.bare_retelling`).
"""

from __future__ import annotations

import pytest

from eventmill.api import extract

PUBLISHED = "2026-07-12"


def _events(text: str, lang: str = "en") -> list:
    return [e for e in extract(text, lang=lang, published=PUBLISHED).events if not e.negated]


def _names(ms) -> list[str]:
    return [m.span.text for m in ms]


@pytest.mark.parametrize(
    ("text", "witness"),
    [
        ("Amnesty International said three protesters were killed in Kano on Thursday.", "Amnesty International"),
        ("Human Rights Watch said 12 protesters were shot dead in Conakry on Monday.", "Human Rights Watch"),
        (
            "The Syrian Observatory for Human Rights said 12 civilians were killed in Idlib on Monday.",
            "Syrian Observatory for Human Rights",
        ),
        ("The UN said 40 civilians were killed in El Fasher on Monday.", "UN"),
    ],
)
def test_a_witness_is_no_doer(text: str, witness: str) -> None:
    (ev,) = [e for e in _events(text) if e.type == "ASSAULT"]
    assert witness not in _names(ev.actors)
    assert ev.attribution is not None and ev.attribution.span.text == witness


def test_an_armed_side_saying_so_may_be_the_doer() -> None:
    (ev,) = _events("Hamas said two soldiers were captured in Gaza.")
    assert _names(ev.actors) == ["Hamas"]


@pytest.mark.parametrize(
    ("text", "dead", "injured"),
    [
        ("Gunmen attacked a village in Zamfara on Friday, leaving 20 people dead.", 20, None),
        ("Police fired live rounds at protesters in Nakuru on Tuesday, leaving at least four people dead.", 4, None),
        ("A bomb exploded at a market in Maiduguri on Friday, leaving 12 people dead and 30 injured.", 12, 30),
    ],
)
def test_people_left_dead_are_counted(text: str, dead: int, injured: int | None) -> None:
    (ev,) = _events(text)
    assert ev.dead is not None and ev.dead.value == dead
    assert (ev.injured.value if ev.injured else None) == injured
    assert not {"people", "30"} & set(_names(ev.actors))


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        (
            "Police fired tear gas at protesters in Nakuru on Tuesday. In the capital, hundreds of young "
            "demonstrators blocked roads.",
            "en",
            "Nairobi",
        ),
        (
            "Des heurts ont éclaté à Kaolack mardi. Dans la capitale, des centaines de jeunes ont bloqué les routes.",
            "fr",
            "Dakar",
        ),
    ],
)
def test_the_capital_alone_is_the_country_capital(text: str, lang: str, town: str) -> None:
    doc = extract(text, lang=lang, published=PUBLISHED)
    capital = [m for m in doc.mentions if m.kind == "place" and m.span.text.lower() in ("the capital", "la capitale")]
    assert [m.place.name for m in capital if m.place] == [town]
    blocked = [e for e in doc.events if e.trigger.text in ("blocked", "bloqué")]
    assert blocked and blocked[-1].location is not None and blocked[-1].location.place.name == town
    assert not [m for m in blocked[-1].recipients if m.kind == "place"]  # a crowd's place is no target


def test_a_capital_of_money_is_no_place() -> None:
    doc = extract("The company raised the capital needed for the new plant in London.", lang="en", published=PUBLISHED)
    assert [m.span.text for m in doc.mentions if m.kind == "place"] == ["London"]


@pytest.mark.parametrize(
    ("text", "crowd"),
    [
        ("Security forces opened fire on hundreds of people protesting against fuel prices in Kano.", "people"),
        ("Police arrested 30 students demonstrating outside the parliament in Accra on Monday.", "students"),
    ],
)
def test_a_present_participle_is_its_noun_act(text: str, crowd: str) -> None:
    (protest,) = [e for e in _events(text) if e.type == "PROTEST"]
    assert _names(protest.actors) == [crowd]
    assert crowd not in _names(protest.recipients)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A truck carrying explosives blew up near a checkpoint in Mogadishu on Sunday.", "en"),
        ("A car ploughed into a crowd of protesters in Charlottesville on Saturday, killing one woman.", "en"),
        ("Une voiture piégée a explosé près d'un marché de Mogadiscio dimanche.", "fr"),
    ],
)
def test_a_vehicle_is_no_actor(text: str, lang: str) -> None:
    (ev,) = _events(text, lang)
    assert not [a for a in _names(ev.actors) if a.lower().split()[-1] in ("truck", "car", "voiture", "piégée")]


@pytest.mark.parametrize(
    "second",
    [
        "The protesters had gathered outside the governor's office when soldiers arrived and began shooting, "
        "said Musa Ibrahim, a trader who witnessed the violence.",
        "The protesters had gathered outside the governor's office when soldiers arrived and opened fire.",
    ],
)
def test_the_same_act_told_again_is_one_incident(second: str) -> None:
    text = (
        "Nigerian security forces opened fire on hundreds of people protesting against the rising cost of "
        "living in Kano on Thursday, killing at least three, witnesses said.\n\n" + second
    )
    assert len([e for e in _events(text) if e.type == "ASSAULT"]) == 1


def test_another_attack_told_after_stays_apart() -> None:
    text = (
        "Gunmen opened fire on worshippers at a mosque in Katsina on Friday, killing five people. "
        "In another attack, gunmen opened fire on a bus."
    )
    assert len([e for e in _events(text) if e.type == "ASSAULT"]) == 2


def test_a_nationality_of_a_town_is_no_doer() -> None:
    text = (
        "A bomb exploded inside a mosque in the northwestern Pakistani city of Peshawar on Monday, killing at "
        "least 32 people and wounding more than 150, officials said."
    )
    (ev,) = _events(text)
    assert "Pakistani" not in _names(ev.actors)
    assert ev.dead is not None and ev.dead.value == 32


def test_a_killing_that_sparked_protests_stays_an_attack() -> None:
    text = (
        "A police officer shot and killed a 24-year-old man during a traffic stop in Brooklyn Center on Sunday, "
        "sparking protests that lasted into the night, authorities said."
    )
    events = _events(text)
    assert sorted(e.type for e in events) == ["ASSAULT", "PROTEST"]
    (protest,) = [e for e in events if e.type == "PROTEST"]
    assert protest.dead is None  # the man killed before the protest is the shooting's dead, not the protest's


def test_who_names_the_attack_is_no_party_to_it() -> None:
    text = (
        "A Russian missile struck an apartment building in Dnipro on Saturday, killing at least 12 people. "
        'Ukrainian President Volodymyr Zelenskyy called the attack "Russian terror" and urged Western allies to '
        "send more air defense systems."
    )
    (attack,) = [e for e in _events(text) if e.type == "ASSAULT"]
    assert "Volodymyr Zelenskyy" not in _names(attack.actors)


def test_a_conjunct_shares_the_subject_of_its_clause() -> None:
    text = (
        "A roadside bomb struck a minibus carrying Shiite pilgrims north of Baghdad on Thursday, killing six "
        "people and wounding 11, Iraqi security officials said."
    )
    (ev,) = _events(text)
    assert "Shiite" not in _names(ev.actors)
    assert (ev.dead.value, ev.injured.value) == (6, 11)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Russian air strikes killed at least 15 civilians in a rebel-held town in Syria's northwestern Idlib "
            "province on Tuesday, a war monitor said. The Syrian Observatory for Human Rights said the strikes hit "
            "a market in the town of Maarat al-Numan.",
            "Maarat al-Numan",
        ),
        (
            "Gunmen killed 11 people at a billiards hall in the central Mexican state of Guanajuato late Sunday, "
            "the state prosecutor's office said. The attackers burst into the hall in the town of Apaseo el Grande "
            "and opened fire on customers.",
            "Apaseo el Grande",
        ),
    ],
)
def test_a_town_a_linked_report_names_in_the_province_is_the_place(text: str, town: str) -> None:
    (ev,) = [e for e in _events(text) if e.type == "ASSAULT"]
    assert ev.location is not None and ev.location.place is not None and ev.location.place.name == town


def test_what_came_the_day_before_is_no_event_of_the_day() -> None:
    text = (
        "Au moins quatre personnes ont été tuées jeudi au Sénégal lors de heurts entre des manifestants et les "
        "forces de l'ordre, au lendemain de la condamnation de l'opposant Ousmane Sonko, selon le ministère de "
        "l'Intérieur."
    )
    assert [e.type for e in _events(text, "fr")] == ["PROTEST"]
