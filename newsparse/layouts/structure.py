"""Exports that no vendor spec claims: records found from the file's repeated structure.

Press databases and clipping services export without the labels the vendor specs key on. What
they do print is structure that repeats once per record:

- a citation line: a date with a page or a word count, in parts divided by commas, bars or
  dashes ("Noordkust Dagblad, dinsdag 12 maart 2024, pagina 3, 245 woorden", "12 maart 2024,
  p. 3"); its other parts are the outlet (before the date), a section, the weekday;
- numbered headings ("1. Haven krijgt nieuwe veerboot") with a citation line under them;
- a table of contents: numbered headings, each with its citation line and a lead, and then the
  full texts in the same order;
- a copyright line that closes a record; form feeds between records.

The reader finds the anchors (citation lines) and decides where each record starts: at its
numbered heading, at the headline of the table of contents' next entry, after the last record's
copyright line, at the headline block right above its citation line (when the export prints the
headline first), else at the citation line itself. The contents and a cover page before them are
gaps; each full text is paired with its contents entry (by headline, else by order): the full
text wins, and the entry supplies what it lacks (the outlet). A record's header is not labelled,
so the free-text model reads it (``body`` is None); what the structure tells for sure comes as
fields: the date, page and word count of its citation line, the outlet, the headline, a byline
by its shape, the copyright line (its holder is the publisher, never the source).

``citation.py`` reads the lines' shapes (citation, numbered heading, headline block) and the
fields they give. Detection asks for two records (or a table of contents) of the same citation shape with prose
between them, so a single article that cites a page stays one article.
"""
from __future__ import annotations

from typing import Iterable, Iterator, Sequence

from ..model import Field, Gap, Record
from ..slotted import mutable
from ._text import Ln, credit_value, is_copyright, is_rights, number_lines, read_cover, read_label
from .citation import (HEADING_LINES, Cite, cite, cite_fields, heading_like, headline_key, is_byline, label_block,
                       label_line, numbered, publisher_of, title_field, words_in)
from .detect import looks_structure
from .fields import labelled
from .spec import Layout

NAME = "generic"

ARTICLE_WORDS = 30        # a record has at least this much text after its citation line
LEAD_WORDS = 150          # an entry of a table of contents has at most this much text
DATED_BLOCK = 6           # a labelled block under a date line that makes it a citation has at most this many lines
DATED_KEYS = frozenset({"page", "length"})   # ... and one of them labels a page or a length ("Word count:")


# --- records ---------------------------------------------------------------------------------------

@mutable
class Entry:
    """A numbered heading with its citation line: an entry of the contents, or a record's head."""
    number: int
    title: Field
    at: int = 0                         # the heading's line in the reader's buffer
    cite: Cite | None = None
    cite_line: Ln | None = None


@mutable
class _Rec:
    """The record being read: indexes into the reader's buffer, which starts with it."""
    anchor: int | None = None           # its citation line
    entry: Entry | None = None          # its own numbered heading
    closer: int | None = None           # the line after its copyright lines
    words: int = 0                      # words after its citation line

    @property
    def done(self) -> bool:
        """Whether the record has its text: the next one may start."""
        return self.anchor is not None and (self.words >= ARTICLE_WORDS or self.closer is not None)


class Reader:
    """Cut an input into records by its repeated structure, streaming: a record is given out
    once the next one starts (or the input ends). The buffer holds the current record (before
    the first record: the cover page and the contents)."""

    def __init__(self) -> None:
        self.buf: list[Ln] = []
        self.rec: _Rec | None = None
        self.entries: list[Entry] = []  # the table of contents
        self.titles: dict[str, Entry] = {}  # ... by headline
        self.toc_start: int | None = None   # the contents are open, from this line
        self.toc_done = False           # no (more) contents: numbered headings are records
        self.numbered: bool | None = None   # records open with numbered headings
        self.above: bool | None = None  # headlines stand above the citation lines
        self.shape: frozenset[str] | None = None
        self.next_number = 1
        self.index = 0
        self.extra: dict[str, str] = {}

    def read(self, lines: Iterable[str]) -> Iterator[Record | Gap]:
        for line in number_lines(lines):
            yield from self.line(line)
        yield from self.end()

    def line(self, line: Ln) -> Iterator[Record | Gap]:
        i = len(self.buf)
        self.buf.append(line)
        text = line.text
        if not text:
            return
        head = numbered(text)
        if self.toc_start is not None:
            yield from self._contents(line, i, head)
            return
        c = cite(text)
        rec = self.rec
        if (head is not None and head[0] == self.next_number and self.numbered is not False
                and (rec is None or rec.anchor is not None)):
            if rec is None and head[0] == 1 and not self.toc_done and self._lead_in(i):
                self.toc_start = i             # maybe a table of contents
                self._entry_at(line, head, i)
                return
            self.numbered = True
            entry = _entry(line, head)
            yield from self._start(i, entry=entry, anchor=i if entry.cite else None)
            return
        if c is None and (d := self._dated_above(i)) is not None and (rec is None or rec.anchor is None or rec.done):
            if rec is None:                     # the date line above the labelled page or length is the citation
                self.numbered = False
                yield from self._start(self._head_start(d), anchor=d)
            elif rec.anchor is None:
                rec.anchor = d
            else:
                yield from self._start(self._cut(rec, d), anchor=d)
            return
        if rec is not None and rec.entry is not None and rec.anchor is None and c is not None:
            rec.anchor = i
            rec.entry.cite, rec.entry.cite_line = c, line
            return
        if c is not None and self._fits(c) and (rec is None or rec.anchor is None or rec.done):
            if rec is None:
                self.numbered = False
                yield from self._start(self._head_start(i), anchor=i)
            elif rec.anchor is None:
                rec.anchor = i
            else:
                yield from self._start(self._cut(rec, i), anchor=i)
            self.shape = self.shape or c.kinds
            return
        if rec is not None and rec.done and self.entries and headline_key(text) in self.titles:
            yield from self._start(i)         # a contents entry's headline opens its full text
            return
        if rec is not None:
            if is_copyright(text) or (rec.closer == i and is_rights(text)):
                rec.closer = i + 1
            elif rec.anchor is not None:
                rec.words += len(text.split())

    def _contents(self, line: Ln, i: int, head: tuple[int, str, int] | None) -> Iterator[Record | Gap]:
        """A line while a table of contents may be open: an entry, or the first full text."""
        last = self.entries[-1]
        c = cite(line.text)
        if head is not None and head[0] == last.number + 1:
            self._entry_at(line, head, i)
            return
        if c is not None and last.cite is None:
            last.cite, last.cite_line = c, line
            return
        restart = head is not None and head[0] == 1
        repeat = head is None and headline_key(line.text) in self.titles
        lead = words_in(self.buf[last.at:i])
        if not (restart or repeat or c is not None):
            if lead > LEAD_WORDS:
                yield from self._unwind()     # no contents: numbered records after all
            return
        if len(self.entries) < 2 or not all(e.cite for e in self.entries):
            yield from self._unwind()
            return
        toc, self.toc_start, self.toc_done = self.toc_start, None, True
        at = self._head_start(i) if c is not None and not (restart or repeat) else i
        self.extra = read_cover(self.buf[:toc])
        yield from self._gap("cover", 0, toc)
        yield from self._gap("contents", toc, at)
        del self.buf[:at]
        if restart:
            self.numbered = True
            entry = _entry(line, head)
            self.rec = _Rec(anchor=0 if entry.cite else None, entry=entry)
            self.next_number = 2
        elif repeat:
            self.numbered = False
            self.rec = _Rec()
        else:
            self.numbered = False
            self.rec = _Rec(anchor=i - at)    # a full text that opens with its citation line,
            self.shape = c.kinds              # or with a line (the outlet) above it

    def _entry_at(self, line: Ln, head: tuple[int, str, int], i: int) -> None:
        entry = _entry(line, head, i)
        self.entries.append(entry)
        self.titles.setdefault(headline_key(entry.title.value), entry)

    def _unwind(self) -> Iterator[Record | Gap]:
        """What looked like a table of contents were numbered records: read them again."""
        lines, self.buf, self.entries, self.titles = self.buf, [], [], {}
        self.toc_start, self.toc_done = None, True
        for line in lines:
            yield from self.line(line)

    def end(self) -> Iterator[Record | Gap]:
        if self.toc_start is not None:        # contents without full texts: numbered records
            yield from self._unwind()
        if self.rec is None:
            if any(l.text for l in self.buf):
                yield Record("".join(l.full for l in self.buf), self.buf[0].start, NAME)
            return
        yield from self._emit(len(self.buf))

    # -- where records start --

    def _dated_above(self, i: int) -> int | None:
        """The date line that a labelled page or length (line ``i``: "Page: B2", "Word count:
        412") makes a citation line: the line right above the labelled block it closes or is
        part of (at most ``DATED_BLOCK`` lines), when it reads as an outlet's date line (a date
        alone may be a page's dateline under its outlet, with the headline below)."""
        lab = read_label(self.buf[i].text, upper_ok=False)
        if lab is None or lab.key not in DATED_KEYS:
            return None
        j = i - 1
        while j >= 0 and i - j <= DATED_BLOCK and self.buf[j].text and label_line(self.buf[j].text):
            j -= 1
        if j < 0 or i - j > DATED_BLOCK or not self.buf[j].text or (self.rec is not None and self.rec.anchor == j):
            return None
        c = cite(self.buf[j].text, dated=True)
        return j if c is not None and c.outlet is not None else None     # "Outlet - Tuesday, May 14, 2024"

    def _fits(self, c: Cite) -> bool:
        """A citation line of the shape the export's records have."""
        return self.shape is None or bool(self.shape & c.kinds) or c.kinds <= self.shape

    def _lead_in(self, i: int) -> bool:
        """Whether the text before a first numbered heading leaves room for contents: it is not
        the prose of an article that ends in a numbered list."""
        return words_in(l for l in self.buf[:i] if len(l.text.split()) >= 8) < ARTICLE_WORDS

    def _head_start(self, i: int) -> int:
        """Where a record whose citation line is ``i`` starts when nothing else says: at the
        headline block right above it, when the export prints headlines first."""
        j = self._blank_start(i)
        k = j
        while k > 0 and self.buf[k - 1].text and j - k <= HEADING_LINES:
            k -= 1
        block = self.buf[k:j]
        heading = (heading_like(block) or label_block(block)) and (k == 0 or not self.buf[k - 1].text)
        if self.rec is not None and self.above is None:
            self.above = heading
        return k if heading and (self.above or self.rec is None) else i

    def _cut(self, rec: _Rec, i: int) -> int:
        """Where the record after ``rec`` starts, given its citation line ``i``."""
        if rec.closer is not None:
            return self._blank_end(rec.closer)
        return self._head_start(i)

    def _start(self, at: int, entry: Entry | None = None, anchor: int | None = None) -> Iterator[Record | Gap]:
        """A record starts at line ``at``: give out what stands before it."""
        if entry is not None:
            self.next_number = entry.number + 1
        if self.rec is not None:
            yield from self._emit(at)
        elif at > 0:
            self.extra = read_cover(self.buf[:at])
            yield from self._gap("cover", 0, at)
            del self.buf[:at]
        self.rec = _Rec(anchor=anchor - at if anchor is not None else None, entry=entry)

    def _emit(self, end: int) -> Iterator[Record | Gap]:
        """Give out the current record: the buffer up to ``end``."""
        lines = self.buf[:end]
        if any(l.text for l in lines):
            yield self._record(self.rec, lines)
        else:
            yield from self._gap("furniture", 0, end)
        del self.buf[:end]
        self.rec = None

    def _gap(self, kind: str, a: int, b: int) -> Iterator[Gap]:
        if b > a:
            yield Gap(kind, "".join(l.full for l in self.buf[a:b]), self.buf[a].start)

    def _blank_end(self, i: int) -> int:
        while i < len(self.buf) and not self.buf[i].text:
            i += 1
        return i

    def _blank_start(self, i: int) -> int:
        while i > 0 and not self.buf[i - 1].text:
            i -= 1
        return i

    def _nth_entry(self, n: int) -> Entry | None:
        return self.entries[n] if 0 <= n < len(self.entries) else None

    # -- the fields of a record --

    def _record(self, rec: _Rec, lines: list[Ln]) -> Record:
        """The record of these lines, with what its structure tells: the headline (its numbered
        heading, the contents entry's, the block above or the line below its citation line), the
        citation's date, page, word count and outlet (from the contents entry where the full
        text lacks them), a byline by its shape, the copyright line and its holder. When the
        headline is found, the body is what follows the header, up to the copyright line."""
        fields: list[Field] = []
        anchor = rec.anchor if rec.anchor is not None and rec.anchor < len(lines) else None
        contents = self._match(lines)
        title = self._headline(rec, lines, anchor, contents)
        head = -1
        labels = anchor is not None and title is None and label_block([l for l in lines[:anchor] if l.text])
        if labels:                            # the labelled fields above the citation line, its title among them
            for line in lines[:anchor]:
                if line.text:
                    fields += self._label_fields(line)
            title = [lines[anchor]] if any(f.key == "title" for f in fields) else None
        if title is not None and not labels:
            fields.append(rec.entry.title if rec.entry is not None else
                          Field("title", " ".join(l.text for l in title), title[0].text_start, title[-1].text_end))
            head = lines.index(title[-1])
        if anchor is not None and (c := cite(lines[anchor].text) or cite(lines[anchor].text, dated=True)) is not None:
            fields += cite_fields(c, lines[anchor])
            head = max(head, anchor)
        if contents is not None and contents.cite is not None:
            have = {f.key for f in fields}
            fields += [f for f in cite_fields(contents.cite, contents.cite_line, "contents")
                       if f.key not in have]      # the full text wins; the contents fill in
        while title is not None and (k := self._next_text(lines, head)) is not None:
            line = lines[k]                   # a byline, labelled fields ("Rubriek: Binnenland")
            lab = read_label(line.text, upper_ok=False)
            if lab is not None and lab.key:
                fields += self._label_fields(line)
            elif labels and headline_key(line.text) == headline_key(next(f.value for f in fields if f.key == "title")):
                pass                          # the labelled title printed again above the text
            elif not any(f.key == "byline" for f in fields) and is_byline(line):
                fields.append(Field("byline", credit_value(line.text), line.text_start, line.text_end))
            else:
                break
            head = k
        end = len(lines)
        closer = next((k for k in range(len(lines) - 1, head, -1) if is_copyright(lines[k].text)), None)
        if closer is not None:
            line = lines[closer]
            fields.append(Field("copyright", line.text, line.text_start, line.text_end))
            if (publisher := publisher_of(line)) is not None:
                fields.append(publisher)
            end = closer
        text = [l for l in lines[head + 1:end] if l.text]
        body = (text[0].start, text[-1].end) if title is not None and text else None
        record = Record("".join(l.full for l in lines), lines[0].start, NAME, self.index, tuple(fields),
                        body, dict(self.extra))
        self.index += 1
        return record

    @staticmethod
    def _label_fields(line: Ln) -> list[Field]:
        lab = read_label(line.text, upper_ok=False)
        if lab is None or not lab.key:
            return []
        value = line.text[lab.value_at:].strip()
        return labelled(lab.key, [(value, line.text_start + lab.value_at)], lab.label) if value else []

    @staticmethod
    def _next_text(lines: list[Ln], k: int) -> int | None:
        return next((j for j in range(k + 1, len(lines)) if lines[j].text), None)

    def _headline(self, rec: _Rec, lines: list[Ln], anchor: int | None, contents: Entry | None) -> list[Ln] | None:
        if rec.entry is not None:
            return [l for l in lines if l.start <= rec.entry.title.start < l.stop]
        if contents is not None:
            key = headline_key(contents.title.value)
            at = next((l for l in lines[:12] if l.text and headline_key(l.text) == key), None)
            if at is not None:
                return [at]
        if anchor is None:
            return None
        above = [l for l in lines[:anchor] if l.text]
        if above:
            return above if heading_like(above) else None
        below = next((l for l in lines[anchor + 1:] if l.text), None)
        return [below] if below is not None and heading_like([below]) else None

    def _match(self, lines: list[Ln]) -> Entry | None:
        """The contents entry of a full text: by its headline, else by order."""
        if not self.entries:
            return None
        found = (self.titles.get(headline_key(l.text)) for l in lines[:12] if l.text)
        return next((e for e in found if e is not None), None) or self._nth_entry(self.index)


def _entry(line: Ln, head: tuple[int, str, int], at: int = 0) -> Entry:
    """The entry of a numbered heading; one that runs on into its citation ("3. Markt verhuist -
    Noordkust Dagblad - 15 maart 2024 - p. 2") has both."""
    c = cite(head[1])
    if c is not None and c.outlet is not None and c.outlet[1] == 0:
        # the headline is the first part; the outlet (if any) the part after it
        title, outlet = c.outlet[0], c.section if c.section and c.section[2] <= c.date[1] else None
        section = c.section if outlet is None else None
        shifted = Cite(*(p and (p[0], p[1] + head[2], p[2] + head[2]) for p in
                         (c.date, c.page, c.words, outlet, section)))
        return Entry(head[0], title_field(line, (head[0], title, head[2])), at, shifted, line)
    return Entry(head[0], title_field(line, head), at)


# --- detection -------------------------------------------------------------------------------------

def reads_as_records(head: Sequence[str]) -> bool:
    """Whether the head shows two records, or contents of two entries (the head may be all
    contents), or contents and a full text (after ``detect.looks_structure``'s cheap test)."""
    reader = Reader()
    records = 0
    contents = False
    for line in number_lines(head):
        for piece in reader.line(line):
            records += isinstance(piece, Record)
            contents = contents or (isinstance(piece, Gap) and piece.kind == "contents")
    if reader.rec is not None and reader.rec.done:
        records += 1
    if reader.toc_start is not None:
        return len(reader.entries) >= 2 and all(e.cite for e in reader.entries)
    return records >= 2 or (contents and records >= 1)


def read(lines: Iterable[str]) -> Iterator[Record | Gap]:
    return Reader().read(lines)


LAYOUT = Layout(name=NAME, detect=looks_structure, cut=read)
