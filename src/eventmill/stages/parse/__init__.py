"""Stage 3: spaCy parse, paragraph by paragraph; tokens are copied out as plain `Token` tuples."""

from __future__ import annotations

import dataclasses
import importlib
import re
from functools import cache
from typing import Any

from eventmill import datafiles
from eventmill.config import Config
from eventmill.datelines import Dateline, find_dateline
from eventmill.errors import ResourceError
from eventmill.models import Document, Span, Token
from eventmill.registry import stage
from eventmill.stages.parse.depconv import to_ud


def load_model(lang: str):
    """The language's spaCy pipeline (named in its language.json), loaded once per process."""
    name = datafiles.language_info(lang).get("model")
    if not name:
        raise ResourceError(f"no spaCy model is configured for {lang!r} (resources/{lang}/language.json)")
    return _load_package(name)


@cache
def _load_package(name: str):
    """An installed spaCy model package, loaded once however many languages use it."""
    try:
        module = importlib.import_module(name)
    except ImportError:
        raise ResourceError(
            f"the spaCy model package {name!r} is not installed; run: pip install -e . "
            "(it is a dependency of eventmill)"
        ) from None
    nlp = module.load()
    # one paragraph at a time is far below spaCy's limit, but a single huge line must not crash it
    nlp.max_length = 10_000_000
    return nlp


# spaCy's memory grows with what it parses at once (one 200 kB line took 1.3 GB, a 1.9 MB one 8 GB): a
# paragraph longer than this is parsed in pieces cut at a sentence end, else a clause break, else a space
PARSE_CHARS = 5_000
# pieces spaCy parses at once (its default, 1,000, would hold a whole huge article): at most this many
# pieces of PARSE_CHARS each. Batches of several articles parse about 15% faster than one article at
# a time (`eventmill run` codes its batches with `Pipeline.run_many`)
PIPE_BATCH = 32
_SENTENCE_END = re.compile(r"[.!?…][\"'»”)\]]*\s+")
_CLAUSE_END = re.compile(r"[;:,][\"'»”)\]]*\s+")
_SPACE = re.compile(r"\s+")
# a caption or credit is one short sentence: a furniture line longer than this runs on into the story
# ("Photo credit: Jane Doe. President Buhari visited ...", where a page's caption lost its line break)
CAPTION_CHARS = 250


def pieces(text: str, start: int, end: int, limit: int = PARSE_CHARS) -> list[tuple[int, int]]:
    """(start, end) pieces of text[start:end], each at most `limit` characters, cut where a sentence,
    else a clause, else a word ends in the second half of the window (a hard cut when none does)."""
    out = []
    while end - start > limit:
        cut = limit
        for boundary in (_SENTENCE_END, _CLAUSE_END, _SPACE):
            ends = [m.end() for m in boundary.finditer(text, start + limit // 2, start + limit)]
            if ends:
                cut = ends[-1] - start
                break
        out.append((start, start + cut))
        start += cut
    out.append((start, end))
    return out


def parse_many(docs: list[Document], config: Config) -> list[Document]:
    """The parse stage over several documents: one `nlp.pipe` call per language over all their
    paragraphs, each document's output the same as `parse` alone gives."""
    for doc in docs:
        if doc.lang is None:  # the pipeline runs the language stage first: only a direct call gets here
            raise ValueError("the parse stage needs the document's language (run the language stage first)")
    out: list[Document] = list(docs)
    for lang in dict.fromkeys(d.lang for d in docs):
        assert lang is not None
        nlp = load_model(lang)
        furniture = datafiles.words(lang, "furniture.txt")
        chosen = [k for k, d in enumerate(docs) if d.lang == lang]
        lines = {k: _dateline(docs[k]) for k in chosen}
        jobs = [(k, piece) for k in chosen for piece in _pieces(docs[k], furniture, lines[k])]
        parsed = nlp.pipe((docs[k].text[a:b] for k, (a, b) in jobs), batch_size=PIPE_BATCH)
        by_doc: dict[int, list[tuple[int, Any]]] = {k: [] for k in chosen}
        for (k, (start, _end)), sdoc in zip(jobs, parsed, strict=True):
            by_doc[k].append((start, sdoc))
        for k in chosen:
            out[k] = _copied_out(docs[k], by_doc[k], lines[k])
    return out


@stage("parse", 17, needs=("text", "lang", "paragraphs"), fills=("tokens", "sentences"), batch=parse_many)
def parse(doc: Document, config: Config) -> Document:
    """Tokens, lemmas, POS, dependencies, entities and sentences for every paragraph."""
    return parse_many([doc], config)[0]


def _pieces(doc: Document, furniture: frozenset[str], line: Dateline | None) -> list[tuple[int, int]]:
    """The (start, end) pieces of the document's text to parse: its paragraphs that are not page
    furniture (of a long furniture line, what follows its first sentence), long ones cut in pieces.
    A dateline is a piece of its own ("KHARTOUM, April 25 (Reuters) - Sudan's army ... agreed"): it is
    no part of the lede's grammar, and the parser made its place the subject of the lede's verb."""
    out = []
    for p in doc.paragraphs:
        start = p.start
        if line is not None and p.start <= line.span.start < line.span.end < p.end:
            if line.span.start > p.start:
                out += pieces(doc.text, p.start, line.span.start)
            out.append((line.span.start, line.span.end))
            start = line.span.end
        if is_furniture(doc.text[p.start : p.end], furniture):
            # a long line keeps what follows its first sentence, the caption or credit
            cut = _SENTENCE_END.search(doc.text, p.start, p.end) if p.end - p.start > CAPTION_CHARS else None
            if cut is None or p.end - cut.end() < CAPTION_CHARS // 2:
                continue
            start = cut.end()
        out += pieces(doc.text, start, p.end)
    return out


def _dateline(doc: Document) -> Dateline | None:
    """The article's dateline as its text alone shows it (no place mention is known before parsing)."""
    year = int(doc.article.published[:4]) if doc.article.published else None
    return find_dateline(doc.text, doc.paragraphs, doc.lang or "", year) if doc.paragraphs else None


def _copied_out(doc: Document, parsed: list[tuple[int, Any]], line: Dateline | None) -> Document:
    """The document with the tokens and sentences of its parsed pieces ((piece start, spaCy Doc))."""
    assert doc.lang is not None
    raw = doc.article.text
    tokens: list[Token] = []
    sentences: list[Span] = []
    morphs: dict[int, str] = {}  # morphology key -> its string: a few dozen analyses make most tokens'
    for para_start, sdoc in parsed:
        base = len(tokens)
        # the dateline is one sentence, however the parser cut it ("ALEP (Syrie), | 9 avril 2016 (AFP) -")
        whole = line is not None and para_start == line.span.start
        # heads (relative, as spaCy stores them) and morphology keys as arrays: no Token object per head
        heads = sdoc.to_array("HEAD").astype("int64").tolist()
        morph_keys = sdoc.to_array("MORPH").tolist()
        for sent in sdoc.sents:
            s_start = para_start + sent.start_char
            s_end = para_start + sent.end_char
            if (
                tokens
                and tokens[-1].i >= base
                and (
                    whole
                    or _continues(doc.text[s_start:s_end])
                    or _cut_in_word(sentences[-1], s_start)
                    or _cut_in_name(sentences[-1], tokens[-1], doc.text[s_start:s_end])
                )
            ):
                # the parser cut inside a sentence ('... turco-syrienne", a-t-il expliqué.')
                prev = sentences.pop()
                s_start = prev.start
            sent_index = len(sentences)
            sentences.append(Span(s_start, s_end, raw[s_start:s_end]))
            for t in sent:
                k = t.i
                start = para_start + t.idx
                end = start + len(t.text)
                morph = morphs.get(morph_keys[k])
                if morph is None:
                    morph = morphs[morph_keys[k]] = str(t.morph)
                # positional, in the field order of `Token` (i, start, end, text, lemma, pos, dep, head,
                # ent, sent, morph): every token of every article is built here
                tokens.append(
                    Token(
                        base + k,
                        start,
                        end,
                        raw[start:end],
                        t.lemma_,
                        t.pos_,
                        t.dep_,
                        base + k + heads[k],
                        t.ent_type_,
                        sent_index,
                        morph,
                    )
                )
    complement = frozenset(r["word"] for r in datafiles.table(doc.lang, "cases.tsv") if r.get("role") == "complement")
    info = datafiles.language_info(doc.lang)
    tokens = to_ud(
        tokens,
        info.get("deps"),
        complement,
        frozenset(info.get("verb_names", ())),
        info.get("participles"),
        frozenset(info.get("partitives", ())),
        frozenset(r["phrase"] for r in datafiles.table(doc.lang, "dates.tsv") if r.get("kind") == "weekday"),
    )
    return dataclasses.replace(doc, tokens=tuple(tokens), sentences=tuple(sentences))


def _cut_in_word(prev: Span, start: int) -> bool:
    """True when the parser cut a hyphenated name at its hyphen ("Nouvelle-|Calédonie : le Congrès vote"):
    the next sentence starts right after the previous one's hyphen, with no space between."""
    return prev.end == start and prev.text.endswith("-") and prev.text[-2:-1].isalpha()


def _cut_in_name(prev: Span, last: Token, segment: str) -> bool:
    """True when the parser cut a proper name at a capitalised word with no stop before it ("in Lash | Wa Juwayn
    district", "in Tarnak | Wa Jaldak district": Dari "wa", and, read as a sentence's first word)."""
    return prev.text[-1:].isalpha() and last.pos == "PROPN" and last.text[:1].isupper() and segment[:1].isupper()


def _continues(segment: str) -> bool:
    """True when a sentence the parser found starts like the rest of the previous one."""
    head = segment.lstrip(' "')
    return bool(head) and (head[0] in ",;:)-" or head[0].islower())


def is_furniture(line: str, prefixes: frozenset[str]) -> bool:
    """Page furniture, not news: a link to another story in brackets, a caption or credit line."""
    stripped = line.strip()
    if stripped.startswith("[") and stripped.endswith("]"):
        return True
    low = stripped.casefold()
    return any(low.startswith(p) for p in prefixes)
