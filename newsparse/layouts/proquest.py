"""ProQuest "save as text" exports, as a layout spec.

Records are divided by a rule of underscores. A record opens with an optional ``Document 3 of
500`` line, the headline, sometimes ``Publication info:`` and the document URL, then labelled
fields (``Abstract:``, ``Links:``); ``Full text:`` opens the body on its own line; labelled fields
follow the body, one per line (``CAPTION:``, ``Title:``, ``Publication title:``, ``Publication
date:``, ``Section:``, ``Language of publication:``, ``ProQuest document ID:`` ...). Labels come
from ``rules/labels.py`` in each interface language. Text between rules that holds no labelled
field (a table of contents, the closing "Contact us" notice) is export furniture, not a record.
"""
from __future__ import annotations

from ..model import Field
from ..rules.labels import RECORD_KEYS
from ._text import Label, Ln, is_url, read_label, slug
from .detect import is_marker, is_proquest_rule as _rule, looks_proquest
from .engine import Layout, RecordSpec, Slot, State
from ..lazyre import lazy

NAME = "proquest"

_SHAPED = lazy(r"^[^\W\d_][\w'’/&().-]*(?: [\w'’/&().-]+){0,4}\s?[:：]\s")


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
                      body_label_first=True, trailer_line=lambda text: bool(_SHAPED.match(text)),
                      labelled_title_wins=True, no_body="the record has no full text", finish=_own_names),
)
