"""Which layout an input shows in its first lines, told without loading the layouts' readers.

``split_input`` tries the detectors in order (``DETECTORS``) and imports a layout's module, and
the engine that runs it, only when its detector says yes: a plain article loads neither (about
3 ms of a short run). Each layout's spec detects with the same function (``Layout.detect``).
Structure and generic exports are told by their readers; their detectors here run the cheap
test first and load the reader only when it passes.
"""
from __future__ import annotations

import re
from itertools import chain, islice
from typing import Iterator, Sequence

from ..lazyre import lazy
from ..rules.cues import SIGN_OFF_AFTER_SENTENCE, SIGN_OFF_ENDS, is_story_end, wire_sign_off
from ..rules.labels import (BODY_HEADINGS, DOCUMENT_WORDS, END_OF_DOCUMENT, FACTIVA_CODES, OF_WORDS, PAGE_WORDS,
                            WORD_COUNT_WORDS)
from ._text import date_text, is_rule, read_label, word_count

# --- ProQuest ------------------------------------------------------------------------------------

# keys only ProQuest records carry: with a rule of underscores they identify the layout
SIGNATURE_KEYS = frozenset({"source_type", "database", "document_id", "publication_subject",
                            "place_of_publication", "publication_year", "publication_info", "source"})


def is_proquest_rule(text: str) -> bool:
    return is_rule(text, "_", 20)


def looks_proquest(head: Sequence[str]) -> bool:
    if not any(is_proquest_rule(l.strip()) for l in head):
        return False
    keys = set()
    for line in head:
        lab = read_label(line.strip(), upper_ok=False)
        if lab is not None:
            keys.add("body" if lab.body else lab.key)
    return len(keys & SIGNATURE_KEYS) + ("body" in keys) >= 2


PRINT_KEYS = 3      # signature fields that, with ``Full text:``, tell ProQuest's print view


def looks_proquest_print(head: Sequence[str]) -> bool:
    """ProQuest's print view: no rules, records opened by ``Document 1 of 9`` markers; told by
    ``Full text:`` and three of the signature fields."""
    keys = set()
    for line in head:
        lab = read_label(line.strip(), upper_ok=False)
        if lab is not None:
            keys.add("body" if lab.body else lab.key)
    return "body" in keys and len(keys & SIGNATURE_KEYS) >= PRINT_KEYS


# --- LexisNexis ----------------------------------------------------------------------------------

_DOC = "|".join(DOCUMENT_WORDS)
_OF = "|".join(OF_WORDS)
MARKER = lazy(
    rf"(?i)^\s*(?:(?:{_DOC})\s+\d{{1,7}}\s+(?:{_OF})\s+\d{{1,7}}(?:\s+(?:{_DOC}))?"
    rf"|\d{{1,7}}\s+(?:{_OF})\s+\d{{1,7}}\s+(?:{_DOC}))\s*$")
_DIGIT = re.compile(r"\d")       # a marker has two numbers; a line without a digit needs no MARKER


def is_marker(text: str) -> bool:
    return len(text) < 80 and _DIGIT.search(text) is not None and bool(MARKER.match(text))


def is_end(text: str) -> bool:
    return len(text) < 40 and " ".join(text.casefold().strip(" .").split()) in END_OF_DOCUMENT


def looks_lexisnexis(head: Sequence[str]) -> bool:
    """Whether an input that starts with ``head`` is a LexisNexis export."""
    labels = 0
    for line in head:
        text = line.strip()
        if is_marker(text) or is_end(text):
            return True
        lab = read_label(text, upper_ok=False)
        if lab is not None and lab.key in ("length", "load_date", "byline", "section"):
            labels += 1
        if text.casefold() in BODY_HEADINGS and labels >= 2:
            return True
    return False


# --- Factiva -------------------------------------------------------------------------------------

TRAILER = lazy(r"^\s*(?:Document|Dokument|Documento|Documenten)\s+(?P<id>[A-Za-z0-9]{12,40})\s*$")
# a field code at the start of a line (after a byte-order mark) and its value, which starts where
# the two-letter codes' values do: two spaces after "HD", one after "IPD"
CODE = lazy(r"^\ufeff?\s{0,2}(?P<code>[A-Z]{2}(?=\s{2}|\s*$)|[A-Z]{3}(?=\s|$))(?:\s+(?P<value>\S.*)|\s*)$")


def factiva_trailer(text: str) -> re.Match | None:
    """``TRAILER.match(text)``; a line without "Do" is not one, and needs no pattern compiled."""
    return TRAILER.match(text) if "Do" in text else None


def looks_factiva_coded(head: Sequence[str]) -> bool:
    codes = {m["code"] for line in head if (m := CODE.match(line.rstrip("\r\n"))) and m["code"] in FACTIVA_CODES}
    return "HD" in codes and len(codes & {"PD", "SN", "AN", "WC"}) >= 2 and len(codes) >= 4


def looks_factiva_page(head: Sequence[str]) -> bool:
    """A ``Document <accession number>`` trailer, or a word-count line with a date under it."""
    texts = [l.strip() for l in head]
    for i, text in enumerate(texts):
        if factiva_trailer(text) and any(word_count(t) for t in texts[:i]):
            return True
        if word_count(text):
            nxt = next((t for t in texts[i + 1:i + 3] if t), "")
            if nxt and date_text(nxt) and any(t for t in texts[max(0, i - 3):i]):
                return True
    return looks_factiva_coded(head)


# --- structure (exports that no vendor spec claims) -----------------------------------------------

CITATION_CHARS = 200      # a citation line is no longer than this
# a page or a word count somewhere in the line: the cheap test before the dates are looked for
_HINT = lazy(r"(?i)(?<![^\W\d_])(?:" + "|".join(PAGE_WORDS) + r")\.?:?\s*[A-Za-z]?\d"
             r"|\d\s*(?:" + "|".join(WORD_COUNT_WORDS) + r"|w\b)"
             r"|(?<![^\W\d_])(?:" + "|".join(WORD_COUNT_WORDS) + r") count:\s*\d")   # a labelled count: "Word count: 412"
_ANY_DIGIT = lazy(r"\d")


def citation_hint(text: str) -> bool:
    """Whether a line may be a citation line: it cites a page or a length."""
    return len(text) <= CITATION_CHARS and bool(_ANY_DIGIT.search(text)) and bool(_HINT.search(text))


def looks_structure(head: Sequence[str]) -> bool:
    if next(islice(filter(citation_hint, head), 1, None), None) is None:
        return False                        # the cheap test: no two lines that cite a page or a length
    from .structure import reads_as_records
    return reads_as_records(head)


# --- generic (form feeds and rules) --------------------------------------------------------------

RULE_LEAST = 10             # a rule this long divides articles; "----" or "* * *" breaks a section
RULE_CHARS = "=*-_#~"       # the characters rules are drawn with
SHORT_RULE = 3              # a shorter rule ("---", "* * *") divides only between two articles
FRAMED_LABEL = 40           # "=== ARTICLE 2 ===": a label of at most this many characters between rules


def _spaced(text: str) -> str:
    """A rule drawn with single spaces between its marks ("* * *"), without the spaces; else ""."""
    if not (len(text) % 2 and text[0] in RULE_CHARS and text[1:2] == " " and text[-1] == text[0]):
        return ""                               # the cheap test, before the line is sliced
    marks = text[::2]
    return marks if not text[1::2].strip(" ") and is_rule(marks, RULE_CHARS, 1) else ""


def long_rule(text: str) -> bool:
    """A rule that divides articles: ten marks or more, or fifteen spaced ones."""
    return is_rule(text, RULE_CHARS, RULE_LEAST) or len(text) >= 2 * RULE_LEAST and bool(_spaced(text))


def short_rule(text: str) -> bool:
    """A rule too short to divide by itself ("-----", "* * *", "~~~~"); not an end mark ("###")."""
    if len(text) >= 2 * RULE_LEAST or is_story_end(text):
        return False
    return (is_rule(text, RULE_CHARS, SHORT_RULE) and len(text) < RULE_LEAST) or len(_spaced(text)) >= SHORT_RULE


def framed_label(text: str) -> bool:
    """A short label between two rules of three marks or more ("=== ARTICLE 2 ===",
    "---- Article 1 of 3 ----"), told without a pattern."""
    if not text or len(text) > FRAMED_LABEL + 8 * RULE_LEAST or text[0] not in RULE_CHARS:
        return False
    mark = text[0]
    left = len(text) - len(text.lstrip(mark))
    right = len(text) - len(text.rstrip(mark))
    label = text[left:len(text) - right]
    return (left >= 3 and right >= 3 and 0 < len(label.strip()) <= FRAMED_LABEL and label[:1] == " "
            and label[-1:] == " " and mark not in label)
SIGN_OFF_WORDS = 6       # a sign-off line is this short
SIGN_OFF_CHARS = 80      # ... in words and in characters ("dpa tb yysn z2 mo", "031422 GMT MAR 24")


def is_signed_off(text: str) -> bool:
    """Whether a line (stripped) is a wire story's sign-off, or ends in one after its last
    sentence ("Reuter", "PTI ABC RT", "bur-jt/lm/jj", "dpa tb yysn z2 mo", "... produce. Enditem"):
    a story may end there, when a headline and a dateline follow."""
    if len(text) <= SIGN_OFF_CHARS and len(text.split()) <= SIGN_OFF_WORDS and wire_sign_off(text):
        return True
    # the cheap test first: most lines end in no sign-off
    return text.endswith(SIGN_OFF_ENDS) and SIGN_OFF_AFTER_SENTENCE.search(text[-40:]) is not None


def looks_generic(head: Sequence[str]) -> bool:
    if not any("\f" in line or long_rule(t := line.strip()) or is_story_end(t) or short_rule(t) or framed_label(t)
               or is_signed_off(t) for line in head):
        return False
    from .generic import reads_as_articles
    return reads_as_articles(head)


# --- records that each open with a block of labels ---------------------------------------------------

def looks_labelled(head: Sequence[str]) -> bool:
    """Two records that each open with the same block of ``Label: value`` lines, and no rule or
    form feed that the generic layout divides at (it reads those files)."""
    from .labelled import reads_as_records
    return reads_as_records(head) and not looks_generic(head)


# --- the cheap test before each detector -----------------------------------------------------------
#
# A detector reads the head line by line (a few hundred lines of a saved page: 0.8 ms for the six).
# Each says yes only on lines that hold some mark: a rule of underscores, a field code, the word
# "document" in some language, a body heading alone on its line, a line opening with a number (a
# word count), a form feed or a long rule. ``candidates`` looks for those marks first, mostly in
# the head joined into one text with C searches, and skips every detector whose mark is missing:
# the test may pass where the detector then says no, never the other way round.

def _maybe_proquest(head: Sequence[str], text: str, folded: str) -> bool:
    return "_" * 20 in text                       # is_proquest_rule: 20 underscores or more


def _maybe_proquest_print(head: Sequence[str], text: str, folded: str) -> bool:
    return "full text:" in folded                 # the body label the print view is told by


def _maybe_factiva_coded(head: Sequence[str], text: str, folded: str) -> bool:
    return "HD" in text                           # the headline's code is required


def _maybe_lexisnexis(head: Sequence[str], text: str, folded: str) -> bool:
    # a marker or an end line (each names a document: "1 of 12 DOCUMENTS", "End of Document"),
    # read only where "docu" or "doku" stands; the labelled form needs a body heading alone on
    # its line
    return _marked_document(head, folded) or any(
        len(t := line.strip()) <= _HEADING_CHARS and t.casefold() in BODY_HEADINGS for line in head)


def _marked_document(head: Sequence[str], folded: str) -> bool:
    """Whether a line of ``head`` (``folded``: the head joined and case-folded) is a marker or an
    end line; only the lines that hold "docu" or "doku" are read (every word of the tables for
    a document holds one)."""
    if "docu" not in folded and "doku" not in folded:
        return False
    for line in head:
        lower = line.casefold()
        if ("docu" in lower or "doku" in lower) and (is_marker(t := line.strip()) or is_end(t)):
            return True
    return False


# what a word-count line ("2,968 words", ``word_count``) holds: a digit, space, a word for words
_WORD_COUNT_HINT = lazy(r"(?i)\d\s+(?:" + "|".join(WORD_COUNT_WORDS) + ")")


def _maybe_factiva_page(head: Sequence[str], text: str, folded: str) -> bool:
    # both forms need a word-count line, which opens with a number and holds a word for
    # words after it ("2,968 words"); or the coded fields
    return "HD" in text or (any(line.lstrip()[:1].isdecimal() for line in head)
                            and _WORD_COUNT_HINT.search(text) is not None)


# Where a line may be a wire sign-off (``is_signed_off``): two searches over a file's head, so
# that the lines read one by one are those few. A sign-off line opens with a mark it is set off
# with, a slash, a digit (a send stamp), "AP" (AP's stamp), dpa's slug, an editors' slug of
# lower-case letters or "More to follow", or it is one word (an agency's name) with the desk's
# codes after it perhaps; a sign-off after a sentence is one word ending the line. No table of
# names goes into the patterns, so they compile in a fraction of a millisecond at start-up.
# Each pattern opens with a character every match starts with (the line break before a line, the
# mark that ends a sentence), so the engine tries it only at those characters, where one pattern
# holding both (a line start is no character) was tried at every character: 0.15 ms a 4 KB
# article, now 0.05. The line-start pattern reads the head after one line break more, so its
# first line has a break before it as the others do, and a match starts where its line does.
_SIGN_OFF_LINE_HINT = lazy(
    r"(?m)\n[ \t]*(?:[-–—().=*/（\d]|AP|dpa |[a-z]{2,4}[-/]|[Mm]ore |MORE |完"
    r"|[A-Za-z][A-Za-z]*(?:[ /][A-Z]{2,4})*/?[-–—().=*]*[^\S\n]*$)")
_SIGN_OFF_AFTER_HINT = lazy(r"(?m)[.!?。！？”\"][^\S\n]*[(（]?[^\W\d_]+[)）]?\.?[^\S\n]*$")


def _maybe_generic(head: Sequence[str], text: str, folded: str) -> bool:
    return ("\f" in text or any(c * SHORT_RULE in text for c in RULE_CHARS) or "* * *" in text
            or any(is_story_end(line.strip()) for line in head) or _any_signed_off(text))


def _any_signed_off(text: str) -> bool:
    """Whether a line of ``text`` is a wire sign-off (``is_signed_off``), reading only the
    lines the two hints find (a line either finds is read, and a line printed again, as a
    page's menu items are, is not read again)."""
    read: set[str] = set()
    for at in chain((m.start() for m in _SIGN_OFF_LINE_HINT.finditer("\n" + text)),
                    (m.start() for m in _SIGN_OFF_AFTER_HINT.finditer(text))):
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        line = text[start:end if end >= 0 else len(text)].strip()
        if line not in read:
            if is_signed_off(line):
                return True
            read.add(line)
    return False


def _maybe_labelled(head: Sequence[str], text: str, folded: str) -> bool:
    return text.count(":") >= 6                   # two blocks of three labels (a mailbox's dates hold colons)


def _always(head: Sequence[str], text: str, folded: str) -> bool:
    return True                                   # the structure detector tests each line cheaply itself


_HEADING_CHARS = max(map(len, BODY_HEADINGS))


def candidates(head: Sequence[str]) -> Iterator[tuple]:
    """The entries of ``DETECTORS`` that may recognise ``head``, in order: the others cannot
    (their mark is nowhere in it)."""
    text = "".join(head)
    folded = text.casefold()
    return (entry for entry, maybe in zip(DETECTORS, _MAYBE) if maybe(head, text, folded))


# the detectors in the order they are tried, the more specific layouts first, each with the
# module and the name of the spec it detects
DETECTORS = (
    (looks_proquest, "proquest", "LAYOUT"),
    (looks_proquest_print, "proquest", "PRINT"),
    (looks_factiva_coded, "factiva", "CODED"),
    (looks_lexisnexis, "lexisnexis", "LAYOUT"),
    (looks_factiva_page, "factiva", "PAGE"),
    (looks_structure, "structure", "LAYOUT"),
    (looks_labelled, "labelled", "LAYOUT"),
    (looks_generic, "generic", "LAYOUT"),
)
# each detector's cheap test, in the same order
_MAYBE = (_maybe_proquest, _maybe_proquest_print, _maybe_factiva_coded, _maybe_lexisnexis, _maybe_factiva_page,
          _always, _maybe_labelled, _maybe_generic)
