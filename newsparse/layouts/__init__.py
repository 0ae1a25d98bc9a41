"""Split an input into records: detect its layout, then cut it record by record.

Each layout is a spec run by one engine (``engine.py``): a reader takes the input's lines one at
a time and yields each ``Record`` as soon as it is complete, so an archive is never held whole
(a cover page and one record at a time). ``detect_layout`` decides from the first lines
(``DETECT_LINES``) which spec applies (``detect.py``, which loads a layout's module only when
its detector recognises the input):

- ``proquest``: records divided by a rule of underscores, ``Full text:``, labelled fields;
- ``factiva``: Factiva article pages (``475 words`` ... ``Document <id>``) or coded fields
  (``HD``, ``PD``, ``SN`` ... ``AN``);
- ``lexisnexis``: ``1 of 10 DOCUMENTS`` / ``Dokument 1 von 25`` markers or ``End of Document``;
- ``generic``: articles divided by form feeds or rules of ``=``, ``-`` or ``*``, or wire stories
  each closed by its end mark (``(END)``, ``-30-``, ``###``), or records that each open with
  the same block of ``Label: value`` lines (``labelled.py``);
- ``single`` (the whole input is one article) is the fallback.

Nothing is lost: ``split_input`` also yields a ``Gap`` for every stretch of the input that is no
record (a cover page, a separator line, export furniture, a record that holds no article), so
``rebuild`` of the pieces gives back the input exactly. ``split_records`` yields the records only.
"""
from __future__ import annotations

from importlib import import_module
from itertools import chain
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from ..decode import split_lines
from ..errors import InputError
from ..model import LAYOUTS, Gap, Record
from .detect import DETECTORS, candidates

if TYPE_CHECKING:
    from .spec import Layout

DETECT_LINES = 400


def specs() -> tuple[Layout, ...]:
    """Every spec, in the order they are tried (``detect.DETECTORS``: the more specific layouts
    first); this loads every layout's module."""
    return tuple(_spec(module, name) for _, module, name in DETECTORS)


def _spec(module: str, name: str) -> Layout:
    return getattr(import_module(f".{module}", __name__), name)


def detect_layout(head: Sequence[str]) -> str:
    """The layout of an input that starts with the lines ``head``."""
    spec = _detect(head)
    return spec.name if spec is not None else "single"


def _detect(head: Sequence[str]) -> Layout | None:
    """The spec of the first detector that recognises ``head``; only its module is loaded."""
    return next((_spec(module, name) for detect, module, name in candidates(head) if detect(head)), None)


def split_input(lines: str | Iterable[str], layout: str | None = None) -> Iterator[Record | Gap]:
    """The records of an input (a text, or its lines with their endings) and the gaps between
    them, in input order: ``rebuild`` of them gives back the input."""
    it = iter(split_lines(lines) if isinstance(lines, str) else lines)
    head = []
    for line in it:
        head.append(line)
        if len(head) >= DETECT_LINES:
            break
    if layout is None or layout == "auto":
        spec = _detect(head)
    elif layout not in LAYOUTS:
        raise InputError(f"unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
    elif layout == "single":
        spec = None
    else:       # a forced layout: its first spec that fits the head, else its first
        named = [s for s in specs() if s.name == layout]
        spec = next((s for s in named if s.detect(head)), named[-1])
        from .engine import split
        return _one_of_many(split(chain(head, it), spec), layout)
    if spec is None:
        return _single(chain(head, it))
    from .engine import split
    return split(chain(head, it), spec)


MARKERS_SEEN = 2         # record markers in the only record of a forced layout that call for a warning


def _one_of_many(pieces: Iterator[Record | Gap], layout: str) -> Iterator[Record | Gap]:
    """The pieces of a forced layout; when it finds one record only and that record holds record
    markers ("Document 1 of 3", "Document 2 of 3"), the layout does not fit the file: the record
    says so, as one found with no records does. The first record is held until a second one."""
    held: list[Record | Gap] = []           # the first record and the gaps after it
    records = 0
    for piece in pieces:
        if isinstance(piece, Record):
            records += 1
            if records == 1:
                held.append(piece)
                continue
            if records == 2:
                yield from held
                held = []
            yield piece
        elif records == 1:
            held.append(piece)
        else:
            yield piece
    if records == 1:
        from .detect import is_marker
        first = held[0]
        markers = [t for t in (line.strip() for line in first.text.splitlines()) if is_marker(t)]
        if len(markers) >= MARKERS_SEEN:
            from ..slotted import replace
            held[0] = replace(first, warnings=first.warnings + (
                f"the {layout} layout found one record holding {len(markers)} record markers "
                f"({markers[0]!r}, {markers[1]!r}, ...): it may not fit this file",))
    yield from held


def split_records(lines: Iterable[str], layout: str | None = None) -> Iterator[Record]:
    """Records of an input given as lines with their endings, in input order."""
    return (piece for piece in split_input(lines, layout) if isinstance(piece, Record))


def rebuild(pieces: Iterable[Record | Gap]) -> str:
    """The input the pieces of ``split_input`` were cut from."""
    return "".join(piece.text for piece in pieces)


def _single(lines: Iterable[str]) -> Iterator[Record]:
    yield Record(text="".join(lines), offset=0, layout="single")
