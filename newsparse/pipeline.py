"""The one way through: text -> records -> lines -> feature table -> the line model's reading
-> segments -> fields -> article.

``parse`` reads one article; ``parse_many`` and ``parse_file`` split an input that may hold
several (an archive export) and yield one article per record, streaming.
"""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from .decode import TextStream, iter_lines, split_lines
from .errors import InputError
from .classify import read_page
from .extract import extract_fields
from .features import read_table
from .layouts import split_records
from .lang import count_words
from .lines import scan
from .model import Article, ParseOptions, Record
from .segment import segment
from .slotted import replace

DEFAULTS = ParseOptions()


def parse(text: str, options: ParseOptions = DEFAULTS, path: str | None = None) -> Article:
    """Parse the text of one article."""
    return parse_record(Record(text=text, offset=0, layout="single"), options, path)


def parse_many(text: str, options: ParseOptions = DEFAULTS, path: str | None = None) -> Iterator[Article]:
    """Split a text that may hold several articles (an archive export) and parse each."""
    return _articles(split_records(split_lines(text), options.layout), options, path)


def parse_file(path: str | Path, options: ParseOptions = DEFAULTS) -> Iterator[Article]:
    """Parse every article of a file, streaming; raise InputError for an unusable file."""
    try:
        stream = open(path, "rb")
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    with stream:
        yield from parse_stream(stream, options, str(path))


def parse_stream(stream: BinaryIO, options: ParseOptions = DEFAULTS, path: str | None = None) -> Iterator[Article]:
    """Parse every article of a binary stream (a file or stdin), streaming.

    Each article's ``encoding`` names the encoding the input was read with; a guess made from
    little evidence adds a warning to every article of the input.
    """
    records, encoding, warnings = read_records(stream, options)
    yield from parse_records(records, options, path, encoding, warnings)


def read_records(stream: BinaryIO, options: ParseOptions = DEFAULTS) -> tuple[Iterator[Record], str, tuple[str, ...]]:
    """The records of a binary stream, split as they are read, with the encoding it is read
    with and the warnings every article of it carries (an encoding guessed from little evidence)."""
    text = TextStream(stream, options.encoding)
    warnings = () if text.sure else (f"encoding guessed as {text.encoding} from little evidence; "
                                      "name it with --encoding if the text looks wrong",)
    return split_records(iter_lines(text), options.layout), text.encoding, warnings


def parse_records(records: Iterable[Record], options: ParseOptions, path: str | None, encoding: str,
                  warnings: tuple[str, ...], first: int = 0) -> Iterator[Article]:
    """Parse records of one input (``read_records``), the first of them its record ``first``."""
    for article in _articles(records, options, path, first):
        yield replace(article, encoding=encoding, warnings=warnings + article.warnings)


def _articles(records: Iterable[Record], options: ParseOptions, path: str | None, first: int = 0) -> Iterator[Article]:
    for index, record in enumerate(records, first):
        yield parse_record(record if record.index == index else replace(record, index=index), options, path)


def parse_record(record: Record, options: ParseOptions = DEFAULTS, path: str | None = None) -> Article:
    """Parse one record cut out of an input."""
    if not record.text.strip(" \t\r\n\f\v\ufeff"):
        raise InputError("no text")
    doc = scan(record.text, record.offset)
    table = read_table(doc, dayfirst=options.dayfirst, above=None if record.body is None else record.body[0])
    reading = read_page(table) if record.body is None else None
    seg = segment(doc, table, reading, record)
    fields = extract_fields(table, seg, record, options)
    body = fields.body
    return Article(
        path=path, index=record.index, title=fields.title, subtitle=fields.subtitle,
        section=fields.section, breadcrumb=tuple(fields.breadcrumb), source=fields.source,
        agencies=tuple(fields.agencies), published=fields.published, updated=fields.updated,
        authors=tuple(fields.authors), editors=tuple(fields.editors),
        contributors=tuple(fields.contributors), dateline=fields.dateline,
        language=fields.language, body=body, word_count=count_words(body),
        segments=seg.segments, evidence=fields.evidence, extra=fields.extra,
        warnings=tuple(fields.warnings),
    )
