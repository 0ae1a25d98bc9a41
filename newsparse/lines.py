"""Lines with features: the general signals every later judgement is made from.

A line keeps its exact span in the input; its features are cheap measures of shape (length,
indent, words, function words, closing punctuation, bullets, link and form shapes) and of its
place in the document (how often the same text repeats). Nothing here knows any site.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .decode import split_lines
from .lang import dominant_script
from .rules.cues import BULLETS, CLOSERS, SENTENCE_END
from .rules.scripts import UNSPACED_SCRIPTS
from .rules.stopwords import ALL_STOPWORDS


_DIGIT = re.compile(r"\d")
STOP_SAMPLE = 24       # words of a line counted for its share of function words
_NUMBERED = re.compile(r"\d{1,2}[.)]\s")      # "1. Home", "2) Politics": a numbered list item


@dataclass(slots=True)
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
    repeats: int = 1    # how many lines of the document carry the same text
    meta: bool | None = None   # the segmenter's memo: is this a credit, date or source line


@dataclass(slots=True)
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
    counts: dict[str, int] = {}
    numbered = _NUMBERED.match
    digit = _DIGIT.search
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
        lowered = stripped.lower().split()
        words = len(lowered)
        if unspaced:
            words = max(words, len(stripped) // 2)
            stops = 0
        elif words <= STOP_SAMPLE:
            stops = sum(map(has_stop, lowered))
        else:                       # a long line: its first words tell its share well enough
            stops = sum(map(has_stop, lowered[:STOP_SAMPLE])) * words // STOP_SAMPLE
        append(Line(i, pos, pos + len(raw), pos + len(full), raw, stripped,
                    len(raw) - len(raw.lstrip()), words, stops,
                    stripped[0] in BULLETS or numbered(stripped) is not None,
                    stripped.rstrip(CLOSERS)[-1:] in SENTENCE_END,
                    digit(stripped) is not None))
        counts[stripped] = counts.get(stripped, 0) + 1
        pos += len(full)
    for line in lines:
        if line.text:
            line.repeats = counts[line.text]
    return Document(text, offset, lines, script)
