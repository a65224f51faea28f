"""A riot story's acts and the state's answers to them stay apart: the looting is not the curfew a
relative clause on its place tells of (a mode word that is another event's own, in a relative clause
apart from the trigger, is that event's: `Context.modes_for`), and a rule laid on a place (curfew, state
of emergency: role `measure` in `xx/incidents.tsv`) is never one of the incident's acts. Police sent in
are mobilised by whoever sent them. Sentences written for this test."""

from __future__ import annotations

import pytest

from eventmill.api import extract

RIOTS = [
    pytest.param(
        "fr",
        "Des commerces ont été pillés et incendiés dans l'agglomération de Nouméa, où un couvre-feu a été "
        "décrété. Le gouvernement a décrété l'état d'urgence.",
        id="fr-curfew-relative",
    ),
    pytest.param(
        "en",
        "Shops were looted and set on fire in the suburbs of Dakar, where a curfew was imposed. The "
        "government declared a state of emergency.",
        id="en-curfew-relative",
    ),
]


@pytest.mark.parametrize(("lang", "text"), RIOTS)
def test_looting_is_no_curfew(lang: str, text: str) -> None:
    coercions = [e for e in extract(text, lang=lang).events if e.type == "COERCE"]
    modes = sorted(tuple(sorted(e.modes)) for e in coercions)
    # one looting, with no mode of the curfew or the state of emergency, which are events of their own
    assert [m for m in modes if "destroy" in m] == [("destroy",)], modes
    assert any("curfew" in m for m in modes), modes


SENT = [
    # police sent in are a mobilisation as soldiers are, and the government that sent them is its actor
    pytest.param(
        "Le gouvernement a décrété l'état d'urgence et envoyé un millier de policiers en renfort.", id="fr-renfort"
    ),
    pytest.param("Le gouvernement a envoyé des gendarmes à Nouméa.", id="fr-gendarmes"),
]


@pytest.mark.parametrize("text", SENT)
def test_police_sent_in_are_mobilised_by_who_sent_them(text: str) -> None:
    mobilised = [e for e in extract(text, lang="fr").events if e.type == "MOBILIZE"]
    assert [[a.span.text for a in e.actors] for e in mobilised] == [["gouvernement"]]
