"""LexisNexis text exports: classic ("1 of 10 DOCUMENTS", "Dokument 1 von 25") and newer
("End of Document" closes each record), as a layout spec.

A record reads, top to bottom:

- a header of positional lines (``HEADER``): copyright notices, the publication, the date line
  (with its time, weekday and edition lines), the headline (flush left, possibly wrapped, with a
  subtitle after a line-final ";"), sometimes an unlabelled byline, a URL or a word count.
  Classic exports centre the vendor's lines and set the headline flush left; newer ones put the
  headline first;
- labelled fields (``BYLINE:``, ``RUBRIK:``, ``LONGUEUR:`` ...), possibly closed by a body label
  (``BODY:``, ``TEXT:``, a bare ``Body`` line);
- the body;
- labelled fields again (``LOAD-DATE:``, ``LANGUAGE:`` ..., or after a bare ``Classification``);
- copyright lines.

Labels are known words (``rules/labels.py``) or, for fields the table does not know yet,
upper-case words. An unknown upper-case label only counts as a field when a known label stands in
the same block, so body paragraphs that open with "MID:" or "OFFERROLLER:" stay body text. The
cover page (request time, search terms) goes to ``extra`` of every record.
"""
from __future__ import annotations

from typing import Sequence

from ..lazyre import lazy
from ..model import Field
from ..rules.labels import BODY_HEADINGS, LABELS
from ._text import (CENTERED, Ln, date_and_rest, date_text, ends_wrapped, field_of, has_credit_cue,
                    is_copyright, is_rights, is_time, is_url, is_weekday, line_parts, read_cover,
                    read_label, split_headline, strip_slug, word_count)
from .detect import is_end, is_marker, looks_lexisnexis
from .engine import State
from .fields import label_field
from .spec import Layout, Reading, RecordSpec, Slot, Unit

NAME = "lexisnexis"

_COVER_LINE = lazy(r"^(?:\d{1,4}\.\s+\S|[^\W\d_][\w /&'-]{1,40}:|[^\W\d_][\w ]{1,30}\(\d+\)$)")


def _has_labels(lines: Sequence[Ln]) -> bool:
    return sum(1 for l in lines if (lab := read_label(l.text, upper_ok=False)) and lab.key) >= 2


def _keep(lines: list[Ln], how: str, state: State) -> bool | str:
    if how in ("opened", "closed"):
        return any(l.text for l in lines)
    if how == "before" and _has_labels(lines):       # a newer-style record without its closing line
        return "the record has no \"End of Document\" line"
    if how == "last" and state.marked and _has_labels(lines):
        return "the last record has no \"End of Document\" line"
    return False


def _split_cover(lines: list[Ln]) -> tuple[list[Ln], list[Ln]]:
    """The cover page (job details, search terms, a numbered list of titles) and the first record
    of a newer export, which has no marker line between them."""
    anchor = next((i for i, l in enumerate(lines)
                   if l.text.casefold() in BODY_HEADINGS
                   or ((lab := read_label(l.text, upper_ok=False)) and lab.key in ("length", "byline", "section"))),
                  None)
    if anchor is None:
        return [], lines
    cut = 0
    for i in range(anchor):
        text = lines[i].text
        if (text and _COVER_LINE.match(text) and not read_label(text, upper_ok=False)
                and not date_text(text)):
            cut = i + 1
        elif text and (lab := read_label(text)) is not None and lab.key is None:
            cut = i + 1                 # "Client/Matter: -None-", "Search Terms: ..."
    return lines[:cut], lines[cut:]


# --- the header grammar ------------------------------------------------------------------------

def _classic(r: Reading) -> bool:
    return not r.uni


def _uni(r: Reading) -> bool:
    return r.uni


def _centered(r: Reading) -> bool:
    return r.centered()


def _first_line(r: Reading) -> bool:
    return r.k == 0


def _any(r: Reading, line: Ln) -> bool:
    return True


def _copyright(r: Reading, k: int, hit: object) -> int:
    lines = r.para
    j = k + 1
    while j < len(lines) and (is_rights(lines[j].text) or
                              (ends_wrapped(lines[j - 1].text) and not date_text(lines[j].text))):
        j += 1
    r.add(r.header, field_of("copyright", line_parts(lines[k:j])))
    return j


def _date(r: Reading, k: int, hit: object) -> int:
    """The date line with the time, weekday and edition lines under it (edition words may stand
    on the date line itself: "May 2, 2024 Thursday Final Edition"). Edition lines are centred
    like the date; when the date line is not (an export that lost its centring), the short lines
    of its paragraph are its editions all the same: the headline stands after a blank line. When
    the header goes on under them with no blank line (the export lost its blank lines too), the
    last of them is the headline unless it names an edition or is a word or two ("Final")."""
    lines = r.para
    line = lines[k]
    day, rest = hit if isinstance(hit, tuple) else (hit, "")
    value = [day]
    end = line.text_end
    editions: list[Ln] = []
    if rest:
        at = line.text.rfind(rest.split()[0])
        editions.append(Ln(rest, line.text_start + at) if line.text.endswith(rest) else line)
    j = k + 1
    while j < len(lines):
        text = lines[j].text
        if not editions and is_time(text):
            value.append(text)
            end = lines[j].text_end
        elif not editions and is_weekday(text):
            end = lines[j].text_end
        elif (len(text) <= 40 and not read_label(text) and not is_copyright(text)
              and not date_text(text) and not is_url(text)
              and (lines[j].indent >= CENTERED or r.uni or line.indent < CENTERED)):
            editions.append(lines[j])
        else:
            break
        j += 1
    last = lines[j - 1]
    if (editions and editions[-1] is last and _header_goes_on(r, j) and line.indent < CENTERED
            and last.indent < CENTERED and len(last.text.split()) >= HEADLINE_WORDS
            and not _names_edition(last.text)):
        editions.pop()                # no blank line: the headline stands last, under the editions
        j -= 1
    if rest:
        end = line.text_start + len(line.text) - (len(rest) if line.text.endswith(rest) else 0)
        end = line.text_start + len(line.text[:end - line.text_start].rstrip(" ,"))
    r.add(r.header, Field("published", " ".join(value), line.text_start, end))
    if editions:
        r.add(r.header, field_of("edition", line_parts(editions)))
    return j


_EDITION_WORDS = frozenset(LABELS["edition"])
HEADLINE_WORDS = 3      # an edition line without an edition word is a word or two ("Final", "Ireland")


def _header_goes_on(r: Reading, j: int) -> bool:
    """Whether the header goes on right after line ``j - 1`` of the paragraph, with no blank line
    between: more lines of it, or a label on the next line."""
    if j < len(r.para):
        return True
    nxt = r.i + 1
    return nxt < len(r.units) and r.units[nxt].label is not None and r.units[nxt].lines[0].start == r.para[-1].stop


def _names_edition(text: str) -> bool:
    """Whether a line names an edition ("Late Edition", "Ausgabe 2")."""
    return any(w.strip(";,.:").casefold() in _EDITION_WORDS for w in text.split())


def _url(r: Reading, k: int, hit: object) -> int:
    lines = r.para
    j = k + 1
    while j < len(lines) and " " not in lines[j].text and (
            lines[j].text[:1] in "-/_.?&=#" or len(lines[j - 1].text) >= 60):
        j += 1
    parts = line_parts(lines[k:j])
    f = field_of("url", parts)
    r.add(r.header, Field("url", "".join(t for t, _ in parts), f.start, f.end))
    return j


def _count(r: Reading, k: int, hit: object) -> int:
    line = r.para[k]
    r.add(r.header, Field("length_words", str(hit), line.text_start, line.text_end))
    return k + 1


def _vendor_line(r: Reading, k: int, hit: object) -> int:
    """A centred vendor line: the publication, else a notice or a labelled note."""
    lines = r.para
    lab = read_label(lines[k].text)
    if lab is not None:
        label_field(r, r.header, Unit(lines[k:k + 1], lab, None))
        return k + 1
    j = k + 1
    while (j < len(lines) and ends_wrapped(lines[j - 1].text)
           and not date_text(lines[j].text) and not is_copyright(lines[j].text)):
        j += 1
    key = "source" if "source" not in r.have else "note"
    r.add(r.header, field_of(key, line_parts(lines[k:j])))
    return j


def _title_line(r: Reading, k: int, hit: object) -> int:
    """The headline on the first line of a newer export."""
    return _title(r, k, None, wraps=False)


def _title(r: Reading, k: int, hit: object, wraps: bool = True) -> int:
    """The headline, with the flush-left lines that continue it."""
    lines = r.para
    j = k + 1
    while wraps and j < len(lines) and _continues_title(lines[j]):
        j += 1
    parts = line_parts(lines[k:j])
    cut = strip_slug(parts[0][0])
    if cut:
        parts[0] = (parts[0][0][cut:], parts[0][1] + cut)
    title, subtitle = split_headline(parts)
    if title:
        r.add(r.header, field_of("title", title))
    if subtitle:
        r.add(r.header, field_of("subtitle", subtitle))
    return j


def _continues_title(line: Ln) -> bool:
    text = line.text
    return (line.indent < CENTERED and not date_text(text) and not is_url(text)
            and not word_count(text) and not is_copyright(text))


def _is_byline(r: Reading, line: Ln) -> bool:
    """An unlabelled credit paragraph between the headline and the labelled fields."""
    lines = r.para
    words = sum(len(l.text.split()) for l in lines)
    if len(lines) > 2 or words > 10 or lines[-1].text[-1:] in ".!?\"”»":
        return False
    if has_credit_cue(lines[0].text):
        return True
    nxt = r.units[r.i + 1] if r.i + 1 < len(r.units) else None
    return nxt is not None and nxt.known


def _byline(r: Reading, k: int, hit: object) -> None:
    r.add(r.header, field_of("byline", line_parts(r.para)))
    return None                       # the whole paragraph


HEADER = (
    Slot("copyright", lambda r, l: is_copyright(l.text) or is_rights(l.text), _copyright, absent=()),
    Slot("published", lambda r, l: date_text(l.text), _date),
    Slot("published", lambda r, l: date_and_rest(l.text), _date, where=(_centered,)),
    Slot("url", lambda r, l: is_url(l.text), _url, absent=()),
    Slot("length_words", lambda r, l: word_count(l.text), _count, absent=()),
    Slot("source", _any, _vendor_line, where=(_centered, _classic), absent=()),
    Slot("title", _any, _title_line, where=(_uni,), absent=("title", "source")),
    Slot("source", _any, where=(_uni,)),
    Slot("source", _any, absent=("source", "title", "published")),    # a flush-left export
    Slot("title", _any, _title),
    Slot("byline", _is_byline, _byline, where=(_first_line,)),
)

LAYOUT = Layout(
    name=NAME, detect=looks_lexisnexis, keep=_keep,
    opens=is_marker, closes=lambda line: is_end(line.text),
    cover=_split_cover, read_cover=read_cover,
    none_found="no LexisNexis record markers (\"1 of 10 DOCUMENTS\", \"End of Document\") found; "
               "read as one article",
    record=RecordSpec(header=HEADER, centered=True, copyright_trailer=True, load_date_fallback=True),
)
