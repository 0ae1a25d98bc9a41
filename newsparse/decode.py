"""Bytes to text: detect the encoding from a sample, then decode as a stream of lines.

The text is kept exactly as found: a UTF-8 byte-order mark stays in the text as U+FEFF and line
endings (LF, CRLF, CR) are not translated, so character offsets point into the real input.

Detection, in order: a BOM (UTF-8, UTF-16); NUL bytes or control characters (binary, refused);
UTF-8 (valid, or with invalid bytes far outnumbered by valid multi-byte characters); Windows-1252 when its non-ASCII bytes stand alone between ASCII letters the way
accented letters do in Western European text. Anything else is refused with a message that
names ``--encoding``. A UTF-8 file with a stray invalid byte further on decodes that byte as
Windows-1252 instead of failing mid-way.
"""
from __future__ import annotations

import codecs
import re
from typing import BinaryIO, Iterable, Iterator

from .errors import InputError

SAMPLE_SIZE = 1 << 16
CHUNK_SIZE = 1 << 16

_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def _fallback(exc: UnicodeError) -> tuple[str, int]:
    """Decode bytes UTF-8 cannot read as Windows-1252 (Latin-1 for its five unused bytes)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start:exc.end]
    return "".join(chr(b) if b in _CP1252_UNDEFINED else bytes([b]).decode("cp1252") for b in bad), exc.end


codecs.register_error("newsparse-fallback", _fallback)

# control characters that plain text does not hold (deleted with bytes.translate to count them)
_CONTROL = bytes([*range(0x00, 0x09), *range(0x0e, 0x1b), *range(0x1c, 0x20)])
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
_ESCAPED = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")


def detect_encoding(sample: bytes) -> str:
    """The codec name for a file that starts with ``sample``; raise InputError when unusable."""
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in sample:
        raise InputError("binary data, not text (it contains NUL bytes)")
    if len(sample) - len(sample.translate(None, _CONTROL)) > max(8, len(sample) // 200):
        raise InputError("binary data, not text (too many control characters)")
    if _is_utf8(sample):
        return "utf-8"            # the common case, told without counting characters
    text = codecs.getincrementaldecoder("utf-8")("surrogateescape").decode(sample, final=False)
    bad = len(_ESCAPED.findall(text))
    good = len(_NON_ASCII.findall(text)) - bad
    if bad == 0 or good >= 2 * bad:
        return "utf-8"            # a stray invalid byte among real UTF-8 reads as Windows-1252
    runs = _HIGH_RUN.findall(sample)
    lone = sum(1 for r in runs if len(r) == 1)
    if runs and lone / len(runs) >= 0.8:
        return "cp1252"
    raise InputError("not UTF-8 or Windows-1252 text; name its encoding with --encoding")


def _is_utf8(sample: bytes) -> bool:
    """Whether ``sample`` is valid UTF-8, but for a character cut at its end."""
    if sample.isascii():
        return True
    try:
        codecs.getincrementaldecoder("utf-8")("strict").decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _codec(encoding: str) -> tuple[str, str]:
    """(codec, error handler) for a detected or given encoding; a codec that does not turn
    bytes into text ("hex", "zlib", "rot13") is refused."""
    if encoding in ("utf-8", "cp1252"):
        return encoding, "newsparse-fallback"
    if not is_text_encoding(encoding):
        raise InputError(f"cannot decode with {encoding!r}: not a known text encoding")
    return encoding, "strict"


def is_text_encoding(name: str) -> bool:
    """Whether ``name`` is a codec that turns bytes into text (not "hex", "zlib", "rot13")."""
    try:
        b"x".decode(name)                 # LookupError for unknown and for non-text codecs
    except LookupError:
        return False
    except UnicodeError:
        pass                              # a text codec that wants more bytes ("utf-16")
    return True


def decode_bytes(data: bytes, encoding: str | None = None) -> str:
    """Decode a whole input; see the module docstring for the rules."""
    enc, errors = _codec(encoding or detect_encoding(data[:SAMPLE_SIZE]))
    try:
        return data.decode(enc, errors)
    except (UnicodeError, LookupError) as exc:
        raise InputError(f"cannot decode as {enc}: {exc}") from None


def iter_decoded(stream: BinaryIO, encoding: str | None = None) -> Iterator[str]:
    """Decode a binary stream chunk by chunk; the encoding is detected on the first chunk."""
    first = stream.read(SAMPLE_SIZE)
    enc, errors = _codec(encoding or detect_encoding(first))
    try:
        decoder = codecs.getincrementaldecoder(enc)(errors)
    except LookupError:
        raise InputError(f"unknown encoding {enc!r}") from None
    chunk = first
    try:
        while chunk:
            text = decoder.decode(chunk)
            if text:
                yield text
            chunk = stream.read(CHUNK_SIZE)
        tail = decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        raise InputError(f"cannot decode as {enc}: {exc.reason} at byte {exc.start}") from None
    except UnicodeError as exc:           # "UTF-16 stream does not start with BOM"
        raise InputError(f"cannot decode as {enc}: {exc}") from None
    if tail:
        yield tail


_EOL = re.compile(r"\r\n|\n|\r")


def iter_lines(chunks: Iterable[str]) -> Iterator[str]:
    """Split text chunks into lines that keep their endings (LF, CRLF or a lone CR).

    Only these three end a line: form feeds and Unicode separators stay inside lines.
    """
    rest = ""
    for chunk in chunks:
        lines = split_lines(rest + chunk)
        # the last line waits for the next chunk when it has no ending yet, or ends in a CR
        # that may be the first half of a CRLF cut by the chunk
        rest = lines.pop() if lines and lines[-1][-1] != "\n" else ""
        yield from lines
    if rest:
        yield rest


def _eol_lines(text: str) -> list[str]:
    """The lines of ``text`` cut at LF, CRLF and CR only, with their endings."""
    lines = []
    pos = 0
    for m in _EOL.finditer(text):
        lines.append(text[pos:m.end()])
        pos = m.end()
    if pos < len(text):
        lines.append(text[pos:])
    return lines


def split_lines(text: str) -> list[str]:
    """The lines of a whole text, with their endings; joining them gives back the text."""
    lines = text.splitlines(keepends=True)
    # str.splitlines also breaks at the other breaks; counting the CR and LF breaks (fast
    # C searches) tells whether it met any, where a regex search would read every character
    breaks = text.count("\n") + text.count("\r") - text.count("\r\n")
    if len(lines) == breaks + (text[-1:] not in ("\r", "\n", "")):
        return lines                # the same cut: only CR and LF broke lines (or a last one)
    return _eol_lines(text)
