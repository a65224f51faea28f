"""Trigger rows for two common wire shapes: aid "handed over" to someone, and bombs "fired" at a target.

"hand over" is an AID only with a gift for its object (the same list as "deliver"), so suspects handed
over to prosecutors stay no aid. The sentences were written for this test; no dev set was read to write them.
"""

from __future__ import annotations

import pytest

from eventmill.api import extract
from eventmill.config import Config


def typed(text: str, lang: str) -> list[tuple[str, list[str]]]:
    return [
        (e.type, [m.span.text for m in e.actors]) for e in extract(text, lang=lang, config=Config(keep="all")).events
    ]


@pytest.mark.parametrize(
    "lang, text, etype, actor",
    [
        ("en", "Japan handed over medicine to the Red Cross.", "AID", "Japan"),
        ("en", "Norway handed over 500 tonnes of food aid to the Red Cross.", "AID", "Norway"),
        ("en", "Syrian tanks fired four shell bombs at targets in Homs, witnesses said.", "ASSAULT", "Syrian tanks"),
    ],
)
def test_wire_shapes_name_their_event_and_doer(lang, text, etype, actor):
    assert any(t == etype and actor in a for t, a in typed(text, lang))


@pytest.mark.parametrize(
    "lang, text, absent",
    [
        ("en", "Police handed over the suspects to prosecutors.", "AID"),
        ("en", "The minister handed over the keys to the new mayor.", "AID"),
    ],
)
def test_handing_over_what_is_no_gift_is_no_aid(lang, text, absent):
    assert absent not in [t for t, _ in typed(text, lang)]
