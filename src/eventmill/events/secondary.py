"""Triggers that name no event of their own because another event of their sentence is what is reported.

News tells one act per clause and hangs its manner, its reason and its scene on it:

- a participle clause after a comma says how or why the act was done ("rejected the proposal,
  urging India to sign another", "declared a state of siege, suspending parts of the constitution"),
  and so does what a participle of saying says ("refused to meet him, saying he would only welcome
  him in Jerusalem");
- a past participle on a noun, short of harm, says who a party of the reported event is ("opened its
  borders to West Africans ordered out of Nigeria");
- an event noun in a phrase of circumstance (`circumstance` prepositions of `modifiers.tsv`: "during",
  "amid") in a sentence that reports an event of another type is its scene ("rioting during a G8
  summit", "students rallied during the president's visit").

- a word act, an accord or a measure (no harm, no protest) told in a phrase or a clause of sequence ("after",
  "following", "après") in a sentence that reports an event of another type is what that event came
  after, not a second report ("demanded elections after a court cleared him in a corruption trial").

A participle of harm (ASSAULT, COERCE) is left to the merge: "attacked the village, killing twelve"
carries the dead the attack is counted by. A protest noun is left as it is: "arrested during a
demonstration" is often the only report of the demonstration.
"""

from __future__ import annotations

from collections.abc import Mapping

from eventmill import ontology
from eventmill.events.context import Context
from eventmill.events.matching import Trigger
from eventmill.events.status import modifier
from eventmill.reporting import reporting_verbs
from eventmill.text import norm

# "during", "amid", "despite", and the reasons "over", "because of": not the `sequence` words ("after the
# explosion, the minister sent instructions"), whose phrase is as often the only report of the incident before
SCENE_KINDS = ("circumstance", "cause")
# and "under" a deal or an amnesty, short of harm ("freed 21 prisoners under a deal brokered by the Red Cross";
# not "placed under house arrest", "came under attack")


def elaboration(ctx: Context, trig: Trigger, types: Mapping[int, str]) -> bool:
    """Trigger verb `trig` is in a participle clause on another event (or in what such a participle of
    saying says): it tells how or why that event was done, not a second one."""
    if trig.row.pos != "VERB" or trig.row.type in ontology.in_class("harm"):
        return False
    toks = ctx.toks
    k = trig.head
    if _grounds(ctx, k, trig.row.type, types):
        return True
    if toks[k].dep == "conj" and toks[k].head < k:
        k = toks[k].head  # "suspending parts of the constitution and closing the press"
    said = toks[k].head
    if toks[k].dep == "ccomp" and said != k and norm(toks[said].lemma) in reporting_verbs(ctx.doc.lang or ""):
        k = said  # "..., saying he would only welcome him in Jerusalem"
    if not _participle_clause(ctx, k):
        return False
    h = toks[k].head
    return h in types or any(o in types for o in ctx.tree.children(h, "obj"))


def _grounds(ctx: Context, k: int, etype: str, types: Mapping[int, str]) -> bool:
    """Verb k, a gerund of an act short of harm, protest or speech, is opened by a preposition of complement
    ("for", "of": cases.tsv) on the trigger of a measure of another type, or on its object: what the measure
    was for ("blacklisted four companies for supplying drone parts", "convicted Lafarge of financing
    terrorism"), not a second report."""
    toks, tree = ctx.toks, ctx.tree
    feats = toks[k].morph.split("|")
    if toks[k].pos != "VERB" or "Aspect=Prog" not in feats or tree.children(k, "nsubj", "aux"):
        return False
    if etype not in ontology.in_class("statement") or etype in ontology.in_class("speech"):
        # what was said, and a protest, stay events of their own ("expelled the envoy for criticising the king")
        return False
    if not any(ctx.lex.case_is(toks[m].text, "complement") for m in tree.children(k, "mark", "case")):
        return False
    h = toks[k].head
    if h not in types and toks[h].dep == "appos":
        h = toks[h].head  # ("convicted the cement maker Lafarge of financing terrorism")
    if h not in types and toks[h].dep == "obj":
        h = toks[h].head
    # (a speech act's reason is what it says: "condemned Iran for supplying drones" accuses it of that)
    return types.get(h, etype) not in (etype, *ontology.in_class("speech"))


def _participle_clause(ctx: Context, k: int) -> bool:
    """Token k heads a clause of a present participle with no subject or conjunction of its own, after
    the verb it hangs on and a comma ("..., urging the counterpart to sign")."""
    toks, tree = ctx.toks, ctx.tree
    t = toks[k]
    if t.dep != "advcl" or t.pos != "VERB" or t.head >= k or t.head == k:
        return False
    feats = t.morph.split("|")
    if "Aspect=Prog" not in feats or "VerbForm=Part" not in feats:
        return False
    if tree.children(k, "nsubj", "mark", "aux"):
        return False
    first = min(tree.subtree(k))
    return first > 0 and toks[first - 1].text == "," and toks[first - 1].sent == t.sent


def scene(ctx: Context, trig: Trigger, types: Mapping[int, str]) -> bool:
    """Event noun `trig` is in a phrase of circumstance ("during a G8 summit") in a sentence that reports an event of another type: the scene of that event, not a report of its own."""
    toks = ctx.toks
    v = trig.head
    if trig.row.pos != "NOUN" or not toks[v].dep.startswith(("obl", "nmod")):
        return False
    if trig.row.type == "PROTEST":
        # "arrested during a demonstration": often the only report of the demonstration; but "recalled its
        # ambassador in protest at the strikes" tells why the ambassador was recalled
        return _manner(ctx, v, trig.row.type, types)
    # (through a noun of number: "despite the recent wave of bombings", "because of a series of attacks")
    of = toks[v].dep == "nmod" and ctx.lex.case_is(ctx.tree.case(v), "of") and toks[toks[v].head].pos == "NOUN"
    p = toks[v].head if of else v
    mods = ctx.lex.modifiers
    cases = {mods.get(norm(toks[c].text)) for c in {*ctx.tree.children(v, "case"), *ctx.tree.children(p, "case")}}
    if "framework" in cases and trig.row.type not in ontology.in_class("harm"):
        # (only on the verb of another act: "put under investigation" is the investigation itself)
        return types.get(toks[p].head, trig.row.type) != trig.row.type
    if not cases & set(SCENE_KINDS):
        return False
    if "circumstance" not in cases and trig.row.type in ontology.in_class("harm") and _told_whole(ctx, v):
        return False  # "arrested two men over the bombing on Sunday of a bus station in Kano": its only report
    # the event it is the scene of: any trigger of another type in its sentence, outside its phrase
    # (the parser may hang the phrase on a word between: "role in rioting during a G8 summit")
    return _other_event(ctx, v, trig.row.type, types)


def _told_whole(ctx: Context, v: int) -> bool:
    """Event noun v names its own day, or a place after a preposition, in its phrase: an incident told, not
    only a reason ("the bombing on Sunday of a bus station in Kano"; not "the Lockerbie bombing")."""
    inside = [k for k in ctx.tree.subtree(v) if k != v]
    return any(k in ctx.date_at or (k in ctx.place_at and ctx.tree.case(k)) for k in inside)


def errand(ctx: Context, trig: Trigger, types: Mapping[int, str]) -> bool:
    """A protest verb in a purpose clause of a statement or a measure of another type ("summoned the U.S.
    ambassador to protest against the arms sale", "recalled its envoy to protest"): the protest is made by
    that act, not in the street (a crowd's "gathered to protest" has no such act above it). On a participle
    that says who held an event noun ("prevented the demonstration staged by students to protest the
    decision"), it is the aim of that event."""
    toks, v = ctx.toks, trig.head
    if trig.row.type != "PROTEST" or trig.row.pos != "VERB" or toks[v].dep != "advcl":
        return False
    if "VerbForm=Inf" not in toks[v].morph or not any(
        modifier(ctx, m) == "purpose" for m in ctx.tree.children(v, "mark", "aux")
    ):
        return False
    h = toks[v].head
    if toks[h].dep == "acl" and toks[h].pos == "VERB" and toks[h].head in types:
        return True
    act = types.get(h)
    return act is not None and act != trig.row.type and act in ontology.in_class("statement")


def _manner(ctx: Context, v: int, etype: str, types: Mapping[int, str]) -> bool:
    """Event noun v is bare and singular in a phrase on the trigger verb of an event of another type (or on
    a noun there: "en signe de protestation"): the manner of that event, no report of its own ("withdrew its
    ambassador in protest", "a rappelé son ambassadeur en protestation")."""
    toks, tree = ctx.toks, ctx.tree
    if "Number=Sing" not in toks[v].morph or tree.children(v, "det", "nmod:poss", "nummod"):
        return False
    h = toks[v].head
    if toks[v].dep == "nmod" and toks[h].dep.startswith("obl") and not tree.children(h, "det", "nummod"):
        h = toks[h].head
    elif toks[v].dep == "nmod" and toks[h].dep == "obj":
        h = toks[h].head  # (the parser hangs it on the object: "a expulsé l'ambassadeur en protestation")
    elif not toks[v].dep.startswith("obl"):
        return False
    return h != v and types.get(h) not in (None, etype)


def backstory(ctx: Context, trig: Trigger, types: Mapping[int, str]) -> bool:
    """Trigger verb `trig` is a past participle on a noun, short of harm ("West Africans ordered out of
    Nigeria"), in a sentence that reports an event of another type: it tells who someone is."""
    v = trig.head
    if trig.row.pos == "VERB" and trig.row.type in ontology.in_class("harm"):
        return _held_before(ctx, v, trig.row.type, types)
    if trig.row.pos != "VERB" or "Tense=Past" not in ctx.toks[v].morph.split("|"):
        return False
    if not _on_noun(ctx, v):
        return False
    return _other_event(ctx, v, trig.row.type, types)


def _held_before(ctx: Context, v: int, etype: str, types: Mapping[int, str]) -> bool:
    """Harm verb v, in the past, is in a clause on what an act of no harm frees, returns or pardons ("released
    a tourist who had been detained for eight months", "must return a helicopter that was captured last week",
    "pardoned 40 activists jailed over the protests"): how that party came to be held, not a second report."""
    toks = ctx.toks
    if toks[v].dep not in ("acl", "acl:relcl"):
        return False
    n = toks[v].head
    # (not a clause on an event noun: "condemned an air strike on a market that killed 10 civilians")
    if toks[n].pos not in ("NOUN", "PROPN") or n in types or n in ctx.trigger_heads:
        return False
    while toks[n].dep == "conj" and toks[n].head < n:
        n = toks[n].head  # ("will release the prime minister and 30 members of his government, whom they had taken")
    if toks[n].dep not in ("obj", "nsubj:pass"):
        return False
    h = toks[n].head
    # (the act may be read off its modal: "Sudan must return a helicopter", REQUEST)
    act = types.get(h, next((types[a] for a in ctx.tree.children(h, "aux") if a in types), None))
    if act is None or act == etype or act in ontology.in_class("harm"):
        return False
    return any("Tense=Past" in toks[a].morph.split("|") for a in [v, *ctx.tree.children(v, "aux", "aux:pass")])


def _other_event(ctx: Context, v: int, etype: str, types: Mapping[int, str]) -> bool:
    """A trigger of another type than `etype` in v's sentence, outside the phrase v heads."""
    toks = ctx.toks
    inside = set(ctx.tree.subtree(v))
    sent = toks[v].sent
    return any(toks[h].sent == sent and h not in inside and ty != etype for h, ty in types.items())


def _on_noun(ctx: Context, v: int) -> bool:
    """Verb v is a past participle on a noun, with no subject or agent of its own ("West Africans ordered
    out of Nigeria"; the parser may take it for a finite verb)."""
    toks, tree = ctx.toks, ctx.tree
    t = toks[v]
    if t.dep != "acl" or toks[t.head].pos not in ("NOUN", "PROPN") or tree.children(v, "nsubj", "aux"):
        return False
    return not any(toks[c].dep == "obl:agent" or ctx.lex.case_is(tree.case(c), "agent") for c in tree.children(v))


def sequel(ctx: Context, trig: Trigger, types: Mapping[int, str]) -> bool:
    """Trigger `trig`, of no harm and no protest verb, is in a phrase or a clause opened by a word of sequence
    (`sequence` in modifiers.tsv, as a preposition, a conjunction or an adverb) on the trigger of an act of
    another type, of no harm either: what that act followed ("resigned following talks with the rebels",
    "demanded elections after a court cleared him in a corruption trial"). An attack there is often the
    only report of it ("arrested after the attack"), and what an attack came after is part of its story
    ("the blast came hours after a threatening call")."""
    etype = trig.row.type
    harm = ontology.in_class("harm")
    # a protest named by a noun after a statement or a measure is what that act answered ("the speaker quit
    # following mass protests", "deployed riot police ahead of the planned rally"); a protest told by its
    # verb stays a report ("after students marched"), and so does any attack: "reinforced security after
    # the bombing" is as often the only report of the bombing
    if etype in harm or (etype in ontology.in_class("aim") and trig.row.pos != "NOUN"):
        return False
    toks, tree = ctx.toks, ctx.tree
    a = toks[trig.head].head
    if toks[trig.head].dep == "nmod" and toks[a].dep == "advmod" and _is_sequence(ctx, a):
        # ("deployed riot police ahead of the planned rally": the phrase hangs on the adverb)
        act = _act_at(ctx, toks[a].head, types)
        return act is not None and act != etype and act not in harm
    for k in [trig.head, *tree.ancestors(trig.head)[:3]]:
        # (a phrase on a noun tells what the noun is: "a statement after a meeting" leaves the meeting held)
        # (or on the event noun of the act: "called off talks with Pakistan after the attack in Kashmir")
        on_act = k == trig.head and toks[k].dep == "nmod" and types.get(toks[k].head, etype) != etype
        if (on_act or toks[k].dep.startswith(("obl", "advcl"))) and any(
            _is_sequence(ctx, m) and toks[m].pos in ("ADP", "SCONJ", "VERB")  # ("following" may be tagged a verb)
            for m in tree.children(k, "case", "mark")
        ):
            # (a clause of what is yet to come is left to the status words: "must accept elections before
            # the rebels disarm")
            # (a gerund has no tense of its own: "after meeting the rebels")
            verbs = [k, *tree.children(k, "aux", "aux:pass")]
            if (
                toks[k].dep.startswith("advcl")
                and any("VerbForm=Fin" in toks[a].morph for a in verbs)
                and not any("Tense=Past" in toks[a].morph for a in verbs)
            ):
                return False
            # (what an attack came after is part of its story: "gunned down minutes after she was suspended")
            # (or the event noun that verb carries: "reaffirmed its support for the accord after talks")
            h = toks[k].head
            if h not in types and toks[h].dep.startswith("acl") and toks[h].pos == "VERB":
                # (the parser may hang the phrase on a participle of the act's object: "backed down on
                # changes affecting Karakalpakstan after unrest", "reversed the fuel subsidy cut after a strike")
                h = toks[toks[h].head].head
            act = _act_at(ctx, h, types)
            return act is not None and act != etype and act not in harm
        if toks[k].dep.startswith("acl"):
            return False  # a clause that says who someone is ("after a driver who had been accused of theft")
    return False


def compared(ctx: Context, trig: Trigger, types: Mapping[int, str]) -> bool:
    """Trigger `trig` tells an act of the type of the subject of a verb that places that subject's incident after
    it (`juxtaposed` in modifiers.tsv): "The shooting came less than a month after a gunman killed 10 shoppers in
    Buffalo", "The attack follows a bombing in Quetta": an earlier incident named to set the news beside, not
    news of its own (an act of another type there is what the incident answered: "The march came after police
    shot a teenager"; one with a day of its own, or days before, is news too)."""
    toks, tree = ctx.toks, ctx.tree
    k = trig.head
    h = toks[k].head
    if h == k or ctx.lex.modifiers.get(norm(toks[h].lemma)) != "juxtaposed":
        return False
    after = toks[k].dep == "obj" or (
        toks[k].dep.startswith(("obl", "advcl")) and any(_is_sequence(ctx, m) for m in tree.children(k, "case", "mark"))
    )
    # (a day of its own makes it news the article reports too: "The protest came two days after about 5,000 farmers
    # marched through Paris on Saturday"; and so does a gap of days or hours, `recent`: "The assault came days after
    # Taliban gunmen attacked a hotel in Kabul")
    dated = any(d in ctx.date_at or ctx.lex.modifiers.get(norm(toks[d].lemma)) == "recent" for d in tree.subtree(k))
    return after and not dated and any(types.get(s) == trig.row.type for s in tree.children(h, "nsubj"))


def _is_sequence(ctx: Context, m: int) -> bool:
    """Token m is a word of sequence (`sequence` in modifiers.tsv: "after", "following", "ahead")."""
    t = ctx.toks[m]
    return "sequence" in (ctx.lex.modifiers.get(norm(t.lemma)), ctx.lex.modifiers.get(norm(t.text)))


def _act_at(ctx: Context, h: int, types: Mapping[int, str]) -> str | None:
    """The type of the act whose trigger is h, or the event noun h carries as its object."""
    return types.get(h, next((types[o] for o in ctx.tree.children(h, "obj") if o in types), None))
