"""Place names the recogniser cut or labelled apart (issue 12, wire and local news): a name that goes on
through capitalised words or a short lowercase particle is read whole when the gazetteer knows the whole
("Rio Grande do Sul", "Dera Ismail Khan"), and an organisation's initials written in a place's name are no
organisation ("Mount Isa" is not the ISA) (real parses, real gazetteer; en)."""

import pytest

import eventmill


def places(text):
    doc = eventmill.extract(text, lang="en", published="2024-03-01")
    return [(m.span.text, m.place) for m in doc.mentions if m.kind == "place" and m.place is not None]


WHOLE_NAMES = [
    pytest.param(
        "Floods swept through southern Brazil on Thursday. The governor of Rio Grande do Sul, a farmer by "
        "training, said dozens of towns were cut off.",
        "Rio Grande do Sul",
        "BR",
        id="en-particle-do",
    ),
    pytest.param(
        "Police in Dera Ismail Khan said a roadside bomb wounded three officers on Friday.",
        "Dera Ismail Khan",
        "PK",
        id="en-rest-labelled-a-person",
    ),
    pytest.param(
        "Floodwaters cut the Barkly Highway on Monday. In Mount Isa, police told drivers to stay home.",
        "Mount Isa",
        "AU",
        id="en-initials-inside-a-town",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), WHOLE_NAMES)
def test_a_place_name_the_recogniser_cut_is_read_whole(text, name, country):
    found = places(text)
    readings = [p for t, p in found if t == name]
    assert readings and all(p.country == country for p in readings)


PARTS = [
    pytest.param(
        "Officials in Lahore and Karachi said the roads were shut on Friday.",
        ("Lahore", "Karachi"),
        id="en-two-towns-stay-two",
    ),
    pytest.param("Ismail Khan said on Friday that Kabul would send aid.", ("Kabul",), id="en-person-stays-person"),
]


@pytest.mark.parametrize(("text", "names"), PARTS)
def test_names_that_make_no_known_place_together_stay_apart(text, names):
    found = [t for t, _ in places(text)]
    assert all(n in found for n in names)
