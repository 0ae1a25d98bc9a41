"""Split an input into records: detect its layout, then cut it record by record.

A layout reader takes the input's lines one at a time and yields ``Record`` values as soon as
each is complete, so an archive is never held whole. ``detect_layout`` decides from the first
lines (``DETECT_LINES``) which reader applies; ``single`` (the whole input is one article) is
the fallback.
"""
from __future__ import annotations

from itertools import chain
from typing import Iterable, Iterator

from ..errors import InputError
from ..model import Record

DETECT_LINES = 400
LAYOUTS = ("single",)


def detect_layout(head: list[str]) -> str:
    """The layout of an input that starts with the lines ``head``."""
    return "single"


def split_records(lines: Iterable[str], layout: str | None = None) -> Iterator[Record]:
    """Records of an input given as lines with their endings, in input order."""
    it = iter(lines)
    head = []
    for line in it:
        head.append(line)
        if len(head) >= DETECT_LINES:
            break
    if layout is None:
        layout = detect_layout(head)
    elif layout not in LAYOUTS:
        raise InputError(f"unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
    return _single(chain(head, it))


def _single(lines: Iterable[str]) -> Iterator[Record]:
    yield Record(text="".join(lines), offset=0, layout="single")
