"""Whether an event sits in the scope of a clause that says what could, should or must happen: what a
demand or a possibility goes on to tell in a clause of its own, with no past tense and no date, did
not happen either ("must agree to changes before they demobilize", "must reach an agreement that
allows humanitarian assistance"), nor did what a clause says is awaited ("until their demands are met")
or aimed at ("so that the marriages are banned")."""

from __future__ import annotations

from collections.abc import Callable

from eventmill.events.context import Context

# kinds of `modifiers.tsv` whose auxiliary on a governing verb leaves what it governs unrealised
UNREALISED = ("hypothetical", "obligation")
# how many links up the parse the governing clause may be
REACH = 5


def unrealised_scope(ctx: Context, v: int, kind_of: Callable[[Context, int], str | None]) -> bool:
    """Token v's clause, with no past tense and no date of its own, hangs (through other clauses of
    the same kind) from a verb with a modal of possibility or obligation ("could", "must")."""
    toks, tree = ctx.toks, ctx.tree
    if _unconfirmed(ctx, v, kind_of):
        return True
    clause = toks[v].head if toks[v].dep.startswith("aux") else v  # "must" itself: the demand is made
    while toks[clause].pos not in ("VERB", "AUX", "ADJ") and toks[clause].head != clause:
        clause = toks[clause].head
    if toks[clause].pos not in ("VERB", "AUX", "ADJ"):
        return False
    up = clause
    for _ in range(REACH):
        if _realised(ctx, up):
            return False
        # "until their demands are met": what is awaited has not happened
        marks = [kind_of(ctx, m) for m in tree.children(up, "mark")]
        if "pending" in marks or _awaited(ctx, up, kind_of):
            return True
        # nor has what a finite clause of purpose aims at ("so that same-sex marriages are banned", "afin que
        # le mariage soit interdit"; an infinitive of purpose is read by `status`)
        if "purpose" in marks and _finite(ctx, up):
            return True
        head = toks[up].head
        if head == up or toks[up].dep in ("parataxis", "root"):
            return False
        up = head
        if toks[up].pos in ("VERB", "AUX", "ADJ") and any(
            kind_of(ctx, a) in UNREALISED for a in tree.children(up, "aux")
        ):
            return True
    return False


def _unconfirmed(ctx: Context, v: int, kind_of: Callable[[Context, int], str | None]) -> bool:
    """Token v is what a negated verb of confirming (`confirm` in modifiers.tsv) governs, within three links: not
    asserted, whatever its tense ("n'ont pas confirmé qu'une demande de rançon ait été formulée", "has not
    confirmed the capture of the village", "la prise n'a pas été confirmée"; the parser often makes the subject of
    "n'est pas exclue" a plain subject: "Une grève générale n'est pas exclue")."""
    toks, tree, k = ctx.toks, ctx.tree, v
    for _ in range(3):
        if toks[k].head == k:
            return False
        dep, k = toks[k].dep, toks[k].head
        if kind_of(ctx, k) == "confirm":
            return dep in ("ccomp", "obj", "nsubj:pass", "nsubj", "dobj") and any(
                kind_of(ctx, c) == "negation" for c in tree.children(k, "advmod", "neg")
            )
    return False


def _awaited(ctx: Context, k: int, kind_of: Callable[[Context, int], str | None]) -> bool:
    """Clause k hangs, by its bare "que", on a word of waiting or on a word a preposition of waiting opens:
    the model parses "tant que le ministre ne recule pas" with the clause under "tant", and "jusqu'à ce
    que le ministre recule" with it under "ce", opened by "jusqu'"."""
    toks, tree = ctx.toks, ctx.tree
    head = toks[k].head
    if head == k or toks[k].dep not in ("acl", "ccomp", "advcl") or not tree.children(k, "mark"):
        return False
    return kind_of(ctx, head) == "pending" or any(kind_of(ctx, c) == "pending" for c in tree.children(head, "case"))


def _finite(ctx: Context, k: int) -> bool:
    """Verb k or one of its auxiliaries is finite."""
    return any("VerbForm=Fin" in ctx.toks[a].morph for a in [k, *ctx.tree.children(k, "aux", "aux:pass", "cop")])


def _realised(ctx: Context, k: int) -> bool:
    """Verb k, or its auxiliaries, is in a past tense, or a date hangs on it: something that happened."""
    toks, tree = ctx.toks, ctx.tree
    if toks[k].pos not in ("VERB", "AUX", "ADJ"):
        return False
    helpers = tree.children(k, "aux", "aux:pass", "cop")
    if any("Tense=Past" in toks[a].morph and "VerbForm=Fin" in toks[a].morph for a in [k, *helpers]):
        return True
    # a past participle alone ("a helicopter captured last week") or in the perfect ("have been killed")
    # happened; in a passive of the present ("before aid is released") it has not yet
    participle = "VerbForm=Part" in toks[k].morph and "Tense=Past" in toks[k].morph
    if participle and (not helpers or any(toks[a].dep == "aux" for a in helpers)):
        return True
    return any(d in ctx.date_at for c in tree.children(k, "obl", "advmod", "nmod") for d in tree.subtree(c))


def prospective(ctx: Context, v: int, kind_of: Callable[[Context, int], str | None]) -> bool:
    """Event noun v is what a noun of prospect (`prospect` in modifiers.tsv) opens the way to: "paved the
    way for peace talks", "a favourable climate for negotiations", "the chances of a ceasefire", "ouvre la
    voie à des négociations" tell of talks that may come, not of talks held; so does an adjective of
    willingness it is the complement of ("restait ouvert au dialogue", "se dit favorable à des négociations")."""
    toks, tree = ctx.toks, ctx.tree
    head = toks[v].head
    if head == v:
        return False
    if toks[v].dep.startswith(("nmod", "obl")) and kind_of(ctx, head) == "prospect":
        return True
    # (the parser may hang it on the verb whose object the noun of prospect is: "ouvre la voie à")
    return toks[v].dep.startswith("obl") and any(kind_of(ctx, o) == "prospect" for o in tree.children(head, "obj"))


def due(morph: str) -> str | None:
    """What a verb of what is due (`due` in modifiers.tsv) makes of what it carries, from its morphology: in the
    present, the future or the conditional it announces it ("une marche blanche doit être organisée samedi",
    "devrait se tenir"); in a past tense it tells what was done ("a dû fuir", "il devait succomber à ses blessures")."""
    past = {"Tense=Imp", "Tense=Past"} & set(morph.split("|"))
    return "future" if "VerbForm=Fin" in morph and not past else None
