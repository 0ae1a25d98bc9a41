"""The measures of one line's text, for its row of the feature table (``features.py``).

``measure`` reads a line once into the values the table's ``Row`` holds from ``chars`` to
``date_value``: its shape (length, letters and digits, capitals, punctuation, how it ends), the
cues of ``rules/`` it matches (a byline word, labels, a published or updated cue, an end-matter
heading, a teaser's cue, a notice or prompt, a copyright, rights or caption mark, a reading
time, an advertisement), whether it reads as a menu or a breadcrumb trail, as a person's name
or a credit, and the dates it holds. Each cue pattern stands behind a cheaper test of the words
it needs (``quickre.py``), and the tests of most cues share one look at the line: nearly every
line holds none of them.
"""
from __future__ import annotations

import re
from itertools import repeat
from operator import itemgetter

from .credit_cues import credit_start_later, has_credit_cue
from .date_values import DateContext, FoundDate
from .dateline import match_dateline
from .dates import find_dates
from .lang import script_of
from .lazyre import lazy
from .lines import Line
from .name_shapes import PUBLISHED, READING, UPDATED, has_given_name
from .quickre import Quick, fold
from .rules.cues import (AD_START, AD_WORDS, BREADCRUMB_SEPARATORS, CHROME_WORDS, CODE_CHARS, COPYRIGHT_START,
                         HOME_WORDS, LINK_SHAPE, MARKUP_LINE, is_caption, is_chrome, is_end_cue, is_end_heading,
                         is_notice, is_prompt, is_teaser_cue, wire_sign_off)
from .rules.labels import RIGHTS_RESERVED, find_labels
from .rules.people import BY_PREFIXES, BY_WORDS, CONTRIBUTION_CUES, ROLE_PHRASES, STAFF_TITLES
from .rules.scripts import UNSPACED_SCRIPTS
from .rules.stopwords import ALL_STOPWORDS

_PLACEHOLDER = lazy(r"(?:\[[^\]]{1,80}\]\s*)+$")
_STRIP = ".,:;!?\"'“”‘’()«»[]|•·-–—"
BULLET_CHARS = "•*·●○◦▪▫■□☆★►▶→-–—+>◆◇✓✔ \t0123456789.)"
_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][a-zà-öø-ÿā-ſа-яё'’\-]+\.?$|^[A-Z]\.$")
_DROP_CODE = str.maketrans("", "", "".join(CODE_CHARS))
_ASCII_CODE = "".join(sorted(c for c in CODE_CHARS if c.isascii())).encode()
_FIRST = itemgetter(0)


def measure(line: Line, unspaced: bool, short: bool, ctx: DateContext) -> tuple:
    """The measures of a line's text, in the order of ``Row``'s fields from ``chars`` to
    ``date_value``. ``short``: the line's block holds at most ``CHROME_BLOCK`` lines."""
    text = line.text
    n = len(text)
    lower = text.lower()
    tokens = lower.split()
    words = line.words
    if unspaced:
        stop_share = sum(text.count(p) for p in "，。、的了是在") / max(1, n) * 4
    else:
        stop_share = line.stops / words if words else 0.0
    caps = capital_words(text)
    if text[:3] == ":::" and MARKUP_LINE.fullmatch(text):
        letters = digits = 0              # a fence of markup ("::: {.byline}"): a rule, no words of text
    else:
        letters, digits = letters_and_digits(text)
    punct = n - letters - digits - text.count(" ")
    folded = lower if text.isascii() else fold(text)
    # the interface words among the words, each stripped and looked up in C
    chrome = sum(map(CHROME_WORDS.__contains__, map(str.strip, tokens, repeat(_STRIP))))
    labels = tuple(find_labels(text)) if (":" in text or "：" in text) else ()
    first = tokens[0].rstrip(":") if tokens else ""
    by = (first in BY_WORDS and len(tokens) >= 1) or text.startswith(BY_PREFIXES)
    dates: tuple[FoundDate, ...] = ()
    if line.digits or not unspaced and words <= 12:
        dates = tuple(d for d in find_dates(text, ctx) if d.value is not None or d.warning)
    covered = sum(d.end - d.start for d in dates)
    sep = text.count("|") + text.count("•") + text.count("·") + text.count(" / ")
    end_char = text.rstrip("\"'”’»)]」』 ")[-1:]
    # most lines hold no piece of any of the three cue patterns: one look for all of them
    opening = lower.lstrip(BULLET_CHARS)  # the line after its list mark, where end-matter cues stand
    if opening[:1] == "#":                # ... or after a Markdown heading's marks ("### Most read")
        opening = _HEADING_MARKS.sub("", opening, count=1)
    published, updated, reading = _cues_held(folded)
    return (
        n, letters, words, min(stop_share, 1.0), caps / max(1, len(tokens)),
        text.isupper() and letters > 3, digits / n, max(0, punct) / n,
        line.sentence_end, end_char,
        (folded is None or _LINK_HINT.search(folded) is not None) and _LINK.search(text, folded),
        text[0] == "[" and _PLACEHOLDER.match(text) is not None,
        sep, chrome / max(1, len(tokens)),
        n > 20 and code_chars(text) * 8 > n,
        by, labels, frozenset(k for k, *_ in labels),
        published and _PUBLISHED.search(text, folded),
        updated and _UPDATED.search(text, folded),
        (end := words <= 6 and is_end_cue(opening)),
        not end and words <= TEASER_WORDS and _cue_colon(
            opening if opening[:1] != "[" else _LINK_MARK.sub("", opening, count=1)),
        end or words <= END_HEADING_WORDS and is_end_heading(opening),
        words <= NOTICE_WORDS and is_notice(lower) or short and is_chrome(lower),
        words <= PROMPT_WORDS and is_prompt(lower),
        COPYRIGHT_START.match(lower) is not None or "©" in text,
        _has_rights(lower),
        is_caption(lower), reading and _READING_TIME.search(text, folded),
        lower.startswith(AD_WORDS) and AD_START.match(lower) is not None, bool(breadcrumb_items(text)),
        _name_like(text), (cue := words <= 30 and has_credit_cue(text)),
        not cue and words <= 30 and credit_start_later(text) > 0,
        closing_credits(text, lower, words, cue),
        words <= 30 and _NAME_IN.search(text) is not None, words <= 30 and caps > 1 and has_given_name(text),
        0 < words <= 5 and tokens[-1].strip(_STRIP) in STAFF_TITLES,
        "@" in text, words <= 6 and wire_sign_off(text),
        _dateline_end(line),
        dates, min(1.0, covered / n), any(d.value is not None for d in dates),
    )


_HEADING_MARKS = lazy(r"^#{1,6}\s+")   # a Markdown heading's opening marks, not a hashtag ("#Harbour2030")
_LINK_MARK = lazy(r"^\[\d{1,4}\]\s*")  # a text browser's link number before a teaser's cue ("[7]Read more: ...")
NOTICE_WORDS = 80        # a cookie notice is a paragraph at most
PROMPT_WORDS = 40        # a paywall's or a sign-up prompt is a sentence or two
END_HEADING_WORDS = 8    # an end-matter heading ("Related stories", "Mehr zum Thema") or tag line is this short
# a newsletter's chrome is a notice in a block of at most so many lines: the segmenter takes a
# notice's whole block, and a short page that lost its blank lines is one block
CHROME_BLOCK = 3
TEASER_WORDS = 30        # an end-matter cue, a colon and a headline: a teaser for another story
TEASER_CUE = 30          # characters of the line its cue and colon stand in


def _cue_colon(lower: str) -> bool:
    """Whether the line opens with an end-matter or teaser cue and a colon or a bar ("read
    more: ferry fares rise", "lesen sie auch: ...", "lire aussi : ...", "lee más | ..."), as a
    teaser for another story does."""
    head = lower[:TEASER_CUE]
    return (":" in head or "|" in head) and is_teaser_cue(lower)


# the cue patterns, each behind a cheap test of the words it needs (quickre.py; names.py has the others)
_LINK = Quick(LINK_SHAPE)
_PUBLISHED, _UPDATED, _READING_TIME = PUBLISHED, UPDATED, READING


def _shortest_pieces(phrases) -> set[str]:
    """``phrases`` without those that hold another: a text holds one of them if and only if it
    holds one of the phrases. Shortest first, each tested against those kept (a phrase that
    holds a dropped one holds what that one holds), with ``in`` called from C: a tenth of the
    cost of testing every pair in Python."""
    kept: list[str] = []
    for p in sorted(phrases, key=len):
        if not any(map(p.__contains__, kept)):
            kept.append(p)
    return set(kept)


# the pieces of text one of which every match of a published, updated or reading-time cue
# holds (quickre.py), without those that hold another piece; None when a pattern has none
_CUE_PIECES = (None if any(q.pieces is None for q in (_PUBLISHED, _UPDATED, _READING_TIME)) else
               tuple(sorted(_shortest_pieces(_PUBLISHED.pieces | _UPDATED.pieces | _READING_TIME.pieces))))

# a shorter look first: every ASCII piece of _CUE_PIECES holds one of these hints (picked so
# that a few cover many: "publi" stands in "published", "publicado", "publiziert", ...; a
# test in test_speed_features.py keeps them in step), so a line that holds none of them and
# none of the other pieces holds no piece: 21 tests with ``in`` where there were 43, on
# every line. A line that holds a hint but no piece is told so by the cue's own cheap test.
_CUE_HINTS = ("publi", "tuali", "pdate", "empo d", "post", "read", "lese", "temps de lecture", "czas czytania",
              "mis en ligne", "yayinlanma", "pubblicato", "erschienen", "bijgewerkt", "aggiornato", "submitted",
              "geplaatst", "released", "leestijd", "erstellt", "udgivet")
# the pieces with another character, which only a line that is not ASCII can hold
_OTHER_CUE_PIECES = None if _CUE_PIECES is None else tuple(p for p in _CUE_PIECES if not p.isascii())
# each cue pattern's pieces by the hints they hold: every ASCII piece of a pattern holds one,
# as it holds a piece of _CUE_PIECES
_PIECES_BY_HINT = None if _CUE_PIECES is None else tuple(
    {h: tuple(p for p in q.pieces if h in p) for h in _CUE_HINTS} for q in (_PUBLISHED, _UPDATED, _READING_TIME))


def _cues_held(folded: str | None) -> tuple[bool, bool, bool]:
    """False for each of the published, updated and reading-time cue patterns that the line,
    folded, cannot match, as it holds none of the pattern's pieces. An ASCII line is scanned
    for the hints once, then for each pattern only for its pieces that hold a hint the line
    holds: a line of prose with " read" or "post" in it is told with a few scans, where each
    pattern's own cheap test would scan it for every piece (82 in all)."""
    if folded is None or _PIECES_BY_HINT is None:
        return True, True, True
    if not folded.isascii():
        cues = any(map(folded.__contains__, _CUE_HINTS)) or any(map(folded.__contains__, _OTHER_CUE_PIECES))
        return cues, cues, cues
    hints = list(filter(folded.__contains__, _CUE_HINTS))
    if not hints:
        return False, False, False
    held = folded.__contains__
    return tuple(any(any(map(held, by_hint[h])) for h in hints) for by_hint in _PIECES_BY_HINT)


# what every match of LINK_SHAPE holds, in the folded line: "://" (a scheme), "www.", "["
# (a bracketed link), or a dot before a file ending's first letter (".htm", ".php", ".asp",
# ".jpg", ".gif", ".svg", ".webp"); a test in test_quickre.py keeps these in step with it
_LINK_HINTS = ("://", "www.", "[", ".h", ".p", ".a", ".j", ".g", ".s", ".w")
# ... looked for with one search: their first characters are rare in prose, so the search
# skips along a line in C, where ten tests with ``in`` scan it ten times (2.5x the cost)
_LINK_HINT = re.compile("|".join(map(re.escape, _LINK_HINTS)))

# phrases looked for in the lower-cased line, each with ``in``: faster than one alternation
_RIGHTS_PHRASES = tuple(sorted(_shortest_pieces(RIGHTS_RESERVED)))
_ASCII_RIGHTS_PHRASES = tuple(p for p in _RIGHTS_PHRASES if p.isascii())   # those an ASCII line can hold
# each of those holds one of these hints (a test keeps them in step): an ASCII line holding
# none of them holds none of the phrases, told with five tests rather than nine
_RIGHTS_HINTS = ("s reserv", "orbeh", "minden jog fenntartva", "hak cipta dilindungi", "diritti riservati")


def _has_rights(lower: str) -> bool:
    """Whether a lower-cased line holds a phrase of ``RIGHTS_RESERVED`` ("All rights reserved")."""
    if lower.isascii():
        return any(map(lower.__contains__, _RIGHTS_HINTS)) and any(map(lower.__contains__, _ASCII_RIGHTS_PHRASES))
    return any(map(lower.__contains__, _RIGHTS_PHRASES))

# the contribution lines' phrases ("contributed to this report"): a line holds one when the
# alternation of them would match, and eight tests with ``in`` on a line of at most 30 words
# cost what the alternation does, without compiling it (0.4 ms at every start)
_CONTRIBUTION_CUES = tuple(CONTRIBUTION_CUES)
# each of those holds one of these hints (a test keeps them in step): most lines hold neither
_CONTRIBUTION_HINTS = ("contribu", "trug zu diesem bericht bei")


def closing_credits(text: str, lower: str, words: int, cue: bool) -> bool:
    """Whether a line is a wire story's closing credits: "(Reporting by X; Editing by Y)", or one
    role's credit in brackets of its own, "(Reporting by X in Mumbai)" (``cue``: it reads as a
    credit, ``has_credit_cue``), or its note that others contributed ("X in Boston contributed
    to this report.")."""
    return (cue and (";" in text and _ROLE_CREDITS.match(text) is not None
                     or text[:1] == "(" and text[-1:] == ")" and _ROLE_CREDIT_ALONE.match(text) is not None)
            or words <= 30 and any(map(lower.__contains__, _CONTRIBUTION_HINTS))
            and any(map(lower.__contains__, _CONTRIBUTION_CUES)))

# an ASCII line's bytes without its letters, or without its digits: counting by the length lost
_ASCII_LETTERS = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"   # string.ascii_letters, without
_ASCII_DIGITS = b"0123456789"                                               # importing string (0.6 ms)
MAX_CACHED_CHAR = 0x10000       # characters beyond are classed each time (an input may hold any)


class _CharClasses(dict):
    """A character's class for ``str.translate``: "a" a letter (``isalpha``), "d" a digit
    (``isdigit``), "o" anything else; each character is classed on first sight."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        kind = "a" if ch.isalpha() else "d" if ch.isdigit() else "o"
        if code < MAX_CACHED_CHAR:
            self[code] = kind
        return kind


_CLASSES = _CharClasses()


def letters_and_digits(text: str) -> tuple[int, int]:
    """How many characters of ``text`` are letters and how many digits, by ``str.isalpha`` and
    ``str.isdigit``, counted in C rather than character by character in Python."""
    if text.isascii():
        data = text.encode()
        n = len(data)
        return n - len(data.translate(None, _ASCII_LETTERS)), n - len(data.translate(None, _ASCII_DIGITS))
    kinds = text.translate(_CLASSES)
    return kinds.count("a"), kinds.count("d")


# an ASCII text's bytes as "0" for whitespace (where ``str.split`` cuts), "2" for a capital
# letter and "1" for the rest
_CAPITAL_MARKS = bytes(ord("0") if chr(b).isspace() else ord("2") if 65 <= b <= 90 else ord("1")
                       for b in range(128)) + b"1" * 128


def capital_words(text: str) -> int:
    """How many words of ``text`` (split at whitespace) open with a capital (``str.isupper``).
    An ASCII text is read as bytes, a capital after a space or at the start, in three C passes
    rather than by building the list of its words."""
    if text.isascii():
        marks = text.encode().translate(_CAPITAL_MARKS)
        return marks.count(b"02") + marks.startswith(b"2")
    # ``split`` gives no empty word, so each word's first character is its ``[:1]``
    return sum(map(str.isupper, map(_FIRST, text.split())))


def code_chars(text: str) -> int:
    """How many characters of ``text`` are of ``CODE_CHARS``. They are all ASCII, so an ASCII
    text is counted as bytes, whose ``translate`` deletes them several times faster than a
    string's."""
    if text.isascii():
        data = text.encode()
        return len(data) - len(data.translate(None, _ASCII_CODE))
    return len(text) - len(text.translate(_DROP_CODE))


def _dateline_end(line: Line) -> int:
    """Where a wire dateline that opens the line ends, or 0: one that names an agency or its
    place in capitals ("BEIJING, May 17 (Xinhua) --", "NEW YORK, Feb 26 -"; in lower case in
    copy set all in lower case), not a headline that happens to read like one ("Election
    called for 4 July - what happens next")."""
    if line.words > 200 or not (line.text[:1].isalpha() or line.text[:1] in "(（"):
        return 0
    m = match_dateline(line.raw, stated=False)
    place = (m.location or "").split(",")[0] if m is not None else ""
    if m is None or not (m.agency or place.isupper() or place.islower() and m.date_text
                         or place and not place.isascii()):
        return 0
    return m.end


_ROLE_WORDS = "|".join(re.escape(p) for p in ROLE_PHRASES if " " in p)   # "reporting by", "editing by"
_ROLE_CREDITS = lazy(rf"(?i)\(?(?:{_ROLE_WORDS})\s+\S[^;]*;\s*(?:{_ROLE_WORDS})\b")
# one role's credit in brackets of its own, or the credits and the desk's contact in one pair of
# brackets, as Reuters' German service prints them ("(Bericht von X, redigiert von Y. Bei Rückfragen
# ... (für Politik) ...)"): brackets inside it one deep
_ROLE_CREDIT_ALONE = lazy(rf"(?i)\((?:{_ROLE_WORDS})\s+(?:[^;()]|\([^;()]{{0,80}}\)){{1,400}}\)$")
_NAME_IN = re.compile(r"(?<![\w.])[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+(?: [A-Z]\.)? [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+(?![\w])")


def _name_like(text: str) -> bool:
    """Two to four capitalised words and nothing else: "Jane Roe", "Anna-Lena M. Roe"."""
    parts = text.strip(" -–—•·|").split(None, 4)   # a fifth part is enough to say no
    return 2 <= len(parts) <= 4 and all(_NAME_WORD.match(p) for p in parts) and not any(
        p.lower() in ALL_STOPWORDS and len(p) > 3 for p in parts)


def echoed_lines(nonblank: list[Line]) -> set[int]:
    """Lines another line cuts off with an ellipsis ("Harbour baths to stay open for…" for
    the full headline): a page's teaser or share text of its own headline."""
    cut = {}
    for line in nonblank:
        t = line.text
        if t.endswith(("…", "...")) and 15 <= len(t) <= 200:
            cut.setdefault(t.rstrip(".…").rstrip()[:40].lower(), []).append(line.index)
    if not cut:
        return set()
    out = set()
    for line in nonblank:
        t = line.text
        if len(t) >= 20 and not t.endswith(("…", "...")):
            key = t[:40].lower()
            for k in (key,) if key in cut else ():
                out.add(line.index)
            # a shorter cut: match by prefix of the cut text
            for k, idx in cut.items():
                if len(k) < 40 and t.lower().startswith(k) and len(t) > len(k):
                    out.add(line.index)
    return out


def breadcrumb_items(text: str) -> list[str]:
    """The items of a breadcrumb trail ("Home >> World >> Asia"), or [] when ``text`` is not one.
    A "you are here" label before it is not an item; a long "Home | ..." line is a menu."""
    m = _HERE.match(text) if ":" in text or "：" in text else None
    if m:
        text = text[m.end():]
    if not any(map(text.__contains__, BREADCRUMB_SEPARATORS)):
        return []                         # most lines: told with one call from C, not a loop in Python
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


CRUMB_ITEMS = 5
MENU_ITEMS = 4           # a menu on one line holds at least this many items ("Oil · Gold · Bitcoin" is a headline)
SPACED_MENU_ITEMS = 3    # ... or this many single words set apart by runs of spaces ("Menu   Search   Subscribe")
MENU_ITEM_WORDS = 2      # ... of a word or two each
MENU_SEPARATORS = lazy(r"\s[|·•]\s|\s{2,}")    # "Local | Business", "Local · Business", "Local  Business"
_MENU_MARKS = ("|", "·", "•", "  ")                # one of which every MENU_SEPARATORS split holds


def split_menu(text: str) -> list[str]:
    """The items of ``text`` split as a menu on one line splits (``MENU_SEPARATORS``), each
    with its spaces collapsed."""
    return [" ".join(p.split()) for p in MENU_SEPARATORS.split(text)]


def menu_items(text: str) -> list[str]:
    """The items of a site's menu printed on one line, or [] when ``text`` is not one: at least
    ``MENU_ITEMS`` items of a word or two ("&" aside), each opening in capitals, split by bars,
    middle dots or runs of spaces ("Home | World | Sport | Culture", "News · Sport · Life ·
    Travel"), or ``SPACED_MENU_ITEMS`` single words set apart by runs of spaces ("Menu   Search
    Subscribe"), and no sentence. Such a line is never a headline; three items between bars or
    dots may be one ("Oil · Gold · Bitcoin", "Budget vote | Politics | Valley Courier")."""
    text = text.strip()
    if text[-1:] in ".!?:;,":
        return []
    if not any(map(text.__contains__, _MENU_MARKS)):
        return _unspaced_menu(text)
    items = split_menu(text)
    if len(items) < MENU_ITEMS and not (len(items) >= SPACED_MENU_ITEMS and " " not in "".join(items)
                                        and not any(map(text.__contains__, "|·•"))):
        return []
    for item in items:
        words = [w for w in item.split() if any(map(str.isalnum, w))]
        if not 0 < len(words) <= MENU_ITEM_WORDS or words[0][:1].islower():
            return []                     # a menu's items open in capitals: "Mayor  quits  after audit" is a headline
    return items


UNSPACED_ITEM_CHARS = 6  # an item of a menu in a script written without spaces is this short ("首页", "スポーツ")


def _unspaced_menu(text: str) -> list[str]:
    """The items of a menu in a script written without spaces (Chinese, Japanese, Thai), set
    apart by single spaces ("首页 国内 国际 财经", "トップ ニュース 経済 スポーツ"): at least
    ``MENU_ITEMS`` items of that script of at most ``UNSPACED_ITEM_CHARS`` characters each, as
    prose in those scripts holds no spaces between its words. Else []."""
    if text.isascii() or text.count(" ") < MENU_ITEMS - 1:
        return []
    items = text.split(" ")
    if len(items) < MENU_ITEMS or not all(0 < len(item) <= UNSPACED_ITEM_CHARS and all(
            script_of(c) in UNSPACED_SCRIPTS for c in item) for item in items):
        return []
    return items


from .rules.cues import HERE_LABELS  # noqa: E402
_HERE = lazy(r"(?i)\s*(?:" + "|".join(map(re.escape, HERE_LABELS)) + r")\s*[:：]\s*")
