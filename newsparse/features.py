"""The feature table: every line of a document read once into general signals.

``read_table`` measures each non-blank line of a ``Document`` once: its shape (length, words,
share of function words, capitals, closing punctuation, digits, bullets, link and menu
shapes), the cues of ``rules/`` it matches (a byline word, a label, a published or updated
cue, an end-matter heading, a copyright or caption mark), the dates it holds and their share
of the line, whether it reads as a person's name, and how often its text repeats in the page.
Nothing here knows a site: these are the columns the line model weighs (``classify.py``), and
what the field readers read back instead of reading a line again.

``row_view.py`` turns a row, with its neighbours, into the named values the model is fitted on.
"""
from __future__ import annotations

from .date_values import AMBIGUOUS, DateContext, FoundDate, day_first, shown_day_first
from .lang import detect_language
from .lazyre import lazy
from .line_measures import CHROME_BLOCK, echoed_lines, measure
from .lines import Document, Line
from .slotted import field_values, frozen, mutable, replace

# label keys by what they announce
CREDIT_KEYS = frozenset({"byline", "editor", "photographer", "translator"})
DATE_KEYS = frozenset({"published", "updated"})
HEADER_KEYS = frozenset({"title", "subtitle", "section", "source", "dateline", "language"})


@frozen
class Row:
    """What one line is, measured once. Blank lines have no row."""
    line: Line
    block: int                 # index of the block of consecutive non-blank lines
    block_size: int            # lines in that block
    block_pos: int             # position in the block (0: first)
    rank: int                  # position among non-blank lines
    chars: int
    letters: int
    words: int
    stop_share: float          # function words among the words
    caps_share: float          # words that start with a capital
    upper: bool                # all capitals
    digit_share: float
    punct_share: float
    sentence_end: bool
    end_char: str              # the last character
    link: bool                 # a link or file shape
    placeholder: bool          # a picture a text browser shows by its name: "[logo]", "[96ccc2595a]"
    separators: int            # "|", "•", "·", " / " between items
    chrome_share: float        # interface words among the words
    code: bool                 # mostly code or markup characters
    by: bool                   # opens with a byline word or prefix ("By X", "Von X", "记者")
    labels: tuple              # find_labels(text), when the line holds a colon
    label_keys: frozenset
    published_cue: bool
    updated_cue: bool
    end_cue: bool              # "Related", "Most read", "Comments"
    teaser: bool               # such a cue, a colon and another story's headline: "Read more: Ferry fares rise"
    end_heading: bool          # an end cue, or end matter the segmenter alone reads ("Most commented",
                               # "Теги: ...", "Del artiklen"): ``rules.cues.is_end_heading``
    notice: bool               # a cookie or consent notice ("We use cookies to ..."), or in a short
                               # block a newsletter's chrome ("Unsubscribe") or a reading time alone
                               # ("5 min read"): read by the segmenter
    prompt: bool               # a paywall's or a sign-up prompt ("Sign up for our newsletter"): read by
                               # the segmenter only, as a notice (the model's choices were fitted without it)
    copyright: bool
    rights: bool               # "All rights reserved" and its kin
    caption: bool              # a picture credit mark
    reading_time: bool
    ad: bool
    crumb: bool                # a breadcrumb trail
    name_like: bool            # two to four capitalised words: a person's name, a credit
    credit_cue: bool           # reads as a credit: "By X", "Written by X", "Reporting by X", "作者：X"
    credit_later: bool         # a credit's cue further on a short line: "12.03.2024 · von X", "Text: X"
    role_credits: bool         # a wire story's closing credits: "Reporting by X; Editing by Y", or its
                               # note that others contributed ("X in Boston contributed to this report.")
    name_in: bool              # holds two or three capitalised words in a row that are not a sentence's
    given_name: bool           # a short line holding a known given name before a capitalised word
    staff: bool                # ends in a staff title ("Staff Writer")
    email: bool
    sign_off: bool             # a wire agency's sign-off or its editors' slug alone on its line ("Reuter", "kl/mb")
    dateline: int              # characters of a wire dateline opening the line ("BEIJING, May 17 (Xinhua) --"), or 0
    dates: tuple[FoundDate, ...]
    date_share: float          # share of the line's characters that are dates
    date_value: bool           # a date with a value (not only a time)
    repeats: int
    listed: bool
    echo: bool                 # another line is a cut-off copy of this one ("Headline of the…")


@mutable
class Table:
    doc: Document
    rows: list[Row]            # the non-blank lines, in order
    by_line: dict[int, Row]    # line index -> row
    context: DateContext       # what the lines' dates were read with

    def row(self, index: int) -> Row | None:
        return self.by_line.get(index)


def read_table(doc: Document, ctx: DateContext | None = None, dayfirst: bool | None = None,
               above: int | None = None) -> Table:
    """Measure every non-blank line of ``doc`` once. Dates are read in the language of the
    page's prose (``prose_language``), in the numeric order ``dayfirst`` forces or, when the
    language does not tell it, the page's own dates show (``_in_shown_order``), unless ``ctx``
    says how.

    ``above`` is the offset where a body the layout marks begins (an archive export's record):
    then only the lines that end before it have rows. Nothing reads the body's lines but the
    body reader, so they are not measured; those that may hold a numeric date are read for
    the order of day and month alone (``_may_show_order``), as on a page."""
    lines = doc.lines
    if ctx is None:
        ctx = DateContext(language=prose_language(lines), dayfirst=dayfirst)
    unspaced = doc.unspaced
    rows: list[Row] = []
    block = -1
    prev_blank = True
    nonblank = [l for l in lines if l.text]
    # block sizes first: a block is a run of consecutive non-blank lines
    sizes: list[int] = []
    starts: list[int] = []
    breaks = _breaks(nonblank)
    for line in lines:
        if line.text:
            if prev_blank or line.index in breaks:
                sizes.append(0)
                starts.append(line.index)
            sizes[-1] += 1
            prev_blank = False
        else:
            prev_blank = True
    echoes = echoed_lines(nonblank)
    dated: list[Row] = []                 # rows of the marked body's lines, for the order of dates
    for rank, line in enumerate(nonblank):
        if line.index == 0 or not lines[line.index - 1].text or line.index in breaks:
            block += 1
        inside = above is not None and line.end > above
        if not inside or _may_show_order(line):
            (dated if inside else rows).append(_row(line, block, sizes[block], line.index - starts[block], rank,
                                                    unspaced, ctx, line.index in echoes))
    if day_first(ctx, "/") is None:
        measured = rows + dated
        ctx = _in_shown_order(measured, unspaced, ctx)
        rows = measured[:len(rows)]
    return Table(doc, rows, {r.line.index: r for r in rows}, ctx)


_DIGIT_THEN_SEPARATOR = lazy(r"[0-9][./-]")         # read only for records whose body is marked


def _may_show_order(line: Line) -> bool:
    """Whether the line may hold a numeric date ("9/11/13") that leaves the order of day and
    month open, or shows it: every such date holds a digit and a separator after it (in an
    ASCII line as printed; other scripts' digits and dashes are folded first, so any digit
    there)."""
    return line.digits and (not line.text.isascii() or _DIGIT_THEN_SEPARATOR.search(line.text) is not None)


def _in_shown_order(rows: list[Row], unspaced: bool, ctx: DateContext) -> DateContext:
    """When nothing told the order of day and month and a line holds a numeric date it leaves
    open ("9/11/13"), the order the page's other dates show (``shown_day_first``) decides: those
    lines are read again in it (in place), and the context returned says it."""
    doubtful = [i for i, r in enumerate(rows) if r.dates and any(d.warning and d.warning.startswith(AMBIGUOUS)
                                                                 for d in r.dates)]
    if not doubtful:
        return ctx
    order = shown_day_first("\n".join(r.line.text for r in rows if r.dates))
    if order is None:
        return ctx
    ctx = replace(ctx, shown_order=order)
    for i in doubtful:
        r = rows[i]
        rows[i] = _row(r.line, r.block, r.block_size, r.block_pos, r.rank, unspaced, ctx, r.echo)
    return ctx


LONE_LINES = 12          # so many lines at least, with no blank line between, for paragraphs to be blocks
WRAP_NEAR = 12           # characters short of its widest line that a hard-wrapped text's lines reach
WRAP_SHARE = 0.5         # share of the longer lines that reach it
WRAP_MAX = 200           # a line wider than this is a paragraph: the text is not hard-wrapped


def _breaks(nonblank: list[Line]) -> set[int]:
    """In a text with no blank line between its lines (at least ``LONE_LINES`` of them: a page
    copied by a tool that drops empty lines), the lines that open a paragraph, so that each
    paragraph is a block as on a page with blank lines: every line when the lines are the
    paragraphs (not hard-wrapped), else each line after one that stops short of the wrap width
    by more than the next line's first word (the line was broken there on purpose)."""
    if len(nonblank) < LONE_LINES or nonblank[-1].index - nonblank[0].index + 1 != len(nonblank):
        return set()
    width = _wrap_width(nonblank)
    if width is None:
        return {l.index for l in nonblank[1:]}
    return {line.index for prev, line in zip(nonblank, nonblank[1:]) if not filled(prev, line, width)}


def filled(line: Line, nxt: Line, width: int) -> bool:
    """Whether ``line`` was filled up to the text's wrap ``width``: the first word of the next
    line would not have fitted after it."""
    return line.indent + len(line.text) + 1 + len(nxt.text.split(None, 1)[0]) > width


def wrap_width(table: Table) -> int | None:
    """The width the text is hard-wrapped at (a page saved as text by a browser or a text
    renderer, mail, wire copy), or None when its paragraphs are lines. The width is that of the
    widest line of prose (not a list item, not an unbroken run) when most of the longer lines
    (half that width or more) come within ``WRAP_NEAR`` characters of it, as lines filled up to
    a fixed width do; a list item or a link printed whole beyond it is left out."""
    return _wrap_width([r.line for r in table.rows])


def _unbroken(text: str) -> bool:
    """A run a renderer cannot break: a web address, a rule of dashes (not a line of Chinese)."""
    return " " not in text and (text.isascii() or not any(c.isalpha() for c in text))


def _numbered_run(text: str) -> bool:
    """A number and an unbroken run, as a text browser lists the page's links ("12. https://...")."""
    number, _, rest = text.partition(" ")
    return number[:-1].isdigit() and number[-1:] in ".)" and _unbroken(rest.strip())


def _wrap_width(lines: list[Line]) -> int | None:
    # some renderers fill the prose to a width but print a list item or an unbroken run (a web
    # address, a rule of dashes) whole, wider
    widths = [l.indent + len(l.text) for l in lines]
    top = max((w for w, l in zip(widths, lines) if not l.bullet and not _unbroken(l.text)), default=0)
    if not 0 < top <= WRAP_MAX:
        return None
    # nor is a numbered web address, a text browser's list of references ("12. https://..."),
    # a line that stops short of the width
    widths = [w for w, l in zip(widths, lines) if w <= top and not _numbered_run(l.text)]
    longer = [w for w in widths if w * 2 >= top]
    near = sum(1 for w in longer if w >= top - WRAP_NEAR)
    return top if near >= 3 and near >= WRAP_SHARE * len(longer) else None


PROSE_SAMPLE = 1500      # characters of a page's longer lines read for its language


def prose_language(lines: list[Line]) -> str | None:
    """The language of the page's longer lines (menus and buttons say little)."""
    parts, size = [], 0
    for line in lines:
        if line.words >= 8:
            parts.append(line.text)
            size += len(line.text)
            if size >= PROSE_SAMPLE:
                break
    return detect_language("\n".join(parts)) if parts else None


MEASURED_CACHE = 4096    # lines whose measures are kept for their next copy (a site's menus, footers)
_measured: dict[tuple, tuple] = {}


def _row(line: Line, block: int, size: int, pos: int, rank: int, unspaced: bool, ctx: DateContext,
         echo: bool) -> Row:
    """The line's row: its place, and the measures of its text (``measure``), which another copy
    of the line (the same text, words and script, read in the same date context) shares: pages
    of one site repeat their menus and footers, so those are measured once per process. The
    cache holds at most ``MEASURED_CACHE`` lines: memory stays flat on any stream. (The key
    holds the context's values, not the context, which would hash and compare in Python.)"""
    short = size <= CHROME_BLOCK
    key = (line.raw, line.words, line.stops, line.sentence_end, line.digits, unspaced, short, field_values(ctx))
    values = _measured.get(key)
    if values is None:
        values = measure(line, unspaced, short, ctx)
        if len(_measured) >= MEASURED_CACHE:
            _measured.clear()             # start afresh: one call, safe beside other threads
        _measured[key] = values
    return Row(line, block, size, pos, rank, *values, line.repeats, line.listed, echo)
