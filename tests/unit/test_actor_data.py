"""The actor lexicons (actors, agents, demonyms): well-formed rows, rebuildable generated files, spot checks."""

from __future__ import annotations

import gzip
import importlib.util
import os
import re
from datetime import date
from pathlib import Path

import pytest

from eventmill.api import extract
from eventmill.text import norm

ROOT = Path(__file__).resolve().parents[2]
RES = ROOT / "src" / "eventmill" / "resources"
PETRARCH = Path(os.environ.get("EVENTMILL_PETRARCH_DIR", ROOT.parent / "shared" / "data" / "petrarch2"))

KINDS = {
    "government",
    "military",
    "police",
    "rebel",
    "jihadist",
    "militia",
    "civilians",
    "protesters",
    "igo",
    "ngo",
    "media",
    "party",
    "person",
    "country",
    "business",
    "religious",
    "other",
}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
COUNTRY = re.compile(r"^[A-Z]{3}$")
HEADERS = {
    "actors.tsv": ["alias", "name", "kind", "country", "code", "start", "end", "role"],
    "agents.tsv": ["alias", "name", "kind", "code"],
    "demonyms.tsv": ["alias", "country"],
}


def read_lines(path: Path) -> list[str]:
    data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return [ln for ln in data.decode("utf-8").split("\n") if ln and not ln.startswith("#")]


def table_path(lang: str, name: str) -> Path:
    for p in (RES / lang / name, RES / lang / (name + ".gz")):
        if p.exists():
            return p
    pytest.fail(f"{lang}/{name} (or .gz) is missing")


_CACHE: dict[tuple[str, str], tuple[list[str], list[list[str]]]] = {}


def table(lang: str, name: str) -> tuple[list[str], list[list[str]]]:
    """(header, rows) of one resource table, read once per session."""
    key = (lang, name)
    if key not in _CACHE:
        lines = read_lines(table_path(lang, name))
        _CACHE[key] = (lines[0].split("\t"), [ln.split("\t") for ln in lines[1:]])
    return _CACHE[key]


def rows_as_dicts(lang: str, name: str) -> list[dict[str, str]]:
    header, rows = table(lang, name)
    return [dict(zip(header, r)) for r in rows]


def lookup(lang: str, name: str, alias: str) -> list[dict[str, str]]:
    key = norm(alias)
    return [r for r in rows_as_dicts(lang, name) if norm(r["alias"]) == key]


TABLES = [
    ("fr", "actors.tsv"),
    ("en", "actors.tsv"),
    ("xx", "actors.tsv"),
    ("fr", "agents.tsv"),
    ("en", "agents.tsv"),
    ("fr", "demonyms.tsv"),
    ("en", "demonyms.tsv"),
]
IDS = [f"{lang}/{name}" for lang, name in TABLES]


# ------------------------------------------------------------------------------------ the build


def load_build_script():
    spec = importlib.util.spec_from_file_location("build_actors", ROOT / "scripts" / "build_actors.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_script_reproduces_the_committed_generated_files():
    if not (PETRARCH / "Phoenix.Countries.actors.txt").is_file():
        pytest.skip(f"PETRARCH2 dictionaries not found at {PETRARCH} (set EVENTMILL_PETRARCH_DIR)")
    build = load_build_script()
    outputs, _ = build.outputs(PETRARCH)
    assert {p.name for p in outputs} >= {"agents.tsv"}
    for path, data in outputs.items():
        assert path.exists(), f"{path.relative_to(ROOT)} is not committed: run scripts/build_actors.py"
        want = gzip.decompress(data) if path.suffix == ".gz" else data
        have = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        assert have == want, f"{path.relative_to(ROOT)} is out of date: run scripts/build_actors.py"
    # exactly one of xx/actors.tsv and xx/actors.tsv.gz, the one the script writes
    written = {p.name for p in outputs if p.parent.name == "xx"}
    present = {p.name for p in (RES / "xx").glob("actors.tsv*")}
    assert present == written


def test_build_script_reads_tabari_dates_like_petrarch():
    build = load_build_script()
    assert build.parse_date("060501") == date(2006, 5, 1)
    assert build.parse_date("300101") == date(2030, 1, 1)
    assert build.parse_date("310101") == date(1931, 1, 1)
    assert build.parse_date("19411207") == date(1941, 12, 7)
    assert build.parse_date("1920030320") == date(2003, 3, 20)  # a 10-digit typo keeps its last 8
    assert build.parse_date("9008223") is None
    assert build.parse_code("RUSGOV >060501") == ("RUSGOV", date(2006, 5, 1), None, True)
    assert build.parse_code("RUSGOV 030101-040331") == ("RUSGOV", date(2003, 1, 1), date(2004, 3, 31), True)
    assert build.parse_code("SYROPP > 20120101")[1] == date(2012, 1, 1)
    assert build.parse_code("IRQ <20030320") == ("IRQ", None, date(2003, 3, 20), True)
    assert build.parse_code("EGYGOV 20121207-20120802")[3] is False  # end before start


def test_build_script_derives_kind_and_country_from_cameo_codes():
    build = load_build_script()
    assert (build.kind_of("RUSGOV"), build.country_of("RUSGOV")) == ("government", "RUS")
    assert (build.kind_of("SYRREBMUS"), build.country_of("SYRREBMUS")) == ("rebel", "SYR")
    assert (build.kind_of("IMGMUSISI"), build.country_of("IMGMUSISI")) == ("jihadist", "")
    assert build.kind_of("IMGMUSALQ") == "jihadist"
    assert (build.kind_of("IGOUNO"), build.country_of("IGOUNO")) == ("igo", "")
    assert build.kind_of("USAMIL") == "military"
    assert build.kind_of("GBRCOP") == "police"
    assert build.kind_of("SYROPP") == "party"
    assert build.kind_of("FRA") == "country"
    assert (build.kind_of("DNKFRO"), build.country_of("DNKFRO")) == ("country", "FRO")
    assert build.country_of("SUNGOV") == "RUS"
    assert build.country_of("MEAREB") == ""


def test_build_script_names_are_readable():
    build = load_build_script()
    assert build.readable("VITALIY_CHURKIN_") == "Vitaliy Churkin"
    assert build.readable("BASHAR_AL-ASSAD_") == "Bashar al-Assad"
    assert build.split_parens("Aden Abyan Islamic Army (AAIA)") == ["Aden Abyan Islamic Army", "AAIA"]
    assert build.split_parens("Montoneros (ARGENTINA)") == ["Montoneros"]


# ------------------------------------------------------------------------------------ every row


@pytest.mark.parametrize("lang,name", TABLES, ids=IDS)
def test_every_row_is_well_formed(lang, name):
    header, rows = table(lang, name)
    assert header == HEADERS[name]
    assert rows, f"{lang}/{name} is empty"
    for r in rows:
        assert len(r) == len(header), f"{lang}/{name}: wrong column count in {r}"
        assert r[0].strip() == r[0] and norm(r[0]), f"{lang}/{name}: empty or padded alias in {r}"
        row = dict(zip(header, r))
        if "kind" in row:
            assert row["kind"] in KINDS, f"{lang}/{name}: unknown kind in {r}"
            assert row["name"], f"{lang}/{name}: no name in {r}"
        if name == "demonyms.tsv":
            assert COUNTRY.match(row["country"]), f"{lang}/{name}: bad country in {r}"
        elif "country" in row:
            assert row["country"] == "" or COUNTRY.match(row["country"]), f"{lang}/{name}: bad country in {r}"
        for k in ("start", "end"):
            if row.get(k):
                assert ISO_DATE.match(row[k]), f"{lang}/{name}: bad {k} date in {r}"
                date.fromisoformat(row[k])
        if row.get("start") and row.get("end"):
            assert row["start"] <= row["end"], f"{lang}/{name}: role ends before it starts in {r}"


@pytest.mark.parametrize("lang,name", TABLES, ids=IDS)
def test_no_duplicate_rows(lang, name):
    header, rows = table(lang, name)
    if name == "actors.tsv":
        keys = [(r[0], r[1], r[5]) for r in rows]
    else:
        keys = [norm(r[0]) for r in rows]  # one label / one country per alias
    seen, dupes = set(), set()
    for k in keys:
        (dupes if k in seen else seen).add(k)
    assert not dupes, f"{lang}/{name}: duplicate rows {sorted(dupes)[:10]}"


def test_country_codes_are_known_countries():
    if not (RES / "xx" / "countries.tsv").exists():
        pytest.skip("xx/countries.tsv not present")
    known = {r["iso3"] for r in rows_as_dicts("xx", "countries.tsv")}
    for lang, name in TABLES:
        if name == "agents.tsv":
            continue
        bad = {r["country"] for r in rows_as_dicts(lang, name) if r["country"] and r["country"] not in known}
        assert not bad, f"{lang}/{name}: countries missing from xx/countries.tsv: {sorted(bad)}"


def test_generated_actors_leave_curated_aliases_and_people_to_the_language_files():
    curated = rows_as_dicts("fr", "actors.tsv") + rows_as_dicts("en", "actors.tsv")
    generated = rows_as_dicts("xx", "actors.tsv")
    assert not {norm(r["alias"]) for r in curated} & {norm(r["alias"]) for r in generated}
    people = {norm(r["name"]) for r in curated if r["kind"] != "country"}
    assert not people & {norm(r["name"]) for r in generated if r["kind"] != "country"}


def test_generated_actors_have_no_short_or_common_one_word_aliases():
    keys = {norm(r["alias"]) for r in rows_as_dicts("xx", "actors.tsv")}
    assert all(len(k.replace(" ", "")) >= 3 for k in keys)
    for word in ("police", "army", "government", "people", "bush", "brown", "male", "aleppo", "damascus"):
        assert word not in keys


# ------------------------------------------------------------------------------------ spot checks


@pytest.mark.parametrize(
    "lang,alias,name",
    [
        ("fr", "Front al-Nosra", "Jabhat al-Nusra"),
        ("fr", "FRONT AL NOSRA", "Jabhat al-Nusra"),
        ("fr", "Jabhat Fateh al-Cham", "Jabhat al-Nusra"),
        ("fr", "Daesh", "Islamic State"),
        ("fr", "Dach", "Islamic State"),
        ("fr", "Etat islamique", "Islamic State"),
        ("fr", "EI", "Islamic State"),
        ("fr", "HTC", "Hayat Tahrir al-Sham"),
        ("fr", "Ahrar al-Cham", "Ahrar al-Sham"),
        ("fr", "Jaïch al-Islam", "Jaysh al-Islam"),
        ("fr", "jaich al islam", "Jaysh al-Islam"),
        ("fr", "centre russe pour la réconciliation des parties en conflit", "Russian Centre for Reconciliation"),
        ("fr", "agence russe Sputnik", "Sputnik"),
        ("fr", "GSIM", "Jama'at Nusrat al-Islam wal-Muslimin"),
        ("fr", "groupe Wagner", "Wagner Group"),
        ("fr", "Forces de soutien rapide", "Rapid Support Forces"),
        ("fr", "Conseil de sécurité", "UN Security Council"),
        ("fr", "OSDH", "Syrian Observatory for Human Rights"),
        ("en", "ISIS", "Islamic State"),
        ("en", "Nusra Front", "Jabhat al-Nusra"),
        ("en", "HTS", "Hayat Tahrir al-Sham"),
        ("en", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"),
        ("en", "Houthis", "Houthis"),
        ("en", "RSF", "Rapid Support Forces"),
        ("en", "Wagner Group", "Wagner Group"),
        ("xx", "Boutros Boutros-Ghali", "Boutros Boutros-Ghali"),
        ("xx", "Syria", "Syria"),
        ("xx", "Abu Nidal Organization", "Abu Nidal Organization"),
    ],
)
def test_alias_resolves_to_canonical_name(lang, alias, name):
    assert {r["name"] for r in lookup(lang, "actors.tsv", alias)} == {name}


def test_churkin_role_is_dated():
    rows = lookup("fr", "actors.tsv", "Vitali Tchourkine")
    assert rows and all(r["name"] == "Vitaly Churkin" for r in rows)
    assert {(r["start"], r["end"], r["role"], r["kind"], r["country"]) for r in rows} == {
        ("2006-04-08", "2017-02-20", "UN ambassador", "government", "RUS")
    }
    assert lookup("fr", "actors.tsv", "M.Tchourkine")[0]["name"] == "Vitaly Churkin"


def test_people_have_one_row_per_role():
    rows = lookup("fr", "actors.tsv", "Vladimir Poutine")
    assert [(r["start"], r["role"]) for r in sorted(rows, key=lambda r: r["start"])] == [
        ("1999-08-16", "prime minister"),
        ("1999-12-31", "president"),
        ("2008-05-08", "prime minister"),
        ("2012-05-07", "president"),
    ]
    sharaa = {r["role"]: r["kind"] for r in lookup("fr", "actors.tsv", "Abou Mohammed al-Joulani")}
    assert sharaa["leader of Hayat Tahrir al-Sham"] == "jihadist"
    assert sharaa["president"] == "government"


def test_generated_people_keep_petrarch_dates():
    rows = lookup("xx", "actors.tsv", "Boutros Boutros-Ghali")
    assert ("IGOUNO", "1992-01-01", "1996-12-31") in {(r["code"], r["start"], r["end"]) for r in rows}


@pytest.mark.parametrize(
    "lang,alias,iso3",
    [
        ("fr", "syrienne", "SYR"),
        ("fr", "syriens", "SYR"),
        ("fr", "turque", "TUR"),
        ("fr", "turcs", "TUR"),
        ("fr", "russes", "RUS"),
        ("fr", "grecque", "GRC"),
        ("fr", "américaines", "USA"),
        ("fr", "israélien", "ISR"),
        ("fr", "irakiennes", "IRQ"),
        ("fr", "française", "FRA"),
        ("fr", "nord-coréens", "PRK"),
        ("en", "Syrian", "SYR"),
        ("en", "Syrians", "SYR"),
        ("en", "Turkish", "TUR"),
        ("en", "British", "GBR"),
        ("en", "Ivorian", "CIV"),
        ("en", "Emirati", "ARE"),
    ],
)
def test_demonym_gives_country(lang, alias, iso3):
    assert [r["country"] for r in lookup(lang, "demonyms.tsv", alias)] == [iso3]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_demonyms_cover_the_world(lang):
    assert len({r["country"] for r in rows_as_dicts(lang, "demonyms.tsv")}) >= 190


@pytest.mark.parametrize(
    "lang,alias,name,kind",
    [
        ("fr", "civil", "Civilians", "civilians"),
        ("fr", "manifestant", "Protesters", "protesters"),
        ("fr", "troupe gouvernemental", "Government forces", "military"),
        ("fr", "troupes gouvernementales", "Government forces", "military"),
        ("fr", "forces de l'ordre", "Police", "police"),
        ("fr", "force de le ordre", "Police", "police"),
        ("fr", "djihadiste", "Jihadists", "jihadist"),
        ("fr", "milicien", "Militia", "militia"),
        ("fr", "combattant", "Fighters", "militia"),
        ("fr", "régime", "Government", "government"),
        ("fr", "armée", "Military", "military"),
        ("en", "protester", "Protesters", "protesters"),
        ("en", "civilian", "Civilians", "civilians"),
        ("en", "government forces", "Government forces", "military"),
        ("en", "police", "Police", "police"),
        ("en", "soldier", "Military", "military"),
        ("en", "rebel", "Rebels", "rebel"),
    ],
)
def test_agent_label(lang, alias, name, kind):
    rows = lookup(lang, "agents.tsv", alias)
    assert [(r["name"], r["kind"]) for r in rows] == [(name, kind)]


def test_agents_share_labels_across_languages():
    fr = {r["name"] for r in rows_as_dicts("fr", "agents.tsv")}
    en = {r["name"] for r in rows_as_dicts("en", "agents.tsv")}
    core = {
        "Civilians",
        "Protesters",
        "Police",
        "Military",
        "Government forces",
        "Rebels",
        "Jihadists",
        "Militia",
        "Fighters",
        "Government",
        "Security forces",
        "Terrorists",
        "Refugees",
    }
    assert core <= fr and core <= en


@pytest.mark.parametrize(
    "lang,text,name,kind",
    [
        # an Islamist group is a party of Islamists (as "islamist" alone is), not the Muslims of its code
        ("en", "An Islamist group attacked a police station in Garissa on Monday.", "Islamists", "jihadist"),
    ],
)
def test_generic_agent_phrase_names_its_party(lang, text, name, kind):
    (ev,) = extract(text, lang=lang).events
    assert [(m.actor.name, m.actor.kind) for m in ev.actors if m.actor] == [(name, kind)]
