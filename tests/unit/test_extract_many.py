"""Coding many articles at once (`eventmill.extract_many`, `eventmill eval`): the same documents as one
at a time, in order, with an article that cannot be coded giving its error in its place."""

from __future__ import annotations

import json

import eventmill
from eventmill.config import Config
from eventmill.errors import InputError, UnsupportedLanguage
from eventmill.evaluate import predict_set

TEXTS = [
    "Des milliers de manifestants ont défilé samedi à Lyon contre la réforme des retraites, selon la CGT.",
    "",
    "Gunmen opened fire on a bus in Peshawar on Sunday, killing four passengers, police said.",
    "La policía detuvo ayer a tres manifestantes en el centro de Madrid, según fuentes oficiales.",
    "Deux soldats ont été tués lundi dans une embuscade près de Gao, a annoncé l'armée malienne.",
]


def test_extract_many_gives_what_extract_gives_one_by_one():
    many = list(eventmill.extract_many(TEXTS, published="2024-03-04", batch=2))
    assert len(many) == len(TEXTS)
    assert isinstance(many[1], InputError) and "empty" in str(many[1])
    assert isinstance(many[3], UnsupportedLanguage)
    for k in (0, 2, 4):
        assert many[k] == eventmill.extract(TEXTS[k], published="2024-03-04")
        assert many[k].events


def test_eval_predictions_are_those_of_one_article_at_a_time(tmp_path):
    set_dir, out = tmp_path / "set", tmp_path / "pred"
    set_dir.mkdir()
    out.mkdir()
    for k, text in enumerate(TEXTS):
        (set_dir / f"d{k}.txt").write_text(text, encoding="utf-8")
        (set_dir / f"d{k}.gold.json").write_text(json.dumps({"events": [], "published": "2024-03-04"}))
    failures = predict_set(set_dir, out, Config())
    assert sorted(name for name, _ in failures) == ["d1", "d3"]
    for k in (0, 2, 4):
        alone = eventmill.extract(TEXTS[k], published="2024-03-04").to_dict()
        assert json.loads((out / f"d{k}.json").read_text(encoding="utf-8")) == alone


def test_threads_sharing_the_per_document_caches_get_their_own_documents():
    """Dask runs articles in worker threads: the kept words and trees of one document (phrases._words,
    Tree.of) must never serve another."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [t for t in TEXTS if t and "policía" not in t] * 4
    alone = [eventmill.extract(t) for t in texts[:3]]
    with ThreadPoolExecutor(4) as pool:
        threaded = list(pool.map(eventmill.extract, texts))
    assert threaded == alone * 4
