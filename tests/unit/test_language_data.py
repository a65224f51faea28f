"""Every language folder's data files are well formed, use only PLOVER types and modes, hold what their
`examples.tsv` says they hold, and agree with the spaCy model that its `language.json` names.

Every trigger, mode word and reporting verb has a natural example sentence in the folder's
`examples.tsv`; the model must give the listed lemma (sequence) in it, so a lemma the model never
produces is caught here rather than as a silently missed event. A new language folder is covered with
no code edit; a language whose model package is not installed is skipped. The shared folder `xx/` has
its own tests at the end.
"""

from __future__ import annotations

import itertools
from functools import cache

import pytest

from eventmill import datafiles
from eventmill.datafiles import ROOT, SHARED
from eventmill.text import norm

LANGS = datafiles.available_languages()
EXAMPLES = "examples.tsv"
SENTENCE_KINDS = ("trigger", "surface", "mode", "reporting")
# each language folder's tables: their leading columns, and the columns a row is looked up by
TABLES = {
    "triggers.tsv": (
        ("lemma", "pos", "type", "mode", "subject", "count", "outcome", "object"),
        ("lemma", "pos", "object"),
    ),
    "modes.tsv": (("lemma", "type", "mode"), ("lemma", "type")),
    "quantities.tsv": (("phrase", "value", "low", "high"), ("phrase",)),
    "dates.tsv": (("phrase", "kind", "value", "unit"), ("phrase",)),
    "reporting.tsv": (("phrase", "kind"), ("phrase", "kind")),  # "report", "tweet": a verb and a noun
    "support.tsv": (("lemma", "role"), ("lemma",)),
    "modifiers.tsv": (("word", "kind"), ("word",)),
    "placecues.tsv": (("phrase", "hint"), ("phrase", "hint")),
    "institutions.tsv": (("word", "kind"), ("word", "kind")),
    EXAMPLES: (("kind", "word", "pos_or_type", "sentence", "expect"),) * 2,
}
SHARED_TABLES = {
    "plover.tsv": (("type", "mode", "description"), ("type", "mode")),
    "cameo_plover.tsv": (("cameo", "type", "mode", "label"), ("cameo",)),
}
COLUMNS = {f"{lang}/{name}": cols for lang in LANGS for name, (cols, _) in TABLES.items()}
COLUMNS |= {f"{SHARED}/{name}": cols for name, (cols, _) in SHARED_TABLES.items()}
KEYS = {f"{lang}/{name}": key for lang in LANGS for name, (_, key) in TABLES.items()}
KEYS |= {f"{SHARED}/{name}": key for name, (_, key) in SHARED_TABLES.items()}
MIN_TRIGGERS = 15  # per PLOVER type and language
# values FORMATS.md documents
SUPPORT_ROLES = {
    "actor",
    "subjecting",
    "recipient",
    "through",
    "end",
    "witness",
    "doer",
    "attacker",
    "sides",
    "incident",
    "umbrella",
    "loss",
    "movement",
}
MODIFIER_KINDS = {
    "negation",
    "one",
    "thing",
    "hypothetical",
    "obligation",
    "pending",
    "confirm",
    "ultimatum",
    "future",
    "due",
    "preparation",
    "cessation",
    "demonstrative",
    "definite",
    "additive",
    "comparative",
    "circumstance",
    "cause",
    "framework",
    "sequence",
    "moment",
    "copula",
    "generic",
    "comparison",
    "anyone",
    "charge",
    "charged",
    "sort",
    "label",
    "topic",
    "enabling",
    "sparked",
    "denial",
    "attempt",
    "purpose",
    "occasion",
    "habitual",
    "many",
    "juxtaposed",
    "recent",
    "onward",
    "both",
    "first",
    "lasting",
    "span",
    "people",
    "stative",
    "public",
    "operation",
    "goal",
    "blame",
    "claim",
    "backer",
    "calm",
    "praise",
    "relief",
    "rally",
    "redress",
    "exercise",
    "prospect",
    "outlook",
}
MODIFIER_POS = {"", "VERB", "NOUN", "ADJ", "ADV", "ADP", "DET", "PRON", "PART", "NUM"}
PLACE_HINTS = {
    "street",
    "numbered",
    "admin1",
    "national",
    "admin2",
    "plural",
    "town",
    "neighbourhood",
    "country",
    "link",
    "locative",
    "motion",
    "source",
    "approx",
    "bearing",
    "belong",
    "list",
    "site",
    "conj",
    "within",
    "article",
    "island",
    "part",
    "beside",
    "own",
    "venue",
    "particle",
    "ezafe",
    "where",
    "spot",
    "small",
    "natural",
    "fronting",
    "describes",
    "hit",
    "seat",
    "capital",
    "one",
    "person",
    "ground",
    "rural",
    "based",
    "posted",
    "road",
    "holiday",
    "area",
}
# a dependency label only one scheme has: the scheme `deps` in language.json declares must be the model's
SCHEME_LABEL = {"clear": "dobj", "ud": "obj"}


# ---------------------------------------------------------------------------------------------------
# Reading the files as they are written (not only through the loader), so a short row is not padded away
# ---------------------------------------------------------------------------------------------------


@cache
def _raw(name: str) -> tuple[tuple[str, ...], tuple[tuple[int, tuple[str, ...]], ...]]:
    """(header, ((line number, fields), ...)) of a TSV file, comments and blank lines skipped."""
    header, rows = None, []
    for n, line in enumerate((ROOT / name).read_text(encoding="utf-8").split("\n"), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = tuple(line.split("\t"))
        if header is None:
            header = fields
        else:
            rows.append((n, fields))
    return header, tuple(rows)


def _dicts(name: str) -> list[dict[str, str]]:
    header, rows = _raw(name)
    return [dict(zip(header, fields)) for _, fields in rows]


def _words(name: str) -> list[str]:
    return [
        w.strip() for w in (ROOT / name).read_text(encoding="utf-8").split("\n") if w.strip() and not w.startswith("#")
    ]


def _int_or_none(s: str) -> int | None:
    return int(s) if s else None


def _plover() -> set[tuple[str, str]]:
    return {(r["type"], r["mode"]) for r in _dicts(f"{SHARED}/plover.tsv")}


def _plover_types() -> list[str]:
    return [r["type"] for r in _dicts(f"{SHARED}/plover.tsv") if not r["mode"]]


def _examples(lang: str, *kinds: str) -> list[dict[str, str]]:
    return [r for r in datafiles.table(lang, EXAMPLES) if r["kind"] in kinds]


def _trigger_rows(lang: str) -> dict[tuple[str, str], dict[str, str]]:
    return {(r["lemma"], r["pos"]): r for r in _dicts(f"{lang}/triggers.tsv")}


def _params(*kinds: str) -> list:
    """(lang, row) for every example of these kinds in every language, tagged `fr-trigger-tuer-VERB`."""
    return [
        pytest.param(lang, r, id=f"{lang}-{r['kind']}-{r['word']}-{r['pos_or_type']}")
        for lang in LANGS
        for r in _examples(lang, *kinds)
    ]


# ---------------------------------------------------------------------------------------------------
# How a lexicon phrase is found in a parsed sentence (the rules eventmill.events.triggers follows)
# ---------------------------------------------------------------------------------------------------

# one word: participles are often ADJ; a noun that fills a count may be an ADJ ("les blessés", "the dead")
HEAD_POS = {"VERB": {"VERB", "AUX", "ADJ"}, "NOUN": {"NOUN", "PROPN"}}
# several words: the first is the head ("trouver la mort") or modifies a later head ("sexually assault",
# "military operation", "test-fire"); stricter than the matcher, which only refuses a determiner,
# preposition or punctuation first
COMPOUND_FIRST = {"ADJ", "ADV", "NOUN", "PROPN"}


def _head_fits(units: list[tuple[str, str, str]], pos: str) -> bool:
    first = units[0][2]
    return first in HEAD_POS[pos] or (first in COMPOUND_FIRST and any(u[2] in HEAD_POS[pos] for u in units[1:]))


def _units(doc) -> list[tuple[str, str, str]]:
    """(lemma, text, pos) per word of the parsed sentence, normalised.

    A token whose normalised text has several words ("cessez-le-feu", "AK-47") gives one unit per word;
    a token with no word ("-" in "sit - in") gives none.
    """
    out = []
    for t in doc:
        lemma, text = norm(t.lemma_), norm(t.text)
        if not text:
            continue
        lw, tw = lemma.split(), text.split()
        if len(tw) > 1 and len(lw) == len(tw):
            out += [(a, b, t.pos_) for a, b in zip(lw, tw)]
        else:
            out.append((lemma, text, t.pos_))
    return out


def _show(doc) -> str:
    return " ".join(f"{t.text}/{t.lemma_}/{t.pos_}" for t in doc)


def _phrase_words(phrase: str) -> list[str]:
    """A lexicon phrase as words: normalised, an elided word split after its apostrophe ("d'assaut")."""
    out = []
    for w in norm(phrase).split():
        while "'" in w[:-1]:
            i = w.index("'") + 1
            out.append(w[:i])
            w = w[i:]
        out.append(w)
    return out


def _found(phrase: str, doc, pos: str | None = None, on_text: bool = False, count: str = "") -> bool:
    """True when the phrase occurs in the parsed sentence.

    One word: the token's lemma must be it (its text, for forms listed as written), with a part of
    speech that fits `pos`. Several words: consecutive words, each the token's lemma or its text
    ("trouver la mort" in "ont trouvé la mort"), the first the head or a modifier of a later head.
    `pos` None checks no part of speech (stop-phrases, mode words).
    """
    want, units = _phrase_words(phrase), _units(doc)
    for i in range(len(units) - len(want) + 1):
        if len(want) == 1:
            allowed = HEAD_POS[pos] | ({"ADJ"} if pos == "NOUN" and count else set()) if pos else None
            if want[0] == units[i][1 if on_text else 0] and (allowed is None or units[i][2] in allowed):
                return True
        elif all(w in units[i + j][:2] for j, w in enumerate(want)):
            if pos is None or _head_fits(units[i : i + len(want)], pos):
                return True
    return False


# ---------------------------------------------------------------------------------------------------
# The model each language.json names, loaded once per session
# ---------------------------------------------------------------------------------------------------

_MODELS: dict[str, object] = {}


def _load(name: str):
    """The spaCy pipeline `name`, or a skip that says which package to install."""
    if name not in _MODELS:
        spacy = pytest.importorskip("spacy")
        try:
            _MODELS[name] = spacy.load(name)
        except (OSError, ImportError) as exc:
            _MODELS[name] = exc
    nlp = _MODELS[name]
    if isinstance(nlp, Exception):
        pytest.skip(
            f"spaCy model package {name} is not installed ({type(nlp).__name__}): install it to check "
            "this language's model against its data"
        )
    return nlp


@pytest.fixture(scope="session")
def parsed():
    """lang -> {sentence: Doc}: every example sentence of a language parsed once with its model."""
    cache: dict[str, dict] = {}

    def get(lang: str) -> dict:
        nlp = _load(datafiles.language_info(lang)["model"])
        if lang not in cache:
            sentences = sorted({r["sentence"] for r in _examples(lang, *SENTENCE_KINDS)})
            cache[lang] = dict(zip(sentences, nlp.pipe(sentences)))
        return cache[lang]

    return get


def test_a_language_whose_model_is_missing_is_skipped_with_the_package_name():
    with pytest.raises(pytest.skip.Exception, match="eventmill_no_such_model"):
        _load("eventmill_no_such_model")


# ---------------------------------------------------------------------------------------------------
# language.json and stopwords
# ---------------------------------------------------------------------------------------------------


def test_a_language_folder_exists():
    assert LANGS, f"no folder under {ROOT} has a language.json"
    assert SHARED not in LANGS, f"{SHARED}/ is shared by every language, not a language"


@pytest.mark.parametrize("lang", LANGS)
def test_language_file_names_the_model_and_its_dependency_scheme(lang):
    spacy = pytest.importorskip("spacy")
    info = datafiles.language_info(lang)
    try:
        language = spacy.util.get_lang_class(lang)
    except ImportError:
        pytest.skip(f"spaCy has no language {lang!r}, so no model can read it")
    assert info["name"] == language.__name__, info  # "French" for fr
    assert info["model"].isidentifier(), info  # an importable package name
    assert info.get("deps", "ud") in SCHEME_LABEL, info


@pytest.mark.parametrize("lang", LANGS)
def test_model_reads_the_language_with_the_declared_dependency_scheme(lang):
    info = datafiles.language_info(lang)
    nlp = _load(info["model"])
    assert nlp.lang == lang
    # spaCy's English models use ClearNLP labels, converted to UD when parsing ("deps": "clear")
    assert SCHEME_LABEL[info.get("deps", "ud")] in nlp.get_pipe("parser").labels


@pytest.mark.parametrize("lang", LANGS)
def test_stopwords_are_lowercase_unique_and_plenty(lang):
    words = _words(f"{lang}/stopwords.txt")
    assert len(words) >= 120
    assert len(set(words)) == len(words), [w for w in set(words) if words.count(w) > 1]
    assert all(w == w.casefold() and " " not in w for w in words)


@pytest.mark.parametrize("a, b", [pytest.param(a, b, id=f"{a}-{b}") for a, b in itertools.combinations(LANGS, 2)])
def test_stopword_lists_keep_shared_words_out(a, b):
    # a word in two lists counts for both, and detection picks the language whose words cover most
    shared = set(_words(f"{a}/stopwords.txt")) & set(_words(f"{b}/stopwords.txt"))
    assert not shared, f"stopwords in both {a} and {b}: {sorted(shared)}"


# ---------------------------------------------------------------------------------------------------
# Table shape, PLOVER types, documented values
# ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_table_has_documented_columns_and_full_rows(name):
    header, rows = _raw(name)
    assert header[: len(COLUMNS[name])] == COLUMNS[name], f"{name}: header {header}"
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


@pytest.mark.parametrize(
    "name", [f"{lang}/{t}" for lang in LANGS for t in ("triggers.tsv", "modes.tsv")] + [f"{SHARED}/cameo_plover.tsv"]
)
def test_lexicon_uses_only_plover_types_and_modes(name):
    known = _plover()
    # NONE rows are stop-phrases ("with the help of" is not AID); an empty type in cameo_plover.tsv drops the code
    bad = [
        (r[next(iter(r))], r["type"], r["mode"])
        for r in _dicts(name)
        if (r["type"], r["mode"]) not in known and r["type"] not in ("NONE", "")
    ]
    assert not bad, f"{name}: type/mode not in {SHARED}/plover.tsv: {bad}"


@pytest.mark.parametrize("lang", LANGS)
def test_trigger_columns_hold_documented_values(lang):
    for r in _dicts(f"{lang}/triggers.tsv"):
        assert r["pos"] in ("VERB", "NOUN"), r
        assert r["subject"] in ("", "actor", "recipient"), r
        assert r["count"] in ("", "dead", "injured", "size"), r
        assert r["outcome"] in ("", "yes"), r
        # an outcome word is a death, an injury or a casualty (either) that may become an ASSAULT
        assert not r["outcome"] or (r["type"] == "ASSAULT" and r["count"] != "size"), r
        # a noun's `subject` is its "of" phrase; one counting the dead or injured takes it as its
        # victims already, so `recipient` there says nothing
        assert r["subject"] != "recipient" or r["pos"] == "VERB" or not r["count"], r
        assert r["lemma"] == r["lemma"].strip() and "  " not in r["lemma"], r


@pytest.mark.parametrize("lang", LANGS)
def test_every_plover_type_has_triggers(lang):
    rows = _dicts(f"{lang}/triggers.tsv")
    thin = {t: n for t in _plover_types() if (n := sum(r["type"] == t for r in rows)) < MIN_TRIGGERS}
    assert not thin, f"types with fewer than {MIN_TRIGGERS} {lang} triggers: {thin}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_plover_type_has_verb_and_noun_triggers(lang):
    rows = _dicts(f"{lang}/triggers.tsv")
    missing = [
        (t, p)
        for t in _plover_types()
        for p in ("VERB", "NOUN")
        if not any(r["type"] == t and r["pos"] == p for r in rows)
    ]
    assert not missing, missing


@pytest.mark.parametrize("lang", LANGS)
def test_support_modifier_and_place_cue_values_are_documented(lang):
    support = _dicts(f"{lang}/support.tsv")
    assert {r["role"] for r in support} == SUPPORT_ROLES
    # looked up by the governing verb's one lemma: a phrase only for a verb whose subject acts ("appeler à")
    # or a phrasal verb that ends the event (read with its particle: "call off")
    assert all(" " not in r["lemma"] or r["role"] in ("actor", "end") for r in support)
    assert {r["pos"] for r in _dicts(f"{lang}/modifiers.tsv")} <= MODIFIER_POS
    assert {r["kind"] for r in _dicts(f"{lang}/modifiers.tsv")} <= MODIFIER_KINDS
    assert {r["hint"] for r in _dicts(f"{lang}/placecues.tsv")} <= PLACE_HINTS


@pytest.mark.parametrize("lang", LANGS)
def test_byline_phrases_are_documented_kinds_with_one_digit_order(lang):
    rows = _dicts(f"{lang}/published.tsv")
    kinds = {
        "published",
        "updated",
        "order",
        "lead",
        "weekday",
        "ordinal",
        "clock",
        "author",
        "month_first",
        "copyright",
    }
    assert {r["kind"] for r in rows} <= kinds
    orders = [r["phrase"] for r in rows if r["kind"] == "order"]
    assert len(orders) == 1 and orders[0] in ("dmy", "mdy")


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
    values = {
        int(r["value"])
        for r in _dicts(f"{lang}/quantities.tsv")
        if r["value"] and not r["low"] and not r["phrase"].startswith("*")
    }
    assert set(range(101)) <= values


@pytest.mark.parametrize("lang", LANGS)
def test_quantities_have_multipliers_for_digits(lang):
    mult = {int(r["value"]) for r in _dicts(f"{lang}/quantities.tsv") if r["phrase"].startswith("*")}
    assert {100, 1000, 1_000_000} <= mult


@pytest.mark.parametrize("lang", LANGS)
def test_dates_cover_weekdays_months_and_relative_days(lang):
    rows = _dicts(f"{lang}/dates.tsv")
    assert all(r["phrase"] == norm(r["phrase"]) for r in rows), "phrases must be normalised"
    by_kind: dict[str, set[int]] = {}
    for r in rows:
        valueless = (
            "none",
            "range",
            "next",
            "last",
            "background",
            "comparison",
            "numeric",
            "part",
            "lone_day",
            "circumstance",
            "occurrence",
            "occasion",
        )
        by_kind.setdefault(r["kind"], set()).add(int(r["value"]) if r["kind"] not in valueless else 0)
    # `numeric` only where the language reads all-digit dates one way (French, not English); `lone_day` only
    # where a bare day number follows an article ("le 12"; English needs "the 12th")
    assert set(by_kind) - {"numeric", "lone_day"} == {
        "weekday",
        "month",
        "relative",
        "none",
        "range",
        "next",
        "last",
        "background",
        "comparison",
        "part",
        "sequel",
        "circumstance",
        "occurrence",
        "gap",
        "occasion",
        "occasion_day",
    }
    assert not {r["value"] for r in rows if r["kind"] in valueless} - {""}
    assert {r["unit"] for r in rows if r["kind"] == "relative"} == {"day", "week", "weeks", "weekend", "month", "year"}
    # an occasion's `unit` is its id in xx/occasions.tsv (test_occasion_dates)
    assert not {r["unit"] for r in rows if r["kind"] not in ("relative", "occasion")} - {""}
    assert by_kind["weekday"] == set(range(7))
    assert by_kind["month"] == set(range(1, 13))
    # the day before yesterday, yesterday, today, tomorrow (which phrase says each: entry rows in examples.tsv)
    assert {-2, -1, 0, 1} <= {int(r["value"]) for r in rows if r["kind"] == "relative" and r["unit"] == "day"}


@pytest.mark.parametrize("lang", LANGS)
def test_reporting_rows_have_known_kinds(lang):
    assert {r["kind"] for r in _dicts(f"{lang}/reporting.tsv")} == {"verb", "prep", "noun"}


# ---------------------------------------------------------------------------------------------------
# examples.tsv: what the tables hold
# ---------------------------------------------------------------------------------------------------


def _key_matches(key: str, word: str) -> bool:
    # matched normalised, as the extractors look words up; "*mille" (a multiplier) is not "mille"
    return norm(key) == norm(word) and key.startswith("*") == word.startswith("*")


@pytest.mark.parametrize("lang", LANGS)
def test_examples_have_known_kinds_and_name_existing_files(lang):
    for r in datafiles.table(lang, EXAMPLES):
        assert r["kind"] in SENTENCE_KINDS + ("entry", "absent"), r
        if r["kind"] in SENTENCE_KINDS:
            assert r["word"] and r["pos_or_type"] and r["sentence"] and not r["expect"], r
        else:
            assert (ROOT / lang / r["pos_or_type"]).is_file() and not r["sentence"], r
            assert all(p.count("=") == 1 for p in r["expect"].split()), r


@pytest.mark.parametrize("lang, row", _params("entry"))
def test_table_holds_the_listed_entry(lang, row):
    want = dict(p.split("=") for p in row["expect"].split())
    rows = datafiles.table(lang, row["pos_or_type"])
    hits = [
        r
        for r in rows
        if (not row["word"] or _key_matches(next(iter(r.values())), row["word"]))
        and all(r.get(c) == v for c, v in want.items())
    ]
    assert hits, f"{lang}/{row['pos_or_type']} has no row {row['word']!r} with {want}"


@pytest.mark.parametrize("lang, row", _params("absent"))
def test_table_leaves_out_the_listed_word(lang, row):
    name = row["pos_or_type"]
    keys = (
        datafiles.words(lang, name)
        if name.endswith(".txt")
        else {next(iter(r.values())) for r in datafiles.table(lang, name)}
    )
    assert not any(_key_matches(k, row["word"]) for k in keys), f"{row['word']!r} is in {lang}/{name}"


# ---------------------------------------------------------------------------------------------------
# examples.tsv: every row has its example, and the model agrees with it
# ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_trigger_row_has_exactly_one_kind_of_example(lang):
    rows = set(_trigger_rows(lang))
    lemma_ex = {(r["word"], r["pos_or_type"]) for r in _examples(lang, "trigger")}
    surface_ex = {(r["word"], r["pos_or_type"]) for r in _examples(lang, "surface")}
    assert not lemma_ex & surface_ex
    assert rows - lemma_ex - surface_ex == set(), "triggers without an example sentence"
    assert (lemma_ex | surface_ex) - rows == set(), "examples for triggers that are not in triggers.tsv"


@pytest.mark.parametrize("lang", LANGS)
def test_every_mode_word_and_reporting_verb_has_an_example(lang):
    modes = {(r["lemma"], r["type"]) for r in _dicts(f"{lang}/modes.tsv")}
    assert modes == {(r["word"], r["pos_or_type"]) for r in _examples(lang, "mode")}
    verbs = {r["phrase"] for r in _dicts(f"{lang}/reporting.tsv") if r["kind"] == "verb"}
    assert verbs == {r["word"] for r in _examples(lang, "reporting")}


@pytest.mark.parametrize("lang, row", _params("trigger"))
def test_model_gives_trigger_lemma_in_example(parsed, lang, row):
    doc = parsed(lang)[row["sentence"]]
    lemma, pos = row["word"], row["pos_or_type"]
    trigger = _trigger_rows(lang)[(lemma, pos)]
    # a stop-phrase (type NONE) may start on a function word, so only its words must come out
    stop = trigger["type"] == "NONE"
    assert _found(lemma, doc, None if stop else pos, count=trigger["count"]), (
        f"{lemma!r} ({pos}) not produced: {_show(doc)}"
    )


@pytest.mark.parametrize("lang, row", _params("surface"))
def test_mislemmatised_form_is_still_needed(parsed, lang, row):
    doc = parsed(lang)[row["sentence"]]
    form, pos = row["word"], row["pos_or_type"]
    assert _found(form, doc, pos, on_text=True), f"{form!r} ({pos}) not in: {_show(doc)}"
    proper = {norm(r["word"]) for r in _examples(lang, "trigger") if r["pos_or_type"] == pos}
    lemmas = {u[0] for u in _units(doc) if u[1] == norm(form)}
    assert not lemmas & proper, (
        f"the model now lemmatises {form!r} to a listed lemma {lemmas & proper}: "
        f"drop the row from {lang}/triggers.tsv and {lang}/{EXAMPLES}"
    )


@pytest.mark.parametrize("lang, row", _params("mode"))
def test_model_gives_mode_lemma_in_example(parsed, lang, row):
    doc = parsed(lang)[row["sentence"]]
    assert _found(row["word"], doc), f"{row['word']!r} not produced: {_show(doc)}"


@pytest.mark.parametrize("lang, row", _params("reporting"))
def test_model_gives_reporting_verb_in_example(parsed, lang, row):
    doc = parsed(lang)[row["sentence"]]
    assert _found(row["word"], doc, row["pos_or_type"]), f"{row['word']!r} not produced: {_show(doc)}"


# ---------------------------------------------------------------------------------------------------
# The shared folder xx/
# ---------------------------------------------------------------------------------------------------

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


def test_shared_plover_table_lists_the_16_types_each_with_a_description():
    rows = _dicts(f"{SHARED}/plover.tsv")
    assert _plover_types() == list(PLOVER_TYPES)
    assert {r["type"] for r in rows} == set(PLOVER_TYPES)
    assert all(r["description"].strip() for r in rows)
    assert all(r["mode"] == r["mode"].lower() and " " not in r["mode"] for r in rows)


def test_shared_cameo_mapping_covers_every_cameo_root():
    codes = {r["cameo"] for r in _dicts(f"{SHARED}/cameo_plover.tsv")}
    assert {f"{n:02d}" for n in range(1, 21)} <= codes
    assert all(c.isdigit() for c in codes)
