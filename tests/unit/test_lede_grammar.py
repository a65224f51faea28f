"""The lede of a wire story read as a sentence of its own.

- A dateline ("KHARTOUM, April 25 (Reuters) -") is parsed apart from the lede: the parser had made its
  place the subject of the lede's verb, and the lede's real subjects appositions of it.
- The speaker of a report that does not report an act is not its doer: "..., U.S. Secretary of State
  Antony Blinken said, after ten days of fighting" (Blinken did not fight).
"""

import eventmill

LEDE = (
    "Sudan's warring parties agree to ceasefire\n\n"
    "KHARTOUM, April 25 (Reuters) - Sudan's army and the paramilitary Rapid Support Forces agreed to a 72-hour "
    "ceasefire starting at midnight on Monday, U.S. Secretary of State Antony Blinken said, after 10 days of "
    "fighting that has killed more than 400 people.\n"
)


def _doc(text, lang="en", published="2023-04-25"):
    return eventmill.extract(text, lang=lang, published=published)


def test_the_dateline_is_a_sentence_of_its_own():
    doc = _doc(LEDE)
    assert any(s.text.strip() == "KHARTOUM, April 25 (Reuters) -" for s in doc.sentences)
    lede = next(s for s in doc.sentences if s.text.startswith("Sudan's army"))
    assert lede.text.endswith("400 people.")


def test_the_lede_s_subjects_agree_and_not_the_dateline_s_place():
    agree = [e for e in _doc(LEDE).events if e.type == "AGREE"]
    assert agree
    actors = [m.span.text for m in agree[0].actors]
    assert "KHARTOUM" not in actors
    assert "army" in actors


def test_who_reports_the_fighting_did_not_fight():
    fighting = [e for e in _doc(LEDE).events if e.trigger.text == "fighting"]
    assert fighting
    assert not {"Blinken", "Antony Blinken", "Secretary of State"} & {m.span.text for m in fighting[0].actors}


def test_a_french_dateline_is_a_sentence_of_its_own():
    text = "ALEP (Syrie), 9 avril 2016 (AFP) - Les rebelles ont attaqué un quartier de la ville samedi.\n"
    doc = _doc(text, lang="fr", published="2016-04-09")
    assert any(s.text.strip() == "ALEP (Syrie), 9 avril 2016 (AFP) -" for s in doc.sentences)
    (event,) = doc.events
    assert [m.span.text.split()[-1] for m in event.actors] == ["rebelles"]
