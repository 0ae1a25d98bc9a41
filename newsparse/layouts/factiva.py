"""Factiva exports, in their two text forms, as layout specs.

The article page (``PAGE``): an optional section (and column) line, the headline (possibly
wrapped), an optional byline, then one line per field in Factiva's fixed order -- word count
(``475 words``), date, time, source name, source code, edition, page, volume, language,
copyright -- then the body, an optional publisher line and the ``Document
SUDOS00020131120e9bj0001v`` trailer that closes the record. The header hangs on the word count:
the lines above it are read bottom-up (``_above``), the lines below it by the ``BELOW`` grammar.
Fields are told apart by their shape, never by counting lines.

The coded form (``CODED``): each field on a line of its own, opened by a two- or three-letter
code (``HD``, ``WC``, ``PD``, ``SN``, ``LA``, ``LP``, ``TD``, ``AN`` ...; ``rules/labels.py``),
the lead (``LP``) and text (``TD``) forming the body; ``AN`` closes the record, and a record
that lacks it ends where the head of the next one (``SE``, ``HD``) follows its body.
"""
from __future__ import annotations

import re

from ..lazyre import lazy
from ..model import Field
from ..rules.labels import FACTIVA_CODES
from ._text import (WRAPPED, Label, Ln, byline_shape, credit_value, date_text, ends_wrapped, field_of,
                    has_credit_cue, is_copyright, is_language, is_rights, is_time, is_url, line_parts, page_list,
                    split_headline, volume_line, word_count)
from .detect import CODE, factiva_trailer as _trailer, looks_factiva_coded, looks_factiva_page
from .engine import State
from .fields import labelled
from .spec import Layout, Reading, RecordSpec, STARTS, Slot

NAME = "factiva"

_BANNER = lazy(r"(?i)^factiva\b")
_SOURCE_CODE = lazy(r"^[A-Z0-9]{2,12}$")
# the legal form a company's name ends in
_PUBLISHER_END = lazy(r"(?i)\b(?:inc|ltd|limited|llc|plc|ag|gmbh|kg|sa|s\.a|co|corp|corporation|company|bv|b\.v|nv|ab|as|a/s"
                      r"|spa|srl|sarl|pty)\.?$")
HEADER_SCAN = 20       # non-blank lines at the top of a record searched for the word count
HEAD_CODES = frozenset({"SE", "CLM", "HD"})   # the codes of a coded record that come before its body
# lines Factiva prints under an article page's text, which are neither text nor a field (case ignored)
FURNITURE = frozenset({"license this article from dow jones reprint service"})


def _furniture(text: str) -> bool:
    return len(text) < 80 and " ".join(text.casefold().split()) in FURNITURE


def _code(line: Ln) -> tuple[str, re.Match] | None:
    m = CODE.match(line.raw)
    return (m["code"], m) if m and m["code"] in FACTIVA_CODES else None


def _lead(line: Ln) -> bool:
    return bool(_BANNER.match(line.text))     # the page banner ("Factiva ... Dow Jones")


# --- the article page ------------------------------------------------------------------------------

def _keep_page(lines: list[Ln], how: str, state: State) -> bool | str:
    if how != "last":
        return True
    if any(word_count(l.text) for l in [l for l in lines if l.text][:HEADER_SCAN]):
        return "the record has no \"Document ...\" trailer"
    return False


def _document_id(line: Ln) -> list[Field]:
    m = _trailer(line.text)
    start = line.text_start + m.start("id") - (len(line.text) - len(line.text.lstrip()))
    return [Field("document_id", m["id"], start, start + len(m["id"]), "Document")]


def _above(r: Reading, lines: list[Ln]) -> list[Field]:
    """Section (and column) lines, the headline and the byline above the word count, and the
    volume and page lines among them."""
    width = _width(r.lines)
    out: list[Field] = []
    pre = []
    for line in (l for l in lines if l.text):
        if (pages := page_list(line.text)) is not None and not line.text.isdigit():
            at = line.text.rfind(pages)
            out.append(Field("page", pages, line.text_start + at, line.text_start + at + len(pages)))
        elif volume_line(line.text):
            out.append(field_of("volume", line_parts([line])))
        else:
            pre.append(line)
    byline = None
    if len(pre) >= 2 and (has_credit_cue(pre[-1].text) or (
            byline_shape(pre[-1].text) and any(" " in l.text for l in pre[:-1])
            and not _wrapped(pre[-2], pre[-1], width, case=not pre[-1].text.islower()))):
        byline = pre.pop()                   # "Von Anna Muster", "Anna Muster, Berlin", "anna muster"
    # one-word lines on top are the section (and a column above it): the headline follows them,
    # wrapped over lines, and a short line after it is a byline without a cue ("Mit X sprach Y",
    # "Gesprächsleitung: Y")
    tops = 0
    while tops < 2 and len(pre) - tops > 1 and _one_word(pre[tops].text):
        tops += 1
    if tops and byline is None:
        rest = pre[tops:]
        n = 1
        while n < len(rest) and _wrapped(rest[n - 1], rest[n], width):
            n += 1
        if len(rest) == n + 1 and len(rest[n].text.split()) <= 12:
            byline = rest[n]
            pre = pre[:tops] + rest[:n]
    title = [pre.pop()] if pre else []
    while pre and _wrapped(pre[-1], title[0], width):
        title.insert(0, pre.pop())          # a headline wrapped over several lines
    if pre:
        section = pre.pop()
        out.append(field_of("section", line_parts([section])))
        if pre:
            out.append(Field("column", " / ".join(l.text for l in pre), pre[0].text_start, pre[-1].text_end))
    if title:
        head, sub = split_headline(line_parts(title))
        out.append(field_of("title", head))
        if sub:
            out.append(field_of("subtitle", sub))
    if byline is not None:
        out.append(Field("byline", credit_value(byline.text), byline.text_start, byline.text_end))
    return out


def _width(lines: list[Ln]) -> int:
    """The width the exporter wrapped the record's text at: its longest line with spaces."""
    return max((len(l.text) for l in lines if l.text.count(" ") >= 3), default=0) or 100


def _wrapped(prev: Ln, line: Ln, width: int, case: bool = True) -> bool:
    """Whether ``line`` goes on with ``prev``: ``prev`` ends in a joining word or mark, ``line``
    starts in lower case (``case``: unless the line is a name printed in lower case), or its
    first word would not have fitted on ``prev`` (the exporter wrapped there)."""
    first = line.text.split(None, 1)[0]
    return (bool(_JOINED.search(prev.text)) or (case and line.text[:1].islower())
            or len(prev.text) + 1 + len(first) > width >= WRAPPED)


_JOINED = lazy(r"(?i)(?:[,;&/–-]|\b(?:and|und|et|en|og|y|of|the|der|die|das|des|von|zu|for|für|le|la|les|du|des))$")


def _one_word(text: str) -> bool:
    """A section or column name of one word ("Inland", "sogl_Region")."""
    return " " not in text and len(text) <= 30 and not has_credit_cue(text)


def _date(r: Reading, k: int, day: object) -> int:
    line = r.para[k]
    value, stop = [str(day)], line.text_end
    if k + 1 < len(r.para) and is_time(r.para[k + 1].text):
        k += 1
        value.append(r.para[k].text)
        stop = r.para[k].text_end
    r.add(r.header, Field("published", " ".join(value), line.text_start, stop))
    return k + 1


def _copyright(r: Reading, k: int, hit: object) -> int:
    """The copyright notice: its line, a rights line or the site's address under it, and the lines
    a wrapped notice goes on over; the body follows (in the same paragraph when the export has
    lost its blank lines)."""
    lines = r.para
    j = k + 1
    while j < len(lines) and lines[j].text and (
            is_rights(lines[j].text) or is_url(lines[j].text.strip("[]<>()")) or _wraps_on(lines[j - 1], lines[j])):
        j += 1
    r.add(r.header, field_of("copyright", line_parts(r.para[k:j])))
    r.done = True                             # the body follows the copyright notice
    return j


def _wraps_on(prev: Ln, line: Ln) -> bool:
    """Whether ``line`` goes on with the notice ``prev`` wraps over (not after a full stop)."""
    return ends_wrapped(prev.text) and prev.text[-1:] not in ".!?" and not date_text(line.text)


def _page(r: Reading, k: int, pages: object) -> int:
    line = r.para[k]
    at = line.text.rfind(str(pages))
    r.add(r.header, Field("page", str(pages), line.text_start + at, line.text_start + at + len(str(pages))))
    return k + 1


def _goes_on(r: Reading, line: Ln) -> bool:
    """Whether a line after a blank line still reads as a field of the header."""
    text = line.text
    if is_copyright(text) or is_language(text):
        return True
    if "language" in r.have:
        return False
    return len(text.split()) <= 6 and text[-1:] not in ".!?\"”»:"


def _publisher(para: list[Ln], header: list[Field]) -> Field | None:
    """The publisher line Factiva prints above the trailer ("Suedostschweiz Presse AG"): a name,
    not a sentence, that ends in a company form or names the holder of the header's copyright
    ("© 2024 DIE SUEDOSTSCHWEIZ"). A short last paragraph of the text ("... unfair. Reuters", a
    signature, "Source: ...") is not one: it stays body."""
    if len(para) != 1:
        return None
    text = para[0].text
    words = text.split()
    if not 1 <= len(words) <= 8 or text.startswith(("(", "«", "\"", "-", "–")) or has_credit_cue(text):
        return None
    company = bool(_PUBLISHER_END.search(text))
    if _SENTENCE_IN.search(text) or ":" in text or text[-1:] in ".!?;\"”»)" and not company:
        return None
    if company or _holder_words(header) & {w.casefold() for w in _NAME_WORD.findall(text)}:
        return field_of("publisher", line_parts(para))
    return None


_SENTENCE_IN = lazy(r"[.!?…][\"”»’']?\s+\S")       # a sentence ends inside the line
_NAME_WORD = lazy(r"[^\W\d_]{3,}")
_NOT_A_NAME = frozenset({"copyright", "all", "rights", "reserved", "the", "and", "der", "die", "das", "und",
                         "les", "des", "for", "further", "information"})


def _holder_words(header: list[Field]) -> set[str]:
    """The words of the header's copyright notice that may name its holder."""
    notice = next((f.value for f in header if f.key == "copyright"), "")
    return {w.casefold() for w in _NAME_WORD.findall(notice)} - _NOT_A_NAME


BELOW = (
    Slot("published", lambda r, l: date_text(l.text), _date),
    Slot("copyright", lambda r, l: is_copyright(l.text) or is_rights(l.text), _copyright, absent=()),
    Slot("language", lambda r, l: is_language(l.text)),
    Slot("source", lambda r, l: True),
    Slot("source_code", lambda r, l: _SOURCE_CODE.match(l.text)),
    Slot("page", lambda r, l: page_list(l.text), _page),
    Slot("volume", lambda r, l: volume_line(l.text) or l.text.isdigit()),
    Slot("edition", lambda r, l: True, absent=("edition", "language")),
)

PAGE = Layout(
    name=NAME, detect=looks_factiva_page, keep=_keep_page, lead=_lead,
    closes=lambda line: bool(_trailer(line.text)),
    none_found="no Factiva records (a word count and a \"Document ...\" trailer) found; read as one article",
    record=RecordSpec(anchor=word_count, anchor_key="length_words", no_anchor="no word-count line",
                      anchor_scan=HEADER_SCAN, above=_above,
                      below=BELOW, below_goes_on=_goes_on, closing=_document_id, tail=_publisher,
                      furniture=_furniture),
)


# --- the coded form --------------------------------------------------------------------------------

def _code_label(line: Ln) -> Label | None:
    hit = _code(line)
    if hit is None:
        return None
    code, m = hit
    key = FACTIVA_CODES[code]
    at = (m.start("value") if m["value"] else len(line.raw)) - (line.text_start - line.start)
    return Label(code, key, min(max(at, 0), len(line.text)), key in ("lead", "text"))


def _keep_coded(lines: list[Ln], how: str, state: State) -> bool | str:
    if how not in ("last", "unclosed"):
        return True
    if any((hit := _code(l)) and hit[0] == "HD" for l in lines):
        return "the record has no AN (accession number) line"
    return False


def _head(text: str) -> bool | str:
    """A line of a record's head (``SE``, ``HD`` ...): after a record's body, without the ``AN``
    line that closes it, the next record starts there."""
    m = CODE.match(text)
    return STARTS if m and m["code"] in HEAD_CODES else False


def _accession(line: Ln) -> list[Field]:
    lab = _code_label(line)
    value = line.text[lab.value_at:].strip()
    return labelled("document_id", [(value, line.text_start + lab.value_at)], lab.label) if value else []


def _with_time(fields: list[Field]) -> list[Field]:
    """The date (``PD``) with the time (``ET``) after it, as one published field."""
    date = next((f for f in fields if f.key == "published"), None)
    time = next((f for f in fields if f.key == "time"), None)
    if date is None or time is None:
        return fields
    rest = [f for f in fields if f is not date and f is not time]
    if time.start > date.end:
        return rest + [Field("published", f"{date.value} {time.value}", date.start, time.end, date.label)]
    return rest + [date]


CODED = Layout(
    name=NAME, detect=looks_factiva_coded, keep=_keep_coded, lead=_lead,
    opens=_head, closes=lambda line: (hit := _code(line)) is not None and hit[0] == "AN",
    none_found=PAGE.none_found,
    record=RecordSpec(label=_code_label, starts_label=lambda line: _code(line) is not None,
                      closing=_accession, finish=_with_time, coded=True,
                      no_body="the record has no body text (no LP or TD field)"),
)
