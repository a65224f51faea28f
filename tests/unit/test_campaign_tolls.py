"""A campaign's dead told in the present perfect ("Israel's offensive has killed more than 40,000
Palestinians"), and a year's dead in attacks or riots ("Last year, more than 1,000 people were killed in
militant attacks"), are a toll record, not one event's dead, tagged fr/en; one attack's dead told the
same way stay that attack's. Every sentence was written for these tests."""

import pytest

import eventmill


def read(text, lang):
    doc = eventmill.extract(text, lang=lang, published="2024-08-20").to_dict()
    dead = [e["dead"]["value"] for e in doc["events"] if e.get("dead")]
    return dead, [t["value"] for t in doc["tolls"] if t["kind"] == "dead"]


@pytest.mark.parametrize(
    "lang,text,toll",
    [
        pytest.param(
            "en",
            "Israel's offensive has killed more than 40,000 Palestinians, the ministry says.",
            40000,
            id="en-offensive",
        ),
        pytest.param(
            "en",
            "Russia's invasion has killed more than 10,000 civilians, according to UN monitors.",
            10000,
            id="en-invasion",
        ),
        pytest.param(
            "en",
            "The militants' campaign of bombings has killed more than 2,000 civilians, the UN says.",
            2000,
            id="en-campaign-of",
        ),
        pytest.param(
            "fr",
            "L'offensive israélienne a fait plus de 40 000 morts, selon le ministère de la Santé.",
            40000,
            id="fr-offensive",
        ),
        pytest.param("fr", "Les frappes russes ont tué plus de 10 000 civils, selon l'ONU.", 10000, id="fr-strikes"),
        pytest.param("fr", "Les attaques jihadistes ont fait plus de 2 000 morts, selon l'ONU.", 2000, id="fr-attacks"),
    ],
)
def test_a_campaigns_dead_in_the_thousands_are_a_toll(lang, text, toll):
    dead, tolls = read(text, lang)
    assert toll in tolls and toll not in dead


@pytest.mark.parametrize(
    "lang,text,dead",
    [
        # one attack's dead, however told
        pytest.param("en", "The attack has killed 12 people, officials said.", 12, id="en-attack-perfect"),
        pytest.param("fr", "L'attaque a fait 12 morts, selon les autorités.", 12, id="fr-attack-perfect"),
        # thousands in the simple past are one day's ("the earthquake" is no act, so take an act)
        pytest.param("en", "The bombing killed 1,200 people on Monday, officials said.", 1200, id="en-past-simple"),
        # attacks of a day are that day's incident
        pytest.param(
            "en", "Seven soldiers were killed in militant attacks in Pakistan on Tuesday.", 7, id="en-day-of-attacks"
        ),
    ],
)
def test_one_attacks_dead_stay_its_own(lang, text, dead):
    assert dead in read(text, lang)[0]
