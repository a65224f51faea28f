"""What decides an event's status and type beyond its trigger word.

Status: words and morphology around the trigger say whether it is negated ("n'a pas attaqué"),
hypothetical ("pourrait", "if", a question) or announced ("will withdraw"). Type: a verb that ends
the event ("lifted the curfew"), a refusal of something yielding, an announced action (a promise or
threat), civilians mobilising, crowds rioting and damage done by an attack change the trigger's
PLOVER type (`final_type`). Some triggers are no event of their own (`no_event_of_its_own`): the
content of a speech act ("demanded the release"), the demand of a protest, a word inside a name, a
verb used as an adjective ("the captured heat"). Used by `eventmill.stages.events`.
"""
from __future__ import annotations

from functools import lru_cache

from eventmill import resources
from eventmill.arguments import Context, carrier
from eventmill.models import Count, Mention
from eventmill.text import norm
from eventmill.triggers import Trigger

# actor kinds that deploy forces: anyone else who mobilises or wrecks property is protesting or rioting
ARMED_KINDS = {"military", "police", "rebel", "jihadist", "militia", "government", "country"}
# named institutions whose mobilising is no protest (an agency dispatching inspectors, a company on
# alert); a named association mobilising is (POPCORN: "l'association Energie Verte s'est mobilisée")
INSTITUTION_KINDS = {"business", "media", "igo"}
# speech-act types whose complement is the content of the act, not a second event
SPEECH_TYPES = {"REQUEST", "THREATEN", "ACCUSE", "REJECT", "AGREE", "CONSULT", "SUPPORT"}
# agreeing, meeting, giving: refusing one of them is a REJECT (PLOVER)
YIELDING_TYPES = {"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "CONCEDE", "AID"}


def modifier(ctx: Context, k: int) -> str | None:
    """The status word token k is (negation, hypothetical, future...), if any."""
    tok = ctx.toks[k]
    for key in (norm(tok.lemma), norm(tok.text)):
        kind = ctx.lex.modifiers.get(key)
        if kind is None:
            continue
        pos = ctx.lex.modifier_pos.get(key)
        if pos and tok.pos not in (("VERB", "AUX") if pos == "VERB" else (pos,)):
            return None  # "abuser de son pouvoir": the noun, not the modal verb
        if kind == "hypothetical" and tok.pos in ("VERB", "AUX") and "VerbForm=Part" in tok.morph and (
                "Tense=Past" in tok.morph):
            return None  # "ont pu être appréhendés": they managed to, so it happened ("awaiting" did not)
        return kind
    return None


def status_flags(ctx: Context, trig: Trigger) -> dict[str, bool]:
    """Whether the trigger is negated, hypothetical or announced, from the words and morphology near it."""
    toks, v = ctx.toks, trig.head
    governors = ctx.tree.ancestors(v)[:2]
    near = [v] + ctx.tree.children(v) + governors
    verb = [v]
    if trig.row.pos == "NOUN" and toks[v].dep in ("obj", "obl:arg") and toks[v].head != v:
        # an event noun takes its status from the verb that carries it ("will extend the curfew")
        verb.append(toks[v].head)
        near += ctx.tree.children(toks[v].head, "aux", "advmod")
    kinds = {modifier(ctx, k) for k in near
             if k == v or toks[k].dep in ("advmod", "aux", "aux:tense", "mark", "det") or k in governors}
    morph = " ".join(toks[k].morph for w in verb for k in [w] + ctx.tree.children(w, "aux"))
    sentence = ctx.doc.sentences[toks[v].sent].text.rstrip(" \n\"'\u201d\u2019\u00bb)")
    future = "future" in kinds or "Tense=Fut" in morph
    # a clause as subject names a kind of action, not one that happened ("Capturing drones with nets
    # is one of several options", "Forcing manufacturers to ... is another")
    generic = any(toks[k].dep.startswith("csubj") for k in [v] + ctx.tree.ancestors(v)[:4])
    # "kidnappings and violence are commonplace": an event noun said to be common names a kind of event
    subj = toks[v].head if toks[v].dep == "conj" else v
    # an infinitive on a noun says what could or should be done ("no other way to defend their
    # communities", "plans to attack"), except on an attempt, which was made ("an attempt to kill")
    if toks[v].dep.startswith("acl") and "VerbForm=Inf" in toks[v].morph and toks[v].head != v:
        generic = generic or modifier(ctx, toks[v].head) != "attempt"
    pred = toks[subj].head  # the adjective, or the copula it hangs from (English: "are -xcomp-> commonplace")
    generic = generic or (toks[subj].dep.startswith("nsubj") and any(
        modifier(ctx, k) == "generic" for k in [pred] + ctx.tree.children(pred, "xcomp")))
    return {
        "negated": bool({"negation", "denial"} & kinds) or "Polarity=Neg" in morph,
        # "denied reports that a deal had been offered": not asserted, but nobody refused anything
        "denied": "denial" in kinds,
        # a question asks whether something happened ("Why do I have to sign?"); a main clause under
        # a condition ("If they ratify it, we would accept") says what would happen, unless it is an
        # announced action, which with its condition is a threat or a promise ("will withdraw unless")
        "hypothetical": (bool({"hypothetical", "ultimatum"} & kinds) or "Mood=Cnd" in morph or sentence.endswith("?")
                         or generic
                         or (_under_condition(ctx, v) and not future)),
        "future": future,
    }


def _under_condition(ctx: Context, v: int, kinds: tuple[str, ...] = ("hypothetical", "ultimatum")) -> bool:
    """The trigger's clause, or a clause above it, carries a condition ("if", "si", "unless")."""
    for k in [v] + ctx.tree.ancestors(v)[:3]:
        for c in ctx.tree.children(k, "advcl"):
            if any(ctx.lex.modifiers.get(norm(ctx.toks[m].lemma)) in kinds for m in ctx.tree.children(c, "mark")):
                return True
    return False


def modes_in_sentence(ctx: Context, trig: Trigger) -> list[str]:
    """Modes set by words in the trigger's sentence ("obus" -> heavy-weapons), for its type."""
    return [mode for typ, mode in ctx.modes_in(ctx.toks[trig.head].sent) if typ == trig.row.type]


def final_type(ctx: Context, trig: Trigger, flags: dict[str, bool], modes: tuple[str, ...],
               actors: tuple[Mention, ...], actor_heads: list[int], counts: dict[str, Count],
               prevented: bool = False) -> tuple[str, tuple[str, ...], dict[str, bool]]:
    """The event's type once its verb, status and parties are read, with its modes and flags (a
    refusal is no longer negated): the trigger's own type is only where reading starts."""
    etype = trig.row.type
    flags = dict(flags)
    if ending_verb(ctx, trig) is not None:
        # "lifted the curfew", "halted economic aid": the event is the ending (xx/ended.tsv)
        etype = _endings().get(etype, etype)
    denied = flags.pop("denied", False)
    if flags["negated"] and etype in YIELDING_TYPES and not flags["hypothetical"] and not denied:
        # "will not accept more refugees", "would not meet the demands": saying no is a rejection
        etype, flags["negated"] = "REJECT", False
    if prevented:
        # (`prevented_protest`) "police prevented the demonstration": coercion by whoever stops it
        etype, modes, flags["negated"] = "COERCE", ("restrict",), False
    if flags["future"] and not flags["negated"]:
        # an announced action is coded as the promise or threat it is (resources/xx/intent.tsv);
        # one held over the other side until it gives in is a threat ("will withdraw unless ...")
        etype = "THREATEN" if _under_condition(ctx, trig.head, ("ultimatum",)) else _intents().get(etype, etype)
    if etype == "MOBILIZE" and actors and not any(
            m.actor and (m.actor.kind in ARMED_KINDS or (m.actor.kind in INSTITUTION_KINDS and not m.actor.generic))
            for m in actors):
        # civilians "se mobilisent" against something: that is a protest, not a deployment; a named
        # company, agency or newspaper on alert or sending staff is not protesting
        etype = "PROTEST"
    destruction = etype == "COERCE" and "destroy" in modes
    sent = ctx.toks[trig.head].sent
    if destruction and (any(k in ctx.assault_heads or _names_weapon(ctx, k) for k in actor_heads) or (
            not actor_heads and any(ctx.toks[h].sent == sent for h in ctx.assault_heads))):
        # "the explosion destroyed nearby buildings", "the blast ..., while two cars were destroyed":
        # damage done by an attack, or with no other doer in the attack's sentence, is part of it
        etype, modes, destruction = "ASSAULT", (), False
    if (etype == "ASSAULT" or destruction) and _rioters(actors, counts, destruction):
        # PLOVER codes a riot as a protest
        etype, modes = "PROTEST", ("riot",)
    return etype, modes, flags


def prevented_protest(ctx: Context, trig: Trigger, flags: dict[str, bool]) -> bool:
    """A protest that a named subject prevented ("Turkish police prevented the demonstration")."""
    v = trig.head
    gov = ctx.toks[v].head
    return (trig.row.type == "PROTEST" and flags["negated"] and not flags["hypothetical"] and gov != v
            and ctx.toks[v].dep == "obj" and ctx.toks[gov].pos == "VERB" and modifier(ctx, gov) == "negation"
            and bool(ctx.tree.children(gov, "nsubj")))


def _rioters(actors: tuple[Mention, ...], counts: dict[str, Count], destruction: bool) -> bool:
    """Violence by protesters ("protesters clashed with police", "des manifestants ont saccagé"), or
    property wrecked by a counted crowd of unarmed people ("une vingtaine de jeunes gens")."""
    if not actors:
        return False
    known = [m for m in actors if m.actor and m.actor.kind != "other"]  # a plain phrase names no side
    if known and all(m.actor.kind == "protesters" for m in known):
        return True
    return destruction and "size" in counts and all(
        m.actor and m.actor.generic and m.actor.kind not in ARMED_KINDS for m in actors)


def ending_verb(ctx: Context, trig: Trigger) -> int | None:
    """The verb that ends the event this noun names ("lifted the curfew"), if any."""
    toks = ctx.toks
    if trig.row.pos != "NOUN":
        return None
    noun = carrier(ctx, trig.head)
    gov = toks[noun].head
    if gov != noun and toks[noun].dep in ("obj", "obl:arg", "nsubj:pass") and ctx.lex.support.get(
            norm(toks[gov].lemma)) == "end":
        return gov
    return None


def _names_weapon(ctx: Context, k: int) -> bool:
    """Token k is an ASSAULT mode word: a weapon or a kind of attack ("the bomb", "shelling")."""
    return any(typ == "ASSAULT" for typ, _ in ctx.lex.modes.get(norm(ctx.toks[k].lemma)))


@lru_cache(maxsize=None)
def _endings() -> dict[str, str]:
    """What each type becomes when a verb ends it (resources/xx/ended.tsv)."""
    return {r["type"]: r["ended"] for r in resources.table("xx", "ended.tsv") if r.get("type")}


@lru_cache(maxsize=None)
def _intents() -> dict[str, str]:
    """What each type becomes when it is announced (resources/xx/intent.tsv)."""
    return {r["type"]: r["intent"] for r in resources.table("xx", "intent.tsv") if r.get("type")}


def inside_name(ctx: Context, trig: Trigger) -> bool:
    """A capitalised trigger word inside a name ("l'association Aide pour tous") is not an event."""
    t = ctx.toks[trig.head]
    first_of_sentence = t.i == 0 or ctx.toks[t.i - 1].sent != t.sent
    return t.text[:1].isupper() and not first_of_sentence and (t.ent != "" or t.i in ctx.actor_at)


# dependencies that put a word inside what another word says, asks or refuses ("rejected the
# offer", "refused to meet", "calling for the removal"); adverbial clauses are separate facts
COMPLEMENT_DEPS = ("obj", "xcomp", "ccomp", "obl", "nmod", "acl", "conj", "iobj", "nsubj:pass", "amod",
                   "compound")
# dependencies that attach the purpose of a protest to it ("demonstrated ... calling for autonomy",
# "a hunger strike to demand his release"): the demand is what the protest is about, not a second event
PURPOSE_DEPS = ("advcl", "xcomp", "acl", "conj")


def protest_demand(ctx: Context, trig: Trigger, protest_heads: set[int]) -> bool:
    """True when a REQUEST trigger states what a protest in its sentence demands, or a destruction
    how it went ("prisoners rioted, setting fire to their cells"): part of the protest, not an event."""
    destruction = trig.row.type == "COERCE" and trig.row.mode == "destroy"
    return (trig.row.type == "REQUEST" or destruction) and _reaches(ctx, trig.head, protest_heads, PURPOSE_DEPS, 2)


def no_event_of_its_own(ctx: Context, trig: Trigger, speech: set[int], enders: set[int], protests: set[int]) -> bool:
    """Whether a trigger names no event of its own: what a speech act says or a protest demands, a
    verb ending an event noun, a word inside a name or a participant noun, a verb of saying that
    judges or a verb used as an adjective, a unit under attack."""
    toks, v, row = ctx.toks, trig.head, trig.row
    if speech_content(ctx, trig, speech) or v in enders or protest_demand(ctx, trig, protests):
        return True
    if inside_name(ctx, trig) or v in ctx.actor_at:
        return True  # a participant noun ("un des manifestants a été battu") names people, not an event
    if row.pos == "VERB" and row.type in SPEECH_TYPES and any(
            modifier(ctx, c) == "copula" for c in ctx.tree.children(v, "xcomp")):
        # "the fair promises to be the most energetic yet", "the crisis threatens to become a war": a
        # verb of saying before a copula judges how something will be; nobody promises or threatens
        return True
    if row.pos == "VERB" and not row.count and (
            toks[v].dep == "amod" or (toks[v].dep == "conj" and toks[toks[v].head].dep == "amod")):
        # "the alleged bombers", "its long-threatened invasion", "a frightened and intimidated
        # community", "the captured heat": a verb as an adjective describes, it reports nothing
        # (a victim's participle still counts them: "three wounded soldiers")
        return True
    # "attacked an army patrol", "ambushed a convoy": the unit attacked is the victim, not a deployment
    return (row.type == "MOBILIZE" and row.pos == "NOUN" and toks[v].dep.startswith(("obj", "obl", "nsubj:pass"))
            and toks[v].head in ctx.assault_heads)


def speech_content(ctx: Context, trig: Trigger, speech_heads: set[int]) -> bool:
    """True when the trigger is the content of a speech-act or protest trigger (what was demanded)."""
    return _reaches(ctx, trig.head, speech_heads, COMPLEMENT_DEPS, 4, stop=lambda t: _own_fact(ctx, t))


def _own_fact(ctx: Context, t) -> bool:
    """A phrase that states a fact of its own inside what is said: a relative clause on an event noun
    ("not charged with taking part in the attack, which killed three people"), or a circumstance
    ("called for protests following the slaying of seven demonstrators")."""
    if t.dep == "acl:relcl":
        return t.head in ctx.trigger_heads and ctx.toks[t.head].pos == "NOUN" and "VerbForm=Fin" in t.morph
    return t.dep.startswith(("obl", "nmod")) and any(
        ctx.lex.modifiers.get(norm(ctx.toks[c].text)) == "circumstance" for c in ctx.tree.children(t.i, "case"))


def _reaches(ctx: Context, k: int, heads: set[int], deps: tuple[str, ...], steps: int, stop=None) -> bool:
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
