"""Lines to segments: header, byline, body and footer, with exact spans.

Free text (web pages, wire copy, plain articles) is cut where the line model's reading
(``classify.Reading``) puts the article: the body is the best run of lines by their chance of
being article text, without the lines in it that are not (captions, share bars, the headline,
the credit and date lines); the headline is read by ``headline.py`` from the model's choices
of title; the credit and date lines it picks between the headline and the body form the
byline segment. Archive
records whose layout marks the body are cut where the layout says.

Nothing here weighs a line: the model did. What is left are the conventions of the text
itself: a paragraph hard-wrapped across the article's edge goes with it, and a wire
sign-off after the last sentence ("... por ciento. EFE") is footer, not body.

The segments are contiguous and cover the record, so joining their text gives it back exactly.
"""
from __future__ import annotations

from .classify import Reading
from .features import END_HEADING_WORDS, Row, Table, filled, prose_like, wrap_width
from .headline import headline_rows
from .lazyre import lazy
from .lines import Document, Line
from .model import Record, Segment, SegmentKind
from .names import CLOSING_NAME_TAIL, bare_name, bracketed_reporter, has_given_name, is_byline_label
from .rules.cues import (BIO_VERBS, CAPTION_CREDIT, COMMENT_HEADING_WORDS, COMMENT_WORDS, CONTACT_HEADINGS,
                         FILING_PHRASES, FILING_SENTENCES, ISSUER_MARKS, POST_LINK_CLOSERS, POST_LINK_OPENERS,
                         RECOMMENDED_HEADINGS, SIGN_OFF_AFTER_SENTENCE, SIGN_OFF_ENDS, WIRE_RIGHTS, is_comment_count,
                         is_counter, is_disclosure, is_media_label, is_reader_prompt, is_tag_heading)
from .rules.people import ROLE_PHRASES, STAFF_TITLES
from .rules.stopwords import ALL_STOPWORDS
from .row_kinds import FIELD_WORDS, PARAGRAPH_WORDS, chrome_edge, field_line, holds_name, name_alone, reading_time_alone
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
    credits = tuple(r for r, p in reading.credits if r is not None and p >= CREDIT_CHANCE and not _contact(rows, r))
    credits = _stacked(rows, credits, title)
    credits += tuple(r.rank for r in rows if r.role_credits and r.rank not in credits)
    if title is not None:
        credits += _cued_under(rows, title, credits)
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
    credited = {r.block for r in rows if _picture_credit(r)}
    kept = [i for i in range(a, b + 1) if i not in taken and not field_line(rows[i]) and not _signed_off(rows, i)
            and (p[i] >= 0.5 or p[i] >= PARAGRAPH_CHANCE and block_chance[rows[i].block] >= 0.5)
            and not _credited_caption(rows[i]) and not _doubled(rows[i].line.text) and rows[i].block not in credited
            and not _media_label(rows[i])]
    width = wrap_width(table) if kept else None
    if width is not None:
        kept = [i for i in kept if not _teaser_goes_on(rows, i, width)]
    if width is not None and kept:
        # the article never opens or breaks off in the middle of a hard-wrapped paragraph
        # ("pools. The ..."): the lines its first one was wrapped from, and those its last one
        # wraps onto, go with it
        first, last = _wrapped_to(rows, kept[0], -1, a, taken, width), _wrapped_to(rows, kept[-1], 1, b, taken, width)
        kept = list(range(first, kept[0])) + kept + list(range(kept[-1] + 1, last + 1))
    if kept:
        kept = [i for i in kept if not _in_teaser_box(rows, i)]
    if len(kept) > 1:
        kept = _with_subheadings(rows, kept, taken)
    if kept:
        kept = _with_announced_lists(rows, kept, taken)
        kept = _announcing(rows, kept, taken) + kept
        kept = _above_the_comments(rows, kept)
        bylines = tuple(rows[r].line.text for r in credits if r < kept[-1])   # above the last line: not closing credits
        while len(kept) > 1 and (cut := _end_matter(rows, kept, bylines)):
            del kept[-cut:]               # "Das könnte Sie auch interessieren" under the last paragraph; "PTI SKU"
    if kept:
        roles = _closing_roles(rows, kept)
        kept = [k for k in kept if k not in roles] or kept
        credits += tuple(r for r in _named_over_reading_time(rows, kept[0]) + _announcing_names(rows, kept[0]) + roles
                         if r not in credits)
    if kept and title is not None:
        kept = _below_the_byline(rows, kept, title, credits, dates)
    if kept:
        kept = _below_the_header(rows, kept, title, credits, dates)
    if kept:
        kept = _from_the_dateline(rows, kept)
    if kept and title is not None:
        kept = _lead_below_the_byline(rows, kept, title, credits, dates, taken) + kept
    if kept:
        kept = _without_box_headings(rows, kept)
    while len(kept) > 1 and chrome_edge(rows[kept[0]]):
        del kept[0]
    while len(kept) > 1 and chrome_edge(rows[kept[-1]]):
        del kept[-1]
    if not kept:                          # no line reads as article text: a list, a table, a one-liner
        kept = [r.rank for r in rows if r.rank not in taken and p[r.rank] >= 0.2] or \
               [r.rank for r in rows if r.rank not in taken]
    if not kept:                          # nothing but the headline: the text is its one line of body
        kept, title, credits = [r.rank for r in rows], None, ()
    credits = _above_the_comments_heading(rows, kept, credits)
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
    standfirst = _standfirst(rows, kept, title, credits, dates) if title is not None else []
    return replace(seg, standfirst=tuple(rows[i].line.index for i in standfirst)) if standfirst else seg


STACKED_LINES = 4        # credit lines a page stacks under each other at most (one per writer, an editor)


def _stacked(rows: list[Row], chosen: tuple[int, ...], title: tuple[int, int] | None) -> tuple[int, ...]:
    """The credit lines stacked with the ones the model chose: "By Jane Roe" over "By Tom
    Becker" over "Edited by Ana Ruiz", or a second writer's name alone under the first's
    byline. The model picks one line of the stack; each line next to a chosen one (and next
    to those, up to ``STACKED_LINES``) that opens with a credit's cue is one too, and below
    it a name alone, of at most four words with a known given name (in a Markdown link or
    emphasis too: "[Jane Roe](https://...)"). A name alone above a chosen line is one only
    when that line names no one (a date stamp under the writer's name); above a credit it is
    a caption's as often ("Jane Roe" over "Photo: Tom Becker"). No list item, no line that
    ends a sentence (a paragraph's last line: "... and the singer Jane Roe.") and not the
    headline. Each stack (with the chosen lines in it) in the order of the page, the stacks
    in the order of the model's choices."""
    out: list[int] = []
    for r in chosen:
        if r in out:
            continue
        stack = [r]
        for step in (-1, 1):
            names_ok = step > 0 or _names_no_one(rows[r])
            k = r + step
            while 0 <= k < len(rows) and abs(k - r) <= STACKED_LINES and k not in out and (
                    k in chosen or (title is None or not title[0] <= k <= title[1]) and _credit_shaped(rows[k], names_ok)):
                stack.append(k)
                k += step
        out += sorted(stack)
    return tuple(out)


CUED_CREDIT_LINES = 3     # rows under the headline where a credit with its cue stands
CUED_CREDIT_WORDS = 12    # ... a line this short that ends no sentence ("Written by Jane Roe")


def _cued_under(rows: list[Row], title: tuple[int, int], credits: tuple[int, ...]) -> tuple[int, ...]:
    """The credit lines with their cue or a staff title right under the headline that the model
    did not choose ("Written by Jane Roe", "Story by Jane Roe", "Jane Roe, Staff Writer" under
    it): among its next ``CUED_CREDIT_LINES`` rows, short, ending no sentence and naming
    someone (a known given name, or capitalised words in a row: not "von HARBOUR ZEITUNG"; in a
    script without capitals the cue alone: "김민지 기자"). A byline stands there on any page; the
    field reader reads its names, and the body never opens with it."""
    end = title[1]
    return tuple(r for r in range(end + 1, min(len(rows), end + 1 + CUED_CREDIT_LINES))
                 if r not in credits and (rows[r].credit_cue or rows[r].staff) and rows[r].words <= CUED_CREDIT_WORDS
                 and not rows[r].sentence_end
                 and (rows[r].given_name or rows[r].name_in or _by_handle(rows[r]) or _uncased(rows[r].line.text)))


def _uncased(text: str) -> bool:
    """Whether ``text`` is written without capitals: Korean, Chinese, Japanese, Arabic, Hebrew,
    Hindi ("김민지 기자"), where a name cannot be told by them."""
    return text.upper() == text.lower()


HANDLE_CREDIT_WORDS = 4  # "Posted by jroe82": a cue and a user name


def _by_handle(row: Row) -> bool:
    """A credit's cue and a user name, a blog's or a forum's ("Posted by jroe82", "By
    harbour_fan"): one word after the cue in lower case, or with a digit or an underscore in it."""
    words = row.line.text.split()
    return (row.credit_cue and len(words) <= HANDLE_CREDIT_WORDS
            and _HANDLE.fullmatch(words[-1].rstrip(",;")) is not None and words[-1].lower() not in ALL_STOPWORDS)


_HANDLE = lazy(r"@?[a-z][a-z0-9_.-]{2,30}|@?[A-Za-z][\w.-]{0,30}[\d_][\w.-]{0,30}")


# what a closing credit for one role opens with, unbracketed: "Edited by X", "Additional
# reporting by X", "Translated by X", "Photos by X" (a writer's credit reads as a byline)
_ROLE_OPENERS = tuple(sorted((p + " " for p, role in ROLE_PHRASES.items() if " " in p and role != "writer"),
                             key=len, reverse=True))
CLOSING_ROLE_LINES = 3   # role credits stand among the last lines of the article, or right under it
ROLE_LINE_WORDS = 15     # ... each on a short line


def role_line(row: Row) -> bool:
    """A short line that credits people in one role other than the writer's, with the role's
    phrase first and no brackets ("Edited by Jane Roe", "Additional reporting by Jane Roe."):
    read for that role, never as article text. (A role's credit in brackets is ``role_credits``.)"""
    return (not row.role_credits and row.words <= ROLE_LINE_WORDS and (row.given_name or row.name_in)
            and row.line.text.lower().startswith(_ROLE_OPENERS))


def _closing_roles(rows: list[Row], kept: list[int]) -> tuple[int, ...]:
    """The role credits (``role_line``) among the article's last ``CLOSING_ROLE_LINES`` lines
    and the lines right under it."""
    last = kept[-1]
    near = kept[-CLOSING_ROLE_LINES:] + list(range(last + 1, min(len(rows), last + 1 + CLOSING_ROLE_LINES)))
    return tuple(r for r in near if role_line(rows[r]))


def _named_over_reading_time(rows: list[Row], first: int) -> tuple[int, ...]:
    """A line that is only a person's name right over a reading time, above the article ("Jane
    Roe" / "5 min read"), as a blog's header card prints its writer: a credit line, whether the
    model chose it or not. (Not over a date line: a gallery's captions stand over a page's
    date line too.)"""
    for r in range(first - 1):
        row, nxt = rows[r], rows[r + 1]
        if name_alone(row) and nxt.line.index - row.line.index <= 2 and reading_time_alone(nxt):
            return (r,)
    return ()


def _announcing_names(rows: list[Row], first: int) -> tuple[int, ...]:
    """A line above the article that only announces a byline ("By", "Autor", "Text"), right
    over a line that is a person's name ("Autor" / "Jane Roe,"): a credit line, whose reader
    reads the names under it, chosen by the model or not. (Below the article such pairs are
    the bylines of teasers for other stories.)"""
    return tuple(r for r in range(first - 1)
                 if rows[r].words <= 2 and is_byline_label(rows[r].line.text)
                 and rows[r + 1].line.index - rows[r].line.index <= 2 and rows[r + 1].words <= 4
                 and (name := bare_name(rows[r + 1].line.text)) is not None and has_given_name(name))


def _credit_shaped(row: Row, name_ok: bool) -> bool:
    if row.line.bullet or row.sentence_end:
        return False
    return row.credit_cue and row.words <= FIELD_WORDS or name_ok and name_alone(row)


def _without_box_headings(rows: list[Row], kept: list[int]) -> list[int]:
    """The kept lines but the headings of boxes the article left out: a short end-matter
    heading ("Read more:", "Related") whose block holds other lines, none of them kept (the
    teasers it announces)."""
    keep = set(kept)

    def heads_a_box_left_out(i: int) -> bool:
        row = rows[i]
        first = i - row.block_pos
        return (row.end_heading and row.words <= END_HEADING_WORDS and row.block_size > 1
                and not any(j in keep for j in range(first, first + row.block_size) if j != i))
    return [i for i in kept if not heads_a_box_left_out(i)]


def _names_no_one(row: Row) -> bool:
    """A chosen credit line that names no one: a date stamp ("11:02 AM EDT · June 11, 2024")."""
    return row.date_value and not (row.credit_cue or row.credit_later or row.given_name or row.name_like or row.labels)


def _contact(rows: list[Row], i: int) -> bool:
    """Whether row ``i`` names whom to call about a press release: it stands under a contact
    heading ("Media Contact:" over "Jane Roe"), or opens with one ("Press contact: Jane Roe")."""
    heads = [rows[i].line.text.split(":", 1)[0]] + ([rows[i - 1].line.text] if i > 0 else [])
    return any(map(_names_contact, heads))


def _wrapped_to(rows: list[Row], start: int, step: int, limit: int, taken: set[int], width: int) -> int:
    """The furthest row, up (``step`` -1) or down (1) from ``start`` and not beyond ``limit``,
    that the hard-wrapped paragraph of row ``start`` runs on to: rows of its block, each line
    above filled up to the wrap ``width`` (the next line's first word would not have fitted);
    a caption, a wire sign-off, a field line or a row the model's choices took ends it."""
    i = start
    while i != limit:
        nxt = rows[i + step]
        upper, lower = (nxt, rows[i]) if step < 0 else (rows[i], nxt)
        if (nxt.block != rows[i].block or i + step in taken or field_line(nxt) or nxt.caption
                or nxt.sign_off or not filled(upper.line, lower.line, width)):
            break
        i += step
    return i


TEASER_LINES = 3         # lines a teaser's block holds at most: the cue and a wrapped headline


def _teaser_goes_on(rows: list[Row], i: int, width: int) -> bool:
    """Whether row ``i`` of a hard-wrapped text goes on a teaser for another story ("Read more:
    <a headline too long for one line>"): its block is no longer than a wrapped headline and
    opens with the teaser, and each line from there down to row ``i`` was filled up to the
    wrap width. A paragraph set in one block with a teaser above it stays article text."""
    row = rows[i]
    j = i - row.block_pos
    if row.block_pos == 0 or row.block_size > TEASER_LINES or not rows[j].teaser:
        return False
    return all(filled(rows[k].line, rows[k + 1].line, width) for k in range(j, i))


TEASER_BOX_LINES = 3      # headlines a teaser box inside the article lists under its heading at most
TEASER_HEADLINE_WORDS = 10  # each this short


def _teaser_headline(row: Row) -> bool:
    return row.words <= TEASER_HEADLINE_WORDS and not row.sentence_end and row.end_char not in ":："


def _in_teaser_box(rows: list[Row], i: int) -> bool:
    """Whether row ``i`` is one of the headlines a teaser box inside the article lists under
    its heading ("Mehr zum Thema" over two other stories' headlines): a short line ending no
    sentence, with at most ``TEASER_BOX_LINES`` such lines between it and an end-matter
    heading right above them, and a paragraph of the article below the box."""
    if not _teaser_headline(rows[i]):
        return False
    j = i - 1
    while j >= 0 and i - j <= TEASER_BOX_LINES and _teaser_headline(rows[j]) and not rows[j].end_cue:
        j -= 1
    if j < 0 or not (rows[j].end_cue and rows[j].words <= END_HEADING_WORDS and not rows[j].sentence_end) \
            or i - j > TEASER_BOX_LINES:
        return False
    k = i + 1
    while k < len(rows) and k - j <= TEASER_BOX_LINES and _teaser_headline(rows[k]):
        k += 1
    return k < len(rows) and rows[k].sentence_end and rows[k].words > TEASER_HEADLINE_WORDS


def _with_subheadings(rows: list[Row], kept: list[int], taken: set[int]) -> list[int]:
    """``kept`` with the subheadings inside the article: a short line of its own between two
    kept paragraphs ("Why did the repairs take so long?", "A winter of repairs"), as
    ``_subheading`` tells it: the line model gives such lines little of its body chance."""
    at = set(kept)
    subheads = [i for k, nxt in zip(kept, kept[1:]) if nxt == k + 2 and (i := k + 1) not in taken
                and _subheading(rows[i])]
    return sorted(at.union(subheads)) if subheads else kept


SUBHEAD_WORDS = 12       # a subheading inside the article is this short


def _subheading(row: Row) -> bool:
    """A line that may head a part of the article: alone in its block, two to
    ``SUBHEAD_WORDS`` words, no full stop or colon at its end, words of prose (or a question),
    and no mark of page furniture."""
    if not (row.block_size == 1 and 2 <= row.words <= SUBHEAD_WORDS and row.end_char not in ".:;,…"
            and row.chrome_share == 0 and (row.stop_share > 0 or row.end_char == "?")):
        return False
    furniture = (row.link or row.placeholder or row.labels or row.end_cue or row.teaser or row.end_heading
                 or row.notice or row.prompt or row.caption or row.ad or row.credit_cue or row.dates or row.email
                 or row.copyright or row.crumb or row.line.bullet or row.name_like or row.separators)
    return not furniture and not _doubled(row.line.text) and not _credited_caption(row) and not _media_label(row)


def _with_announced_lists(rows: list[Row], kept: list[int], taken: set[int]) -> list[int]:
    """``kept`` with the lists its lines that end in a colon announce (``_announced_list``);
    a colon inside a list already taken announces no more than that list: one pass."""
    announced: list[int] = []
    reach = -1
    for i in kept:
        if i >= reach and rows[i].end_char in (":", "："):
            more = _announced_list(rows, i + 1, taken)
            if more:
                announced += more
                reach = more[-1] + 1
    return sorted(set(kept).union(announced)) if announced else kept


ANNOUNCING_WORDS = 8     # a paragraph that announces a list is a sentence at least this long


def _announcing(rows: list[Row], kept: list[int], taken: set[int]) -> list[int]:
    """The paragraph that announces the list the article opens with ("... Here is what stood
    out:" over its bullet points): the block right above the first list item, when it ends in
    a colon, is a sentence of ``ANNOUNCING_WORDS`` words or more and holds no line the model's
    choices took (a headline, a credit) nor a labelled field."""
    first = kept[0]
    if not rows[first].line.bullet or first == 0:
        return []
    above = rows[first - 1]
    if above.end_char not in (":", "：") or above.line.bullet:
        return []
    block = [r.rank for r in rows[above.rank - above.block_pos:above.rank + 1]]
    if sum(rows[i].words for i in block) < ANNOUNCING_WORDS or any(i in taken or field_line(rows[i]) for i in block):
        return []
    return block


STANDFIRST_LINES = 2     # lines of a standfirst between the headline and the byline


def _below_the_byline(rows: list[Row], kept: list[int], title: tuple[int, int], credits: tuple[int, ...],
                      dates: tuple[tuple[int, float], ...]) -> list[int]:
    """The article's text starts below its byline: the lines between the headline and the
    chosen credit (or date) line under it are the standfirst, not body ("Passengers face
    fewer crossings" between the headline and "By Jane Roe"), when they are at most
    ``STANDFIRST_LINES`` and the article goes on below the byline: a line below it ends a
    sentence. A credit line under the story's last sentence (a wire story's "autor: Jane Roe"
    over the desk's slug) closes the article and never moves its start."""
    byline = [r for r in credits + tuple(r for r, _ in dates[:1]) if title[1] < r]
    if not byline:
        return kept
    first = min(byline)
    above = [i for i in kept if title[1] < i < first]
    if not above or len(above) > STANDFIRST_LINES or above != kept[:len(above)] \
            or not any(i > first and rows[i].sentence_end for i in kept):
        return kept
    return kept[len(above):]


LEAD_LINES = 3           # lines of a lead paragraph the model left out between the byline and the article


def _lead_below_the_byline(rows: list[Row], kept: list[int], title: tuple[int, int], credits: tuple[int, ...],
                           dates: tuple[tuple[int, float], ...], taken: set[int]) -> list[int]:
    """The lead paragraph between the byline (the credit or date line chosen under the headline)
    and the first line the article keeps, which the model gave a little less than its even
    chance: prose of its own block or blocks, every line a sentence's of ``PARAGRAPH_WORDS``
    words or more with function words, no label, credit, caption, teaser, notice or link, at
    most ``LEAD_LINES`` lines. Nothing else stands between, so the article opens with it."""
    byline = [r for r in credits + tuple(r for r, _ in dates[:1]) if title[1] < r < kept[0]]
    if not byline:
        return []
    between = list(range(max(byline) + 1, kept[0]))
    if not between or len(between) > LEAD_LINES:
        return []
    for i in between:
        r = rows[i]
        if (i in taken or not r.sentence_end or r.words < PARAGRAPH_WORDS or r.stop_share == 0 or r.labels
                or r.by or r.credit_cue or r.caption or r.teaser or r.notice or r.prompt or r.link or r.end_cue
                or r.upper or r.line.bullet or field_line(r)):
            return []
    return between


HEADER_LINES = 6         # a header's block over the article's first paragraph has at most so many lines
HEADER_LINE_WORDS = 10   # ... each this short


def _below_the_header(rows: list[Row], kept: list[int], title: tuple[int, int] | None, credits: tuple[int, ...],
                      dates: tuple[tuple[int, float], ...]) -> list[int]:
    """The article's text starts below the block of short lines that stands over its first
    paragraph as its header: the headline, a credit or a date line the model chose, or a line
    that is one by its cues (a byline word, a credit cue, a date, a published or updated cue, a
    reading time), with the lines around it ("Issue 42, Spring 2024", a kicker), none of them a
    sentence. That block is not body when the article would open with it, it holds two to
    ``HEADER_LINES`` lines, none a list item, and the article goes on below it with a sentence."""
    block = rows[kept[0]].block
    lines = [r for r in rows if r.block == block]
    n = len([i for i in kept if rows[i].block == block])
    if not 2 <= len(lines) <= HEADER_LINES or n == len(kept) or kept[:n] != list(range(kept[0], kept[0] + n)):
        return kept
    if any(r.sentence_end or r.line.bullet or r.words > HEADER_LINE_WORDS or r.dateline for r in lines):
        return kept
    chosen = set(credits) | {r for r, _ in dates[:1]} | (set(range(title[0], title[1] + 1)) if title else set())
    if not any(r.rank in chosen or r.by or r.credit_cue or r.dates or r.published_cue or r.updated_cue
               or r.reading_time for r in lines):
        return kept
    if not any(rows[i].sentence_end for i in kept[n:]):
        return kept
    return kept[n:]


STANDFIRST_MIN_WORDS = 6  # a standfirst is a sentence of prose, not a kicker or a label
STANDFIRST_PARAGRAPH_LINES = 4   # lines of a standfirst, hard-wrapped


def _standfirst(rows: list[Row], kept: list[int], title: tuple[int, int], credits: tuple[int, ...],
                dates: tuple[tuple[int, float], ...]) -> list[int]:
    """The standfirst under the headline, which the body leaves out, for the record's subtitle:
    the lines between the headline and the credit (or date) line under it, when the article's
    text starts below that line, they are at most ``STANDFIRST_PARAGRAPH_LINES``, whole
    paragraphs, and each paragraph is prose: a sentence of some words that ends like one (or,
    as many sites set a standfirst without its full stop, a line of prose: ``prose_like``), no
    line of it a list item, label, credit, caption, teaser, notice, link or date, nor in capitals (a
    kicker), nor printed twice on the page (a picture's caption). Anything else between them (a menu, a picture's caption, another heading) and
    there is no standfirst to read."""
    byline = [r for r in credits + tuple(r for r, _ in dates[:1]) if title[1] < r]
    if not byline or not kept or kept[0] < min(byline):
        return []
    between = range(title[1] + 1, min(byline))
    if not between or len(between) > STANDFIRST_PARAGRAPH_LINES:
        return []
    for block in {rows[j].block for j in between}:
        lines = [rows[j] for j in between if rows[j].block == block]
        if rows[title[1]].block == block or rows[min(byline)].block == block:
            return []                     # the headline's or the byline's paragraph
        if sum(r.words for r in lines) < STANDFIRST_MIN_WORDS or not (lines[-1].sentence_end or prose_like(lines[-1])):
            return []
        if any(r.upper or r.line.bullet or r.labels or r.by or r.credit_cue or r.caption or r.end_heading or r.teaser
               or r.notice or r.prompt or r.ad or r.link or r.copyright or r.rights or r.dates or r.repeats > 1
               for r in lines):
            return []
    return list(between)


MEDIA_LABEL_WORDS = 20   # an embedded medium's label on a line of its own ("[Video: ...]") is this short


def _media_label(row: Row) -> bool:
    """An embedded video's or picture's label on a line of its own ("[Video: Ferry returns]",
    "Watch: The first crossing (1:42)", ``rules.cues.is_media_label``): no article text, nor a
    subheading between two paragraphs."""
    return (row.block_size == 1 and row.words <= MEDIA_LABEL_WORDS and not row.sentence_end
            and is_media_label(row.line.text))


CAPTION_LINE_WORDS = 40  # a picture's caption with its credit is this short
CREDIT_LINE_WORDS = 8    # a picture's credit on a line of its own ("Lea Marsh/Getty Images") is this short
CAPTION_BLOCK_LINES = 3  # a caption and its credit, a block of their own, hold at most so many lines
DOUBLED_CHARS = 16       # a line printed twice over on itself is this long at least


def _picture_credit(row: Row) -> bool:
    """Whether a row is a picture's credit on a line of its own that closes a short block, the
    caption's words above it ("Lea Marsh/Getty Images", "Photo: Harbour Council"): a credit
    mark, at most ``CREDIT_LINE_WORDS`` words, no sentence, the last of at most
    ``CAPTION_BLOCK_LINES`` lines. The block is the picture's caption, no article text."""
    return (row.caption and row.words <= CREDIT_LINE_WORDS and not row.sentence_end
            and row.block_pos == row.block_size - 1 and row.block_size <= CAPTION_BLOCK_LINES)


def _doubled(text: str) -> bool:
    """Whether a line is one text printed twice, glued or spaced ("A ferry at dawnA ferry at
    dawn", "A ferry at dawn A ferry at dawn"): a text browser prints a picture's alternative
    text and its title so, never a paragraph. The text holds two words at least."""
    n = len(text)
    if n < DOUBLED_CHARS:
        return False
    half = n // 2
    first = text[:half]
    if n % 2:
        doubled = text[half] == " " and first == text[half + 1:]
    else:
        doubled = first == text[half:]
    return doubled and " " in first.strip()


def _credited_caption(row: Row) -> bool:
    """A picture's caption that ends in its credit, a line of its own ("Jana Roe on the roof.
    Foto: Tom Becker", "La raccolta dei fiori. Foto di Elena Rinaldi", "... © Paul Renaud /
    Regards"): the credit names someone (a capital), and the line is at most
    ``CAPTION_LINE_WORDS`` words, the last line of its block."""
    text = row.line.text
    if row.words > CAPTION_LINE_WORDS or row.block_pos != row.block_size - 1 or row.end_char in ".!?":
        return False                      # a credit ends in a name, not a full stop
    m = CAPTION_CREDIT.search(text)
    return m is not None and m["who"][:1].isupper()


OVER_DATELINE_LINES = 2      # lines over a wire story's dateline that are no story: a subhead, a writer's title
OVER_DATELINE_WORDS = 20     # each this short


def _from_the_dateline(rows: list[Row], kept: list[int]) -> list[int]:
    """A wire story starts at its dateline: the lines the article would keep above a line that
    opens with one ("NEW ORLEANS (AP) _ ...") are no story when they are at most
    ``OVER_DATELINE_LINES``, each short and ending no sentence: a subhead between the headline
    and the story, the writer's title under a byline ("Associated Press Writer"). They go with
    the header, and the story's first paragraph, its dateline with it, opens the body."""
    for n, i in enumerate(kept[:OVER_DATELINE_LINES + 1]):
        row = rows[i]
        if row.dateline:
            return kept[n:]
        if row.sentence_end or row.words > OVER_DATELINE_WORDS:
            return kept
    return kept


COMMENT_HEADING_LENGTH = 5   # words a heading of the readers' comments holds at most
RECOMMENDED_HEADING_LENGTH = 7   # ... and one of the stories the page recommends
COMMENTS_BELOW_WORDS = 40    # words of the article above such a heading, when none ends a sentence


def _above_the_comments(rows: list[Row], kept: list[int]) -> list[int]:
    """The lines the article would keep above the heading of the page's readers' comments
    ("Comments", "[ 12 comments ]", "Top Rated Comments", "Leave a Reply"): readers' posts
    below it read as prose, but the article has ended; and the heading of a box of stories the
    page recommends ("You may also like"). The heading stands below a kept line that ends a
    sentence, or below ``COMMENTS_BELOW_WORDS`` words of the article, so a subheading that
    opens the article is never one."""
    if len(kept) < 2:
        return kept
    for i in range(kept[0] + 1, kept[-1] + 1):
        if _comments_heading(rows[i]):
            above = [k for k in kept if k < i]
            if any(rows[k].sentence_end for k in above) or sum(rows[k].words for k in above) >= COMMENTS_BELOW_WORDS:
                return above
    return kept


def _above_the_comments_heading(rows: list[Row], kept: list[int], credits: tuple[int, ...]) -> tuple[int, ...]:
    """The credit lines above the heading of the readers' comments under the article ("12
    comments", "Leave a reply"): a name alone over a date under it is a reader's, not the
    writer's."""
    if not credits or not kept:
        return credits
    heading = next((i for i in range(kept[-1] + 1, len(rows)) if _comments_heading(rows[i])), None)
    return credits if heading is None else tuple(r for r in credits if r < heading)


def _comments_heading(row: Row) -> bool:
    """A heading of the readers' comments, or of the box of stories the page recommends
    (``rules.cues.RECOMMENDED_HEADINGS``: "You may also like", "Você pode gostar...")."""
    if row.words <= RECOMMENDED_HEADING_LENGTH and " ".join(
            row.line.text.lower().strip(" •*#.…:").split()) in RECOMMENDED_HEADINGS:
        return True                       # the heading alone: "You may also like: <a headline>" is a teaser
    if is_comment_count(row.line.text.lower().strip(" •*#[]")):
        return True                       # "4 thoughts on “Raised beds for a windy allotment”"
    if row.words > COMMENT_HEADING_LENGTH or row.sentence_end:
        return False
    words = [w.strip("[](){}:|•·-–—#*").lower() for w in row.line.text.split()]
    words = [w for w in words if w and not w.isdigit()]
    return (any(w in COMMENT_WORDS for w in words)
            and all(w in COMMENT_WORDS or w in COMMENT_HEADING_WORDS for w in words))


def _end_matter(rows: list[Row], kept: list[int], bylines: tuple[str, ...] = ()) -> int:
    """How many of the last lines the article would keep are end matter under it: the last
    line when it is an end-matter heading, what follows a wire story, its reporter's name in
    brackets, a press release's contact ("Media enquiries: press@...") or the writer's one-line
    bio; the lines of a short block under the heading that opens it ("Notes to editors" over its
    numbered notes), the story ended above the heading."""
    if (_end_heading(rows[kept[-1]]) or _filing_line(rows[kept[-1]]) or is_counter(rows[kept[-1]].line.text.lower())
            or _wire_tail(rows, kept) or _closing_name(rows, kept)
            or _contact_line(rows, kept) or _issuer_line(rows[kept[-1]])
            or _writer_bio(rows, kept) or _byline_writer_again(rows, kept, bylines)
            or _reader_note(rows, kept, bylines)):
        return 1
    block = rows[kept[-1]].block
    for n in range(2, min(END_BLOCK_LINES, len(kept) - 1) + 1):
        head = rows[kept[-n]]
        if head.block != block or kept[-n] != kept[-1] - n + 1:
            break
        if _end_heading(head):
            above = rows[kept[-n - 1]]
            return n if above.block != block and above.sentence_end else 0
    # the last block whole, short, under a kept line of another block that ends a sentence
    n = rows[kept[-1]].block_pos + 1
    start = kept[-1] - n + 1
    if not (n <= END_BLOCK_LINES and n < len(kept) and kept[-n] == start):
        return 0
    tail = [rows[k] for k in kept[-n:]]
    above = rows[kept[-n - 1]]
    if (n + 1 < len(kept) and _end_heading(above) and above.block_size == 1 and rows[kept[-n - 2]].sentence_end
            and not any(r.sentence_end for r in tail)):
        # an end-matter heading of its own over a short block of what it announces, no sentence
        # of the story ("## Read more" over "* [Museum plans new wing](...)"): heading and all
        return n + 1
    if not above.sentence_end:
        return 0
    if _contact_heading(tail[0].line.text):
        return n                          # "Media contact:" over a name, an address, a number
    # a block that ends no sentence and gives an address ("Letters to the editor" / "Send yours
    # to letters@..."): a contact box
    if not any(r.sentence_end for r in tail) and any(r.email for r in tail):
        return n
    # a block of a few words a line ("Harbour" / "Summer"), under a heading of its own over tags
    # or topics that the article left out ("Topics")
    if (start > 0 and kept[-n - 1] == start - 2 and is_tag_heading(rows[start - 1].line.text)
            and all(r.words <= TAG_WORDS and not r.sentence_end for r in tail)):
        return n
    return 0


TAG_WORDS = 3            # a tag or a topic under its heading is this short


END_BLOCK_LINES = 4      # a block under its end-matter heading this short is end matter, heading and all
BIO_WORDS = 25           # a writer's bio under the story is one sentence this short


def _contact_line(rows: list[Row], kept: list[int]) -> bool:
    """Whether the last line the article would keep is a press release's contact, under a
    sentence that ends the story: a contact heading, a colon and whom to call ("Media
    enquiries: press@...", "Contact presse : ...")."""
    row = rows[kept[-1]]
    return row.words <= FIELD_WORDS and rows[kept[-2]].sentence_end and _contact_heading(row.line.text)


def _contact_heading(text: str) -> bool:
    """Whether ``text`` opens with a press release's contact heading and its colon ("Media
    contact:", "Pressekontakt: ...")."""
    return ":" in text and _names_contact(text.split(":", 1)[0])


def _names_contact(head: str) -> bool:
    """Whether ``head`` is a contact heading ("Media contact", "**Pressekontakt**:")."""
    return head.strip(" *#:").lower() in CONTACT_HEADINGS


ISSUER_WORDS = 8         # a press wire's closing line naming who issued the release is this short


def _issuer_line(row: Row) -> bool:
    """A press wire's closing line that names who issued the release, "SOURCE Harbourside
    Energy" (in capitals, no colon: not a labelled source), as PR Newswire ends a release."""
    return row.words <= ISSUER_WORDS and row.line.text.startswith(ISSUER_MARKS)


def _writer_bio(rows: list[Row], kept: list[int]) -> bool:
    """Whether the last line the article would keep is its writer's bio on a line of its own
    under the story's last sentence: one short sentence that opens with a name, says who the
    writer is (``rules.cues.BIO_VERBS``) and names a newsroom title ("Jane Roe is a reporter
    at the Harbour Post.", "Jean Dupont est journaliste au Courrier du Port.")."""
    row = rows[kept[-1]]
    if not (row.given_name and row.sentence_end and row.words <= BIO_WORDS and rows[kept[-2]].sentence_end
            and rows[kept[-2]].block != row.block):
        return False
    m = _BIO.match(row.line.text.strip())
    return m is not None and "." not in m.group(2).rstrip(".") and any(
        w.strip(",.;") in STAFF_TITLES for w in m.group(2).lower().split())


BIO_PARAGRAPH_WORDS = 40  # a writer's bio with how to reach them is this short


def _closing_paragraph(rows: list[Row], kept: list[int], most_words: int) -> Row | None:
    """The last line the article would keep when it is a paragraph of its own of at most
    ``most_words`` words under a line of another block that ends a sentence (the story's
    last); else None."""
    row, above = rows[kept[-1]], rows[kept[-2]]
    if row.block_size == 1 and row.words <= most_words and above.sentence_end and above.block != row.block:
        return row
    return None


def _byline_writer_again(rows: list[Row], kept: list[int], bylines: tuple[str, ...]) -> bool:
    """Whether the last line the article would keep is a paragraph of its own about the
    writer the byline above the article names, under the story's last sentence: it opens with
    that name and says a sentence or two of who they are or how to reach them ("Jane Roe
    covers the courts. Reach her at ...")."""
    row = _closing_paragraph(rows, kept, BIO_PARAGRAPH_WORDS) if bylines else None
    if row is None or not row.sentence_end:
        return False
    m = _OPENING_NAME.match(row.line.text.strip())
    return m is not None and any(holds_name(b, m.group(1)) for b in bylines)


READER_NOTE_WORDS = 30   # a note to the reader under the story is this short


def _reader_note(rows: list[Row], kept: list[int], bylines: tuple[str, ...]) -> bool:
    """Whether the last line the article would keep is a paragraph of its own under the story's
    last sentence that speaks to the reader: a call for tips or stories, an invitation to
    follow the site (``rules.cues.READER_PROMPTS``: "Have a news tip? Email us at ..."), or an
    e-mail address beside the name of the writer the byline gives ("Contact Jane Roe at
    jroe@...")."""
    row = _closing_paragraph(rows, kept, READER_NOTE_WORDS)
    if row is None:
        return False
    if is_reader_prompt(row.line.text.lower()):
        return True
    if not row.email:
        return False
    words = [w.strip(".,;:()") for w in row.line.text.split()]
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:]) if a[:1].isupper() and b[:1].isupper()]
    return any(holds_name(b, pair) for pair in pairs for b in bylines)   # two capitalised words in a row


# two to four capitalised words opening a line, then a word in lower case: a name, then its verb
_OPENING_NAME = lazy(r"((?:[A-ZÀ-Ý][\w'’.-]+ ){1,3}[A-ZÀ-Ý][\w'’-]+) (?=[a-zß-ÿ])")


_BIO = lazy(r"((?:[A-ZÀ-Ý][\w'’.-]+ ){1,3}[A-ZÀ-Ý][\w'’-]+) (?:" + "|".join(BIO_VERBS) + r") (.+)")


def _filing_line(row: Row) -> bool:
    """A blog post's filing line as the last line the article would keep: "Posted in Garden,
    Vegetables | Tagged beds, clay", "Filed under: Local" (``rules.cues.FILING_PHRASES``),
    ending no sentence, or a theme's sentence that says the same ("This entry was posted in
    Garden and tagged beds. Bookmark the permalink.", ``FILING_SENTENCES``); or the post's link
    to the one before or after it, an arrow at one end ("← Potato trials, week three")."""
    if row.words > FIELD_WORDS:
        return False
    lower = row.line.text.lower()
    if lower.startswith(FILING_SENTENCES):
        return True
    if row.sentence_end:
        return False
    return lower.startswith(FILING_PHRASES + POST_LINK_OPENERS) or lower.endswith(POST_LINK_CLOSERS)


def _end_heading(row: Row) -> bool:
    """A heading of the end matter ("Das könnte Sie auch interessieren", "More on this story"),
    a tag line ("Теги: ...") or a share, read-also or comment prompt ("Del artiklen", "Lue
    myös") as the last line the article would keep, short and ending no sentence: it opens
    what follows the article."""
    return row.end_heading and row.words <= END_HEADING_WORDS and not row.sentence_end


def _announced_list(rows: list[Row], start: int, taken: set[int]) -> list[int]:
    """The list a paragraph ending in a colon announces ("... we propose:" over its bullet
    points): the rows from ``start`` while each is a list item or goes on the item above it in
    its block."""
    out = []
    i = start
    while i < len(rows) and i not in taken and not field_line(rows[i]) and (
            rows[i].line.bullet or out and rows[i].block == rows[i - 1].block):
        out.append(i)
        i += 1
    return out


def _before_none(ranked: tuple[tuple[int | None, float], ...]) -> tuple[tuple[int, float], ...]:
    """The candidates the model ranks above "no line is it"."""
    out = []
    for r, p in ranked:
        if r is None:
            break
        out.append((r, p))
    return tuple(out)


def _signed_off(rows: list[Row], i: int) -> bool:
    """A wire story's sign-off, end mark or editors' slug on a line of its own ("Reuter",
    "-30-", "kl/mb"), not the end of a sentence wrapped onto the line ("... told\nReuters.")."""
    if not rows[i].sign_off:
        return False
    above = rows[i - 1] if i else None
    return (above is None or above.block != rows[i].block or above.sign_off or _email_alone(above)
            or above.sentence_end and rows[i].line.text[:1] not in _SENTENCE_GOES_ON)


_SENTENCE_GOES_ON = frozenset(".,;:!?")    # "... told\nReuters." is a sentence wrapped, not a sign-off


def _email_alone(row: Row) -> bool:
    """A line that is one e-mail address: a wire reporter's at the end of the story."""
    text = row.line.text.strip()
    return row.email and row.words <= 1 and " " not in text and _EMAIL.fullmatch(text) is not None


_EMAIL = lazy(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
CODE_TOKENS = 6          # desk codes a sign-off line holds at most ("kor mal", "RHO ABD")
_DESK_CODES = lazy(r"(?:[A-Z]{2,4}|[a-z]{2,4})(?:[ /](?:[A-Z]{2,4}|[a-z]{2,4})){0,5}/?")


# a writer's initials in brackets of their own, as regional papers close a story: "(ahü)", "(jr/tb)"
_INITIALS = lazy(r"\((?:[a-zß-öø-ÿ]{2,4}|[A-ZÀ-ÖØ-Þ]{2,4})(?:[/, ]{1,2}(?:[a-zß-öø-ÿ]{2,4}|[A-ZÀ-ÖØ-Þ]{2,4})){0,3}\)")


def _wire_tail(rows: list[Row], kept: list[int]) -> bool:
    """Whether the last line the article would keep is what follows a wire story's last
    sentence, on a line of its own: a sign-off, the reporter's e-mail address, the desk's codes
    ("kor mal", "RHO ABD", ANSA's editor's "RED": codes of two to four letters, all in capitals or
    none, no stopword; so a heading in capitals is not one) or a writer's initials in brackets
    ("(ahü)"), a copyright line, with or without its
    mark ("Il Faro di Marina - Tutti i diritti riservati"). The line above it (kept, or
    a line of the tail) ends a sentence: the story has ended."""
    row = rows[kept[-1]]
    above = rows[kept[-2]]
    if not (above.sentence_end or above.sign_off or _email_alone(above) or above.copyright):
        return False
    text = row.line.text.strip()
    return (row.sign_off or _email_alone(row)
            or (row.copyright or row.rights or text.startswith(WIRE_RIGHTS)) and row.words <= FIELD_WORDS
            and not row.sentence_end
            or row.words <= CODE_TOKENS and (_DESK_CODES.fullmatch(text) or _INITIALS.fullmatch(text)) is not None
            and not any(w.lower() in ALL_STOPWORDS for w in text.strip("()").replace("/", " ").split()))


def _closing_name(rows: list[Row], kept: list[int]) -> bool:
    """Whether the last line the article would keep is its reporter's name alone in full-width
    brackets under the last sentence ("（山田太郎）"): the credit, as Japanese papers print it."""
    return rows[kept[-2]].sentence_end and bracketed_reporter(rows[kept[-1]].line.text) is not None


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
