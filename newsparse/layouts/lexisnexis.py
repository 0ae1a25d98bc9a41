"""LexisNexis text exports: classic ("1 of 10 DOCUMENTS", "Dokument 1 von 25") and newer
("End of Document" closes each record).

A record reads, top to bottom:

- a header of positional lines: copyright notices, the publication, the date line (with its
  time, weekday and edition lines), the headline (flush left, possibly wrapped, with a subtitle
  after a line-final ";"), sometimes an unlabelled byline, a URL or a word count. Classic exports
  centre the vendor's lines and set the headline flush left; newer ones put the headline first;
- labelled fields (``BYLINE:``, ``RUBRIK:``, ``LONGUEUR:`` ...), possibly closed by a body label
  (``BODY:``, ``TEXT:``, a bare ``Body`` line);
- the body;
- labelled fields again (``LOAD-DATE:``, ``LANGUAGE:`` ..., or after a bare ``Classification``);
- copyright lines.

Labels are known words (``rules/labels.py``) or, for fields this table does not know yet,
upper-case words. An unknown upper-case label only counts as a field when a known label stands in
the same block, so body paragraphs that open with "MID:" or "OFFERROLLER:" stay body text. The
cover page (request time, search terms) goes to ``extra`` of every record.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, Sequence

from ..model import Field, Record
from ..rules.labels import (BODY_HEADINGS, DOCUMENT_WORDS, END_OF_DOCUMENT, OF_WORDS,
                            TRAILER_HEADINGS, WIRE_SLUGS)
from ._text import (CENTERED, Label, Ln, date_and_rest, date_text, ends_wrapped, field_of,
                    has_credit_cue, is_copyright, is_rights, is_time, is_url, is_weekday,
                    line_parts, make_record, number_lines, paragraphs, read_cover, read_label,
                    slug, split_headline, split_page, strip_slug, word_count)

NAME = "lexisnexis"

_DOC = "|".join(DOCUMENT_WORDS)
_OF = "|".join(OF_WORDS)
MARKER = re.compile(
    rf"(?i)^\s*(?:(?:{_DOC})\s+\d{{1,7}}\s+(?:{_OF})\s+\d{{1,7}}(?:\s+(?:{_DOC}))?"
    rf"|\d{{1,7}}\s+(?:{_OF})\s+\d{{1,7}}\s+(?:{_DOC}))\s*$")
_COVER_LINE = re.compile(r"^(?:\d{1,4}\.\s+\S|[^\W\d_][\w /&'-]{1,40}:|[^\W\d_][\w ]{1,30}\(\d+\)$)")
FULL_WIDTH = 70           # a centred line this long is not indented: it fills the page
# a record that holds nothing but copyright lines comes out as a record with a warning; with
# False it comes out as a warning on the record after it instead
MALFORMED_AS_RECORD = False
HEADER_UNITS = 40          # a header longer than this is not a header: the body has started


def is_marker(text: str) -> bool:
    return bool(MARKER.match(text))


def is_end(text: str) -> bool:
    return " ".join(text.casefold().strip(" .").split()) in END_OF_DOCUMENT


def looks_like(head: Sequence[str]) -> bool:
    """Whether an input that starts with ``head`` is a LexisNexis export."""
    labels = 0
    for line in head:
        text = line.strip()
        if is_marker(text) or is_end(text):
            return True
        lab = read_label(text, upper_ok=False)
        if lab is not None and lab.key in ("length", "load_date", "byline", "section"):
            labels += 1
        if text.casefold() in BODY_HEADINGS and labels >= 2:
            return True
    return False


def read(lines: Iterable[str]) -> Iterator[Record]:
    """Records of a LexisNexis export, each yielded as soon as its last line is read."""
    held: list[str] = []            # warnings of malformed records, for the next record
    pending: list[Ln] = []          # lines not yet given to a record (the cover, or a record)
    current: list[Ln] | None = None
    extra: dict[str, str] = {}
    covered = False
    index = 0
    for line in number_lines(lines):
        if is_marker(line.text):
            if current is not None and any(l.text for l in current):
                record = _record(current, index, extra, uni=False, held=held)
                if record is not None:
                    yield record
                    index += 1
            elif not covered:
                extra = read_cover(pending)
            elif _has_labels(pending):            # a newer-style record left without its closing line
                yield _record(pending, index, extra, uni=True, held=held,
                              warnings=("the record has no \"End of Document\" line",))
                index += 1
            covered = True
            pending = []
            current = [line]
        elif is_end(line.text):
            if current is None:
                if not covered:
                    cover, body = _split_cover(pending)
                    extra = read_cover(cover)
                    covered = True
                else:
                    body = pending
                current = body
            current.append(line)
            record = _record(current, index, extra, uni=not is_marker(current[0].text), held=held)
            if record is not None:
                yield record
                index += 1
            current, pending = None, []
        elif current is not None:
            current.append(line)
        else:
            pending.append(line)
    rest = current if current is not None else pending
    if current is not None and any(l.text for l in current):
        record = _record(current, index, extra, uni=False, held=held, last=True)
        if record is not None:
            yield record
    elif not covered and any(l.text for l in rest):
        yield make_record(rest, NAME, 0, warnings=(
            "no LexisNexis record markers (\"1 of 10 DOCUMENTS\", \"End of Document\") found; "
            "read as one article",))
    elif covered and _has_labels(rest):
        yield _record(rest, index, extra, uni=True, held=held, last=True,
                      warnings=("the last record has no \"End of Document\" line",))


def _has_labels(lines: Sequence[Ln]) -> bool:
    return sum(1 for l in lines if (lab := read_label(l.text, upper_ok=False)) and lab.key) >= 2


def _split_cover(lines: list[Ln]) -> tuple[list[Ln], list[Ln]]:
    """The cover page (job details, search terms, a numbered list of titles) and the first record
    of a newer export, which has no marker line between them."""
    anchor = next((i for i, l in enumerate(lines)
                   if l.text.casefold() in BODY_HEADINGS
                   or ((lab := read_label(l.text, upper_ok=False)) and lab.key in ("length", "byline", "section"))),
                  None)
    if anchor is None:
        return [], lines
    cut = 0
    for i in range(anchor):
        text = lines[i].text
        if (text and _COVER_LINE.match(text) and not read_label(text, upper_ok=False)
                and not date_text(text)):
            cut = i + 1
        elif text and (lab := read_label(text)) is not None and lab.key is None:
            cut = i + 1                 # "Client/Matter: -None-", "Search Terms: ..."
    return lines[:cut], lines[cut:]


# --- one record ----------------------------------------------------------------------------------

class _Unit:
    """A labelled field (a label line and its continuation lines) or a plain paragraph."""
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


def _units(lines: Sequence[Ln], uni: bool) -> list[_Unit]:
    """Paragraphs, cut again where a known label or a heading line starts inside one."""
    out: list[_Unit] = []
    for para in paragraphs(lines):
        start = 0
        for k in range(1, len(para) + 1):
            if k < len(para) and not _starts_unit(para[k], para[k - 1], uni):
                continue
            out.append(_unit(para[start:k]))
            start = k
    return out


def _starts_unit(line: Ln, prev: Ln, uni: bool) -> bool:
    text = line.text.casefold()
    if text in BODY_HEADINGS or text in TRAILER_HEADINGS or _heading(prev):
        return True
    lab = read_label(line.text, upper_ok=False)
    return lab is not None and lab.known and (uni or not ends_wrapped(prev.text))


def _heading(line: Ln) -> str | None:
    text = line.text.casefold()
    if text in BODY_HEADINGS:
        return "body"
    if text in TRAILER_HEADINGS:
        return "trailer"
    return None


def _unit(lines: list[Ln]) -> _Unit:
    heading = _heading(lines[0]) if len(lines) == 1 else None
    label = None if heading else read_label(lines[0].text)
    if label is not None and label.key is None and label.label.casefold() in WIRE_SLUGS:
        label = None                  # "FLASH: UN ASSEMBLY ADOPTS ...": text, not a field
    return _Unit(lines, label, heading)


def _record(lines: list[Ln], index: int, extra: dict[str, str], uni: bool, held: list[str],
            last: bool = False, warnings: Sequence[str] = ()) -> Record | None:
    """The record of these lines, or None when it is malformed and ``MALFORMED_AS_RECORD`` is
    off (its warning is then held for the next record)."""
    reader = _Reader(lines, index, extra, uni, held + list(warnings))
    record = reader.record()
    if reader.malformed and not MALFORMED_AS_RECORD and not last:
        held[:] = list(record.warnings)
        return None
    held.clear()
    return record


class _Reader:
    def __init__(self, lines: list[Ln], index: int, extra: dict[str, str], uni: bool,
                 warnings: list[str]):
        self.lines = lines
        self.index = index
        self.extra = extra
        self.uni = uni
        self.warnings = warnings
        self.header: list[Field] = []
        self.labelled: list[Field] = []
        self.have: set[str] = set()
        self.marker = lines[0].text if is_marker(lines[0].text) else None
        self.malformed = False

    # -- the record as a whole --

    def record(self) -> Record:
        content = self.lines[1:] if self.marker else self.lines
        content = [l for l in content if not is_end(l.text)]
        units = _units(content, self.uni)
        end = len(units)
        while end and self._copyright_unit(units[end - 1]):
            end -= 1
        trailer = units[end:]
        start, cut = self._header(units[:end])
        first_b = self._trailer_block(units, start, end)
        body_units = units[start:first_b]
        for unit in trailer:
            self._add(self.labelled, field_of("copyright", line_parts(unit.lines)))
        fields = self.header + self.labelled
        fields += self._fallback_date()
        body = self._body_span(body_units, cut, units, first_b)
        if not body_units:
            if not fields or all(f.key == "copyright" for f in fields):
                what = f"record {self.marker!r}" if self.marker else "a record"
                self.warnings.append(f"{what} holds no article, only copyright lines")
                self.malformed = True
            else:
                graphic = next((f for f in fields if f.key == "graphic"), None)
                if graphic is not None:
                    # a picture record: its caption is all the text it has
                    body = graphic.start, graphic.end
                    self.warnings.append("the record has no body text; its graphic caption stands as the body")
                else:
                    self.warnings.append("the record has no body text")
        return make_record(self.lines, NAME, self.index, fields, body, self.extra, self.warnings)

    def _body_span(self, body_units: list[_Unit], cut: int | None, units: list[_Unit],
                   first_b: int) -> tuple[int, int]:
        if body_units:
            first = body_units[0].lines[0]
            start = cut if cut is not None else first.start
            return start, body_units[-1].lines[-1].end
        if cut is not None:
            return cut, cut
        pos = units[first_b].lines[0].start if first_b < len(units) else self.lines[-1].stop
        return pos, pos

    def _fallback_date(self) -> list[Field]:
        if "published" in self.have:
            return []
        load = next((f for f in self.labelled if f.key == "load_date"), None)
        if load is None:
            return []
        self.warnings.append(f"no date line; the load date {load.value!r} is taken as the publication date")
        return [Field("published", load.value, load.start, load.end, load.label)]

    def _add(self, out: list[Field], f: Field) -> None:
        if f.value:
            out.append(f)
            self.have.add(f.key)

    @staticmethod
    def _copyright_unit(unit: _Unit) -> bool:
        first = unit.lines[0].text
        return unit.label is None and (is_copyright(first) or all(is_rights(l.text) for l in unit.lines))

    # -- header and the labelled block before the body --

    def _header(self, units: list[_Unit]) -> tuple[int, int | None]:
        """Read the header and the labels before the body; the index of the body's first unit
        (and the offset where it starts, when a label opens it mid-line)."""
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
                    return self._body_label(units, i)
                if unit.centered and not self.uni:
                    self._label_field(self.header, unit)          # "SHOW: ..." of the vendor
                    i += 1
                    continue
                if lab.known or self._known_ahead(units, i):
                    return self._labels_before_body(units, i)
                # an unknown upper-case word: a wire slug before the headline, or body text
            k = self._header_lines(units, i)
            if k is not None:
                if k == 0:
                    return i, None
                return i, unit.lines[k].start            # the body starts inside this paragraph
            i += 1
        return min(i, len(units)), None

    def _known_ahead(self, units: list[_Unit], i: int) -> bool:
        for unit in units[i:]:
            if unit.heading is not None:
                return True
            if unit.label is None:
                return False
            if unit.label.known:
                return True
        return False

    def _labels_before_body(self, units: list[_Unit], i: int) -> tuple[int, int | None]:
        last = None
        j = i
        while j < len(units):
            unit = units[j]
            if unit.heading == "body":
                self._label_units(units[i:j])
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
                self._label_units(units[i:j])
                return self._body_label(units, j)
            if unit.label.known:
                last = j
            j += 1
        stop = (last + 1) if last is not None else i
        self._label_units(units[i:stop])
        return stop, None

    def _body_label(self, units: list[_Unit], j: int) -> tuple[int, int | None]:
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

    def _header_lines(self, units: list[_Unit], i: int) -> int | None:
        """Read the positional lines of a header paragraph. Returns None when the whole paragraph
        was header, else the index of its first body line."""
        lines = units[i].lines
        centered_unit = units[i].centered
        k = 0
        while k < len(lines):
            line = lines[k]
            text = line.text
            if is_copyright(text) or is_rights(text):
                j = k + 1
                while j < len(lines) and (is_rights(lines[j].text) or
                                          (ends_wrapped(lines[j - 1].text) and not date_text(lines[j].text))):
                    j += 1
                self._add(self.header, field_of("copyright", line_parts(lines[k:j])))
                k = j
                continue
            if "published" not in self.have and (day := date_text(text)):
                k = self._date(lines, k, day)
                continue
            if ("published" not in self.have and (line.indent >= CENTERED or centered_unit)
                    and (split := date_and_rest(text))):
                k = self._date(lines, k, split[0], split[1])     # "May 2, 2024 Final Edition"
                continue
            if is_url(text):
                j = k + 1
                while j < len(lines) and " " not in lines[j].text and (
                        lines[j].text[:1] in "-/_.?&=#" or len(lines[j - 1].text) >= 60):
                    j += 1
                parts = line_parts(lines[k:j])
                f = field_of("url", parts)
                self._add(self.header, Field("url", "".join(t for t, _ in parts), f.start, f.end))
                k = j
                continue
            count = word_count(text)
            if count:
                self._add(self.header, Field("length_words", count, line.text_start, line.text_end))
                k += 1
                continue
            centered = line.indent >= CENTERED or centered_unit
            if centered and not self.uni:
                k = self._centered(lines, k)
                continue
            if self.uni and "title" not in self.have and "source" not in self.have:
                self._title(lines[k:k + 1], slug_ok=True)
                k += 1
                continue
            if self.uni and "source" not in self.have:
                self._add(self.header, field_of("source", line_parts([line])))
                k += 1
                continue
            if not self.have & {"source", "title", "published"}:
                self._add(self.header, field_of("source", line_parts([line])))  # flush-left export
                k += 1
                continue
            if "title" not in self.have:
                j = k + 1
                while j < len(lines) and self._continues_title(lines[j]):
                    j += 1
                self._title(lines[k:j], slug_ok=True)
                k = j
                continue
            if k == 0 and "byline" not in self.have and self._byline(units, i):
                self._add(self.header, field_of("byline", line_parts(lines)))
                return None
            return k
        return None

    def _continues_title(self, line: Ln) -> bool:
        text = line.text
        return (line.indent < CENTERED and not date_text(text) and not is_url(text)
                and not word_count(text) and not is_copyright(text))

    def _centered(self, lines: list[Ln], k: int) -> int:
        """A centred vendor line: the publication, else a notice or a labelled note."""
        line = lines[k]
        lab = read_label(line.text)
        if lab is not None:
            j = k + 1
            self._label_field(self.header, _Unit(lines[k:j], lab, None))
            return j
        j = k + 1
        while (j < len(lines) and ends_wrapped(lines[j - 1].text)
               and not date_text(lines[j].text) and not is_copyright(lines[j].text)):
            j += 1
        key = "source" if "source" not in self.have else "note"
        self._add(self.header, field_of(key, line_parts(lines[k:j])))
        return j

    def _date(self, lines: list[Ln], k: int, day: str, rest: str = "") -> int:
        """The date line with the time, weekday and edition lines under it (``rest``: edition
        words on the date line itself)."""
        line = lines[k]
        value = [day]
        end = line.text_end
        editions: list[Ln] = []
        if rest:
            at = line.text.rfind(rest.split()[0])
            editions.append(Ln(rest, line.text_start + at) if line.text.endswith(rest) else line)
        j = k + 1
        while j < len(lines):
            text = lines[j].text
            if not editions and is_time(text):
                value.append(text)
                end = lines[j].text_end
            elif not editions and is_weekday(text):
                end = lines[j].text_end
            elif (len(text) <= 40 and not read_label(text) and not is_copyright(text)
                  and not date_text(text) and not is_url(text)
                  and (lines[j].indent >= CENTERED or self.uni)):
                editions.append(lines[j])
            else:
                break
            j += 1
        if rest:
            end = line.text_start + len(line.text) - (len(rest) if line.text.endswith(rest) else 0)
            end = line.text_start + len(line.text[:end - line.text_start].rstrip(" ,"))
        self._add(self.header, Field("published", " ".join(value), line.text_start, end))
        if editions:
            self._add(self.header, field_of("edition", line_parts(editions)))
        return j

    def _byline(self, units: list[_Unit], i: int) -> bool:
        """An unlabelled credit line between the headline and the labelled fields."""
        lines = units[i].lines
        words = sum(len(l.text.split()) for l in lines)
        if len(lines) > 2 or words > 10 or lines[-1].text[-1:] in ".!?\"”»":
            return False
        if has_credit_cue(lines[0].text):
            return True
        nxt = units[i + 1] if i + 1 < len(units) else None
        return nxt is not None and nxt.known

    def _title(self, lines: Sequence[Ln], slug_ok: bool = False) -> None:
        parts = line_parts(lines)
        if slug_ok and parts:
            cut = strip_slug(parts[0][0])
            if cut:
                parts[0] = (parts[0][0][cut:], parts[0][1] + cut)
        self._headline(self.header, parts)

    def _headline(self, out: list[Field], parts: list[tuple[str, int]], label: str = "") -> None:
        title, subtitle = split_headline(parts)
        if title:
            self._add(out, field_of("title", title, label))
        if subtitle:
            self._add(out, field_of("subtitle", subtitle, label))

    # -- labelled fields --

    def _label_units(self, units: Sequence[_Unit]) -> None:
        for n, unit in enumerate(units):
            if unit.label is None:
                continue                        # the value of the empty label before it
            value = None
            if unit.empty_label and n + 1 < len(units) and units[n + 1].label is None:
                value = units[n + 1]
            self._label_field(self.labelled, unit, value)

    def _label_field(self, out: list[Field], unit: _Unit, value: _Unit | None = None) -> None:
        lab = unit.label
        first = unit.lines[0]
        parts: list[tuple[str, int]] = []
        rest = first.text[lab.value_at:]
        if rest.strip():
            parts.append((rest.strip(), first.text_start + lab.value_at))
        parts += line_parts(unit.lines[1:])
        if value is not None:
            parts += line_parts(value.lines)
        if not parts:
            return
        key = lab.key or slug(lab.label)
        label = lab.label
        if key == "title":
            self._headline(out, parts, label)
            return
        f = field_of(key, parts, label)
        if key == "length":
            count = word_count(f.value)
            if count:
                f = Field("length_words", count, f.start, f.end, label)
        elif key == "section":
            section, page = split_page(f.value)
            if page is not None:
                self._add(out, Field("page", page, f.start, f.end, label))
            if section != f.value and f.value.startswith(section):
                f = Field("section", section, f.start, f.start + len(section), label)
        elif key == "url":
            f = Field("url", "".join(t for t, _ in parts), f.start, f.end, label)
        self._add(out, f)

    # -- the labelled block after the body --

    def _trailer_block(self, units: list[_Unit], start: int, end: int) -> int:
        """Where the labelled fields after the body begin (read them); ``end`` when there are none."""
        k = end
        while k > start:
            unit = units[k - 1]
            if unit.heading == "trailer" or (unit.label is not None and not unit.label.body):
                k -= 1
            elif k - 1 > start and units[k - 2].empty_label and not units[k - 2].label.body:
                k -= 1                       # the value of an empty label ("HIGHLIGHT:" / text)
            else:
                break
        first = next((j for j in range(k, end) if units[j].known), end)
        block = [u for u in units[first:end] if u.heading is None]
        self._label_units(block)
        return first
