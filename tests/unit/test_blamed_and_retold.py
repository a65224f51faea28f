"""Who an event noun's participle blames ("an attack blamed on ADF rebels", "attribuée aux
jihadistes") or says claimed it ("claimed by the Islamic State", "revendiquée par l'EI") is its actor;
and the next sentence naming the same group's attack on a town of the province first reported is that
incident ("RSF fighters killed 40 villagers in an attack on a village in El Gezira state ... The RSF
stormed the village of Wad al-Noura"). Every sentence was written for these tests, tagged fr/en."""

import pytest

import eventmill


def events(text, lang):
    doc = eventmill.extract(text, lang=lang, published="2024-03-12").to_dict()
    return [(e["type"], [a["text"] for a in e["actors"]], (e.get("dead") or {}).get("value")) for e in doc["events"]]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "en",
            "At least 15 civilians were killed on Monday in an attack blamed on ADF rebels in the village of Mangodomu.",
            ("ASSAULT", ["ADF rebels"], 15),
        ),
        ("en", "An attack blamed on jihadists killed 15 soldiers on Monday.", ("ASSAULT", ["jihadists"], 15)),
        (
            "en",
            "An attack claimed by the Islamic State killed 15 soldiers on Monday.",
            ("ASSAULT", ["Islamic State"], 15),
        ),
        ("fr", "Une attaque attribuée aux jihadistes a tué quinze soldats lundi.", ("ASSAULT", ["jihadistes"], 15)),
        (
            "fr",
            "Quinze civils ont été tués lundi dans une attaque imputée aux rebelles ADF.",
            ("ASSAULT", ["rebelles ADF"], 15),
        ),
        (
            "fr",
            "Une attaque revendiquée par l'État islamique a tué quinze soldats lundi.",
            ("ASSAULT", ["État islamique"], 15),
        ),
    ],
)
def test_the_party_an_attack_is_blamed_on_or_claimed_by_is_its_actor(lang, text, expected):
    assert events(text, lang) == [expected]


def test_a_government_blaming_an_attack_accuses_and_gives_the_attack_no_actor():
    text = "The government blamed Monday's attack on the rebels."
    assert [(t, actors) for t, actors, _ in events(text, "en") if t == "ACCUSE"] == [("ACCUSE", ["government"])]


LEDE = (
    "RSF fighters killed at least 40 villagers in an attack on a village in Sudan's El Gezira state on Monday, "
    "a local committee said. "
)


def test_the_same_group_storming_a_town_of_that_province_next_is_the_same_attack():
    text = LEDE + "The RSF stormed the village of Wad al-Noura at dawn, firing on residents, the committee said."
    assert [(t, dead) for t, _, dead in events(text, "en")] == [("ASSAULT", 40)]


@pytest.mark.parametrize(
    "second",
    [
        # another day
        "On Wednesday, the RSF stormed the village of Wad al-Noura, firing on residents, the committee said.",
        # a town of another province
        "The RSF stormed the town of Bara in North Kordofan at dawn, firing on residents, the committee said.",
    ],
)
def test_another_day_or_a_later_sentence_stays_another_attack(second):
    assert [t for t, _, _ in events(LEDE + second, "en")].count("ASSAULT") == 2
