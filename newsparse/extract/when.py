"""Which of a page's dates are its publication and update dates.

Candidates come in tiers, best first; within a tier, the first in the text wins:

1. fields the layout or the page labels (``Published: ...``, ``PD``, ``来源：... 2024-05-17``);
2. short lines anywhere that say "published", "posted", "veröffentlicht am", ... before a date,
   and outside the body's prose also longer lines with the cue right beside the date ("This
   entry was posted on May 19, 2010 ...", "am 19. Mai 2010 um 23:03 Uhr gepostet");
3. dates on the short lines just above the headline and between the headline and the body,
   then on the longer ones there (captions);
4. the dateline's date;
5. short date lines among the body's first lines, and a dated day opening one of its first
   paragraphs ("01.02.2022 The labour market ...");
6. dates on credit lines inside and after the body;
7. a line that is nothing but a date, nearest above the headline (not in the masthead, where
   today's-date widgets sit);
8. only when the page prints no other date for the article: the page's date of the day in its
   header ("Miércoles, 15 de Abril de 2020", "МК в регионах 13 января 2020"), when every date
   line there names that same day. It is the day the page was served, the latest the article
   can have appeared; the caller warns that it stands in.

A page that prints only an update stamp ("Updated 4:48 PM EST, Mon November 6, 2023") has no
other date for the article: when tiers 1 to 5 give no publication date, the update stamp
stands in for it (the caller warns), rather than a caption's or a credit line's date.

Dates of teasers, comments and other stories are never candidates: they sit in chrome lines
away from the headline. A date with an "updated" cue before it is an update candidate.
"""
from __future__ import annotations

from ..dates import DateContext, FoundDate, dates_cover, find_dates
from ..lines import Document, Line
from ..model import Field, PubDate
from ..rules.cues import PUBLISHED_CUES, UPDATED_CUES
from ..segment import CHROME, META, TITLE, Segmentation

NEAR_TITLE = 4        # non-blank lines above the headline read for its date
BELOW_TITLE = 8       # and non-chrome lines below it, before the body
CUE_LINE_WORDS = 16   # a cue line is short
CUE_SENTENCE_WORDS = 24  # a longer line counts when its cue stands right next to the date
CUE_NEAR = 14         # characters before a date where the cue of a longer line stands
CUE_AFTER = 30        # characters after a date where a trailing cue stands ("... gepostet")
EARLY_BODY = 12       # the body's first lines, where a date line may have been taken in
DATE_LINE_WORDS = 10  # a line this short near the headline is a date line, not a caption
MASTHEAD = 10         # the first non-blank lines of a page: today's-date widgets, not article dates
DATE_ONLY_REACH = 150
PAGE_HEAD = 2 * MASTHEAD  # the non-blank lines at the top where a page prints its date of the day
UPDATE_STANDS_IN = 5  # the tier from which an update stamp stands in for a missing publication date


def page_dates(doc: Document, seg: Segmentation, labelled: list[Field], ctx: DateContext,
               dateline: FoundDate | None, marked: bool = False) -> tuple[list[FoundDate], list[FoundDate]]:
    """Published and updated candidates, best first. Tiers are read lazily: once a tier gives a
    publication date, the later ones are not read (only the first three can give an update).
    An archive record (``marked``) has its dates in its fields only."""
    published: list[FoundDate] = []
    updated: list[FoundDate] = []
    for f in labelled:
        if f.key in ("published", "updated"):
            found = [_field_span(d, f) for d in find_dates(f.value, ctx, f.start) if d.value or d.warning]
            (published if f.key == "published" else updated).extend(found[:1])
    if marked:
        return published, updated
    lines = doc.lines
    first, last = seg.body
    top = seg.title[0] if seg.title else first
    memo: dict[int, list[FoundDate]] = {}

    def near_lines() -> list[Line]:
        near: list[Line] = []
        seen = 0
        for i in range(top - 1, -1, -1):
            if lines[i].text:
                seen += 1
                if seen > NEAR_TITLE:
                    break
                near.insert(0, lines[i])
        below, seen = [], 0
        for l in lines[top:first]:        # a credit block, not a gallery parting title and body
            if l.text and seg.roles[l.index] != TITLE:
                if seg.roles[l.index] != CHROME:
                    seen += 1
                    if seen > BELOW_TITLE:
                        break
                below.append(l)
        return near + below

    def date_line(line: Line) -> bool:
        """A longer line that is mostly dates: "May 16, 2024, 11:10 PM | Updated May 17, 2024, 8:30 AM"."""
        if line.words > CUE_LINE_WORDS or not line.digits:
            return False
        if line.index not in memo:
            memo[line.index] = find_dates(line.text, ctx, line.start + line.indent)
        return dates_cover(memo[line.index], line.text)

    def early_body() -> list[tuple[FoundDate, bool]]:
        early = _first_lines(lines, first, last, EARLY_BODY)
        opening = frozenset(l.index for l in early if l.index == 0 or not lines[l.index - 1].text)
        return _dates_on(early, ctx, memo, mostly=True, opening=opening)

    tiers = (
        lambda: _dates_on([l for l in lines if l.digits and l.words <= CUE_SENTENCE_WORDS
                           and (l.words <= CUE_LINE_WORDS or not first <= l.index < last)
                           and (PUBLISHED_CUES.search(l.text) or UPDATED_CUES.search(l.text))], ctx, memo,
                          cued=True, prose=range(first, last)),
        lambda: _dates_on([l for l in near_lines() if l.words <= DATE_LINE_WORDS or date_line(l)], ctx, memo),
        lambda: _dates_on(near_lines(), ctx, memo),
        lambda: [(dateline, False)] if dateline is not None else [],
        early_body,
        lambda: _dates_on([l for l in lines[first:] if seg.roles[l.index] == META], ctx, memo),
        lambda: _dates_on(_date_only_above(doc, seg, top), ctx, memo),
        lambda: _page_day(lines, top, ctx),
    )
    for n, tier in enumerate(tiers):
        if n >= 3 and any(d.value for d in published):
            break
        if n == UPDATE_STANDS_IN and any(d.value for d in updated):
            # a page stamped only "Updated": that stamp is the latest the article can have
            # appeared, and it is printed for this article, unlike a caption's or a credit's date
            published.append(next(d for d in updated if d.value))
            break
        if n == 2 and any(d.value for d in updated):
            continue                      # a page stamped "Updated" only: not a caption's date
        for d, is_update in tier():
            if is_update and n < 3:
                updated.append(d)
            elif not is_update:
                published.append(d)
    return published, updated


def _dates_on(lines: list[Line], ctx: DateContext, memo: dict[int, list[FoundDate]],
              cued: bool = False, mostly: bool = False, opening: frozenset[int] = frozenset(),
              prose: range = range(0)) -> list[tuple[FoundDate, bool]]:
    """The dates on ``lines`` with whether an "updated" cue stands before each.

    ``cued``: only dates with a published/updated cue next to them: before them, and outside
    the body's ``prose`` also right after them ("am 19. Mai 2010 gepostet"; a longer line there
    needs its cue right before the date: "This entry was posted on May 19, 2010"); ``mostly``: only on lines that are mostly date (a date line, not a
    sentence that mentions "yesterday"), or one of the ``opening`` lines of the body's
    paragraphs when it starts with a dated day ("01.02.2022 The labour market ...", a press
    release's date)."""
    out = []
    for line in lines:
        if line.words > CUE_SENTENCE_WORDS or not line.digits and not line.text[:1].isalpha():
            continue
        base = line.start + line.indent
        if line.index not in memo:
            memo[line.index] = find_dates(line.text, ctx, base)
        found = memo[line.index]
        if mostly and not dates_cover(found, line.text, (2, 5)) and not (
                found and found[0].start == base and (
                    line.text[found[0].end - base:].lstrip()[:1] in "/|–—-·•"
                    or line.index in opening and found[0].value is not None)):
            continue                      # neither a date line nor a date heading a list of tags
        long_line = line.words > CUE_LINE_WORDS
        for d in found:
            if d.value is None and d.warning is None:
                continue
            before = line.text[max(0, d.start - base - (CUE_NEAR if long_line else 40)):d.start - base]
            is_update = bool(UPDATED_CUES.search(before))
            if cued and not is_update and not PUBLISHED_CUES.search(before) and (
                    line.index in prose or not PUBLISHED_CUES.search(line.text[d.end - base:d.end - base + CUE_AFTER])):
                continue                  # the cue stands elsewhere on the line
            out.append((d, is_update))
    return out


def _field_span(d: FoundDate, f: Field) -> FoundDate:
    """Evidence of a date read from a field: the field's own span, since a layout may have
    cleaned its value (a weekday dropped, a time line joined)."""
    if f.value != f.value.strip() or len(d.raw) * 2 < len(f.value):
        return d
    return FoundDate(f.start, f.end, f.value, d.value, d.warning)


def _first_lines(lines: list[Line], first: int, last: int, count: int) -> list[Line]:
    out = []
    for line in lines[first:last]:
        if line.text:
            out.append(line)
            if len(out) >= count:
                break
    return out


def _date_only_above(doc: Document, seg: Segmentation, top: int) -> list[Line]:
    """The nearest line above the headline that holds nothing but a date (outside the masthead)."""
    lines = doc.lines
    masthead = [l.index for l in lines if l.text][:MASTHEAD]
    floor = masthead[-1] + 1 if masthead else 0
    for i in range(top - 1, max(floor, top - DATE_ONLY_REACH) - 1, -1):
        line = lines[i]
        if line.digits and line.words <= 8:
            found = [d for d in find_dates(line.text, DateContext()) if d.value or d.warning]
            if found and dates_cover(found, line.text):
                return [line]
    return []


def _page_day(lines: list[Line], top: int, ctx: DateContext) -> list[tuple[FoundDate, bool]]:
    """The page's date of the day: the date lines at the top of the page, above the headline,
    all naming one day; marked with a warning, since the page's date is not the article's."""
    days: list[FoundDate] = []
    head = [l for l in lines[:top] if l.text][:PAGE_HEAD]
    for line in head:
        if not line.digits or line.words > DATE_LINE_WORDS:
            continue
        found = [d for d in find_dates(line.text, ctx, line.start + line.indent) if d.value is not None]
        if found and dates_cover(found, line.text):
            days += found
    if not days or any(d.value.day != days[0].value.day for d in days):
        return []                         # none, or a list of days (an archive, a calendar)
    d = days[0]
    return [(FoundDate(d.start, d.end, d.raw, PubDate(d.value.day),
                       f"published: the article prints no date; the page's date of the day {d.raw!r} stands in"),
             False)]
