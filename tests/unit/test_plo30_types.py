"""A typer that generalises (issue 11), round 30: 384 wire sentences over the 16 PLOVER types, written for this
test in three files under tests/data/plo30/ (no dev set read to write them), each with the type PLOVER's
definitions give it (resources/xx/plover.tsv) and the project's codings (a signed accord is SUPPORT, a legal
charge ACCUSE, a promise AGREE, lifting a curfew CONCEDE, wrecking property COERCE destroy).

half_a.tsv was read to find general causes, half_b.tsv to check that they hold, and half_c.tsv was written
after the fixes as a last check. Each half has a floor on its exact accuracy (the sentence gives exactly one
event, of its type); main at the start of round 30 gives 0.825, 0.787 and 0.844.

The first table holds sentences that this round fixed (each fails before it):

- a protest noun in a phrase of sequence on a statement or a measure ("quit following mass protests",
  "deployed riot police ahead of the planned rally") is what that act answered, not a report;
- a harm verb in the past in a clause on what an act of no harm frees, returns or asks back ("released a
  tourist who had been detained") says how that party came to be held;
- "prepared to" announces (`future` in modifiers.tsv): what follows is AGREE by intent;
- delivering tanks, sending systems, distributing food, disbursing money, flying supplies and training
  troops are AID; flying warplanes and moving a carrier MOBILIZE;
- a blockade by people obstructs (PROTEST), the state's restricts (COERCE, plover.tsv `official`);
- blocking a package, declining an offer: REJECT; restoring internet, reversing a decision: CONCEDE;
- a protest infinitive of purpose on a participle that says who held an event noun ("prevented a march
  staged by teachers to protest the pay freeze") is that event's aim, not a second protest.

The second table holds neighbours that were right before and must stay so; the third, confusions left open
(strict xfail)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_events import PLOVER_COLUMNS, check_plover, type_rows, wrong_types

DATA = Path(__file__).resolve().parent.parent / "data" / "plo30"
# exact accuracy per half on this branch: 141/160, 137/160, 58/64
FLOORS = {"half_a": 0.875, "half_b": 0.85, "half_c": 0.89}


def _rows(half: str) -> list[tuple[str, str, str]]:
    """(type, mode, sentence) rows of one half."""
    return type_rows(DATA / f"{half}.tsv")


@pytest.mark.parametrize("half", sorted(FLOORS))
def test_exact_type_accuracy_holds_its_floor(half):
    rows = _rows(half)
    assert len(rows) >= 64 and all(len(r) == 3 for r in rows)
    wrong = wrong_types(rows)
    assert 1 - len(wrong) / len(rows) >= FLOORS[half], wrong


def test_halves_cover_every_type_evenly():
    for half in FLOORS:
        counts: dict[str, int] = {}
        for etype, _, _ in _rows(half):
            counts[etype] = counts.get(etype, 0) + 1
        assert len(counts) == 16 and max(counts.values()) - min(counts.values()) <= 2, (half, counts)


@pytest.mark.parametrize(
    PLOVER_COLUMNS,
    [
        (
            "en",
            "AID",
            "",
            "",
            "",
            "The United States sent additional air defence systems to Ukraine, the Pentagon said.",
        ),
        (
            "en",
            "AGREE",
            "",
            "",
            "",
            "Britain will train Nigerian troops in counter-insurgency, the defence ministry announced.",
        ),
        (
            "en",
            "AID",
            "economic",
            "",
            "",
            "The World Bank disbursed 500 million dollars to Ethiopia to support its budget.",
        ),
        (
            "en",
            "AID",
            "humanitarian",
            "",
            "",
            "The Red Cross distributed tents and blankets to families displaced by the floods in Sindh.",
        ),
        ("en", "RETREAT", "release", "", "", "Iran released a French tourist who had been detained for eight months."),
        ("en", "PROTEST", "strike", "", "", "Teachers across Nigeria walked off the job to demand unpaid salaries."),
        (
            "en",
            "MOBILIZE",
            "police",
            "",
            "",
            "Kenya deployed riot police across Nairobi ahead of the planned opposition rally.",
        ),
        (
            "en",
            "MOBILIZE",
            "troops",
            "",
            "",
            "China's air force flew 30 warplanes into Taiwan's air defence zone on Sunday.",
        ),
        (
            "en",
            "MOBILIZE",
            "troops",
            "",
            "",
            "The United States moved an aircraft carrier into the eastern Mediterranean.",
        ),
        (
            "en",
            "AGREE",
            "",
            "",
            "",
            "Serbia said it was prepared to recognise Kosovo's vehicle plates as part of the deal.",
        ),
        (
            "en",
            "CONCEDE",
            "",
            "",
            "",
            "Pakistan restored mobile internet services in Balochistan after a two-week shutdown.",
        ),
        ("en", "AID", "", "", "", "Germany delivered Leopard tanks to Ukraine on Monday."),
        ("en", "AID", "humanitarian", "", "", "UNICEF flew emergency supplies to flood-hit areas of Libya."),
        (
            "en",
            "AID",
            "humanitarian",
            "",
            "",
            "Aid agencies distributed food to 50,000 displaced people in Cabo Delgado.",
        ),
        ("en", "RETREAT", "return", "", "", "Russia handed back 11 Ukrainian children to their families."),
        ("en", "REJECT", "assistance", "", "", "Eritrea declined offers of food aid from the United Nations."),
        ("en", "REJECT", "", "", "", "Hungary blocked the European Union's new aid package for Ukraine."),
        ("en", "PROTEST", "obstruct", "", "", "Protesters blockaded the main highway linking Lima to the south."),
        ("en", "MOBILIZE", "police", "", "", "Police deployed in force in central London ahead of the march."),
        ("en", "MOBILIZE", "troops", "", "", "Ecuador sent soldiers into the prisons after the riots."),
        (
            "en",
            "AID",
            "humanitarian",
            "",
            "",
            "Relief agencies distributed blankets to refugees in the camps near the border.",
        ),
        ("en", "REJECT", "", "", "", "The junta declined an offer of help from neighbouring countries."),
        ("en", "PROTEST", "obstruct", "", "", "Protesters blockaded the port of Matadi for a second day."),
        (
            "en",
            "COERCE",
            "restrict",
            "police",
            "",
            "Riot police prevented a march staged by teachers in Lahore to protest the pay freeze.",
        ),
        ("en", "REJECT", "", "", "", "Russia blocked a Security Council resolution on Syria."),
        ("en", "MOBILIZE", "troops", "", "", "China flew 20 warplanes near Taiwan on Tuesday."),
    ],
)
def test_fixed_in_round_30(lang, etype, mode, actor, recipient, text):
    check_plover(lang, etype, mode, actor, recipient, text)


@pytest.mark.parametrize(
    PLOVER_COLUMNS,
    [
        ("en", "COERCE", "restrict", "", "", "The navy blockaded the port of Hodeidah."),
        ("en", "COERCE", "restrict", "", "", "Police blocked the road to the airport."),
        ("en", "PROTEST", "obstruct", "", "", "Farmers blocked the main road."),
        ("en", "MOBILIZE", "", "", "", "The army prepared to resume shelling the city."),
        ("en", "MOBILIZE", "troops", "", "", "The navy sent two warships to the strait."),
        ("en", "AGREE", "", "", "", "The rebels said they were ready to release the hostages."),
        ("en", "NONE", "", "", "", "Share prices declined sharply on Monday."),
        ("en", "NONE", "", "", "", "The minister declined to comment."),
        ("en", "PROTEST", "", "", "", "Thousands joined a march called by unions to protest the pension reform."),
        ("en", "PROTEST", "", "", "", "The students gathered to protest the decision."),
        ("en", "COERCE", "arrest", "", "", "Police in Harare arrested 26 opposition activists on Saturday."),
        ("en", "ASSAULT", "", "", "", "Islamist fighters attacked an army base in northern Mali overnight."),
        (
            "en",
            "RETREAT",
            "release",
            "",
            "",
            "Rebels in eastern Congo freed 12 aid workers they had held for two weeks, the United Nations said.",
        ),
    ],
)
def test_neighbours_keep_their_type(lang, etype, mode, actor, recipient, text):
    check_plover(lang, etype, mode, actor, recipient, text)


@pytest.mark.parametrize(
    PLOVER_COLUMNS,
    [
        pytest.param(
            "en",
            "CONCEDE",
            "",
            "",
            "",
            "Israel declared a unilateral ceasefire in Gaza early on Sunday.",
            marks=pytest.mark.xfail(strict=True, reason="a declared ceasefire is read as observed (RETREAT ceasefire)"),
        ),
        pytest.param(
            "en",
            "CONCEDE",
            "",
            "",
            "",
            "The prime minister apologised for the police killing of a teenager in the capital.",
            marks=pytest.mark.xfail(strict=True, reason="what an apology is for is reported as an ASSAULT of its own"),
        ),
        pytest.param(
            "en",
            "RETREAT",
            "",
            "",
            "",
            "Hundreds of militiamen handed over their weapons to UN peacekeepers.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'militiamen' is not read as an armed party not of the state, so the handover stays AID",
            ),
        ),
        pytest.param(
            "en",
            "MOBILIZE",
            "",
            "",
            "",
            "North Korea fired a ballistic missile into the Sea of Japan.",
            marks=pytest.mark.xfail(strict=True, reason="a missile fired at no party is read as an attack"),
        ),
        pytest.param(
            "en",
            "SANCTION",
            "",
            "",
            "",
            "India called off talks with Pakistan after the attack in Kashmir.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="an attack noun after a measure stays a report: dropping it (tried) lost a WikiEvents check event",
            ),
        ),
        pytest.param(
            "en",
            "SUPPORT",
            "",
            "",
            "",
            "The Gulf Cooperation Council voiced solidarity with Saudi Arabia after the drone attacks on its oil facilities.",
            marks=pytest.mark.xfail(strict=True, reason="as above"),
        ),
        pytest.param(
            "en",
            "COERCE",
            "",
            "",
            "",
            "Turkish police detained 40 people in raids targeting suspected Islamic State members.",
            marks=pytest.mark.xfail(strict=True, reason="the raids an arrest was made in are an ASSAULT of their own"),
        ),
        pytest.param(
            "en",
            "REQUEST",
            "",
            "",
            "",
            "Mozambique asked Rwanda to send troops to help fight the insurgency in Cabo Delgado.",
            marks=pytest.mark.xfail(strict=True, reason="what requested troops should fight is read as an ASSAULT"),
        ),
    ],
)
def test_left_open(lang, etype, mode, actor, recipient, text):
    check_plover(lang, etype, mode, actor, recipient, text)
