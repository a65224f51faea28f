"""A date that says when a source spoke, not when what it reports happened: the date after a reporting
verb it hangs on ("..., a provincial official said Tuesday", "the ministry said on Sunday"). An event
that takes its date from the sentences before takes another date of theirs first (`eventmill.events.dates`),
and so it does over a date of an earlier act told as background ("Le jeune homme avait été tué mardi")."""

from __future__ import annotations

from eventmill.events.location import Locator
from eventmill.events.tolls import cumulative_words
from eventmill.models import Mention
from eventmill.reporting import reporting_verbs
from eventmill.text import norm


def governing_verb(loc: Locator, k: int) -> int:
    """The verb token k hangs on, the first verb above it (-1 when none)."""
    return next((a for a in loc.tree.ancestors(k) if loc.toks[a].pos in ("VERB", "AUX")), -1)


def when_said(loc: Locator, m: Mention) -> bool:
    """Date m follows the reporting verb it hangs on, the first verb above it ("said Tuesday")."""
    k = loc.place_tok[id(m)]
    verb = governing_verb(loc, k)
    return 0 <= verb < k and norm(loc.toks[verb].lemma) in reporting_verbs(loc.doc.lang or "")


def count_risen(loc: Locator, m: Mention) -> bool:
    """Date m hangs on a verb of a count's rise whose subject is a count of the dead (`rise` and `tally` rows
    of cumulative.tsv: "the death toll from the strike rose to 11 on Thursday", "le bilan s'est alourdi
    jeudi"): when the count grew, not when its incident was."""
    verb = governing_verb(loc, loc.place_tok[id(m)])
    words = cumulative_words(loc.doc.lang or "")
    if verb < 0 or words.get(norm(loc.toks[verb].lemma)) != "rise":
        return False
    return any(words.get(norm(loc.toks[s].lemma)) == "tally" for s in loc.tree.children(verb, "nsubj"))


def said_before_clause(loc: Locator, m: Mention) -> bool:
    """Date m sits between a reporting verb and the subject of the clause it reports ("said on Wednesday
    they had arrested 20 men on Monday"): when the source spoke, though a parser hangs it on the reported
    verb."""
    k = loc.place_tok[id(m)]
    verb = governing_verb(loc, k)
    if verb < 0 or loc.toks[verb].dep != "ccomp":
        return False
    said = loc.toks[verb].head
    if not (said < k and norm(loc.toks[said].lemma) in reporting_verbs(loc.doc.lang or "")):
        return False
    return any(k < s for s in loc.tree.children(verb, "nsubj", "nsubj:pass"))


def told_before(loc: Locator, m: Mention) -> bool:
    """Date m hangs on a participle whose tense auxiliary is itself past ("had been killed on Tuesday",
    "avait été tué mardi"): the story's background, before its news (UD features, any language)."""
    verb = governing_verb(loc, loc.place_tok[id(m)])
    if verb < 0 or "VerbForm=Part" not in loc.toks[verb].morph:
        return False
    return any(
        {"Tense=Imp", "Tense=Past"} & set(loc.toks[c].morph.split("|")) and "VerbForm=Fin" in loc.toks[c].morph
        for c in loc.tree.children(verb, "aux", "aux:tense")
    )
