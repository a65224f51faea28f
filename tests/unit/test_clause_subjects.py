"""A verb with no subject of its own shares the subject of the verb it hangs from ("X a attaqué ...
et tué ...", "ont fui après avoir attaqué", "en saccageant"), unless it is an adverbial clause with a
tense of its own: then the parser lost its subject, and the main clause's subject is someone else
("la crise s'est aggravée lorsqu'un groupe a bombardé un pont": the crisis bombed nothing)."""

import dataclasses

import eventmill
from eventmill.events.context import context_for
from eventmill.events.subjects import subjects_of


def events(text, lang, kind):
    return [e for e in eventmill.extract(text, lang=lang, published="2024-03-04").events if e.type == kind]


def actors(ev):
    return [m.span.text for m in ev.actors]


def _misparsed(text, subject, verb, main):
    """The article parsed, then the parse the model sometimes gives: the subordinate clause's
    subject hung on the main verb as an oblique, its verb an adverbial clause with no subject."""
    doc = eventmill.extract(text, lang="fr")
    toks = list(doc.tokens)
    at = {t.text: t.i for t in toks}
    s, v, m = at[subject], at[verb], at[main]
    toks[s] = dataclasses.replace(toks[s], dep="obl:arg", head=m)
    toks[v] = dataclasses.replace(toks[v], dep="advcl", head=m)
    return dataclasses.replace(doc, tokens=tuple(toks)), v


def test_a_clause_with_its_own_tense_does_not_take_the_main_subject():
    doc, v = _misparsed(
        "La crise s'est aggravée lorsqu'un groupe a bombardé un pont.", "groupe", "bombardé", "aggravée"
    )
    ctx = context_for(doc, [])
    assert [doc.tokens[k].text for k in subjects_of(ctx, v)] != ["crise"]


def test_an_infinitive_or_a_gerund_shares_the_main_subject():
    (ev,) = events("Les rebelles ont fui lundi après avoir attaqué le poste de police de Gao.", "fr", "ASSAULT")
    assert any("rebelles" in a for a in actors(ev))
    (ev,) = events("Rebels attacked the town of Gao on Monday, killing five soldiers.", "en", "ASSAULT")
    assert any("Rebels" in a for a in actors(ev))


def test_a_participle_read_as_a_past_tense_still_shares_it():
    # the English tagger reads "injured" as a finite past; it is the victims' participle
    evs = events(
        "Six American NATO service members were killed on Monday and an Afghan interpreter injured.", "en", "ASSAULT"
    )
    assert not any("NATO" in a for ev in evs for a in actors(ev))
