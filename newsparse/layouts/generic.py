"""Files of articles divided by form feeds or by rules of ``=``, ``-`` or ``*`` lines.

Each piece between separators is one article, read as free text (no layout fields). A rule right
under a short line of about its length underlines a heading (``Title`` / ``=====``) and does not
divide anything. The layout is detected only when at least two pieces read as articles (a
headline-like first line and some prose), so one article with a rule above its footer stays one.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, Sequence

from ..model import Record
from ._text import Ln, make_record, number_lines

NAME = "generic"

RULE = re.compile(r"^\s*([=*\-])\1{3,}\s*$")
ARTICLE_WORDS = 30          # an article piece has at least this many words
TITLE_WORDS = 15            # ... and opens with a line of at most this many


def _is_rule(line: Ln, prev: Ln | None) -> bool:
    if not RULE.match(line.text):
        return False
    if prev is not None and prev.text and len(prev.text) <= 60 and not RULE.match(prev.text) \
            and abs(len(line.text) - len(prev.text)) <= 3:
        return False                             # a heading's underline
    return True


def _pieces(lines: Iterable[Ln]) -> Iterator[list[Ln]]:
    """Runs of lines between separators; form feeds cut inside a line."""
    current: list[Ln] = []
    for line in lines:
        if "\f" in line.full:
            pos = line.start
            for n, part in enumerate(line.full.split("\f")):
                if n:
                    yield current
                    current = []
                    pos += 1
                if part:
                    current.append(Ln(part, pos))
                    pos += len(part)
            continue
        if _is_rule(line, current[-1] if current else None):
            yield current
            current = []
            continue
        current.append(line)
    yield current


def _article_like(piece: list[Ln]) -> bool:
    texts = [l.text for l in piece if l.text]
    if len(texts) < 2 or sum(len(t.split()) for t in texts) < ARTICLE_WORDS:
        return False
    first = next(i for i, l in enumerate(piece) if l.text)
    line = piece[first]
    follows = piece[first + 1].text if first + 1 < len(piece) else ""
    return len(line.text.split()) <= TITLE_WORDS and (len(line.text) < 60 or not follows)


def looks_like(head: Sequence[str]) -> bool:
    pieces = list(_pieces(number_lines(head)))
    return len(pieces) >= 2 and sum(1 for p in pieces if _article_like(p)) >= 2


def read(lines: Iterable[str], head: Sequence[str] = ()) -> Iterator[Record]:
    index = 0
    for piece in _pieces(number_lines(lines)):
        if any(l.text for l in piece):
            yield make_record(piece, NAME, index)
            index += 1
