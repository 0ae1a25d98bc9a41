"""Exports whose records each open with a block of labelled lines, with no separator between
records, as a reader of the generic layout.

Many databases and tools print each record as a run of ``Label: value`` lines and then the text:
an index export (``Title:``, ``Author:``, ``Date:``, ``Source:``), a feed saved as text
(``Title:``, ``Link:``, ``Published:``), pages with front matter between ``---`` fences, a
mailbox of news alerts (the ``From `` line, ``From:``, ``Date:``, ``Subject:``). What they share:
the same block of labels comes back before every record, with prose between. So a run of label
lines holding at least ``BLOCK_LABELS`` known labels opens a record when the file's first block
shares ``SHARED_KEYS`` of its keys and the record before it holds ``ARTICLE_WORDS`` words of text;
a block after too little text (the labels after a record's body) stays in its record. A record
starts at the short paragraph right above its block when there is one (a headline, an outlet and
a date line, a front-matter fence), else at the block. The block's known labels are the record's
fields; when they give the headline (``Title:``), the text is what follows the block and its body
label (``Full Text:``), up to a closing heading (``Source Citation``) or the labelled lines after
it; else the record's text is read as free text, as the generic layout's pieces are.

Detection asks for two such records in the head, so an article with one box of labelled facts
stays one article.
"""
from __future__ import annotations

from typing import Iterable, Iterator, Sequence

from ..lazyre import lazy
from ..model import Gap, Record
from ..model import Field
from ._text import Ln, number_lines, read_label
from .detect import looks_labelled
from .fields import labelled
from .spec import Layout

NAME = "generic"

BLOCK_LABELS = 3          # a block holds at least this many known labels
SHARED_KEYS = 2           # ... and shares this many keys with the file's first block
ARTICLE_WORDS = 30        # a record holds at least this many words of text before the next block
HEAD_LINES = 3            # a paragraph of at most this many lines right above a block opens its record

# a line shaped as a label the tables do not know ("Link: ...", "To: ..."): one to five words and
# a colon; each word's characters exclude the space, so the pattern cannot backtrack on long runs
_SHAPED = lazy(r"^[^\W\d_][\w'’/&.()-]*(?: [\w'’/&.()-]+){0,4}\s?:(?:\s|$)")


def _envelope(text: str) -> bool:
    """The ``From sender date`` line that opens each message of a mailbox."""
    if not text.startswith("From "):
        return False
    parts = text.split(None, 3)
    return len(parts) >= 3 and "@" in parts[1]


def line_label(text: str) -> tuple[int, str | None]:
    """What a line is to a block: (2, key) a known label or a mailbox's ``From`` line, (1, None)
    a line shaped as a label, (0, None) anything else."""
    if _envelope(text):
        return 2, "envelope"
    if ":" not in text[:52] and "：" not in text[:52]:
        return 0, None
    lab = read_label(text, upper_ok=False)
    if lab is not None and lab.known:
        return 2, "body" if lab.body else lab.key
    return (1, None) if _SHAPED.match(text) else (0, None)


class Reader:
    """Cut an input at its label blocks, streaming: a record is given out once the block of the
    next one is read (or the input ends). The buffer holds the current record, or before the
    first block the lines above it."""

    def __init__(self) -> None:
        self.buf: list[Ln] = []
        self.open = False                   # the buffer holds a record (its block was read)
        self.first: set[str] | None = None  # the keys of the file's first block
        self.words = 0                      # words of text in the record after its block
        self.run: int | None = None         # the first line of the run of label lines at the end
        self.run_keys: set[str] = set()
        self.run_known = 0
        self.index = 0
        self.block: int | None = None       # the current record's block: its first line in the buffer

    def read(self, lines: Iterable[str]) -> Iterator[Record | Gap]:
        for line in number_lines(lines):
            yield from self.line(line)
        yield from self.end()

    def line(self, line: Ln) -> Iterator[Record | Gap]:
        i = len(self.buf)
        self.buf.append(line)
        if not line.text:
            self.run = None
            return
        kind, key = line_label(line.text)
        if not kind:
            self.run = None
            if self.open:
                self.words += len(line.text.split())
            return
        if self.run is None:
            self.run, self.run_keys, self.run_known = i, set(), 0
        if kind == 2:
            self.run_known += 1
            self.run_keys.add(key)
        if self.run_known == BLOCK_LABELS and key is not None:
            yield from self._block()

    def _block(self) -> Iterator[Record | Gap]:
        """A run of label lines has become a block: it may open a record."""
        if self.first is None:
            self.first = set(self.run_keys)
        elif len(self.first & self.run_keys) < SHARED_KEYS:
            return                          # another kind of block: a box of facts in the text
        at = self._head_start(self.run)
        if not self.open:
            if at:
                above = self.buf[:at]
                if sum(len(l.text.split()) for l in above) >= ARTICLE_WORDS:
                    yield self._record(above)
                else:
                    yield Gap("cover", "".join(l.full for l in above), above[0].start)
        elif self.words >= ARTICLE_WORDS:
            yield self._record(self.buf[:at])
        else:
            return                          # labels after too little text: the record's own
        del self.buf[:at]
        self.run -= at
        self.open, self.words, self.block = True, 0, self.run

    def _head_start(self, j: int) -> int:
        """Where the record of the block at line ``j`` starts: at the short paragraph right above
        it (a headline, an outlet and a date, a fence), else at the block."""
        k = j
        while k > 0 and self.buf[k - 1].text and j - k < HEAD_LINES:
            k -= 1
        return k if k == 0 or not self.buf[k - 1].text else j

    def _record(self, lines: list[Ln]) -> Record:
        fields: tuple[Field, ...] = ()
        body = None
        if self.open and self.block is not None:
            fields = _block_fields(lines, self.block)
            if any(f.key == "title" for f in fields):
                body = _body(lines, self.block)      # the headline is known: the text is what follows
        self.index += 1
        return Record("".join(l.full for l in lines), lines[0].start, NAME, self.index - 1, fields, body)

    def end(self) -> Iterator[Record | Gap]:
        if any(l.text for l in self.buf):
            yield self._record(self.buf)
        elif self.buf:
            yield Gap("furniture", "".join(l.full for l in self.buf), self.buf[0].start)


# headings that close a record's text: the citation block an index database prints under it
CLOSING_HEADINGS = ("source citation",)
FENCES = frozenset({"---", "+++"})     # the lines that close front matter


def _body(lines: list[Ln], at: int) -> tuple[int, int] | None:
    """The span of a record's text: after its block of labels (and the body label: "Full Text:",
    "Content:"), up to a closing heading ("Source Citation (MLA 9th Edition)") or the labelled
    lines after the text, whichever comes first."""
    start = None
    k = at
    while k < len(lines) and (not lines[k].text or line_label(lines[k].text)[0] or lines[k].text in FENCES):
        lab = read_label(lines[k].text, upper_ok=False) if lines[k].text else None
        if lab is not None and lab.body and lines[k].text[lab.value_at:].strip():
            start = lines[k].text_start + lab.value_at        # "Full text: The council met ..."
            k += 1
            break
        k += 1
    end = next((j for j in range(k, len(lines)) if lines[j].text.casefold().startswith(CLOSING_HEADINGS)), len(lines))
    while end > k and (not lines[end - 1].text or line_label(lines[end - 1].text)[0]):
        end -= 1
    text = [l for l in lines[k:end] if l.text]
    if start is None and not text:
        return None
    return (start if start is not None else text[0].start, text[-1].end if text else lines[k - 1].text_end)


def _block_fields(lines: list[Ln], at: int) -> tuple[Field, ...]:
    """The fields of a record's block of labels (from line ``at`` while lines are labelled), by
    the archive tables' keys; the text is read as free text around them."""
    out: list[Field] = []
    for line in lines[at:]:
        if not line.text or not line_label(line.text)[0]:
            break
        lab = read_label(line.text, upper_ok=False)
        value = line.text[lab.value_at:].strip() if lab is not None and lab.key else ""
        if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]             # a quoted value of front matter (title: "...")
        if value:
            out += labelled(lab.key, [(value, line.text_start + lab.value_at)], lab.label)
    return tuple(out)


def reads_as_records(head: Sequence[str]) -> bool:
    """Whether the head shows two records, each opening with a block of labels (after
    ``detect.looks_labelled``'s cheap test)."""
    reader = Reader()
    records = 0
    for line in number_lines(head):
        for piece in reader.line(line):
            records += isinstance(piece, Record) and reader.open
    if reader.open and reader.words >= ARTICLE_WORDS:
        records += 1
    return records >= 2


def read(lines: Iterable[str]) -> Iterator[Record | Gap]:
    return Reader().read(lines)

LAYOUT = Layout(name=NAME, detect=looks_labelled, cut=read)
