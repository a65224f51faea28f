"""Every example in every `--help` and in the README runs (issue 15, item 12), in a folder holding the
files the examples name, and exits 0.

The examples run in this process through `cli.main`. Three things are not as written: the executor
is the in-process one whatever `--workers`/`--dask` asks for (the test checks what was asked; a Dask
scheduler at tcp://scheduler:8786 does not exist here), `eventmill eval` scores a two-document copy
of the set it names, and `eventmill serve` records its options instead of serving forever.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import shlex
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from eventmill import cli

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT.parent / "shared" / "eval"
ARTICLE = (ROOT / "examples" / "syria_fr.txt").read_text(encoding="utf-8")


def help_examples() -> list[str]:
    """The example lines of every command's --help (lines of an epilog that start with `eventmill`)."""
    parser = cli.build_parser()
    epilogs = [parser.epilog or ""]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                epilogs.append(sub.epilog or "")
                for inner in sub._actions:
                    if isinstance(inner, argparse._SubParsersAction):
                        epilogs += [s.epilog or "" for s in inner.choices.values()]
    lines = [ln.strip() for text in epilogs for ln in text.splitlines()]
    return sorted({ln for ln in lines if ln.startswith(("eventmill ", "cat "))})


def readme_examples() -> list[str]:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    return [ln[2:] for ln in lines if ln.startswith(("$ eventmill ", "$ python -c"))]


def paragraphs(n: int) -> list[str]:
    paras = [p for p in ARTICLE.split("\n") if len(p) > 150]
    return [f"Le {i % 28 + 1} avril 2016, {paras[i % len(paras)]}" for i in range(n)]


def setup_folder(root: Path) -> Path:
    """The files the examples name, in `root/work` (the examples' working folder)."""
    work = root / "work"
    (work / "examples").mkdir(parents=True)
    shutil.copy(ROOT / "examples" / "syria_fr.txt", work / "examples")
    texts = paragraphs(8)
    for name, text in zip(("article.txt", "a.txt", "b.txt", "c.txt"), texts, strict=False):
        (work / name).write_text(text, encoding="utf-8")
    for folder in ("articles", "cc-news"):
        (work / folder).mkdir()
        for i, text in enumerate(texts[:3]):
            (work / folder / f"{i}.txt").write_text(text, encoding="utf-8")
    (work / "dump.jsonl").write_text(
        "".join(
            json.dumps({"body": t, "date": "2016-04-09", "headline": f"Titre {i}"}) + "\n"
            for i, t in enumerate(texts[4:6])
        ),
        encoding="utf-8",
    )
    with zipfile.ZipFile(work / "articles.zip", "w") as zf:
        zf.writestr("x/one.txt", texts[6])
    with tarfile.open(work / "articles.tar.gz", "w:gz") as tf:
        data = texts[7].encode()
        info = tarfile.TarInfo("one.txt")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    (work / "feed.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Agence</title>'
        f"<item><title>Alep</title><description>{texts[2]} Flux.</description></item></channel></rss>",
        encoding="utf-8",
    )
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(work / "crawl.warc.gz", "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        html = f"<html><head><title>Alep</title></head><body><article><p>{texts[1]}</p><p>{texts[3]}</p></article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        writer.write_record(
            writer.create_warc_record(
                "https://www.example.org/alep", "response", payload=io.BytesIO(html.encode()), http_headers=headers
            )
        )
    from test_gazetteer_import import GOOD, WOF_HEADER

    (work / "SY.txt").write_text("\n".join(GOOD) + "\n", encoding="utf-8")
    row = {"wof_id": 1, "placetype": "locality", "name": "Cheikh Maksoud", "lat": 36.23, "lon": 37.15, "country": "SY"}
    with gzip.open(work / "wof_admin_sy.tsv.gz", "wt", encoding="utf-8") as fh:
        fh.write("\t".join(WOF_HEADER) + "\n" + "\t".join(str(row.get(c, "")) for c in WOF_HEADER) + "\n")
    if (EVAL / "popcorn_fr").is_dir():  # `eventmill eval ../shared/eval/popcorn_fr`: two of its documents
        small = root / "shared" / "eval" / "popcorn_fr"
        small.mkdir(parents=True)
        shutil.copy(EVAL / "score.py", small.parent)
        for txt in sorted((EVAL / "popcorn_fr").glob("*.txt"))[:2]:
            shutil.copy(txt, small)
            shutil.copy(txt.with_suffix(".gold.json"), small)
    return work


# run before the others: the examples that code the databases the others read
ORDER = ("eventmill run", "eventmill gazetteer import")


def run_example(line: str, work: Path, capsys) -> tuple[int, str]:
    """Run one example line (`cmd`, `cmd > file`, `cmd | head`, `cat f | cmd -`, `a && b`) in `work`."""
    line = re.sub(r"\s+#\s.*$", "", line).strip()
    if " && " in line:
        first, rest = line.split(" && ", 1)
        code, output = run_example(first, work, capsys)
        return (code, output) if code else run_example(rest, work, capsys)
    if line.startswith("python -c"):
        proc = subprocess.run(line, shell=True, cwd=work, capture_output=True, text=True, timeout=120)
        return proc.returncode, proc.stdout + proc.stderr
    stdin_file = None
    if line.startswith("cat "):
        head, line = (s.strip() for s in line.split("|", 1))
        stdin_file = work / head.split()[1]
    line = line.split(" | ", 1)[0]
    out_file = None
    if " > " in line:
        line, out_file = (s.strip() for s in line.split(" > ", 1))
    argv = shlex.split(line)[1:]
    capsys.readouterr()
    old_stdin = sys.stdin
    try:
        if stdin_file is not None:
            sys.stdin = io.StringIO(stdin_file.read_text(encoding="utf-8"))
        code = cli.main(argv)
    finally:
        sys.stdin = old_stdin
    captured = capsys.readouterr()
    if out_file:
        (work / out_file).write_text(captured.out, encoding="utf-8")
    return code, captured.out + captured.err


@pytest.fixture
def served(monkeypatch):
    """`eventmill serve` records its options instead of serving forever (the web app has its own tests)."""
    web = pytest.importorskip("eventmill.web")
    calls = []
    monkeypatch.setattr(web, "serve", lambda *args, **kwargs: calls.append(args))
    return calls


@pytest.fixture(scope="module")
def executors():
    """Every run codes in this process; the options each example asked for are recorded."""
    from eventmill.corpus import runner
    from eventmill.corpus.executors import InProcess

    asked = []

    def make_executor(workers, dask):
        asked.append((workers, dask))
        return InProcess()

    mp = pytest.MonkeyPatch()
    mp.setattr(runner, "make_executor", make_executor)
    yield asked
    mp.undo()


def test_the_help_examples_exist():
    examples = help_examples()
    assert any(e.startswith("eventmill stats") for e in examples)
    assert any(e.startswith("eventmill sql") for e in examples) and len(examples) >= 20


def test_every_help_and_readme_example_runs(tmp_path, monkeypatch, capsys, executors, served):
    pytest.importorskip("warcio")
    work = setup_folder(tmp_path)
    monkeypatch.chdir(work)
    monkeypatch.setenv("EVENTMILL_DATA_DIR", str(tmp_path / "data"))
    examples = help_examples() + readme_examples()
    examples.sort(key=lambda e: next((i for i, p in enumerate(ORDER) if e.startswith(p)), len(ORDER)))
    failed = []
    for line in examples:
        if line.startswith("eventmill eval") and not (tmp_path / "shared").is_dir():
            continue  # the evaluation sets are absent
        code, output = run_example(line, work, capsys)
        if code != 0:
            failed.append((line, code, output[-500:]))
    assert not failed, "\n\n".join(f"{line}\n  exit {code}: {out}" for line, code, out in failed)
    assert (4, None) in executors and ("default", "tcp://scheduler:8786") in [
        ("default" if w else w, d) for w, d in executors
    ]
    assert all(call[0] == Path("events.duckdb") for call in served)
    assert (work / "events.csv").stat().st_size > 0 and json.loads((work / "stats.json").read_text())["articles"]


def exit_code(argv: list[str]) -> int | str | None:
    with pytest.raises(SystemExit) as stop:
        cli.main(argv)
    return stop.value.code


def test_a_usage_error_exits_4_like_a_bad_option(capsys):
    assert exit_code(["export", "--format", "nope", "-o", "x"]) == 4
    assert "invalid choice" in capsys.readouterr().err
    assert exit_code(["stats", "--json", "stats.json"]) == 4  # the old --help example
    assert exit_code(["--version"]) == 0 and exit_code(["run", "--help"]) == 0
    assert cli.main([]) == 4
