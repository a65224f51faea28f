"""Reading lines and CSV records with a size cap that holds while reading: a line or record over the
cap is skipped as it streams past (kept out of memory) and reported, and the lines after it are read.

Python's `readline()` and `csv` keep a whole line or field in memory (a 1 GB JSON line costs
gigabytes), and `csv` stops for good at a field over its limit. Here a line is read in pieces of at
most `PIECE` characters; a CSV record over the cap goes on to the parser in a compressed form that
drives its state machine through the same states (so it still finds where the record ends, quoted
newlines included) while holding almost nothing.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from typing import IO

PIECE = 1 << 20


class Oversized:
    """Marks a line or record over the cap, in place of its content."""

    __slots__ = ("size",)

    def __init__(self, size: int) -> None:
        self.size = size  # how much had been read when it went over the cap (at least cap + 1)


def capped_lines(fh: IO[bytes], cap: int) -> Iterator[bytes | Oversized]:
    """The lines of a binary stream (newline kept), or `Oversized` for one longer than `cap` bytes."""
    while True:
        line = fh.readline(cap + 1)
        if not line:
            return
        if len(line) > cap and not line.endswith(b"\n"):
            size = len(line)
            while True:  # skip the rest of the line, a piece at a time
                more = fh.readline(PIECE)
                size += len(more)
                if not more or more.endswith(b"\n"):
                    break
            yield Oversized(size)
        else:
            yield line


class _Cap:
    """Shared between the line feeder and the loop that reads rows: the size of the record being read."""

    __slots__ = ("over", "size")

    def __init__(self) -> None:
        self.size = 0
        self.over = False


def _squeezer(delimiter: str):
    """A function that shrinks text to what `csv`'s state machine needs: a run of ordinary characters
    and delimiters moves the parser as its first and last characters do, and a run of quote characters
    as one or two of them (a doubled quote inside quotes is a literal quote)."""
    runs = re.compile(r'[^"\r\n]+|"+')

    def cls(ch: str) -> str:
        return delimiter if ch == delimiter else "x"

    def squeeze(text: str) -> str:
        def one(m: re.Match[str]) -> str:
            run = m.group(0)
            if run[0] == '"':
                return '"' if len(run) % 2 else '""'
            return cls(run[0]) + cls(run[-1])

        return runs.sub(one, text)

    return squeeze


def capped_csv(text: IO[str], cap: int, delimiter: str) -> Iterator[tuple[list[str] | Oversized, int]]:
    """The rows of a CSV text stream, header first, each with its 1-based data row number (0 for the
    header); a row over `cap` characters comes as `Oversized`, and the rows after it are read."""
    state = _Cap()
    squeeze = _squeezer(delimiter)
    # the cap is enforced here, before the parser: its own limit (process-wide) only has to stay out of the way
    csv.field_size_limit(2**31 - 1)

    def feed() -> Iterator[str]:
        buf: list[str] = []
        while True:
            piece = text.readline(PIECE)
            if not piece:
                if buf:
                    yield "".join(buf)
                return
            if state.over:
                buf.append(squeeze(piece))
            else:
                state.size += len(piece)
                if state.size > cap:
                    state.over = True
                    buf = [squeeze("".join(buf) + piece)]
                else:
                    buf.append(piece)
            if piece.endswith(("\n", "\r")):
                yield "".join(buf)
                buf = []
            elif state.over and len(buf) > 64:
                buf = [squeeze("".join(buf))]

    n = -1
    for row in csv.reader(feed(), delimiter=delimiter):
        if not row and not state.over:
            state.size = 0
            continue  # a blank line
        n += 1
        yield (Oversized(state.size) if state.over else row), n
        state.size, state.over = 0, False
