"""What a speech act says or a protest demands: a trigger inside it names no event of its own ("demanded
the release of the prisoners", "a hunger strike to demand his release"), unless it states a fact of its
own there or is the doers' next act ("defied a ban and marched"). Read by `events.rules`."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet

from eventmill import ontology
from eventmill.events.context import Context
from eventmill.events.intervention import crowd_control
from eventmill.events.matching import Trigger
from eventmill.models import Token
from eventmill.text import norm

# dependencies that put a word inside what another word says, asks or refuses ("rejected the
# offer", "refused to meet", "calling for the removal"); adverbial clauses are separate facts
COMPLEMENT_DEPS = ("obj", "xcomp", "ccomp", "obl", "nmod", "acl", "conj", "iobj", "nsubj:pass", "amod", "compound")
# dependencies that attach the purpose of a protest to it ("demonstrated ... calling for autonomy",
# "a hunger strike to demand his release"): the demand is what the protest is about, not a second event
PURPOSE_DEPS = ("advcl", "xcomp", "acl", "conj")


def on_the_march(ctx: Context, k: int, protest_heads: AbstractSet[int]) -> bool:
    """Token k is a verb with no finite form on a protest's verb: what the marchers do as they march."""
    tok = ctx.toks[k]
    return tok.dep == "advcl" and tok.head in protest_heads and "VerbForm=Fin" not in tok.morph


def protest_demand(ctx: Context, trig: Trigger, protest_heads: set[int]) -> bool:
    """True when a REQUEST trigger states what a protest in its sentence demands, or a destruction
    how it went ("prisoners rioted, setting fire to their cells"): part of the protest, not an event."""
    destruction = trig.row.type == "COERCE" and trig.row.mode == "destroy"
    tok = ctx.toks[trig.head]
    # what the marchers shout or denounce as they march is their protest's ("marched towards parliament
    # chanting ...", "thousands marched, accusing the government of corruption", "ont manifesté en dénonçant
    # le report"): a verb with no finite form and no subject of its own, on the protest's verb
    if trig.row.type == "ACCUSE" and on_the_march(ctx, tok.i, protest_heads) and not ctx.tree.children(tok.i, "nsubj"):
        return True
    if not (trig.row.type == "REQUEST" or destruction):
        return False
    if reaches(ctx, trig.head, protest_heads, PURPOSE_DEPS, 2):
        return True
    if trig.row.type == "REQUEST" and trig.row.pos == "VERB" and crowd_demands(ctx, trig.head):
        return True
    # a participle on the protesters, who are the protest's agent or subject ("une manifestation
    # organisée par des agriculteurs réclamant la fin des normes"): their demand
    if tok.dep == "conj" and ctx.toks[tok.head].dep == "acl":
        tok = ctx.toks[tok.head]  # "des manifestants arborant des banderoles et réclamant la dissolution"
    if tok.dep != "acl" or "VerbForm=Part" not in tok.morph:
        return False
    crowd = ctx.toks[tok.head]
    if crowd.dep == "nmod":
        crowd = ctx.toks[crowd.head]  # "par un groupe de personnes réclamant"
    if crowd.dep.startswith(("obj", "obl")) and crowd.head in ctx.trigger_heads:
        # ... or the crowd the police break up ("fired tear gas at workers demanding higher wages", "a
        # dispersé des étudiants réclamant la libération de leurs camarades"): what that crowd protests
        return crowd_control(ctx, crowd.head, "COERCE")
    return crowd.dep.startswith(("nsubj", "obl:agent")) and (
        crowd.head in protest_heads or any(k in protest_heads for k in ctx.tree.children(crowd.head, "nsubj"))
    )


def crowd_demands(ctx: Context, v: int) -> bool:
    """The subject of demand verb v is the crowd of a protest reported before it: a word for its
    participants or leaders ("Les grévistes réclament le retrait du projet") or a plural pronoun in the sentence
    right after the protest's ("La grève a débuté lundi. Ils réclament une augmentation"). What the crowd
    demands is what its protest is about, not a second event."""
    toks = ctx.toks
    sent = toks[v].sent
    # (the active subject only: "they are being ordered to vote" is asked, not asking)
    for k in (k for k in ctx.tree.children(v, "nsubj") if toks[k].dep == "nsubj"):
        # (or a word for whoever leads the movement: "Les syndicats réclament une hausse des salaires")
        crowd = toks[k].pos == "NOUN" and (
            k in ctx.protest_heads or ctx.lex.support.get(norm(toks[k].lemma)) == "movement"
        )
        they = toks[k].pos == "PRON" and "Number=Plur" in toks[k].morph and "Person=3" in toks[k].morph
        if crowd and any(h < k and h != k for h in ctx.protest_heads):
            return True
        if they and any(toks[h].sent in (sent - 1, sent) and h < v for h in ctx.protest_heads):
            return True
    return False


def speech_content(ctx: Context, trig: Trigger, speech_heads: dict[int, str]) -> bool:
    """True when the trigger is the content of a speech-act or protest trigger (what was demanded), or
    the verb a demand's modal governs ("Libya must hand over the suspects": what must be done)."""
    # the verb under the modal, or the event noun that is its object ("must reach an agreement")
    done = ctx.toks[trig.head].head if ctx.toks[trig.head].dep == "obj" else trig.head
    if any(a in speech_heads for k in {trig.head, done} for a in ctx.tree.children(k, "aux")):
        return True
    if trig.row.type not in ontology.in_class("speech") and _next_act(ctx, trig, speech_heads):
        return False
    if _joined_appeal(ctx, trig, speech_heads):
        return False
    if _asked_clause(ctx, trig.head, speech_heads):
        return True
    # (a modal trigger from the verb it is the auxiliary of: chanting "Ruto must go")
    tok = ctx.toks[trig.head]
    start = tok.head if tok.dep == "aux" and tok.head != tok.i else trig.head
    return reaches(ctx, start, set(speech_heads), COMPLEMENT_DEPS, 4, stop=lambda t: _own_fact(ctx, t))


def _next_act(ctx: Context, trig: Trigger, speech_heads: dict[int, str]) -> bool:
    """A finite verb joined to the speech or protest verb itself is the doers' next act, not what they
    say ("defied a ban and marched", "marched and clashed with police"); a verb joined inside what is
    said stays said ("threatened to attack the town and kill civilians"). Its caller asks it only of
    acts done on the ground: a second speech verb joined to the first ("denied it and accused ...")
    still reads as one statement; and an act of the same type is the same action ("went on strike and
    marched to the ministry")."""
    t = ctx.toks[trig.head]
    head = ctx.toks[t.head]
    if t.dep != "conj" or t.head not in speech_heads or speech_heads[t.head] == trig.row.type:
        return False
    if "VerbForm=Fin" in t.morph:
        return t.pos == head.pos == "VERB"
    # a clause of its own, with its own subject and a tense on its auxiliary ("ont défilé ..., et quatre
    # agents ont été blessés"): what happened next, not what was said
    subject = ctx.tree.children(t.i, "nsubj", "nsubj:pass")
    finite = any("VerbForm=Fin" in ctx.toks[a].morph for a in ctx.tree.children(t.i, "aux"))
    return t.pos == head.pos == "VERB" and bool(subject) and finite


def _joined_appeal(ctx: Context, trig: Trigger, speech_heads: dict[int, str]) -> bool:
    """A finite appeal joined to another kind of statement, asking someone to do something ("condemned the
    violence and called on the Taliban to join talks", "urged them to"): a second act of the same speakers,
    not what the first one says. Only an appeal with whom it is made to and what it asks, so that joined
    statements otherwise stay one ("denied it and accused ...")."""
    t = ctx.toks[trig.head]
    if trig.row.type != "REQUEST" or t.dep != "conj" or speech_heads.get(t.head, "REQUEST") == "REQUEST":
        return False
    if t.pos != "VERB" or "VerbForm=Fin" not in t.morph:
        return False
    asked = ctx.tree.children(t.i, "obj", "obl", "iobj")
    return bool(asked) and any(ctx.toks[a].i > max(asked) for a in ctx.tree.children(t.i, "xcomp"))


def _asked_clause(ctx: Context, k: int, speech_heads: dict[int, str]) -> bool:
    """Token k is inside a clause that says what a demand noun asks, where the parser hung it: as adverbial
    on the noun ("its call for Kenya to lift the ban") or, opened by a `content` mark, on the verb whose
    object the noun is ("renewed its demand that Israel ease restrictions")."""
    toks = ctx.toks
    for _ in range(3):
        t = toks[k]
        if t.head == k or toks[t.head].sent != t.sent:
            return False
        if t.dep in ("advcl", "ccomp"):
            head = toks[t.head]
            if head.pos == "NOUN" and t.head in speech_heads and t.dep == "advcl":
                return True
            return any(ctx.lex.case_is(toks[m].text, "content") for m in ctx.tree.children(k, "mark")) and any(
                o in speech_heads and toks[o].pos == "NOUN" for o in ctx.tree.children(t.head, "obj")
            )
        if not t.dep.startswith(COMPLEMENT_DEPS):
            return False
        k = t.head
    return False


def _own_fact(ctx: Context, t: Token) -> bool:
    """A phrase that states a fact of its own inside what is said: a relative clause on an event noun
    ("not charged with taking part in the attack, which killed three people"), or a circumstance
    ("called for protests following the slaying of seven demonstrators")."""
    if t.dep == "acl:relcl":
        return t.head in ctx.trigger_heads and ctx.toks[t.head].pos == "NOUN" and "VerbForm=Fin" in t.morph
    return t.dep.startswith(("obl", "nmod")) and any(
        ctx.lex.modifiers.get(norm(ctx.toks[c].text)) in ("circumstance", "sequence")
        for c in ctx.tree.children(t.i, "case")
    )


def reaches(
    ctx: Context,
    k: int,
    heads: set[int],
    deps: tuple[str, ...],
    steps: int,
    stop: Callable[[Token], bool] | None = None,
) -> bool:
    """Whether walking up from token k through `deps` links (at most `steps`, within its sentence, not
    through a token `stop` accepts) reaches one of `heads`."""
    for _ in range(steps):
        tok = ctx.toks[k]
        if tok.head == k or not tok.dep.startswith(deps) or (stop is not None and stop(tok)):
            return False
        k = tok.head
        if ctx.toks[k].sent != tok.sent:
            return False
        if k in heads:
            return True
    return False
