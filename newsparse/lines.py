"""Lines with features: the general signals every later judgement is made from.

A line keeps its exact span in the input; its features are cheap measures of shape (length,
indent, words, function words, closing punctuation, bullets, link and form shapes) and of its
place in the document (how often the same text repeats). Nothing here knows any site.
"""
from __future__ import annotations

import re
from collections import Counter
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

    @property
    def blank(self) -> bool:
        return not self.text


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
    unspaced = script in UNSPACED_SCRIPTS
    lines: list[Line] = []
    pos = offset
    counts: Counter = Counter()
    for i, full in enumerate(split_lines(text)):
        raw = full.rstrip("\r\n")
        stripped = raw.strip().lstrip("\ufeff").strip()
        lowered = stripped.lower().split()
        if unspaced:
            words = max(len(lowered), len(stripped) // 2)
            stops = 0
        else:
            words = len(lowered)
            if words <= STOP_SAMPLE:
                stops = sum(map(stopwords.__contains__, lowered))
            else:                   # a long line: its first words tell its share well enough
                stops = sum(map(stopwords.__contains__, lowered[:STOP_SAMPLE])) * words // STOP_SAMPLE
        line = Line(
            index=i, start=pos, end=pos + len(raw), stop=pos + len(full), raw=raw, text=stripped,
            indent=len(raw) - len(raw.lstrip()), words=words, stops=stops,
            bullet=stripped[:1] in BULLETS or bool(_NUMBERED.match(stripped)),
            sentence_end=stripped.rstrip(CLOSERS)[-1:] in SENTENCE_END,
            digits=_DIGIT.search(stripped) is not None,
        )
        if stripped:
            counts[stripped] += 1
        lines.append(line)
        pos += len(full)
    for line in lines:
        if line.text:
            line.repeats = counts[line.text]
    return Document(text, offset, lines, script)
