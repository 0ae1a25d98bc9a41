"""A layout as data: how it is detected, which lines open, close or divide its records
(``Layout``), how a record reads (``RecordSpec``: the header's grammar of ``Slot`` values, the
label table, the body's labels, the trailer), and the units a record is read in (``Unit``, a
paragraph or a field's lines; ``Reading``, a record being read). ``engine.py`` runs them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

from ..model import Field, Gap, Record
from ..rules.labels import BODY_HEADINGS, FIELD_HEADINGS, TRAILER_HEADINGS
from ..slotted import frozen
from ._text import CENTERED, Label, Ln, field_of, line_parts, read_label

if TYPE_CHECKING:
    from .engine import State


FULL_WIDTH = 70          # a centred line this long is not indented: it fills the page


HEADER_UNITS = 40        # a header longer than this is not a header: the body has started


LineTest = Callable[[Ln], bool]


@frozen
class Slot:
    """One kind of header line.

    ``test(reading, line)`` tells the line by its shape (a true value, handed to ``take``);
    ``where`` are conditions on the record or the paragraph (all must hold); the slot is skipped
    once any key of ``absent`` (by default its own key) has been read. ``take(reading, k, hit)``
    reads line ``k`` of the paragraph at hand and those that go with it, and returns the index
    of the next line; by default the line is the field's value.
    """
    key: str
    test: Callable[["Reading", Ln], object]
    take: Callable[["Reading", int, object], int] | None = None
    where: tuple[Callable[["Reading"], bool], ...] = ()
    absent: tuple[str, ...] | None = None

    def applies(self, r: "Reading", line: Ln) -> object:
        if any(k in r.have for k in (self.absent if self.absent is not None else (self.key,))):
            return None
        if not all(cond(r) for cond in self.where):
            return None
        return self.test(r, line)

    def read(self, r: "Reading", k: int, hit: object) -> int:
        if self.take is not None:
            return self.take(r, k, hit)
        r.add(r.header, field_of(self.key, line_parts([r.para[k]])))
        return k + 1


@frozen
class RecordSpec:
    """How one record of a layout reads (see the module docstring for the parts)."""
    header: tuple[Slot, ...] = ()           # the positional header, top-down
    label: Callable[[Ln], Label | None] = lambda line: read_label(line.text)
    starts_label: Callable[[Ln], bool] | None = None   # a line that starts a labelled field
    centered: bool = False                  # vendor lines are centred (classic LexisNexis)
    body_label_first: bool = False          # everything above the body label is header (ProQuest)
    copyright_trailer: bool = False         # copyright paragraphs at the end are the trailer
    trailer_line: Callable[[str], object] | None = None  # a field line of the block after the body, one per line
    labelled_title_wins: bool = False       # a labelled title other than the headline replaces it
    load_date_fallback: bool = False        # without a date line the load date is the date
    no_body: str = "the record has no body text"
    coded: bool = False                     # fields are codes in the first columns, values in a column (Factiva's HD, LP)
    anchor: Callable[[str], object] | None = None   # the line the header hangs on (Factiva's word count)
    anchor_key: str = ""
    no_anchor: str = ""                     # a record without its anchor line is read as free text
    anchor_scan: int = 20                   # non-blank lines searched for the anchor
    above: Callable[["Reading", list[Ln]], list[Field]] | None = None   # the lines above the anchor
    below: tuple[Slot, ...] = ()            # the lines below the anchor
    below_goes_on: Callable[["Reading", Ln], bool] | None = None  # a field after a blank line
    closing: Callable[[Ln], list[Field]] | None = None           # fields of the closing line
    tail: Callable[[list[Ln], list[Field]], Field | None] | None = None   # a closing paragraph (publisher), by the header's fields
    furniture: Callable[[str], bool] | None = None   # a vendor's line at the end of the body, neither text nor field
    finish: Callable[[list[Field]], list[Field]] | None = None   # a last pass over the fields
    free: bool = False                      # no fields: the free-text model reads the record


@frozen
class Layout:
    """A layout: detection, record delimiters, which chunks are records, how a record reads.

    ``opens``: a line that opens a record and belongs to it (True: the record's opening line, a
    LexisNexis marker; ``STARTS``: the first line of a record's head, which opens a new record only
    after the body of the one before it, a coded Factiva ``HD`` after a record without its ``AN``);
    ``closes``: a line that closes one
    and belongs to it; ``divides``: a line between records that belongs to none (with the line
    before it, to tell a heading's underline); ``starts_after(line, last)``: a line that opens a
    record and belongs to it, told with the last line of text before it (a headline after a
    story's end mark), or ``MAYBE``: it does when ``opens_story`` says so of it and the
    ``tentative_lines`` lines of text after it (a headline after a wire sign-off, when a dateline
    follows). ``keep(lines, how, state)`` decides what a chunk
    is: True (a record), a warning (a record with that warning) or False (a gap); by default a
    chunk with text is a record.
    """
    name: str
    detect: Callable[[Sequence[str]], bool]
    record: RecordSpec = RecordSpec()
    keep: Callable[[list[Ln], str, "State"], bool | str] = lambda lines, how, state: any(l.text for l in lines)
    opens: Callable[[str], bool | str] | None = None
    closes: LineTest | None = None
    divides: Callable[[Ln, Ln | None], bool] | None = None
    starts_after: Callable[[Ln, Ln], bool | str] | None = None   # a line that opens a record, by the last text line before it
    opens_story: Callable[[list[Ln]], bool] = lambda piece: True   # ... when it said MAYBE: the lines from it on tell
    tentative: LineTest | None = None       # a line that divides only when the pieces on both sides ...
    opens_like: Callable[[list[Ln]], bool] = lambda piece: True   # ... each open like a record
    tentative_lines: int = 2                # lines of text after a tentative divider that tell
    form_feeds: bool = False                # a form feed divides records, also inside a line
    lead: LineTest | None = None            # furniture lines before the first record (a banner)
    cover: Callable[[list[Ln]], tuple[list[Ln], list[Ln]]] | None = None   # cover + first record
    read_cover: Callable[[list[Ln]], dict[str, str]] | None = None
    none_found: str = ""                    # the warning when no record is found (a forced layout)
    cut: Callable[[Iterable[str]], Iterator[Record | Gap]] | None = None   # a reader of its own


MAYBE = "maybe"          # what ``Layout.starts_after`` gives for a line that opens a record if the lines after it tell


STARTS = "starts"        # what ``Layout.opens`` gives for the first line of a record's head (no opening line)


class Unit:
    """A labelled field (a label line and its continuation lines), a heading line, or a paragraph."""
    __slots__ = ("lines", "label", "heading")

    def __init__(self, lines: list[Ln], label: Label | None, heading: str | None):
        self.lines, self.label, self.heading = lines, label, heading

    @property
    def empty_label(self) -> bool:
        lab = self.label
        return lab is not None and len(self.lines) == 1 and not self.lines[0].text[lab.value_at:].strip()

    @property
    def known(self) -> bool:
        return self.heading is not None or (self.label is not None and self.label.known)

    @property
    def centered(self) -> bool:
        """Centred vendor lines: some line is indented, and the others fill the page width."""
        return (any(l.indent >= CENTERED for l in self.lines)
                and all(l.indent >= CENTERED or len(l.raw.rstrip()) >= FULL_WIDTH for l in self.lines))


def heading_of(line: Ln) -> str | None:
    text = line.text.casefold()
    if text in BODY_HEADINGS:
        return "body"
    if text in TRAILER_HEADINGS:
        return "trailer"
    if text in FIELD_HEADINGS:
        return "field"
    return None


class Reading:
    """One record being read: the fields read so far and the context the slots look at."""

    def __init__(self, lines: list[Ln], layout: Layout, uni: bool, warnings: Sequence[str] = ()):
        self.lines = lines
        self.layout = layout
        self.spec = layout.record
        self.uni = uni                       # a record without an opening line (newer exports)
        self.warnings = list(warnings)
        self.header: list[Field] = []
        self.labelled: list[Field] = []
        self.have: set[str] = set()
        self.opening = lines[0].text if layout.opens is not None and layout.opens(lines[0].text) is True else None
        self.units: list[Unit] = []           # the context of the line at hand
        self.i = 0
        self.para: list[Ln] = []
        self.para_centered = False
        self.k = 0
        self.done = False                     # a slot read the header's last line

    def add(self, out: list[Field], f: Field | None) -> None:
        if f is not None and f.value:
            out.append(f)
            self.have.add(f.key)

    def centered(self) -> bool:
        return self.para[self.k].indent >= CENTERED or self.para_centered
