"""The publication and update dates: a labelled field first, then the date lines the line model
picked, then the dateline.

1. A field the layout or the page labels (``Published: ...``, ``PD``, ``来源：... 2024-05-17``)
   names its date.
2. The model ranks the page's lines that hold a date by its chance that each is the article's
   date line. A bare date the model ranks first (no publication cue, mostly date: a masthead's
   today's-date widget, "Wednesday, June 12, 2024") yields to a date line it also ranks, below
   it and above the body's first paragraph, that says it is the publication ("Published June
   10, 2024", ``PUBLISHED_CUES``), or, when the bare date stands above the headline, to a
   date line between the headline and the body, but never to one of a later day
   (``_widget_last``). On the chosen line, a date
   right after an "updated" cue ("Updated", "Aktualisiert", "更新"), or a date opening a line
   under such a cue alone ("Last updated" over "08.10.2024"), is the update; the first other
   date is the publication. A line that gives only an
   update sends the reader on to the next line the model ranks high that is a date line, not
   a sentence that mentions a date ("... arrived on May 15 for a summit ...").
3. A wire story's dateline ("BEIJING, May 17 (Xinhua) --") gives the day.
3a. A wire service's transmission stamp on a line of its own outside the body ("031422 GMT
   MAR 24" under the story's last line): the time the story was sent. It is the wire's own
   record, so it comes before the page's lesser clues below; but the dateline names the day
   the story is filed from, and a stamp of another day (a story sent again, a later take)
   does not override it. A stamp of the very day a date above gives (a dateline's, a date
   line's day with no time) gives that day its time (``stamp_time``).
4. A date printed on the chosen credit line, beside the byline ("By Jane Roe | May 17, 2024",
   "Posted by jroe on May 17, 2024"), when the model chose no date line.
5. A press release's dateline opening one of the body's first paragraphs, after a standfirst
   ("Linz, 3. März 2024 – Der Verband ...", "Leeds, 3 March 2024 - The society ..."), or on a
   line of its own that opens the body or stands right above it ("Leeds, 3 March 2024" over
   the first paragraph), when no other line gives the publication: a place, a comma, then a
   whole date (day, month and year).
6. A note after the article that says when it was first published ("This article was
   originally published on March 5, 2024."), when nothing above gives the publication: a
   publication cue right before a whole date that ends the line, in the body's last paragraph
   or just below the body.

The date lines of the end matter under the article, below a heading such as "Related stories"
or "Comments" and with no publication or credit cue of their own (``without_end_matter``), are
other stories' or readers' dates: none of the tiers reads them.

A dateline's date without a year ("OSLO, March 3 (Reuters) -") is read against the reference
date, and without one against the record's own publication date (``dateline_day``): the latest
such day on or before it. That reading comes after the dates are chosen, so it reaches back into
no earlier step.

A page that prints only an update stamp has no other date for the article: the update stands in
for the publication date, and the caller warns. Dates are read with the language, country and
home zone of the source (``DateContext``); a time printed beside a known outlet takes that
outlet's zone.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from ..date_values import DateContext, FoundDate
from ..dateline import match_dateline
from ..dates import find_dates, send_stamp
from ..features import Table
from ..lazyre import lazy
from ..lines import Line
from ..model import Field, PubDate
from ..rules.cues import PUBLISHED_CUES, STAMP_UPDATED_CUES
from ..slotted import replace

CUE_REACH = 40        # characters before a date where its "updated" cue stands
SECOND_LINE = 0.15    # the chance a further date line needs to be read for a missing date
STAMP_UNDER = 2       # lines under the chosen date line where its update stamp may stand with any chance


def _stamp_under(table: Table, first: int, index: int) -> bool:
    """Whether line ``index`` is an update stamp right under the chosen date line ``first``
    ("Tue 12 Mar 2024 14.35 GMT" over "Last modified on Tue 12 Mar 2024 16.02 GMT"): within
    ``STAMP_UNDER`` lines of it and cued as an update, whatever chance the model gives it."""
    return 0 < index - first <= STAMP_UNDER and STAMP_UPDATED_CUES.search(table.doc.lines[index].text) is not None


def page_dates(table: Table | None, date_rows: list[tuple[int, float]], labelled: list[Field],
               ctx: DateContext, dateline: FoundDate | None,
               credit_lines: tuple[int, ...] = (), stamps: tuple[FoundDate, ...] = (),
               header: tuple[int, int] | None = None, keep: tuple[bool, ...] = ()
               ) -> tuple[list[FoundDate], list[FoundDate]]:
    """Published and updated candidates, best first. ``date_rows`` are the model's (line
    index, chance) for the date lines, best first; ``credit_lines`` the indexes of the credit
    lines it chose, best first; ``stamps`` the wire's transmission stamps (``send_stamps``);
    ``header`` the first line of the headline and the first line of the body; ``keep`` the
    body's lines."""
    if table is not None:
        last = _body_end(keep)
        # "The pier on May 2, 2024. Photo: Jane Roe": the picture's day, never the article's
        date_rows = [(i, p) for i, p in date_rows if not _dated_caption(table, i)]
        date_rows = _teasers_last(table, _widget_last(table, date_rows, header, keep, last), last)
    published: list[FoundDate] = []
    updated: list[FoundDate] = []
    for f in labelled:
        if f.key in ("published", "updated"):
            found = [_field_span(d, f) for d in find_dates(f.value, ctx, f.start) if d.value or d.warning]
            (published if f.key == "published" else updated).extend(found[:1])
    if table is not None:
        for n, (index, chance) in enumerate(date_rows):
            if n and chance < SECOND_LINE and not _stamp_under(table, date_rows[0][0], index):
                continue
            have = any(d.value for d in published)
            line = table.doc.lines[index]
            if n and have and (updated or not STAMP_UPDATED_CUES.search(line.text)):
                break                     # a further line only for an update stamp the first lacked
            if n and updated and _sentence(table, index) or not updated and _short_sentence(table, index):
                continue                  # a sentence that holds a date is no date line
            base = line.start + line.indent
            for d in find_dates(line.text, ctx, base):
                if d.value is None and d.warning is None:
                    continue              # a time alone
                before = line.text[max(0, d.start - base - CUE_REACH):d.start - base]
                if (_updated_cue(line.text, max(0, d.start - base - CUE_REACH), d.start - base)
                        or not before.strip(" :-–—|") and _cue_above(table, index)):
                    updated.append(d)
                elif not have:
                    published.append(d)
    if dateline is not None:
        published.append(dateline)
    published.extend(stamps)
    if table is not None and credit_lines and not date_rows:
        line = table.doc.lines[credit_lines[0]]
        base = line.start + line.indent
        for d in find_dates(line.text, ctx, base) if line.digits else ():
            if d.value is None:
                continue
            (updated if _updated_cue(line.text, max(0, d.start - base - CUE_REACH), d.start - base)
             else published).append(d)
            break
    return published, updated


def _dated_caption(table: Table, index: int) -> bool:
    """Whether line ``index`` is a picture's caption with its credit that dates the picture in
    its words ("The pier on May 2, 2024, before the storm. Photo: Jane Roe"): words before the
    first date, no publication or credit cue. A date line that only ends with a credit mark
    ("March 23, 2017 | Source: Harbour Post") opens with its date."""
    row = table.row(index)
    if row is None or not row.caption or row.published_cue or row.credit_cue or not row.dates:
        return False
    return len(row.line.text[:row.dates[0].start].split()) >= CAPTION_WORDS_BEFORE   # spans in the line


CAPTION_WORDS_BEFORE = 2  # words of a caption before the date it gives its picture


WIDGET_SHARE = 0.5    # a bare date line is at least this much date


def _widget_last(table: Table, date_rows: list[tuple[int, float]], header: tuple[int, int] | None,
                 keep: tuple[bool, ...], last: int) -> list[tuple[int, float]]:
    """``date_rows`` with a bare date ranked first moved after the date line that the article
    prints for itself above its text: a line below it with a publication cue and no paragraph
    of the body (``keep``) opening above it ("Wednesday, June 12, 2024" in the masthead,
    "Published June 10, 2024" under the headline; not a post quoted in the article), or, when
    the bare date stands above the headline (``header``: the headline's first line, the body's
    first line), a date line between the headline and the body. A sentence that mentions a
    date is neither, nor a line whose day comes after the bare date's: a widget shows the day
    the page was read, and the article is of that day or before ("Hearing: June 19, 2024" under
    an article of June 4 is a date the story names). ``last``: the body's last line."""
    first = _bare_first(table, date_rows)
    if first is None:
        return date_rows
    above = header is not None and first.line.index < header[0]
    opened = next((r.line.index for r in table.rows    # the line opening the body's first paragraph
                   if not r.block_pos and r.line.index < len(keep) and keep[r.line.index]), len(table.doc.lines))
    shown = _first_day(first)
    for n, (index, _) in enumerate(date_rows[1:], 1):
        row = table.row(index)
        if (row is None or index < first.line.index or _sentence(table, index)
                or _short_sentence(table, index)):
            continue
        day = _first_day(row)
        if shown is not None and day is not None and day > shown:
            continue
        if (row.published_cue and (index < opened or above and _closing(index, last))
                or above and header[0] < index < header[1]):
            return [date_rows[n]] + date_rows[:n] + date_rows[n + 1:]
    return date_rows


CLOSING_LINES = 4     # a stamp that closes the article stands this many lines under its last line at most


def _body_end(keep: tuple[bool, ...]) -> int:
    """The index of the body's last line (``keep``: the body's lines), -1 when there is none."""
    return max((i for i, k in enumerate(keep) if k), default=-1)


def _closing(index: int, last: int) -> bool:
    """Whether line ``index`` stands right under the article's last line ``last``, as a blog
    closes a post ("Published on June 10, 2024")."""
    return 0 <= last < index <= last + CLOSING_LINES


def _bare_first(table: Table, date_rows: list[tuple[int, float]]):
    """The row of the first of ``date_rows`` when it is a bare date (no publication or credit
    cue, mostly date) that another candidate may take the place of; else None."""
    if len(date_rows) < 2:
        return None
    first = table.row(date_rows[0][0])
    if first is None or first.published_cue or first.credit_cue or first.date_share < WIDGET_SHARE:
        return None
    return first


def _teasers_last(table: Table, date_rows: list[tuple[int, float]], last: int) -> list[tuple[int, float]]:
    """``date_rows`` with a bare date ranked first moved after a date line with a publication
    cue that closes the article above it (``_closing``; ``last``: the body's last line): dates
    further down a page, under the article's own stamp, are those of the teasers for other
    stories."""
    first = _bare_first(table, date_rows)
    if first is None:
        return date_rows
    for n, (index, _) in enumerate(date_rows[1:], 1):
        row = table.row(index)
        if (row is not None and row.published_cue and index < first.line.index and _closing(index, last)
                and not _sentence(table, index)):
            return [date_rows[n]] + date_rows[:n] + date_rows[n + 1:]
    return date_rows


def without_end_matter(table: Table, date_rows: list[tuple[int, float]], keep: tuple[bool, ...]
                       ) -> list[tuple[int, float]]:
    """``date_rows`` but those of the end matter under the article: a date line below the
    body's last line with an end-matter heading between ("Related stories", "Most read",
    "Comments" over a teaser's or a comment's date), and no publication or credit cue of its
    own. Those are other stories' dates, or readers': never the article's."""
    last = _body_end(keep)
    if last < 0:
        return date_rows
    heading = next((r.line.index for r in table.rows
                    if r.line.index > last and (r.end_heading or r.end_cue)), None)
    if heading is None:
        return date_rows
    return [(index, chance) for index, chance in date_rows
            if not (index > heading and (row := table.row(index)) is not None
                    and not (row.published_cue or row.credit_cue))]


def _first_day(row) -> date | None:
    """The day of the first date with a value on a row, or None."""
    d = next((d.value for d in row.dates if d.value is not None), None)
    if d is None:
        return None
    v = d.value
    return v.date() if isinstance(v, datetime) else v


def send_stamps(table: Table, keep: tuple[bool, ...], ctx: DateContext) -> tuple[FoundDate, ...]:
    """The wire's transmission stamps on lines of their own outside the body (tier 3a): those
    after the body first, the story's last line, then those above it."""
    last = _body_end(keep)
    found = []
    for row in table.rows:
        line = row.line
        if row.sign_off and not keep[line.index] and line.digits:
            d = send_stamp(line.text, ctx, line.start + line.indent)
            if d is not None and (d.value is not None or d.warning):
                found.append((line.index < last, d))
    return tuple(d for _, d in sorted(found, key=lambda x: x[0]))


def stamp_time(published: PubDate, stamps: tuple[FoundDate, ...]) -> FoundDate | None:
    """The stamp that gives a day chosen without a time its time: the first stamp of that day."""
    if published.precision != "day":
        return None
    return next((d for d in stamps if d.value is not None and d.value.precision != "day"
                 and d.value.day == published.day), None)


# the zone furthest ahead of UTC: at a given instant no place on Earth has a later calendar day
LATEST_ZONE = timezone(timedelta(hours=14))


def dateline_day(text: str, ctx: DateContext, published: PubDate | None = None,
                 found: list[FoundDate] | None = None) -> tuple[PubDate | None, str | None]:
    """The day a dateline's date ``text`` names ("March 3", "March 3, 2024"), and the warning
    when it names none or is doubtful.

    A date without a year is read against ``ctx.reference`` when there is one; else against
    the record's own ``published`` date, the date the input states: the latest such day on or
    before it. A published time with its zone is an instant, and the dateline's place may be
    ahead of the zone it is printed in ("TOKYO, March 3" over "2024-03-02T20:00:00+00:00"), so
    the limit is the latest calendar day anywhere at that instant; a day alone, or a time with
    no zone, is the limit as printed. Nothing is read from the clock. ``found`` is
    ``find_dates(text, ctx)`` when the caller has read it already (the dateline is read twice:
    without the published date, then against it)."""
    if found is None:
        found = find_dates(text, ctx)
    if not found:
        return None, None
    first = found[0]
    if first.value is None and ctx.reference is None and published is not None:
        again = find_dates(text, replace(ctx, reference=_latest_day(published)))
        if again and again[0].value is not None:
            return again[0].value, again[0].warning
    return first.value, first.warning


def _latest_day(published: PubDate) -> date:
    """The latest calendar day anywhere on Earth when ``published`` was: its day, or for a time
    with its zone the day in the zone furthest ahead."""
    value = published.value
    if isinstance(value, datetime) and published.precision != "day" and value.utcoffset() is not None:
        return value.astimezone(LATEST_ZONE).date()
    return published.day


OPENING_PARAGRAPHS = 3    # the body's paragraphs whose opening may be a press release's dateline
DATELINE_ABOVE = 3        # lines right above the body where a press release's dateline may stand alone
_PLACE_ALONE = lazy(r"(?:[^\W\d_][\w'’.-]*\s){0,4}[^\W\d_][\w'’.-]*,\s*(?:[^\W\d_]{1,3}\s+)?")
_DATELINE_CLOSERS = " .:–—-"    # what may follow the date of a dateline alone on its line


def paragraph_dateline(table: Table, keep: tuple[bool, ...], ctx: DateContext) -> FoundDate | None:
    """The date of a press release's dateline (tier 5): one that opens one of the body's first
    ``OPENING_PARAGRAPHS`` paragraphs, or one on a line of its own that opens the body or stands
    on one of the ``DATELINE_ABOVE`` lines right above it ("Portbrune-les-Bains, le 2 avril
    2024" over the first paragraph; not a place and a date further down, an event's): the
    place, a comma right after it, and a date that needs nothing from outside the text (its
    year printed); "Election called for 4 July - ..." is no dateline."""
    first = next((i for i, k in enumerate(keep) if k), None)
    seen = 0
    for row in table.rows:
        line = row.line
        if not keep[line.index]:
            if first is not None and first - DATELINE_ABOVE <= line.index < first and line.digits:
                d = _dateline_alone(line, ctx)
                if d is not None:
                    return d
            continue
        if row.block_pos:
            continue
        seen += 1
        if seen > OPENING_PARAGRAPHS:
            return None
        if not line.digits:
            continue
        d = _dateline_alone(line, ctx) if line.index == first else None
        if d is not None:
            return d
        m = match_dateline(line.text)
        if m is None or m.date_text is None or not m.location or not line.text.startswith(m.location + ","):
            continue
        base = line.start + line.indent
        found = find_dates(line.text[:m.end], ctx, base)
        if found and found[0].value is not None and found[0].warning is None and found[0].start >= base + len(m.location):
            return found[0]
    return None


def _dateline_alone(line: Line, ctx: DateContext) -> FoundDate | None:
    """The date of a dateline that is the whole ``line``: a place of up to five words, a comma,
    at most a short word ("le", "den", "am"), and a whole date (its year printed) that ends the
    line but for a full stop or a dash."""
    m = _PLACE_ALONE.match(line.text)
    if m is None or not line.text[0].isupper():
        return None
    base = line.start + line.indent
    found = find_dates(line.text, replace(ctx, reference=None), base)   # its year printed
    if len(found) != 1:
        return None
    d = found[0]
    if (d.start - base != m.end() or d.value is None or d.warning
            or line.text[d.end - base:].strip(_DATELINE_CLOSERS)):
        return None
    return d


NOTE_REACH = 10       # non-blank lines after the body where a publication note stands
_NOTE_GAP = lazy(r"\s*(?:[^\W\d_]{1,3}\s+)?")   # between the note's cue and its date: "on", "le", "am"
_NOTE_CLOSERS = "\"'”’»)"        # what may close the note after its date and its full stop, with spaces


def _ends_note(text: str, end: int) -> bool:
    """Whether nothing but a full stop (or "!"), closing quotes or brackets and spaces follows
    ``end``: the note ends with its date. A scan, not a pattern of two overlapping runs
    (quadratic on a long run of spaces)."""
    rest = text[end:].lstrip()
    if rest[:1] in (".", "!"):
        rest = rest[1:]
    return all(c in _NOTE_CLOSERS or c.isspace() for c in rest)


def publication_note(table: Table, keep: tuple[bool, ...], ctx: DateContext) -> FoundDate | None:
    """The date of a note after the article that says when it was first published (tier 6):
    "This article was originally published on March 5, 2024.", "It was first published on 5
    March 2024." in the body's last paragraph or on one of the ``NOTE_REACH`` lines after the
    body. The publication cue stands right before the date, the date (its year printed, so
    nothing from outside the text) ends the line, and no "updated" cue comes before it: a
    sentence of the story ("The study, published on 3 May 2021 in a journal, ...") is no note."""
    last = max((i for i, k in enumerate(keep) if k), default=None)
    if last is None or table.row(last) is None:
        return None
    block = table.row(last).block
    ctx = replace(ctx, reference=None)
    after = 0
    for row in table.rows:
        line = row.line
        if line.index < last and row.block != block:
            continue
        if line.index > last:
            after += 1
            if after > NOTE_REACH:
                return None
        if not row.published_cue or not line.digits:
            continue
        base = line.start + line.indent
        found = [d for d in find_dates(line.text, ctx, base) if d.value is not None or d.warning]
        if not found:
            continue
        d = found[-1]
        start, end = d.start - base, d.end - base
        if d.value is None or d.warning or not _ends_note(line.text, end):
            continue
        cue = None
        for cue in PUBLISHED_CUES.finditer(line.text, max(0, start - CUE_REACH), start):
            pass
        if (cue is not None and _NOTE_GAP.match(line.text, cue.end()).end() == start
                and not _updated_cue(line.text, max(0, start - CUE_REACH), start)):
            return d
    return None


FURTHER_WORDS = 12    # a further line read for the date is a date line: this short, or
FURTHER_SHARE = 0.3   # this much of it dates


def _sentence(table: Table, index: int) -> bool:
    """Whether line ``index`` is a sentence that holds a date rather than a date line: longer
    than ``FURTHER_WORDS`` words, with dates on less than ``FURTHER_SHARE`` of it, and no
    publication cue ("Published on Monday, May 17, 2024 by Jane Roe for the Harbour Post" is a
    date line however long)."""
    row = table.row(index)
    return (row is not None and row.words > FURTHER_WORDS and row.date_share < FURTHER_SHARE
            and not row.published_cue)


def _updated_cue(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, the text before a date, says the date is an update: an
    "updated" cue with no publication cue after it. In "Updated March 6, 2024 · Published March
    5, 2024" the 5th is the publication: its own cue stands between it and the update's cue.
    The cues are looked for in the whole text, so a word cut at ``start`` is no word of its own.

    The previous date on the line is no limit: an update may print its date twice ("Updated 6
    March 2024 | 06.03.2024")."""
    cue = None
    for cue in PUBLISHED_CUES.finditer(text, start, end):
        pass
    return STAMP_UPDATED_CUES.search(text, cue.end() if cue else start, end) is not None


SENTENCE_STOPS = frozenset(".!?…。！？")
SENTENCE_DATE_SHARE = 0.5   # a sentence's date is less than this share of it


def _short_sentence(table: Table, index: int) -> bool:
    """Whether line ``index`` is a sentence that holds a date however short it is, not a date
    line, on a page that has given no update stamp so far: it ends with a full stop, its dates
    are less than ``SENTENCE_DATE_SHARE`` of it and none opens it, and it has no publication
    cue and no credit cue ("The hearing is set for March 19, 2024." as the first paragraph of a
    page that prints no date line; not "Posted on March 19, 2024.", "By Jane Roe on March 19,
    2024.", "Tuesday, March 19, 2024." nor a date stamped before the text, "19.03.2024 Der
    Rat hat ... beschlossen.")."""
    row = table.row(index)
    return (row is not None and row.end_char in SENTENCE_STOPS and row.date_share < SENTENCE_DATE_SHARE
            and not row.published_cue and not row.credit_cue
            and all(d.start > 0 for d in row.dates))


CUE_LINE_WORDS = 4    # a cue alone on the line above its date ("Last updated" over "08.10.2024")


def _cue_above(table: Table, index: int) -> bool:
    """Whether the line right above line ``index`` is an "updated" cue standing alone, as a
    label printed over its value: "Last updated" over "08.10.2024"."""
    row = table.row(index - 1)
    return row is not None and row.words <= CUE_LINE_WORDS and bool(row.updated_cue)


def _field_span(d: FoundDate, f: Field) -> FoundDate:
    """Evidence of a date read from a field: the field's own span, since a layout may have
    cleaned its value (a weekday dropped, a time line joined)."""
    if f.value != f.value.strip() or len(d.raw) * 2 < len(f.value):
        return d
    return FoundDate(f.start, f.end, f.value, d.value, d.warning)
