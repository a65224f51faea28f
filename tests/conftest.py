"""Shared fixtures: the pipeline and its data load once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "syria_fr.txt"
EVAL_DIR = Path(os.environ.get("EVENTMILL_EVAL_DIR", ROOT.parent / "shared" / "eval"))


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the golden files from the current output (review the diff!)",
    )


@pytest.fixture(autouse=True, scope="session")
def _no_user_gazetteer(tmp_path_factory):
    """Tests never see the developer's own gazetteer imports (~/.local/share/eventmill)."""
    os.environ["EVENTMILL_DATA_DIR"] = str(tmp_path_factory.mktemp("eventmill-data"))
    yield


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(seed_text):
    import eventmill

    return eventmill.extract(seed_text, lang="fr")


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    if not (EVAL_DIR / "score.py").is_file():
        pytest.skip(f"evaluation sets not found at {EVAL_DIR} (set EVENTMILL_EVAL_DIR)")
    return EVAL_DIR
