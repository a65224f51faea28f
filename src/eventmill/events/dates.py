"""When an event happened: the nearest date of its own clause, then of its sentence, then of a linked report, read
from the clauses `Locator` finds; dates of comparison or background ("since January 2025") are no event's date."""

from __future__ import annotations

import dataclasses
import datetime as dt

from eventmill import ontology
from eventmill.dategrammar import iso_span
from eventmill.datelines import find_published
from eventmill.events import clausetime
from eventmill.events.clausetime import date_words, heads_list, in_relative_clause, moment_of, occurrence
from eventmill.events.gaps import after_gap
from eventmill.events.location import Locator
from eventmill.events.merge import RawEvent
from eventmill.events.spoken import count_risen, said_before_clause, told_before, when_said
from eventmill.events.superlative import compared
from eventmill.models import DateValue, Mention, Span
from eventmill.stages.mentions.numbers import quantity_lexicon
from eventmill.text import norm

# where an event's date was read, nearest first: the values of `Event.date_source`
SOURCES = ("clause", "sentence", "linked", "context", "dateline", "published")
# an event with no date of its own takes one from the sentences before only if that is this recent
RECENT_DAYS = 31
# how many function words and figures may stand between a word of comparison and its date
BACKGROUND_REACH = 4
# an event its own clause dates this long before publication is a past incident recalled
HISTORICAL_DAYS = 90
# links by which an event goes with an arrest or a trial, not being its crime: coordination ("arrested ten
# and killed three") and adverbial clauses of time ("arrested two men after they attacked", "as clashes erupted")
ALONGSIDE_DEPS = ("conj", "parataxis", "appos", "advcl")


class Dater:
    """The date of each event of one document, over the clause structure of its `Locator`."""

    def __init__(self, loc: Locator):
        self.loc, self.doc, self.toks, self.tree = loc, loc.doc, loc.toks, loc.tree
        pub = self.doc.article.published
        # years written out long before the article's time (`DateValue.background`) date no event; with a
        # publication date, an event its own clause dates so is a past incident recalled (`past`). With none,
        # "now" is the latest year the article writes: a full date ("On March 21, 1960, police opened fire")
        # still dates its own sentence's events, a history's own incident, but no other; a year or a month
        # alone does not (letting those date their clause cost ecb_incidents pair F1 0.801 -> 0.786)
        flagged = [m for m in loc.all_dates if m.date and m.date.background and (pub or m.date.precision != "day")]
        self.own_sentence = {
            id(m) for m in loc.all_dates if not pub and m.date and m.date.background and m.date.precision == "day"
        }
        # a year of comparison ("30 killed, up from 12 in 2015") or a superlative's ("the worst attack since
        # 2014", "la plus meurtrière depuis 2011") in the event's clause makes it no past incident
        lang, old = self.doc.lang or "", []
        if pub:
            old = [m for m in flagged if not self._background(m, ("comparison",)) and not self._compared(m, lang)]
        self.old = {k for m in old for k in range(loc.token(m.span.start), loc.token(m.span.end - 1) + 1)}
        found = find_published(self.doc.text, self.doc.paragraphs, self.doc.lang or "") if self.doc.paragraphs else None
        self.published_line = found.span if found else None
        dates = [m for m in loc.all_dates if m not in flagged and not self._background(m)]
        # the words of each date given as background or comparison ("since January, when ...")
        self.background_toks = {
            k
            for m in loc.all_dates
            if m not in dates
            for k in range(loc.token(m.span.start), loc.token(m.span.end - 1) + 1)
        }
        # the dateline's date dates the report: an event takes it only when nothing else dates it
        self.dateline_dates = [m for m in dates if self._in_dateline(m)]
        self.dates = [m for m in dates if m not in self.dateline_dates]
        heads = (self._head(t.start, t.end) for e in loc.events for t in e.triggers)
        self.owned = clausetime.noun_owned(self.toks, self.tree, heads, [loc.place_tok[id(m)] for m in self.dates])
        # the head token of each trigger of an aftermath event (an arrest, a charge, a conviction), by event
        self.aftermath: dict[int, tuple[int, str]] = {}
        for j, other in enumerate(loc.events):
            family, role = ontology.incident_role(other.type, other.modes)
            if role == "aftermath":
                self.aftermath.update((self._head(t.start, t.end), (j, family)) for t in other.triggers)

    def date_of(self, i: int, ev: RawEvent) -> tuple[Mention | None, str]:
        """The event's date and where it was read (`SOURCES`): the nearest date of its clause, else of its
        sentence outside another event's clause, else of a linked report's sentence, else another
        event's of its sentence, else for an event that happened the last date of the sentences just
        before ("Airstrikes killed 20 people on Saturday. Rebels shelled the city."); never one inside a
        relative clause that does not hold the event ("whom they had kidnapped two weeks ago"), nor one
        given as background ("the deadliest since January 2025", "plus que l'an dernier"); else the
        dateline's date, else the publication day as a week (`published`)."""
        if not self.toks:
            return None, ""
        own = ev.own_triggers
        scopes: list[list[Mention]] = [[], [], [], [], []]
        named = 0
        named_crimes = [self._named_crime(i, ev, t) for t in ev.triggers]
        crimes = [c for c in named_crimes if c is not None]
        for t, own_crime in zip(ev.triggers, named_crimes, strict=True):
            top, clause = self.loc.clause(t.start)
            sent = self.toks[self.loc.token(t.start)].sent
            # (a report inside the phrase of a crime the trial names is of that crime: "a man who opened
            # fire, killing 11, was sentenced on Thursday")
            crime = own_crime or next((c for c in crimes if self.loc.token(t.start) in c), None)
            named += crime is not None
            for m in self.dates:
                k = self.loc.place_tok[id(m)]
                trig_toks = range(self.loc.token(t.start), self.loc.token(max(t.start, t.end - 1)) + 1)
                if self.toks[k].sent != sent or self._in_relative_clause(k, trig_toks[0], trig_toks):
                    continue  # it dates what a relative clause tells ("the embassy that was attacked last month")
                if crime is not None and k not in crime:
                    continue  # the date of the trial that names the crime ("convicted on Thursday of assault")
                if id(m) in self.own_sentence and t not in own:
                    continue
                if t not in own:
                    scopes[2].append(m)
                elif k in clause and not (said_before_clause(self.loc, m) or count_risen(self.loc, m)):
                    scopes[0].append(m)
                elif when_said(self.loc, m) or said_before_clause(self.loc, m) or count_risen(self.loc, m):
                    scopes[3].append(m)  # when it was said: a linked report's own date first
                elif not self.loc.owned_by_other(m, i, top):
                    scopes[1].append(m)
                else:
                    # another event's time in the sentence: taken when nothing else is
                    scopes[4].append(m)
        if (told := self._told_when(ev)) is not None:
            return told
        if not ev.future:  # a date wholly after the article dates what was called for ("protests next week")
            scopes = [[m for m in ms if not self._after_article(m)] for ms in scopes]
        for source, found in zip(SOURCES[:2] + ("linked", "sentence", "sentence"), scopes, strict=True):
            if found:
                # the start of a period ("since Sunday") only when no other date is at hand, and as a week:
                # it is when what goes on began, not a day it happened; see `clausetime.nearness` for the rest
                h = [self._head(t.start, t.end) for t in (ev.trigger, *ev.triggers)]
                best = min(
                    found,
                    key=lambda m: (
                        self._period_start(m),
                        *clausetime.nearness(self.toks, self.tree, self.loc.token, m, h, ev.trigger, self.owned),
                    ),
                )
                if self._period_start(best) and best.date is not None:
                    best = dataclasses.replace(best, date=dataclasses.replace(best.date, precision="week"))
                return after_gap(self.loc, ev.trigger, self._ahead(best, ev), source), source
        if ev.future or ev.hypothetical or ev.negated or named == len(ev.triggers):
            # a crime an arrest, a charge or a trial names happened some time before it: no date of the
            # sentences around or of the report
            return None, ""
        first = min(ev.sents)
        window = self.loc.config.inherit_date_sentences
        # the dates of the sentences before, none inside a relative clause of its own sentence, none over
        # a month before publication (its news, not its background) nor after it ("protests next week")
        pub = self.doc.article.published
        before = [
            m
            for m in self.dates
            if (
                first - window <= (s := self.toks[k := self.loc.place_tok[id(m)]].sent) < first
                or heads_list(self.doc, s, first)
            )
            and not self._in_relative_clause(k, self._root(k))
            and not self._after_article(m)
            and _days_before(m.date.value if m.date else None, pub) <= RECENT_DAYS
            and id(m) not in self.own_sentence
        ]
        if before:
            # the time of the events told before, not when a source spoke of them ("said Tuesday") nor of
            # an earlier act told as background
            heard = [m for m in before if not when_said(self.loc, m)] or before
            last = ([m for m in heard if not told_before(self.loc, m)] or heard)[-1]
            return after_gap(self.loc, ev.trigger, last, "context"), "context"
        if first == 0 and (lead := self._lead_date(i)) is not None:
            return lead, "linked"
        if self.dateline_dates:
            return self.dateline_dates[0], "dateline"
        return self._published()

    def _after_article(self, m: Mention) -> bool:
        return _days_before(m.date.value if m.date else None, self.doc.article.published) < 0  # its first day

    def incident_days(self, precisions: tuple[str, ...] = ("day",)) -> list[Mention]:
        """The day-precise (or month-precise: "in March") dates that may date an incident: none the
        dateline's, none given as background or comparison, none that starts a period ("since February 18")."""
        return [m for m in self.dates if m.date and m.date.precision in precisions and not self._period_start(m)]

    def _published(self) -> tuple[Mention | None, str]:
        """The publication day, for an event that happened and that nothing in the text dates: a report's
        news is of the days just before it, so as a week (ACLED's time precision 2); its words are
        none of the text's (the date came with the article, or from its dateline or byline)."""
        pub = self.doc.article.published
        if not pub:
            return None, ""
        return Mention(kind="date", span=Span(0, 0, ""), date=DateValue(pub, precision="week")), "published"

    def _lead_date(self, i: int) -> Mention | None:
        """For an event of the headline (the first paragraph, one line with no final stop), the date of
        the first event after it, when that event's own clause or sentence dates it: a headline tells
        the lead's news ("Soudan : la police disperse des manifestants" over "Les forces de sécurité
        ont tiré des gaz lacrymogènes samedi à Khartoum"), not the day of its publication."""
        paragraphs = self.doc.paragraphs
        if len(paragraphs) < 2 or paragraphs[0].text.rstrip().endswith((".", "!", "?")):
            return None
        head = next((s for s, span in enumerate(self.doc.sentences) if span.start >= paragraphs[1].start), None)
        later = [
            (min(e.sents), j)
            for j, e in enumerate(self.loc.events)
            if j != i and head is not None and min(e.sents) >= head
        ]
        if not later:
            return None
        j = min(later)[1]
        date, source = self.date_of(j, self.loc.events[j])
        return date if source in ("clause", "sentence") else None

    def _head(self, start: int, end: int) -> int:
        """The head token of the span from character start to end: the one whose head is outside it."""
        first, last = self.loc.token(start), self.loc.token(max(start, end - 1))
        return next((k for k in range(first, last + 1) if not first <= self.toks[k].head <= last), last)

    def _named_crime(self, i: int, ev: RawEvent, t: Span) -> set[int] | None:
        """The tokens of the trigger's own phrase when the event is a crime that an aftermath event of its
        family names ("convicted Thursday of child sexual assault", "sentenced Tuesday for sexually
        assaulting two girls", "arrested on Monday over the shooting"); None when it is not. Only a date
        inside that phrase is the crime's ("over Saturday's shooting"): the others date the arrest or the
        trial, days or years after."""
        family, role = ontology.incident_role(ev.type, ev.modes)
        if role != "incident" or not self.aftermath:
            return None
        k = self._head(t.start, t.end)
        child = k
        for a in self.tree.ancestors(k):
            if self.toks[a].sent != self.toks[k].sent or self.toks[child].dep.split(":")[0] in ALONGSIDE_DEPS:
                return None
            j, other_family = self.aftermath.get(a, (i, ""))
            if j != i and other_family == family:
                return None if self._circumstance(child) else set(self.tree.subtree(k))
            child = a
        return None

    def _circumstance(self, k: int) -> bool:
        """Token k, a noun an arrest or a trial governs, is its circumstance, not the crime it names: after
        a `circumstance` word of dates.tsv and with no definite article ("arrested 30 in raids on Sunday",
        "during a protest", "lors d'une manifestation"; not "arrested in the killing of a teacher")."""
        words = date_words(self.doc.lang or "", "circumstance")
        kids = self.tree.children(k)
        if not any(self.toks[c].dep.startswith("case") and norm(self.toks[c].text) in words for c in kids):
            return False
        return not any(self.toks[c].dep == "det" and "Definite=Def" in self.toks[c].morph for c in kids)

    def _root(self, k: int) -> int:
        """The root of token k's sentence."""
        top = k
        for a in self.tree.ancestors(k):
            top = a
        return top

    def _in_dateline(self, m: Mention) -> bool:
        """A date in the dateline ("KABUL, Oct. 3, 2014 (Xinhua) --", "KABUL, Afghanistan (AP) - Oct. 3,
        2014 -"), or the one the publication date was read from (a byline, a date line under the title)."""
        lo, hi = self.loc.dateline_span
        if lo <= m.span.start < hi:
            return True
        line = self.published_line
        return line is not None and line.start <= m.span.start < line.end

    def _ahead(self, m: Mention, ev: RawEvent) -> Mention:
        """A bare weekday of an announced event ("will strike on Tuesday") is the next such day, not
        the last one before publication."""
        pub, value = self.doc.article.published, m.date.value if m.date else None
        if not (ev.future and pub and value and m.date and m.date.precision == "day" and value < pub[:10]):
            return m
        if norm(m.span.text) not in date_words(self.doc.lang or "", "weekday"):
            return m
        day = dt.date.fromisoformat(value) + dt.timedelta(days=7)
        return dataclasses.replace(m, date=dataclasses.replace(m.date, value=day.isoformat()))

    def _in_relative_clause(self, k: int, v: int, event: range = range(0)) -> bool:
        return in_relative_clause(self.toks, self.tree, self.doc.lang or "", k, v, event)

    def _told_when(self, ev: RawEvent) -> tuple[Mention, str] | None:
        """The date of a report that says when the event took place, its noun the subject of an
        `occurrence` verb ("The attack took place on Wednesday"): it beats the date of a verb that
        governs the event's noun elsewhere ("claimed responsibility on Thursday for an attack")."""
        for t in ev.triggers:
            k = self._head(t.start, t.end)
            v = self.toks[k].head
            # or the clause on the event's noun that tells its act, its relative pronoun the subject ("claimed
            # on Wednesday a bombing that killed 14 on Monday", "l'attentat qui a tué 14 personnes lundi")
            told = [c for c in self.tree.children(k, "acl:relcl", "relcl") if self._relative_subject(c)]
            if told and t in ev.own_triggers:
                v = told[0]
            elif v == k or not self.toks[k].dep.startswith("nsubj") or not self._occurrence(v):
                continue
            _, clause = self.loc.clause(self.toks[v].start)
            found = [m for m in self.dates if self.loc.place_tok[id(m)] in clause]
            if found:
                best = min(found, key=lambda m: abs(m.span.start - self.toks[v].start))
                return self._ahead(best, ev), "clause" if t in ev.own_triggers else "linked"
        return None

    def _relative_subject(self, c: int) -> bool:
        """The relative clause at token c has a relative pronoun for its subject ("that", "qui")."""
        return any("PronType=Rel" in self.toks[s].morph for s in self.tree.children(c, "nsubj"))

    def _occurrence(self, a: int) -> bool:
        return occurrence(self.toks, self.tree, self.doc.lang or "", a)

    def past(self, ev: RawEvent, date: Mention | None, source: str) -> str:
        """ "historical" when the event's own clause or sentence dates it over HISTORICAL_DAYS before
        publication ("In 2018, 60 people were killed in a bombing", a month or a year from its last day), or
        a date written out long before publication sits in its own clause: a past incident recalled, coded
        when it happened, not with every article that recalls it. "" if not, or with no publication date."""
        pub = self.doc.article.published
        value = date.date.value if date and date.date else None
        if value and source in ("clause", "sentence") and _days_before(value, pub, last=True) > HISTORICAL_DAYS:
            return "historical"
        if value and source == "clause" and date is not None and date.date is not None and date.date.precision == "day":
            return ""  # "condamné mercredi pour le massacre du 28 septembre 2009": the old date is its topic
        if self.old and any(self._dated_clause(t.start) & self.old for t in ev.own_triggers):
            return "historical"
        for t in ev.own_triggers:
            k = self.loc.token(t.start)
            head = self.toks[k].head
            if self.toks[k].dep == "acl:relcl" and any(
                b == head or (head < b < k and head in self.tree.ancestors(b)[:3]) for b in self.background_toks
            ):
                # "the deadliest since January, when a truck bomb killed 90 people": the incident of a time
                # given as background, recalled for comparison (though the clause hang on the noun compared:
                # "the deadliest attack since July 2005, when four bombers killed 52")
                return "historical"
        return ""

    def _dated_clause(self, pos: int) -> set[int]:
        """The tokens of the clause a trigger at character pos reports in, and, for a verb joined to another
        with no subject of its own, those of that verb's clause before it: "In 2018, Trump withdrew from
        the deal and reimposed sanctions" dates both acts."""
        top, clause = self.loc.clause(pos)
        toks = self.toks
        if (when := moment_of(toks, self.tree, self.doc.lang or "", top)) is not None:  # "in 2016, when ..."
            return clause | self.loc.clause(toks[when].start)[1]
        # (or a noun the parser joins to the verb: "and reimposed sanctions" read as an adjective and its noun)
        if toks[top].dep != "conj" or toks[top].pos not in ("VERB", "NOUN") or self.tree.children(top, "nsubj"):
            return clause
        head = toks[top].head
        if head == top or toks[head].sent != toks[top].sent or toks[head].pos != "VERB":
            return clause
        return clause | {k for k in self.loc.clause(toks[head].start)[1] if k < head}

    def _background(self, m: Mention, kinds: tuple[str, ...] = ("background", "comparison")) -> bool:
        """A month or year, or a day over a month before publication, given as comparison or background:
        after a word or phrase of those `kinds` of dates.tsv (`background`: "since", "depuis";
        `comparison`: "than", "compared", "up from", "contre"), maybe through prepositions, articles
        and figures ("than in 2024", "compared with five in 2015", "contre douze en 2015", "qu'en
        mars"), or in a clause such a word opens ("as they did in 2015")."""
        k = self.loc.token(m.span.start)
        pub = self.doc.article.published
        if m.date is None:
            return False
        if not (m.date.precision in ("month", "year") or _days_before(m.date.value, pub) > RECENT_DAYS):
            return False  # a recent day after "since" starts what goes on (`_period_start`)
        words = frozenset().union(*(date_words(self.doc.lang or "", kind) for kind in kinds))
        if self._after_word(k, words):
            return True
        verb = next((a for a in self.tree.ancestors(k) if self.toks[a].pos in ("VERB", "AUX")), None)
        return verb is not None and any(norm(self.toks[c].text) in words for c in self.tree.children(verb, "mark"))

    def _period_start(self, m: Mention) -> bool:
        """A recent day after a `background` word ("have blocked the road since Sunday", "depuis
        dimanche"): the start of what goes on, not the day it happened; not the day of a noun it names
        ("since Sunday's attack"), nor one in a clause "since" opens ("since gunmen attacked on Sunday")."""
        if m.date is None or m.date.precision != "day":
            return False
        first, last = self.loc.token(m.span.start), self.loc.token(m.span.end - 1)
        if any("poss" in t.dep for t in self.toks[first : last + 1]):
            return False
        return self._after_word(first, date_words(self.doc.lang or "", "background"))

    def _after_word(self, k: int, words: frozenset[str]) -> bool:
        """A phrase of `words` ends before token k, maybe through up to BACKGROUND_REACH prepositions,
        articles, adverbs, adjectives or figures."""
        for j in range(k - 1, k - 1 - BACKGROUND_REACH, -1):
            if j < 0 or self.toks[j].sent != self.toks[k].sent:
                break
            if clausetime.phrase_ends(self.toks, j, words):
                return True
            if self.toks[j].pos not in ("ADP", "DET", "NUM", "ADV", "ADJ") and not self._figure(self.toks[j].text):
                break
        return False

    def _compared(self, m: Mention, lang: str) -> bool:  # a superlative's point of comparison
        return compared(self.toks, self.tree, self.loc.token(m.span.start), lang)

    def _figure(self, text: str) -> bool:
        """Digits or a number word, whatever its tag ("contre douze en 2015": the parser's PRON)."""
        return text.isdigit() or bool(quantity_lexicon(self.doc.lang or "").phrases.get(text.lower()))


def _days_before(value: str | None, published: str | None, last: bool = False) -> int:
    """Days from an ISO date (a month or a year from its first day, or its `last` one) to the
    publication date (0 when either is missing or odd)."""
    day = (published or "")[:10]
    span, pub = iso_span(value), iso_span(day) if len(day) == 10 else None
    if span is None or pub is None:
        return 0
    return (pub[0] - span[1 if last else 0]).days
