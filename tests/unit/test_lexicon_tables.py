"""Language-independent checks on every language's lexicon tables (shape, duplicates, PLOVER types,
documented values, quantity ranges); the checks against each language's model are in
test_lexicon_data.py (French) and test_lexicon_data_en.py (English)."""
from __future__ import annotations

import pytest
from lexicon_tables import _dicts, _int_or_none, _plover, _raw

from eventmill.text import norm

LANGS = ("fr", "en")
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
# each language folder's tables: their leading columns, and the columns a row is looked up by
TABLES = {
    "triggers.tsv": (("lemma", "pos", "type", "mode", "subject", "count", "outcome", "object"), ("lemma", "pos", "object")),
    "modes.tsv": (("lemma", "type", "mode"), ("lemma", "type")),
    "quantities.tsv": (("phrase", "value", "low", "high"), ("phrase",)),
    "dates.tsv": (("phrase", "kind", "value", "unit"), ("phrase",)),
    "reporting.tsv": (("phrase", "kind"), ("phrase", "kind")),  # "report", "tweet": a verb and a noun
    "support.tsv": (("lemma", "role"), ("lemma",)),
    "modifiers.tsv": (("word", "kind"), ("word",)),
    "placecues.tsv": (("phrase", "hint"), ("phrase", "hint")),
}
COLUMNS = {f"{lang}/{name}": cols for lang in LANGS for name, (cols, _) in TABLES.items()}
COLUMNS |= {"xx/plover.tsv": ("type", "mode", "description"), "xx/cameo_plover.tsv": ("cameo", "type", "mode", "label")}
KEYS = {f"{lang}/{name}": key for lang in LANGS for name, (_, key) in TABLES.items()}
KEYS |= {"xx/plover.tsv": ("type", "mode"), "xx/cameo_plover.tsv": ("cameo",)}
MIN_TRIGGERS = {"fr": 10, "en": 15}


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_table_has_documented_columns_and_full_rows(name):
    header, rows = _raw(name)
    assert header[:len(COLUMNS[name])] == COLUMNS[name], f"{name}: header {header}"
    short = [(n, f) for n, f in rows if len(f) != len(header)]
    assert not short, f"{name}: rows without {len(header)} tab-separated fields (line, fields): {short[:5]}"


@pytest.mark.parametrize("name", sorted(KEYS))
def test_table_has_no_duplicate_rows(name):
    key, seen, dups = KEYS[name], set(), []
    for r in _dicts(name):
        # lemmas and phrases are looked up normalised; "*mille" (a multiplier) differs from "mille"
        k = tuple(norm(r[c]) if c in ("lemma", "phrase", "word") and not r[c].startswith("*") else r[c] for c in key)
        if k in seen:
            dups.append(k)
        seen.add(k)
    assert not dups, f"{name}: duplicate {key}: {dups}"


@pytest.mark.parametrize("name", [f"{lang}/{t}" for lang in LANGS for t in ("triggers.tsv", "modes.tsv")]
                         + ["xx/cameo_plover.tsv"])
def test_lexicon_uses_only_plover_types_and_modes(name):
    known = _plover()
    # NONE rows are stop-phrases ("with the help of" is not AID); an empty type in cameo_plover.tsv drops the code
    bad = [(r[next(iter(r))], r["type"], r["mode"]) for r in _dicts(name)
           if (r["type"], r["mode"]) not in known and r["type"] not in ("NONE", "")]
    assert not bad, f"{name}: type/mode not in xx/plover.tsv: {bad}"


@pytest.mark.parametrize("lang", LANGS)
def test_trigger_columns_hold_documented_values(lang):
    for r in _dicts(f"{lang}/triggers.tsv"):
        assert r["pos"] in ("VERB", "NOUN"), r
        assert r["subject"] in ("", "actor", "recipient"), r
        assert r["count"] in ("", "dead", "injured", "size"), r
        assert r["outcome"] in ("", "yes"), r
        # an outcome word is a death, an injury or a casualty (either) that may become an ASSAULT
        assert not r["outcome"] or (r["type"] == "ASSAULT" and r["count"] != "size"), r
        assert r["subject"] != "recipient" or r["pos"] == "VERB", r
        assert r["lemma"] == r["lemma"].strip() and "  " not in r["lemma"], r


@pytest.mark.parametrize("lang", LANGS)
def test_every_plover_type_has_triggers(lang):
    rows = _dicts(f"{lang}/triggers.tsv")
    thin = {t: n for t in TYPES if (n := sum(r["type"] == t for r in rows)) < MIN_TRIGGERS[lang]}
    assert not thin, f"types with fewer than {MIN_TRIGGERS[lang]} {lang} triggers: {thin}"


@pytest.mark.parametrize("lang", LANGS)
def test_quantities_are_integers_with_ordered_ranges(lang):
    for r in _dicts(f"{lang}/quantities.tsv"):
        value, low, high = (_int_or_none(r[c]) for c in ("value", "low", "high"))
        if r["phrase"].startswith("*"):
            assert value and value > 1 and low is None and high is None, r
            continue
        assert r["phrase"] == norm(r["phrase"]), f"phrase not normalised: {r}"
        assert (low is None) == (high is None), r
        if low is None:
            assert value is not None, f"neither a value nor a range: {r}"
        else:
            assert low <= high, r
            assert value is None or low <= value <= high, r


@pytest.mark.parametrize("lang", LANGS)
def test_quantities_spell_every_number_to_a_hundred(lang):
    values = {int(r["value"]) for r in _dicts(f"{lang}/quantities.tsv")
              if r["value"] and not r["low"] and not r["phrase"].startswith("*")}
    assert set(range(101)) <= values
