"""Article -> dict (the schema), the record's JSON Schema, and the output writers.

``to_dict`` is the only code that names output keys; every key is always present, in a fixed
order, and every format carries the same dict. ``--fields`` picks keys by dotted name
(``input.path``, ``dateline.location``, ``extra.page``): JSON and JSON Lines keep the record's
nesting, CSV and the table have one column per name.

A writer renders one record to one piece of text (``render``) and joins pieces (``Sink``), so
records rendered in worker processes come out byte for byte as in one process.
"""
from __future__ import annotations

import json
import re
from typing import Any, Iterable, Iterator, Sequence

from .lazyre import lazy
from .model import Article

KEYS = ("input", "title", "subtitle", "section", "breadcrumb", "source", "agencies", "published",
        "updated", "authors", "editors", "contributors", "dateline", "language", "body",
        "word_count", "segments", "evidence", "extra", "warnings")

FORMATS = ("json", "jsonl", "csv", "table")
FILE_FORMATS = ("json", "jsonl", "csv")


def _evidence_order(item: tuple) -> tuple[int, str]:
    """Evidence in the order of the record's keys (then by name), whatever order it was found in."""
    key = item[0]
    return (KEYS.index(key) if key in KEYS else len(KEYS), key)


def to_dict(a: Article) -> dict[str, Any]:
    return {
        "input": {"path": a.path, "encoding": a.encoding, "index": a.index},
        "title": a.title,
        "subtitle": a.subtitle,
        "section": a.section,
        "breadcrumb": list(a.breadcrumb),
        "source": a.source,
        "agencies": list(a.agencies),
        "published": a.published.isoformat() if a.published else None,
        "updated": a.updated.isoformat() if a.updated else None,
        "authors": list(a.authors),
        "editors": list(a.editors),
        "contributors": [{"name": p.name, "role": p.role} for p in a.contributors],
        "dateline": None if a.dateline is None else {
            "location": a.dateline.location, "date": a.dateline.date,
            "agency": a.dateline.agency, "raw": a.dateline.raw},
        "language": a.language,
        "body": a.body,
        "word_count": a.word_count,
        "segments": [{"kind": s.kind.value, "start": s.start, "end": s.end} for s in a.segments],
        "evidence": {k: {"raw": e.raw, "start": e.start, "end": e.end}
                     for k, e in sorted(a.evidence.items(), key=_evidence_order)},
        "extra": dict(a.extra),
        "warnings": list(a.warnings),
    }


def to_json(a: Article, indent: int | None = None) -> str:
    return dumps(to_dict(a), indent=indent)


def iter_jsonl(articles: Iterable[Article]) -> Iterator[str]:
    for a in articles:
        yield dumps(to_dict(a))


_LONE_SURROGATE = lazy("[\ud800-\udfff]")


def dumps(value: Any, indent: int | None = None) -> str:
    """JSON text that any UTF-8 writer can write: a lone surrogate (text decoded with
    ``surrogateescape`` or from UTF-7 or UTF-16 that is not Unicode) stays as its JSON escape,
    so ``json.loads`` gives the same value back."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    if text.isascii():
        return text                        # no surrogate in it: the common case, told in C
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# -- the JSON Schema of a record ------------------------------------------------------------------

def _nullable(kind: str, description: str, **more: Any) -> dict:
    return {"type": [kind, "null"], "description": description, **more}


_STRINGS = {"type": "array", "items": {"type": "string"}}
_SPAN = {"raw": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"}}


def _object(properties: dict, description: str = "", *, nullable: bool = False) -> dict:
    schema = {"type": ["object", "null"] if nullable else "object", "properties": properties,
              "required": list(properties), "additionalProperties": False}
    return {"description": description, **schema} if description else schema


SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "newsparse article record",
    "description": "One article read from plain text. Every key is always present, in this order.",
    **_object({
        "input": _object({
            "path": _nullable("string",
                              "The input as given; ARCHIVE!MEMBER for an archive member; null for stdin."),
            "encoding": _nullable("string", "The encoding the input was read with (null when given as text)."),
            "index": {"type": "integer", "minimum": 0,
                      "description": "0-based position of the article in its input."},
        }, "Where the record came from."),
        "title": _nullable("string", "The headline."),
        "subtitle": _nullable("string", "The subtitle or standfirst."),
        "section": _nullable("string", "The section of the publication."),
        "breadcrumb": {**_STRINGS, "description": "The page's breadcrumb trail."},
        "source": _nullable("string", "Canonical name of the publication."),
        "agencies": {**_STRINGS, "description": "Wire agencies credited in the text."},
        "published": _nullable("string", "ISO 8601 date or date-time, as precise as printed."),
        "updated": _nullable("string", "ISO 8601 date or date-time of the last update."),
        "authors": {**_STRINGS, "description": "Person names of the authors."},
        "editors": {**_STRINGS, "description": "Person names of the editors."},
        "contributors": {"type": "array", "description": "Other credited people.",
                         "items": _object({"name": {"type": "string"}, "role": {"type": "string"}})},
        "dateline": _object({"location": {"type": ["string", "null"]}, "date": {"type": ["string", "null"]},
                             "agency": {"type": ["string", "null"]}, "raw": {"type": "string"}},
                            "The dateline opening the story.", nullable=True),
        "language": _nullable("string", "ISO 639-1 code."),
        "body": {"type": "string", "description": "The article text, paragraphs joined by one blank line."},
        "word_count": {"type": "integer", "minimum": 0, "description": "Words in body."},
        "segments": {"type": "array", "description": "Character spans of the input, in order and contiguous.",
                     "items": _object({"kind": {"enum": ["header", "byline", "body", "footer"]},
                                       "start": {"type": "integer"}, "end": {"type": "integer"}})},
        "evidence": {"type": "object", "description": "Per field, where it was read.",
                     "additionalProperties": _object(_SPAN)},
        "extra": {"type": "object", "description": "Labelled fields no other key names.",
                  "additionalProperties": {"type": "string"}},
        "warnings": {**_STRINGS, "description": "Anything doubtful."},
    }),
}


# -- picking fields --------------------------------------------------------------------------------

def check_fields(names: Sequence[str]) -> list[str]:
    """The dotted field names, checked against the schema; ValueError names a bad one."""
    for name in names:
        node = SCHEMA
        for i, part in enumerate(name.split(".")):
            props = node.get("properties")
            if props is not None and part in props:
                node = props[part]
            elif isinstance(node.get("additionalProperties"), dict):
                node = node["additionalProperties"]            # extra.page, evidence.published
            else:
                where = ".".join(name.split(".")[:i]) or "the record"
                known = ", ".join(props) if props else "no keys below it"
                raise ValueError(f"unknown field {name!r}: {where} has {known}")
    return list(names)


def _get(record: dict, name: str) -> Any:
    value: Any = record
    for part in name.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def select(record: dict, fields: Sequence[str] | None) -> dict:
    """The record cut down to ``fields`` (dotted names), keeping its nesting, in their order."""
    if not fields:
        return record
    out: dict = {}
    for name in fields:
        *parents, leaf = name.split(".")
        node = out
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = _get(record, name)
    return out


NAME_LISTS = frozenset({"authors", "editors", "agencies", "breadcrumb"})   # joined with "; " in a cell


def cell(value: Any, name: str | None = None) -> str:
    """A value as one CSV or table cell: a list of names (``NAME_LISTS``; any list of strings
    when ``name`` is not given) joined with "; ", other lists and nested values as compact JSON
    (a warning may hold "; " itself), null as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, list) and (name is None or name in NAME_LISTS) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    if isinstance(value, (dict, list)):
        return dumps(value)
    return str(value)


def columns(fields: Sequence[str] | None) -> list[str]:
    """Every leaf of the record by dotted name (the CSV default), or the fields asked for."""
    if fields:
        return list(fields)
    return [f"input.{k}" for k in SCHEMA["properties"]["input"]["properties"]] + list(KEYS[1:])


TABLE_FIELDS = ("input.path", "input.index", "title", "published", "source", "authors")


# -- writers ---------------------------------------------------------------------------------------

def render(record: dict, fmt: str, fields: Sequence[str] | None = None) -> Any:
    """One record as its piece of output: a JSON text, a JSON line, a CSV row, or a table row
    (a list of cells)."""
    if fmt == "jsonl":
        return dumps(select(record, fields)) + "\n"
    if fmt == "json":
        return dumps(select(record, fields), indent=2)
    if fmt == "csv":
        return _csv_row([cell(_get(record, c), c) for c in columns(fields)])
    if fmt == "table":
        return [visible(cell(_get(record, c)), keep="\n") for c in (fields or TABLE_FIELDS)]
    raise ValueError(f"unknown format {fmt!r}")


def _csv_row(values: Sequence[str]) -> str:
    import csv
    import io
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(values)
    return buf.getvalue()


class Sink:
    """Writes rendered pieces to a text stream, with what the format puts around them.

    ``begin`` and ``end`` write the frame (the JSON array's brackets, the CSV header); a JSON
    Lines or CSV piece is flushed at once so a pipeline sees each record as it is parsed. The
    table is printed by ``end`` (rich is imported only then).
    """

    def __init__(self, out, fmt: str, fields: Sequence[str] | None = None, *, flush: bool = True) -> None:
        self.out, self.fmt, self.fields, self.flush = out, fmt, fields, flush
        self.count = 0
        self.rows: list[list[str]] = []

    def begin(self) -> None:
        if self.fmt == "json":
            self.out.write("[")
        elif self.fmt == "csv":
            self.out.write(_csv_row(columns(self.fields)))

    def write(self, piece: Any) -> None:
        if self.fmt == "table":
            self.rows.append(piece)
        elif self.fmt == "json":
            self.out.write(("\n" if self.count == 0 else ",\n") + piece)
        else:
            self.out.write(piece)
            if self.flush:
                self.out.flush()
        self.count += 1

    def end(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if self.count else "]\n")
        elif self.fmt == "table":
            self._table()
        self.out.flush()

    def _table(self) -> None:
        from rich.console import Console
        from rich.table import Table
        table = Table(*(self.fields or TABLE_FIELDS), show_lines=False)
        for row in self.rows:
            table.add_row(*row)
        Console(file=self.out, soft_wrap=False, highlight=False, markup=False, emoji=False).print(table)


_UNSAFE = None


def visible(text: str, keep: str = "") -> str:
    """``text`` with control characters (ESC, CR, ...), line and bidi-override characters and lone
    surrogates written as escapes, so that a file name or a title cannot drive a terminal."""
    global _UNSAFE
    if _UNSAFE is None:
        import re
        _UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
    return _UNSAFE.sub(lambda m: m.group() if m.group() in keep else _escape(m.group()), text)


def _escape(char: str) -> str:
    code = ord(char)
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char)
    return named or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
