"""A report that retells the article's only incident of its type in another word of the same family
("Une explosion ..." then "... a explosé") joins that incident at any distance, as more evidence;
"another" / "une autre" or a second incident of the type keep it apart. The same word again, near, is left to the
merge window; far below and naming nothing of its own, it is the only incident told again (`followup.lone_retelling`).

Sentences written for these tests (no evaluation text).
"""

import pytest

import eventmill
from eventmill.events.links import same_family

PUB = "2024-03-05"

# eight sentences naming nobody, to put two reports beyond the merge window
FILLER_EN = " ".join(f"Line {i} of the report names nobody." for i in range(8))


def assaults(text, lang):
    return [e for e in eventmill.extract(text, lang=lang, published=PUB).events if e.type == "ASSAULT"]


RETOLD = [
    pytest.param(
        "fr",
        "Une explosion a secoué mardi le marché central de Kidal, faisant deux morts et six blessés. "
        "D'après les premiers témoins, un engin artisanal caché sous un étal a explosé vers midi. "
        "Les commerçants ont fermé leurs boutiques.",
        "un engin artisanal",
        id="fr-explosion-then-exploser",
    ),
    pytest.param(
        "en",
        "An explosion tore through a bus station in Kaduna on Monday, killing three people. "
        "According to witnesses, a homemade device hidden in a bag exploded shortly before noon. "
        "Shops stayed closed.",
        "a homemade device",
        id="en-explosion-then-exploded",
    ),
    pytest.param(
        "en",
        "An explosion tore through a bus station in Kaduna on Monday, killing three people. "
        + FILLER_EN
        + " According to witnesses, a homemade device hidden in a bag exploded shortly before noon.",
        "a homemade device",
        id="en-beyond-the-merge-window",
    ),
]


@pytest.mark.parametrize("lang,text,retelling", RETOLD)
def test_a_retelling_in_a_word_of_the_same_family_is_the_same_incident(lang, text, retelling):
    (ev,) = assaults(text, lang)
    # the first report stays the evidence; the retelling's sentence is linked evidence, with offsets
    assert ev.evidence.start == 0
    linked = [s for s in ev.also_evidence if retelling in s.text]
    assert linked and all(text[s.start : s.end] == s.text for s in linked)


APART = [
    pytest.param(
        "fr",
        "Une explosion a secoué mardi le marché central de Kidal, faisant deux morts et six blessés. "
        "Une heure plus tard, une autre bombe a explosé. Les commerçants ont fermé leurs boutiques.",
        id="fr-une-autre",
    ),
    pytest.param(
        "en",
        "An explosion tore through a bus station in Kaduna on Monday, killing three people. "
        "According to witnesses, another device exploded shortly before noon. Shops stayed closed.",
        id="en-another",
    ),
    pytest.param(
        "en",
        "An explosion tore through a bus station in Kaduna on Monday, killing three people. "
        "Gunmen attacked a church in Jos. According to witnesses, a homemade device exploded shortly before noon.",
        id="en-two-incidents-before",
    ),
]

# the same word again far below, naming nothing of its own, is the only incident told again
# (`followup.lone_retelling`, round 31: with it the POPCORN check half has fewer false repeats; keeping such a
# report apart, as this file first asked, cost that half one of them)
FAR_SAME_WORD = (
    "An explosion tore through a bus station in Kaduna on Monday, killing three people. "
    + FILLER_EN
    + " Residents heard an explosion near the river."
)


def test_the_same_word_again_far_below_naming_nothing_is_the_incident_told():
    assert len(assaults(FAR_SAME_WORD, "en")) == 1


@pytest.mark.parametrize("lang,text", APART)
def test_another_incident_or_the_same_word_again_stays_apart(lang, text):
    assert len(assaults(text, lang)) >= 2


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("explosion", "exploser", True),
        ("bombing", "bomb", True),
        ("kill", "killing", True),
        ("manifestation", "manifester", True),
        ("attaque", "arrestation", False),
        ("tir", "tirer", False),  # three letters: too short to tell a family from a chance
        ("", "explosion", False),
    ],
)
def test_same_family(a, b, same):
    assert same_family(a, b) is same
