"""Place names as conflict reports write them, read as an event's place: a lowercase Arabic article
joined to a name ("al-Bab"), a name with a possessive marker ("Deir ez-Zor's countryside"), and a town
placed by a compass word from a larger one ("Abu Hamam, east of Deir ez-Zor"); real parses, tagged fr/en."""

import pytest

import eventmill


def place_of(text, lang, trigger):
    """(place text, resolved country) of the event the trigger opened."""
    doc = eventmill.extract(text, lang=lang, published="2026-03-04")
    found = [e.location for e in doc.events if e.trigger.text == trigger]
    assert found, [e.trigger.text for e in doc.events]
    loc = found[0]
    return (loc.span.text, loc.place.country if loc.place else None) if loc else None


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        ("en", "A car bomb exploded at a market in al-Bab on Friday, killing nine people.", "exploded", "al-Bab"),
        ("en", "Unknown gunmen shot dead a council official in al-Mayadin.", "shot dead", "al-Mayadin"),
        ("fr", "Des hommes armés ont attaqué un poste de police à al-Bab vendredi.", "attaqué", "al-Bab"),
        # in an article about Syria, the Syrian town, not a larger namesake abroad
        (
            "en",
            "Insurgents ambushed an army convoy near al-Sukhnah in Homs province, killing eleven Syrian soldiers.",
            "ambushed",
            "al-Sukhnah",
        ),
    ],
)
def test_a_name_opened_by_a_lowercase_article_is_a_place(lang, text, trigger, expected):
    assert place_of(text, lang, trigger) == (expected, "SY")


def test_a_lowercase_article_before_no_capitalised_name_makes_no_place():
    doc = eventmill.extract("Residents said al-fresco dining had resumed in Aleppo.", lang="en")
    assert [m.span.text for m in doc.mentions if m.kind == "place"] == ["Aleppo"]


def test_a_place_with_a_possessive_marker_is_resolved_without_it():
    text = "Clashes between tribal fighters and Kurdish forces in Deir ez-Zor's eastern countryside left 14 dead."
    assert place_of(text, "en", "Clashes") == ("Deir ez-Zor", "SY")


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        (
            "en",
            "A roadside mine exploded in the village of Abu Hamam, east of Deir ez-Zor, killing three shepherds.",
            "exploded",
            "Abu Hamam",
        ),
        (
            "en",
            "Gunmen attacked a checkpoint at Abu Hamam, some 100 km southeast of Deir ez-Zor, on Tuesday.",
            "attacked",
            "Abu Hamam",
        ),
    ],
)
def test_a_town_placed_by_a_compass_word_from_another_is_not_put_inside_it(lang, text, trigger, expected):
    assert place_of(text, lang, trigger)[0] == expected


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        # a word of approximation and "of" put a place after them, whatever label the recogniser gives it
        ("en", "Warplanes bombed the outskirts of Jisr al-Shughur on Tuesday.", "bombed", "Jisr al-Shughur"),
        ("en", "Turkish artillery shelled the vicinity of Tal Tamr overnight.", "shelled", "Tal Tamr"),
        ("en", "Gunmen attacked a checkpoint in the countryside of Tal Tamr.", "attacked", "Tal Tamr"),
        ("fr", "L'aviation a bombardé la périphérie de Jisr al-Choghour mardi.", "bombardé", "Jisr al-Choghour"),
    ],
)
def test_a_name_after_a_word_of_approximation_and_of_is_a_place(lang, text, trigger, expected):
    assert place_of(text, lang, trigger)[0] == expected


@pytest.mark.parametrize(
    "lang,text,trigger,expected",
    [
        # "Hama countryside" is the country around Hama: the village named in the clause says more
        (
            "en",
            "Rebels shelled the village of Mhardeh in Hama countryside on Monday, wounding three civilians.",
            "shelled",
            "Mhardeh",
        ),
        (
            "en",
            "Air strikes hit the town of Saraqeb in Idlib's eastern countryside on Monday.",
            "Air strikes",
            "Saraqeb",
        ),
        # a compass word and "of" after a name put the next place, not this one
        ("en", "A car bomb exploded in Azaz north of Aleppo on Friday, killing eight people.", "exploded", "Azaz"),
    ],
)
def test_a_name_before_a_noun_of_approximation_gives_way_to_the_village_in_it(lang, text, trigger, expected):
    assert place_of(text, lang, trigger) == (expected, "SY")


def test_a_name_before_a_noun_of_approximation_is_near_it_not_at_it():
    doc = eventmill.extract("Air strikes killed five people in Idlib countryside on Monday.", lang="en")
    places = [(m.span.text, m.place.precision) for m in doc.mentions if m.kind == "place" and m.place]
    # the countryside of a town named as its province is (Idlib) is the province's land, its point still the town's
    assert places == [("Idlib", "admin1")]
