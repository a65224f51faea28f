"""Who says so: the speaker of a reported incident, on sentences written for these tests.

- A body speaks through its spokesman or source: "an army spokesman said" is the army's claim, "a
  spokesman for the Taliban" the Taliban's (`reporting.tsv` nouns); a demonym describing a source ("a
  Syrian military source") is not the speaker, the whole description is.
- A second speech verb shares the first one's subject: "The ministry denied ... and said rebels had
  shelled ..." is the ministry's claim, "The group claimed the attack, saying ..." the group's.
- Words quoted inside indirect speech ("told reporters that gunmen had killed "at least five
  villagers"") leave the whole complement as what was said, so the incident in it is attributed.
- A quoted phrase naming the victims ends at its closing mark, not at the next paragraph's opening one.
- A person telling of a deed is not its doer: "Police spokesman Abdifatah Aden said five attackers
  had been killed" names no attacker (`events.asides.spokespeople`); a body saying so may be one.
- After a quotation, the speaker follows the verb even past whom it was told to: '"...", a déclaré à
  l'AFP un responsable local'.
"""

import pytest

import eventmill
from sentence_events import events_of, one_event


@pytest.mark.parametrize(
    "lang, text, speaker",
    [
        ("en", "An army spokesman said troops had killed 12 militants near the border.", "army"),
        ("en", "A spokesman for the Taliban said its fighters had attacked the base on Monday.", "Taliban"),
        (
            "en",
            "A Syrian military source said rebels had shelled a government position near Hama, killing two soldiers.",
            "A Syrian military source",
        ),
        (
            "en",
            "The ministry denied the report and said rebels had shelled government positions near Hama, killing two soldiers.",
            "ministry",
        ),
        (
            "en",
            "The rebel group claimed the attack in a statement, saying its fighters had killed ten soldiers.",
            "rebel group",
        ),
        (
            "fr",
            "Le groupe a revendiqué l'attaque dans un communiqué, affirmant que ses combattants avaient tué dix soldats.",
            "Le groupe",
        ),
        (
            "fr",
            "Le ministère a démenti toute frappe et a affirmé que des rebelles avaient bombardé des positions "
            "près de Hama, tuant deux soldats.",
            "Le ministère",
        ),
        (
            "fr",
            '"Les rebelles ont attaqué le poste et tué deux gendarmes", a déclaré à l\'AFP un responsable local.',
            "un responsable local",
        ),
        (
            "en",
            'A police spokesman told reporters that gunmen had killed "at least five villagers" in the attack on Tuesday.',
            "police",
        ),
    ],
)
def test_the_incident_is_attributed_to_who_reported_it(lang, text, speaker):
    ev = one_event(text, "ASSAULT", lang)
    assert ev.attribution is not None
    assert ev.attribution.span.text == speaker


def test_a_source_named_alone_is_still_the_speaker():
    ev = one_event("A security source said gunmen had killed four soldiers at a checkpoint.")
    assert ev.attribution is not None and "source" in ev.attribution.span.text


def test_a_quotation_ending_on_the_victims_stops_at_its_closing_mark():
    text = (
        'The group said its fighters had killed "dozens of apostate officials".\n\n'
        '"We heard a huge blast," said a shopkeeper near the hotel.'
    )
    ev = next(e for e in events_of(text) if e.trigger is not None and e.trigger.text == "killed")
    assert [r.span.text for r in ev.recipients] == ["dozens of apostate officials"]


@pytest.mark.parametrize(
    "text, etype",
    [
        ("Police spokesman Abdifatah Aden said five attackers had been killed in the siege.", "ASSAULT"),
        ("Abdifatah Aden, a police spokesman, said three men had been arrested after the blast.", "COERCE"),
        # (the entity recogniser takes this name for an organisation: the title still makes it a mouthpiece)
        ("Police spokeswoman Resila Onyango said 312 people had been arrested.", "COERCE"),
    ],
)
def test_a_person_telling_of_a_deed_is_not_its_doer(text, etype):
    ev = one_event(text, etype)
    speaker = "Resila Onyango" if "Onyango" in text else "Abdifatah Aden"
    assert all(a.span.text != speaker for a in ev.actors)
    assert ev.attribution is not None and ev.attribution.span.text == speaker


def _speakers(text: str, lang: str) -> dict[str, str | None]:
    """What each quotation or report of text says (its first words) -> its speaker's words."""
    doc = eventmill.extract(text, lang=lang, published="2022-01-14")
    return {q.text.text[:20]: (q.speaker.span.text if q.speaker else None) for q in doc.quotes}


@pytest.mark.parametrize(
    "lang, text, wrong",
    [
        # an infinitive's object is what it is about, not an inverted speaker
        (
            "fr",
            "Des milliers de Maliens ont manifesté à Bamako pour dénoncer les sanctions imposées par la Cédéao.",
            "Cédéao",
        ),
        # the comma closing the subject's apposition does not make the object an inverted speaker (a guard:
        # the parse that misled it came from a whole article, not from this sentence alone)
        (
            "fr",
            'Le Premier ministre de transition, Choguel Kokalla Maïga, a accusé Paris d\'"instrumentaliser" '
            "l'organisation régionale.",
            "Paris",
        ),
    ],
)
def test_what_a_verb_is_about_is_not_its_speaker(lang, text, wrong):
    assert all(wrong not in (s or "") for s in _speakers(text, lang).values())


def test_a_quotation_inside_a_sentence_is_its_subjects():
    text = 'La Cédéao a fermé les frontières. Le colonel Assimi Goïta a appelé les Maliens à "défendre la patrie".'
    assert _speakers(text, "fr")["défendre la patrie"] == "Assimi Goïta"
