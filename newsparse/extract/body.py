"""The body text: the body's content lines as paragraphs, hard-wrapped lines rejoined.

Paragraphs end at blank lines, at a line indented deeper than the one before (wire copy marks
paragraphs so), at headings, and, in text that is not hard-wrapped, at every line end except
where a line stops mid-sentence and the next goes on in lower case. A text
is hard-wrapped when most of its lines run close to one width; there a line that stops well
short of the width ends its paragraph. Joined lines meet with a space, except across CJK
characters and after a hyphen that ends a line's last word. A text browser's marks (an image
placeholder opening a line, "[7]" before link text) are left out, and so is the markup of a page
saved as Markdown, read over each paragraph's joined lines (a link may wrap): a link keeps its
text ("[the report](https://...)" -> "the report"), a picture goes, emphasis and a heading's
marks go ("**said**", "_said_" -> "said", "## Next steps" -> "Next steps"), and a backslash
escape gives its character ("1924\\." -> "1924.").
"""
from __future__ import annotations

import re

from ..features import WRAP_MAX
from ..lazyre import lazy
from ..lines import Line
from ..markdown import without_markdown

_CJK_START = 0x2E80
# an image's file name or id ("[firefox-240x240]", "[e3d6d9295d]", "[image]"), not an editor's "[Update]"
_PLACEHOLDER = lazy(r"^\[(?:[^\]\s]*[\d_\-][^\]\s]*|\*|images?|img|svg|bild(?:er)?|fotos?|photos?|icon|logo"
                    r"|bullets?)\]\s+(?=\S)", re.I)
_LINK_NUMBER = lazy(r"(?<![\w\]])\[\d{1,4}\](?=[^\W\d_])")
WRAP_SLACK = 0.8      # a line longer than this share of the width is a wrapped line


def build_body(lines: list[Line], keep: list[bool], first_cut: int = 0, last_cut: int | None = None,
               column: int | None = None) -> str:
    """Join kept lines into paragraphs. ``first_cut`` drops that many characters of the first
    kept line (a header printed on the body's first line, a wire's dateline slug); ``last_cut``
    keeps only that many of the last (a sign-off follows). ``column``: the body's text starts
    at that column of every line (a coded export, ``Record.body_column``): a field's code
    before it ("TD  ") goes, and so does the indent of a field's wrapped lines, which then mark
    no paragraph."""
    kept = [(line, i) for i, line in enumerate(lines) if keep[i]]
    if not kept:
        return ""
    if column is not None:
        cut = [(_from_column(line, column), i) for line, i in kept]
        if cut[0][0] is not kept[0][0]:
            first_cut = max(0, first_cut - column)      # the cuts count from the line's start
        if last_cut is not None and cut[-1][0] is not kept[-1][0]:
            last_cut = max(0, last_cut - column)
        kept = cut
    width = max(len(line.raw.rstrip()) for line, _ in kept)
    wrapped = _is_wrapped(kept, width)
    paragraphs: list[list[str]] = []
    current: list[str] = []
    prev: Line | None = None
    prev_index = -2
    for n, (line, i) in enumerate(kept):
        text = line.text
        if n == len(kept) - 1 and last_cut is not None:
            text = line.raw[first_cut if n == 0 else 0:last_cut].strip()
        elif n == 0 and first_cut:
            text = line.raw[first_cut:].strip()
            if not text:
                prev, prev_index = line, i
                continue
        new_paragraph = (
            prev is None
            or i != prev_index + 1                       # a blank or dropped line between
            or line.indent > prev.indent + 1 and prev.indent <= 8
            or not wrapped and not (_runs_on(prev.text) and text[:1].islower())
            or len(prev.raw.rstrip()) < width * WRAP_SLACK and _ends_sentence(prev.text)
            or line.bullet
        )
        if new_paragraph and current:
            paragraphs.append(current)
            current = []
        current.append(_without_browser_marks(text))
        prev, prev_index = line, i
    if current:
        paragraphs.append(current)
    # Markdown's markup per paragraph: a link or emphasis may wrap onto the next line
    return "\n\n".join(without_markdown(join_wrapped(p)) for p in paragraphs)


_CODE = lazy(r"[A-Z]{2,3}")       # a coded export's field code ("LP", "TD", "IPD")


def _from_column(line: Line, column: int) -> Line:
    """``line`` read from ``column``, when only blanks or a field's code stand before it."""
    head = line.raw[:column].strip()
    if head and not _CODE.fullmatch(head):
        return line                       # text before the column: the line as it is
    raw = line.raw[column:]
    text = raw.strip()
    return Line(line.index, line.start + column, line.end, line.stop, raw, text,
                len(raw) - len(raw.lstrip()) if text else 0, line.words, line.stops, line.bullet,
                line.sentence_end, line.digits, line.repeats, line.listed)


def _is_wrapped(kept: list[tuple[Line, int]], width: int) -> bool:
    """Most lines that continue onto the next line run close to the common width, and many of
    them stop mid-sentence (an export with one paragraph per line ends every line on a stop)."""
    inner = [line for (line, i), (_, j) in zip(kept, kept[1:]) if j == i + 1]
    if len(inner) < 2:
        return False
    near = sum(1 for line in inner if len(line.raw.rstrip()) >= width * 0.7)
    mid = sum(1 for line in inner if not _ends_sentence(line.text))
    return near * 2 >= len(inner) and mid * 3 >= len(inner) and width <= WRAP_MAX


def _without_browser_marks(text: str) -> str:
    """A line without the marks a text browser leaves: an image placeholder opening it
    ("[firefox-240x240] Text") and link numbers before link text ("said in a [7]statement")."""
    if "[" not in text:
        return text
    return _LINK_NUMBER.sub("", _PLACEHOLDER.sub("", text))


def _runs_on(text: str) -> bool:
    """A line that stops mid-sentence: on a word or a comma, not a heading's colon or a stop."""
    return bool(text) and (text[-1].isalnum() or text[-1] in ",;-–") and not _ends_sentence(text)


def _ends_sentence(text: str) -> bool:
    return text[-1:] in ".!?…。！？\"”»:'’)"


def join_wrapped(parts: list[str]) -> str:
    """The lines of a wrapped paragraph (or headline) as one line: joined by a space, but
    after a hyphen that ends a word ("Redox-" over "Flow-Technologie", "well-" over "known")
    and between ideographs, with none."""
    out = parts[0]
    for part in parts[1:]:
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha() and part[:1].isalpha():
            out += part                                      # a word or a compound split at its hyphen
        elif out and part and ord(out[-1]) >= _CJK_START and ord(part[0]) >= _CJK_START:
            out += part
        else:
            out += " " + part
    return out
