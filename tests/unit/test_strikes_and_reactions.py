"""Who struck, in sentences written for these tests:
- a strike noun that kills people is an attack even when a nationality holds it ("Israeli strike on Gaza
  school kills at least 30": `senses.air_strike`), while a strike by workers stays a stoppage;
- whoever condemns an attack is not its doer: the attack's actor is only in its own phrase (the `witness`
  verbs of `resources/<lang>/support.tsv`: "Egypt and Qatar condemned the attack")."""

import pytest

import eventmill


def events(text, lang="en"):
    return eventmill.extract(text, lang=lang).events


def test_a_strike_that_kills_is_an_attack():
    (ev,) = events("Israeli strike on Gaza school kills at least 30, health officials say")
    assert (ev.type, ev.dead.value) == ("ASSAULT", 30)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The dockers' strike hit exports on Monday.", id="dockers"),
        pytest.param("A strike by teachers hit 300 schools on Monday.", id="teachers"),
    ],
)
def test_a_workers_strike_stays_a_stoppage(text):
    assert [e.type for e in events(text)] == ["PROTEST"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Earlier on Saturday, an air strike killed five people in a house in Khan Younis, medics said. "
            "Egypt and Qatar condemned the attack.",
            id="en-condemned",
        ),
        pytest.param(
            "fr",
            "Samedi, une frappe aérienne a tué cinq personnes à Khan Younès, selon des médecins. L'Égypte et le "
            "Qatar ont condamné l'attaque.",
            id="fr-condamne",
        ),
    ],
)
def test_who_condemns_an_attack_did_not_do_it(lang, text):
    (ev,) = events(text, lang)
    assert not ev.actors
