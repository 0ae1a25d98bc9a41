"""The headline's lines: the line model's first choice of title that can be a headline, and
the conventions of a page around it. A site's name or tagline at the top gives way to the
headline under it, a kicker over the headline and a page title printed again with the site's
name give way to the headline as printed, a standfirst chosen over its headline gives way to
it; the headline goes on onto the lines it is wrapped onto. Page furniture the model may rank
first (credits, captions, menus, prompts, a player's label) is never the headline.

Nothing here weighs a line: the model did (``classify.Reading.titles``)."""
from __future__ import annotations

from .classify import Reading
from .features import Row, Table, filled, wrap_width
from .line_measures import menu_items
from .lazyre import lazy
from .markdown import pictures_only
from .name_shapes import has_given_name
from .neighbourhood import headline_shaped
from .row_kinds import PARAGRAPH_WORDS, chrome_edge, field_line, holds_name, name_alone, reading_time_alone
from .rules.cues import CAPTION_WORDS, CREDIT_JOINERS, NOW_PLAYING, SPONSOR_LABELS, WEB_ADDRESS, WIRE_SLUG_LINE
from .rules.people import MENU_WORDS, section_words
from .rules.stopwords import ALL_STOPWORDS
from .slotted import replace

BYLINE_WORDS = 12        # a byline that opens with its cue ("By Jane Roe and John Doe, Staff Writers") is this short
SPONSOR_WORDS = 8        # a sponsor's label ("Paid for by Harbour Energy") is this short
TITLE_WRAP_SHARE = 0.15  # the line under a chosen breadcrumb trail with this much title chance is the headline


def headline_rows(table: Table, reading: Reading) -> tuple[int, int] | None:
    """The headline's first and last rank: the model's choice, the line of its block it goes
    on from when the choice is a wrapped headline's second line, and the next line of its block
    when the headline wraps onto it (it was filled to the wrap width, or the next line opens in
    lower case); a breadcrumb trail the model chose goes on onto the headline below it, and is
    left out of it. A line that opens with a capital under an unwrapped headline is a line of
    its own (a standfirst, a credit), however headline-like."""
    if not reading.titles:
        return None
    rows = table.rows
    # the model's first choice that can be a headline: closing credits ("(Reporting by X;
    # Editing by Y)"), a reporter's address, an AP slug line ("BC-OK-Ice Storm,0412") and a
    # picture's caption with its credit ("The dam at dawn. Photo: Lea Marsh/Getty") never are
    top = next((r for r, _ in reading.titles if r is None or not never_headline(rows[r])), None)
    if top is None:
        return None                       # the model finds no headline: the text opens with its prose
    top = _below_the_masthead(table, reading, top)
    top = _under_the_kicker(rows, top)
    top = _over_the_standfirst(rows, reading, top)
    chance = dict(reading.titles)
    width: int | None = -1                # the text's wrap width, measured when first needed

    def wrapped(cur: Row, nxt: Row) -> bool:
        """Whether the text was wrapped from ``cur`` onto ``nxt``: ``cur`` filled the wrap width."""
        nonlocal width
        if width == -1:
            width = wrap_width(table)
        return width is not None and filled(cur.line, nxt.line, width)

    top = _printed_again(rows, top)       # "Title: X | Site" or "X - Site" over the page, then X as printed
    first = top
    while first > 0 and top - first < 2 and _may_go_on(rows[first - 1], rows[first]) \
            and (_broken_off(rows[first - 1]) or wrapped(rows[first - 1], rows[first])):
        first -= 1
    end, top = top, first
    while end + 1 < len(rows) and end - top < 2 and _may_go_on(rows[end], rows[end + 1]):
        nxt = rows[end + 1]
        if not (nxt.line.text[:1].islower() or _broken_off(rows[end]) or rows[end].crumb
                and chance.get(end + 1, 0.0) >= TITLE_WRAP_SHARE and headline_shaped(nxt)) and not wrapped(rows[end], nxt):
            break
        end += 1
    if end > top and rows[top].crumb:
        top += 1                          # a breadcrumb trail over the headline is no part of it
    if end > top and rows[end].end_char == "." and sum(rows[k].words for k in range(top, end + 1)) > LEAD_WORDS:
        # a hard-wrapped lead's first sentence, not a headline: the model's next choice outside
        # its paragraph, if any
        block = rows[top].block
        rest = tuple((r, p) for r, p in reading.titles if r is None or rows[r].block != block)
        return headline_rows(table, replace(reading, titles=rest)) if rest != reading.titles else None
    return top, end


LEAD_WORDS = 20          # a headline wrapped onto lines that ends with a full stop is at most this long
MASTHEAD_WORDS = 5       # a site's name or tagline at the top of a page is this short
MASTHEAD_ROWS = 2        # ... and stands on one of its first lines
OTHER_HEADLINE = 0.1     # a candidate below it with this much of the model's choice is the headline


def _below_the_masthead(table: Table, reading: Reading, top: int) -> int:
    """The headline under the site's name or tagline the model chose at the top of a page
    ("Harbour Post", "Notes from the Allotment"): when the choice is one of the page's first
    ``MASTHEAD_ROWS`` lines but for the interface's words ("Menu", "Search"), of at most
    ``MASTHEAD_WORDS`` words and no sentence, and the model
    gives ``OTHER_HEADLINE`` of its choice (of the share left to lines that can be headlines:
    a menu it chose is none; any share when the choice stands right over the site's menu on one
    line, "Harbour Post" over "Home | Sport | Culture") to a line further down (not the next one: a short
    headline stands right over its standfirst, a site's name over its menu), down to the
    article's first paragraph, that can be a headline, ends no sentence and is no interface
    word, breadcrumb trail or wire dateline, that line is the headline. A short headline over
    the article alone stays: nothing else is a candidate. Below a site's name the page prints
    again or sets over a breadcrumb trail or a sign-up prompt (``_site_name``), any share too,
    and the headline is headline-shaped, above the article's first paragraph (or its first line
    filled to the wrap width), and no line of a paragraph filled to the wrap width."""
    rows = table.rows
    row = rows[top]
    if row.words > MASTHEAD_WORDS or row.sentence_end or row.labels:
        return top
    if sum(1 for r in rows[:top] if r.chrome_share < 0.5) >= MASTHEAD_ROWS:
        return top                        # below other lines than the interface's ("Menu", "Search")
    prose = next((r.rank for r in rows[top + 1:] if reading.body[r.rank] >= 0.5 and r.words >= PARAGRAPH_WORDS
                  and r.sentence_end), len(rows))     # the article's first paragraph
    # a line right over the site's menu is the site's name, whatever the share below it; else
    # the share needed is of the share left to lines that can be headlines (a menu the model
    # chose is none)
    menu = top + 1 < len(rows) and bool(menu_items(rows[top + 1].line.text))
    site = not menu and _site_name(rows, top)
    if menu or site:
        least = 0.0
    else:
        least = OTHER_HEADLINE * (1.0 - sum(p for k, p in reading.titles if k is not None and never_headline(rows[k])))
    width = wrap_width(table) if site else None
    if width is not None:                         # ... or its first line filled to the wrap width
        prose = next((r.rank for r in rows[top + 1:prose] if reading.body[r.rank] >= 0.5 and r.words >= PARAGRAPH_WORDS
                      and _runs_on(rows, r.rank, width)), prose)
    for k, p in reading.titles:
        if k is None or p < least:
            break
        if (top + 1 < k < prose and rows[k].chrome_share < 0.5 and not rows[k].crumb and not rows[k].sentence_end
                and not rows[k].dateline and not never_headline(rows[k])
                and (not site or headline_shaped(rows[k]) and not _runs_on(rows, k, width))):
            return k
    return top


def _site_name(rows: list[Row], top: int) -> bool:
    """Whether the short line ``top`` at the head of a page is the site's or the organisation's
    name: it stands right over the site's interface (its menu on one line, a breadcrumb trail or
    a sign-up prompt, under a line of its own at most: "Harbour Post" over "Home | Sport |
    Culture", "Harbour Council" over "Press office" over "Home > News"), or the page prints it
    again inside a later line as a name ("... said the Harbour Council", "© Harbour Post"): of
    ``SITE_NAME_WORDS`` words or more, every word of ``SITE_NAME_LETTERS`` letters but function
    words capitalised, and the same case there but for its first letter."""
    for r in rows[top + 1:top + 3]:
        if menu_items(r.line.text) or r.crumb or r.prompt:
            return True
    text = " ".join(rows[top].line.text.split())
    words = text.split()
    if (len(words) < SITE_NAME_WORDS or rows[top].labels
            or any(w[:1].islower() and len(w) >= SITE_NAME_LETTERS and w.lower() not in ALL_STOPWORDS for w in words)):
        return False
    return any(holds_name(r.line.text, text) for r in rows[top + 1:] if len(r.line.text) > len(text))


SITE_NAME_WORDS = 2      # a site's name the page prints again holds this many words or more
SITE_NAME_LETTERS = 4    # ... and every word this long is capitalised but function words


KICKER_WORDS = 3         # a section's label over the headline is this short ("Arts & Culture")
KICKER_HEADLINE_WORDS = 4   # ... and the headline under it this long


def _under_the_kicker(rows: list[Row], top: int) -> int:
    """The headline under the section's label the model chose ("Opinion", "Arts & Culture"
    over "A painter who listens to rivers"): the choice is at most ``KICKER_WORDS`` words, each
    a section's word (``rules.people.MENU_WORDS``) or an item of the page's menu on one line,
    and the next line (blank lines aside) is headline-shaped, of ``KICKER_HEADLINE_WORDS`` words
    or more, and no credit, date, label, breadcrumb or interface line: that line is the headline."""
    row = rows[top]
    words = section_words(row.line.text)
    if not words or len(words) > KICKER_WORDS or row.sentence_end or row.labels or top + 1 >= len(rows):
        return top
    label = " ".join(row.line.text.split()).casefold()
    listed = any(label in (i.casefold() for i in menu_items(r.line.text)) for r in rows if r is not row)
    if not listed and not all(w in MENU_WORDS for w in words):
        return top
    nxt = rows[top + 1]
    if (nxt.block - row.block <= 1 and headline_shaped(nxt) and nxt.words >= KICKER_HEADLINE_WORDS and not nxt.credit_cue
            and not nxt.dates and not nxt.labels and not nxt.crumb and nxt.chrome_share < 0.5
            and not nxt.dateline and not never_headline(nxt)):
        return top + 1
    return top


def _runs_on(rows: list[Row], k: int, width: int | None) -> bool:
    """Whether row ``k`` is a paragraph's line filled to the wrap ``width`` and run on into the next."""
    return (width is not None and k + 1 < len(rows) and rows[k + 1].block == rows[k].block
            and filled(rows[k].line, rows[k + 1].line, width))


STANDFIRST_HEADLINE_WORDS = 5   # a headline over its standfirst holds at least this many words


def _over_the_standfirst(rows: list[Row], reading: Reading, top: int) -> int:
    """The headline right over the standfirst the model chose, on a page printed without blank
    lines: the choice stands right over the page's credit line, and the line right above it in
    its block is headline-shaped too, of ``STANDFIRST_HEADLINE_WORDS`` words or more, and no
    menu, breadcrumb, teaser, label or caption: a page prints its headline, then its standfirst,
    then the byline, so the upper one is the headline."""
    if top == 0 or top + 1 >= len(rows) or not reading.credits:
        return top
    credit = reading.credits[0][0]
    above, row = rows[top - 1], rows[top]
    if (credit == top + 1 and above.block == row.block and headline_shaped(above)
            and above.words >= STANDFIRST_HEADLINE_WORDS and not above.separators and not above.crumb
            and not above.teaser and not above.labels and not above.caption and not above.end_cue
            and not never_headline(above)):
        return top - 1
    return top


TITLE_AGAIN_REACH = 12   # lines under the page's title where the page prints the headline itself


def _printed_again(rows: list[Row], top: int) -> int:
    """The line under the model's headline that prints it as the page has it, when the choice
    is the page's title with the site's name the page adds ("Ferry fares rise | Harbour Post",
    "Harbour Post - Ferry fares rise - Harbour Post", as a browser's "Save as text" puts it
    first) or a labelled title ("Title: X | Site", a reader tool's header): the page's own
    headline, not its title; else the choice."""
    row = rows[top]
    if row.labels and row.labels[0][0] == "title":
        _, _, _, vs, ve = row.labels[0]
        value, exact = row.line.text[vs:ve], True
    elif any(sep in row.line.text for sep in _SITE_TAIL):
        value, exact = row.line.text, False
    else:
        return top
    for k in range(top + 1, min(len(rows), top + TITLE_AGAIN_REACH)):
        text = rows[k].line.text
        if headline_of(text, value) and (exact or len(text) < len(value)):
            return k
    return top


_SITE_TAIL = (" | ", " - ", " – ", " — ", " :: ", " · ")   # between a headline and its site's name


def headline_of(printed: str, titled: str) -> bool:
    """Whether ``printed`` is the headline a page's title names: the same words (a Markdown
    heading's marks aside), or those with a site's name before or after them, set off by a
    separator ("Ferry fares rise | Harbour Post", "Harbour Post - Ferry fares rise"); the
    headline is longer than what the title adds on either side ("Brexit" is not the headline
    of "Brexit - what happens next")."""
    printed, titled = " ".join(printed.lstrip("# ").split()).casefold(), " ".join(titled.split()).casefold()
    at = titled.find(printed) if len(printed) >= 2 else -1
    if at < 0:
        return False
    head, tail = titled[:at], titled[at + len(printed):]
    words = len(printed.split())
    most = min(SITE_TAIL_WORDS, words) + 1          # the site's words and the separator
    return ((not head or head.endswith(_SITE_TAIL) and len(head.split()) <= most)
            and (not tail or tail.startswith(_SITE_TAIL) and len(tail.split()) <= most))


SITE_TAIL_WORDS = 5      # a site's name beside the headline is this short


_EMAIL_ADDRESS = lazy(r"[\w.+-]@[\w-]+\.[\w.-]")    # "jane.roe@example.com"


def _broken_off(row: Row) -> bool:
    """A headline's line that stops where no headline ends, on a comma or a dash ("Bus fares
    capped for another year," over "mayor announces"): a line break inside the headline, as a
    browser's copy keeps it. Not a breadcrumb trail, a menu or a list item."""
    text = row.line.text
    if row.end_char != "," and not (row.end_char in "–—-" and text[-2:-1] == " "):
        return False                      # a dash set off by a space, not a word's hyphen ("well-")
    return not row.crumb and not row.line.bullet and row.separators == 0


def never_headline(row: Row) -> bool:
    text = row.line.text
    return (row.role_credits or row.email and _EMAIL_ADDRESS.search(text) is not None
            or text[2:3] == "-" and WIRE_SLUG_LINE.match(text) is not None
            or row.caption and not _gallery(text)
            or "](" in text and pictures_only(text) or reading_time_alone(row)
            or (text[-1:] == ")" or " - " in text or "–" in text or "—" in text) and _credit_at_end(text)
            or row.words <= SPONSOR_WORDS and text.casefold().startswith(SPONSOR_LABELS)
            or bool(menu_items(text))        # a site's menu on one line: "Home | World | Sport"
            or row.crumb                     # a breadcrumb trail: "Home | Local | Harbour"
            or chrome_edge(row)             # interface words: "Share on Facebook  Share on X"
            or row.prompt                    # a sign-up or paywall prompt: "Subscribe for $1"
            or row.notice or row.teaser or row.end_heading   # a cookie notice, "Read more: ...", "Related"
            or text.lstrip(" *_#>-–—•").casefold().startswith(NOW_PLAYING)   # a player's label
            or row.words == 1 and WEB_ADDRESS.match(text) is not None   # "harbourpost.example"
            or name_alone(row)              # "Jane Roe": a byline, not a headline
            or _dated_credit(row)            # "Published on May 3, 2024 by Jane Roe"
            or row.credit_cue and row.words <= BYLINE_WORDS and not row.sentence_end
            and (row.given_name or row.name_in))   # "By Jane Roe and John Doe", "Von Jana Roe"


# a date and its writer on one line, the writer's name last after a word that credits her:
# "Published on May 3, 2024 by Jane Roe", "Veröffentlicht am 3. Mai 2024 von Jana Roth"
_WRITER_LAST = lazy(r"\s(?i:" + "|".join(CREDIT_JOINERS + ("por",)) + r")\s+(?P<who>[^\W\d_][\w.'’-]*"
                    r"(?:\s[^\W\d_][\w.'’-]*){1,3})\s*$")


def _dated_credit(row: Row) -> bool:
    """Whether a line holds a date and ends with its writer's name: "Posted May 3, 2024 by Jane
    Roe" (a known given name in it); a headline never does."""
    if row.date_share <= 0 or not row.given_name:
        return False
    m = _WRITER_LAST.search(row.line.text)
    return m is not None and has_given_name(m["who"])


# a picture's credit without a colon closing a caption: "... durante l'inaugurazione (foto Rinaldi)",
# "... am Hafen - Foto Becker"; a bare "(FOTO)" or "(VIDEO)" marks a gallery's headline
_CREDIT_AT_END = lazy(r"(?i)(?:\((?:" + "|".join(sorted(CAPTION_WORDS)) + r")\.?\s+(?P<in>[^()\s][^()]{0,40})\)"
                      r"|\s[-–—]\s*(?:foto|photo|bild)\s+(?P<after>[^\s\d\-–—][^\-–—]{0,40}))\s*$")


def _credit_at_end(text: str) -> bool:
    """Whether a line closes with a picture's credit that names someone (a capital): "(foto
    Rinaldi)", "- Foto Becker"; not "(photo essay)"."""
    m = _CREDIT_AT_END.search(text)
    return m is not None and (m["in"] or m["after"])[:1].isupper()


def _gallery(text: str) -> bool:
    """Whether a line with a caption's mark opens with its caption word, as a gallery's
    headline does ("Photos: Ice storm leaves towns dark"); a caption's credit stands after
    its words ("Linemen at work. Photo: Ed Park") or is a copyright mark."""
    first = text.split(None, 1)[0].casefold().rstrip(":/") if text.strip() else ""
    return first in CAPTION_WORDS and "©" not in text


def _may_go_on(cur: Row, nxt: Row) -> bool:
    """Whether a headline's line ``cur`` may go on onto ``nxt``: the same block, ``cur`` ends no
    sentence (a question or an exclamation may go on), ``nxt`` is no list item, no labelled
    field ("Source: X Updated: 2024-05-17"), no credit ("di Marco Rossi", "par Jeanne
    Roe": a byline's word is lower-case as a wrapped line's is) and no web address alone
    ("harbourpost.example", as a saved reading list prints the page's site under its title) and
    no wire dateline ("OLDTOWN, May 3 (Reuters) - ...": the story opens there, in a story pasted
    without its blank lines)."""
    return (nxt.block == cur.block and not (cur.sentence_end and cur.end_char not in "?!") and not nxt.line.bullet
            and not field_line(nxt) and not nxt.credit_cue and not (nxt.words == 1 and WEB_ADDRESS.match(nxt.line.text))
            and not nxt.dateline)
