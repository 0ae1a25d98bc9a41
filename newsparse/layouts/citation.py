"""The lines an export without a vendor's labels repeats once per record, read one at a time.

``cite`` reads a citation line (a date with a page or a word count, in parts divided by commas,
bars or dashes) into its parts: the date, the page, the word count, the outlet before the date
and a section. ``numbered`` reads a numbered heading, ``heading_like`` a headline block,
``label_block`` the labelled fields a record may print above its citation. The fields functions
(``cite_fields``, ``publisher_of``, ``title_field``) turn what those lines say into a record's fields.
``structure.py`` decides from these shapes where records start.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, Sequence

from ..date_values import DateContext
from ..dates import find_dates
from ..lazyre import lazy
from ..model import Field
from ..rules.dates import WEEKDAYS
from ..rules.labels import PAGE_WORDS, RIGHTS_RESERVED, WORD_COUNT_WORDS, archive_label_key
from ..slotted import frozen
from ._text import Ln, byline_shape, has_credit_cue, is_copyright, read_label
from .detect import CITATION_CHARS, citation_hint

HEADING_LINES = 3         # a headline block above a citation line has at most this many lines
HEADING_WORDS = 30

_NO_CONTEXT = DateContext()
_PARTS = lazy(r"(?:(?<!\s)|(?!\s))\s*(?:[,;|·•]|\s[-–—]\s|[()\[\]])\s*")
_PAGE = lazy(r"(?i)^(?:" + "|".join(PAGE_WORDS) + r")\.?\s*(?P<page>[A-Za-z]?\d{1,4}[A-Za-z]?"
             r"(?:\s*[-–]\s*[A-Za-z]?\d{1,4}[A-Za-z]?)?)$")
_WORDS = lazy(r"(?i)^(?P<n>\d{1,3}(?:[,.' ]\d{3})+|\d{1,6})\s*(?:" + "|".join(WORD_COUNT_WORDS) + r"|w)\.?$")
_DIGIT = lazy(r"\d")
_PAGE_REF = lazy(r"^[A-Za-z]?\d{1,4}[A-Za-z]?(?:\s*[-–]\s*[A-Za-z]?\d{1,4}[A-Za-z]?)?$")
_PART_LABEL = lazy(r"^[^\W\d_][\w ]{0,24}:\s*(?=\S)")
_NUMBERED = lazy(r"^(?P<n>\d{1,4})[.)]\s+(?P<title>\S.*)$")
_SENTENCE_END = lazy(r"[.!?…]\s*$")


@frozen
class Cite:
    """The parts of a citation line: ``(value, start, end)`` in the line's text, or None."""
    date: tuple[str, int, int]
    page: tuple[str, int, int] | None
    words: tuple[str, int, int] | None
    outlet: tuple[str, int, int] | None
    section: tuple[str, int, int] | None

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(k for k in ("page", "words", "outlet") if getattr(self, k) is not None)


def cite(text: str, dated: bool = False) -> Cite | None:
    """The parts of a citation line (a date with a page or a word count), else None. One full
    stop closing the line is no part of it: databases print citations as sentences ("Harbor
    Gazette (ME). 5/14/2024, pB2."), and the page or count before it reads as without it.
    ``dated``: a date line whose page or length a labelled field under it gives ("Harbor
    Gazette - Tuesday, May 14, 2024" over "Page: B2"), read with the same rules but no page."""
    if not (len(text) <= CITATION_CHARS and _DIGIT.search(text)) if dated else not citation_hint(text):
        return None
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    found = next((f for f in find_dates(text, _NO_CONTEXT) if f.value is not None or f.warning), None)
    if found is None:
        return None
    page = words = outlet = section = None
    for value, start in _parts(text):
        end = start + len(value)
        key = None
        if (m := _PART_LABEL.match(value)) and (end <= found.start or start >= found.end):
            key = archive_label_key(m[0].rstrip(": "))          # "Pagina: 3", "Lengte: 612 woorden"
            value, start = value[m.end():], start + m.end()
        if end <= found.start or start >= found.end:
            if key == "page" and _PAGE_REF.match(value) and page is None:
                page = (value, start, end)
            elif key == "length" and (n := re.match(r"[\d.,' ]*\d", value)) and words is None:
                words = (re.sub(r"\D", "", n[0]), start, end)
            elif (m := _PAGE.match(value)) and page is None:
                page = (m["page"], start + m.start("page"), start + m.end("page"))
            elif (m := _WORDS.match(value)) and words is None:
                words = (re.sub(r"\D", "", m["n"]), start, end)
            elif value.casefold().rstrip(".") in WEEKDAYS:
                continue
            elif _DIGIT.search(value) or len(value.split()) > 6 or value[-1:] in ".!?":
                return None                  # a sentence or a number of its own: no citation
            elif end <= found.start and outlet is None:
                outlet = (value, start, end)
            elif section is None:
                section = (value, start, end)
            else:
                return None
        elif start < found.start and text[start:found.start].strip(" ,") and outlet is None:
            head = text[start:found.start].rstrip(" ,")   # "Het Parool 12 maart 2024": no separator
            if head.casefold() not in WEEKDAYS and not _DIGIT.search(head) and not head.endswith(":"):
                outlet = (head, start, start + len(head))
    if page is None and words is None and not dated:
        return None
    date = (found.raw, found.start, found.end)
    return Cite(date, page, words, outlet, section)


def _parts(text: str) -> Iterator[tuple[str, int]]:
    pos = 0
    for m in _PARTS.finditer(text):
        if m.start() > pos:
            yield text[pos:m.start()], pos
        pos = m.end()
    if pos < len(text):
        yield text[pos:].rstrip(), pos


def numbered(text: str) -> tuple[int, str, int] | None:
    """A numbered heading ("12. Haven krijgt nieuwe veerboot"): its number, headline and where
    the headline starts, else None."""
    m = _NUMBERED.match(text) if len(text) <= CITATION_CHARS else None
    if m is None or _SENTENCE_END.search(m["title"]) and not m["title"].endswith("?"):
        return None
    return int(m["n"]), m["title"], m.start("title")


def headline_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def words_in(lines: Iterable[Ln]) -> int:
    return sum(len(l.text.split()) for l in lines)


def heading_like(lines: Sequence[Ln]) -> bool:
    """A headline block: a few short lines, no sentence end, no copyright, citation, number or
    labelled field (``Title: ...``, ``Record: 3``: an index record's fields, never its headline)."""
    texts = [l.text for l in lines]
    return (0 < len(texts) <= HEADING_LINES and sum(len(t.split()) for t in texts) <= HEADING_WORDS
            and not _SENTENCE_END.search(texts[-1])
            and not any(is_copyright(t) or cite(t) or numbered(t) or label_line(t) for t in texts))


def label_line(text: str) -> bool:
    """A line that opens with a label the archive tables know (``Authors: ...``)."""
    lab = read_label(text, upper_ok=False)
    return lab is not None and lab.key is not None


def label_block(lines: Sequence[Ln]) -> bool:
    """The labelled fields a record prints above its citation line (``Record: 1`` / ``Title: ...``
    / ``Authors: ...``): they open the record as a headline block does."""
    return 0 < len(lines) <= HEADING_LINES and all(label_line(l.text) for l in lines)


def title_field(line: Ln, head: tuple[int, str, int]) -> Field:
    _, title, at = head
    start = line.text_start + at
    return Field("title", title, start, start + len(title))


def cite_fields(c: Cite, line: Ln, label: str = "") -> list[Field]:
    out = []
    for key, part in (("published", c.date), ("source", c.outlet), ("section", c.section),
                      ("page", c.page), ("length_words", c.words)):
        if part is not None:
            value, a, b = part
            out.append(Field(key, value, line.text_start + a, line.text_start + b, label))
    return out


def is_byline(line: Ln) -> bool:
    """A credit line under the header: with a cue ("Door X", "Von X"), or a bare name by its shape."""
    return (has_credit_cue(line.text) or byline_shape(line.text) is not None) and cite(line.text) is None


_HOLDER = lazy(r"(?i)^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
               r"(?P<name>[^\d|•·,;]{2,80})$")


_RIGHTS = lazy(r"(?i)(?:(?<![\s.,;–-])|(?![\s.,;–-]))[\s.,;–-]*(?:" + "|".join(map(re.escape, RIGHTS_RESERVED)) + r")[\s.]*$")


def publisher_of(line: Ln) -> Field | None:
    """The copyright holder of a closing line: the publisher, not the outlet."""
    m = _HOLDER.match(line.text)
    if m is None:
        return None
    name = _RIGHTS.sub("", m["name"]).strip(" -–")
    if name.endswith(".") and "." not in name.rsplit(None, 1)[-1][:-1]:
        name = name[:-1]                     # a full stop, not an abbreviation's ("B.V.")
    if not name:
        return None
    at = line.text_start + m.start("name")
    return Field("publisher", name, at, at + len(name))
