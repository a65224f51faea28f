"""Actor lexicons (named actors, generic agents, nationality adjectives, countries) and resolution.

Named actors override the parser's entity labels: an armed group tagged LOC by spaCy is still an
armed group. People's roles carry dates; a role applies only while it was held.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventmill import datafiles
from eventmill.models import Actor
from eventmill.phrases import PhraseIndex
from eventmill.text import norm


@dataclass(frozen=True, slots=True)
class ActorRow:
    """One lexicon row: an alias's canonical actor, valid from start to end (ISO dates, '' = open)."""

    actor: Actor
    start: str = ""
    end: str = ""
    curated: bool = True  # from the language's own hand-made file rather than the generated xx file


@dataclass(frozen=True, slots=True)
class CountryInfo:
    iso2: str
    iso3: str
    name: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    named: PhraseIndex[ActorRow]
    agents: PhraseIndex[Actor]
    demonyms: dict[str, str]  # normalised adjective -> iso3
    countries: PhraseIndex[str]  # alias -> iso3
    acronyms: frozenset[str] = frozenset()  # normalised aliases the table writes in capitals ("CAR", "UAE")


@cache
def country_table() -> dict[str, CountryInfo]:
    """iso3 -> country facts from `xx/countries.tsv`."""

    def number(row: dict[str, str], key: str) -> float | None:
        try:
            return float(row.get(key, ""))
        except ValueError:
            return None

    out = {}
    for row in datafiles.table("xx", "countries.tsv"):
        out[row["iso3"]] = CountryInfo(
            row.get("iso2", ""), row["iso3"], row.get("name", row["iso3"]), number(row, "lat"), number(row, "lon")
        )
    return out


def country_name(iso3: str) -> str:
    info = country_table().get(iso3)
    return info.name if info else iso3


def iso2(iso3: str) -> str:
    info = country_table().get(iso3)
    return info.iso2 if info else ""


@cache
def actor_lexicon(lang: str) -> ActorLexicon:
    """Everything needed to find actors in one language (its own files first, then `xx/`)."""
    named = []
    for source, curated in ((lang, True), (datafiles.SHARED, False)):
        for row in datafiles.table(source, "actors.tsv"):
            actor = Actor(
                row.get("name") or row["alias"],
                row.get("kind") or "other",
                row.get("country", ""),
                row.get("code", ""),
                row.get("role", ""),
            )
            named.append((row["alias"], ActorRow(actor, row.get("start", ""), row.get("end", ""), curated)))
    agents = [
        (
            row["alias"],
            Actor(row.get("name") or row["alias"], row.get("kind") or "other", "", row.get("code", ""), generic=True),
        )
        for row in datafiles.tables(lang, "agents.tsv")
    ]
    demonyms = {norm(r["alias"]): r["country"] for r in datafiles.tables(lang, "demonyms.tsv") if r.get("alias")}
    countries = [(r["alias"], r["iso3"]) for r in datafiles.tables(lang, "countries.tsv") if r.get("alias")]
    acronyms = frozenset(norm(a) for a, _ in countries if a.isupper())
    return ActorLexicon(PhraseIndex(named), PhraseIndex(agents), demonyms, PhraseIndex(countries), acronyms)


def choose_role(rows: tuple[ActorRow, ...], published: str | None) -> Actor:
    """The row valid on the publication date; without a date, the most recent role.

    Curated rows win ties over generated ones: they carry the names the press uses today.
    """
    if published:
        day = published[:10]
        valid = [r for r in rows if (not r.start or r.start <= day) and (not r.end or day <= r.end)]
        if valid:
            rows = tuple(valid)
        else:
            # the alias names someone outside every dated role (e.g. after they left office):
            # keep the person, drop the office
            undated = [r for r in rows if not r.start and not r.end]
            if not undated:
                person = max(rows, key=lambda r: r.curated).actor
                return Actor(person.name, "person")
            rows = tuple(undated)
    best = max(rows, key=lambda r: (r.curated, r.start or "0000", r.end or "9999"))
    return best.actor


def with_country(agent: Actor, iso3: str) -> Actor:
    """A generic agent given a nationality: 'armée' + 'syrienne' -> Military (Syria)."""
    return Actor(
        f"{agent.name} ({country_name(iso3)})",
        agent.kind,
        iso3,
        iso3 + agent.code if agent.code else iso3,
        agent.role,
        generic=True,
    )
