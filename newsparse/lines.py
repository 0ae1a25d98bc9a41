"""Lines with features: the general signals every later judgement is made from.

A line keeps its exact span in the input; its features are cheap measures of shape (length,
indent, words, function words, closing punctuation, bullets, link and form shapes) and of its
place in the document (how often the same text repeats). Nothing here knows any site.
"""
from __future__ import annotations

from .decode import split_lines
from .lang import dominant_script
from .lazyre import lazy
from .rules.cues import BULLETS, CLOSERS, SENTENCE_END
from .rules.scripts import UNSPACED_SCRIPTS
from .rules.stopwords import ALL_STOPWORDS
from .slotted import mutable


_DIGIT = lazy(r"\d")
_BULLET_CHARS = "".join(BULLETS) + " \t"
_ASCII_DIGITS = b"0123456789"     # deleted from an ASCII line's bytes: 2x faster than a search
STOP_SAMPLE = 24       # words of a line counted for its share of function words
_NUMBERED = lazy(r"\d{1,2}[.)]\s")      # "1. Home", "2) Politics": a numbered list item


@mutable
class Line:
    index: int
    start: int          # offset of the first character in the input
    end: int            # offset after the last character, before the line ending
    stop: int           # offset after the line ending
    raw: str            # the line without its ending
    text: str           # stripped of surrounding whitespace (and a byte-order mark)
    indent: int
    words: int          # words; for unspaced scripts (Chinese, Japanese, Thai), characters / 2
    stops: int          # function words of the document's language
    bullet: bool        # starts with a list bullet
    sentence_end: bool  # ends like a sentence
    digits: bool        # holds a digit (dates, times, numbers)
    repeats: int = 1    # how many lines of the document carry the same text (bullets aside)
    listed: bool = False  # the same text also stands as a list item: a teaser shown twice


@mutable
class Document:
    """The lines of one record and what holds for all of them."""
    text: str
    offset: int
    lines: list[Line]
    script: str

    @property
    def unspaced(self) -> bool:
        return self.script in UNSPACED_SCRIPTS


def scan(text: str, offset: int = 0) -> Document:
    """Cut ``text`` (which starts at ``offset`` in the input) into lines with features."""
    script = dominant_script(text)
    stopwords = ALL_STOPWORDS       # pages mix languages; any language's function words count
    has_stop = stopwords.__contains__
    unspaced = script in UNSPACED_SCRIPTS
    lines: list[Line] = []
    append = lines.append
    pos = offset
    by_text: dict[str, list[Line]] = {}
    numbered = _NUMBERED.match
    for i, full in enumerate(split_lines(text)):
        raw = full.rstrip("\r\n")
        stripped = raw.strip()
        if not stripped or stripped[0] == "\ufeff":
            stripped = stripped.lstrip("\ufeff").strip()
        if not stripped:
            append(Line(i, pos, pos + len(raw), pos + len(full), raw, "", len(raw), 0, 0,
                        False, False, False))
            pos += len(full)
            continue
        # only the first words are needed one by one; the rest of a long line is just counted
        head = stripped.lower().split(None, STOP_SAMPLE)
        if len(head) <= STOP_SAMPLE:
            words = len(head)
            stops = 0 if unspaced else sum(map(has_stop, head))
        else:                       # a long line: its first words tell its share well enough
            words = STOP_SAMPLE + _count_words(head.pop())
            stops = 0 if unspaced else sum(map(has_stop, head)) * words // STOP_SAMPLE
        if unspaced and not stripped.isascii():
            words = max(words, len(stripped) // 2)    # an ASCII line of such a page has real words
        first = stripped[0]
        line = Line(i, pos, pos + len(raw), pos + len(full), raw, stripped,
                    len(raw) - len(raw.lstrip()) if raw[0].isspace() else 0, words, stops,
                    first in BULLETS or (first.isdecimal() and numbered(stripped) is not None),
                    stripped.rstrip(CLOSERS)[-1:] in SENTENCE_END,
                    _has_digit(stripped))
        append(line)
        key = stripped.lstrip(_BULLET_CHARS) if first in BULLETS else stripped
        same = by_text.get(key)     # a teaser shown as a bulleted link and again as a summary
        if same is None:
            by_text[key] = [line]
        else:
            same.append(line)
        pos += len(full)
    for same in by_text.values():
        if len(same) > 1:
            listed = any(line.bullet for line in same)
            for line in same:
                line.repeats = len(same)
                line.listed = listed
    return Document(text, offset, lines, script)


def _has_digit(text: str) -> bool:
    """Whether ``text`` holds a decimal digit of any script."""
    if text.isascii():
        data = text.encode()
        return len(data.translate(None, _ASCII_DIGITS)) != len(data)
    return _DIGIT.search(text) is not None


def _count_words(text: str) -> int:
    """``len(text.split())`` for a text without surrounding whitespace, without building the
    list when single spaces are its only whitespace (no other printable character is a space)."""
    if text.isprintable() and "  " not in text:
        return text.count(" ") + 1
    return len(text.split())
