"""A record's labelled fields and its trailer, read by its layout's tables: ``SECTION: ...``,
``Publication title: ...``, ``PD  12 March 2024`` from the spec's label table, their values
tidied by key (``VALUE_RULES``: a headline splits into title and subtitle, a word count becomes a
number, a page reference leaves the section, an author printed surname first is turned round);
and where the trailer (copyright lines, a publisher line, fields printed under the text) begins.
"""
from __future__ import annotations

from typing import Callable, Sequence

from ..model import Field
from ._text import field_of, given_first, is_page_label, line_parts, slug, split_headline, split_page, word_count
from .spec import Reading, Unit


def label_units(r: Reading, units: Sequence[Unit]) -> None:
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


def trailer_start(r: Reading, units: list[Unit], start: int, end: int) -> int:
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
        while h > start and section_text(units[h]):
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


def section_text(unit: Unit) -> bool:
    """A paragraph of text under a field heading (a page's label in it is text: "Photo: ...")."""
    return unit.heading is None and (unit.label is None or is_page_label(unit.label))
