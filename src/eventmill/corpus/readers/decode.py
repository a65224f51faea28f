"""Bytes to text (with encoding detection), loose dates to ISO, HTML fragments to text."""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import re
import time
from html.parser import HTMLParser

from eventmill.errors import InputError

# legacy encodings of most non-UTF-8 news text in the languages eventmill reads (fr, en): the
# tie-break when detection finds several encodings equally plausible
PREFERRED_ENCODINGS = ("cp1252", "iso8859_15", "latin_1")
# a well-formed UTF-8 multi-byte sequence; finding some in a file that is not valid UTF-8 means the
# file mixes UTF-8 with a single-byte encoding (pasted or concatenated text), which no decoder can fix
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> tuple[str, str]:
    """Text and the encoding it was read with: UTF-8, a BOM, the declared charset, else detected.

    Raises `InputError` with one clear line for empty, binary and mis-encoded input.
    """
    if not data.strip():
        raise InputError(f"{name} is empty (no text after removing whitespace)")
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name} starts with a {enc} byte-order mark but is not valid {enc} "
                    f"(bad byte at offset {exc.start})"
                ) from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{name} is a binary file (it contains NUL bytes), not a text article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        bad = exc.start
    if _UTF8_MULTIBYTE.search(data):
        raise InputError(
            f"{name} is mis-encoded: it mixes UTF-8 with another encoding (first bad byte at "
            f"offset {bad}); re-save it in one encoding, e.g. UTF-8"
        )
    if declared:
        try:
            return data.decode(declared), codecs.lookup(declared).name
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: fall back to detection
    encoding = _detect(data)
    if encoding is None:
        raise InputError(
            f"{name} is not UTF-8 and its encoding could not be detected (bad byte at offset "
            f"{bad}); convert it first, e.g. iconv -f latin1 -t utf-8"
        )
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name} is not UTF-8 and not valid {encoding} either (bad byte at offset "
            f"{exc.start}); convert it to UTF-8 first"
        ) from None


def _detect(data: bytes) -> str | None:
    """The likeliest single-byte encoding. On short texts charset-normalizer finds many encodings
    equally clean (cp775 as often as cp1252 for French), so among those near the best, the one whose
    decoding covers most stopwords of a supported language wins, then the Western legacy encodings."""
    from charset_normalizer import from_bytes

    from eventmill.datafiles import available_languages
    from eventmill.stages.language import detect

    matches = list(from_bytes(data[:200_000]))
    if not matches:
        return None
    near = [m for m in matches if m.chaos <= matches[0].chaos + 0.05][:10]
    sample = data[:20_000]

    def score(m) -> tuple:
        text = sample.decode(m.encoding, errors="replace")
        return (round(detect(text, available_languages())[1], 3), m.encoding in PREFERRED_ENCODINGS)

    return max(near, key=score).encoding


def iso_date(value: object) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD, None) from an ISO string, an RFC 2822 date, a datetime or a struct_time,
    else (None, a warning naming the value)."""
    if value is None or value == "":
        return None, None
    if isinstance(value, time.struct_time):
        return dt.date(*value[:3]).isoformat(), None
    if isinstance(value, dt.datetime):
        return value.date().isoformat(), None
    if isinstance(value, dt.date):
        return value.isoformat(), None
    text = str(value).strip()
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    try:
        return dt.date.fromisoformat(text[:10]).isoformat(), None
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat(), None
    except (TypeError, ValueError, IndexError):
        return None, f"publication date {text[:40]!r} not understood (use YYYY-MM-DD); relative dates stay unresolved"


_BLOCKS = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article"}


class _TextParser(HTMLParser):
    """Collects the text of an HTML fragment, one line per block element; drops scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (an RSS item's description): paragraphs on their own lines."""
    if "<" not in html and "&" not in html:
        return html.strip()
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
