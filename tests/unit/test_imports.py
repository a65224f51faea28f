"""Every module of the package imports on its own, so a stage's helper can be used (and tested)
without the rest of the pipeline, and no import cycle hides behind the order modules happen to load."""

import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

# Each module is imported in a clean slate of eventmill modules (third-party ones stay cached, so
# this takes seconds); a missing optional extra (fastapi for the web app) is not a failure here.
PROBE = """
import importlib, sys
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "eventmill" or m.startswith("eventmill.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if (exc.name or "").startswith("eventmill"):
            failed.append(f"{name}: {exc}")
    except ImportError as exc:
        failed.append(f"{name}: {exc}")
print("\\n".join(failed))
"""


def _modules() -> list[str]:
    names = []
    for path in sorted((SRC / "eventmill").rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_every_module_imports_alone():
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *_modules()], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "", f"modules that fail to import alone:\n{out}"
