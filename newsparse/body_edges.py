"""Where the article's text starts and ends inside the run the line model found, and what in it
is no text of the article: the conventions of real layouts around a story's first and last
paragraphs.

At the top: the standfirst between the headline and the byline, a header's block of short
lines, a lead paragraph the model doubted under the byline, the lines over a wire story's
dateline. Inside: a hard-wrapped paragraph runs on across the run's edge; subheadings and
the lists a paragraph announces stay; a teaser for another story, a teaser box's headlines, a
picture's caption and credit, an embedded medium's label and a box heading whose box was left
out go. The segmenter asks these of the lines it would keep; none weighs a line: the model did.
"""
from __future__ import annotations

from .features import Row, filled
from .line_measures import END_HEADING_WORDS
from .row_kinds import PARAGRAPH_WORDS, field_line
from .row_view import prose_like
from .rules.cues import CAPTION_CREDIT, is_media_label


def without_box_headings(rows: list[Row], kept: list[int]) -> list[int]:
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


def wrapped_to(rows: list[Row], start: int, step: int, limit: int, taken: set[int], width: int) -> int:
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


def teaser_goes_on(rows: list[Row], i: int, width: int) -> bool:
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


def in_teaser_box(rows: list[Row], i: int) -> bool:
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


def with_subheadings(rows: list[Row], kept: list[int], taken: set[int]) -> list[int]:
    """``kept`` with the subheadings inside the article: a short line of its own between two
    kept paragraphs ("Why did the repairs take so long?", "A winter of repairs"), as
    ``subheading`` tells it: the line model gives such lines little of its body chance."""
    at = set(kept)
    subheads = [i for k, nxt in zip(kept, kept[1:]) if nxt == k + 2 and (i := k + 1) not in taken
                and subheading(rows[i])]
    return sorted(at.union(subheads)) if subheads else kept


SUBHEAD_WORDS = 12       # a subheading inside the article is this short


def subheading(row: Row) -> bool:
    """A line that may head a part of the article: alone in its block, two to
    ``SUBHEAD_WORDS`` words, no full stop or colon at its end, words of prose (or a question),
    and no mark of page furniture."""
    if not (row.block_size == 1 and 2 <= row.words <= SUBHEAD_WORDS and row.end_char not in ".:;,…"
            and row.chrome_share == 0 and (row.stop_share > 0 or row.end_char == "?")):
        return False
    furniture = (row.link or row.placeholder or row.labels or row.end_cue or row.teaser or row.end_heading
                 or row.notice or row.prompt or row.caption or row.ad or row.credit_cue or row.dates or row.email
                 or row.copyright or row.crumb or row.line.bullet or row.name_like or row.separators)
    return not furniture and not doubled(row.line.text) and not credited_caption(row) and not media_label(row)


def with_announced_lists(rows: list[Row], kept: list[int], taken: set[int]) -> list[int]:
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


def announcing(rows: list[Row], kept: list[int], taken: set[int]) -> list[int]:
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


def below_the_byline(rows: list[Row], kept: list[int], title: tuple[int, int], credits: tuple[int, ...],
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


def lead_below_the_byline(rows: list[Row], kept: list[int], title: tuple[int, int], credits: tuple[int, ...],
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


def below_the_header(rows: list[Row], kept: list[int], title: tuple[int, int] | None, credits: tuple[int, ...],
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


def standfirst_lines(rows: list[Row], kept: list[int], title: tuple[int, int], credits: tuple[int, ...],
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


def media_label(row: Row) -> bool:
    """An embedded video's or picture's label on a line of its own ("[Video: Ferry returns]",
    "Watch: The first crossing (1:42)", ``rules.cues.is_media_label``): no article text, nor a
    subheading between two paragraphs."""
    return (row.block_size == 1 and row.words <= MEDIA_LABEL_WORDS and not row.sentence_end
            and is_media_label(row.line.text))


CAPTION_LINE_WORDS = 40  # a picture's caption with its credit is this short


CREDIT_LINE_WORDS = 8    # a picture's credit on a line of its own ("Lea Marsh/Getty Images") is this short


CAPTION_BLOCK_LINES = 3  # a caption and its credit, a block of their own, hold at most so many lines


DOUBLED_CHARS = 16       # a line printed twice over on itself is this long at least


def picture_credit(row: Row) -> bool:
    """Whether a row is a picture's credit on a line of its own that closes a short block, the
    caption's words above it ("Lea Marsh/Getty Images", "Photo: Harbour Council"): a credit
    mark, at most ``CREDIT_LINE_WORDS`` words, no sentence, the last of at most
    ``CAPTION_BLOCK_LINES`` lines. The block is the picture's caption, no article text."""
    return (row.caption and row.words <= CREDIT_LINE_WORDS and not row.sentence_end
            and row.block_pos == row.block_size - 1 and row.block_size <= CAPTION_BLOCK_LINES)


def doubled(text: str) -> bool:
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


def credited_caption(row: Row) -> bool:
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


def from_the_dateline(rows: list[Row], kept: list[int]) -> list[int]:
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
