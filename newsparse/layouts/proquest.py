"""ProQuest "save as text" exports.

Records are divided by a rule of underscores. A record opens with an optional ``Document 3 of
500`` line, the headline, sometimes ``Publication info:`` and the document URL, then labelled
fields (``Abstract:``, ``Links:``); ``Full text:`` opens the body on its own line; labelled fields
follow the body, one per line (``CAPTION:``, ``Title:``, ``Publication title:``, ``Publication
date:``, ``Section:``, ``Language of publication:``, ``ProQuest document ID:`` ...). Labels come
from ``rules/labels.py`` in each interface language. Text between rules that holds no labelled
field (a table of contents, the closing "Contact us" notice) is export furniture, not a record.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, Sequence

from ..model import Field, Record
from ._text import Label, Ln, field_of, is_url, line_parts, make_record, number_lines, read_label, slug
from .lexisnexis import MARKER

NAME = "proquest"

RULE = re.compile(r"^\s*_{20,}\s*$")
# keys only ProQuest records carry: with a rule of underscores they identify the layout
SIGNATURE_KEYS = frozenset({"source_type", "database", "document_id", "publication_subject",
                            "place_of_publication", "publication_year", "publication_info", "source"})
_SHAPED = re.compile(r"^[^\W\d_][\w'’/&().-]*(?: [\w'’/&().-]+){0,4}\s?[:：]\s")


def looks_like(head: Sequence[str]) -> bool:
    if not any(RULE.match(l) for l in head):
        return False
    keys = set()
    for line in head:
        lab = read_label(line.strip(), upper_ok=False)
        if lab is not None:
            keys.add("body" if lab.body else lab.key)
    return len(keys & SIGNATURE_KEYS) + ("body" in keys) >= 2


def read(lines: Iterable[str], head: Sequence[str] = ()) -> Iterator[Record]:
    current: list[Ln] = []
    index = 0
    rules = 0
    for line in number_lines(lines):
        if RULE.match(line.text):
            rules += 1
            record = _chunk(current, index)
            if record is not None:
                yield record
                index += 1
            current = []
        else:
            current.append(line)
    record = _chunk(current, index)
    if record is not None:
        yield record
    elif rules == 0 and any(l.text for l in current):
        yield make_record(current, NAME, 0, warnings=(
            "no ProQuest records (divided by a rule of underscores) found; read as one article",))


def _label(line: Ln) -> Label | None:
    return read_label(line.text)


def _chunk(lines: list[Ln], index: int) -> Record | None:
    """The record between two rules, or None for export furniture."""
    if not any(l.text for l in lines):
        return None
    labels = [lab for l in lines if l.text and (lab := _label(l)) is not None and lab.known]
    if any(lab.body for lab in labels) or len({lab.key for lab in labels}) >= 2:
        return _record(lines, index)
    marker = next((l for l in lines if l.text), None)
    if marker is not None and MARKER.match(marker.text):
        return make_record(lines, NAME, index, body=(lines[-1].stop, lines[-1].stop), warnings=(
            f"record {marker.text!r} holds no labelled fields or text",))
    return None


def _record(lines: list[Ln], index: int) -> Record:
    warnings: list[str] = []
    fields: list[Field] = []
    n = len(lines)
    body_at = next((i for i, l in enumerate(lines) if l.text and (lab := _label(l)) and lab.body), None)
    # the labelled fields after the body: a run of label lines up to the end of the record,
    # starting at its first known label
    k = n
    while k > (body_at + 1 if body_at is not None else 0):
        text = lines[k - 1].text
        if not text or _label(lines[k - 1]) is not None or _SHAPED.match(text):
            k -= 1
        else:
            break
    tail = next((i for i in range(k, n) if lines[i].text and (lab := _label(lines[i])) and lab.known), n)
    head_end = body_at if body_at is not None else tail
    headline = _header(lines[:head_end], fields)
    labelled = _labels(lines[tail:])
    title = next((f for f in labelled if f.key == "title"), None)
    if headline is not None and (title is None or " ".join(title.value.split()) == headline.value):
        labelled = [f for f in labelled if f.key != "title"]
        fields.insert(0, headline)
    fields += labelled
    if body_at is not None:
        line = lines[body_at]
        lab = _label(line)
        start = line.text_start + lab.value_at
        if not line.text[lab.value_at:].strip():
            nxt = next((l for l in lines[body_at + 1:tail] if l.text), None)
            start = nxt.start if nxt is not None else line.stop
        last = next((l for l in reversed(lines[body_at:tail]) if l.text), line)
        body = (start, max(start, last.end))
    else:
        pos = lines[tail].start if tail < n else lines[-1].stop
        body = (pos, pos)
        warnings.append("the record has no full text")
    return make_record(lines, NAME, index, fields, body, warnings=warnings)


def _header(lines: list[Ln], fields: list[Field]) -> Field | None:
    """The headline, the URL and the labelled lines above the full text."""
    headline = None
    units = _label_units(lines)
    for lab, group in units:
        if lab is not None:
            fields.extend(_field(lab, group))
            continue
        for line in group:
            if MARKER.match(line.text):
                continue
            if is_url(line.text):
                fields.append(Field("url", line.text, line.text_start, line.text_end))
            elif headline is None:
                headline = field_of("title", line_parts([line]))
    return headline


def _labels(lines: list[Ln]) -> list[Field]:
    out: list[Field] = []
    for lab, group in _label_units(lines):
        if lab is not None:
            out.extend(_field(lab, group))
    return out


def _label_units(lines: list[Ln]) -> list[tuple[Label | None, list[Ln]]]:
    """Label lines with the lines that continue their value, and the unlabelled lines between."""
    units: list[tuple[Label | None, list[Ln]]] = []
    for line in lines:
        if not line.text:
            if units and units[-1][0] is not None:
                units.append((None, []))          # a blank line ends a labelled value
            continue
        lab = _label(line)
        if lab is not None and lab.known:
            units.append((lab, [line]))
        elif units and units[-1][0] is not None and len(units[-1][1]) >= 1 and units[-1][1][-1].stop == line.start:
            units[-1][1].append(line)             # the value goes on on the next line
        elif units and units[-1][0] is None:
            units[-1][1].append(line)
        else:
            units.append((None, [line]))
    return units


def _field(lab: Label, lines: list[Ln]) -> list[Field]:
    first = lines[0]
    parts = []
    rest = first.text[lab.value_at:]
    if rest.strip():
        parts.append((rest.strip(), first.text_start + lab.value_at))
    parts += line_parts(lines[1:])
    if not parts:
        return []
    key = lab.key or slug(lab.label)
    f = field_of(key, parts, lab.label)
    if key == "url":
        f = Field("url", "".join(t for t, _ in parts), f.start, f.end, lab.label)
    elif key == "byline":
        f = Field("byline", _given_first(f.value), f.start, f.end, lab.label)
    return [f]


def _given_first(value: str) -> str:
    """ProQuest prints authors surname first, ";" between them: "Okafor, Maria; Reyes, Tom" ->
    "Maria Okafor; Tom Reyes"."""
    names = []
    for name in value.split(";"):
        surname, comma, given = name.partition(",")
        if comma and given.strip() and "," not in given and len(surname.split()) <= 3:
            name = f"{given.strip()} {surname.strip()}"
        names.append(" ".join(name.split()))
    return "; ".join(n for n in names if n)
