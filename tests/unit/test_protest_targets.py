"""Whom a protest or a mobilisation is aimed at: a party its purpose names, never what it blocks,
where it happens, or the forces it moves.

PLOVER codes a protest's recipient as the party it targets ("a hunger strike to demand the resignation
of the prime minister"). A road blocked or a town where a riot broke out is no party.
"""

import pytest

import eventmill


def protests(text, lang):
    return [e for e in eventmill.extract(text, lang=lang, published="2024-03-04").events if e.type == "PROTEST"]


def recipients(ev):
    return [m.span.text for m in ev.recipients]


def test_the_party_a_noun_protest_demands_something_of_is_its_recipient():
    (ev,) = protests(
        "Students continued their hunger strike to demand the resignation of Prime Minister John Smith.", "en"
    )
    assert any("John Smith" in r for r in recipients(ev))


def test_a_blocked_road_is_no_recipient():
    (ev,) = protests("Angry farmers blocked the main road into the capital on Monday.", "en")
    assert recipients(ev) == []


def test_des_routes_bloquees_ne_sont_pas_un_destinataire():
    (ev,) = protests("Les agriculteurs en colère ont bloqué les routes de la capitale lundi.", "fr")
    assert recipients(ev) == []


@pytest.mark.parametrize("town", ["Rouen", "Tunis"])
def test_la_ville_d_une_emeute_n_est_pas_sa_cible(town):
    # (a capital is no target either, though it may stand for its government elsewhere)
    (ev,) = protests(f"Des émeutes ont éclaté lundi soir dans plusieurs rues du centre de {town}.", "fr")
    assert town not in recipients(ev)


def mobilisations(text, lang):
    return [e for e in eventmill.extract(text, lang=lang, published="2024-03-04").events if e.type == "MOBILIZE"]


def test_the_troops_mobilised_are_the_actors_own_and_the_enemy_named_is_the_recipient():
    (ev,) = mobilisations("Britain mobilized army reservists for a possible war against Iraq on Tuesday.", "en")
    assert recipients(ev) == ["Iraq"]


def test_les_troupes_mobilisees_ne_sont_pas_le_destinataire():
    (ev,) = mobilisations("Le gouvernement a mobilisé deux mille soldats pour la guerre contre le Mali.", "fr")
    assert "soldats" not in " ".join(recipients(ev))
