"""Speakers who stand aside from a report: the subject of a reporting verb that does not govern it
("Sudan's army and the RSF agreed to a truce, U.S. Secretary of State Antony Blinken said, after ten
days of fighting that has killed 400 people": Blinken says so, he did not fight). "Police said three
men were arrested" keeps the police, whose verb governs the arrest. Read by `events.arguments`."""

from __future__ import annotations

from eventmill import ontology
from eventmill.events.context import Context
from eventmill.reporting import reporting_lexicon, reporting_verbs
from eventmill.text import norm


def asides(ctx: Context, v: int) -> set[int]:
    """The tokens of the subjects of the reporting verbs of token v's sentence that are not above v."""
    toks = ctx.toks
    above = set(ctx.tree.ancestors(v))
    verbs = reporting_verbs(ctx.doc.lang or "")
    out: set[int] = set()
    for t in ctx.by_sentence.get(toks[v].sent, []):
        if t.pos in ("VERB", "AUX") and t.i not in above and t.i != v and norm(t.lemma) in verbs:
            for s in ctx.tree.children(t.i, "nsubj"):
                out.update(ctx.tree.subtree(s))
    return out


def spokespeople(ctx: Context, v: int) -> set[int]:
    """The tokens of the people who report token v's act: a named person, or anyone described as a
    spokesman or a source, subject of a reporting verb above it ("Police spokeswoman Resila Onyango
    said 312 people had been arrested"). A person telling of a deed is no doer of it; a body that says
    so may be ("Hamas said two soldiers were captured"), unless it only bears witness (`witness` kinds
    of actor_kinds.tsv: "Amnesty International said three protesters were killed")."""
    toks = ctx.toks
    verbs = reporting_verbs(ctx.doc.lang or "")
    nouns = reporting_lexicon(ctx.doc.lang or "")
    out: set[int] = set()
    path = [v, *ctx.tree.ancestors(v)]
    for below, a in zip(path, path[1:]):
        if a == v or toks[a].pos not in ("VERB", "AUX") or norm(toks[a].lemma) not in verbs:
            continue
        if toks[below].dep not in ("ccomp", "parataxis"):
            continue  # the deed is what the verb reports, not its own act ("declared a state of siege, arresting ...")
        # (and a name before the verb the parser did not make its subject: "Munir Ahmad Farhad(obl:npmod),
        # the spokesman for the governor, said")
        named = [c for c in ctx.tree.children(a, "obl:npmod", "npadvmod", "dep") if c < a and toks[c].pos == "PROPN"]
        # (a reporting verb joined to another shares its subject: "confirmed the attacks but said 18 were killed")
        said_by = ctx.tree.children(a, "nsubj") or (
            ctx.tree.children(toks[a].head, "nsubj") if toks[a].dep == "conj" else []
        )
        for s in [*said_by, *named]:
            phrase = ctx.tree.subtree(s)
            mouthpiece = any("noun" in nouns.get(toks[i].lemma) for i in phrase)
            for i in phrase:
                m = ctx.actor_at.get(i)
                if (
                    m is not None
                    and m.actor is not None
                    and (mouthpiece or m.actor.kind in ("person", *ontology.kinds_in("witness")))
                ):
                    out.add(i)
    return out
