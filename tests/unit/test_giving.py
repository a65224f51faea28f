"""Giving: sending, delivering or granting aid, goods or money is an AID; the "to"/"à" phrase or the
indirect object names who gets it (the recipient), and the goods are what is given, not a party.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from eventmill.api import extract


def aid(text: str, lang: str) -> tuple[list[str], list[str]]:
    events = [e for e in extract(text, lang=lang).events if e.type == "AID"]
    assert events, f"no AID in {text!r}"
    e = events[0]
    return [m.span.text for m in e.actors], [m.span.text for m in e.recipients]


@pytest.mark.parametrize(
    "lang, text, actor, recipient",
    [
        ("en", "Japan sent medical supplies to the flood victims.", "Japan", "victims"),
        ("en", "The United States delivered weapons to the Kurdish fighters.", "United States", "fighters"),
        (
            "en",
            "The European Community on Monday gave the Ivory Coast 5.1 million dollars of aid for farms.",
            "Community",
            "Ivory Coast",
        ),
        ("en", "Canada shipped tents and blankets to Haiti after the storm.", "Canada", "Haiti"),
        ("fr", "L'ONU a acheminé des vivres aux déplacés.", "ONU", "déplacés"),
        ("fr", "La France a envoyé des médicaments à Gaza.", "France", "Gaza"),
        ("fr", "L'Union européenne a accordé 10 millions d'euros au Mali.", "Union européenne", "Mali"),
        ("fr", "Le Qatar a versé 20 millions de dollars au Hamas.", "Qatar", "Hamas"),
    ],
)
def test_what_is_given_and_to_whom(lang, text, actor, recipient):
    actors, recipients = aid(text, lang)
    assert any(actor in a for a in actors), actors
    assert any(recipient in r for r in recipients), recipients
    # the goods or the money are never the recipient
    assert not any(
        w in " ".join(recipients) for w in ("supplies", "weapons", "dollars", "vivres", "médicaments", "euros")
    )


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "He sent a letter to the minister."),
        ("en", "She gave a speech to the students."),
        ("fr", "Il a accordé une interview au journal."),
        ("fr", "Elle a envoyé un message à son frère."),
    ],
)
def test_sending_or_giving_anything_else_is_no_aid(lang, text):
    assert [e.type for e in extract(text, lang=lang).events if e.type == "AID"] == []


@pytest.mark.parametrize(
    "text, etype",
    [
        ("The agency will provide 20,000 tons of food aid to the displaced families.", "AGREE"),
        ("Germany provided military aid to the Kurdish fighters last year.", "AID"),
    ],
)
def test_the_aid_a_verb_gives_is_no_second_event(text, etype):
    """The aid noun that giving verb's object holds is that verb's event (a promise of aid, or aid),
    not an AID of its own beside it."""
    assert [e.type for e in extract(text, lang="en").events] == [etype]
