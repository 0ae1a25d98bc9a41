"""The credit lines around the line model's choice: the conventions by which pages set a byline.

The model chooses a credit line; a page may stack more under it ("By Jane Roe" over "By Tom
Becker" over "Edited by Ana Ruiz"), print a cued credit right under the headline, announce the
names on a line of its own ("By" over "Jane Roe"), set the writer's name over a reading time,
or close the article with role credits ("Edited by Ana Ruiz"). A press release's contact is no
writer, and neither is a name under the heading of the readers' comments. The segmenter asks
these; the field reader (``extract.credits``) reads the names on the lines they give.
"""
from __future__ import annotations

from .end_matter import comments_heading, names_contact
from .features import Row
from .lazyre import lazy
from .name_shapes import bare_name, has_given_name, is_byline_label
from .row_kinds import FIELD_WORDS, name_alone, reading_time_alone
from .rules.people import ROLE_PHRASES
from .rules.stopwords import ALL_STOPWORDS


STACKED_LINES = 4        # credit lines a page stacks under each other at most (one per writer, an editor)


def stacked(rows: list[Row], chosen: tuple[int, ...], title: tuple[int, int] | None) -> tuple[int, ...]:
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


def cued_under(rows: list[Row], title: tuple[int, int], credits: tuple[int, ...]) -> tuple[int, ...]:
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


def closing_roles(rows: list[Row], kept: list[int]) -> tuple[int, ...]:
    """The role credits (``role_line``) among the article's last ``CLOSING_ROLE_LINES`` lines
    and the lines right under it."""
    last = kept[-1]
    near = kept[-CLOSING_ROLE_LINES:] + list(range(last + 1, min(len(rows), last + 1 + CLOSING_ROLE_LINES)))
    return tuple(r for r in near if role_line(rows[r]))


def named_over_reading_time(rows: list[Row], first: int) -> tuple[int, ...]:
    """A line that is only a person's name right over a reading time, above the article ("Jane
    Roe" / "5 min read"), as a blog's header card prints its writer: a credit line, whether the
    model chose it or not. (Not over a date line: a gallery's captions stand over a page's
    date line too.)"""
    for r in range(first - 1):
        row, nxt = rows[r], rows[r + 1]
        if name_alone(row) and nxt.line.index - row.line.index <= 2 and reading_time_alone(nxt):
            return (r,)
    return ()


def announcing_names(rows: list[Row], first: int) -> tuple[int, ...]:
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


def _names_no_one(row: Row) -> bool:
    """A chosen credit line that names no one: a date stamp ("11:02 AM EDT · June 11, 2024")."""
    return row.date_value and not (row.credit_cue or row.credit_later or row.given_name or row.name_like or row.labels)


def press_contact(rows: list[Row], i: int) -> bool:
    """Whether row ``i`` names whom to call about a press release: it stands under a contact
    heading ("Media Contact:" over "Jane Roe"), or opens with one ("Press contact: Jane Roe")."""
    heads = [rows[i].line.text.split(":", 1)[0]] + ([rows[i - 1].line.text] if i > 0 else [])
    return any(map(names_contact, heads))


def above_the_comments_heading(rows: list[Row], kept: list[int], credits: tuple[int, ...]) -> tuple[int, ...]:
    """The credit lines above the heading of the readers' comments under the article ("12
    comments", "Leave a reply"): a name alone over a date under it is a reader's, not the
    writer's."""
    if not credits or not kept:
        return credits
    heading = next((i for i in range(kept[-1] + 1, len(rows)) if comments_heading(rows[i])), None)
    return credits if heading is None else tuple(r for r in credits if r < heading)
