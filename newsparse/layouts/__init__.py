"""Split an input into records: detect its layout, then cut it record by record.

A layout reader takes the input's lines one at a time and yields ``Record`` values as soon as
each is complete, so an archive is never held whole (a cover page and one record at a time).
``detect_layout`` decides from the first lines (``DETECT_LINES``) which reader applies:

- ``proquest``: records divided by a rule of underscores, ``Full text:``, labelled fields;
- ``factiva``: Factiva article pages (``475 words`` ... ``Document <id>``) or coded fields
  (``HD``, ``PD``, ``SN`` ... ``AN``);
- ``lexisnexis``: ``1 of 10 DOCUMENTS`` / ``Dokument 1 von 25`` markers or ``End of Document``;
- ``generic``: articles divided by form feeds or rules of ``=``, ``-`` or ``*``;
- ``single`` (the whole input is one article) is the fallback.

The readers share the label tables of ``rules/labels.py``; see each module for its layout.
"""
from __future__ import annotations

from itertools import chain
from typing import Callable, Iterable, Iterator, Sequence

from ..errors import InputError
from ..model import Record
from . import factiva, generic, lexisnexis, proquest

DETECT_LINES = 400
LAYOUTS = ("single", "lexisnexis", "factiva", "proquest", "generic")

# detectors in the order they are tried: the more specific layouts first
_DETECTORS: tuple[tuple[str, Callable[[Sequence[str]], bool]], ...] = (
    ("proquest", proquest.looks_like),
    ("factiva", factiva.looks_coded),
    ("lexisnexis", lexisnexis.looks_like),
    ("factiva", factiva.looks_like),
    ("generic", generic.looks_like),
)
_READERS: dict[str, Callable[[Iterable[str], Sequence[str]], Iterator[Record]]] = {
    "lexisnexis": lambda lines, head: lexisnexis.read(lines),
    "factiva": factiva.read,
    "proquest": proquest.read,
    "generic": generic.read,
}


def detect_layout(head: Sequence[str]) -> str:
    """The layout of an input that starts with the lines ``head``."""
    for name, looks_like in _DETECTORS:
        if looks_like(head):
            return name
    return "single"


def split_records(lines: Iterable[str], layout: str | None = None) -> Iterator[Record]:
    """Records of an input given as lines with their endings, in input order."""
    it = iter(lines)
    head = []
    for line in it:
        head.append(line)
        if len(head) >= DETECT_LINES:
            break
    if layout is None or layout == "auto":
        layout = detect_layout(head)
    elif layout not in LAYOUTS:
        raise InputError(f"unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
    if layout == "single":
        return _single(chain(head, it))
    return _READERS[layout](chain(head, it), head)


def _single(lines: Iterable[str]) -> Iterator[Record]:
    yield Record(text="".join(lines), offset=0, layout="single")
