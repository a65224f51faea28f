"""ClearNLP-style English dependencies become Universal Dependencies (hand-built trees, no model)."""

import dataclasses

from eventmill.models import Token
from eventmill.stages.parse.depconv import split_roots, to_ud


def toks(rows):
    return [Token(i, 0, 0, text, text, pos, dep, head) for i, (text, pos, dep, head) in enumerate(rows)]


def test_preposition_becomes_case_of_its_noun():
    # "rebels attacked the base in Homs": in -prep-> attacked, Homs -pobj-> in
    rows = [
        ("rebels", "NOUN", "nsubj", 1),
        ("attacked", "VERB", "ROOT", 1),
        ("the", "DET", "det", 3),
        ("base", "NOUN", "dobj", 1),
        ("in", "ADP", "prep", 1),
        ("Homs", "PROPN", "pobj", 4),
    ]
    out = to_ud(toks(rows), "clear")
    assert (out[3].dep, out[3].head) == ("obj", 1)
    assert (out[5].dep, out[5].head) == ("obl", 1)
    assert (out[4].dep, out[4].head) == ("case", 5)


def test_passive_agent_becomes_obl_agent():
    # "civilians were killed by militants"
    rows = [
        ("civilians", "NOUN", "nsubjpass", 2),
        ("were", "AUX", "auxpass", 2),
        ("killed", "VERB", "ROOT", 2),
        ("by", "ADP", "agent", 2),
        ("militants", "NOUN", "pobj", 3),
    ]
    out = to_ud(toks(rows), "clear")
    assert out[0].dep == "nsubj:pass" and out[1].dep == "aux:pass"
    assert (out[4].dep, out[4].head) == ("obl:agent", 2)
    assert (out[3].dep, out[3].head) == ("case", 4)


def test_noun_head_gives_nmod():
    # "the attack on the convoy"
    rows = [
        ("the", "DET", "det", 1),
        ("attack", "NOUN", "ROOT", 1),
        ("on", "ADP", "prep", 1),
        ("the", "DET", "det", 4),
        ("convoy", "NOUN", "pobj", 2),
    ]
    out = to_ud(toks(rows), "clear")
    assert (out[4].dep, out[4].head) == ("nmod", 1)


def test_ud_scheme_is_left_alone():
    rows = [("Six", "NUM", "nummod", 1), ("civils", "NOUN", "nsubj", 2), ("tués", "VERB", "ROOT", 2)]
    assert to_ud(toks(rows), "ud") == toks(rows)


def test_a_verb_after_a_preposition_hangs_from_the_prepositions_head():
    # "police blamed the party of cooperating": of -prep-> blamed, cooperating -pcomp-> of
    rows = [
        ("police", "NOUN", "nsubj", 1),
        ("blamed", "VERB", "ROOT", 1),
        ("the", "DET", "det", 3),
        ("party", "NOUN", "dobj", 1),
        ("of", "ADP", "prep", 1),
        ("cooperating", "VERB", "pcomp", 4),
    ]
    out = to_ud(toks(rows), "clear", frozenset({"of", "with", "for"}))
    assert (out[5].dep, out[5].head) == ("ccomp", 1)  # what they were blamed for
    assert (out[4].dep, out[4].head) == ("mark", 5)


def test_a_verb_after_a_temporal_preposition_is_an_adverbial_clause():
    # "troops withdrew after storming the town"
    rows = [
        ("troops", "NOUN", "nsubj", 1),
        ("withdrew", "VERB", "ROOT", 1),
        ("after", "ADP", "prep", 1),
        ("storming", "VERB", "pcomp", 2),
        ("the", "DET", "det", 5),
        ("town", "NOUN", "dobj", 3),
    ]
    out = to_ud(toks(rows), "clear")
    assert (out[3].dep, out[3].head) == ("advcl", 1)


def test_a_passive_subject_of_an_active_verb_with_an_object_is_its_subject():
    # fr_core_news_md 3.8: "Les gendarmes ont ensuite arrêté douze militants" -> gendarmes nsubj:pass
    from eventmill.api import extract

    doc = extract("Les gendarmes ont ensuite arrêté douze militants à Kara.", lang="fr")
    (ev,) = doc.events
    assert [m.span.text for m in ev.actors] == ["gendarmes"]
    assert "gendarmes" not in [m.span.text for m in ev.recipients]


def test_a_real_passive_keeps_its_passive_subject():
    from eventmill.api import extract

    (ev,) = extract("Douze militants ont été arrêtés par les gendarmes à Kara.", lang="fr").events
    assert [m.span.text for m in ev.recipients] == ["militants"]


def test_a_bound_before_a_number_read_as_particle_and_preposition_is_a_quantifier():
    # "police arrested up to 100 protesters", parsed as up -prt-> arrested, to -prep-> arrested,
    # protesters -pobj-> to: the protesters are the object
    rows = [
        ("police", "NOUN", "nsubj", 1),
        ("arrested", "VERB", "ROOT", 1),
        ("up", "ADP", "prt", 1),
        ("to", "ADP", "prep", 1),
        ("100", "NUM", "nummod", 5),
        ("protesters", "NOUN", "pobj", 3),
    ]
    out = to_ud(toks(rows), "clear")
    assert (out[5].dep, out[5].head) == ("obj", 1)
    assert out[2].head == out[3].head == 4


def test_a_particle_before_a_prepositional_phrase_without_a_number_stays():
    # "they gave up to the police": no number, nothing to repair
    rows = [
        ("they", "PRON", "nsubj", 1),
        ("gave", "VERB", "ROOT", 1),
        ("up", "ADP", "prt", 1),
        ("to", "ADP", "prep", 1),
        ("the", "DET", "det", 5),
        ("police", "NOUN", "pobj", 3),
    ]
    out = to_ud(toks(rows), "clear")
    assert (out[2].dep, out[2].head) == ("compound:prt", 1)
    assert (out[5].dep, out[5].head) == ("obl", 1)


def _tok(i, text, pos, dep, head):
    return Token(i, i * 10, i * 10 + len(text), text, text.lower(), pos, dep, head)


def test_a_capital_left_as_a_root_of_its_own_becomes_the_subject_of_the_verb_after_it():
    toks = [
        _tok(0, "Pékin", "PROPN", "ROOT", 0),
        _tok(1, "a", "AUX", "aux:tense", 2),
        _tok(2, "menacé", "VERB", "ROOT", 2),
        _tok(3, "Taipei", "PROPN", "obj", 2),
    ]
    fixed = split_roots(toks)
    assert (fixed[0].head, fixed[0].dep) == (2, "nsubj")
    assert fixed[1:] == toks[1:]


def test_a_verb_with_a_subject_of_its_own_keeps_the_other_root():
    toks = [
        _tok(0, "Alerte", "NOUN", "ROOT", 0),
        _tok(1, "Il", "PRON", "nsubj", 2),
        _tok(2, "pleut", "VERB", "ROOT", 2),
    ]
    assert split_roots(toks) == toks


def test_a_cycle_of_heads_is_broken_at_its_verb():
    # a mend that hangs a root under its own dependent's dependent: "strikes on IS hideouts killed 21"
    rows = [
        ("strikes", "NOUN", "nsubj", 1),
        ("IS", "PROPN", "compound", 2),
        ("hideouts", "NOUN", "nsubj", 3),
        ("killed", "VERB", "ccomp", 1),
        ("militants", "NOUN", "dobj", 3),
    ]
    out = to_ud(toks(rows), "clear")
    assert (out[3].dep, out[3].head) == ("ROOT", 3)
    for t in out:  # every token reaches a root
        seen, k = set(), t.i
        while out[k].head != k:
            assert k not in seen
            seen.add(k)
            k = out[k].head


def test_two_cycles_and_the_paths_into_them_are_each_broken_once():
    # tokens 0-1 and 3-4 each hang on one another; 2 and 5 lead into the cycles; 6 is a root
    rows = [
        ("a", "NOUN", "nsubj", 1),
        ("b", "VERB", "ccomp", 0),
        ("c", "NOUN", "dobj", 0),
        ("d", "NOUN", "nsubj", 4),
        ("e", "NOUN", "nmod", 3),
        ("f", "NOUN", "dobj", 4),
        ("g", "VERB", "ROOT", 6),
    ]
    out = to_ud(toks(rows), "ud")
    assert [(t.head, t.dep) for t in out] == [
        (1, "nsubj"),
        (1, "ROOT"),  # the cycle's verb
        (0, "dobj"),
        (3, "ROOT"),  # no verb: the cycle's first token
        (3, "nmod"),
        (4, "dobj"),
        (6, "ROOT"),
    ]


def test_tokens_the_clear_scheme_leaves_alone_are_kept_and_the_others_relabelled_in_full():
    rows = [
        ("rebels", "NOUN", "nsubj", 1),
        ("attacked", "VERB", "ROOT", 1),
        ("Homs", "PROPN", "dobj", 1),
    ]
    before = [
        Token(i, 10 * i, 10 * i + 5, text, text.lower(), pos, dep, head, "GPE", 2, "Number=Sing")
        for i, (text, pos, dep, head) in enumerate(rows)
    ]
    out = to_ud(before, "clear")
    assert out[0] is before[0]
    assert out[2] == dataclasses.replace(before[2], dep="obj")
