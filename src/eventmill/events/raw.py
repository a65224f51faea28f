"""A raw event: what one trigger reports, before the reports of one incident merge
(`eventmill.events.merge`), and why an event is not one the text asserts happened."""

from __future__ import annotations

from dataclasses import dataclass, field

from eventmill.models import Count, Mention, Span


@dataclass
class RawEvent:
    """An event as read from one trigger, before merging (mutable, internal to this stage)."""

    type: str
    sent: int
    trigger: Span
    trigger_lemma: str
    evidence: Span
    modes: tuple[str, ...] = ()
    actors: tuple[Mention, ...] = ()
    recipients: tuple[Mention, ...] = ()
    places: tuple[Mention, ...] = ()
    witnessed: bool = False  # told in a direct quote ('"They started shooting," a resident said')
    placed: bool = False  # its sentence names a place, in any clause ("In Kaduna, police said ...")
    counts: dict[str, Count] = field(default_factory=dict)
    anaphoric: bool = False
    definite: bool = False  # an event noun with a definite or demonstrative article ("the attack")
    demonstrative: bool = False  # ... a demonstrative one ("these warnings")
    earliest: bool = False  # a definite noun for the incident told first ("the first blast")
    both: bool = False  # a plural noun naming the two incidents told before ("both attacks", "the two bombings")
    onward: bool = False  # told as the next step of the incident told just before ("Gunmen then stormed")
    sequel: bool = False  # a noun for an incident before or after the one its sentence reports ("after the attack")
    scene: bool = False  # told in the imparfait or plus-que-parfait ("survolaient", "avait été larguée"): circumstances
    named_again: bool = False  # its doer named with a demonstrative ("Ces travailleurs"): a party already told of
    they: bool = False  # it tells how many they were ("Ils étaient des centaines à descendre"): those just told of
    # the head words of its doers named by a singular common noun with an indefinite article ("A suicide
    # bomber"), one person told of for the first time, and with a definite one ("The bomber"), one told of before
    doers_new: frozenset[str] = frozenset()
    doers_known: frozenset[str] = frozenset()
    # whether it names one it was done to so, a person taken for the first time ("arrested a 24-year-old man")
    # or one told of before ("the suspect was detained")
    taken_new: bool = False
    taken_known: bool = False
    answers: bool = False  # done during the response to an attack ("lors de la riposte"): that attack's other side
    umbrella: bool = False  # a noun of violence naming no act ("les violences"): a riot in any words
    cause: bool = False  # ... named only as the cause of what its sentence reports ("revenge for raids")
    recalled: bool = False  # its own clause dates it years back ("In 2016, gunmen stormed"): background
    # told in a relative clause on an incident a year of long ago qualifies ("the 2022 school shooting, in which a
    # gunman killed 19 children"): `recalled` too (`eventmill.events.recalled.year_recalled`)
    aged: bool = False
    aside: bool = False  # told in a relative clause ("the group, which had bombed a bridge in 2005, ...")
    series: bool = False  # a bare plural noun ("mass shootings"): a kind or a series, never one incident
    singular: bool = False  # a singular event noun ("the shooting"): it names one incident, never a series
    additive: bool = False  # marked as another incident than those reported ("another attack", "d'autres frappes")
    negated: bool = False
    hypothetical: bool = False
    generic: bool = False  # a kind of event or other incidents named for comparison ("similar bombings")
    future: bool = False
    cumulative: bool = False  # its figure is a running total over many incidents: a toll, not an event
    risen: bool = False  # its figure is what its incident's toll grew to ("the death toll rose to 31"): a later count
    casualty_only: bool = False  # "35 morts": a toll, which belongs to whatever event the sentence reports
    outcome: bool = False  # only a death or injury was read ("died"): an ASSAULT only if violence is named
    violent: bool = False  # its sentence names violence (an attack word or a weapon)
    heading: bool = False  # read from a title or list line with no verb ("* 2014 Bagram Airfield bombing")
    title: bool = False  # read from the article's headline, with or without a verb
    topic: bool = False  # a statement noun with no participant ("the threat of terrorism")
    accident: bool = False  # its sentences name an accident or a disaster, and no party is armed
    targets: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # things hit: all, definite
    crowd: bool = False  # police breaking up a crowd (dispersal, tear gas): eventmill.events.intervention
    off_topic: str = ""  # the article is about another subject ("sports"): eventmill.events.relevance
    figurative: bool = False  # an attack word used figuratively: the article names no violence at all
    strength: int = 2  # how clearly the sentence reports the event: 2 verb or event noun, 1 participant noun or anaphor
    facts: int = field(default=0, init=False)
    lemmas: set[str] = field(default_factory=set)
    sents: list[int] = field(default_factory=list)
    triggers: list[Span] = field(default_factory=list)
    also: list[Span] = field(default_factory=list)
    figures: list[tuple[str, Count]] = field(default_factory=list)  # every figure its reports give
    referred: set[int] = field(default_factory=set)  # sentences that name it with a definite noun ("the attack")
    days: frozenset[str] = frozenset()  # the days its reports' own clauses name (`eventmill.events.days`)
    # an event noun naming the circumstance of another report of its sentence ("killed in the fighting"): the
    # start of that report's trigger, which the noun cannot be (-1 when it is none)
    setting: int = -1
    # the learned typer doubts it (`eventmill.events.learned`): it is no event of its own, but stays evidence,
    # with its parties and figures, for a report it joins or that joins it
    doubted: bool = False
    score: float = 1.0  # the typer's score and rule for the report that opened the event
    rule: str = ""

    @property
    def own_triggers(self) -> list[Span]:
        """The triggers of the sentence that is its evidence (its other triggers are linked reports)."""
        return [t for t in self.triggers if self.evidence.start <= t.start < self.evidence.end] or [self.trigger]

    @property
    def death_only(self) -> bool:
        """Only a death or an injury, with no violence named in its sentence ("died in 2013")."""
        return self.outcome and not self.violent

    @property
    def adds_only(self) -> bool:
        """A report that adds to an incident without telling it: a toll, a death, the scene."""
        return self.outcome or self.casualty_only or self.scene

    def __post_init__(self):
        # how much this one report says (figures, who, to whom): the fullest report becomes the evidence
        self.facts = len(self.counts) + bool(self.actors) + bool(self.recipients)
        self.lemmas = {self.trigger_lemma} if self.trigger_lemma else set()
        self.sents = [self.sent]
        self.triggers = [self.trigger]
        self.figures = list(self.counts.items())


def unasserted(ev: RawEvent) -> str:
    """Why an event is not a specific event the text reports as having happened ("" when it is)."""
    if ev.cumulative:
        return "cumulative toll"
    if ev.off_topic:
        return f"off topic ({ev.off_topic})"
    if ev.accident:
        return "accident"
    if ev.figurative:
        return "figurative"
    if ev.negated:
        return "negated"
    if ev.generic:
        return "generic"
    if ev.hypothetical:
        return "hypothetical"
    if ev.heading:
        return "heading"
    if ev.death_only:
        return "no violence named"
    if ev.topic:
        return "nobody named"
    if ev.aged and len(ev.sents) == 1:
        return "historical"  # a past incident recalled, though no date of its own says so
    if ev.cause and len(ev.sents) == 1 and not ev.counts:
        # another incident named only as the cause of the one reported, with no report or figure
        # of its own ("saying it was revenge for government raids"): background to it
        return "circumstance"
    return ""
