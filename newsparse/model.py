"""The data that flows through newsparse: plain frozen records (``slotted.frozen``, which behave as
frozen slotted dataclasses do), no behaviour beyond accessors.

Offsets (``start``/``end``) are always character offsets into the text of the whole input (the
decoded file), so every part of a record can be traced back to the lines it came from.
"""
from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Mapping

from .slotted import factory, frozen


class SegmentKind(str, Enum):
    HEADER = "header"
    BYLINE = "byline"
    BODY = "body"
    FOOTER = "footer"


@frozen
class Segment:
    kind: SegmentKind
    start: int
    end: int

    def text(self, source: str, offset: int = 0) -> str:
        """The segment's characters in ``source`` (which starts at ``offset`` in the input)."""
        return source[self.start - offset:self.end - offset]


@frozen
class Evidence:
    """Where a field was read: the verbatim text and its span in the input."""
    raw: str
    start: int
    end: int


@frozen
class Field:
    """A labelled or positional metadata field that a layout reader found in a record.

    ``key`` is the canonical name (``title``, ``section``, ``byline``, ``published``, ... or an
    ``extra`` name such as ``page``); ``label`` is the label as printed (empty when positional).
    """
    key: str
    value: str
    start: int
    end: int
    label: str = ""


# the layouts an input is read in (``Record.layout``); ``--layout`` offers them and "auto"
LAYOUTS = ("single", "lexisnexis", "factiva", "proquest", "generic")


@frozen
class Record:
    """One article's text cut out of an input, with what the layout reader already knows of it.

    ``offset`` is where ``text`` starts in the whole input. ``body`` is the (start, end) span of the
    body when the layout marks it (archive exports), else None and the segmenter finds it.
    ``body_column``: in an export whose fields are coded in the first columns of their lines (a
    coded Factiva record: "LP", "TD"), the column where the body's text starts on every line;
    what stands before it is a field's code or the indent of its wrapped lines, no body text.
    """
    text: str
    offset: int
    layout: str
    index: int = 0
    fields: tuple[Field, ...] = ()
    body: tuple[int, int] | None = None
    extra: Mapping[str, str] = factory(dict)
    warnings: tuple[str, ...] = ()
    body_column: int | None = None


@frozen
class Gap:
    """Text of an input that belongs to no record: a cover page, a separator line, export
    furniture, a record that holds no article. ``kind`` says which (``cover``, ``separator``,
    ``furniture``, ``contents``, ``no-article``); ``note`` says why, where that is not plain.
    In input order, the records' and the gaps' texts rebuild the input exactly."""
    kind: str
    text: str
    offset: int
    note: str = ""


@frozen
class PubDate:
    """A normalised date: a ``date`` when only the day is known, else a ``datetime``.

    A ``datetime`` carries ``tzinfo`` only when the zone is known; ``precision`` is ``day``,
    ``minute`` or ``second``.
    """
    value: date | datetime
    precision: str = "day"

    def isoformat(self) -> str:
        if self.precision == "day" or not isinstance(self.value, datetime):
            return self.value.isoformat()[:10]
        return self.value.isoformat(timespec="seconds")

    @property
    def day(self) -> date:
        """The calendar day as printed (in the zone the text gives)."""
        return self.value.date() if isinstance(self.value, datetime) else self.value

    def is_before(self, other: "PubDate") -> bool:
        """Whether this date is surely earlier than ``other``: by day, and by time only when
        both carry one (a day alone is not earlier than a time on the same day). Times are
        compared as instants when both have a zone."""
        a, b = self.value, other.value
        if isinstance(a, datetime) and isinstance(b, datetime):
            if (a.utcoffset() is None) == (b.utcoffset() is None):
                return a < b
        return self.day < other.day


@frozen
class Person:
    name: str
    role: str


@frozen
class Dateline:
    location: str | None
    date: str | None
    agency: str | None
    raw: str


@frozen
class ParseOptions:
    """Everything that changes how text is read. Build it once; it holds no logic.

    ``reference_date`` is the day year-less and relative dates are read against (None: they stay
    unknown). ``dayfirst`` forces the order of numeric dates (None: from the source, the
    language, then the page's other dates).
    ``layout`` forces an input layout (None: detected). ``sources`` is an outlet registry to use
    instead of the bundled one (see ``newsparse.load_registry``).
    """
    reference_date: date | None = None
    dayfirst: bool | None = None
    layout: str | None = None
    encoding: str | None = None
    sources: object | None = None


@frozen
class Article:
    path: str | None
    index: int
    title: str | None = None
    subtitle: str | None = None
    section: str | None = None
    breadcrumb: tuple[str, ...] = ()
    source: str | None = None
    agencies: tuple[str, ...] = ()
    published: PubDate | None = None
    updated: PubDate | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    contributors: tuple[Person, ...] = ()
    dateline: Dateline | None = None
    language: str | None = None
    body: str = ""
    word_count: int = 0
    segments: tuple[Segment, ...] = ()
    evidence: Mapping[str, Evidence] = factory(dict)
    extra: Mapping[str, str] = factory(dict)
    warnings: tuple[str, ...] = ()
    encoding: str | None = None         # the encoding the input was read with (None: given as text)
