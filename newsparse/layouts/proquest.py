"""ProQuest "save as text" exports, as layout specs.

Records are divided by a rule of underscores; in the print view (``PRINT``) no rule is printed
and each record opens with its ``Document 3 of 500`` marker. A record opens with an optional ``Document 3 of
500`` line, the headline, sometimes ``Publication info:`` and the document URL, then labelled
fields (``Abstract:``, ``Links:``); ``Full text:`` opens the body on its own line; labelled fields
follow the body, one per line (``CAPTION:``, ``Title:``, ``Publication title:``, ``Publication
date:``, ``Section:``, ``Language of publication:``, ``ProQuest document ID:`` ...). Labels come
from ``rules/labels.py`` in each interface language. Text between rules that holds no labelled
field (a table of contents, the closing "Contact us" notice) is export furniture, not a record.
"""
from __future__ import annotations

from ..lazyre import lazy
from ..model import Field
from ..rules.labels import ARCHIVE_LABELS, LABEL_KEYS, RECORD_KEYS, archive_norm
from ._text import Label, Ln, is_url, read_label, slug
from .detect import is_marker, is_proquest_rule as _rule, looks_proquest, looks_proquest_print
from .engine import State
from .fields import UNDER_TEXT
from .spec import Layout, RecordSpec, Slot

NAME = "proquest"

_SHAPED = lazy(r"^[^\W\d_][\w'’/&().-]*(?: [\w'’/&().-]+){0,4}\s?[:：]\s")

# the fields ProQuest prints after the full text, one per line, each a paragraph of its own; a
# label names one when the archive table lists it under one of these keys ("Publication title",
# "Titre de la publication"), not when only a page's label shares the key ("Source:", "Date:")
TRAILER_KEYS = frozenset({
    "title", "byline", "subject", "company", "person", "geographic", "source", "published",
    "publication_year", "section", "publisher", "place_of_publication", "country",
    "publication_subject", "source_type", "language", "document_type", "document_id", "url",
    "copyright", "record_updated", "database", "issn", "page", "volume", "issue", "edition"})
# ... and the indexing fields the rules table files among the page labels ("Location:")
TRAILER_PAGE_KEYS = frozenset({"location"})
# fields printed right under the last line of the text, without a blank line ("CAPTION: ...")
UNDER_TEXT_KEYS = frozenset({"caption", "credit"})


def _label(line: Ln) -> Label | None:
    lab = read_label(line.text)
    return lab if lab is not None and lab.known else None


def _keep(lines: list[Ln], how: str, state: State) -> bool | str:
    labels = [lab for l in lines if l.text and (lab := _label(l)) is not None]
    if any(lab.body for lab in labels) or len({lab.key for lab in labels}) >= 2:
        return True
    marker = next((l for l in lines if l.text), None)
    if marker is not None and is_marker(marker.text):
        return f"record {marker.text!r} holds no labelled fields or text"
    return False


_TRAILER_NAMES = frozenset(
    archive_norm(label) for key in TRAILER_KEYS | TRAILER_PAGE_KEYS for label in ARCHIVE_LABELS.get(key, ())) | frozenset(
    archive_norm(label) for label, key in LABEL_KEYS.items() if key in TRAILER_PAGE_KEYS)


def _trailer_line(text: str) -> object:
    """What a line is to the block of fields after the full text: ``UNDER_TEXT`` (a caption or
    credit printed under the text), True (one of the block's fields, or a label the table does
    not know: "DOI: ..."), or False (text: "Source: ..." is no field ProQuest prints there)."""
    lab = read_label(text)
    if lab is not None and lab.key in UNDER_TEXT_KEYS:
        return UNDER_TEXT
    if lab is not None and lab.known:
        return lab.key in TRAILER_KEYS | TRAILER_PAGE_KEYS and archive_norm(lab.label) in _TRAILER_NAMES
    return bool(_SHAPED.match(text))


def _own_names(fields: list[Field]) -> list[Field]:
    """A field of ``extra`` whose key an earlier label took with another value keeps its label's
    own name ("Accession number:" under "ProQuest document ID:"), so none is dropped."""
    seen: dict[str, str] = {}
    out = []
    for f in fields:
        if f.key not in RECORD_KEYS and f.label and seen.setdefault(f.key, f.value) != f.value:
            f = Field(slug(f.label), f.value, f.start, f.end, f.label)
        out.append(f)
    return out


HEADER = (
    Slot("marker", lambda r, l: is_marker(l.text), lambda r, k, hit: k + 1, absent=()),
    Slot("url", lambda r, l: is_url(l.text), absent=()),
    Slot("title", lambda r, l: True),
)

LAYOUT = Layout(
    name=NAME, detect=looks_proquest, keep=_keep,
    divides=lambda line, prev: _rule(line.text),
    none_found="no ProQuest records (divided by a rule of underscores) found; read as one article",
    record=RecordSpec(header=HEADER, label=_label, starts_label=lambda line: _label(line) is not None,
                      body_label_first=True, trailer_line=_trailer_line,
                      labelled_title_wins=True, no_body="the record has no full text", finish=_own_names),
)

# the print view: the same records without rules between them, each opened by its "Document 1 of
# 9" marker (a rule, where one is printed, still divides)
PRINT = Layout(
    name=NAME, detect=looks_proquest_print, keep=_keep, divides=LAYOUT.divides, opens=is_marker,
    none_found="no ProQuest records (opened by \"Document 1 of N\" markers) found; read as one article",
    record=LAYOUT.record,
)
