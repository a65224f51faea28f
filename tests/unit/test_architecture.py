"""The shape the code keeps: no import cycle, small modules, the ontology and function words as data,
no large binary in the repository.

Each test reads the source (or git), not the running program, so it fails the moment a change
breaks the rule and says where.
"""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

import pytest

from eventmill import datafiles, ontology

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "eventmill"
MAX_LINES = 400
MAX_BINARY = 2_000_000


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(SRC.rglob("*.py")):
        parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def import_graph() -> dict[str, set[str]]:
    """Module -> the eventmill modules it imports, anywhere in the file (deferred imports and those
    under `if TYPE_CHECKING:` too: a type-only import still ties the two modules together)."""
    mods = _modules()
    graph: dict[str, set[str]] = {m: set() for m in mods}
    for name, path in mods.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(
                        package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else [])
                    )
                # "from eventmill import datafiles" imports the submodule, not the package's own code
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in mods else base for a in node.names]
            for t in targets:
                while t and t not in mods:
                    t = t.rpartition(".")[0]
                if t and t != name:
                    graph[name].add(t)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_cycle_in_the_package():
    cycles = _cycles(import_graph())
    assert not cycles, "import cycles (deferred imports count): " + "; ".join(" <-> ".join(c) for c in cycles)


def test_the_cycle_check_sees_deferred_imports():
    graph = {"a": {"b"}, "b": {"a"}, "c": set()}
    assert _cycles(graph) == [["a", "b"]]
    assert "eventmill.api" in import_graph()["eventmill"]  # the deferred import inside extract()


@pytest.mark.parametrize("name, path", sorted(_modules().items()), ids=sorted(_modules()))
def test_module_stays_small(name, path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(ROOT)} has {lines} lines; split it by subject (limit {MAX_LINES})"


def _collections_of_types(path: Path) -> list[str]:
    types = set(ontology.types())
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        elts = []
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            elts = node.elts
        elif isinstance(node, ast.Dict):
            elts = [k for k in node.keys if k is not None]
        named = [e.value for e in elts if isinstance(e, ast.Constant) and e.value in types]
        if named:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {', '.join(named)}")
    return found


def test_only_the_ontology_module_lists_plover_types():
    """Type classes are columns of resources/xx/plover.tsv, read by eventmill/ontology.py."""
    found = [hit for path in _modules().values() if path.name != "ontology.py" for hit in _collections_of_types(path)]
    assert not found, "write type groups as plover.tsv columns, not code: " + "; ".join(found)


def test_the_type_literal_check_catches_a_set():
    probe = ROOT / "tests" / "unit" / "_probe_types.py"
    probe.write_text('SPEECH = {"REQUEST", "ACCUSE"}\nOK = ("dead", "injured")\n', encoding="utf-8")
    try:
        assert len(_collections_of_types(probe)) == 1
    finally:
        probe.unlink()


def _function_words() -> set[str]:
    words = set()
    for lang in datafiles.available_languages():
        words |= {r["word"] for r in datafiles.table(lang, "cases.tsv") if r.get("word")}
    return words


def test_event_code_compares_no_preposition_literally():
    """Prepositions are read from each language's cases.tsv, so a new language needs no code edit."""
    words = _function_words()
    assert {"par", "contre", "of", "against"} <= words
    found = []
    for path in sorted((SRC / "events").glob("*.py")) + [SRC / "stages" / "parse" / "depconv.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Compare):
                consts = [c for c in ast.walk(node) if isinstance(c, ast.Constant) and c.value in words]
                found += [f"{path.relative_to(ROOT)}:{node.lineno}: {c.value!r}" for c in consts]
    assert not found, "compare prepositions through cases.tsv roles: " + "; ".join(found)


def test_no_large_binary_is_tracked():
    try:
        files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    big = []
    for rel in filter(None, files.decode().split("\0")):
        path = ROOT / rel
        if not path.is_file() or path.stat().st_size <= MAX_BINARY:
            continue
        with path.open("rb") as fh:
            head = fh.read(8192)
        if b"\0" in head or head[:2] == b"\x1f\x8b" or head[:4] == b"PK\x03\x04":
            big.append(f"{rel} ({path.stat().st_size:,} bytes)")
    assert not big, f"binary or compressed files over {MAX_BINARY:,} bytes are tracked: {big}"
