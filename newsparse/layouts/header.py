"""A record's units (paragraphs, and a field's lines) and its header, read by the spec's grammar:
an ordered list of ``Slot`` values, each a line shape with the conditions under which it
applies; the first slot that takes a line reads it, and the body starts at the first line no slot
takes, or after a body label or heading (``BODY:``, ``Full text:``).
"""
from __future__ import annotations

from typing import Sequence

from ..rules.labels import WIRE_SLUGS
from ._text import Ln, date_text, ends_wrapped, is_language, paragraphs, read_label, word_count
from .fields import label_field, label_units, trailer_start
from .spec import HEADER_UNITS, Reading, Unit, heading_of


def units_of(lines: Sequence[Ln], r: Reading) -> list[Unit]:
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


def read_header(r: Reading, units: list[Unit]) -> tuple[int, int | None]:
    """Read the header and the labelled fields before the body; the index of the body's first
    unit (and the offset where the body starts, when it starts inside a unit)."""
    spec = r.spec
    if spec.body_label_first:
        at = next((i for i, u in enumerate(units) if u.label is not None and u.label.body), None)
        stop = at if at is not None else trailer_start(r, units, 0, len(units))
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
            label_units(r, units[i:j])
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
            label_units(r, units[i:j])
            return _body_label(units, j)
        if unit.label.known:
            last = j
        j += 1
    stop = (last + 1) if last is not None else i
    label_units(r, units[i:stop])
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
