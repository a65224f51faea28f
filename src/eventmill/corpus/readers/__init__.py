"""Input readers for corpus runs: every file, directory and archive becomes `Record`s.

The formats a run reads, and the file names that select them, are listed here; the readers are:

- `inputs`: walks directories and archives and hands each file to the reader of its format;
- `text`: plain text, JSON Lines and CSV/TSV (`Columns` names the fields);
- `pages`: saved HTML pages (text extracted in the worker, with trafilatura);
- `warc`: WARC archives of crawled pages; `feeds`: saved RSS and Atom feeds;
- `records`: what they all yield (`Record`, `Source`, `text_record`); `decode`: bytes to text,
  loose dates to ISO, HTML fragments to text.

This module imports nothing, so the CLI can list the formats without loading a reader.
"""

from __future__ import annotations

import os

FORMATS = ("auto", "txt", "html", "jsonl", "csv", "tsv", "warc", "feed")
SUFFIXES = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".warc": "warc",
    ".arc": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}
ARCHIVES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")


def detect_format(name: str) -> str | None:
    """The format a file name suggests (`.gz` looked through), or None."""
    lower = name.lower()
    if lower.endswith(".gz") and not lower.endswith((".warc.gz", ".arc.gz")):
        lower = lower[:-3]
    for suffix in (".warc.gz", ".arc.gz"):
        if lower.endswith(suffix):
            return "warc"
    return SUFFIXES.get(os.path.splitext(lower)[1])
