"""What a row of the feature table is, read from its measures and its text: a labelled
field of the record, a reading time alone, a person's name alone, a line of interface words.
The segmenter and the headline's reader both ask these; nothing here weighs a line."""
from __future__ import annotations

from .features import Row
from .markdown import unmarked
from .name_shapes import bare_name, has_given_name
from .rules.cues import CHROME_WORDS, READING_TIME_CHARS, READING_TIME_LINE, is_ad_continuation
from .rules.labels import RECORD_KEYS, bracketed_labels

FIELD_WORDS = 20         # a labelled field's line is this short
PARAGRAPH_WORDS = 8      # a sentence of the article this long is a paragraph
AD_NOTICE_WORDS = 8      # a notice that the article goes on past an advertisement is this short


def field_line(row: Row) -> bool:
    """A labelled field of the record ("Source: X", "Editor: Y", "Published: 2024-05-17"), the
    site's copyright notice (or its rights line without a mark: "Harbour Post - All rights
    reserved"), a wire story's closing credits ("Reporting by X; Editing by
    Y", "X contributed to this report."), a notice that the article goes on past an
    advertisement ("Lesen Sie nach der Anzeige weiter") or a rule: values the page names and
    lines without words, never article text."""
    if row.role_credits or row.letters == 0 and row.digit_share == 0:
        return True                       # closing credits, or a rule ("___", "* * *")
    if row.teaser:
        return True                       # "Read more: <another story's headline>"
    if row.email and row.line.text.startswith("((") and "@" in row.line.text:
        return True                       # a wire reporter's contact: "((jane.roe@example.com; +44 20 ...))"
    if row.copyright and row.words <= FIELD_WORDS and row.line.text[:1] in "©(Cc":
        return True
    if row.rights and row.words <= FIELD_WORDS:
        return True                       # "Harbour Post - All rights reserved", without a "©"
    if reading_time_alone(row):
        return True                       # "6-8 minutes", "Reading time: 5 minutes"
    if row.words <= AD_NOTICE_WORDS and is_ad_continuation(row.line.text.lower()):
        return True                       # "Story continues below advertisement"
    # a field alone in brackets, "(Editor: Jane Roe)", is one too
    labels = row.labels or row.line.text.startswith(("(", "[")) and bracketed_labels(row.line.text)
    return (bool(labels) and row.words <= FIELD_WORDS and _field_opener(row.line.text[:labels[0][2]])
            and all(key in RECORD_KEYS for key, *_ in labels))


_ITEM_CLOSERS = {"【": "】", "[": "]"}


_FIELD_OPENERS = ("", "(", "（", "[", "【")   # what a field's label may stand after: "（责任编辑：张华）"


def _field_opener(head: str) -> bool:
    """Whether ``head``, the text before a field's label, is nothing or an opening bracket,
    after interface words in brackets ("【纠错】【责任编辑：张华】": a correction button)."""
    while (closer := _ITEM_CLOSERS.get(head[:1])) and (end := head.find(closer)) > 1 \
            and head[1:end].strip().lower() in CHROME_WORDS:
        head = head[end + 1:].lstrip()
    return head in _FIELD_OPENERS


def reading_time_alone(row: Row) -> bool:
    """A line that is nothing but a reading time: "5 min read", a reader view's "6-8 minutes"."""
    text = row.line.text
    return (row.digit_share > 0 and len(text) <= READING_TIME_CHARS
            and READING_TIME_LINE.fullmatch(text.lower()) is not None)


def name_alone(row: Row) -> bool:
    """A line that is one person's name: "Jane Roe", "[Jane Roe](https://...)", "**Jane Roe**"."""
    if row.name_like and row.given_name and row.words <= 4:
        return True
    text = row.line.text
    if "](" not in text and "*" not in text and "_" not in text:
        return False
    name = bare_name(unmarked(text))
    return name is not None and has_given_name(name)


def chrome_edge(row: Row) -> bool:
    """A line of interface words at the article's first or last line, ending no sentence:
    "Share on Facebook  Share on X  Email" between the byline and the first paragraph."""
    return row.chrome_share >= 0.5 and not row.sentence_end


def holds_name(text: str, name: str) -> bool:
    """Whether ``text`` holds ``name`` as a whole name, in the same case but for its first letter."""
    first, tail = (name[0].upper(), name[0].lower()), name[1:]
    at = text.find(tail, 1)
    while at != -1:
        start, end = at - 1, at + len(tail)
        if (text[start] in first and not (start and _word_char(text[start - 1]))
                and not (end < len(text) and _word_char(text[end]))):
            return True
        at = text.find(tail, at + 1)
    return False


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"
