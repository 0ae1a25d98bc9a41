"""Lines to segments: header, byline, body and footer, with exact spans.

Every line gets a role from general signals:

- ``content``: prose (long enough, with function words, shaped like sentences);
- ``chrome``: page furniture (short bulleted or link-shaped lines, repeated lines, interface
  cue words, code, captions that end in a picture credit or repeat right below themselves,
  teasers shown twice, an author box's staff line);
- ``meta``: credit, date and source lines ("By X", "Published: ...", "Source: X");
- ``title``: the headline;
- ``heading``: a short line inside the body (a subheading);
- ``blank``.

The body is the densest run of prose (a maximum-sum run over line scores, so a few chrome lines
inside an article do not split it, while a block of teasers or a long menu does). A run with
credits just above it weighs more, one under an end-matter heading or a copyright line less;
the site's rights notice ends the page for every run. Inside the chosen run, a By-line or a
lone date line with most prose after it opens the article, and an end-matter heading with most
prose above it closes it. The title is the most headline-shaped line above the body (or the
body's first line or wrapped pair); credit lines between the title and the body form the
byline segment. What follows the body is the footer. Archive records whose layout marks
the body are cut where the layout says.

The segments are contiguous and cover the record, so joining their text gives it back exactly.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter
from typing import Iterator

from .dateline import match_dateline
from .dates import DateContext, dates_cover, find_dates
from .lines import Document, Line
from .model import Record, Segment, SegmentKind
from .rules.cues import (BREADCRUMB_SEPARATORS, BULLETS, CHROME_WORDS, CODE_CHARS, COPYRIGHT_START, END_CUES,
                         HERE_LABELS, HOME_WORDS, LINK_SHAPE, PICTURE_AGENCIES, READING_TIME, SIGN_OFF_TAILS,
                         caption_word, is_caption)
from .rules.labels import RIGHTS_RESERVED, find_labels
from .rules.people import (BIO_VERBS, BY_PREFIXES, BY_WORDS, CONTRIBUTION_CUES, NAME_JOIN, ROLE_PHRASES,
                           STAFF_TITLES)

CONTENT, CHROME, META, TITLE, HEADING, BLANK = "content", "chrome", "meta", "title", "heading", "blank"

META_KEYS = frozenset({"byline", "editor", "source", "published", "updated", "photographer",
                       "translator", "dateline", "title", "subtitle", "section"})
TITLE_WINDOW = 20        # lines that are not chrome, above the body, searched for the headline
TITLE_REACH = 150        # and never further up than this
END_CUE_SCORE = -4.0     # a heading that opens end matter: "Related", "Most read", "Comments"
END_MATTER_SHARE = 0.5   # the share of a run's prose above an end-matter heading that ends it there
LABEL_WIDTH = 30         # a field's label ends within this many characters of its line
WRAP_WIDTH = 60          # a line this long that stops mid-sentence runs on into the next
CAPTION_SCORE = -1.0     # a caption shown twice in a row, or ending in a picture credit
DOUBLED_CAPTION = 24     # characters of a sentence printed twice in a row: a caption and its alt text
DOUBLED_SCORE = -1.5     # such a caption's lines: below the scores smoothing lifts to prose
CAPTION_LINES = 4        # a caption block is this short
CREDIT_WORDS = 8         # words from a picture credit's mark to the end of its line
CREDIT_MARKS = ("©", "foto:", "photo:", "image:", "bild:", "credit:", "fotos:", "photos:", "foto/",
                "getty images", "/ afp", "/ reuters")   # a picture credit at a caption's end
HEADLINE_WORDS = 6       # a line above a longer one this long is a headline over its standfirst, not a kicker
CRUMB_ITEMS = 5          # a "Home | ..." line with more items than this is a menu, not a trail
PICTURE_LIST_ITEMS = 3   # pictures alternating with lines of text in one block: a teaser grid
TAIL_BLOCK_LINES = 4     # a closing block of short lines this long can be buttons, not story
PAGE_END_SCORE = -20.0   # "Copyright © 2023 X. All rights reserved.": the page's own end
BULLET_CHARS = "".join(sorted(BULLETS)) + " \t0123456789.)"
META_BELOW_BONUS = 0.7   # a headline usually stands right above its credit lines
BYLINE_BELOW_BONUS = 1.2  # and above all right above its "By X" line
LEDE_GAP = 30            # non-blank lines that may part a lead paragraph from the body
MAX_RUNS = 4             # prose runs weighed against each other for the article
CREDIT_REACH = 12        # non-blank lines above a run searched for its byline or date
EARLY_META = 20          # lines into the body where a date or credit line is still not body text
INNER_BYLINE_SHARE = 0.7  # the share of a run's prose that must follow a By-line inside it
META_PULL = 6            # non-blank lines into the body where a credit line still ends the header
_NO_CONTEXT = DateContext()
_WORDISH = re.compile(r"[^\W\d_]")
_LONG_WORD = re.compile(r"\w{4,}")
_STEM = itemgetter(slice(6))        # a word's first six letters (mapped in C, not a loop per word)
_TWO_SENTENCES = re.compile(r"[^\W\d_]{3}[.!?] +[A-ZÀ-ÖØ-ÞА-Я]")
TITLE_OPENERS = "\"'“”„«»‘’‚¿¡*#(【《「『"
_BRACKETS = "【】[]（）()「」"
_DROP_CODE = str.maketrans("", "", "".join(CODE_CHARS))
_ASCII_CODE = "".join(sorted(CODE_CHARS)).encode()   # deleted from an ASCII line's bytes: 5x faster
# an ASCII text's bytes with every byte that is not a word character (what \w matches there:
# letters, digits, "_") turned into a space, so that splitting gives the words \w+ finds
_ASCII_WORDS_ONLY = bytes(b if chr(b).isalnum() or b == ord("_") else ord(" ") for b in range(128)) + b" " * 128
AD_START = re.compile(r"(?:anzeige|advertisement|werbung|sponsored|publicidad|publicité|pubblicità)\b")


@dataclass(slots=True)
class Segmentation:
    segments: tuple[Segment, ...]
    roles: list[str]             # one per line
    title: tuple[int, int] | None  # line index range of the headline
    body: tuple[int, int]        # line index range of the body [first, last + 1)
    subtitle: tuple[int, int] | None = None   # a standfirst between the headline and the body
    first_cut: int = 0           # characters of the first body line before the body starts
    last_cut: int | None = None  # characters of the last body line that are body (a sign-off follows)
    end_matter: int = 0          # the first end-matter heading after the body ("Related",
                                 # "Comments"), or the number of lines when there is none


def segment(doc: Document, record: Record) -> Segmentation:
    if record.body is not None:
        return _segment_marked(doc, record)
    return _segment_free(doc)


# --- line judgement -------------------------------------------------------------------------

def line_score(line: Line, unspaced: bool) -> float:
    """Positive for prose, negative for chrome, near zero for short neutral lines."""
    text = line.text
    if not text:
        return 0.0
    n = len(text)
    lower = text.lower()
    if is_end_cue(line):
        return END_CUE_SCORE
    code = _code_chars(text)
    if code * 8 > n and n > 20:
        return -2.0
    if line.repeats >= 3 and n < 120:
        return -1.5
    if COPYRIGHT_START.match(lower) or AD_START.match(lower):
        if n < 160 and any(p in lower for p in RIGHTS_RESERVED):
            return PAGE_END_SCORE         # the site's rights notice: no article runs across it
        return -1.5
    if unspaced:
        if line.bullet and n < 40 or n < 12 and lower.strip(_BRACKETS) in CHROME_WORDS:
            return -1.0                   # a menu item, or a widget: "分享", "【纠错】"
        if n < 60 and LINK_SHAPE.search(text):
            return -1.0
        if n >= 20 and any(p in text for p in "。，、！？；"):
            return 1.0 + min(n, 120) / 80
        if n >= 8 and text[-1] in "。！？":
            return 0.1                    # a short sentence: "此次降准共计释放长期资金约1万亿元。"
        return 0.3 if n >= 40 else -0.4
    w, s = line.words, line.stops
    if 0 < text.find(":") < LABEL_WIDTH and is_meta(line):
        return -0.2                       # a labelled field ("Title: ...", "Source: ..."), not prose
    if text.isupper() and w < 20:
        return -0.3                       # a headline or a label, not running text
    if line.bullet and (w <= 8 or w < 15 and not line.sentence_end):
        return -1.0                       # a menu item or a teaser link
    if w <= 8 and LINK_SHAPE.search(text):
        return -1.0
    if w == 1 and text.endswith(":"):
        return -1.0                       # a label with nothing after it: "Credit:", "Tags:"
    if w <= 6 or w <= 24 and s * 10 < w and not line.sentence_end:
        tokens = lower.replace("|", " ").split()
        if sum(1 for tok in tokens if tok.strip(".,:;!?()[]") in CHROME_WORDS) * 2 >= len(tokens):
            return -1.0                   # mostly interface words: "Share this", "Read more",
                                          # "Delen via Whatsapp Delen via Facebook ..."
        if w <= 4 and not line.sentence_end and tokens[-1].strip(".,:;!?()[]") in CHROME_WORDS:
            return -1.0                   # a prompt ending in an interface verb: "Mit Freunden teilen"
    if w <= 8 and not line.sentence_end and is_caption(lower):
        return -1.0                       # a picture credit: "(Credit: Jane Roe / Grist)"
    if w >= 8 and s * 10 >= w:
        if line.listed:
            return 0.2                    # a teaser shown twice (list item and summary), not prose
        return 1.0 + min(n, 160) / 80
    if w >= 4 and s >= 1 and line.sentence_end:
        return 0.6
    if w >= 12:
        return 0.3
    if w >= 4 and text.endswith(".") and not text.endswith("..") and text[0].isupper():
        return 0.1                        # a short sentence without function words: "Chief executive Tom Brown resigned."
    if w <= 3 and not line.sentence_end:
        return -0.5
    return -0.2


def is_end_cue(line: Line) -> bool:
    """A heading that opens end matter: "Related", "Most read", "Comments", "TRENDING"."""
    return bool(line.text) and line.words <= 6 and END_CUES.match(line.text.lower().lstrip(BULLET_CHARS)) is not None


def _code_chars(text: str) -> int:
    """How many characters of ``text`` are code or markup characters."""
    if text.isascii():
        data = text.encode()
        return len(data) - len(data.translate(None, _ASCII_CODE))
    return len(text) - len(text.translate(_DROP_CODE))


def is_meta(line: Line) -> bool:
    """A credit, date or source line (short, and either labelled, 'By'-led or mostly a date)."""
    if line.meta is None:
        line.meta = _is_meta(line)
    return line.meta


def _ends_sentence(line: Line) -> bool:
    """Whether a line ends like a sentence, not counting a reading-time widget a byline ran
    into ("Par E. NURDIN - 05:01 - Temps de lecture :")."""
    if not line.sentence_end:
        return False
    m = READING_TIME.search(line.text)
    return m is None or m.start() == 0 or line.text[:m.start()].rstrip(" -–—|•·:")[-1:] in ".!?"


def _is_meta(line: Line) -> bool:
    text = line.text
    if not text:
        return False
    if line.words > 16:                   # long for a credit line, unless a wire sign-off's roles
        if line.words > 48:               # ("Reporting by X in London and Y ...; Editing by Z") or
            return False                  # labels of an unspaced script ("发布时间：... 来源：... 作者：...")
        return bool(_SIGN_OFF_ROLES.match(text)) or ("：" in text or ":" in text) and any(
            k in META_KEYS for k, *_ in line_labels(line))

    words = text.split(None, 2)
    first = words[0].lower().rstrip(":")
    if first in BY_WORDS and len(words) == 1 and text[0].isupper():
        return True                       # "By" alone: the names follow on the next lines
    if (first in BY_WORDS and 2 <= line.words <= 16 and not _ends_sentence(line)
            and words[1][:1].isupper() and (first == "by" or not text.isupper())
            and (words[0][0].isupper() or line.words <= 5) and not text.endswith(")")):
        return True                       # "By X", "von X"; not a wrapped "(Photo by X)"
    if text.startswith(BY_PREFIXES):
        return True
    if (":" in text or "：" in text) and any(k in META_KEYS for k, *_ in line_labels(line)):
        return True
    if line.digits:
        if match_dateline(line.raw):
            return False                  # a wire story's opening, not a date line
        found = find_dates(text, _NO_CONTEXT)
        if found and dates_cover(found, text, (1, 3)):
            return True
    return False


def line_labels(line: Line) -> list[tuple[str, str, int, int, int]]:
    """``find_labels`` of the line's text, read once: the segmenter and the extractors both ask."""
    if line.labels is None:
        line.labels = find_labels(line.text)
    return line.labels


def breadcrumb_items(text: str) -> list[str]:
    """The items of a breadcrumb trail ("Home >> World >> Asia"), or [] when ``text`` is not one.
    A "you are here" label before it is not an item; a long "Home | ..." line is a menu."""
    m = _HERE.match(text) if ":" in text or "：" in text else None
    if m:
        text = text[m.end():]
    for sep in BREADCRUMB_SEPARATORS:
        if sep not in text:
            continue
        items = [" ".join(p.split()) for p in text.split(sep)]
        items = [p for p in items if p]
        if len(items) < 2 or len(items) > 8:
            continue
        if any(len(p.split()) > 5 or len(p) > 40 for p in items):
            continue
        if sep in ("/", "|", "::") and (items[0].casefold() not in HOME_WORDS or len(items) > CRUMB_ITEMS):
            continue
        if sep == ">" and "<" in text:
            continue
        return items
    return []


def _date_only(line: Line) -> bool:
    """A meta line that is meta only because it holds a date."""
    text = line.text
    first = text.split(None, 1)[0].lower()
    return not (first in BY_WORDS or text.startswith(BY_PREFIXES) or ":" in text or "：" in text)


def _judge(doc: Document) -> tuple[list[float], list[str]]:
    unspaced = doc.unspaced
    scores, roles = [], []
    for line in doc.lines:
        if not line.text:
            scores.append(0.0)
            continue
        scores.append(line_score(line, unspaced))
    _twins(doc.lines, scores)
    _doubled_captions(doc.lines, scores)
    _picture_lists(doc.lines, scores)
    _captions(doc.lines, scores)
    _author_boxes(doc.lines, scores)
    _smooth_blocks(doc.lines, scores)
    for line, score in zip(doc.lines, scores):
        if line.text:
            roles.append(CONTENT if score > 0 else CHROME if score <= -1 else HEADING)
        else:
            roles.append(BLANK)
    return scores, roles


def _blocks(lines: list[Line], start: int = 0, stop: int | None = None) -> Iterator[tuple[int, int]]:
    """The blocks of consecutive non-blank lines in ``lines[start:stop]``, as (first, last) indexes."""
    i, n = start, len(lines) if stop is None else stop
    while i < n:
        if not lines[i].text:
            i += 1
            continue
        j = i
        while j + 1 < n and lines[j + 1].text:
            j += 1
        yield i, j
        i = j + 1


def _captions(lines: list[Line], scores: list[float]) -> None:
    """A short block that ends in a picture credit ("... Image: Keystone", "(Foto: Privat)", or a
    "© Jane Roe" line right below) is a caption, not prose."""
    for i, j in _blocks(lines):
        own_line = (j > i and lines[j].words <= 6 and COPYRIGHT_START.match(lines[j].text.lower())
                    and _photo_credit(lines[j].text.lower()))
        end = j - 1 if own_line else j    # the credit may stand on its own line under the caption
        if end - i < CAPTION_LINES and (own_line or _credited(lines[end].text)):
            for k in range(i, j + 1):
                scores[k] = min(scores[k], CAPTION_SCORE)


def _credited(text: str) -> bool:
    """A line that ends in a picture credit: "... Image: Keystone", "... (Foto: Privat)", "© X"."""
    tail = text[-60:].lower()
    if "©" not in tail and ":" not in tail and "/" not in tail and "getty" not in tail:
        return False                      # every credit mark holds one of these
    at = max(tail.rfind(mark) for mark in CREDIT_MARKS)
    if at < 0 or len(tail[at:].split()) > CREDIT_WORDS or tail.rstrip().endswith("."):
        return False                      # the credit ends the line; a sentence that names Getty does not
    return is_caption(text.lower())


def _photo_credit(lower: str) -> bool:
    """A credit line for a picture ("© Jane Roe/Harbour Post"), not a notice ("(c) 2024 Reuters")."""
    return "/" in lower or any(a in lower for a in PICTURE_AGENCIES) or caption_word(lower)


def _twins(lines: list[Line], scores: list[float]) -> None:
    """A sentence repeated right below itself is a picture's caption and its alt text, not prose
    (a headline shown twice has no full stop and stays a candidate)."""
    prev = None
    for line in lines:
        if not line.text:
            continue
        if (prev is not None and line.repeats >= 2 and line.sentence_end and line.text == prev.text
                and line.index - prev.index <= 2):
            scores[line.index] = scores[prev.index] = min(scores[line.index], CAPTION_SCORE)
        prev = line


def _doubled_captions(lines: list[Line], scores: list[float]) -> None:
    """Sentences that come twice in a row inside a block ("Cars slide on Paseo del Norte on
    November 24. Cars slide on Paseo del Norte on November 24. A plow ...") are a picture
    gallery's captions, each printed with its alt text: their lines are not prose."""
    for i, j in _blocks(lines):
        if j - i < 1:
            continue
        text = " ".join(lines[k].text for k in range(i, j + 1))
        if text.count(". ") + text.count("? ") + text.count("! ") < 2:
            continue                      # the cheap test: fewer than two sentence gaps
        starts = [0]                      # where each line starts in the block's joined text
        for k in range(i, j):
            starts.append(starts[-1] + len(lines[k].text) + 1)
        spans, pos = [], 0
        for m in _SENTENCE_GAP.finditer(text):
            spans.append((pos, m.start()))
            pos = m.end()
        spans.append((pos, len(text)))
        for (a, b), (c, d) in zip(spans, spans[1:]):
            if d - c >= DOUBLED_CAPTION and b - a >= d - c and text[b - (d - c):b] == text[c:d]:
                a = b - (d - c)           # the first copy may follow a line run into it (a byline)
                for k in range(i, j + 1):
                    line_start = starts[k - i]
                    if line_start < d and line_start + len(lines[k].text) > a:
                        scores[k] = min(scores[k], DOUBLED_SCORE)


_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+")


def _picture_lists(lines: list[Line], scores: list[float]) -> None:
    """A block where picture placeholders alternate with lines of text ("[96ccc2595a]" /
    "Sturm-Sorge beim 1.FC Köln: Offensive schießt keine Tore Köln Top" / "[3fd8b295a0]" / ...)
    is a grid of teasers, each a picture and the headline of another story, not prose."""
    for i, j in _blocks(lines):
        if j - i + 1 < 2 * PICTURE_LIST_ITEMS:
            continue
        pictures = [k for k in range(i, j + 1) if lines[k].text[:1] == "[" and _PLACEHOLDER.match(lines[k].text)]
        if len(pictures) < PICTURE_LIST_ITEMS or len(pictures) * 3 < j - i + 1:
            continue
        for k in pictures:
            if k + 1 <= j and not _PLACEHOLDER.match(lines[k + 1].text):
                scores[k + 1] = min(scores[k + 1], -1.0)


_HERE = re.compile(r"(?i)\s*(?:" + "|".join(map(re.escape, HERE_LABELS)) + r")\s*[:：]\s*")
_ROLE_WORDS = "|".join(re.escape(p) for p in ROLE_PHRASES if " " in p)   # "reporting by", "editing by"
_SIGN_OFF_ROLES = re.compile(rf"(?i)\(?(?:{_ROLE_WORDS})\s+\S[^;]*;\s*(?:{_ROLE_WORDS})\b")
_SIGN_OFF_TAIL = re.compile(r"(?<=[.!?。！？”\"])\s*(?:" + "|".join(map(re.escape, SIGN_OFF_TAILS))
                            + r")\s*$")   # after the last sentence of the last line


_PLACEHOLDER = re.compile(r"\[[^\]\s]{1,40}\]$")   # a picture w3m shows by its file name: "[96ccc2595a]"


def _smooth_blocks(lines: list[Line], scores: list[float]) -> None:
    """A short line that ends a paragraph of prose (no blank line between) is prose too, and so
    is the wrapped end of a sentence a long line ran on into; a line that stands alone and does
    not end like a sentence is at most weak prose."""
    for i, last in _blocks(lines):
        j = last + 1
        block = range(i, j)
        if j == i + 1 and not lines[i].sentence_end and scores[i] > 0.2:
            scores[i] = 0.2               # a line standing alone without a full stop: a headline
        for k in range(i + 1, j):
            prev = lines[k - 1]
            if (scores[k - 1] > 0 and not prev.sentence_end and len(prev.raw) >= WRAP_WIDTH
                    and not lines[k].bullet and -1.5 < scores[k] <= 0 and not is_caption(lines[k].text.lower())):
                scores[k] = 0.5           # the wrapped end of a sentence: "... schlug" / "Wierer zurück"
        prose = sum(1 for k in block if scores[k] > 0)
        if prose and prose * 2 >= len(block) and len(block) > 1:
            for k in block:
                line = lines[k]
                if (-1 < scores[k] <= 0 and not line.bullet and not line.text.isupper()
                        and (line.words >= 3 or line.sentence_end)):
                    scores[k] = 0.5


# --- free text (web pages, wire copy, plain articles) ------------------------------------------

def _segment_free(doc: Document) -> Segmentation:
    lines = doc.lines
    scores, roles = _judge(doc)
    first, last = _choose_run(lines, scores)
    if first is None:
        first, last = _no_prose(lines, scores)
    else:
        first, last = _extend_in_block(lines, scores, first, last)
        last = _cut_at_end_matter(lines, scores, first, last)
        last = _trim_tail(lines, scores, first, last)
        first = _after_inner_byline(lines, scores, first, last)
        # credit lines just inside the run's top end the header there
        first = _pull_meta(lines, scores, first, last)
        last = _without_author_bio(lines, first, last)
    title, deck = _find_title(doc, roles, scores, first, last)
    if title and title[0] >= first:
        # the prose run took in the headline: the body starts below it and its credit lines
        first = _pull_meta(lines, scores, title[1], last, force=True)
    # meta lines between the title and the body form the byline segment
    byline_start = None
    top = title[1] if title else 0
    for i in range(top, first):
        if lines[i].text and is_meta(lines[i]):
            roles[i] = META
            if byline_start is None:
                byline_start = i
        elif byline_start is not None and scores[i] > 0:
            byline_start = None           # prose between: the credits did not stand together
    if title:
        for i in range(*title):
            roles[i] = TITLE
    for i in range(first, last + 1):
        if roles[i] == CONTENT or roles[i] == BLANK:
            continue
        if is_meta(lines[i]) and (i - first < 3 or i - first < EARLY_META and _alone(lines, i)
                                  or i == last and not _date_only(lines[i])):
            roles[i] = META               # a date or credit line the prose run took in
    end_matter = None
    for i in range(last + 1, len(lines)):
        if end_matter is None and scores[i] <= END_CUE_SCORE:
            end_matter = i
        if lines[i].text and roles[i] != CHROME and is_meta(lines[i]):
            # below "Related", "Most read", "Comments": the credits and dates of other stories
            roles[i] = CHROME if end_matter is not None else META
    if deck is not None and deck[1] <= first and lines[deck[1] - 1].sentence_end:
        # a standfirst written as a sentence is the article's first paragraph too
        for i in range(deck[1], first):
            if roles[i] != BLANK:
                roles[i] = META if is_meta(lines[i]) else CHROME
        for i in range(*deck):
            roles[i] = CONTENT if lines[i].text else BLANK
        first, byline_start = deck[0], None
    elif title and title[1] <= first:
        lede = _lede_between(lines, scores, title[1], first)
        if lede is not None:
            # a lead paragraph between the headline and the body, parted from it by a picture
            # or a share bar: the article starts there; the chrome between stays out of the text
            for i in range(lede, first):
                if roles[i] == BLANK:
                    continue
                if scores[i] > 0 and not is_meta(lines[i]):
                    roles[i] = CONTENT
                else:
                    roles[i] = META if is_meta(lines[i]) else CHROME
            first = lede
            if byline_start is not None and byline_start >= first:
                byline_start = None
    while first < last and (not lines[first].text or roles[first] == CHROME
                            or roles[first] == HEADING and scores[first] <= -0.5):
        first += 1                        # a share bar left at the top: "ShareTweetEmail"
    m = _SIGN_OFF_TAIL.search(lines[last].raw) if first <= last and lines[last].text else None
    body_end = lines[last].start + m.start() if m else None   # "... por ciento. EFE": the sign-off
    seg = _build(doc, roles, title, first, last, byline_start, body_end=body_end)
    if m:
        seg.last_cut = m.start()
    if end_matter is not None:
        seg.end_matter = end_matter
    if deck is not None:
        seg.subtitle = deck
    return seg


def _lede_between(lines: list[Line], scores: list[float], top: int, first: int) -> int | None:
    """The first prose line between the headline (ending at ``top``) and the body, when what
    lies between it and the body is only chrome, credits and blank lines (no end-matter heading,
    no other prose): an article's lead paragraph set apart by a picture or a share bar."""
    lede = None
    for i in range(top, first):
        line = lines[i]
        if not line.text:
            continue
        if scores[i] <= END_CUE_SCORE:
            return None
        if lede is None and scores[i] > 0.5 and line.words >= 8 and not is_meta(line):
            lede = i
    if lede is None:
        return None
    # the lead's own block, then nothing but non-prose until the body
    j = lede
    while j + 1 < first and lines[j + 1].text and scores[j + 1] > 0:
        j += 1
    if any(scores[k] > 0.5 and not is_meta(lines[k]) for k in range(j + 1, first) if lines[k].text):
        return None
    if sum(1 for k in range(j + 1, first) if lines[k].text) > LEDE_GAP:
        return None
    return lede


def _best_run(scores: list[float]) -> tuple[int | None, int]:
    """The run of lines with the greatest total score (Kadane), as first and last index."""
    best, best_span = 0.0, (None, -1)
    total, start = 0.0, 0
    for i, s in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += s
        if total > best and s > 0:
            best, best_span = total, (start, i)
    first, last = best_span
    if first is not None:
        while scores[first] <= 0 and first < last:
            first += 1
    return first, last


def _choose_run(lines: list[Line], scores: list[float]) -> tuple[int | None, int]:
    """The article's run of prose: of the few best runs, the one that scores most when a run
    with credit or date lines just above it (an article's byline) counts double."""
    masked = list(scores)
    runs = []
    for _ in range(MAX_RUNS):
        first, last = _best_run(masked)
        if first is None:
            break
        total = sum(s for s in scores[first:last + 1])
        runs.append((first, last, total))
        for i in range(first, last + 1):
            masked[i] = -100.0
    if not runs:
        return None, -1
    top_total = runs[0][2]
    enough = min(8.0, top_total / 3)
    # the site's rights notice closes the page: what a saved page prints after it (sign-in and
    # comment-rules dialogs) is not the article when a run of prose stands above it
    page_end = next((i for i, s in enumerate(scores) if s == PAGE_END_SCORE), len(scores))
    prose_before_end = any(last < page_end and total >= enough for _, last, total in runs)

    def weight(run: tuple[int, int, float]) -> float:
        first, _, total = run
        if total >= enough and _credits_above(lines, first):
            return total * 2
        if _end_cue_above(lines, scores, first) or prose_before_end and first > page_end:
            return total * 0.3            # below "Most read", "Related", "Comments": not the article
        return total

    best = max(runs, key=weight)
    return best[0], best[1]


def _end_cue_above(lines: list[Line], scores: list[float], first: int) -> bool:
    """An end-matter heading ("Related", "Comments") or the site's copyright line among the few
    lines above ``first``: what follows is teasers, comments or a cookie notice."""
    seen = 0
    for i in range(first - 1, max(-1, first - 30), -1):
        if lines[i].text:
            seen += 1
            if seen > 10:
                return False
            if scores[i] <= END_CUE_SCORE or COPYRIGHT_START.match(lines[i].text.lower()):
                return True
    return False


def _credits_above(lines: list[Line], first: int) -> bool:
    """A credit or date line among the few lines above ``first``."""
    seen = 0
    for i in range(first - 1, max(-1, first - 40), -1):
        if lines[i].text:
            seen += 1
            if seen > CREDIT_REACH:
                return False
            if is_meta(lines[i]):
                return True
    return False


def _no_prose(lines: list[Line], scores: list[float]) -> tuple[int, int]:
    """No line reads as prose (a table, a list, a one-liner): the body is everything after a
    headline-shaped first line and before a closing sign-off."""
    nonblank = [i for i, l in enumerate(lines) if l.text and scores[i] > -1]
    if not nonblank:
        return 0, -1
    if len(nonblank) >= 3 and not lines[nonblank[0]].sentence_end:
        nonblank = nonblank[1:]
    if len(nonblank) >= 2 and lines[nonblank[-1]].words <= 2 and not lines[nonblank[-1]].sentence_end:
        nonblank = nonblank[:-1]
    return nonblank[0], nonblank[-1]


def _extend_in_block(lines: list[Line], scores: list[float], first: int, last: int) -> tuple[int, int]:
    """Grow the body over the rest of the blocks it starts and ends in (tables, lists, short
    paragraph ends sit in the same block as the prose), stopping at chrome, credit lines and
    a short closing line (a sign-off)."""
    while first > 0 and lines[first - 1].text and scores[first - 1] > -1 and not is_meta(lines[first - 1]):
        first -= 1
    n = len(lines)
    while last + 1 < n and lines[last + 1].text and scores[last + 1] > -1 and not is_meta(lines[last + 1]):
        nxt = lines[last + 1]
        closing = last + 2 >= n or not lines[last + 2].text.strip()
        if closing and nxt.words <= 2 and not nxt.sentence_end:
            break
        last += 1
    return first, last


def _after_inner_byline(lines: list[Line], scores: list[float], first: int, last: int) -> int:
    """A "By X" line inside the run, with most of the run's prose after it, opens the article:
    what stands above it is page matter that the run took in."""
    total = sum(s for s in scores[first:last + 1] if s > 0)
    after = total
    for i in range(first, last + 1):
        if scores[i] > 0:
            after -= scores[i]
        if (i > first + 2 and lines[i].text and is_meta(lines[i])
                and (not _date_only(lines[i]) or lines[i].words <= 4 and _alone(lines, i))
                and (after >= INNER_BYLINE_SHARE * total or after > 0 and _headline_only(lines, first, i))):
            j = i + 1
            while j <= last and (not lines[j].text or is_meta(lines[j])):
                j += 1
            if j <= last:
                return j
    return first


def _headline_only(lines: list[Line], first: int, i: int) -> bool:
    """Only a headline (and a kicker) above line ``i``: at most three lines, none a sentence."""
    head = [l for l in lines[first:i] if l.text]
    return 0 < len(head) <= 3 and not any(l.sentence_end for l in head)


def _cut_at_end_matter(lines: list[Line], scores: list[float], first: int, last: int) -> int:
    """End the body above an end-matter heading inside the run ("Related", "Seguí leyendo"),
    once most of the run's prose stands above it: the teasers below it only joined the run."""
    total = sum(s for s in scores[first:last + 1] if s > 0)
    above = 0.0
    for i in range(first, last + 1):
        if scores[i] > 0:
            above += scores[i]
        elif scores[i] <= END_CUE_SCORE and above >= END_MATTER_SHARE * total and not _story_goes_on(lines, i, last):
            j = i - 1
            while j > first and (not lines[j].text or scores[j] <= -1):
                j -= 1
            return j
    return last


def _story_goes_on(lines: list[Line], cue: int, last: int) -> bool:
    """Whether the paragraphs after an end-matter heading mostly end like sentences: the story
    goes on after an inline "Read more" link; a list of teasers ends none, and the story prints
    no credit or date lines there, as teasers do ("By Jane Roe • Jul 27, 2020")."""
    ends = blocks = 0
    for i, j in _blocks(lines, cue + 1, last + 1):
        if any(lines[k].text and is_meta(lines[k]) for k in range(i, j + 1)):
            return False
        blocks += 1
        ends += lines[j].sentence_end and not lines[j].text.endswith(":")
    return blocks > 0 and ends * 2 > blocks


def _staff_line(lines: list[Line], i: int) -> bool:
    """An author box's line: a short line that opens with a staff title right under a line that
    is only a name ("Jane Roe" / "Redakteurin in der Wirtschaft."), not "Chief executive Tom
    Brown resigned." in the story."""
    line = lines[i]
    if not line.text or line.words > 6 or line.text.split(None, 1)[0].lower().strip(".,:") not in STAFF_TITLES:
        return False
    above = _previous_text(lines, i, 2)
    return (above is not None and 2 <= lines[above].words <= 3 and not lines[above].sentence_end
            and _name_like(lines[above].text))


def _author_boxes(lines: list[Line], scores: list[float]) -> None:
    """The staff line of an author box inside the page is not prose."""
    for line in lines:
        if line.text and line.words <= 6 and _staff_line(lines, line.index):
            scores[line.index] = min(scores[line.index], CAPTION_SCORE)


def _trim_tail(lines: list[Line], scores: list[float], first: int, last: int) -> int:
    """Drop a closing block that calls for more rather than ends the story ("Want more?",
    "FAQs ...", a question or a heading after the last paragraph, a stack of short buttons:
    "Donate 10 €" / "Join from 13 €"), or an author box ("Jane Roe" / "Editor for business.")."""
    for _ in range(3):
        i = last
        top = i
        while top - 1 > first and lines[top - 1].text:
            top -= 1
        block = lines[top:i + 1]
        if (i <= first or top <= first or len(block) > TAIL_BLOCK_LINES
                or any(l.words > 8 and not _contribution(l) and not _SIGN_OFF_ROLES.match(l.text) for l in block)):
            break
        if not all(l.text.endswith("?") or not (l.sentence_end or _SIGN_OFF_TAIL.search(l.raw))
                   or _staff_line(lines, l.index) or _contribution(l) or _SIGN_OFF_ROLES.match(l.text)
                   for l in block):
            break
        last = top - 1
        while last > first and not lines[last].text:
            last -= 1
        if last > first and not _WORDISH.search(lines[last].text):
            last -= 1                     # the rule ("___") set before a closing note
            while last > first and not lines[last].text:
                last -= 1
    return last


def _without_author_bio(lines: list[Line], first: int, last: int) -> int:
    """Drop a closing paragraph that introduces the byline's author ("Jane Roe is a professor at
    ...", and the social handle under it): the author box, not the story."""
    names = _byline_names(lines, first)
    if not names:
        return last
    end = last
    if lines[end].words == 1 and lines[end].text.startswith("@"):
        end = _previous_text(lines, end, 3) or first
    top = end
    while top - 1 > first and lines[top - 1].text:
        top -= 1
    if top <= first or end - top >= TAIL_BLOCK_LINES:
        return last
    opening = lines[top].text.lower()
    for name in names:
        verb = opening[len(name):].split(None, 1)[:1] if opening.startswith(name) else []
        if verb and verb[0] in BIO_VERBS:
            last = top - 1
            while last > first and not lines[last].text:
                last -= 1
            return last
    return last


def _byline_names(lines: list[Line], first: int) -> list[str]:
    """The names (lower case) on the "By ..." lines just above the body."""
    names: list[str] = []
    seen = 0
    for i in range(first - 1, max(-1, first - 40), -1):
        if not lines[i].text:
            continue
        seen += 1
        if seen > CREDIT_REACH:
            break
        words = lines[i].text.split(None, 1)
        if len(words) == 2 and words[0].lower() in BY_WORDS and is_meta(lines[i]):
            names += [n.strip(" .").lower() for n in NAME_JOIN.split(words[1])
                      if len(n.split()) >= 2]
        elif (2 <= lines[i].words <= 3 and _name_like(lines[i].text) and not staff_title(lines[i])
              and i + 1 < first and (is_meta(lines[i + 1]) or staff_title(lines[i + 1]))):
            names.append(lines[i].text.lower())   # "Jessica Park" over "Staff Writer" or the date
    return names


def staff_title(line: Line) -> bool:
    """A short line that ends in a staff title: "Staff Writer", "Business reporter"."""
    return 0 < line.words <= 4 and line.text.split()[-1].lower().strip(".,") in STAFF_TITLES


def _contribution(line: Line) -> bool:
    """A closing note that credits contributing reporters ("... contributed to this report.")."""
    lower = line.text.lower()
    return any(c in lower for c in CONTRIBUTION_CUES)


def _pull_meta(lines: list[Line], scores: list[float], first: int, last: int, force: bool = False) -> int:
    """Move the body start past credit lines among its first few lines (a standfirst, then 'By X'),
    when most of the body's prose comes after them."""
    total = 0.0 if force else sum(s for s in scores[first:last + 1] if s > 0)
    while first <= last and not lines[first].text:
        first += 1
    seen = 0
    new_first = first
    i = first
    while i <= last and seen < META_PULL:
        if lines[i].text:
            seen += 1
            if (is_meta(lines[i]) and (seen <= 2 or new_first == i or not _date_only(lines[i]))
                    and sum(s for s in scores[i + 1:last + 1] if s > 0) >= 0.7 * total):
                new_first = i + 1
        elif new_first == i:
            new_first = i + 1                 # blank lines between credit lines keep them together
        i += 1
    while new_first <= last and not lines[new_first].text:
        new_first += 1
    if new_first > last:
        return first
    return new_first


def _find_title(doc: Document, roles: list[str], scores: list[float], first: int,
                last: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The headline: the best headline-shaped line in the window above the body.

    A headline is short, has no full stop, starts with a capital, shares its words with the
    body, sits close above the body (often just above the credit lines) and is not a caption,
    a menu item or a teaser. The body's first few lines are candidates too: a prose run can
    take in the headline above its first paragraph.
    """
    lines = doc.lines
    vocab = _vocabulary(lines, first, last, doc.unspaced)
    first_text = next((l.index for l in lines if l.text), -1)
    candidates: list[tuple[int, int]] = []        # (line index, non-chrome lines to the body)
    # returns the headline's line range and a standfirst's right below it (or None)
    seen = 0
    i = first - 1
    while i >= max(0, first - TITLE_REACH) and seen < TITLE_WINDOW:
        if lines[i].text and scores[i] > -1:
            seen += 1                     # chrome (share widgets, menus) does not use up the window
            candidates.append((i, seen))
        elif lines[i].text and 3 <= lines[i].repeats < 8 and not lines[i].bullet and seen < TITLE_WINDOW // 2:
            candidates.append((i, seen))  # a headline the page repeats (crumb, share text, form)
        i -= 1
    anchor = _byline_anchor(lines, first)
    if anchor is not None and anchor < first - 1 and all(c[0] != anchor - 1 for c in candidates):
        near = 0
        for i in range(anchor - 1, max(-1, anchor - 12), -1):
            if lines[i].text and scores[i] > -1:
                near += 1
                if near > 4:
                    break
                candidates.append((i, near))
    inside = 0
    for i in range(first, min(last, first + 12)):
        if lines[i].text:
            inside += 1
            if inside > 3:
                break
            if _alone(lines, i) and not lines[i].sentence_end or inside == 1 and _wrapped_headline(lines, i):
                candidates.append((i, 0))
    best, best_score = None, 0.0
    for i, dist in candidates:
        line = lines[i]
        if is_meta(line):
            continue
        score = _title_score(line, doc.unspaced, vocab, first_text)
        if score is None:
            continue
        score -= 0.04 * dist
        below = _meta_below(lines, i, first)
        if below:
            score += BYLINE_BELOW_BONUS if below == "byline" else META_BELOW_BONUS
        if line.words == 2 and line.stops == 0 and _name_like(line.text):
            score = min(score, 1.0)       # a name standing alone: a caption or a credit
        elif "," in line.text and not line.sentence_end and _name_then_outlet(line.text):
            score = min(score, 1.0)       # "Luis Romero, Houston News Now": a credit line
        if _in_paragraph(lines, i) and (not doc.unspaced or len(line.text) >= 40):
            score -= 1.0                  # a line of a wrapped paragraph, not a headline
        elif _wrapped_prose(lines, i):
            score -= 2.0                  # a caption or a lede wrapped onto a second line
        if score > best_score:
            best, best_score = i, score
    if best is None:
        return None, None
    deck = None
    above = _previous_text(lines, best, 2)
    if above is not None and scores[above] > -1 and not is_meta(lines[above]):
        upper = _title_score(lines[above], doc.unspaced, vocab, first_text)
        lower = lines[best]
        if (upper is not None and upper > 0.5 and len(lines[above].text) < len(lower.text)
                and not lines[above].sentence_end and lines[above].words >= 4
                and (lower.words >= 12 and not doc.unspaced or lower.sentence_end
                     or lines[above].words >= HEADLINE_WORDS and not doc.unspaced
                     and (above == 0 or not lines[above - 1].text))):
            deck, best = (best, best + 1), above       # headline above its standfirst (a kicker
                                                       # above a headline is short)
    end = best + 1
    # a headline wrapped over two lines: the next line continues it
    nxt = lines[end] if end < len(lines) else None
    if (nxt is not None and nxt.text and not lines[best].sentence_end and not is_meta(nxt)
            and (len(lines[best].raw) >= 60 or nxt.text[:1].islower()) and len(nxt.text) < len(lines[best].text)
            and _continues_title(nxt) and (end + 1 >= len(lines) or not lines[end + 1].text)):
        end += 1
    if deck is not None:
        d = deck[0] + 1
        if d < len(lines) and lines[d].text and not is_meta(lines[d]) and len(lines[deck[0]].raw) >= 60:
            d += 1                            # the standfirst wraps onto a second line
        deck = (deck[0], d)
    return (best, end), deck


def _previous_text(lines: list[Line], i: int, gap: int) -> int | None:
    """The nearest non-blank line above ``i`` with at most ``gap`` blank lines between."""
    j = i - 1
    while j >= 0 and not lines[j].text and i - j <= gap + 1:
        j -= 1
    return j if j >= 0 and lines[j].text else None


def _byline_anchor(lines: list[Line], first: int) -> int | None:
    """The nearest "By ..." line above the body: the headline stands just above it."""
    for i in range(first - 1, max(-1, first - TITLE_REACH), -1):
        line = lines[i]
        if line.text and is_meta(line) and not _date_only(line) and not (":" in line.text or "：" in line.text):
            return i
    return None


def _in_paragraph(lines: list[Line], i: int) -> bool:
    """Line ``i`` belongs to a block of three or more lines without credit lines: a paragraph,
    not a headline (which takes one line, or two when it wraps)."""
    a = i
    while a > 0 and lines[a - 1].text and not is_meta(lines[a - 1]):
        a -= 1
    b = i
    while b + 1 < len(lines) and lines[b + 1].text and not is_meta(lines[b + 1]):
        b += 1
    return b - a >= 2


def _name_then_outlet(text: str) -> bool:
    """A name, a comma, then a few capitalised words: "Luis Romero, Houston News Now"."""
    name, _, rest = text.partition(",")
    words = rest.split()
    return (2 <= len(name.split()) <= 3 and _name_like(name) and 0 < len(words) <= 4
            and all(w[:1].isupper() for w in words))


def _name_like(text: str) -> bool:
    """Capitalised words and nothing else: "Felipe Berríos"."""
    return all(w[:1].isupper() and w[1:].isalpha() and not w.isupper() for w in text.split())


def _wrapped_headline(lines: list[Line], i: int) -> bool:
    """Line ``i`` and the next form a block of two lines that does not end a sentence: a
    headline wrapped at the page's width (the second line shorter), not a paragraph."""
    if i + 1 >= len(lines) or lines[i].sentence_end or len(lines[i].raw) < 60:
        return False
    nxt = lines[i + 1]
    return (bool(nxt.text) and not nxt.sentence_end and len(nxt.text) < len(lines[i].text)
            and (i + 2 >= len(lines) or not lines[i + 2].text) and (i == 0 or not lines[i - 1].text))


def _wrapped_prose(lines: list[Line], i: int) -> bool:
    """Line ``i`` runs on into the next line, and that one reads as the end of a sentence or a
    picture credit ("... depuis une" / "cinquantaine d'années. Image: Keystone")."""
    line = lines[i]
    if i + 1 >= len(lines) or line.sentence_end:
        return False
    nxt = lines[i + 1]
    if not nxt.text:
        return False
    if is_caption(nxt.text.lower()):
        return True
    return not is_meta(nxt) and bool(_TWO_SENTENCES.search(nxt.text)
                                     or nxt.text.endswith(".") and not nxt.text.endswith(".."))


def _continues_title(line: Line) -> bool:
    """Whether a short line below a long headline line can be its wrapped end ("Neuanfang")."""
    text = line.text
    if line.bullet or LINK_SHAPE.search(text) or line.sentence_end and not text.endswith(("?", "!")):
        return False
    lower = text.lower()
    return not (is_caption(lower) or END_CUES.match(lower) or COPYRIGHT_START.match(lower)
                or breadcrumb_items(text)) and bool(_WORDISH.search(text))


def _alone(lines: list[Line], i: int) -> bool:
    """A line with blank lines (or the text's edge) above and below."""
    return (i == 0 or not lines[i - 1].text) and (i + 1 >= len(lines) or not lines[i + 1].text)


def _meta_below(lines: list[Line], i: int, first: int) -> str | None:
    """A credit or date line among the next three non-blank lines below line ``i``: "byline"
    for a "By X" line (or "By" alone), "meta" for a date or a labelled line, else None; None
    too when line ``i`` runs on into a line of its paragraph."""
    if i + 1 < len(lines) and lines[i + 1].text and not is_meta(lines[i + 1]):
        return None                       # the line runs on into its paragraph
    seen = 0
    for line in lines[i + 1:]:
        if not line.text:
            continue
        seen += 1
        if seen > 3:
            return None
        if is_meta(line) and not is_caption(line.text.lower()):
            # a byline or a date, not a photo credit
            first_word = line.text.split(None, 1)[0].lower()
            return "byline" if first_word in BY_WORDS or line.text.startswith(BY_PREFIXES) else "meta"
    return None


def _title_score(line: Line, unspaced: bool, vocab: set[str], first_text: int = -1) -> float | None:
    """How headline-like a line is, or None when it cannot be one."""
    text = line.text
    n = len(text)
    cap = 10.0
    if line.bullet or LINK_SHAPE.search(text) or line.repeats >= 8 or not _WORDISH.search(text):
        return None
    lower = text.lower()
    if END_CUES.match(lower) or COPYRIGHT_START.match(lower) or breadcrumb_items(text) or _label_pair(text):
        return None
    if unspaced:
        if not 5 <= n <= 80:
            return None
        if n < 8:
            cap = 0.5                     # a site name or a label, shorter than a headline
    elif not 2 <= line.words <= 30 or n > 250:
        if not (line.words == 1 and n >= 4 and line.index == first_text):
            return None                   # one word: only a wire slug opening the text
        cap = 0.5
    if not (text[0].isalnum() or text[0] in TITLE_OPENERS):
        return None                       # "| 0 saved articles", "> More": furniture
    score = 1.0
    if text.endswith(".") and not text.endswith(("..", "…")):
        score -= 1.5
    if _TWO_SENTENCES.search(text):
        score -= 1.0                      # a sentence ends inside the line: prose, not a headline
    elif text.endswith((":", ",", ";")):
        score -= 1.0
    if is_caption(lower):
        score -= 1.5
    if not unspaced:
        if text[0].islower():
            score -= 1.5
        words = [w.strip(".,:;!?\"'“”‘’()«»") for w in lower.split()]
        if sum(1 for w in words if w in CHROME_WORDS) * 2 >= len(words):
            score -= 1.0
        if 4 <= line.words <= 20:
            score += 0.5
        if line.words > 15:
            score -= 0.05 * (line.words - 15)   # headlines are short; long lines are ledes
        content = _LONG_WORD.findall(lower)
        if content:
            hits = sum(1 for w in content if w in vocab or w[:6] in vocab)
            score += 2.5 * hits / len(content) * min(len(content), 3) / 3
    else:
        grams = {text[k:k + 2] for k in range(len(text) - 1)}
        if grams:
            score += 2.5 * sum(1 for g in grams if g in vocab) / len(grams)
    if line.repeats == 2:
        score += 0.3                      # a headline often shows twice (page and share text)
    return min(score, cap)


def _label_pair(text: str) -> bool:
    """Short labels joined by " / " or " | ": a site and its section ("Prachatai / News"), not a
    headline."""
    for sep in (" / ", " | "):
        if sep in text:
            parts = [p.strip() for p in text.split(sep)]
            return len(parts) <= 3 and all(p and len(p.split()) <= 2 and len(p) <= 16 for p in parts)
    return False


def _vocabulary(lines: list[Line], first: int, last: int, unspaced: bool) -> set[str]:
    """Words (and six-letter stems) of the body, or character pairs for unspaced scripts."""
    parts, count = [], 0
    for line in lines[first:last + 1]:
        if line.text:
            parts.append(line.text)
            count += line.words
            if count > 600:
                break
    if unspaced:
        text = " ".join(parts).lower()
        return {text[k:k + 2] for k in range(len(text) - 1)}
    words: set[str] = set()
    for part in parts:
        lower = part.lower()
        if lower.isascii():
            # most lines: split instead of a regex scan, 2x faster. Shorter words stay in:
            # only words of four letters or more (and their stems) are ever looked up
            words.update(lower.encode().translate(_ASCII_WORDS_ONLY).decode().split())
        else:
            words.update(_LONG_WORD.findall(lower))
    return words | set(map(_STEM, words))


# --- archive records: the layout marked the body ------------------------------------------------

def _segment_marked(doc: Document, record: Record) -> Segmentation:
    lines = doc.lines
    bstart, bend = record.body
    roles = [BLANK if not l.text else META for l in lines]
    # the body may start inside a line ("Full text: From masking ...", "LP  First paragraph")
    first = next((i for i, l in enumerate(lines) if l.text and l.end > bstart), len(lines))
    last = max((i for i, l in enumerate(lines) if l.text and l.start < bend and l.end > bstart),
               default=first - 1)
    for i in range(first, last + 1):
        if lines[i].text:
            roles[i] = CONTENT
    title = None
    byline_start = None
    for f in record.fields:
        i = _line_at(lines, f.start)
        if i is None or i >= first:
            continue
        if f.key == "title" and title is None:
            title = (i, _line_at(lines, max(f.start, f.end - 1)) + 1)
        elif f.key in ("byline", "editor") and byline_start is None and title and i >= title[1]:
            byline_start = i
    if title:
        for i in range(*title):
            roles[i] = TITLE
    seg = _build(doc, roles, title, first, last, byline_start, body_start=bstart)
    if first < len(lines) and bstart > lines[first].start:
        seg.first_cut = bstart - lines[first].start
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

def _build(doc: Document, roles: list[str], title: tuple[int, int] | None, first: int, last: int,
           byline_start: int | None, body_start: int | None = None, body_end: int | None = None) -> Segmentation:
    lines = doc.lines
    start, end = doc.offset, doc.offset + len(doc.text)
    if not lines or first > last:
        return Segmentation((Segment(SegmentKind.HEADER, start, end),) if end > start else (),
                            roles, title, (0, 0), end_matter=len(lines))
    body_start = max(body_start or 0, lines[first].start)
    body_end = body_end if body_end is not None and body_end > body_start else lines[last].stop
    cuts = [(SegmentKind.HEADER, start)]
    if byline_start is not None:
        cuts.append((SegmentKind.BYLINE, lines[byline_start].start))
    cuts.append((SegmentKind.BODY, body_start))
    cuts.append((SegmentKind.FOOTER, body_end))
    cuts.append((None, end))
    segments = tuple(Segment(kind, a, b) for (kind, a), (_, b) in zip(cuts, cuts[1:]) if b > a)
    return Segmentation(segments, roles, title, (first, last + 1), end_matter=len(lines))
