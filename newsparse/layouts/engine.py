"""The layout engine: one way to cut an input into records and to read a record, for every layout.

A layout is data (``Layout``, in ``spec.py``): how it is detected, which lines open, close or
divide records, which chunks are records at all, and how a record reads (``RecordSpec``).
``split`` runs a layout over the lines of an input and yields each ``Record`` as soon as it is
complete, and a ``Gap`` for every stretch that belongs to no record (a cover page, a separator,
export furniture, a record that holds no article), so the pieces in order rebuild the input
exactly.

A record reads, top to bottom, every part optional::

    [opening line]  header  labelled fields  [body label]  body  labelled fields  trailer  [closing line]

- the header is read by the spec's grammar (``header.py``): an ordered list of ``Slot`` values,
  each a line shape with the conditions under which it applies; the first slot that takes a
  line reads it (and the lines that go with it), and the body starts at the first line no slot
  takes. A layout whose header hangs on one line (Factiva's word count) reads the lines above
  that anchor bottom-up with one grammar and the lines below it with another;
- labelled fields (``fields.py``: ``SECTION: ...``, ``Publication title: ...``, ``PD  12 March
  2024``) come from the spec's label table, per interface language; their values are tidied by
  key (``VALUE_RULES``): a headline splits into title and subtitle, a word count becomes a
  number, a page reference leaves the section, an author printed surname first is turned round;
- the body starts after a body label or heading (``BODY:``, ``Full text:``, ``Body``) or after
  the header, and ends where the labelled fields and the trailer (copyright lines, a
  publisher line) after it begin.

Everything here is linear in the size of a record, and a record is held only until it is read.
"""
from __future__ import annotations

from typing import Iterable, Iterator, Sequence

from ..errors import InputError
from ..model import Field, Gap, Record
from ..rules.labels import FIELD_HEADINGS
from ._text import Label, Ln, field_of, is_copyright, is_rights, line_parts, number_lines, paragraphs
from .fields import label_units, section_text, trailer_start
from .header import read_header, units_of
from .spec import Layout, MAYBE, Reading, RecordSpec, STARTS, Unit

HELD_SHOWN = 3           # warnings of records without an article passed on in full; the rest are counted


# --- the spec -------------------------------------------------------------------------------------


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
    units = units_of(content, r)
    end = len(units)
    if spec.copyright_trailer:
        while end and _copyright_unit(units[end - 1]):
            end -= 1
    copyright = units[end:]
    start, cut = read_header(r, units[:end])
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


# --- the header ----------------------------------------------------------------------------------


# --- labelled fields -----------------------------------------------------------------------------


# --- the labelled block after the body --------------------------------------------------------------


def _trailer_block(r: Reading, units: list[Unit], start: int, end: int) -> int:
    """Read the labelled fields after the body; where they begin."""
    first = trailer_start(r, units, start, end)
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
    label_units(r, block)
    return first


def _field_section(r: Reading, units: list[Unit], h: int, end: int) -> int:
    """Read the field a heading line heads ("Graphic" / a caption) from the paragraphs under it;
    the index of the unit after them."""
    j = h + 1
    while j < end and section_text(units[j]):
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
