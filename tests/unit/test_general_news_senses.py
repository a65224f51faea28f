"""Trigger words in the senses general news uses them in: business, sport, entertainment, health.

- A price "charged" to customers is no accusation; a suspect charged with a crime is.
- A "consulting firm" and a "pep talk" are no meeting; a minister meeting his counterpart is.
- Market "demand" and the "growing appeal" of a book are no request; protesters demanding something is.
- A rate that "hit" a record, cameras that "captured" a moment, tariffs that "hurt" sales are no attack.
- A proposal "met with" criticism, a deadline met, degrees "conferred", a fortune "amassed", an artery
  "severed", a test "ordered", questions "asked", a search "suspended" are none of their verbs' events.
- Agreeing with a remark is an opinion, not an agreement; encouraging innovation is no support of a
  party; "thank you" is a formula; educational or ongoing support is a service, and evidence supplied to a
  prosecutor is no aid.
- A "striker" is a football player; "hunger strikers" are on strike. Clinical trials, emergency
  alerts and a visit to a website are no trial, mobilisation or visit, and a band's world tour and its
  tour van are no state visit.

Each negative sentence below gave the event before these rows (`triggers.tsv`, type NONE); the
sentences were written for this test, no dev set was read to write them.
"""

from __future__ import annotations

import pytest

from eventmill.api import extract
from eventmill.config import Config


def types(text: str, lang: str = "en") -> list[str]:
    return [e.type for e in extract(text, lang=lang, config=Config(keep="all")).events]


@pytest.mark.parametrize(
    "lang, text, absent",
    [
        ("en", "In the valley towns, users are charged by the volume of water they use.", "ACCUSE"),
        ("en", "Paul Smith, an economist with consulting firm Smith Partners, said growth lagged.", "CONSULT"),
        ("en", "The jockey revealed that a pre-race pep talk helped him win.", "CONSULT"),
        ("en", "Both China and Brazil will have a significant increased demand for the product.", "REQUEST"),
        ("en", "The book's growing appeal worried the authorities in Beijing.", "REQUEST"),
        ("en", "The unemployment rate hit its highest level in 16 months.", "ASSAULT"),
        ("en", "Security cameras captured the moment the car left the road.", "ASSAULT"),
        ("en", "The proposal was met with fierce criticism from the unions.", "CONSULT"),
        ("en", "The governor said the state could not meet the deadline.", "CONSULT"),
        ("en", "Over two decades he amassed a fortune in the oil trade.", "MOBILIZE"),
        ("en", "The bullet severed an artery in her leg.", "SANCTION"),
        ("en", "The hospital ordered a test after the pipe burst.", "REQUEST"),
        ("en", "The journalist is known for asking the hard questions.", "REQUEST"),
        ("en", "Liverpool's Egyptian striker scored twice on Saturday.", "PROTEST"),
        ("en", "Officials will send an emergency alert to phones in the area.", "THREATEN"),
        ("en", "In the valley towns, water users are charged for the service by the litre.", "ACCUSE"),
        ("en", "The mayor said she agreed with those remarks.", "AGREE"),
        ("en", "The utility charges customers by volume, encouraging innovation in efficiency.", "SUPPORT"),
        ("en", "Thank you to the firefighters, the owner of the shop said.", "SUPPORT"),
        ("en", "While their mothers work, the children get educational support from volunteers.", "SUPPORT"),
        ("en", "New drivers receive a phone, a mileage allowance and ongoing support.", "SUPPORT"),
        ("en", "The witness supplied evidence to the prosecutor in November.", "AID"),
        ("en", "The band parked their tour van outside the hotel.", "CONSULT"),
        ("en", "The singer cancelled the rest of her world tour.", "CONSULT"),
        ("fr", "Le film a rencontré un vif succès auprès du public.", "CONSULT"),
        ("fr", "La forte demande de pétrole a fait grimper les prix.", "REQUEST"),
        ("fr", "La suppression de plusieurs aides sociales a provoqué la colère des syndicats.", "AID"),
        ("fr", "La caméra a capturé des images du moment.", "ASSAULT"),
        ("fr", "Pour en savoir plus, consultez notre site.", "CONSULT"),
    ],
)
def test_a_word_in_its_general_news_sense_is_no_event(lang, text, absent):
    assert absent not in types(text, lang)


@pytest.mark.parametrize(
    "lang, text, present",
    [
        ("en", "Police charged the driver with manslaughter on Monday.", "ACCUSE"),
        ("en", "The president met his Russian counterpart in Helsinki.", "CONSULT"),
        ("en", "The minister met with the opposition leaders on Tuesday.", "CONSULT"),
        ("en", "Protesters demanded the resignation of the prime minister.", "REQUEST"),
        ("en", "The rebels captured the town after heavy fighting.", "ASSAULT"),
        ("en", "Hunger strikers in the prison refused food for a tenth day.", "PROTEST"),
        ("en", "The court ordered the release of the activists.", "REQUEST"),
        ("en", "Both sides agreed to a ceasefire on Sunday.", "AGREE"),
        ("en", "The president encouraged the rebels to lay down their arms.", "SUPPORT"),
        ("en", "Russia supplied weapons to the rebels in the east.", "AID"),
        ("en", "The senator voiced her support for the president's plan.", "SUPPORT"),
        ("en", "The crown prince is coming to the end of a three-week US tour.", "CONSULT"),
        ("fr", "Le ministre a rencontré son homologue russe à Helsinki.", "CONSULT"),
        ("fr", "Les manifestants ont déposé une demande de libération des détenus.", "REQUEST"),
        ("fr", "Les rebelles ont capturé trois soldats près de la frontière.", "ASSAULT"),
        ("fr", "La France a annoncé une aide humanitaire de dix millions d'euros pour Haïti.", "AID"),
    ],
)
def test_the_same_word_in_its_event_sense_stays_an_event(lang, text, present):
    assert present in types(text, lang)
