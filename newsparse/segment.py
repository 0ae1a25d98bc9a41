"""Lines to segments: header, byline, body and footer, with exact spans.

Free text (web pages, wire copy, plain articles) is cut where the line model's reading
(``classify.Reading``) puts the article: the body is the best run of lines by their chance of
being article text, without the lines in it that are not (captions, share bars, the headline,
the credit and date lines); the headline is read by ``headline.py`` from the model's choices
of title; the credit and date lines it picks between the headline and the body form the
byline segment. Archive
records whose layout marks the body are cut where the layout says.

Nothing here weighs a line: the model did. What is left are the conventions of the text
itself, each in the module of its part of the page: the credit lines around the model's
choice (``credit_lines.py``), the article's first and last lines inside the model's run
(``body_edges.py``: a paragraph hard-wrapped across the article's edge goes with it, a
caption or a teaser does not), and what stands under the last paragraph (``end_matter.py``:
an end-matter heading, a wire story's tail). A wire sign-off after the last sentence ("...
por ciento. EFE") is footer, not body.

The segments are contiguous and cover the record, so joining their text gives it back exactly.
"""
from __future__ import annotations

from .body_edges import (announcing, below_the_byline, below_the_header, credited_caption, doubled,
                         from_the_dateline, in_teaser_box, lead_below_the_byline, media_label, picture_credit,
                         standfirst_lines, teaser_goes_on, with_announced_lists, with_subheadings,
                         without_box_headings, wrapped_to)
from .classify import Reading
from .credit_lines import (above_the_comments_heading, announcing_names, closing_roles, cued_under,
                           named_over_reading_time, press_contact, stacked)
from .end_matter import above_the_comments, end_matter, signed_off
from .features import Row, Table, wrap_width
from .headline import headline_rows
from .lines import Document, Line
from .model import Record, Segment, SegmentKind
from .names import CLOSING_NAME_TAIL, bracketed_reporter
from .row_kinds import chrome_edge, field_line
from .rules.cues import SIGN_OFF_AFTER_SENTENCE, SIGN_OFF_ENDS, is_disclosure
from .slotted import frozen, replace


DISCLOSURE_LINES = 4     # an affiliate disclosure's or a zoom hint's paragraph holds at most so many lines
CREDIT_SHARE = 0.3       # a date line the model gives this much of its choice is taken out of the body
CREDIT_CHANCE = 0.15     # a line the model gives this much of its credit choice is read for names
PARAGRAPH_CHANCE = 0.1   # a line the model doubts still goes with its block when the block reads as article
DATE_LINE_WORDS = 12     # a date line this short is not a paragraph of the article
CREDIT_WORDS = 6         # a chosen credit line this short that ends no sentence is not a paragraph


@frozen
class Segmentation:
    segments: tuple[Segment, ...]
    keep: tuple[bool, ...]                 # per line: part of the body text
    body: tuple[int, int]                  # line index range of the body [first, last + 1)
    title: tuple[int, int] | None = None   # line index range of the headline
    credits: tuple[int, ...] = ()          # line indexes of the credit lines the model picked
    dates: tuple[tuple[int, float], ...] = ()   # (line index, chance) of the date lines, best first
    first_cut: int = 0                     # characters of the first body line before the body starts
    last_cut: int | None = None            # characters of the last body line that are body
    standfirst: tuple[int, ...] = ()       # line indexes of the standfirst under the headline, not body


def segment(doc: Document, table: Table, reading: Reading | None, record: Record) -> Segmentation:
    if record.body is not None or reading is None:
        return _segment_marked(doc, record)
    return _segment_free(doc, table, reading)


# --- free text ------------------------------------------------------------------------------

def _segment_free(doc: Document, table: Table, reading: Reading) -> Segmentation:
    rows = table.rows
    lines = doc.lines
    if not rows:
        return _build(doc, (False,) * len(lines), None, None, (), ())
    title = headline_rows(table, reading)
    credits = tuple(r for r, p in reading.credits if r is not None and p >= CREDIT_CHANCE and not press_contact(rows, r))
    credits = stacked(rows, credits, title)
    credits += tuple(r.rank for r in rows if r.role_credits and r.rank not in credits)
    if title is not None:
        credits += cued_under(rows, title, credits)
    dates = _before_none(reading.dates)
    p = reading.body
    a, b = reading.span
    if b >= a:                            # the article's first and last blocks go with it whole
        while a > 0 and rows[a - 1].block == rows[a].block:
            a -= 1
        while b + 1 < len(rows) and rows[b + 1].block == rows[b].block:
            b += 1
    # the chosen credit and date lines are not article text, unless the model reads them as
    # such (a dated first paragraph, a sentence that names a reporter); a credit line that is
    # only a name, or a name and a few words that end no sentence ("Jane Roe, Harbour Post",
    # "Jane Roe @janeroe"), is never a paragraph
    taken = {r for r in credits if p[r] < 0.5 or rows[r].credit_cue or rows[r].name_like and rows[r].words <= 4
             or rows[r].given_name and rows[r].words <= CREDIT_WORDS and not rows[r].sentence_end} | {
        r for r, pr in dates[:1] if pr >= CREDIT_SHARE and (rows[r].date_share >= 0.3 or rows[r].words <= DATE_LINE_WORDS)}
    # a cookie or consent notice, a paywall's or a sign-up prompt is never article text, nor
    # any line of its paragraph
    notices = {r.block for r in rows if r.notice or r.prompt
               or r.block_size <= DISCLOSURE_LINES and is_disclosure(r.line.text.lower())}
    if notices:
        taken.update(r.rank for r in rows if r.block in notices)
    if title is not None:
        taken.update(range(title[0], title[1] + 1))
        if a <= title[1] <= b:
            a = title[1] + 1              # the article's text starts below its headline
    block_chance = _block_chances(rows, p)
    credited = {r.block for r in rows if picture_credit(r)}
    kept = [i for i in range(a, b + 1) if i not in taken and not field_line(rows[i]) and not signed_off(rows, i)
            and (p[i] >= 0.5 or p[i] >= PARAGRAPH_CHANCE and block_chance[rows[i].block] >= 0.5)
            and not credited_caption(rows[i]) and not doubled(rows[i].line.text) and rows[i].block not in credited
            and not media_label(rows[i])]
    width = wrap_width(table) if kept else None
    if width is not None:
        kept = [i for i in kept if not teaser_goes_on(rows, i, width)]
    if width is not None and kept:
        # the article never opens or breaks off in the middle of a hard-wrapped paragraph
        # ("pools. The ..."): the lines its first one was wrapped from, and those its last one
        # wraps onto, go with it
        first, last = wrapped_to(rows, kept[0], -1, a, taken, width), wrapped_to(rows, kept[-1], 1, b, taken, width)
        kept = list(range(first, kept[0])) + kept + list(range(kept[-1] + 1, last + 1))
    if kept:
        kept = [i for i in kept if not in_teaser_box(rows, i)]
    if len(kept) > 1:
        kept = with_subheadings(rows, kept, taken)
    if kept:
        kept = with_announced_lists(rows, kept, taken)
        kept = announcing(rows, kept, taken) + kept
        kept = above_the_comments(rows, kept)
        bylines = tuple(rows[r].line.text for r in credits if r < kept[-1])   # above the last line: not closing credits
        while len(kept) > 1 and (cut := end_matter(rows, kept, bylines)):
            del kept[-cut:]               # "Das könnte Sie auch interessieren" under the last paragraph; "PTI SKU"
    if kept:
        roles = closing_roles(rows, kept)
        kept = [k for k in kept if k not in roles] or kept
        credits += tuple(r for r in named_over_reading_time(rows, kept[0]) + announcing_names(rows, kept[0]) + roles
                         if r not in credits)
    if kept and title is not None:
        kept = below_the_byline(rows, kept, title, credits, dates)
    if kept:
        kept = below_the_header(rows, kept, title, credits, dates)
    if kept:
        kept = from_the_dateline(rows, kept)
    if kept and title is not None:
        kept = lead_below_the_byline(rows, kept, title, credits, dates, taken) + kept
    if kept:
        kept = without_box_headings(rows, kept)
    while len(kept) > 1 and chrome_edge(rows[kept[0]]):
        del kept[0]
    while len(kept) > 1 and chrome_edge(rows[kept[-1]]):
        del kept[-1]
    if not kept:                          # no line reads as article text: a list, a table, a one-liner
        kept = [r.rank for r in rows if r.rank not in taken and p[r.rank] >= 0.2] or \
               [r.rank for r in rows if r.rank not in taken]
    if not kept:                          # nothing but the headline: the text is its one line of body
        kept, title, credits = [r.rank for r in rows], None, ()
    credits = above_the_comments_heading(rows, kept, credits)
    keep = [False] * len(lines)
    for i in kept:
        keep[rows[i].line.index] = True
    title_lines = None if title is None else (rows[title[0]].line.index, rows[title[1]].line.index + 1)
    # credit and date lines between the headline and the body make the byline segment
    top = title_lines[1] if title_lines else 0
    first_body = rows[kept[0]].line.index
    byline = min((rows[r].line.index for r in credits + tuple(r for r, _ in dates[:1])
                  if top <= rows[r].line.index < first_body), default=None)
    seg = _build(doc, tuple(keep), title_lines, byline, tuple(rows[r].line.index for r in credits),
                 tuple((rows[r].line.index, p) for r, p in dates))
    standfirst = standfirst_lines(rows, kept, title, credits, dates) if title is not None else []
    return replace(seg, standfirst=tuple(rows[i].line.index for i in standfirst)) if standfirst else seg


def _before_none(ranked: tuple[tuple[int | None, float], ...]) -> tuple[tuple[int, float], ...]:
    """The candidates the model ranks above "no line is it"."""
    out = []
    for r, p in ranked:
        if r is None:
            break
        out.append((r, p))
    return tuple(out)


def _block_chances(rows: list[Row], p: tuple[float, ...]) -> dict[int, float]:
    """Each block's mean chance of being article text: a paragraph (or a table set in one
    block with the paragraph) goes with the article as a whole."""
    sums: dict[int, float] = {}
    for r in rows:
        sums[r.block] = sums.get(r.block, 0.0) + p[r.rank] / r.block_size
    return sums


# --- archive records: the layout marked the body ------------------------------------------------

def _segment_marked(doc: Document, record: Record) -> Segmentation:
    lines = doc.lines
    bstart, bend = record.body if record.body is not None else (0, 0)
    # the body may start inside a line ("Full text: After the storm ...", "LP  First paragraph")
    first = next((i for i, l in enumerate(lines) if l.text and l.end > bstart), len(lines))
    last = max((i for i, l in enumerate(lines) if l.text and l.start < bend and l.end > bstart),
               default=first - 1)
    keep = tuple(bool(l.text) and first <= i <= last for i, l in enumerate(lines))
    title = None
    byline = None
    for f in record.fields:
        i = _line_at(lines, f.start)
        if i is None or i >= first:
            continue
        if f.key == "title" and title is None:
            title = (i, _line_at(lines, max(f.start, f.end - 1)) + 1)
        elif f.key in ("byline", "editor") and byline is None and title and i >= title[1]:
            byline = i
    seg = _build(doc, keep, title, byline, (), (), body_start=bstart, sign_off=False)
    if first < len(lines) and bstart > lines[first].start:
        return replace(seg, first_cut=bstart - lines[first].start)
    return seg


def _line_at(lines: list[Line], offset: int) -> int | None:
    lo, hi = 0, len(lines)
    while lo < hi:
        mid = (lo + hi) // 2
        if lines[mid].stop <= offset:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(lines) else None


# --- segments ----------------------------------------------------------------------------------

def _build(doc: Document, keep: tuple[bool, ...], title: tuple[int, int] | None, byline: int | None,
           credits: tuple[int, ...], dates: tuple[tuple[int, float], ...], body_start: int | None = None,
           sign_off: bool = True) -> Segmentation:
    lines = doc.lines
    start, end = doc.offset, doc.offset + len(doc.text)
    kept = [i for i, k in enumerate(keep) if k]
    if not kept:
        return Segmentation((Segment(SegmentKind.HEADER, start, end),) if end > start else (),
                            keep, (0, 0), title, credits, dates)
    first, last = kept[0], kept[-1]
    body_start = max(body_start or 0, lines[first].start)
    tail = lines[last].raw          # a line that ends in no sign-off needs no pattern compiled
    m = SIGN_OFF_AFTER_SENTENCE.search(tail) if sign_off and tail.rstrip().endswith(SIGN_OFF_ENDS) else None
    if m is None and sign_off and tail.rstrip(" \u3000\r\n").endswith("）"):
        m = CLOSING_NAME_TAIL.search(tail.rstrip("\r\n"))   # "…と述べた。（山田太郎）": the reporter's name
        m = m if m and bracketed_reporter(m.group()) else None
    last_cut = m.start() if m and (last > first or m.start() > 0) else None
    body_end = lines[last].start + last_cut if last_cut is not None else lines[last].stop
    cuts = [(SegmentKind.HEADER, start)]
    if byline is not None and lines[byline].start < body_start:
        cuts.append((SegmentKind.BYLINE, lines[byline].start))
    cuts.append((SegmentKind.BODY, body_start))
    cuts.append((SegmentKind.FOOTER, max(body_end, body_start)))
    cuts.append((None, end))
    segments = tuple(Segment(kind, a, b) for (kind, a), (_, b) in zip(cuts, cuts[1:]) if b > a)
    return Segmentation(segments, keep, (first, last + 1), title, credits, dates, last_cut=last_cut)
