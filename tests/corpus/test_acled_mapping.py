"""The ACLED mapping on real sentences: each one coded by the real pipeline into a DuckDB store, exported
with `eventmill export --format acled-csv` and read back with pandas."""

from __future__ import annotations

import pytest

from eventmill.writers.acled import acled_types, named_means

pd = pytest.importorskip("pandas")

VAC, BATTLES, REMOTE, PROTESTS = "Violence against civilians", "Battles", "Explosions/Remote violence", "Protests"

# (lang, sentence, ACLED event_type, sub_event_type)
CASES = [
    # state forces against unarmed people: Violence against civilians, whatever the weapon
    ("en", "Police shot dead three taxi drivers in Lagos on Monday.", VAC, "Attack"),
    ("en", "Soldiers killed a journalist in Mogadishu.", VAC, "Attack"),
    ("en", "Soldiers kidnapped two villagers near Maiduguri.", VAC, "Abduction/forced disappearance"),
    ("fr", "Des policiers ont abattu trois chauffeurs de taxi à Abidjan.", VAC, "Attack"),
    ("fr", "Des gendarmes ont tué un journaliste à Ouagadougou.", VAC, "Attack"),
    ("fr", "Des soldats ont enlevé deux villageois près de Maiduguri.", VAC, "Abduction/forced disappearance"),
    # ... except protesters, who have their own sub-event
    ("en", "Police shot dead two protesters in Nairobi.", PROTESTS, "Excessive force against protesters"),
    # armed against armed stays a battle
    ("en", "Government troops clashed with rebels near Aleppo.", BATTLES, "Armed clash"),
    ("en", "Soldiers shot dead two rebels near Goma.", BATTLES, "Armed clash"),
    ("fr", "Les troupes gouvernementales se sont affrontées aux rebelles près d'Alep.", BATTLES, "Armed clash"),
    ("fr", "Des soldats ont abattu deux rebelles près de Goma.", BATTLES, "Armed clash"),
    # a bomb or device named: IED
    ("en", "A roadside bomb killed two soldiers in Helmand.", REMOTE, "Remote explosive/landmine/IED"),
    ("en", "A bombing killed four people in Kabul.", REMOTE, "Remote explosive/landmine/IED"),
    ("fr", "Une bombe a tué deux soldats dans le Helmand.", REMOTE, "Remote explosive/landmine/IED"),
    ("fr", "Un attentat à la bombe a tué quatre personnes à Kaboul.", REMOTE, "Remote explosive/landmine/IED"),
    ("fr", "Un engin explosif a tué trois soldats près de Mopti.", REMOTE, "Remote explosive/landmine/IED"),
    # an aircraft, a drone or an air strike named: Air/drone strike
    ("en", "An air strike killed five people in Idlib.", REMOTE, "Air/drone strike"),
    ("en", "A drone strike killed three militants in North Waziristan.", REMOTE, "Air/drone strike"),
    ("fr", "Un drone a frappé un convoi près de Mossoul.", REMOTE, "Air/drone strike"),
    ("fr", "Une frappe aérienne a tué cinq personnes à Idlib.", REMOTE, "Air/drone strike"),
    ("fr", "L'aviation russe a bombardé Alep.", REMOTE, "Air/drone strike"),  # aviation named: not shelling
    # the means named decides the sub-event the mode only suggests
    ("en", "A grenade attack killed two policemen in Bujumbura.", REMOTE, "Grenade"),
    ("fr", "Une attaque à la grenade a blessé deux policiers à Bujumbura.", REMOTE, "Grenade"),
    ("en", "A suicide bomber killed ten people in Kabul.", REMOTE, "Suicide bomb"),  # a bomber, no aircraft
    ("fr", "Un kamikaze a tué dix personnes à Kaboul.", REMOTE, "Suicide bomb"),
    # crowd control at a protest (events/intervention.py): a protest with intervention
    (
        "en",
        "Riot police used tear gas to disperse hundreds of students outside parliament in Lusaka.",
        PROTESTS,
        "Protest with intervention",
    ),
    (
        "fr",
        "Les gendarmes ont dispersé les manifestants à coups de gaz lacrymogène devant la mairie de Lomé.",
        PROTESTS,
        "Protest with intervention",
    ),
    (
        "en",
        "Thousands of teachers marched through Harare on Monday to demand higher pay.",
        PROTESTS,
        "Peaceful protest",
    ),
    # nothing named: the generic sub-event for whom it hits, not Air/drone strike or IED
    ("en", "An explosion killed three people in Kabul.", VAC, "Attack"),
    ("fr", "Une frappe a tué cinq civils à Idlib.", VAC, "Attack"),
]


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> pd.DataFrame:
    """Every case sentence as its own article, coded per language into one store, exported by the CLI."""
    from eventmill.cli import main
    from eventmill.config import Config
    from eventmill.corpus.runner import RunOptions, run

    root = tmp_path_factory.mktemp("acled")
    db = root / "events.duckdb"
    for lang in ("en", "fr"):
        folder = root / lang
        folder.mkdir()
        for i, (case_lang, sentence, *_) in enumerate(CASES):
            if case_lang == lang:
                (folder / f"{lang}{i:02d}.txt").write_text(sentence + "\n", encoding="utf-8")
        run([folder], Config(lang=lang), RunOptions(db=db, workers=0, batch_size=8, progress=False))
    out = root / "events.csv"
    assert main(["export", "--db", str(db), "--format", "acled-csv", "-o", str(out)]) == 0
    return pd.read_csv(out, keep_default_na=False)


@pytest.mark.parametrize(
    "lang, sentence, event_type, sub_event_type", CASES, ids=[f"{c[0]}-{c[3]}-{c[1][:24]}" for c in CASES]
)
def test_acled_type_of_a_real_sentence(exported, lang, sentence, event_type, sub_event_type):
    rows = exported[exported.notes == sentence]
    assert len(rows) == 1, f"expected one ACLED row for {sentence!r}, got {len(rows)}"
    row = rows.iloc[0]
    assert (row.event_type, row.sub_event_type) == (event_type, sub_event_type), row.tags
    if event_type == VAC:
        assert row.civilian_targeting == "Civilian targeting"


@pytest.mark.parametrize(
    "lang, evidence, expected",
    [
        ("en", "Russian warplanes bombed Aleppo.", {"air"}),
        ("en", "The army bombed the village.", set()),  # a verb names no means
        ("en", "A suicide bomber struck a gold mine.", set()),
        ("en", "An IED and a hand grenade.", {"device", "grenade"}),
        ("fr", "L'aviation a frappé.", {"air"}),  # an elided article
        ("fr", "Une voiture piégée a explosé.", {"device"}),
        ("fr", "Une frappe a touché la mine d'or.", set()),
        ("en", "Police fired tear gas and water cannon.", {"crowd"}),
        ("fr", "Les manifestants ont été dispersés.", {"crowd"}),
    ],
)
def test_means_named_in_the_evidence_come_from_the_language_file(lang, evidence, expected):
    assert named_means(evidence, lang) == expected


@pytest.mark.parametrize(
    "modes, target, actor, named, expected",
    [
        ([], "other", "police", frozenset(), "Attack"),  # "taxi drivers"
        ([], "organisation", "military", frozenset(), "Attack"),  # a kind no table lists is not armed
        (["firearms"], "person", "government", frozenset(), "Attack"),
        (["firearms"], "other", "rebel", frozenset(), "Armed clash"),  # only state forces, by the table
        (["firearms"], "militia", "police", frozenset(), "Armed clash"),
        (["firearms"], "protesters", "police", frozenset(), "Excessive force against protesters"),
        ([], "other", None, frozenset(), "Armed clash"),  # nobody named as acting
        (["aerial"], "civilians", None, frozenset(), "Attack"),  # no aircraft named
        (["aerial"], None, None, None, "Air/drone strike"),  # a language without means.tsv: the mode is trusted
        (["explosives"], None, None, frozenset(), "Armed clash"),
        (["explosives"], None, None, None, "Remote explosive/landmine/IED"),
        (["heavy-weapons", "aerial"], None, None, frozenset({"air"}), "Air/drone strike"),
        (["heavy-weapons", "aerial"], None, None, frozenset(), "Shelling/artillery/missile attack"),
    ],
)
def test_acled_rows_match_on_actor_target_and_named_means(modes, target, actor, named, expected):
    row = acled_types("ASSAULT", modes, target, actor, named)
    assert row is not None and row["sub_event_type"] == expected


def test_crowd_control_merged_into_a_protest_makes_it_a_protest_with_intervention(tmp_path):
    """The dispersal told in its own sentence joins the protest as also_evidence, and the ACLED export
    reads every sentence of the event, so the protest is one row, with intervention."""
    from eventmill.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Thousands of nurses marched through Nairobi on Monday to demand better pay. "
        "Riot police later fired tear gas and used water cannon to disperse the marchers.\n",
        encoding="utf-8",
    )
    db, out = tmp_path / "e.duckdb", tmp_path / "e.csv"
    assert main(["run", str(folder), "--db", str(db), "--lang", "en", "--workers", "0", "--no-progress"]) == 0
    assert main(["export", "--db", str(db), "--format", "acled-csv", "-o", str(out)]) == 0
    rows = pd.read_csv(out, keep_default_na=False)
    assert list(zip(rows.event_type, rows.sub_event_type)) == [(PROTESTS, "Protest with intervention")]
