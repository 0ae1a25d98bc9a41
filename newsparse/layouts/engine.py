"""The layout engine: one way to cut an input into records and to read a record, for every layout.

A layout is data (``Layout``): how it is detected, which lines open, close or divide records,
which chunks are records at all, and how a record reads (``RecordSpec``). ``split`` runs a
layout over the lines of an input and yields each ``Record`` as soon as it is complete, and a
``Gap`` for every stretch that belongs to no record (a cover page, a separator, export
furniture, a record that holds no article), so the pieces in order rebuild the input exactly.

A record reads, top to bottom, every part optional::

    [opening line]  header  labelled fields  [body label]  body  labelled fields  trailer  [closing line]

- the header is read by the spec's grammar: an ordered list of ``Slot`` values, each a line
  shape with the conditions under which it applies; the first slot that takes a line reads it
  (and the lines that go with it), and the body starts at the first line no slot takes. A
  layout whose header hangs on one line (Factiva's word count) reads the lines above that
  anchor bottom-up with one grammar and the lines below it with another;
- labelled fields (``SECTION: ...``, ``Publication title: ...``, ``PD  12 March 2024``) come
  from the spec's label table, per interface language; their values are tidied by key
  (``VALUE_RULES``): a headline splits into title and subtitle, a word count becomes a number,
  a page reference leaves the section, an author printed surname first is turned round;
- the body starts after a body label or heading (``BODY:``, ``Full text:``, ``Body``) or after
  the header, and ends where the labelled fields and the trailer (copyright lines, a
  publisher line) after it begin.

Everything here is linear in the size of a record, and a record is held only until it is read.
"""
from __future__ import annotations

from typing import Callable, Iterable, Iterator, Sequence

from ..errors import InputError
from ..model import Field, Gap, Record
from ..rules.labels import BODY_HEADINGS, FIELD_HEADINGS, TRAILER_HEADINGS, WIRE_SLUGS
from ._text import (CENTERED, Label, Ln, date_text, ends_wrapped, field_of, given_first, is_copyright,
                    is_language, is_page_label, is_rights, line_parts, number_lines, paragraphs, read_label, slug,
                    split_headline, split_page, word_count)
from ..slotted import frozen

FULL_WIDTH = 70          # a centred line this long is not indented: it fills the page
HEADER_UNITS = 40        # a header longer than this is not a header: the body has started
HELD_SHOWN = 3           # warnings of records without an article passed on in full; the rest are counted

LineTest = Callable[[Ln], bool]


# --- the spec -------------------------------------------------------------------------------------

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


# --- cutting ------------------------------------------------------------------------------------

class State:
    """What the engine knows across the records of one input."""

    def __init__(self, layout: Layout):
        self.layout = layout
        self.extra: dict[str, str] = {}      # facts of the cover page, for every record
        self.index = 0                        # records yielded so far
        self.covered = False                  # the cover page (or the first record) is behind
        self.marked = False                   # a delimiter has been seen
        self.shown: list[str] = []            # held warnings of records without an article
        self.more = 0
        self.total = 0                        # ... and how many there were in all
        self.first = ""
        self.pending: tuple[Record, list[Ln]] | None = None   # a record without an article, held
        self.queue: list[Gap] = []            # gaps after it, held in input order

    def gaps(self, gaps: Iterable[Gap]) -> Iterator[Gap]:
        for gap in gaps:
            if self.pending is None:
                yield gap
            else:
                self.queue.append(gap)

    def release(self) -> Iterator[Gap]:
        """The record held back for holding no article becomes a gap; its warnings go on to the
        next record."""
        if self.pending is not None:
            record, lines = self.pending
            self.pending = None
            self.hold(record.warnings)
            yield from _gap("no-article", lines, record.warnings[-1] if record.warnings else "")
            yield from self.queue
            self.queue = []

    def hold(self, warnings: Sequence[str]) -> None:
        self.total += 1
        self.first = self.first or (warnings[-1] if warnings else "")
        for w in warnings:
            if len(self.shown) < HELD_SHOWN:
                self.shown.append(w)
            else:
                self.more += 1

    def take_held(self) -> list[str]:
        out = self.shown + ([f"and {self.more} more records before this one hold no article"]
                            if self.more else [])
        self.shown, self.more = [], 0
        return out


def split(lines: Iterable[str], layout: Layout) -> Iterator[Record | Gap]:
    """The records and gaps of an input, in input order, each yielded once it is complete."""
    if layout.cut is not None:
        yield from layout.cut(lines)
        return
    state = State(layout)
    chunk: list[Ln] = []
    opened = False
    body, scanned = False, 0                # the chunk has passed its body label (of its first ``scanned`` lines)
    lead = layout.lead is not None
    held: int | None = None                 # a tentative divider in the chunk, until the lines after it tell
    held_opens = False                      # ... or a line that may open the next record (``MAYBE``)
    told = 0                                # lines of text after it so far
    for line in numbered(lines, layout.form_feeds):
        if held is not None and line.text:
            told += 1
        if held is not None and (line.full == "\f" or told > layout.tentative_lines
                                 or line.text and layout.divides is not None and layout.divides(line, chunk[-1])):
            if held_opens and layout.opens_story(chunk[held:]):
                state.marked = True
                yield from _flush(state, chunk[:held], "opened" if opened else "divided")
                chunk, opened, body, scanned = chunk[held:], False, False, 0
            elif not held_opens and _between_records(layout, chunk, held):
                yield from _cut_at(state, chunk, held, opened)
                chunk, opened, body, scanned = chunk[held + 1:], False, False, 0
            held, held_opens = None, False
        if lead:
            if not line.text or layout.lead(line):
                chunk.append(line)
                continue
            yield from state.gaps(_gap("cover", chunk))
            chunk, lead = [], False
        prev = chunk[-1] if chunk else None
        if layout.divides is not None and (line.full == "\f" or layout.divides(line, prev)):
            state.marked = True
            yield from _flush(state, chunk, "opened" if opened else "divided")
            yield from state.gaps([Gap("separator", line.full, line.start)])
            chunk, opened, body, scanned = [], False, False, 0
        elif layout.opens is not None and (opening := layout.opens(line.text)):
            if opening == STARTS:           # the head of a record: a new one only after the body before it
                body, scanned = body or _has_body(layout.record, chunk, scanned), len(chunk)
                if body:
                    state.marked = True
                    yield from _flush(state, chunk, "opened" if opened else "unclosed")
                    chunk, opened, body, scanned = [], False, False, 0
                chunk.append(line)
                continue
            state.marked = True
            yield from _flush(state, chunk, "opened" if opened else "before")
            chunk, opened, body, scanned = [line], True, False, 0
        elif layout.starts_after is not None and line.text and (last := _last_text(chunk)) is not None \
                and (starts := layout.starts_after(line, last)) and (starts != MAYBE or held is None):
            if starts == MAYBE:             # the lines after it tell
                chunk.append(line)
                held, held_opens, told = len(chunk) - 1, True, 0
                continue
            state.marked = True
            yield from _flush(state, chunk, "opened" if opened else "divided")
            chunk, opened, body, scanned = [line], False, False, 0
        elif held is None and layout.tentative is not None and line.text and layout.tentative(line):
            chunk.append(line)
            held, told = len(chunk) - 1, 0
        elif layout.closes is not None and layout.closes(line):
            state.marked = True
            chunk.append(line)
            yield from _flush(state, chunk, "opened" if opened else "closed")
            chunk, opened, body, scanned = [], False, False, 0
        else:
            chunk.append(line)
    if held is not None and held_opens and layout.opens_story(chunk[held:]):
        state.marked = True
        yield from _flush(state, chunk[:held], "opened" if opened else "divided")
        chunk, opened = chunk[held:], False
    elif held is not None and not held_opens and _between_records(layout, chunk, held):
        yield from _cut_at(state, chunk, held, opened)
        chunk, opened = chunk[held + 1:], False
    yield from _flush(state, chunk, "opened" if opened else "last")
    if state.pending is not None:
        record, _ = state.pending
        state.pending = None
        if state.index == 0:
            state.hold(record.warnings)
            raise InputError(f"no article in this {layout.name} export: {state.total} of its records "
                             f"hold none ({state.first})")
        yield _numbered(record, state)      # the last record holds no article: it says so itself
        yield from state.queue
    elif state.index == 0 and state.marked:
        raise InputError(f"no article in this {layout.name} export: none of its parts reads as a record")


def _between_records(layout: Layout, chunk: list[Ln], held: int) -> bool:
    """Whether the tentative divider held at ``chunk[held]`` stands between two records: the
    lines on both sides of it each open like one."""
    return layout.opens_like(chunk[:held]) and layout.opens_like(chunk[held + 1:])


def _cut_at(state: State, chunk: list[Ln], held: int, opened: bool) -> Iterator[Record | Gap]:
    """The record before the divider held at ``chunk[held]``, then the divider as a gap."""
    rule = chunk[held]
    state.marked = True
    yield from _flush(state, chunk[:held], "opened" if opened else "divided")
    yield from state.gaps([Gap("separator", rule.full, rule.start)])


def _last_text(chunk: list[Ln]) -> Ln | None:
    """The chunk's last line of text (each blank line is passed over once: by the line of text
    after it)."""
    k = len(chunk) - 1
    while k >= 0 and not chunk[k].text:
        k -= 1
    return chunk[k] if k >= 0 else None


MAYBE = "maybe"          # what ``Layout.starts_after`` gives for a line that opens a record if the lines after it tell
STARTS = "starts"        # what ``Layout.opens`` gives for the first line of a record's head (no opening line)


def _has_body(spec: RecordSpec, chunk: list[Ln], scanned: int) -> bool:
    """Whether a line of ``chunk`` after its first ``scanned`` opens the body by its label."""
    return any(l.text and (lab := spec.label(l)) is not None and lab.body for l in chunk[scanned:])


def numbered(lines: Iterable[str], form_feeds: bool = False) -> Iterator[Ln]:
    """The lines with their offsets; with ``form_feeds`` a form feed is a line of its own."""
    if not form_feeds:
        yield from number_lines(lines)
        return
    for line in number_lines(lines):
        if "\f" not in line.full:
            yield line
            continue
        pos = line.start
        for n, part in enumerate(line.full.split("\f")):
            if n:
                yield Ln("\f", pos)
                pos += 1
            if part:
                yield Ln(part, pos)
                pos += len(part)


def _gap(kind: str, lines: list[Ln], note: str = "") -> Iterator[Gap]:
    if lines:
        yield Gap(kind, "".join(l.full for l in lines), lines[0].start, note)


def _flush(state: State, lines: list[Ln], how: str) -> Iterator[Record | Gap]:
    """What a chunk of lines is: ``how`` says how it was cut ("opened" by an opening line,
    "closed" by a closing line, "divided" by separators, "before" the first opening line,
    "unclosed" by the head of the next record, "last" at the end of the input)."""
    if not lines:
        return
    layout = state.layout
    first, state.covered = not state.covered, True
    if how == "before" and first and layout.read_cover is not None:
        state.extra = layout.read_cover(lines)
        yield from state.gaps(_gap("cover", lines))
        return
    if how == "closed" and first and layout.cover is not None:
        cover, lines = layout.cover(lines)
        state.extra = layout.read_cover(cover) if layout.read_cover and cover else {}
        yield from state.gaps(_gap("cover", cover))
    kept = layout.keep(lines, how, state)
    if kept is False and how == "last" and not state.marked and any(l.text for l in lines):
        yield from state.release()          # no delimiter anywhere: the input is one article
        yield _numbered(Record("".join(l.full for l in lines), lines[0].start, layout.name,
                               warnings=(layout.none_found,) if layout.none_found else ()), state)
        return
    if kept is False:
        yield from state.gaps(_gap("furniture", lines))
        return
    record, malformed = read(lines, layout, uni=how != "opened",
                             warnings=(kept,) if isinstance(kept, str) else ())
    yield from state.release()
    if malformed:
        state.pending = (record, lines)     # held back: the last record of a file says so itself
    else:
        yield _numbered(record, state)


def _numbered(record: Record, state: State) -> Record:
    held = state.take_held()
    out = Record(record.text, record.offset, record.layout, state.index, record.fields, record.body,
                 dict(state.extra), tuple(held) + record.warnings, record.body_column)
    state.index += 1
    return out


# --- reading a record ----------------------------------------------------------------------------

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


def read(lines: list[Ln], layout: Layout, uni: bool, warnings: Sequence[str] = ()) -> tuple[Record, bool]:
    """The record of these lines, and whether it holds no article (only copyright lines)."""
    spec = layout.record
    if spec.free:
        return _record(lines, layout, (), None, warnings), False
    r = Reading(lines, layout, uni, warnings)
    content = lines[1:] if r.opening is not None else lines
    closing: list[Field] = []
    if layout.closes is not None and content and layout.closes(content[-1]):
        closing = spec.closing(content[-1]) if spec.closing else []
        content = content[:-1]
    if spec.anchor is not None:
        return _anchored(r, content, closing), False
    units = _units(content, r)
    end = len(units)
    if spec.copyright_trailer:
        while end and _copyright_unit(units[end - 1]):
            end -= 1
    copyright = units[end:]
    start, cut = _header(r, units[:end])
    first_b = _trailer_block(r, units, start, end)
    body_units = units[start:first_b]
    for unit in copyright:
        r.add(r.labelled, field_of("copyright", line_parts(unit.lines)))
    fields = _titles(r) + r.labelled + closing
    if spec.load_date_fallback:
        fields += _load_date(r)
    body = _body_span(r, body_units, cut, units, first_b)
    malformed = False
    if not body_units and (cut is None or not spec.body_label_first):
        if not fields or all(f.key == "copyright" for f in fields):
            what = f"record {r.opening!r}" if r.opening else "a record"
            r.warnings.append(f"{what} holds no article" + (", only copyright lines" if fields else ""))
            malformed = True
        elif (graphic := next((f for f in fields if f.key == "graphic"), None)) is not None:
            body = graphic.start, graphic.end      # a picture record: its caption is all its text
            r.warnings.append("the record has no body text; its graphic caption stands as the body")
        else:
            r.warnings.append(spec.no_body)
    column = None
    if spec.coded and body_units and cut is not None:
        column = cut - body_units[0].lines[0].start    # where the first body field's value starts
    return _record(lines, layout, fields, body, r.warnings, column), malformed


def _record(lines: list[Ln], layout: Layout, fields: Iterable[Field], body: tuple[int, int] | None,
            warnings: Iterable[str], body_column: int | None = None) -> Record:
    if layout.record.finish is not None:
        fields = layout.record.finish(list(fields))
    return Record(text="".join(l.full for l in lines), offset=lines[0].start, layout=layout.name,
                  fields=tuple(fields), body=body, warnings=tuple(warnings), body_column=body_column)


def _titles(r: Reading) -> list[Field]:
    """The header's fields; a labelled title that repeats the headline gives way to it (or, where
    the spec says so, one that differs replaces it)."""
    if not r.spec.labelled_title_wins:
        return list(r.header)
    head = next((f for f in r.header if f.key == "title"), None)
    labelled = next((f for f in r.labelled if f.key == "title"), None)
    if head is None or labelled is None:
        return list(r.header)
    if " ".join(labelled.value.split()) == head.value:
        r.labelled = [f for f in r.labelled if f.key != "title"]
        return list(r.header)
    return [f for f in r.header if f.key != "title"]


def _load_date(r: Reading) -> list[Field]:
    if "published" in r.have:
        return []
    load = next((f for f in r.labelled if f.key == "load_date"), None)
    if load is None:
        return []
    r.warnings.append(f"no date line; the load date {load.value!r} is taken as the publication date")
    return [Field("published", load.value, load.start, load.end, load.label)]


def _body_span(r: Reading, body_units: list[Unit], cut: int | None, units: list[Unit],
               first_b: int) -> tuple[int, int]:
    if body_units:
        start = cut if cut is not None else body_units[0].lines[0].start
        return start, max(start, body_units[-1].lines[-1].end)
    if cut is not None:
        return cut, cut
    pos = units[first_b].lines[0].start if first_b < len(units) else r.lines[-1].stop
    return pos, pos


def _copyright_unit(unit: Unit) -> bool:
    first = unit.lines[0].text
    return unit.label is None and (is_copyright(first) or all(is_rights(l.text) for l in unit.lines))


# --- units ---------------------------------------------------------------------------------------

def _units(lines: Sequence[Ln], r: Reading) -> list[Unit]:
    """Paragraphs, cut again where a labelled field or a heading line starts inside one."""
    out: list[Unit] = []
    for para in paragraphs(lines):
        start = 0
        for k in range(1, len(para) + 1):
            if k < len(para) and not _starts_unit(para[k], para[k - 1], r, k - 1 == start):
                continue
            out.append(_unit(para[start:k], r))
            start = k
    return out


def _starts_unit(line: Ln, prev: Ln, r: Reading, prev_first: bool = False) -> bool:
    """Whether ``line`` opens a unit of its paragraph: a heading, a labelled field, or the line
    after a field whose value is whole on its label's line (``prev_first``: ``prev`` opens its
    unit), when an export has lost the blank lines that set its fields apart."""
    if heading_of(line) or heading_of(prev):
        return True
    spec = r.spec
    if spec.starts_label is not None:
        return spec.starts_label(line)
    lab = read_label(line.text, upper_ok=False)
    if lab is not None:
        return lab.known and (r.uni or not spec.centered or not ends_wrapped(prev.text))
    return prev_first and _whole_field(prev)


def _whole_field(line: Ln) -> bool:
    """A labelled field whose value is whole on its line: by its form, a word count ("LENGTH:
    355 words"), a date ("LOAD-DATE: May 14, 2024") or a language ("LANGUAGE: ENGLISH"); or a
    short value of a one-line field that does not read as wrapped ("DATELINE: PORT ELLEN",
    "SECTION: ARTS; Pg. 4")."""
    lab = read_label(line.text, upper_ok=False)
    if lab is None or lab.key not in _ONE_LINE_KEYS:
        return False
    value = line.text[lab.value_at:].strip()
    if not value:
        return False
    if lab.key in _SHORT_KEYS:
        return not ends_wrapped(line.text)
    return bool(word_count(value) or date_text(value)) or is_language(value)


_SHORT_KEYS = frozenset({"dateline", "section", "publication_type"})
_ONE_LINE_KEYS = frozenset({"length", "load_date", "language"}) | _SHORT_KEYS


def _unit(lines: list[Ln], r: Reading) -> Unit:
    heading = heading_of(lines[0]) if len(lines) == 1 else None
    label = None if heading else r.spec.label(lines[0])
    if label is not None and label.key is None and label.label.casefold() in WIRE_SLUGS:
        label = None                  # "FLASH: UN ASSEMBLY ADOPTS ...": text, not a field
    return Unit(lines, label, heading)


# --- the header ----------------------------------------------------------------------------------

def _header(r: Reading, units: list[Unit]) -> tuple[int, int | None]:
    """Read the header and the labelled fields before the body; the index of the body's first
    unit (and the offset where the body starts, when it starts inside a unit)."""
    spec = r.spec
    if spec.body_label_first:
        at = next((i for i, u in enumerate(units) if u.label is not None and u.label.body), None)
        stop = at if at is not None else _trailer_start(r, units, 0, len(units))
        for i in range(stop):
            if units[i].label is not None and units[i].label.known:
                label_field(r, r.header, units[i])
            else:
                _run_slots(r, units, i, catch_all=True)
        return _body_label(units, at) if at is not None else (stop, None)
    i = 0
    while i < len(units) and i < HEADER_UNITS:
        unit = units[i]
        if unit.heading == "body":
            return i + 1, None
        if unit.heading == "trailer":
            return i, None
        lab = unit.label
        if lab is not None:
            if lab.body:
                return _body_label(units, i)
            if unit.centered and spec.centered and not r.uni:
                label_field(r, r.header, unit)          # "SHOW: ..." of the vendor
                i += 1
                continue
            if (spec.centered and not r.uni and len(unit.lines) == 1 and _flush_left(units, i)
                    and _known_soon(units, i)):
                label_field(r, r.header, unit)          # the same in an export that lost its centring
                i += 1
                continue
            if lab.known or _known_ahead(units, i):
                return _labels_before_body(r, units, i)
            # an unknown upper-case word: a wire slug before the headline, or body text
        k = _run_slots(r, units, i)
        if k is not None:
            return (i, None) if k == 0 else (i, unit.lines[k].start)
        i += 1
    return min(i, len(units)), None


def _run_slots(r: Reading, units: list[Unit], i: int, catch_all: bool = False) -> int | None:
    """Read the lines of a header paragraph by the spec's grammar. None when the whole
    paragraph was header, else the index of its first body line."""
    r.units, r.i, r.para = units, i, units[i].lines
    r.para_centered = units[i].centered
    k = 0
    while k < len(r.para):
        r.k = k
        for slot in r.spec.header:
            hit = slot.applies(r, r.para[k])
            if hit:
                k = slot.read(r, k, hit)
                break
        else:
            if not catch_all:
                return k
            k += 1
        if k is None:
            return None
    return None


KNOWN_SOON = 3           # paragraphs after a vendor's label line within which a known label follows


def _flush_left(units: list[Unit], i: int) -> bool:
    """Whether none of the record's paragraphs up to ``i`` is centred (an export that lost its
    centring: copied, or converted by a word processor) and none before it holds a known label
    (the vendor's lines stand above the headline and its labelled fields)."""
    return not units[i].centered and not any(u.centered or u.label is not None and u.label.known for u in units[:i])


def _known_soon(units: list[Unit], i: int) -> bool:
    """Whether a known label (not the body's) opens one of the next ``KNOWN_SOON`` paragraphs:
    the header's fields go on after the headline ("SHOW: ...", the headline, "BYLINE: ...")."""
    return any(u.label is not None and u.label.known and not u.label.body for u in units[i + 1:i + 1 + KNOWN_SOON])


def _known_ahead(units: list[Unit], i: int) -> bool:
    for unit in units[i:]:
        if unit.heading in ("body", "trailer"):
            return True
        if unit.label is None:
            return False
        if unit.label.known:
            return True
    return False


def _labels_before_body(r: Reading, units: list[Unit], i: int) -> tuple[int, int | None]:
    last = None
    j = i
    while j < len(units):
        unit = units[j]
        if unit.heading == "body":
            _label_units(r, units[i:j])
            return j + 1, None
        if unit.heading == "trailer":
            break
        if unit.label is None:
            if j > i and units[j - 1].empty_label and not units[j - 1].label.body:
                if last == j - 1:
                    last = j
                j += 1
                continue
            break
        if unit.label.body:
            _label_units(r, units[i:j])
            return _body_label(units, j)
        if unit.label.known:
            last = j
        j += 1
    stop = (last + 1) if last is not None else i
    _label_units(r, units[i:stop])
    return stop, None


def _body_label(units: list[Unit], j: int) -> tuple[int, int | None]:
    """``TEXT:`` / ``Full text: ...``: the body starts after the label, on the same line when
    the line goes on."""
    unit = units[j]
    first = unit.lines[0]
    rest = first.text[unit.label.value_at:]
    if rest.strip():
        return j, first.text_start + unit.label.value_at
    if len(unit.lines) > 1:
        return j, unit.lines[1].start
    return j + 1, None


# --- labelled fields -----------------------------------------------------------------------------

def _label_units(r: Reading, units: Sequence[Unit]) -> None:
    for n, unit in enumerate(units):
        if unit.label is None:
            continue                        # the value of the empty label before it
        value = None
        if unit.empty_label and n + 1 < len(units) and units[n + 1].label is None:
            value = units[n + 1]
        label_field(r, r.labelled, unit, value)


def label_field(r: Reading, out: list[Field], unit: Unit, value: Unit | None = None) -> None:
    lab = unit.label
    first = unit.lines[0]
    parts: list[tuple[str, int]] = []
    rest = first.text[lab.value_at:]
    if rest.strip():
        parts.append((rest.strip(), first.text_start + lab.value_at))
    parts += line_parts(unit.lines[1:])
    if value is not None:
        parts += line_parts(value.lines)
    if parts:
        for f in labelled(lab.key or slug(lab.label), parts, lab.label):
            r.add(out, f)


def labelled(key: str, parts: list[tuple[str, int]], label: str = "") -> list[Field]:
    """The fields of one labelled value, tidied by its key (``VALUE_RULES``)."""
    rule = VALUE_RULES.get(key)
    return rule(parts, label) if rule else [field_of(key, parts, label)]


def _headline(parts: list[tuple[str, int]], label: str) -> list[Field]:
    title, subtitle = split_headline(parts)
    return ([field_of("title", title, label)] if title else []) + (
        [field_of("subtitle", subtitle, label)] if subtitle else [])


def _length(parts: list[tuple[str, int]], label: str) -> list[Field]:
    f = field_of("length", parts, label)
    count = word_count(f.value)
    return [Field("length_words", count, f.start, f.end, label) if count else f]


def _section(parts: list[tuple[str, int]], label: str) -> list[Field]:
    f = field_of("section", parts, label)
    section, page = split_page(f.value)
    out = [Field("page", page, f.start, f.end, label)] if page is not None else []
    if section != f.value and f.value.startswith(section):
        f = Field("section", section, f.start, f.start + len(section), label)
    return out + [f]


def _url(parts: list[tuple[str, int]], label: str) -> list[Field]:
    f = field_of("url", parts, label)
    return [Field("url", "".join(t for t, _ in parts), f.start, f.end, label)]


def _byline(parts: list[tuple[str, int]], label: str) -> list[Field]:
    f = field_of("byline", parts, label)
    return [Field("byline", given_first(f.value), f.start, f.end, label)]


def _document_id(parts: list[tuple[str, int]], label: str) -> list[Field]:
    f = field_of("document_id", parts, label)
    value = f.value.split()[-1]
    return [Field("document_id", value, f.end - len(value), f.end, label)]


VALUE_RULES: dict[str, Callable[[list[tuple[str, int]], str], list[Field]]] = {
    "title": _headline, "length": _length, "section": _section, "url": _url, "byline": _byline,
    "document_id": _document_id,
}


# --- the labelled block after the body --------------------------------------------------------------

def _trailer_start(r: Reading, units: list[Unit], start: int, end: int) -> int:
    """Where the labelled fields after the body begin; ``end`` when there are none."""
    shaped = r.spec.trailer_line
    if shaped is not None:               # fields one per line (ProQuest's): read by their shape
        k = _field_lines_start(units, start, end, shaped)
    else:
        k = end
        while k > start:
            unit = units[k - 1]
            if unit.label is not None and unit.label.body:
                break                    # the body's label ("Full text: ..." on one line) opens the body
            if unit.heading == "trailer" or unit.label is not None and not is_page_label(unit.label):
                k -= 1                   # a page's label ("Source: ...") is the text's, no export field
            elif k - 1 > start and units[k - 2].empty_label and not units[k - 2].label.body:
                k -= 1                   # the value of an empty label ("HIGHLIGHT:" / text)
            else:
                break
    first = next((j for j in range(k, end) if units[j].known), end)
    if start > 0 and units[start - 1].heading == "body":
        first = _field_sections_start(units, start, first)
    return first


def _field_sections_start(units: list[Unit], start: int, first: int) -> int:
    """Where the sections under a field heading right before the fields after the body begin
    ("Graphic" / a caption, "Notes" / a note, in a record whose body a "Body" heading opened):
    each heading and the paragraphs under it, walked up from ``first`` while a heading stands
    above a run of text paragraphs (a page's label in them is text: "Photo: ...")."""
    while True:
        h = first - 1
        while h > start and _section_text(units[h]):
            h -= 1
        if h < start or h == first - 1 or units[h].heading != "field":
            return first
        first = h


def _field_lines_start(units: list[Unit], start: int, end: int, kind: Callable[[str], object]) -> int:
    """Where a block of fields printed one per line after the body begins (ProQuest's): its
    paragraphs, from the last up, while each holds only field lines (``kind(text)`` true: a label
    of the block, or a line shaped as a label the table does not know). A paragraph that starts
    with text ends the walk: of its last lines, fields printed right under the text (``kind``
    gives ``UNDER_TEXT``: "CAPTION: ...") are the block's, and so is a run of two or more field
    lines that ends the record (an export that lost its blank lines); any other label line in it
    ("Source: ...", "Title: ..." inside the running text) is text."""
    k = end
    while k > start:
        first = k - 1                       # the units of the paragraph that ends at k: first .. k-1
        while first > start and units[first - 1].lines[-1].stop == units[first].lines[0].start:
            first -= 1
        tail = k
        while tail > first and _field_line(units[tail - 1], kind):
            tail -= 1
        glued = first > 0 and units[first - 1].lines[-1].stop == units[first].lines[0].start
        if tail == first and not glued:
            k = first                       # a paragraph of fields
            continue
        under = k
        while under > tail and kind(units[under - 1].lines[0].text) == UNDER_TEXT:
            under -= 1
        return tail if k == end and k - tail >= 2 else under
    return k


UNDER_TEXT = "under text"       # what a spec's ``trailer_line`` gives for a field printed right under the text


def _field_line(unit: Unit, kind: Callable[[str], object]) -> bool:
    """A labelled field on one line of its own (or, under the text, with its wrapped lines)."""
    if unit.heading == "trailer":
        return True
    if unit.label is not None and unit.label.body:
        return False
    what = kind(unit.lines[0].text)
    if what == UNDER_TEXT:
        return True
    if unit.label is not None:
        return bool(what) and len(unit.lines) == 1
    return all(kind(l.text) for l in unit.lines)


def _trailer_block(r: Reading, units: list[Unit], start: int, end: int) -> int:
    """Read the labelled fields after the body; where they begin."""
    first = _trailer_start(r, units, start, end)
    block: list[Unit] = []
    j = first
    while j < end:
        unit = units[j]
        j += 1
        if unit.heading == "field":
            j = _field_section(r, units, j - 1, end)
        elif unit.heading is None:
            block.append(unit)
    shaped = r.spec.trailer_line
    if shaped is not None:              # a label the table does not know keeps its own name ("DOI: ...")
        block = [_shaped(u) if u.label is None and shaped(u.lines[0].text) and not (n and block[n - 1].empty_label)
                 else u for n, u in enumerate(block)]
    _label_units(r, block)
    return first


def _section_text(unit: Unit) -> bool:
    """A paragraph of text under a field heading (a page's label in it is text: "Photo: ...")."""
    return unit.heading is None and (unit.label is None or is_page_label(unit.label))


def _field_section(r: Reading, units: list[Unit], h: int, end: int) -> int:
    """Read the field a heading line heads ("Graphic" / a caption) from the paragraphs under it;
    the index of the unit after them."""
    j = h + 1
    while j < end and _section_text(units[j]):
        j += 1
    parts = [p for u in units[h + 1:j] for p in line_parts(u.lines)]
    if parts:
        r.add(r.labelled, field_of(FIELD_HEADINGS[units[h].lines[0].text.casefold()], parts, units[h].lines[0].text))
    return j


def _shaped(unit: Unit) -> Unit:
    """A field whose label the table does not know, read by its shape: the label is the text up
    to the first colon."""
    text = unit.lines[0].text
    cut = min(i for i in (text.find(":"), text.find("：")) if i > 0)
    after = text[cut + 1:]
    return Unit(unit.lines, Label(text[:cut].rstrip(), None, cut + 1 + len(after) - len(after.lstrip()), False), None)


# --- a header that hangs on one line (Factiva's word count) ---------------------------------------

def _anchored(r: Reading, lines: list[Ln], closing: list[Field]) -> Record:
    spec = r.spec
    end = len(lines)
    nonblank = [i for i in range(end) if lines[i].text]
    at = next((i for i in nonblank[:spec.anchor_scan] if spec.anchor(lines[i].text)), None)
    if at is None:
        r.warnings.append(f"{spec.no_anchor}: the record is read as free text")
        return _record(r.lines, r.layout, closing, None, r.warnings)
    fields = spec.above(r, lines[:at]) if spec.above else []
    line = lines[at]
    fields.append(Field(spec.anchor_key, str(spec.anchor(line.text)), line.text_start, line.text_end))
    body_from = _below(r, lines, at + 1, end)
    fields += r.header + closing
    paras = paragraphs(lines[body_from:end])
    while paras and spec.furniture is not None and len(paras[-1]) == 1 and spec.furniture(paras[-1][0].text):
        paras = paras[:-1]                   # the vendor's line under the text ("License this article ...")
    if paras and spec.tail is not None and (f := spec.tail(paras[-1], fields)) is not None:
        fields.append(f)
        paras = paras[:-1]
    if paras:
        body = (paras[0][0].start, paras[-1][-1].end)
    else:
        pos = lines[body_from].start if body_from < len(lines) else r.lines[-1].stop
        body = (pos, pos)
        r.warnings.append(spec.no_body)
    return _record(r.lines, r.layout, fields, body, r.warnings)


def _below(r: Reading, lines: list[Ln], k: int, end: int) -> int:
    """Read the fields under the anchor by the ``below`` grammar; where the body starts."""
    r.para = lines
    while k < end and not lines[k].text:
        k += 1
    while k < end:
        if not lines[k].text:
            nxt = next((j for j in range(k + 1, end) if lines[j].text), None)
            if nxt is None or not r.spec.below_goes_on(r, lines[nxt]):
                return k
            k = nxt                          # fields printed with blank lines between them
            continue
        r.k = k
        for slot in r.spec.below:
            hit = slot.applies(r, lines[k])
            if hit:
                k = slot.read(r, k, hit)
                break
        else:
            return k                         # not a header line: the body starts here
        if r.done:
            return k
    return k
