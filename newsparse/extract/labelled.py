"""Labelled fields: those the layout read, and ``Label: value`` pairs printed near the
article ("Source: X", "来源：Y", "Von: Z"), read by the label table of ``rules.labels``."""
from __future__ import annotations

import re

from ..date_values import DateContext
from ..dates import find_dates
from ..features import CREDIT_KEYS as _CREDIT_LABELS, Table
from ..model import Field, Record
from ..rules.labels import bracketed_labels
from ..rules.people import BY_PREFIXES
from ..rules.stopwords import OPEN_ENDED_WORDS
from ..segment import Segmentation


LABEL_REACH = 40         # lines above the headline and after the body still read for labels


CLOSING_REACH = 10       # non-blank lines after the body where a closing credit ("Editor: X") stands


def read_labelled(table: Table, seg: Segmentation, record: Record) -> list[Field]:
    """Fields the layout read, then ``Label: value`` pairs on the page near the article: above
    the headline and the body (within ``LABEL_REACH`` lines), on the credit and date lines the
    model picked, and after the body (credits only on its first few lines). A site's menus and
    footers further away are not the article's, and neither are the body's own sentences."""
    found = list(record.fields)
    if record.body is not None:
        return found
    first, last = seg.body
    lines = table.doc.lines
    top = seg.title[0] if seg.title else first
    picked = set(seg.credits) | {i for i, _ in seg.dates[:1]}
    closing = [l.index for l in lines[last:] if l.text][:CLOSING_REACH]
    closing_end = closing[-1] + 1 if closing else last
    for row in table.rows:
        i = row.line.index
        # and a field alone in brackets: "(Editor: Jane Roe)"
        labels = row.labels or row.line.text.startswith(("(", "[")) and bracketed_labels(row.line.text)
        if not labels or i < top - LABEL_REACH or i >= last + LABEL_REACH:
            continue
        if seg.keep[i] or first <= i < last and i not in picked:
            continue                      # the article's own text
        if _continues(lines, i):
            continue                      # a wrapped sentence's next line, not a label
        line = row.line
        base = line.start + (len(line.raw) - len(line.raw.lstrip()))
        for key, label, _, vs, ve in labels:
            if key in _CREDIT_LABELS and i >= closing_end and i not in picked:
                continue                  # below the article's close: another story's credit
            value = line.text[vs:ve]
            cut = _credit_in_value(value) if key not in _CREDIT_LABELS else -1
            if cut > 0:                   # "来源：南岭日报　记者 李芳": the source, then the credit
                found.append(Field("byline", value[cut:], base + vs + cut, base + ve, ""))
                value = value[:cut].rstrip(_WIDE_SPACE)
                ve = vs + len(value)
            if key == "length" and not _DIGIT.search(value):
                key = "byline"            # "Words: Jane Roe": a magazine's writer; a length has its number
            if key == "source" and _DIGIT.search(value):
                value = _before_a_date(value)   # "来源：新华网 2024-03-03 10:42": the source ends at its date
                ve = vs + len(value)
            if value:
                found.append(Field(key, value, base + vs, base + ve, label))
    return found


_DIGIT = re.compile(r"\d")


_WIDE_SPACE = "\u3000 "


def _before_a_date(value: str) -> str:
    """A field's value up to the first date in it that has words before it ("Harbour Post,
    3 March 2024" -> "Harbour Post"), without the marks between them; else the value."""
    found = next((d for d in find_dates(value, DateContext()) if d.value is not None), None)
    if found is None or not value[:found.start].strip():
        return value
    return value[:found.start].rstrip(" ,;|-–—·•/" + _WIDE_SPACE)


def _credit_in_value(value: str) -> int:
    """Where a credit that opens with a byline prefix starts inside a labelled value, after an
    ideographic space, the gap between the fields of a Chinese page ("南岭日报　记者 李芳"), or -1."""
    at = value.find("\u3000")
    while at >= 0:
        rest = value[at:].lstrip(_WIDE_SPACE)
        if rest.startswith(BY_PREFIXES):
            return len(value) - len(rest)
        at = value.find("\u3000", at + 1)
    return -1


WRAPPED_WIDTH = 60      # a line this long that stops on a function word was cut by the wrap


def _continues(lines, i: int) -> bool:
    """Whether line ``i`` carries on the sentence of the line above it: that line stands right
    above (no blank line between), is as long as a wrapped line and stops on a word no clause
    ends on (``OPEN_ENDED``: "... appeared in print with the" over "headline: ..." reads on; it
    is no ``headline:`` label). A headline over a label ends on another word, even a frequent
    one ("... record growth year on year" over "Source: AP")."""
    if i == 0:
        return False
    prev = lines[i - 1].text
    return len(prev) >= WRAPPED_WIDTH and prev[-1:].isalpha() and prev.rsplit(None, 1)[-1].lower() in OPEN_ENDED_WORDS
