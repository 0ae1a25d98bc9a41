"""What stands under the article's last paragraph and is no part of it: the segmenter asks these
of the last lines it would keep, and cuts them.

An end-matter heading and the short block it opens ("Related stories", "Notes to editors"), a
wire story's tail (a sign-off, the desk's codes, the reporter's e-mail address, a copyright
line), a press release's contact and issuer lines, the writer's one-line bio or a note to the
reader, a blog post's filing line, and the heading of the readers' comments, below which the
article has ended. Each reads a convention of real layouts from the rows' measures and the
tables of ``rules.cues``; none weighs a line: the model did.
"""
from __future__ import annotations

from .features import CREDIT_KEYS, Row
from .line_measures import END_HEADING_WORDS
from .lazyre import lazy
from .names import bracketed_reporter
from .row_kinds import FIELD_WORDS, field_line, holds_name
from .rules.cues import (BIO_VERBS, COMMENT_HEADING_WORDS, COMMENT_WORDS, CONTACT_HEADINGS, FILING_PHRASES,
                         FILING_SENTENCES, ISSUER_MARKS, POST_LINK_CLOSERS, POST_LINK_OPENERS, RECOMMENDED_HEADINGS,
                         WIRE_RIGHTS, is_comment_count, is_counter, is_reader_prompt, is_tag_heading)
from .rules.people import STAFF_TITLES
from .rules.stopwords import ALL_STOPWORDS


COMMENT_HEADING_LENGTH = 5   # words a heading of the readers' comments holds at most


RECOMMENDED_HEADING_LENGTH = 7   # ... and one of the stories the page recommends


COMMENTS_BELOW_WORDS = 40    # words of the article above such a heading, when none ends a sentence


def above_the_comments(rows: list[Row], kept: list[int]) -> list[int]:
    """The lines the article would keep above the heading of the page's readers' comments
    ("Comments", "[ 12 comments ]", "Top Rated Comments", "Leave a Reply"): readers' posts
    below it read as prose, but the article has ended; and the heading of a box of stories the
    page recommends ("You may also like"). The heading stands below a kept line that ends a
    sentence, or below ``COMMENTS_BELOW_WORDS`` words of the article, so a subheading that
    opens the article is never one."""
    if len(kept) < 2:
        return kept
    for i in range(kept[0] + 1, kept[-1] + 1):
        if comments_heading(rows[i]):
            above = [k for k in kept if k < i]
            if any(rows[k].sentence_end for k in above) or sum(rows[k].words for k in above) >= COMMENTS_BELOW_WORDS:
                return above
    return kept


def comments_heading(row: Row) -> bool:
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


def end_matter(rows: list[Row], kept: list[int], bylines: tuple[str, ...] = ()) -> int:
    """How many of the last lines the article would keep are end matter under it: the last
    line when it is an end-matter heading, what follows a wire story, its reporter's name in
    brackets, a press release's contact ("Media enquiries: press@...") or the writer's one-line
    bio; the lines of a short block under the heading that opens it ("Notes to editors" over its
    numbered notes), the story ended above the heading."""
    if (_end_heading(rows[kept[-1]]) or _filing_line(rows[kept[-1]]) or is_counter(rows[kept[-1]].line.text.lower())
            or _wire_tail(rows, kept) or _closing_name(rows, kept) or _closing_fields(rows, kept)
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
    return ":" in text and names_contact(text.split(":", 1)[0])


def names_contact(head: str) -> bool:
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


def signed_off(rows: list[Row], i: int) -> bool:
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


def _closing_fields(rows: list[Row], kept: list[int]) -> bool:
    """Whether the last line the article would keep is a labelled field of the record under its
    last sentence: the credits many pages print there ("Author: Jane Roe   Editor: Tom Becker",
    "作者：记者李明　编辑：王芳", "(Editor: Jane Roe)"), a source or a date (``row_kinds.field_line``);
    a line of credits only may be longer than such a field (a page set in a script without
    spaces counts its words by characters), as long as it ends no sentence."""
    row = rows[kept[-1]]
    return rows[kept[-2]].sentence_end and (field_line(row) or bool(row.labels) and row.labels[0][2] == 0
                                            and not row.sentence_end
                                            and all(key in CREDIT_KEYS for key, *_ in row.labels))


def _closing_name(rows: list[Row], kept: list[int]) -> bool:
    """Whether the last line the article would keep is its reporter's name alone in full-width
    brackets under the last sentence ("（山田太郎）"): the credit, as Japanese papers print it."""
    return rows[kept[-2]].sentence_end and bracketed_reporter(rows[kept[-1]].line.text) is not None
