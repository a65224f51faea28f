"""Stage 6: quotations and attributions, with the speaker's mention.

Three shapes, all language-neutral, with words from the language's `reporting.tsv`:
- direct speech in quotation marks, its speaker found through the reporting verb beside it
  ("..., a-t-il indiqué", "a poursuivi M.Tchourkine");
- indirect speech: a reporting verb with a complement clause ("a révélé que ...") or an inserted
  cue after the content ("..., précise le centre");
- source markers: "selon l'OSDH", "d'après des témoins".
Pronoun and descriptive speakers ("il", "le diplomate russe") are resolved later by the actors stage.
"""

from __future__ import annotations

import dataclasses

from eventmill.config import Config
from eventmill.models import Actor, Document, Mention, Quote, Span
from eventmill.phrases import PhraseIndex
from eventmill.registry import stage
from eventmill.reporting import reporting_lexicon
from eventmill.text import norm
from eventmill.tree import Tree

MIN_QUOTE_WORDS = 3  # shorter quoted strings are scare quotes or titles ("embargo total")


def _quoted_spans(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of text inside quotation marks, paired per paragraph; an unclosed one runs to its end."""
    out = []
    for para in doc.paragraphs:
        marks = [i for i in range(para.start, para.end) if doc.text[i] == '"']
        for a, b in zip(marks[::2], marks[1::2] + [para.end]):
            s, e = a + 1, b
            while s < e and doc.text[s] == " ":
                s += 1
            while e > s and doc.text[e - 1] in " .,":
                e -= 1
            if len(doc.text[s:e].split()) >= MIN_QUOTE_WORDS:
                out.append((s, e))
    return out


class _Speakers:
    """Finds or makes the speaker mention for a token."""

    def __init__(self, doc: Document, tree: Tree, lex: PhraseIndex[str]):
        self.doc, self.tree, self.lex = doc, tree, lex
        self.by_token: dict[int, Mention] = {}
        tok_at = {t.start: t.i for t in doc.tokens}
        for m in doc.mentions:
            if m.kind == "actor":
                k = tok_at.get(m.span.start)
                # index every token of the mention
                while k is not None and k < len(doc.tokens) and doc.tokens[k].start < m.span.end:
                    self.by_token.setdefault(k, m)
                    k += 1

    def mention(self, k: int) -> Mention | None:
        """The actor mention at token k or in its phrase; else a plain mention of the noun phrase."""
        own = self.by_token.get(k)
        # a spokesman or source speaks for the body named with it ("an army spokesman", "a
        # spokesman for the Taliban"), so that body is the speaker; any other actor speaks for itself
        if own is not None and "noun" not in self.lex.get(self.doc.tokens[k].lemma):
            return own
        sub = [i for i in self.tree.subtree(k) if self.doc.tokens[i].sent == self.doc.tokens[k].sent]
        for i in sub:
            # a demonym describing the speaker ("a Syrian military source") is not the speaker
            if i in self.by_token and self.by_token[i] is not own and not self._describes(i, k):
                return self.by_token[i]
        if own is not None:
            return own
        tok = self.doc.tokens[k]
        if tok.pos == "PRON":
            return Mention("actor", Span(tok.start, tok.end, tok.text), actor=None, head=k)
        # the noun with its determiner and adjectives, not its relative clauses
        keep = [
            i for i in sub if i == k or (self.doc.tokens[i].head == k and self.doc.tokens[i].dep in ("det", "amod"))
        ]
        s, e = self.doc.tokens[min(keep)].start, self.doc.tokens[max(keep)].end
        return Mention("actor", Span(s, e, self.doc.article.text[s:e]), actor=Actor(self.doc.article.text[s:e]), head=k)

    def _describes(self, i: int, k: int) -> bool:
        tok = self.doc.tokens[i]
        return tok.head == k and tok.dep == "amod" and self.doc.tokens[k].pos == "NOUN"


def _speaker_token(tree: Tree, v: int) -> int | None:
    """Subject of a reporting verb; inverted subjects come out as objects ("précise le centre")."""
    toks = tree.tokens
    first = min([v, *(a for a in tree.kids[v] if toks[a].dep.startswith("aux"))])
    # (not after the comma that closes the subject's apposition: "Le Premier ministre, M. X, a accusé Paris")
    # (a "subject" with a preposition is a misparse: ", dans la province d'Alep, rapportent les médias")
    subject_before = any(c < v and not tree.children(c, "case") for c in tree.children(v, "nsubj"))
    if first > 0 and toks[first - 1].text == "," and not subject_before:
        # an inserted cue ("..., rapportent les médias russes"): the speaker follows the verb
        after = [c for c in tree.children(v, "nsubj", "obj") if c > v and toks[c].pos in ("NOUN", "PROPN")]
        # (after whom it was told to, the parser may hang the speaker on that: ", a raconté à l'AFP un
        # habitant")
        after += [a for o in tree.children(v, "obl", "obl:mod") if o > v for a in tree.children(o, "appos")]
        if after:
            return after[0]
    for deps in (("nsubj",), ("expl:subj",), ("obj",)):
        cands = (
            tree.children(v, *deps)
            if deps != ("expl:subj",)
            else [c for c in tree.kids[v] if toks[c].dep == "expl:subj"]
        )
        cands = [c for c in cands if toks[c].pos in ("NOUN", "PROPN", "PRON")]
        if deps == ("obj",):
            # an inverted subject follows a finite verb or a participle with its auxiliary ("précise le
            # centre", "a indiqué la police"); an infinitive's or a gerund's object is what it is about
            # ("pour dénoncer les sanctions", "reprochant aux militaires")
            bare = "VerbForm=Inf" in toks[v].morph or (
                "VerbForm=Part" in toks[v].morph and "Tense=Pres" in toks[v].morph
            )
            cands = [c for c in cands if c > v and not bare]
        if cands:
            # "-t -il": take the real pronoun
            return cands[-1] if deps == ("expl:subj",) else cands[0]
    head = toks[v].head
    if toks[v].dep in ("conj", "advcl") and head != v and toks[head].pos in ("VERB", "AUX"):
        # "denied that ... and said ...", "claimed the attack, saying ...": the second verb shares the
        # first one's subject
        subj = tree.children(head, "nsubj")
        if subj and toks[subj[0]].pos in ("NOUN", "PROPN", "PRON"):
            return subj[0]
    return None


@stage("quotes", 7, needs=("mentions", "tokens", "sentences"), fills=("quotes",))
def quotes(doc: Document, config: Config) -> Document:
    """Direct quotes, indirect speech and source markers, each with its speaker mention and cue."""
    toks, text, raw = doc.tokens, doc.text, doc.article.text
    tree = Tree.of(toks)
    lex = reporting_lexicon(doc.lang)
    speakers = _Speakers(doc, tree, lex)
    quoted = _quoted_spans(doc)
    out: list[Quote] = []

    def inside_quote(pos: int) -> bool:
        return any(s <= pos < e for s, e in quoted)

    # the words of dates, never a source ("a-t-on appris samedi de sources locales")
    dated = {t.i for m in doc.mentions if m.kind == "date" for t in toks if m.span.start <= t.start < m.span.end}
    cues: list[tuple[int, str]] = []  # (token, kind) of reporting verbs and source markers outside quotes
    for t in toks:
        if t.pos in ("VERB", "AUX") and not inside_quote(t.start) and "verb" in lex.get(t.lemma):
            cues.append((t.i, "verb"))
    # source markers may be several words ("d'après", "de source", "aux dires de")
    for m in lex.scan(toks):
        if "prep" in m.values and not inside_quote(toks[m.first].start):
            cues.append((m.last, "prep"))
    cues.sort()

    used_quotes = set()
    for k, kind in cues:
        t = toks[k]
        sent = doc.sentences[t.sent]
        if kind == "prep":
            # "selon X": X is the phrase the marker is attached to (or the noun right after it)
            obj = t.head if t.head != k and t.head > k else _next_noun(toks, k, dated)
            speaker = speakers.mention(obj) if obj is not None else None
            content = Span(sent.start, sent.end, sent.text)
            out.append(Quote(content, speaker, norm(t.text), False, cue=Span(t.start, t.end, t.text)))
            continue
        spk_tok = _speaker_token(tree, k)
        speaker = speakers.mention(spk_tok) if spk_tok is not None else None
        cue = Span(t.start, t.end, t.text)
        # direct quotes in the same sentence, or right before it
        mine = [
            (s, e)
            for s, e in quoted
            if (s, e) not in used_quotes
            and (sent.start <= s < sent.end or (e <= sent.start and text[e : sent.start].strip(' ".,:') == ""))
        ]
        comp = tree.children(k, "ccomp")
        if (
            mine
            and comp
            and all(_within(tree, comp[0], s, e) for s, e in mine)
            and any(toks[tree.extent(comp[0])[0]].start < s for s, _ in mine)
        ):
            # words quoted inside indirect speech ("told SANA that the army ... killing "dozens of
            # terrorists""): the whole complement is what the speaker said (not a quote that is the whole
            # complement: '"They came on motorbikes," a resident told Reuters')
            used_quotes.update(mine)
            mine = []
        if mine:
            for s, e in mine:
                used_quotes.add((s, e))
                out.append(Quote(Span(s, e, raw[s:e]), speaker, t.lemma, True, cue=cue))
            continue
        if comp:
            a, b = tree.extent(comp[0])
            s, e = toks[a].start, toks[b].end
            # leave out the complementiser ("que")
            if toks[a].dep == "mark":
                s = toks[a + 1].start if a + 1 <= b else s
        elif k > 0 and toks[k - 1].text == "," or (spk_tok is not None and spk_tok > k):
            # inserted cue after the content: "Six civils ... , précise le centre."
            s, e = sent.start, toks[k].start
        else:
            continue
        while e > s and text[e - 1] in " ,":
            e -= 1
        if e > s:
            out.append(Quote(Span(s, e, raw[s:e]), speaker, t.lemma, False, cue=cue))

    # a quotation with no reporting verb near it (a whole paragraph in quotes): the speaker is the
    # actor introduced just before it
    for s, e in quoted:
        if (s, e) in used_quotes:
            continue
        speaker = _previous_subject(doc, speakers, s)
        out.append(Quote(Span(s, e, raw[s:e]), speaker, "", True))
    out.sort(key=lambda q: q.text.start)
    return dataclasses.replace(doc, quotes=tuple(out))


def _previous_subject(doc: Document, speakers: _Speakers, pos: int) -> Mention | None:
    """The first actor named before `pos` in its own sentence ('X a appelé les Maliens à "défendre la
    patrie"'), else in the sentence before it (its topic, usually the speaker)."""
    own = [s for s in doc.sentences if s.start < pos < s.end and doc.text[s.start : pos].strip(' "')]
    prev = own or [s for s in doc.sentences if s.end <= pos]
    if not prev:
        return None
    sent = prev[-1]
    for m in doc.mentions:
        if m.kind == "actor" and sent.start <= m.span.start < min(sent.end, pos):
            return m
    # no lexicon actor: take the subject noun phrase of that sentence
    for t in doc.tokens:
        if sent.start <= t.start < min(sent.end, pos) and t.dep.startswith("nsubj") and t.pos in ("NOUN", "PROPN"):
            return speakers.mention(t.i)
    return None


def _within(tree: Tree, head: int, start: int, end: int) -> bool:
    a, b = tree.extent(head)
    return tree.tokens[a].start <= start and end <= tree.tokens[b].end


def _next_noun(toks, k: int, dated: set[int]) -> int | None:
    for j in range(k + 1, min(k + 5, len(toks))):
        if toks[j].sent != toks[k].sent:
            break
        if toks[j].pos in ("NOUN", "PROPN", "PRON") and j not in dated:
            return j
    return None
