"""Fuzz the readers and the pipeline with mutated and random inputs; report crashes, hangs and memory.

    python scripts/fuzz.py --minutes 30 --out fuzz-findings/
    python scripts/fuzz.py --minutes 5 --formats jsonl,csv --seed 7 --extract-every 0

Every case is a file in one of the formats `eventmill run` reads (txt, HTML, JSONL, CSV, TSV, WARC,
RSS, Atom, zip, tar), made from a valid seed by random mutations (bit flips, hostile snippets such as
lone surrogates, `&#xD800;`, NUL, BOMs, unbalanced quotes, lying length headers, deep nesting,
truncation, chunk repeats) or from random bytes. Each goes through `iter_records` and, for pages,
through the worker's HTML extraction; every few cases a mutated article goes through `extract`.

A finding is an exception that escapes (a reader must turn every bad input into a failure record;
`extract` may raise only `InputError`), a stage that records a crash as a problem, or a case that
takes longer than --hang seconds. Each finding is saved with its input and traceback under --out.
Not run in CI: it runs for as long as it is told to.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import random
import re
import resource
import sys
import tarfile
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventmill.api import extract  # noqa: E402
from eventmill.config import Config  # noqa: E402
from eventmill.corpus.readers.inputs import iter_records  # noqa: E402
from eventmill.corpus.readers.pages import page_article  # noqa: E402
from eventmill.corpus.timelimit import ArticleTimeout, time_limit  # noqa: E402
from eventmill.errors import InputError  # noqa: E402

ARTICLE = (ROOT / "examples" / "syria_fr.txt").read_text(encoding="utf-8")
PARAS = [p for p in ARTICLE.split("\n") if len(p) > 80]
HOSTILE = [
    b"\\ud800",
    b"\\udfff\\ud800",
    "\ud800".encode("utf-8", "surrogatepass"),
    b"&#xD800;",
    b"&#55296;",
    b"&#x110000;",
    b"&#0;",
    b"\x00",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\r",
    b"\r\n",
    b'"',
    b'""',
    b",",
    b"\t",
    b"\n\n\n",
    b"\\",
    b"<",
    b"]]>",
    b"<![CDATA[",
    b"<script>",
    b"<!--",
    b"Content-Length: 99999999\r\n",
    b"WARC-Target-URI: \r\n",
    b"WARC/1.0\r\n",
    b"[" * 5000,
    b"{" * 5000,
    b"\xc3",
    b"\xe2\x80",
    b"\xf0\x9f\x98",
    b"\xed\xa0\x80",
    "é".encode("latin-1"),
    b"=cmd|'/C calc'!A0",
    b"\u202e",
    "\u202e\u200b\ufeff".encode(),
    b"%s%n",
    b"9" * 400,
    b"-" * 3000,
]


def text(rng: random.Random) -> str:
    return " ".join(rng.sample(PARAS, k=min(len(PARAS), rng.randint(1, 3))))


def seed(kind: str, rng: random.Random) -> bytes:
    """A valid input of one kind."""
    t = text(rng)
    if kind == "txt":
        return t.encode()
    if kind == "html":
        return f"<html><head><meta charset='utf-8'><title>Alep</title></head><body><article><p>{t}</p></article></body></html>".encode()
    if kind == "jsonl":
        rows = [{"text": text(rng), "title": "Titre", "published": "2016-04-09", "lang": "fr"} for _ in range(3)]
        return "".join(json.dumps(r, ensure_ascii=rng.random() < 0.5) + "\n" for r in rows).encode()
    if kind in ("csv", "tsv"):
        import csv

        out = io.StringIO()
        w = csv.writer(out, delimiter="," if kind == "csv" else "\t")
        w.writerow(["title", "text", "date"])
        for _ in range(3):
            w.writerow(["Titre, un", text(rng).replace("a", 'a"', 1), "2016-04-09"])
        return out.getvalue().encode()
    if kind == "rss":
        items = "".join(f"<item><title>T{i}</title><description>{text(rng)}</description></item>" for i in range(2))
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Flux</title><language>fr-FR</language>{items}</channel></rss>'.encode()
    if kind == "atom":
        return f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><title>E</title><content>{t}</content></entry></feed>'.encode()
    if kind == "warc":
        html = f"<html><body><p>{t}</p></body></html>".encode()
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
        head = (
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/a\r\n"
            f"WARC-Record-ID: <urn:uuid:1>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
        ).encode()
        return head + http + b"\r\n\r\n"
    raise ValueError(kind)


def mutate(data: bytes, rng: random.Random) -> bytes:
    """A few random mutations of the bytes."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.random()
        pos = rng.randint(0, len(buf)) if buf else 0
        if op < 0.2 and buf:
            i = rng.randrange(len(buf))
            buf[i] ^= 1 << rng.randrange(8)
        elif op < 0.55:
            buf[pos:pos] = rng.choice(HOSTILE)
        elif op < 0.65:
            del buf[pos:]
        elif op < 0.75 and buf:
            a = rng.randrange(len(buf))
            b = min(len(buf), a + rng.randint(1, 200))
            buf[pos:pos] = buf[a:b] * rng.randint(2, 50)
        elif op < 0.85:
            buf[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
        elif op < 0.9:
            buf[pos:pos] = b"x" * rng.randint(10_000, 3_000_000)  # a long line
        else:
            a = rng.randint(0, len(buf))
            del buf[a : a + rng.randint(1, 100)]
    return bytes(buf)


SUFFIX = {
    "txt": ".txt",
    "html": ".html",
    "jsonl": ".jsonl",
    "csv": ".csv",
    "tsv": ".tsv",
    "rss": ".rss",
    "atom": ".atom",
    "warc": ".warc",
}
KINDS = tuple(SUFFIX) + ("zip", "tar", "gz", "random")


def make_case(kind: str, rng: random.Random, folder: Path) -> Path:
    """Write one case to the folder; returns its path."""
    if kind == "random":
        inner = rng.choice(tuple(SUFFIX))
        path = folder / f"case{SUFFIX[inner]}"
        path.write_bytes(bytes(rng.randrange(256) for _ in range(rng.randint(0, 4096))))
        return path
    if kind in ("zip", "tar", "gz"):
        inner = rng.choice(tuple(SUFFIX))
        member = mutate(seed(inner, rng), rng) if rng.random() < 0.8 else seed(inner, rng)
        if kind == "gz":
            inner = rng.choice(("txt", "jsonl", "csv", "warc"))
            path = folder / f"case{SUFFIX[inner]}.gz"
            data = gzip.compress(mutate(seed(inner, rng), rng))
        elif kind == "zip":
            path = folder / "case.zip"
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w") as zf:
                zf.writestr(f"d/m{SUFFIX[inner]}", member)
                zf.writestr(f"n{SUFFIX[inner]}", seed(inner, rng))
            data = out.getvalue()
        else:
            path = folder / "case.tar.gz"
            out = io.BytesIO()
            with tarfile.open(fileobj=out, mode="w:gz") as tf:
                info = tarfile.TarInfo(f"m{SUFFIX[inner]}")
                info.size = len(member)
                tf.addfile(info, io.BytesIO(member))
            data = out.getvalue()
        if rng.random() < 0.3:
            data = mutate(data, rng)  # a damaged archive
        path.write_bytes(data)
        return path
    path = folder / f"case{SUFFIX[kind]}"
    path.write_bytes(mutate(seed(kind, rng), rng))
    return path


class Findings:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.counts: Counter[str] = Counter()
        self.seen: set[str] = set()

    def add(self, what: str, kind: str, data: bytes, detail: str) -> None:
        last = detail.strip().splitlines()[-1] if detail.strip() else ""
        key = f"{what}:{kind}:{re.sub(r'0x[0-9a-f]+|[0-9]+', 'N', last)[:120]}"
        self.counts[what] += 1
        if key in self.seen:
            return
        self.seen.add(key)
        n = len(self.seen)
        self.out.mkdir(parents=True, exist_ok=True)
        (self.out / f"{n:04d}-{what}-{kind}.bin").write_bytes(data)
        (self.out / f"{n:04d}-{what}-{kind}.txt").write_text(detail, encoding="utf-8")
        print(f"FINDING {n}: {what} on {kind}: {detail.strip().splitlines()[-1][:200]}", flush=True)


def read_case(path: Path, config: Config, hang: float) -> list:
    with time_limit(hang):
        records = list(iter_records([path], config))
        for rec in records:
            if rec.page is not None:
                try:
                    page_article(rec)
                except InputError:
                    pass
    return records


def extract_text(rng: random.Random) -> str:
    raw = mutate(text(rng).encode(), rng)
    return raw.decode("utf-8", "surrogateescape") if rng.random() < 0.5 else raw.decode("utf-8", "replace")


def extract_case(t: str, config: Config, hang: float) -> object:
    with time_limit(hang):
        try:
            return extract(t, config=config)
        except InputError:
            return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--minutes", type=float, default=30.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--formats", default=",".join(KINDS), help=f"comma-separated, of {', '.join(KINDS)}")
    ap.add_argument("--extract-every", type=int, default=10, help="an extract case every N reader cases (0: none)")
    ap.add_argument("--hang", type=float, default=60.0, help="seconds a case may take before it counts as a hang")
    ap.add_argument("--out", type=Path, default=Path("fuzz-findings"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    kinds = [k for k in args.formats.split(",") if k]
    config = Config(max_bytes=2_000_000)
    findings = Findings(args.out)
    per_kind: Counter[str] = Counter()
    extracts = 0
    slowest = (0.0, "")
    slowest_extract = (0.0, 0)
    end = time.monotonic() + args.minutes * 60
    n = 0
    peak_seen = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    jumps: list[tuple[float, str, int]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        while time.monotonic() < end:
            n += 1
            kind = rng.choice(kinds)
            for f in folder.iterdir():
                f.unlink()
            path = make_case(kind, rng, folder)
            data = path.read_bytes()
            t0 = time.perf_counter()
            try:
                read_case(path, config, args.hang)
            except ArticleTimeout:
                findings.add("hang", kind, data, f"reading took over {args.hang} s")
            except Exception:  # noqa: BLE001 - a finding, saved with its traceback
                findings.add("crash", kind, data, traceback.format_exc())
            took = time.perf_counter() - t0
            slowest = max(slowest, (took, kind))
            peak_now = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            if peak_now > peak_seen + 100:  # this case raised the high-water mark by over 100 MB
                print(
                    f"memory: a {kind} case of {len(data):,} bytes took the peak RSS to {peak_now:.0f} MB", flush=True
                )
                jumps.append((peak_now - peak_seen, kind, len(data)))
            peak_seen = peak_now
            per_kind[kind] += 1
            if args.extract_every and n % args.extract_every == 0:
                extracts += 1
                t = extract_text(rng)
                # the first extract also loads the models (the runner's warm-up allowance, too)
                limit = args.hang + (120 if extracts == 1 else 0)
                t1 = time.perf_counter()
                try:
                    doc = extract_case(t, config, limit)
                    crashed = [p for p in getattr(doc, "problems", ()) if p.kind == "error"]
                    if crashed:
                        findings.add(
                            "stage-crash",
                            "extract",
                            t.encode("utf-8", "surrogatepass"),
                            "\n".join(p.message for p in crashed),
                        )
                except ArticleTimeout:
                    findings.add(
                        "hang",
                        "extract",
                        t.encode("utf-8", "surrogatepass"),
                        f"extract of {len(t):,} characters took over {limit} s",
                    )
                except Exception:  # noqa: BLE001
                    findings.add("crash", "extract", t.encode("utf-8", "surrogatepass"), traceback.format_exc())
                slowest_extract = max(slowest_extract, (time.perf_counter() - t1, len(t)))
                peak_now = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                if peak_now > peak_seen + 100:
                    print(f"memory: an extract case of {len(t):,} characters took the peak RSS to {peak_now:.0f} MB")
                    jumps.append((peak_now - peak_seen, "extract", len(t)))
                peak_seen = peak_now
            if n % 200 == 0:
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                print(
                    f"{n} cases, {extracts} extracts, {sum(findings.counts.values())} findings, peak RSS {peak:.0f} MB",
                    flush=True,
                )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"fuzz: {n} reader cases ({', '.join(f'{k} {v}' for k, v in sorted(per_kind.items()))}), {extracts} extract "
        f"cases in {args.minutes:g} min; findings: {dict(findings.counts) or 'none'} ({len(findings.seen)} distinct); "
        f"slowest reader case {slowest[0]:.1f} s ({slowest[1]}); slowest extract {slowest_extract[0]:.1f} s "
        f"({slowest_extract[1]:,} characters); peak RSS {peak:.0f} MB (pid {os.getpid()}); "
        f"cases that raised it by over 100 MB: {[(round(mb), k, size) for mb, k, size in sorted(jumps)[-5:]]}"
    )


if __name__ == "__main__":
    main()
