"""Any text goes through every stage without an exception, and every span points at its words."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eventmill
from eventmill.errors import InputError

FRENCH_BITS = st.sampled_from(
    [
        "Six civils ont été tués jeudi à Alep, selon l'OSDH. ",
        "« Nous exigeons la paix », a-t-il déclaré. ",
        "Plusieurs dizaines de manifestants ont été arrêtés par la police à Paris. ",
        "L’armée a bombardé Idleb. ",
        "\n",
        "  ",
        "M.Tchourkine",
        "12",
        "une dizaine",
        "«",
        "»",
        '"',
        "'",
        "-",
        "é",
        "\u200b",
        "\ufeff",
    ]
)


def spans_of(d):
    """Every {start, end, text} dict anywhere in the JSON output."""
    if isinstance(d, dict):
        if {"start", "end", "text"} <= d.keys() and d["start"] is not None:
            yield d
        for v in d.values():
            yield from spans_of(v)
    elif isinstance(d, list):
        for v in d:
            yield from spans_of(v)


def check(text):
    try:
        doc = eventmill.extract(text, lang="fr")
    except InputError:
        return
    assert not doc.problems, doc.problems
    out = doc.to_dict()
    for s in spans_of(out):
        assert text[s["start"] : s["end"]] == s["text"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=0, max_size=300))
def test_any_unicode_goes_through(text):
    check(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(FRENCH_BITS | st.text(max_size=5), min_size=1, max_size=40).map("".join))
def test_french_like_text_keeps_spans_true(text):
    check(text)
