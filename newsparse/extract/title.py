"""The headline and the standfirst: read from a labelled field, else from the lines the line
model chose, then cleaned of what a page prints around a headline on the same line.

Cleaning reads values, it does not choose lines: a list item's mark (`` 4. Title`` in an
ordered list, ``• Title``), Markdown's heading and emphasis marks (``# Title``, ``**Title**``), a page's next column after a wide gap, a trailing `` | Site`` or
`` - site.com`` (a known outlet or a web address), a breadcrumb run into the front
(``Forum>iPhone>Title``) and a date before it (``Jun 17 Title``, ``23.01.2022 - Title``).
"""
from __future__ import annotations

import re
from typing import Callable

from ..date_values import DateContext
from ..dates import find_dates
from ..features import Table
from ..headline import MASTHEAD_WORDS, headline_of
from ..lazyre import lazy
from ..lines import Line
from ..markdown import markdown_emphasized, markdown_heading, markdown_links
from ..model import Field
from ..registry import Registry
from ..rules.cues import WEB_ADDRESS, WIRE_HEADLINE_PREFIX
from ..segment import Segmentation
from .body import build_body, join_wrapped
from .fields import Fields, first_field


TITLE_DATE_REACH = 40    # characters at a headline's start where a date may stand before it
RUN_IN_KICKER_WORDS = 5  # words of a kicker run into the headline's line
_BULLETS = "•*·●○◦▪▫■□☆★►▶→-–—+>◆◇✓✔ \t0123456789.)"
COLUMN_GAP = re.compile(r"\s{5,}")
_TITLE_SITE = lazy(r"(?<!\s)\s+(?:[|–—]|-|::|·)\s+(?P<site>[^|–—]{2,60})$")
_SITE_MARKS = ("|", "–", "—", "-", "::", "·")       # one of which every _TITLE_SITE match holds
_CRUMB_PREFIX = lazy(r"^(?:[^\s>»›«‹<]{1,30}\s?[>»›]\s?){1,4}(?=\S)")   # not a «quote»
_CRUMB_MARKS = (">", "»", "›")                       # one of which every _CRUMB_PREFIX match holds
_LIST_MARK = lazy(r"^(?:[•*·●○◦▪▫■□☆★►▶→+◆◇✓✔]|\d{1,2}[.)])\s+")
_SPACED_COLON = re.compile(r"(?<=\w) : (?=\w)")


def title_text(lines: list[Line]) -> tuple[str, int, int]:
    """The text of the headline's lines, its start offset and its end offset, with a list
    item's mark and a second column left out."""
    parts = []
    start = lines[0].start + lines[0].indent
    for k, line in enumerate(lines):
        text = line.text
        if k == 0 and line.indent and _LIST_MARK.match(text):
            m = _LIST_MARK.match(text)
            text = text[m.end():]
            start += m.end()
        gap = COLUMN_GAP.search(text)
        if gap and len(text[:gap.start()].split()) >= 2:
            text = text[:gap.start()]
        parts.append(text)
    return join_wrapped(parts), start, lines[-1].end


def without_kicker(text: str, lines: list[Line], own: range = range(0)) -> str:
    """The headline without a kicker run into its line ("Climate Harbour baths stay open" over
    "• Harbour baths stay open"), when the page prints the headline alone on another line (a
    trail, a list item, a share text): the few words before it are a label, not the headline.
    A kicker set off by a colon or a dash ("Climate: Harbour baths stay open") is printed as
    part of the headline and stays. ``own`` holds the indexes of the headline's own lines: with
    its opening number taken for a list mark, the headline's line would be "another copy" of
    itself without that number ("2005 The year ..." cut to "The year ...")."""
    words = text.split()
    if len(words) < 5:
        return text
    alone = {" ".join(l.text.lstrip(_BULLETS).split()) for l in lines if 4 <= l.words <= 40 and l.index not in own}
    for k in range(1, min(RUN_IN_KICKER_WORDS, len(words) - 4) + 1):
        if words[k - 1][-1:] in ":|–—-":
            break                         # "Kicker: Title" is printed as one headline
        rest = " ".join(words[k:])
        if rest in alone:
            return rest
    return text


def clean_title(text: str, registry: Registry, language: str | None = None,
                mastheads: Callable[[], frozenset[str]] = frozenset) -> str:
    """A headline without the page's furniture around it on its line. ``mastheads`` gives the
    short lines above the headline, case-folded (the site's name, printed again after a bar:
    "Title | Harbour Post" under "Harbour Post"); it is called only for a title with such a part."""
    text = " ".join(text.split())
    if text[:1] in "#*[" or "](" in text:  # a page saved as Markdown: a heading's marks, a link
        text = markdown_links(markdown_heading(text))   # ("# [Title](https://...)") and emphasis
        text = markdown_emphasized(text) or text         # around the headline; "*Deal* of the day" stays
    m = WIRE_HEADLINE_PREFIX.match(text) if text[:1].isupper() and "-" in text[:40] else None
    if m and len(text) - m.end() >= 15:
        text = text[m.end():]             # Reuters' "UPDATE 2-", "EXCLUSIVE-" before the headline
    m = _TITLE_SITE.search(text) if any(map(text.__contains__, _SITE_MARKS)) else None
    if m and (registry.lookup(m["site"]) or WEB_ADDRESS.match(m["site"].strip())
              or m["site"].strip().casefold() in mastheads()):
        text = text[:m.start()]
    m = _CRUMB_PREFIX.match(text) if any(map(text.__contains__, _CRUMB_MARKS)) else None
    if m and len(text) - m.end() >= 15:
        text = text[m.end():]
    found = find_dates(text[:TITLE_DATE_REACH], DateContext()) if text[:1].isalnum() else []
    if found and len(text) - found[0].end >= 15 and not _goes_on(text, found[0].end) and (
            found[0].start == 0 or text[found[0].start - 1].isalpha()
            and text[found[0].end:found[0].end + 3] in (" - ", " – ", " | ")):
        # "Jun 17 Title", and a date glued to a crumb before the headline: "News & more23.01.2022 -
        # Title" (not "Election called for 4 July - what happens next")
        text = text[found[0].end:].lstrip(" -–—|:,")
    if language != "fr":
        text = _SPACED_COLON.sub(": ", text)      # a rendered page's "Kicker : Title"
    return text


def _goes_on(text: str, end: int) -> bool:
    """Whether the word a date ends at ``end`` goes on past it with an apostrophe: "Today's
    paper", "Yesterday's storm" open with a word, not a date set off before the headline."""
    return text[end:end + 1] in ("'", "’")


def labelled_title(labelled: list[Field]) -> Field | None:
    return next((f for f in labelled if f.key == "title" and f.value.strip()), None)


def read_title(out: Fields, table: Table, seg: Segmentation, labelled: list[Field], registry: Registry,
           marked: bool) -> None:
    # a labelled title ("Title:", "HD") is the record's, unless a page prints it as its headline
    # without the site's name the label adds ("Title: Ferry fares rise | Harbour Post")
    f = labelled_title(labelled)
    printed = None
    if seg.title is not None:
        a, b = seg.title
        printed = title_text([l for l in table.doc.lines[a:b] if l.text])
    if f is not None and (marked or printed is None or not headline_of(printed[0], f.value)):
        out.title = " ".join(f.value.split())
        out.note("title", f.value, f.start, f.end)
    elif printed is not None:
        text, start, end = printed
        bare = without_kicker(text, table.doc.lines, range(a, b))
        start += len(text) - len(bare) if text.endswith(bare) else 0
        out.title = bare
        out.note("title", text[len(text) - len(bare):] if text.endswith(bare) else text, start, end)
    sub = first_field(labelled, "subtitle")
    if sub is not None:
        out.subtitle = " ".join(sub.value.split())
        out.note("subtitle", sub.value, sub.start, sub.end)
    elif seg.standfirst and not marked:
        # the standfirst between the headline and the byline, which the body leaves out
        lines = table.doc.lines
        keep = [False] * len(lines)
        for i in seg.standfirst:
            keep[i] = True
        text = " ".join(build_body(lines, keep).split())
        if text:
            out.subtitle = text
            a, b = lines[seg.standfirst[0]], lines[seg.standfirst[-1]]
            out.note("subtitle", table.doc.text[a.start - table.doc.offset:b.end - table.doc.offset], a.start, b.end)


def page_mastheads(table: Table, seg: Segmentation) -> frozenset[str]:
    """The short lines above the headline, case-folded: where a page prints its own name."""
    if seg.title is None:
        return frozenset()
    top = seg.title[0]
    return frozenset(r.line.text.strip().casefold() for r in table.rows
                     if r.line.index < top and r.words <= MASTHEAD_WORDS)
