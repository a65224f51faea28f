"""PhraseIndex.scan: leftmost-longest phrases that end where a token ends, never across sentences,
checked against a plain reference on random token sequences (scan keeps the words of a document's
tokens between scans, so the same tokens scanned twice must give the same matches)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from eventmill.models import Token
from eventmill.phrases import PhraseIndex
from eventmill.text import norm

WORDS = ["al", "nosra", "front", "-", ",", "M.Tchourkine", "m", "tchourkine", "de", "la", "paix"]
PHRASES = ["al nosra", "front al nosra", "tchourkine", "m", "de la paix", "la paix", "paix", "front"]


def reference(index: PhraseIndex, tokens: list[Token]) -> list[tuple[int, int, str]]:
    """Every (first token, last token, key) the lexicon holds, chosen leftmost then longest."""
    words = [(w, k) for k, t in enumerate(tokens) for w in norm(t.text).split()]
    out, i = [], 0
    while i < len(words):
        found = None
        for j in range(i, len(words)):
            if tokens[words[j][1]].sent != tokens[words[i][1]].sent:
                break
            ends_token = j + 1 == len(words) or words[j + 1][1] != words[j][1]
            key = " ".join(w for w, _ in words[i : j + 1])
            if ends_token and key in index.index:
                found = (words[i][1], words[j][1], key)
        if found:
            out.append(found)
            while i < len(words) and words[i][1] <= found[1]:
                i += 1
        else:
            i += 1
    return out


def tokens_of(texts: list[str], breaks: list[bool]) -> tuple[Token, ...]:
    sent, out, pos = 0, [], 0
    for k, (text, brk) in enumerate(zip(texts, breaks, strict=True)):
        sent += brk
        out.append(Token(k, pos, pos + len(text), text, text, "X", "dep", k, sent=sent))
        pos += len(text) + 1
    return tuple(out)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.booleans()), max_size=25))
def test_scan_matches_the_reference(pairs):
    index = PhraseIndex((p, p) for p in PHRASES)
    toks = tokens_of([w for w, _ in pairs], [b for _, b in pairs])
    expected = reference(index, list(toks))
    assert [(m.first, m.last, m.key) for m in index.scan(toks)] == expected
    assert [(m.first, m.last, m.key) for m in index.scan(toks)] == expected  # its words kept from the first scan


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.booleans()), max_size=25), st.booleans())
def test_one_scan_of_a_document_finds_what_a_scan_of_each_sentence_finds(pairs, use_lemma):
    """The event stages scan a document once for its mode words and read them by sentence."""
    index = PhraseIndex((p, p) for p in PHRASES)
    toks = tokens_of([w for w, _ in pairs], [b for _, b in pairs])
    whole = [(toks[m.first].sent, m.key) for m in index.scan(toks, use_lemma=use_lemma)]
    by_sentence = [
        (s, m.key)
        for s in sorted({t.sent for t in toks})
        for m in index.scan([t for t in toks if t.sent == s], use_lemma=use_lemma)
    ]
    assert whole == by_sentence


def test_a_phrase_spans_a_hyphen_token_but_not_a_sentence_end():
    index = PhraseIndex((p, p) for p in PHRASES)
    toks = tokens_of(["front", "al", "-", "nosra"], [False] * 4)
    assert [(m.first, m.last, m.key) for m in index.scan(toks)] == [(0, 3, "front al nosra")]
    toks = tokens_of(["front", "al", "nosra"], [False, False, True])
    assert [(m.first, m.last, m.key) for m in index.scan(toks)] == [(0, 0, "front")]


def test_with_clause_a_comma_ends_a_phrase_and_a_hyphen_does_not():
    index = PhraseIndex((p, p) for p in ["military official", "front al nosra"])
    texts = ["the", "military", ",", "official", "said"]
    toks = tuple(
        Token(k, k * 10, k * 10 + len(t), t, t, "PUNCT" if t == "," else "NOUN", "dep", k) for k, t in enumerate(texts)
    )
    assert [m.key for m in index.scan(toks)] == ["military official"]  # (words only, by default)
    assert index.scan(toks, clause=True) == []
    hyphen = tuple(
        Token(k, k * 10, k * 10 + len(t), t, t, "PUNCT" if t == "-" else "PROPN", "dep", k)
        for k, t in enumerate(["front", "al", "-", "nosra"])
    )
    assert [m.key for m in index.scan(hyphen, clause=True)] == ["front al nosra"]


def test_a_generic_agent_does_not_run_across_a_comma():
    import eventmill

    doc = eventmill.extract(
        "Youths threw stones at a checkpoint held by the Israeli military, officials said on Thursday.", lang="en"
    )
    agents = [m.span.text for m in doc.mentions if m.kind == "actor"]
    assert "Israeli military" in agents
    assert not any("," in a for a in agents)
