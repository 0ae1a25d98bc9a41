"""Bytes to text: detect the encoding from a sample, then decode as a stream of lines.

The text is kept exactly as found: a byte-order mark stays in the text as U+FEFF and line
endings (LF, CRLF, CR) are not translated, so character offsets point into the real input.

Detection, in order, on the first 64 KiB:

0. a document of a known format by its start (``NOT_TEXT``: an HTML page opening with
   ``<!DOCTYPE html`` or ``<html``, XML such as a feed, RTF, a PDF), after a UTF-8 mark and
   blank space: refused, naming the format, markup or a document, not text (a text that quotes
   one of them further down is read);
1. a byte-order mark: UTF-8, UTF-16 or UTF-32, little or big endian;
2. NUL bytes: UTF-16 or UTF-32 without a mark when the NULs fall in the pattern those leave
   (every other byte, or two of every four), else binary data, refused;
3. control characters that text does not hold: binary data, refused;
4. UTF-8 (valid, or with invalid bytes far outnumbered by valid multi-byte characters);
5. Windows-1252 when its non-ASCII bytes stand alone between ASCII letters, the way accented
   letters do in Western European text;
6. Windows-1251 or KOI8-R when the non-ASCII bytes are words of Cyrillic letters, told apart by
   case (most letters of running text are lower case, and the two put cases in opposite halves);
7. otherwise charset-normalizer (imported only then) among GB18030, Big5, Shift_JIS, EUC-JP,
   EUC-KR and the single-byte code pages; a guess from little evidence is marked unsure.

Anything else is refused with a message that names ``--encoding``. A UTF-8 file with a stray
invalid byte further on decodes that byte as Windows-1252 instead of failing mid-way.
"""
from __future__ import annotations

import codecs
from typing import BinaryIO, Iterable, Iterator

from .errors import InputError
from .lazyre import lazy
from .slotted import frozen

SAMPLE_SIZE = 1 << 16
CHUNK_SIZE = 1 << 16

_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}

# formats told by how a file starts (lower case), refused as not text: what they are, and what
# to do. A PDF's first kilobyte may hold no NUL byte, and markup none at all.
NOT_TEXT: tuple[tuple[tuple[bytes, ...], str, str], ...] = (
    ((b"<!doctype html", b"<html"), "HTML markup",
     "save the page as text first (a browser's Save as text, or an HTML-to-text converter)"),
    ((b"<?xml", b"<rss", b"<feed xmlns"), "XML markup (a feed or other XML document)",
     "take the article's text out of it first"),
    ((b"{\\rtf",), "RTF document", "save it as plain text first"),
    ((b"%pdf-",), "PDF document", "take its text out first (pdftotext, or a viewer's Save as text)"),
)
_NOT_TEXT_LONGEST = max(len(start) for starts, _, _ in NOT_TEXT for start in starts)


def _fallback(exc: UnicodeError) -> tuple[str, int]:
    """Decode bytes UTF-8 cannot read as Windows-1252 (Latin-1 for its five unused bytes)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start:exc.end]
    return "".join(chr(b) if b in _CP1252_UNDEFINED else bytes([b]).decode("cp1252") for b in bad), exc.end


codecs.register_error("newsparse-fallback", _fallback)

# control characters that plain text does not hold (deleted with bytes.translate to count them)
_CONTROL = bytes([*range(0x00, 0x09), *range(0x0e, 0x1b), *range(0x1c, 0x20)])
_CONTROL_TEXT = lazy("[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_HIGH_RUN = lazy(rb"[\x80-\xff]+")
_ESCAPED = lazy("[\udc80-\udcff]")
_NON_ASCII = lazy("[^\x00-\x7f]")
_SURROGATE = lazy("[\ud800-\udfff]")

# byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one)
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))

# what charset-normalizer may name, and the name newsparse reports and decodes with: the
# common name when the sample decodes with it, else the larger code page it names
_FAMILIES = {
    "gb2312": ("gb18030",), "gbk": ("gb18030",), "gb18030": ("gb18030",), "hz": ("hz",),
    "big5": ("big5", "cp950"), "big5hkscs": ("big5", "big5hkscs"), "cp950": ("big5", "cp950"),
    "shift_jis": ("shift_jis", "cp932"), "cp932": ("shift_jis", "cp932"),
    "shift_jis_2004": ("shift_jis", "shift_jis_2004"), "shift_jisx0213": ("shift_jis", "shift_jisx0213"),
    "euc_jp": ("euc_jp",), "euc_jis_2004": ("euc_jp", "euc_jis_2004"), "euc_jisx0213": ("euc_jp", "euc_jisx0213"),
    "euc_kr": ("euc_kr", "cp949"), "cp949": ("euc_kr", "cp949"), "johab": ("johab",),
}
_EVIDENCE = 16         # fewer non-ASCII bytes than this make any guess of a code page unsure


@frozen
class Detection:
    """The encoding found for an input, and whether the evidence was thin."""
    encoding: str
    sure: bool = True


def detect_encoding(sample: bytes) -> str:
    """The codec name for a file that starts with ``sample``; raise InputError when unusable."""
    return detect(sample).encoding


def detect(sample: bytes) -> Detection:
    """Detect the encoding of an input from its first bytes; see the module docstring."""
    head = sample.lstrip(b" \t\r\n\xef\xbb\xbf")[:_NOT_TEXT_LONGEST].lower()
    for starts, kind, advice in NOT_TEXT:
        if head.startswith(starts):
            raise InputError(f"{kind}, not text: {advice}")
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return Detection(name)
    if b"\x00" in sample:
        wide = _wide_unicode(sample)
        if wide is None:
            raise InputError("binary data, not text (it contains NUL bytes)")
        return Detection(wide)
    if len(sample) - len(sample.translate(None, _CONTROL)) > max(8, len(sample) // 200):
        raise InputError("binary data, not text (too many control characters)")
    if _is_utf8(sample):
        return Detection("utf-8")       # the common case, told without counting characters
    text = codecs.getincrementaldecoder("utf-8")("surrogateescape").decode(sample, final=False)
    bad = len(_ESCAPED.findall(text))
    good = len(_NON_ASCII.findall(text)) - bad
    if good >= 2 * bad:
        return Detection("utf-8")       # a stray invalid byte among real UTF-8 reads as Windows-1252
    runs = _HIGH_RUN.findall(sample)
    lone = sum(1 for r in runs if len(r) == 1)
    if lone / len(runs) >= 0.8:
        return Detection("cp1252", sure=len(runs) >= 3)
    cyrillic = _cyrillic(sample, runs)
    if cyrillic:
        return cyrillic
    guess = _normalizer_guess(sample)
    if guess:
        return guess
    raise InputError("not text in an encoding newsparse can tell; name its encoding with --encoding")


def _wide_unicode(sample: bytes) -> str | None:
    """UTF-32 or UTF-16 without a byte-order mark, told by where the NUL bytes fall: the top
    byte of every UTF-32 code unit is NUL; UTF-16 text has its NULs (the high byte of ASCII
    characters) in one byte column far more than in the other. The sample must then decode cleanly as that."""
    candidates = []
    whole = len(sample) < SAMPLE_SIZE                    # the sample is the whole input
    even = sample[:len(sample) - len(sample) % 4]
    if len(even) >= 8 and not (whole and len(sample) % 4):
        if even[3::4].count(0) == len(even) // 4:
            candidates.append("utf-32-le")
        if even[0::4].count(0) == len(even) // 4:
            candidates.append("utf-32-be")
    even = sample[:len(sample) - len(sample) % 2]
    if len(even) >= 4 and not (whole and len(sample) % 2):
        low, high = even[0::2].count(0), even[1::2].count(0)     # NULs in each column (little endian)
        enough = max(2, len(even) // 100)
        if high >= enough and high > 4 * low:
            candidates.append("utf-16-le")
        if low >= enough and low > 4 * high:
            candidates.append("utf-16-be")
    for name in candidates:
        try:
            text = codecs.getincrementaldecoder(name)("strict").decode(sample, final=False)
        except UnicodeDecodeError:
            continue
        if not _CONTROL_TEXT.search(text):
            return name
    return None


def _cyrillic(sample: bytes, runs: list[bytes]) -> Detection | None:
    """Windows-1251 or KOI8-R: words of letters from 0xC0-0xFF, lower case the large majority."""
    high = sum(len(r) for r in runs)
    letters = sum(1 for r in runs for b in r if b >= 0xC0)
    if letters < 0.9 * high or high / len(runs) < 2:
        return None
    upper_half = sum(1 for r in runs for b in r if b >= 0xE0)     # cp1251 lower case, KOI8-R upper case
    share = upper_half / letters
    if share >= 0.7:
        return Detection("cp1251", sure=letters >= _EVIDENCE)
    if share <= 0.3:
        return Detection("koi8_r", sure=letters >= _EVIDENCE)
    return None


def _normalizer_guess(sample: bytes) -> Detection | None:
    """charset-normalizer's best guess, under the name newsparse reports; None when it has none."""
    from charset_normalizer import from_bytes   # costs about 40 ms: only for inputs that need it
    best = from_bytes(sample, cp_isolation=None, preemptive_behaviour=False).best()
    if best is None:
        return None
    names = _FAMILIES.get(best.encoding, (best.encoding,))
    name = next((n for n in names if _decodes(sample, n)), best.encoding)
    high = len(sample) - len(sample.translate(None, bytes(range(0x80, 0x100))))
    return Detection(name, sure=best.chaos < 0.1 and high >= _EVIDENCE)


def _decodes(sample: bytes, name: str) -> bool:
    try:
        codecs.getincrementaldecoder(name)("strict").decode(sample, final=False)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _is_utf8(sample: bytes) -> bool:
    """Whether ``sample`` is valid UTF-8, but for a character cut at its end."""
    return sample.isascii() or _decodes(sample, "utf-8")


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
    return "".join(TextStream(_Bytes(data), encoding))


class _Bytes:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def read(self, n: int) -> bytes:
        self.pos += n
        return self.data[self.pos - n:self.pos]


class TextStream:
    """The decoded text of a binary stream, chunk by chunk.

    The encoding is detected (or checked, when given) as the object is made, so an unusable
    input raises InputError at once; ``encoding`` and ``sure`` tell what was found. Decode
    errors name the byte offset in the whole input. Text that is not Unicode (a lone surrogate,
    as UTF-7 can spell) is refused.
    """

    def __init__(self, stream: BinaryIO, encoding: str | None = None) -> None:
        self._stream = stream
        self._first = stream.read(SAMPLE_SIZE)
        found = Detection(encoding) if encoding else detect(self._first)
        self.encoding, self.sure = found.encoding, found.sure
        codec, errors = _codec(self.encoding)
        if encoding:
            errors = "strict"             # a forced encoding is that one: a byte it cannot read is an error
        try:
            self._decoder = codecs.getincrementaldecoder(codec)(errors)
        except LookupError:
            raise InputError(f"unknown encoding {codec!r}") from None
        self._check = codec not in ("utf-8", "cp1252")     # codecs that can leave lone surrogates

    def __iter__(self) -> Iterator[str]:
        chunk, consumed = self._first, 0
        self._first = b""
        while True:
            final = not chunk
            pending = len(self._decoder.getstate()[0])
            try:
                text = self._decoder.decode(chunk, final=final)
            except UnicodeDecodeError as exc:
                raise InputError(f"cannot decode as {self.encoding}: {exc.reason} at byte "
                                 f"{consumed - pending + exc.start}") from None
            except UnicodeError as exc:                    # a codec's own complaint
                raise InputError(f"cannot decode as {self.encoding}: {exc}") from None
            if self._check:
                m = _SURROGATE.search(text)
                if m:
                    raise InputError(f"decoding as {self.encoding} gives a lone surrogate "
                                     f"(U+{ord(m.group()):04X}), which is not text; name another --encoding")
            if text:
                yield text
            if final:
                return
            consumed += len(chunk)
            chunk = self._stream.read(CHUNK_SIZE)


def iter_decoded(stream: BinaryIO, encoding: str | None = None) -> Iterator[str]:
    """Decode a binary stream chunk by chunk; the encoding is detected on the first chunk."""
    yield from TextStream(stream, encoding)


_EOL = lazy(r"\r\n|\n|\r")


def iter_lines(chunks: Iterable[str]) -> Iterator[str]:
    """Split text chunks into lines that keep their endings (LF, CRLF or a lone CR).

    Only these three end a line: form feeds and Unicode separators stay inside lines. Each
    chunk is split once, and a line longer than a chunk is gathered piece by piece, so the time
    is linear in the text whatever the length of its lines.
    """
    pending: list[str] = []               # the start of a line whose end has not come yet
    for chunk in chunks:
        if not chunk:
            continue
        if pending and pending[-1][-1] == "\r":            # a CR cut from its LF by the chunk
            if chunk[0] == "\n":
                pending.append("\n")
                chunk = chunk[1:]
            yield "".join(pending)
            pending = []
            if not chunk:
                continue
        lines = split_lines(chunk)
        if len(lines) == 1 and lines[0][-1] != "\n":
            pending.append(chunk)                          # no line ends in this chunk
            continue
        if pending:
            pending.append(lines[0])
            lines[0] = "".join(pending)
            pending = []
        last = lines.pop()
        yield from lines
        if last[-1] == "\n":
            yield last
        else:
            pending.append(last)
    if pending:
        yield "".join(pending)


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
