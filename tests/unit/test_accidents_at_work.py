"""A blast, a fire or a collapse at a workplace with no attacker and no weapon named is an accident,
not an ASSAULT ("a gas explosion at a factory killed 50 workers"); named with a bomb or an armed party it
stays an attack (`events/relevance.accidental`, `resources/<lang>/worksites.txt`)."""

import pytest

import eventmill


def assaults(text, lang):
    return [e for e in eventmill.extract(text, lang=lang).events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "A gas explosion at a factory killed 50 workers on Monday.", id="en-factory"),
        pytest.param("en", "An explosion at a chemical plant killed 15 people on Wednesday.", id="en-plant"),
        pytest.param("en", "A fire at a textile factory killed 112 workers.", id="en-fire"),
        pytest.param("en", "A boiler exploded at a power station, killing six workers.", id="en-boiler"),
        pytest.param("en", "A building collapsed in Lagos, killing 20 people.", id="en-collapse"),
        pytest.param("fr", "Une explosion dans une usine chimique a fait 15 morts mercredi.", id="fr-usine"),
        pytest.param("fr", "Un coup de grisou dans une mine de charbon a tué 30 mineurs.", id="fr-grisou"),
    ],
)
def test_an_accident_at_work_is_no_assault(lang, text):
    assert assaults(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "A bomb exploded at a chemical plant, killing 15 people.", id="en-bomb"),
        pytest.param("en", "Militants attacked a gas plant, killing 15 workers.", id="en-militants"),
        pytest.param("en", "A suicide bomber blew himself up outside a factory, killing 15 people.", id="en-bomber"),
        pytest.param("en", "An explosion at a market in Kabul killed 15 people on Tuesday.", id="en-market"),
        pytest.param("fr", "Une bombe a explosé dans une usine, tuant 15 personnes.", id="fr-bombe"),
        pytest.param("fr", "Des hommes armés ont attaqué une usine, tuant 15 ouvriers.", id="fr-hommes-armes"),
        pytest.param(
            "en", "A woman named Jane Roe shot and killed two co-workers at a food plant in Ohio.", id="en-shooting"
        ),
        pytest.param("fr", "Un homme a tué deux collègues dans une usine de Lyon.", id="fr-collegues"),
    ],
)
def test_an_attack_at_a_workplace_stays_an_attack(lang, text):
    assert len(assaults(text, lang)) == 1
