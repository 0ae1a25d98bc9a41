"""Files of articles divided by form feeds or by rules of ``=``, ``-`` or ``*`` lines, as a
layout spec.

Each piece between separators is one article, read as free text (no layout fields). A rule right
under a short line of about its length underlines a heading (``Title`` / ``=====``), and a short
rule (``----``, ``****``) breaks a section inside a story: neither divides anything. The layout is
detected only when at least two pieces read as articles (a headline-like first line and some
prose), so one article with a rule above its footer stays one; pieces that all open with the
same line are the pages of one text under its running head (a PDF saved as text), not articles.
"""
from __future__ import annotations

from typing import Sequence

from ._text import Ln, is_rule
from .detect import RULE_LEAST, looks_generic
from .engine import Layout, RecordSpec, numbered

NAME = "generic"

ARTICLE_WORDS = 30          # an article piece has at least this many words
TITLE_WORDS = 15            # ... and opens with a line of at most this many


def _divides(line: Ln, prev: Ln | None) -> bool:
    if not is_rule(line.text, least=RULE_LEAST):
        return False
    if prev is not None and prev.text and len(prev.text) <= 60 and not is_rule(prev.text) \
            and abs(len(line.text) - len(prev.text)) <= 3:
        return False                             # a heading's underline
    return True


def _article_like(piece: list[Ln]) -> bool:
    texts = [l.text for l in piece if l.text]
    if len(texts) < 2 or sum(len(t.split()) for t in texts) < ARTICLE_WORDS:
        return False
    first = next(i for i, l in enumerate(piece) if l.text)
    line = piece[first]
    follows = piece[first + 1].text if first + 1 < len(piece) else ""
    return len(line.text.split()) <= TITLE_WORDS and (len(line.text) < 60 or not follows)


def reads_as_articles(head: Sequence[str]) -> bool:
    """Whether the head's pieces read as two articles or more (after ``detect.looks_generic``'s
    cheap test: a form feed or a rule)."""
    pieces: list[list[Ln]] = [[]]
    for line in numbered(head, form_feeds=True):
        if line.full == "\f" or _divides(line, pieces[-1][-1] if pieces[-1] else None):
            pieces.append([])
        else:
            pieces[-1].append(line)
    heads = [next((l.text for l in p if l.text), "") for p in pieces]
    if len(pieces) >= 2 and len(set(heads)) == 1:
        return False                             # one running head over every piece: pages of one text
    return len(pieces) >= 2 and sum(1 for p in pieces if _article_like(p)) >= 2


LAYOUT = Layout(name=NAME, detect=looks_generic, divides=_divides, form_feeds=True, record=RecordSpec(free=True))
