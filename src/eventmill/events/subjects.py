"""Who does what a verb tells: its subjects, looking through relative pronouns, shared subjects of
joined verbs and the parser's common mis-parses; and whom a participle on an event noun blames for it
("an attack blamed on ADF rebels"). Read by `events/arguments.py`."""

from __future__ import annotations

from eventmill.events.context import Context
from eventmill.text import norm


def finite_aux(ctx: Context, v: int) -> bool:
    """Verb v has a tense of its own, through a finite auxiliary ("a bombardé", not "après avoir attaqué" nor
    "en saccageant"; a verb alone may be a participle read as a past tense: "... and an Afghani injured")."""
    return any("VerbForm=Fin" in ctx.toks[k].morph for k in ctx.tree.children(v, "aux"))


def subjects_of(ctx: Context, v: int, harm: bool = False) -> list[int]:
    """Subjects of verb v, looking through relative pronouns and common mis-parses; `harm`: v kills or wounds."""
    toks, tree = ctx.toks, ctx.tree
    # "Shelling by government forces killed four civilians": an event told as the subject names its doer
    gerund = [a for c in tree.children(v, "csubj") if c in ctx.trigger_heads for a in tree.children(c, "obl:agent")]
    subjects = tree.children(v, "nsubj") or gerund
    if not subjects:
        # "Le kamikaze a d'abord tiré": the parser may hang the subject on the tense auxiliary
        # (a noun only: a pronoun found there is left unread, as it was)
        subjects = [
            s for a in tree.children(v, "aux:tense", "aux") for s in tree.children(a, "nsubj") if toks[s].pos != "PRON"
        ]
    if (
        not subjects
        and toks[v].dep in ("conj", "xcomp", "advcl", "parataxis")
        and toks[toks[v].head].pos in ("VERB", "AUX")
        and not (toks[v].dep == "advcl" and finite_aux(ctx, v))
    ):
        # "X a attaqué ... et tué ...", "X a décidé de manifester", "X ... en saccageant": the
        # dependent verb shares the governing verb's subject; an adverbial clause with a tense of its
        # own does not ("la crise s'est aggravée lorsqu'un groupe a bombardé un pont")
        subjects = tree.children(toks[v].head, "nsubj")
        head = toks[v].head
        if not subjects and toks[v].dep == "conj" and toks[head].dep in ("xcomp", "advcl") and head != v:
            # "..., killing six people and wounding 11": a conjunct shares the subject its head shares
            return subjects_of(ctx, head, harm)
    if not subjects and toks[v].dep == "advcl" and finite_aux(ctx, v):
        # "lorsqu'un groupe de criminels a bombardé un pont": the parser read the clause's subject as a
        # phrase of the governing verb, its conjunction (`moment` in modifiers.tsv) as a preposition
        subjects = [
            n
            for n in tree.children(toks[v].head, "obl", "obl:arg", "obl:mod")
            if n < v
            and toks[n].pos in ("NOUN", "PROPN")
            and any(ctx.lex.modifiers.get(norm(toks[c].text)) == "moment" for c in tree.children(n, "case"))
        ][-1:]
    up = toks[v].head
    if not subjects and toks[v].dep in ("xcomp", "ccomp") and toks[up].pos == "ADJ" and toks[up].dep == "xcomp":
        # "Scholz is due to visit Kyiv", "are guilty of violating the truce": the subject the adjective completes
        subjects = tree.children(toks[up].head, "nsubj")
    out = []
    for s in subjects:
        personal = "Person=" in toks[s].morph
        if personal and toks[v].dep == "acl:relcl" and toks[toks[v].head].head != toks[v].head:
            # "expelled two diplomats it accused": the pronoun is the subject of the verb that has the object
            out += tree.children(toks[toks[v].head].head, "nsubj") or [s]
        elif ctx.tree.opens_relative(s, v):
            # "400 miliciens qui ont participé": the relative pronoun stands for the noun, unless
            # that noun is itself an event ("the attack, which killed three people"), or a place or a
            # thing no lexicon knows as an agent inside an event noun's phrase ("the explosion at a
            # crowded market that killed three people": the explosion killed them)
            ante = toks[v].head
            inside_event = harm and ante not in ctx.actor_at and toks[ante].head in ctx.trigger_heads
            if ante not in ctx.trigger_heads and not inside_event:
                out.append(ante)
        else:
            out.append(s)
    if toks[v].dep == "conj" and toks[noun := toks[v].head].pos in ("NOUN", "PROPN") and noun < v:
        # "400 terroristes du front X et Cie ont participé": the parser hangs the verb off the first noun as a
        # conjunct; that noun is the real subject, unless it is another verb's object: "ont ouvert le feu sur
        # des habitants et incendié 45 maisons" shares that verb's subject
        verb = toks[noun].head
        if not (toks[noun].dep.startswith(("obj", "obl")) and toks[verb].pos == "VERB"):
            out.insert(0, noun)
        elif not out:
            out = tree.children(verb, "nsubj")
    return out


def blamed(ctx: Context, k: int) -> list[int]:
    """The parties a participle on event noun k says did it: the "on"/"to" phrase of a `blame` word ("an
    attack blamed on ADF rebels", "attribuée aux rebelles"), the "by" phrase of a `claim` word ("an attack
    claimed by the Islamic State", "revendiquée par l'EI")."""
    out = []
    for p in ctx.tree.children(k, "acl"):
        kind = ctx.lex.modifiers.get(norm(ctx.toks[p].lemma))
        if kind not in ("blame", "claim"):
            continue
        for g in ctx.tree.children(p, "obl", "obl:arg", "obl:agent", "obl:mod"):
            case = ctx.tree.case(g)
            if kind == "claim":
                named = ctx.lex.case_is(case, "agent") or ctx.toks[g].dep == "obl:agent"
            else:  # (not where it was blamed: "in the village of Mangodomu")
                named = any(ctx.lex.case_is(case, r) for r in ("addressee", "beneficiary", "target"))
            if g in ctx.actor_at and named:
                out.append(g)
    return out


def naming(ctx: Context, gov: int) -> bool:
    """Verb gov is a `label` verb that gives its object a name ("called the attack an act of evil",
    "described the shelling as a war crime")."""
    if ctx.lex.modifiers.get(norm(ctx.toks[gov].lemma)) != "label":
        return False
    kids = ctx.tree.children(gov)
    # (the name in quotes may hang on the object: 'called the attack "Russian terror"')
    return (
        any(ctx.toks[k].dep in ("xcomp", "oprd") for k in kids)
        or any(
            ctx.lex.modifiers.get(norm(ctx.toks[c].text)) == "label" for k in kids for c in ctx.tree.children(k, "case")
        )
        or any(ctx.tree.children(k, "appos") for k in ctx.tree.children(gov, "obj"))
    )


def elliptic_passive(ctx: Context, v: int, harm: bool = False) -> bool:
    """A conjunct of a passive verb with no auxiliary nor object of its own and a number for its
    subject is passive too ("two people were killed and 15 wounded", "... and 15 others injured"):
    the tagger reads the participle as a past tense done by the number. So is a participle with no
    subject of its own, which shares its head's ("des commerces ont été pillés et incendiés"). A
    number that killed or wounded nobody named is always their victims ("leaving 12 dead and 30 injured")."""
    toks, tree = ctx.toks, ctx.tree
    head, subjects = toks[v].head, tree.children(v, "nsubj")
    return (
        toks[v].dep == "conj"
        and head != v
        and (bool(tree.children(head, "aux:pass")) or (harm and bool(subjects)))
        and not tree.children(v, "aux", "aux:pass", "obj")
        and (
            any(toks[s].pos == "NUM" or ctx.count_on(s) is not None for s in subjects)
            if subjects
            else "VerbForm=Part" in toks[v].morph
        )
    )
