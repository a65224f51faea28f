"""A typer that generalises (issue 11), round 31: 296 new wire sentences over the 16 PLOVER types, written for this
test in three files under tests/data/plo31/ (no dev set read to write them), weighted to the types the PLOVER study
half confuses most (CONCEDE, SANCTION, SUPPORT, THREATEN, RETREAT, REJECT, MOBILIZE, REQUEST, COERCE), each with the
type PLOVER's definitions in resources/xx/plover.tsv give it (sentencing to prison is COERCE arrest, "imprison";
a pledge of money is AGREE, a promise).

half_a.tsv was read to find general causes, half_b.tsv to check that they hold, and half_c.tsv was written
before any fix and read only at the end, as a clean check. Each half has a floor on its exact accuracy (the
sentence gives exactly one event, of its type); main at the start of round 31 gives 0.78, 0.757 and 0.894,
this round 0.927, 0.888 and 0.894 (the clean half did not move: its misses are attacks named after a measure,
a protest during one, a missile test, a suspended contract and 'jointly').

The first table holds sentences that this round fixed (each fails before it):

- concessions wire news tells with verbs that had no row: dropping or scrapping a tax, a plan or charges,
  suspending a reform, commuting sentences, reinstating judges, accepting defeat, yielding to demands (CONCEDE);
- a gerund opened by "for" or "of" on a measure of another type is what the measure was for ("blacklisted
  companies for supplying drone parts", "convicted Lafarge of financing terrorism"), not a second report; what
  was said ("detained a cleric for criticising the government") and a protest stay events of their own;
- a protest noun after a measure is what it answered even when the parser hangs the phrase on a participle
  of the measure's object ("reversed the fuel subsidy cut after a general strike");
- what a ban noun forbids has not happened ("eased the ban on political demonstrations");
- a phrasal verb's object hung on its particle ("walked out of the talks": SANCTION cancel, not CONSULT);
- a promise to stop attacking promises an end (AGREE), it threatens nothing (`cessation` in modifiers.tsv);
- rows: halting imports (SANCTION), postponing a summit, expelling officials, bulldozing and nationalising
  (COERCE), laying down weapons and handing over remains (RETREAT), unveiling a missile and sending police
  officers (MOBILIZE), joint investigations and joint police operations (COOPERATE), refugee status, rescue
  teams and approved arms packages (AID), receiving a secretary of state (CONSULT).

The second table holds neighbours that were right before and must stay so; the third, confusions left open
(strict xfail)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_events import PLOVER_COLUMNS, check_plover, type_rows, wrong_types

DATA = Path(__file__).resolve().parent.parent / "data" / "plo31"
# exact accuracy per half on this branch: 114/123, 95/107, 59/66
FLOORS = {"half_a": 0.92, "half_b": 0.88, "half_c": 0.89}
# the types the PLOVER study half confuses most get more sentences than the others
WEIGHTED = {"CONCEDE", "SANCTION", "SUPPORT", "THREATEN", "RETREAT", "REJECT", "MOBILIZE", "REQUEST", "COERCE"}


def _rows(half: str) -> list[tuple[str, str, str]]:
    """(type, mode, sentence) rows of one half."""
    return type_rows(DATA / f"{half}.tsv")


@pytest.mark.parametrize("half", sorted(FLOORS))
def test_exact_type_accuracy_holds_its_floor(half):
    rows = _rows(half)
    assert len(rows) >= 64 and all(len(r) == 3 for r in rows)
    wrong = wrong_types(rows)
    assert 1 - len(wrong) / len(rows) >= FLOORS[half], wrong


def test_halves_cover_every_type_weighted_to_the_confused_ones():
    for half in FLOORS:
        counts: dict[str, int] = {}
        for etype, _, _ in _rows(half):
            counts[etype] = counts.get(etype, 0) + 1
        assert len(counts) == 16, (half, counts)
        assert min(counts[t] for t in WEIGHTED) > max(n for t, n in counts.items() if t not in WEIGHTED), (half, counts)


@pytest.mark.parametrize(
    PLOVER_COLUMNS,
    [
        (
            "en",
            "CONCEDE",
            "",
            "",
            "",
            "The government withdrew the controversial tax bill after weeks of street protests.",
        ),
        (
            "en",
            "AGREE",
            "",
            "",
            "",
            "The Houthis pledged to stop attacking ships in the Red Sea if the war in Gaza ended.",
        ),
        ("en", "SANCTION", "", "", "", "The opposition delegation walked out of the negotiations in Doha."),
        ("en", "SANCTION", "", "", "", "A court in Paris convicted the cement maker Lafarge of financing terrorism."),
        ("en", "CONCEDE", "", "", "", "The government reversed its decision to raise fuel prices after the protests."),
        ("en", "SANCTION", "", "", "", "The delegation walked out of the peace talks."),
        (
            "en",
            "SANCTION",
            "",
            "",
            "",
            "The European Union postponed a summit with Asian leaders because of the crisis in Burma.",
        ),
    ],
)
def test_older_confusions_fixed_in_round_31(lang, etype, mode, actor, recipient, text):
    """Strict-xfail rows of tests/unit/test_plo30_types.py, test_plover27_types.py and test_plover28_types.py that
    this round's general fixes settle."""
    check_plover(lang, etype, mode, actor, recipient, text)


@pytest.mark.parametrize(
    PLOVER_COLUMNS,
    [
        (
            "en",
            "CONCEDE",
            "",
            "",
            "",
            "Kenya's president dropped the proposed tax increases after days of deadly protests.",
        ),
        ("en", "CONCEDE", "", "", "", "The mayor scrapped the planned increase in bus fares after a week of protests."),
        ("en", "CONCEDE", "", "", "", "Prosecutors dropped the charges against 12 student activists."),
        ("en", "CONCEDE", "", "", "", "The Egyptian president commuted the death sentences of 30 prisoners on Sunday."),
        (
            "en",
            "CONCEDE",
            "",
            "",
            "",
            "The Peruvian government reinstated the dismissed judges after a ruling by the constitutional court.",
        ),
        ("en", "CONCEDE", "", "", "", "Zimbabwe's ruling ZANU-PF party accepted defeat in the Harare by-election."),
        (
            "en",
            "CONCEDE",
            "",
            "",
            "",
            "The French government yielded to farmers' demands and scrapped the planned diesel tax rise.",
        ),
        (
            "en",
            "CONCEDE",
            "",
            "",
            "",
            "The Moroccan government suspended the controversial pension reform after a general strike.",
        ),
        (
            "en",
            "CONCEDE",
            "",
            "",
            "",
            "Georgia's ruling party suspended the foreign agents bill after mass demonstrations in Tbilisi.",
        ),
        (
            "en",
            "CONCEDE",
            "",
            "",
            "",
            "The Nigerian government reversed the fuel subsidy cut after a week-long general strike.",
        ),
        (
            "en",
            "CONCEDE",
            "",
            "",
            "",
            "Uzbekistan's president backed down on constitutional changes affecting Karakalpakstan after unrest in the region.",
        ),
        (
            "en",
            "CONCEDE",
            "",
            "",
            "",
            "Guinea's junta eased the ban on political demonstrations ahead of the referendum.",
        ),
        (
            "en",
            "SANCTION",
            "",
            "",
            "",
            "Ethiopia expelled seven senior United Nations officials for meddling in its internal affairs.",
        ),
        (
            "en",
            "SANCTION",
            "",
            "",
            "",
            "Beijing halted imports of Japanese seafood over the release of treated water from Fukushima.",
        ),
        (
            "en",
            "SANCTION",
            "",
            "",
            "",
            "The United States blacklisted four Chinese companies for supplying drone parts to Russia.",
        ),
        ("en", "SANCTION", "", "", "", "The Chinese government postponed a planned summit with the European Union."),
        ("en", "SANCTION", "", "", "", "The opposition delegation walked out of the negotiations in Doha."),
        ("en", "SANCTION", "", "", "", "Sudan's army delegation walked out of the talks in Jeddah on Thursday."),
        ("en", "COERCE", "", "", "", "Indian authorities bulldozed the houses of three men accused of rioting."),
        ("en", "COERCE", "", "", "", "Russian authorities nationalised the local unit of the Danish brewer Carlsberg."),
        (
            "en",
            "RETREAT",
            "",
            "",
            "",
            "About 200 Mai-Mai fighters laid down their weapons in South Kivu province on Saturday.",
        ),
        (
            "en",
            "RETREAT",
            "",
            "",
            "",
            "Azerbaijan handed over the remains of 17 Armenian soldiers to Armenia, officials said.",
        ),
        (
            "en",
            "RETREAT",
            "",
            "",
            "",
            "Rebels in northern Nigeria freed 120 schoolchildren after three weeks in captivity.",
        ),
        ("en", "RETREAT", "", "", "", "Pirates released 19 fishermen held off the coast of Somalia."),
        (
            "en",
            "MOBILIZE",
            "",
            "",
            "",
            "Kenya sent 400 police officers to Haiti to lead a multinational security mission.",
        ),
        ("en", "MOBILIZE", "", "", "", "Iran unveiled a new hypersonic missile at a military parade in Tehran."),
        ("en", "CONSULT", "", "", "", "The Saudi crown prince received the U.S. secretary of state in Riyadh."),
        ("en", "COOPERATE", "", "", "", "Brazil and Argentina launched a joint investigation into the smuggling ring."),
        ("en", "COOPERATE", "", "", "", "Spain and Morocco dismantled a jihadist cell in a joint police operation."),
        ("en", "COOPERATE", "", "", "", "India and France held joint air force exercises in Rajasthan."),
        ("en", "AID", "", "", "", "Sweden granted refugee status to a Chinese dissident who fled Hong Kong."),
        ("en", "AID", "", "", "", "Turkey sent rescue teams and supplies to earthquake-hit Morocco."),
        ("en", "AID", "", "", "", "Washington approved a 300 million dollar arms package for Kyiv."),
        (
            "en",
            "AGREE",
            "",
            "",
            "",
            "The Houthis pledged to stop attacking ships in the Red Sea if the war in Gaza ended.",
        ),
        ("en", "AGREE", "", "", "", "The rebels promised to stop attacking aid convoys, a UN envoy said."),
        ("en", "COERCE", "", "", "", "The government imposed a ban on protests."),
    ],
)
def test_fixed_in_round_31(lang, etype, mode, actor, recipient, text):
    check_plover(lang, etype, mode, actor, recipient, text)


@pytest.mark.parametrize(
    PLOVER_COLUMNS,
    [
        ("en", "COERCE", "", "", "", "Police in Yangon arrested a poet for writing verses against the junta."),
        ("en", "SUPPORT", "", "", "", "Washington thanked Qatar for helping to free the hostages."),
        ("en", "NONE", "", "", "", "The defendant walked out of the courtroom."),
        ("en", "NONE", "", "", "", "The company withdrew the product from shops."),
        (
            "en",
            "SANCTION",
            "",
            "",
            "",
            "The World Bank suspended new lending to Uganda over its anti-homosexuality law.",
        ),
        ("en", "SANCTION", "", "", "", "The government suspended aid to the region."),
        ("en", "THREATEN", "", "", "", "The rebels vowed to continue attacking the army."),
        ("en", "COERCE", "", "", "", "Police arrested the man for stealing a car."),
        ("en", "PROTEST", "", "", "", "Police stopped the march."),
        ("en", "ASSAULT", "", "", "", "A drone dropped bombs on the market."),
    ],
)
def test_neighbours_keep_their_type(lang, etype, mode, actor, recipient, text):
    check_plover(lang, etype, mode, actor, recipient, text)


@pytest.mark.parametrize(
    PLOVER_COLUMNS,
    [
        pytest.param(
            "en",
            "ACCUSE",
            "",
            "",
            "",
            "The United Nations condemned the execution of four men in Iran.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a condemnation of an attack that names no doer is a reaction; 'in Iran' is read as the place, not the state that executes",
            ),
        ),
        pytest.param(
            "en",
            "MOBILIZE",
            "",
            "",
            "",
            "North Korea launched an intercontinental ballistic missile, South Korea's military said.",
            marks=pytest.mark.xfail(
                strict=True, reason="a missile launched at no party is read as nothing (launch has no row for a test)"
            ),
        ),
        pytest.param(
            "en",
            "CONCEDE",
            "",
            "",
            "",
            "Hong Kong's leader formally withdrew the extradition bill that sparked months of protests.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="withdrawing ends the compound event noun ('extradition', COOPERATE -> SANCTION) before the bill's own row is read",
            ),
        ),
        pytest.param(
            "en",
            "CONSULT",
            "",
            "",
            "",
            "Foreign ministers of the Group of Seven gathered in Capri to discuss the Middle East.",
            marks=pytest.mark.xfail(
                strict=True, reason="'to discuss' is a purpose, hypothetical; the gathering itself has no row"
            ),
        ),
        pytest.param(
            "en",
            "MOBILIZE",
            "",
            "",
            "",
            "Russia sent thousands of troops to the Kursk region after the Ukrainian incursion.",
            marks=pytest.mark.xfail(strict=True, reason="an attack noun after a measure stays a report (see plo30)"),
        ),
        pytest.param(
            "en",
            "COERCE",
            "",
            "",
            "",
            "Authorities in Pakistan suspended the social network X across the country.",
            marks=pytest.mark.xfail(
                strict=True, reason="the parser reads 'X' as the object; 'network' is only its compound"
            ),
        ),
        pytest.param(
            "en",
            "REQUEST",
            "",
            "",
            "",
            "Libya appealed for international aid after the floods that destroyed parts of Derna.",
            marks=pytest.mark.xfail(
                strict=True, reason="a flood that destroys in a relative clause is read as a demolition"
            ),
        ),
        pytest.param(
            "en",
            "ACCUSE",
            "",
            "",
            "",
            "Prosecutors in Brazil opened an inquiry into the riots in Brasilia.",
            marks=pytest.mark.xfail(
                strict=True, reason="what an inquiry looks into is reported as an event of its own"
            ),
        ),
    ],
)
def test_left_open(lang, etype, mode, actor, recipient, text):
    check_plover(lang, etype, mode, actor, recipient, text)
