"""Who said it and to whom, in sentences written for these tests:
- a date is never a source ("a-t-on appris samedi de sources locales": the sources, not Saturday;
  `stages/quotes`);
- a name in the speaker's own subject is not the recipient of what the speaker asks ("The United Nations
  human rights chief Volker Turk said he was horrified and called for ...": `events/reading`)."""

import eventmill


def test_a_date_is_no_source():
    text = (
        "Au moins 50 civils ont été tués jeudi dans une attaque contre le village de Youlou, a-t-on appris samedi "
        "de sources locales et sécuritaires."
    )
    d = eventmill.extract(text, lang="fr")
    speakers = [q.speaker.span.text for q in d.quotes if q.speaker]
    assert "samedi" not in speakers
    assert "sources locales" in speakers


def test_the_speakers_own_name_is_no_recipient():
    text = (
        "The United Nations human rights chief Volker Turk said he was horrified and called for those "
        "responsible to be held to account."
    )
    (ev,) = eventmill.extract(text, lang="en").events
    assert ev.type == "REQUEST"
    assert not [m for m in ev.recipients if "Turk" in m.span.text]


def test_an_agency_credited_before_the_dash_is_no_party():
    text = (
        "April 11 (Reuters) - A Myanmar military air strike on a village in the central Sagaing region killed at least "
        "53 people on Tuesday, witnesses said."
    )
    (ev,) = eventmill.extract(text, lang="en", published="2023-04-11").events
    assert not [m for m in (*ev.actors, *ev.recipients) if "Reuters" in m.span.text]
