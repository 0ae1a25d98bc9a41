"""Files of articles divided by form feeds or by rules of ``=``, ``-`` or ``*`` lines, or wire
stories one after the other, each closed by its end mark ("(END)", "-30-", "###"), as a layout spec.

Each piece between separators is one article, read as free text (no layout fields). A rule of
``=`` or ``-`` right under a line of text underlines a heading (``Title`` / ``=====``), and a short
rule (``----``, ``****``) breaks a section inside a story: neither divides anything. The layout is
detected only when at least two pieces read as articles (a headline-like first line and some
prose), so one article with a rule above its footer stays one; pieces that all open with the
same line are the pages of one text under its running head (a PDF saved as text), not articles.
An end mark stays with the story it closes; a new story starts at the headline after it (a short
line that is no copyright notice), so a story that ends in "(END)", with or without a copyright
line under it, is one article.
"""
from __future__ import annotations

from typing import Sequence

from ._text import Ln, is_copyright, is_rule
from .detect import RULE_LEAST, is_story_end, looks_generic
from .engine import Layout, RecordSpec, numbered

NAME = "generic"

ARTICLE_WORDS = 30          # an article piece has at least this many words
TITLE_WORDS = 15            # ... and opens with a line of at most this many
_UNDERLINES = "=-"          # the rules that underline a heading right above them (setext)


def _divides(line: Ln, prev: Ln | None) -> bool:
    """Whether a line is a rule between articles. A rule of ``=`` or ``-`` right under a line of
    text, with no blank line between, is that heading's underline whatever its length (a Markdown
    converter underlines a headline of 80 characters with a rule of its own length, or of any
    length); a rule of ``*`` counts as an underline only under a short line of about its length."""
    if not is_rule(line.text, least=RULE_LEAST):
        return False
    if prev is None or not prev.text or is_rule(prev.text):
        return True
    if line.text[0] in _UNDERLINES:
        return False                             # a setext heading's underline
    return not (len(prev.text) <= 60 and abs(len(line.text) - len(prev.text)) <= 3)


PROSE_WORDS = 12           # a story's first paragraphs hold a sentence of at least this many words
PROSE_LINES = 5            # ... among the first lines of text under its headline


def _starts_after(line: Ln, last: Ln) -> bool:
    """A headline right after a story's end mark opens the next story."""
    return is_story_end(last.text) and _headline_like(line.text)


def _headline_like(text: str) -> bool:
    return (len(text) < 100 and len(text.split()) <= TITLE_WORDS and (text[0].isalnum() or text[0] in "\"'“‘«")
            and not is_copyright(text) and not is_story_end(text))


def _story_like(piece: list[Ln]) -> bool:
    """A wire story: a headline, and a sentence among the first lines under it (not a page's menu
    above an article that ends in "(END)", nor the furniture under it)."""
    texts = [l.text for l in piece if l.text]
    return bool(texts) and _headline_like(texts[0]) and any(
        len(t.split()) >= PROSE_WORDS and t[-1] in ".!?\"”’»" for t in texts[1:1 + PROSE_LINES])


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
    cheap test: a form feed, a rule or an end mark). Pieces cut at a story's end mark count only
    when each piece on either side of such a cut reads as a wire story."""
    pieces, stories = _pieces(head, ends=True)
    if not all(_story_like(pieces[i]) for i in stories):
        pieces, _ = _pieces(head, ends=False)
    heads = [next((l.text for l in p if l.text), "") for p in pieces]
    if len(pieces) >= 2 and len(set(heads)) == 1:
        return False                             # one running head over every piece: pages of one text
    return len(pieces) >= 2 and sum(1 for p in pieces if _article_like(p)) >= 2


def _pieces(head: Sequence[str], ends: bool) -> tuple[list[list[Ln]], set[int]]:
    """The head cut at form feeds and rules (and, with ``ends``, at the headline after an end
    mark), and the pieces on either side of an end-mark cut."""
    pieces: list[list[Ln]] = [[]]
    stories: set[int] = set()
    last: Ln | None = None                      # the last line of text of the piece
    for line in numbered(head, form_feeds=True):
        if line.full == "\f" or _divides(line, pieces[-1][-1] if pieces[-1] else None):
            pieces.append([])
            last = None
            continue
        if ends and line.text and last is not None and _starts_after(line, last):
            stories |= {len(pieces) - 1, len(pieces)}
            pieces.append([])
        pieces[-1].append(line)
        last = line if line.text else last
    return pieces, stories


LAYOUT = Layout(name=NAME, detect=looks_generic, divides=_divides, starts_after=_starts_after, form_feeds=True,
                record=RecordSpec(free=True))
