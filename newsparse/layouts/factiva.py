"""Factiva exports, in their two text forms.

The article page: an optional section (and column) line, the headline (possibly wrapped), an
optional byline, then one line per field in Factiva's fixed order -- word count (``475 words``),
date, time, source name, source code, edition, page, volume, language, copyright -- then the
body, an optional publisher line and the ``Document SUDOS00020131120e9bj0001v`` trailer that
closes the record. Fields are told apart by their shape, never by counting lines.

The coded form: each field on a line of its own, opened by a two- or three-letter code
(``HD``, ``WC``, ``PD``, ``SN``, ``LA``, ``LP``, ``TD``, ``AN`` ...; ``rules/labels.py``), the
lead (``LP``) and text (``TD``) forming the body; ``AN`` closes the record.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, Sequence

from ..model import Field, Record
from ..rules.labels import FACTIVA_CODES
from ..rules.languages import LANGUAGE_NAMES
from ._text import (WRAPPED, Ln, date_text, field_of, has_credit_cue, is_copyright, is_rights,
                    is_time, line_parts, make_record, number_lines, paragraphs, split_headline,
                    word_count)

NAME = "factiva"

TRAILER = re.compile(r"^\s*(?:Document|Dokument|Documento|Documenten)\s+(?P<id>[A-Za-z0-9]{12,40})\s*$")
CODE = re.compile(r"^\s{0,2}(?P<code>[A-Z]{2,3})(?:\s{2,}(?P<value>\S.*)|\s*)$")
_BANNER = re.compile(r"(?i)^factiva\b")
_SOURCE_CODE = re.compile(r"^[A-Z0-9]{2,12}$")
_PAGE = re.compile(r"(?i)^(?:(?:page|pg|p|seite|s)\.?\s*)?\d{1,4}[A-Z]?$")
_PAGE_NUMBER = re.compile(r"\d{1,4}[A-Z]?$")
_VOLUME = re.compile(r"(?i)^(?:vol|volume|band|jahrgang|jg|issue|no|nr|heft)\.?\s*\S{1,12}(?:\s*,.*)?$")
_PUBLISHER_END = re.compile(r"(?i)\b(?:inc|ltd|llc|plc|ag|gmbh|sa|s\.a|co|corp|bv|b\.v|nv|ab|as|a/s|spa|srl)\.?$")
HEADER_SCAN = 20       # non-blank lines at the top of a record searched for the word count


def looks_coded(head: Sequence[str]) -> bool:
    codes = set()
    for line in head:
        m = CODE.match(line.rstrip("\r\n"))
        if m and m["code"] in FACTIVA_CODES:
            codes.add(m["code"])
    return "HD" in codes and len(codes & {"PD", "SN", "AN", "WC"}) >= 2 and len(codes) >= 4


def looks_like(head: Sequence[str]) -> bool:
    """A ``Document <accession number>`` trailer, or a word-count line with a date under it."""
    texts = [l.strip() for l in head]
    for i, text in enumerate(texts):
        if TRAILER.match(text) and any(word_count(t) for t in texts[:i]):
            return True
        if word_count(text):
            nxt = next((t for t in texts[i + 1:i + 3] if t), "")
            if nxt and date_text(nxt) and any(t for t in texts[max(0, i - 3):i]):
                return True
    return looks_coded(head)


def read(lines: Iterable[str], head: Sequence[str] = ()) -> Iterator[Record]:
    coded = looks_coded(head)
    current: list[Ln] = []
    index = 0
    started = False
    for line in number_lines(lines):
        if not started:
            if not line.text or _BANNER.match(line.text):
                continue                      # the page banner ("Factiva ... Dow Jones"): not a record
            started = True
        current.append(line)
        closes = (coded and (m := CODE.match(line.raw)) and m["code"] == "AN") or \
                 (not coded and TRAILER.match(line.text))
        if closes:
            yield (_coded if coded else _page)(current, index)
            index += 1
            current = []
    if any(l.text for l in current):
        if coded and any((m := CODE.match(l.raw)) and m["code"] == "HD" for l in current):
            yield _coded(current, index, ["the record has no AN (accession number) line"])
        elif not coded and any(word_count(l.text) for l in current[:HEADER_SCAN]):
            yield _page(current, index, ["the record has no \"Document ...\" trailer"])
        elif index == 0:
            yield make_record(current, NAME, 0, warnings=(
                "no Factiva records (a word count and a \"Document ...\" trailer) found; read as one article",))


# --- the article page ----------------------------------------------------------------------------

def _page(lines: list[Ln], index: int, warnings: list[str] | None = None) -> Record:
    warnings = list(warnings or [])
    fields: list[Field] = []
    end = len(lines)
    trailer = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].text), None)
    if trailer is not None and (m := TRAILER.match(lines[trailer].text)):
        line = lines[trailer]
        start = line.text_start + m.start("id") - (len(line.text) - len(line.text.lstrip()))
        fields.append(Field("document_id", m["id"], start, start + len(m["id"]), "Document"))
        end = trailer
    nonblank = [i for i in range(end) if lines[i].text]
    wc = next((i for i in nonblank[:HEADER_SCAN] if word_count(lines[i].text)), None)
    if wc is None:
        warnings.append("no word-count line: the record is read as free text")
        return make_record(lines, NAME, index, fields, None, warnings=warnings)
    fields = _before_count(lines, wc) + fields
    fields.append(Field("length_words", word_count(lines[wc].text), lines[wc].text_start,
                        lines[wc].text_end))
    body_from, more = _after_count(lines, wc, end)
    fields += more
    paras = paragraphs(lines[body_from:end])
    if paras and _publisher(paras[-1]):
        fields.append(field_of("publisher", line_parts(paras[-1])))
        paras = paras[:-1]
    if paras:
        body = (paras[0][0].start, paras[-1][-1].end)
    else:
        pos = lines[body_from].start if body_from < len(lines) else lines[-1].stop
        body = (pos, pos)
        warnings.append("the record has no body text")
    return make_record(lines, NAME, index, fields, body, warnings=warnings)


def _before_count(lines: list[Ln], wc: int) -> list[Field]:
    """Section (and column) lines, the headline and the byline above the word count."""
    pre = [l for l in lines[:wc] if l.text]
    out: list[Field] = []
    byline = None
    if len(pre) >= 2 and has_credit_cue(pre[-1].text):
        byline = pre.pop()
    # one-word lines on top are the section (and a column above it): the headline follows them,
    # wrapped over lines as long as each line runs to the page width, and a short line after it
    # is a byline without a cue ("Mit X sprach Y", "Gesprächsleitung: Y")
    tops = 0
    while tops < 2 and len(pre) - tops > 1 and _one_word(pre[tops].text):
        tops += 1
    title: list[Ln] = []
    if tops and byline is None:
        rest = pre[tops:]
        n = 1
        while n < len(rest) and len(rest[n - 1].text) >= WRAPPED:
            n += 1
        if len(rest) == n + 1 and len(rest[n].text.split()) <= 12:
            byline = rest[n]
            pre = pre[:tops] + rest[:n]
    if pre:
        title.append(pre.pop())
        while pre and len(pre[-1].text) >= WRAPPED:
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
        out.append(field_of("byline", line_parts([byline])))
    return out


def _after_count(lines: list[Ln], wc: int, end: int) -> tuple[int, list[Field]]:
    """The fields under the word count, up to the copyright notice; where the body starts."""
    out: list[Field] = []
    have: set[str] = set()
    k = wc + 1
    while k < end and not lines[k].text:
        k += 1
    while k < end:
        line = lines[k]
        text = line.text
        if not text:
            nxt = next((j for j in range(k + 1, end) if lines[j].text), None)
            if nxt is None or not _header_item(lines[nxt].text, have):
                break
            k = nxt                          # fields printed with blank lines between them
            continue
        if "published" not in have and (day := date_text(text)):
            value, stop = [day], line.text_end
            if k + 1 < end and is_time(lines[k + 1].text):
                k += 1
                value.append(lines[k].text)
                stop = lines[k].text_end
            out.append(Field("published", " ".join(value), line.text_start, stop))
            have.add("published")
        elif is_copyright(text) or is_rights(text):
            j = k + 1
            while j < end and lines[j].text:
                j += 1
            out.append(field_of("copyright", line_parts(lines[k:j])))
            return j, out
        elif "language" not in have and _language(text):
            out.append(field_of("language", line_parts([line])))
            have.add("language")
        elif "source" not in have:
            out.append(field_of("source", line_parts([line])))
            have.add("source")
        elif "source_code" not in have and _SOURCE_CODE.match(text):
            out.append(field_of("source_code", line_parts([line])))
            have.add("source_code")
        elif "page" not in have and _PAGE.match(text):
            num = _PAGE_NUMBER.search(text)
            out.append(Field("page", num[0], line.text_start + num.start(), line.text_start + num.end()))
            have.add("page")
        elif "volume" not in have and _VOLUME.match(text):
            out.append(field_of("volume", line_parts([line])))
            have.add("volume")
        elif "edition" not in have and "language" not in have:
            out.append(field_of("edition", line_parts([line])))
            have.add("edition")
        else:
            break                                # not a header line: the body starts here
        k += 1
    return k, out


def _header_item(text: str, have: set[str]) -> bool:
    """Whether a line after a blank line still reads as a field of the header."""
    if is_copyright(text) or _language(text):
        return True
    if "language" in have:
        return False
    return len(text.split()) <= 6 and text[-1:] not in ".!?\"”»:"


def _language(text: str) -> bool:
    words = text.casefold().replace(";", " ").replace(",", " ").split()
    return 0 < len(words) <= 3 and all(w in LANGUAGE_NAMES for w in words)


def _publisher(para: list[Ln]) -> bool:
    """The publisher line Factiva prints above the trailer ("Suedostschweiz Presse AG")."""
    if len(para) != 1:
        return False
    text = para[0].text
    words = text.split()
    if not 1 <= len(words) <= 8 or text.startswith(("(", "«", "\"", "-", "–")) or has_credit_cue(text):
        return False
    return text[-1:] not in ".!?:;\"”»)" or bool(_PUBLISHER_END.search(text))


# --- the coded form ------------------------------------------------------------------------------

def _coded(lines: list[Ln], index: int, warnings: list[str] | None = None) -> Record:
    blocks: list[tuple[str, Ln, list[Ln]]] = []      # code, its line, continuation lines
    for line in lines:
        m = CODE.match(line.raw)
        if m and m["code"] in FACTIVA_CODES:
            blocks.append((m["code"], line, []))
        elif blocks:
            blocks[-1][2].append(line)
    fields: list[Field] = []
    body_start = body_end = None
    date: Field | None = None
    time: Field | None = None
    for code, line, more in blocks:
        m = CODE.match(line.raw)
        parts: list[tuple[str, int]] = []
        if m["value"]:
            value = m["value"].strip()
            parts.append((value, line.start + m.start("value")))
        parts += line_parts(more)
        if not parts:
            continue
        key = FACTIVA_CODES[code]
        f = field_of(key, parts, code)
        if key in ("lead", "text"):
            body_start = f.start if body_start is None else body_start
            body_end = f.end
        elif key == "title":
            head, sub = split_headline(parts)
            fields.append(field_of("title", head, code))
            if sub:
                fields.append(field_of("subtitle", sub, code))
        elif key == "length":
            count = word_count(f.value)
            fields.append(Field("length_words", count, f.start, f.end, code) if count else f)
        elif key == "published":
            date = f
        elif key == "time":
            time = f
        elif key == "document_id":
            value = f.value.split()[-1]
            fields.append(Field("document_id", value, f.end - len(value), f.end, code))
        else:
            fields.append(f)
    if date is not None:
        if time is not None and time.start > date.end:
            date = Field("published", f"{date.value} {time.value}", date.start, time.end, "PD")
        fields.append(date)
    elif time is not None:
        fields.append(time)
    warnings = list(warnings or [])
    if body_start is None:
        warnings.append("the record has no body text (no LP or TD field)")
        pos = lines[-1].stop
        body = (pos, pos)
    else:
        body = (body_start, body_end)
    return make_record(lines, NAME, index, fields, body, warnings=warnings)


def _one_word(text: str) -> bool:
    """A section or column name of one word ("Inland", "sogl_Region")."""
    return " " not in text and len(text) <= 30 and not has_credit_cue(text)
