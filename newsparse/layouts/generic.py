"""Files of articles divided by form feeds or by rules of ``=``, ``-``, ``*``, ``_``, ``#`` or ``~``
(also spaced: ``* * * * *``) or by a label between rules (``=== ARTICLE 2 ===``), or wire stories
one after the other, each closed by its end mark ("(END)", "-30-", "###"), as a layout spec.

Each piece between separators is one article, read as free text (no layout fields). A rule of
``=`` or ``-`` right under a line of text underlines a heading (``Title`` / ``=====``), whatever its
length; another rule right under a short line of about its length does too: neither divides
anything. A short rule (``-----``, ``* * *``) breaks a section inside a story, and divides only
where the pieces on both sides each open like an article (a headline with a credit or date line
under it); the engine holds it until the lines after it tell. The layout is
detected only when at least two pieces read as articles (a headline-like first line and some
prose), so one article with a rule above its footer stays one; pieces that all open with the
same line are the pages of one text under its running head (a PDF saved as text), not articles.
An end mark stays with the story it closes; a new story starts at the headline after it (a short
line that is no copyright notice), so a story that ends in "(END)", with or without a copyright
line under it, is one article.
"""
from __future__ import annotations

from typing import Sequence

from ..date_values import DateContext
from ..dateline import match_dateline
from ..dates import find_dates
from ..rules.cues import is_story_end
from ..rules.labels import find_labels
from ._text import Ln, date_text, has_credit_cue, is_copyright, is_rule
from .detect import framed_label, is_signed_off, long_rule, looks_generic, short_rule
from .engine import numbered
from .spec import Layout, MAYBE, RecordSpec

NAME = "generic"

ARTICLE_WORDS = 30          # an article piece has at least this many words
TITLE_WORDS = 15            # ... and opens with a line of at most this many
_UNDERLINES = "=-"          # the rules that underline a heading right above them (setext)


def _divides(line: Ln, prev: Ln | None) -> bool:
    """Whether a line is a rule between articles: a label between rules that numbers the
    article ("=== ARTICLE 2 ==="), or a long rule not under a line of text. A rule of ``=`` or
    ``-`` right under a line of text, with no blank line between, is that heading's underline
    whatever its length (a Markdown converter underlines a headline of 80 characters with a rule
    of its own length, or of any length), unless that line is a story's closing field, which no
    heading is ("Editor: Jane Roe", "(Source: Harbour Post)" over the rule before the next
    story); another rule counts as an underline only under a short line of about its length."""
    if framed_label(line.text) and _numbered_label(line.text):
        return True                              # "=== ARTICLE 2 ===", "---- Article 1 of 3 ----"
    if not long_rule(line.text):
        return False
    if prev is None or not prev.text or is_rule(prev.text):
        return True
    if line.text[0] in _UNDERLINES:
        return _closing_field(prev.text)         # else a setext heading's underline
    return not (len(prev.text) <= 60 and abs(len(line.text) - len(prev.text)) <= 3)


_CLOSING_KEYS = frozenset({"byline", "editor", "photographer", "translator", "source"})


def _closing_field(text: str) -> bool:
    """Whether a line is a credit or source field that closes a story, bare or in brackets
    ("Editor: Jane Roe", "(Source: Harbour Post)", "[Editor: Jane Roe]")."""
    text = text.strip()
    if text[:1] in "([" and text[-1:] in ")]":
        text = text[1:-1]
    if ":" not in text and "：" not in text:
        return False
    labels = find_labels(text)
    return bool(labels) and labels[0][2] == 0 and labels[0][0] in _CLOSING_KEYS


_NO_CONTEXT = DateContext()
CREDIT_CHARS = 100         # a credit or date line under a headline is no longer than this


def _numbered_label(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _tentative(line: Ln) -> bool:
    """A short or spaced rule ("-----", "* * *"), or a label between rules that numbers nothing
    ("---- INDEX REFERENCES ----", a record's own heading): it divides only two articles
    (``_opens_like`` on both sides), so a section break inside one story stays."""
    return short_rule(line.text) or framed_label(line.text) and not _numbered_label(line.text)


def _opens_like(piece: list[Ln]) -> bool:
    """A piece that opens like an article: a headline, and a credit or date line under it
    ("By Anna Muster", "The Harbour Courier, May 2, 2024")."""
    texts = [l.text for l in piece if l.text][:2]
    return (len(texts) == 2 and _headline_like(texts[0]) and len(texts[1]) <= CREDIT_CHARS
            and (has_credit_cue(texts[1]) or bool(date_text(texts[1]))
                 or any(f.value is not None for f in find_dates(texts[1], _NO_CONTEXT))))


PROSE_WORDS = 12           # a story's first paragraphs hold a sentence of at least this many words
PROSE_LINES = 5            # ... among the first lines of text under its headline


def _starts_after(line: Ln, last: Ln) -> bool | str:
    """A headline right after a story's end mark opens the next story; one after a wire
    sign-off may (``MAYBE``): when a dateline follows it (``_opens_story``)."""
    if not _headline_like(line.text):
        return False
    return True if is_story_end(last.text) else MAYBE if is_signed_off(last.text) else False


DATELINE_LINES = 3         # the dateline opens one of a wire story's first lines of text (a slug, the headline)


def _opens_story(piece: list[Ln]) -> bool:
    """A piece that opens like a wire story: a headline, and a dateline opening one of the
    next lines of text ("Kenya-weather" / "Floods kill 12" / "NAIROBI, March 3 (AFP) - ...")."""
    texts = [l.text for l in piece if l.text][:DATELINE_LINES]
    return (bool(texts) and _headline_like(texts[0])
            and any(match_dateline(t) is not None and len(t.split()) >= PROSE_WORDS for t in texts[1:]))


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
    stories: set[int] = set()                   # ids of the pieces on either side of an end-mark cut
    after_rule: list[tuple[list[Ln], Ln]] = []  # pieces that start after a short rule, with the rule
    signed: list[list[Ln]] = []                 # pieces that start after a wire sign-off
    last: Ln | None = None                      # the last line of text of the piece
    for line in numbered(head, form_feeds=True):
        if line.full == "\f" or _divides(line, pieces[-1][-1] if pieces[-1] else None):
            pieces.append([])
            last = None
            continue
        if line.text and _tentative(line):
            pieces.append([])
            after_rule.append((pieces[-1], line))
            last = None
            continue
        if ends and line.text and last is not None and (starts := _starts_after(line, last)):
            stories |= {id(pieces[-1])}
            pieces.append([])
            stories |= {id(pieces[-1])}
            if starts == MAYBE:
                signed.append(pieces[-1])
        pieces[-1].append(line)
        last = line if line.text else last
    for piece in reversed(signed):              # a headline after a sign-off opens a story when a dateline follows
        k = next(i for i, p in enumerate(pieces) if p is piece)
        if not _opens_story(piece):
            pieces[k - 1] += piece
            del pieces[k]
    for piece, rule in reversed(after_rule):    # a short rule between two articles divides; else it is text
        k = next(i for i, p in enumerate(pieces) if p is piece)
        if not (_opens_like(pieces[k - 1]) and _opens_like(piece)):
            pieces[k - 1] += [rule] + piece
            del pieces[k]
    return pieces, {i for i, p in enumerate(pieces) if id(p) in stories}


LAYOUT = Layout(name=NAME, detect=looks_generic, divides=_divides, starts_after=_starts_after,
                opens_story=_opens_story, form_feeds=True,
                tentative=_tentative, opens_like=_opens_like, record=RecordSpec(free=True))
