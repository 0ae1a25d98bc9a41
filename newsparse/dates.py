"""Dates: find the date expressions in a line and normalise them, or say they are unknown.

This module owns date reading; its words (month and weekday names, zone abbreviations, relative
words) are data in ``rules/dates.py``. Reading a line goes in four steps:

1. *Cores.* Compiled patterns find the day part of each expression: numeric dates
   (``2024-05-17``, ``17.05.2024``, ``05/06/2024``, ``2024年5月17日``), month names beside a day
   number (looked up in a dict, never a giant alternation) and relative words ("yesterday",
   "3 hours ago", "3小时前"). Overlaps keep the full date, then the longest.
2. *Surroundings.* Around each core: a weekday, a time after it (``, 10:42 Uhr``, ``T10:42:00Z``)
   or before it (``11:00am, 14 Feb 2021``), and a zone after the time or zone words before it.
3. *Values.* The parts are checked and turned into a ``PubDate`` directly. Nothing is ever filled
   in from the clock: a year-less or relative date is resolved only against
   ``DateContext.reference`` and otherwise comes back with ``value=None`` and a warning. A numeric
   date whose day/month order nothing decides, an impossible date (Feb 30) and a year before 1800
   come back the same way.
4. *Times alone.* A marked time with no date beside it (``Updated: 10:09am``, ``8:27 PM AEST``)
   takes the day of the dated time before it on the same line; else it is reported (its span is
   no body text and no name) with no value and no warning: a time is not a date.

Zones: numeric offsets and ``GMT+8`` / ``UTC-4`` with their printed sign (python-dateutil reverses
the POSIX-style sign, so such strings are never given to it); abbreviations, with CST, IST and AST
read by the country and language of the source; zone words ("Beijing time", "北京时间"); else the
source's home zone; else no offset at all (never assumed UTC).

Every pattern is compiled at import, anchored or bounded, and free of nested quantifiers that
could backtrack: a line is read in time linear in its length.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache

from .lazyre import LazyPattern, lazy
from .model import PubDate
from .rules import dates as rules
from .rules.dates import MONTHS, WEEKDAYS, strip_accents
from .slotted import frozen, mutable

MIN_YEAR = 1800
_MAX_OFFSET = 14 * 60           # minutes; no zone on Earth is further from UTC

# Characters read as their ASCII twins, one for one so offsets stay the same: full-width digits
# and punctuation (Chinese and Japanese pages), Arabic-Indic, Persian, Devanagari, Bengali,
# Gujarati, Tamil and Thai digits, the ideographic space, and the minus and hyphen signs.
_FOLD = str.maketrans(
    "０１２３４５６７８９：／－．，（）＋　" "٠١٢٣٤٥٦٧٨٩" "۰۱۲۳۴۵۶۷۸۹" "०१२३४५६७८९" "০১২৩৪৫৬৭৮৯"
    "૦૧૨૩૪૫૬૭૮૯" "௦௧௨௩௪௫௬௭௮௯" "๐๑๒๓๔๕๖๗๘๙" "−‐‑،",
    "0123456789:/-.,()+ " "0123456789" "0123456789" "0123456789" "0123456789" "0123456789"
    "0123456789" "0123456789" "---,")
# any character ``_FOLD`` changes: a line without one (nearly every line) is its own fold, and
# this search in C is cheaper than ``str.translate`` looking each character up in the table
_FOLDABLE = lazy("[" + re.escape("".join(map(chr, _FOLD))) + "]")


AMBIGUOUS = "ambiguous numeric date"     # how the warning of a date whose order is unknown opens


@frozen
class DateContext:
    """What the surroundings tell about the dates of a text."""
    reference: date | None = None    # the day relative and year-less dates are read against
    dayfirst: bool | None = None     # forced order of numeric dates
    language: str | None = None      # ISO 639-1 code of the text
    country: str | None = None       # ISO 3166 code of the source: CST, numeric order
    home_zone: str | None = None     # IANA zone of the source, for times printed without one
    shown_order: bool | None = None  # the order the text's own unambiguous numeric dates show
                                     # (``shown_day_first``): read when nothing above tells


@frozen
class FoundDate:
    start: int                # span of the whole expression (weekday, date, time and zone)
    end: int
    raw: str
    value: PubDate | None     # None when it cannot be completed (the warning says why; a time
    warning: str | None = None  # with no date at all has neither value nor warning)


def dates_cover(found: list[FoundDate], text: str, share: tuple[int, int] = (1, 2)) -> bool:
    """Whether the dates ``found`` in ``text`` make up at least ``share`` (a fraction, as
    numerator and denominator) of its characters: a date line, not a sentence with a date."""
    num, den = share
    return sum(d.end - d.start for d in found) * den >= len(text) * num


# --- patterns -------------------------------------------------------------------------------

def _alternation(words) -> str:
    """A regex alternation of literal words, longest first (so "a las" wins over "a")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_L = r"[^\W\d_]"                                 # a letter
# combining marks that belong inside a word (Thai, Devanagari, Arabic, Hebrew, decomposed Latin);
# the dateline's words are read with them too
WORD_MARKS = _MARKS = ("\u0300-\u036f\u0483-\u0487\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
          "\u0610-\u061a\u064b-\u065f\u0670"
          # the combining marks (Mn, Mc) of the Indic scripts, Devanagari to Sinhala, read off
          # unicodedata: no letter among them
          "\u0900-\u0903\u093a-\u093c\u093e-\u094f\u0951-\u0957\u0962-\u0963\u0981-\u0983\u09bc"
          "\u09be-\u09c4\u09c7-\u09c8\u09cb-\u09cd\u09d7\u09e2-\u09e3\u09fe\u0a01-\u0a03\u0a3c"
          "\u0a3e-\u0a42\u0a47-\u0a48\u0a4b-\u0a4d\u0a51\u0a70-\u0a71\u0a75\u0a81-\u0a83\u0abc"
          "\u0abe-\u0ac5\u0ac7-\u0ac9\u0acb-\u0acd\u0ae2-\u0ae3\u0afa-\u0aff\u0b01-\u0b03\u0b3c"
          "\u0b3e-\u0b44\u0b47-\u0b48\u0b4b-\u0b4d\u0b55-\u0b57\u0b62-\u0b63\u0b82\u0bbe-\u0bc2"
          "\u0bc6-\u0bc8\u0bca-\u0bcd\u0bd7\u0c00-\u0c04\u0c3c\u0c3e-\u0c44\u0c46-\u0c48\u0c4a-\u0c4d"
          "\u0c55-\u0c56\u0c62-\u0c63\u0c81-\u0c83\u0cbc\u0cbe-\u0cc4\u0cc6-\u0cc8\u0cca-\u0ccd"
          "\u0cd5-\u0cd6\u0ce2-\u0ce3\u0d00-\u0d03\u0d3b-\u0d3c\u0d3e-\u0d44\u0d46-\u0d48\u0d4a-\u0d4d"
          "\u0d57\u0d62-\u0d63\u0d81-\u0d83\u0dca\u0dcf-\u0dd4\u0dd6\u0dd8-\u0ddf\u0df2-\u0df3"
          "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e")
# letters and marks are disjoint classes, so the repetition below cannot backtrack
_WORD = lazy(rf"{_L}+(?:[{_MARKS}]+{_L}*)*")
# _MARKS as (first, last) character pairs, for _first_word
_MARK_RANGES = tuple((_MARKS[i], _MARKS[i + 2]) if _MARKS[i + 1:i + 2] == "-" else (_MARKS[i], _MARKS[i])
                     for i in range(len(_MARKS)) if _MARKS[i] != "-" and _MARKS[i - 1:i] != "-")


def _first_word(text: str) -> str | None:
    """The word ``_WORD.match(text)`` finds, or None, told without compiling the pattern (half a
    millisecond that the table of phrases below would cost every start): a letter (``_L``:
    ``isalnum`` but not a decimal digit, which is how the engine reads ``[^\\W\\d_]``), then
    letters and marks."""
    def letter(c: str) -> bool:
        return c.isalnum() and not c.isdecimal()

    if not text or not letter(text[0]):
        return None
    end = 1
    while end < len(text) and (letter(text[end]) or any(a <= text[end] <= b for a, b in _MARK_RANGES)):
        end += 1
    return text[:end]


_DIGIT = lazy(r"[0-9]")
_CJK = lazy(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _starts(first: str, not_after: str) -> LazyPattern:
    """A pattern that finds each position where a pattern opening with ``(?=[first])`` and
    ``(?<![not_after])`` may match: one character of ``first`` (a class first, which the engine
    skips to in C, where a lookahead first makes it try every position) with none of
    ``not_after`` before it (looked at behind the character just read)."""
    return lazy(rf"[{first}](?<![{not_after}][{first}])")


def _finditer(pattern: LazyPattern, starts: LazyPattern, t: str, lo: int, hi: int) -> list[re.Match]:
    """``list(pattern.finditer(t, lo, hi))``, for a pattern that matches only where ``starts``
    finds a position: the pattern is tried at those positions alone, each at or after the end of
    the last match, as ``finditer`` goes on from there. (Neither pattern matches empty; both look
    behind ``lo`` as ``finditer`` does.) On a line of prose with a few numbers it tries a few
    positions rather than all of them."""
    out = []
    end = lo
    for s in starts.finditer(t, lo, hi):
        at = s.start()
        if at >= end:
            m = pattern.match(t, at, hi)
            if m is not None:
                out.append(m)
                end = m.end()
    return out

# a year, or one glued to a time ("2024 10:42" saved as "202410:42") or to the next date's day
# ("7. November 20227. November 2022": a page's two copies of its date run together)
_YEAR4 = r"[0-9]{4}(?:(?![0-9])|(?=[0-9]{1,2}:[0-9]{2})|(?=[0-9]{1,2}\.\s))"
# in 28.09.1912:44 the digits are a two-digit year glued to a time (12:44), not the year 1912
_YEAR4_NUM = r"[0-9]{4}(?!:[0-9]{2})(?:(?![0-9])|(?=[0-9]{1,2}:[0-9]{2}))"
_YEAR2_NUM = r"[0-9]{2}(?:(?![0-9])|(?=[0-9]{1,2}:[0-9]{2}))"
# Each pattern that scans a whole line opens with a lookahead on its possible first characters
# and a lookbehind on the character before; ``_starts`` makes of the two a pattern that finds
# just the positions where both hold (see ``_finditer``).
_NUMERIC_FIRST = "0-9" + "".join(sorted({e[0] for e in rules.ERAS}))
_NUMERIC_NOT_AFTER = r"0-9.,/\-"
_NUMERIC = lazy(
    rf"(?=[{_NUMERIC_FIRST}])(?<![{_NUMERIC_NOT_AFTER}])(?:"
    r"(?P<iy>[0-9]{4})-(?P<im>[0-9]{1,2})-(?P<id>[0-9]{1,2})(?![0-9])"
    r"|(?P<yy>[0-9]{4})(?P<ys>[./])\s?(?P<ym>[0-9]{1,2})(?P=ys)\s?(?P<yd>[0-9]{1,2})(?![0-9])"
    r"(?:\.(?![0-9]))?"
    r"|(?P<na>[0-9]{1,2})(?P<ns>[./-])\s?(?P<nb>[0-9]{1,2})(?P=ns)\s?"
    rf"(?P<ny>{_YEAR4_NUM}|{_YEAR2_NUM})(?![./][0-9])"
    r"|(?<![./\-] )(?P<sy>[0-9]{4}) (?P<ss>[./-]) (?P<sm>[0-9]{1,2}) (?P=ss) (?P<sd>[0-9]{1,2})(?![0-9])"
    r"|(?<![./\-] )(?P<sa>[0-9]{1,2}) (?P<sn>[./-]) (?P<sb>[0-9]{1,2}) (?P=sn) (?P<sy2>[0-9]{4})(?![0-9])"
    r"|(?P<cy>[0-9]{4})\s*[年년]\s*(?P<cm>[0-9]{1,2})\s*[月월]\s*(?P<cd>[0-9]{1,2})\s*[日일号號]?"
    r"|(?P<cm2>[0-9]{1,2})\s*[月월]\s*(?P<cd2>[0-9]{1,2})\s*[日일号號]"
    rf"|(?P<era>{_alternation(rules.ERAS)})\s*(?P<ey>[0-9]{{1,3}}|元)\s*年\s*(?P<em>[0-9]{{1,2}})\s*月"
    r"\s*(?P<ed>[0-9]{1,2})\s*日"
    r")")
_NUMERIC_STARTS = _starts(_NUMERIC_FIRST, _NUMERIC_NOT_AFTER)

# what every numeric date contains: a digit before a separator (or before a space and one:
# "12 / 03 / 2024", "2024 年 3 月 12 日"), or an era name (in CJK characters: never in an ASCII
# line). Two patterns, so that the first opens with a class of characters, which the engine
# skips to in C; an alternation would make it try the pattern at every position
_NUMERIC_HINT = lazy(r"[0-9] ?[./\-年년月월]")
_ERA_NAME = lazy(_alternation(rules.ERAS))

# a day number ending right before a month name: "17 ", "17. ", "1er ", "17th of ", "03.", "17 d'"
_DAY_BEFORE = lazy(
    r"(?<![0-9.,:/\-])(?P<d>[0-9]{1,2})(?:\.|º|°|ª|er|re|e|st|nd|rd|th)?\s*(?:[\-/]\s*)?"
    rf"(?:(?:{_alternation(rules.DAY_MONTH_LINKS)})\s*)?\Z", re.I)
# a year ending right before a month name, Hungarian style: "2024. május 17."
_YEAR_BEFORE = lazy(r"(?<![0-9])(?P<y>[0-9]{4})\.\s*\Z")
_YEAR_SUFFIX = rf"(?:\s*(?:{_alternation(rules.YEAR_SUFFIXES)})(?![^\W\d_]))?"
# after the month name of "17 May 2024": a second name ("juni/lipanj") and the year
_DMY_TAIL = lazy(
    rf"(?P<mon>\.?(?:\s*/\s*{_L}{{3,12}}\.?)?)"
    rf"(?:(?P<link>\s*(?:[,\-]\s*)?(?:(?:{_alternation(rules.MONTH_YEAR_LINKS)})\s*)?)(?P<y>{_YEAR4})"
    rf"{_YEAR_SUFFIX}|(?:\s?['’]|-|(?<=\.))(?P<y2>[0-9]{{2}})(?![0-9:.]))?", re.I)
# a two-digit year after "27 Mar" set off by a space only counts where the date ends there or a
# time follows ("27 Mar 20 à 9:21"): "3 May 12 people" is a day and a count
_SPACED_YEAR2 = lazy(r"\s(?P<y2>[0-9]{2})(?=\s*\Z|\s*[,|·•]|\s+(?:[^\W\d_]{1,5}\s+)?[0-9]{1,2}[:h][0-9]{2})")
# after the month name of "May 17, 2024"
_MDY_TAIL = lazy(
    r"\.?\s*(?:,\s*)?(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9]|[:.][0-9]|[^\W\d_])"
    rf"(?:(?:\s*,\s*|\s+)(?P<y>{_YEAR4}){_YEAR_SUFFIX})?", re.I)
_YMD_TAIL = lazy(r"\s*(?P<d>[0-9]{1,2})\.?(?![0-9])")

_WEEKDAY_BEFORE = lazy(rf"(?<![^\W\d_])(?P<w>{_L}+(?:[-'ʼ’]{_L}+)?)(?P<p>[.,]?)\s*(?:,\s*)?\Z")
_WEEKDAY_AFTER = lazy(
    r"\s*(?:,\s*)?(?:(?P<c>\([^()]{1,3}\)|星期[一二三四五六日天]|[周週][一二三四五六日]|[月火水木金土日]曜日?"
    r"|[월화수목금토일]요일)"
    rf"|(?<![^\W\d_])(?P<w>{_L}+(?:[-'ʼ’]{_L}+)?)(?![^\W\d_])(?P<p>\.?))")

_AMPM = (r"(?:\s*(?P<ap>[aApP])\.?\s?[mM]\.?(?![^\W\d_]))?"
         rf"(?:\s?(?P<half_after>{_alternation(rules.CLOCK_HALVES_AFTER)})(?![^\W\d_]))?")
_CLOCK = (
    rf"(?:(?P<half>{_alternation(rules.CLOCK_HALVES)})\s*)?"
    r"(?:(?P<h>[0-9]{1,2})(?P<sep>[:.]|\s?h\s?)(?P<mi>[0-5][0-9])(?![0-9])"
    r"(?:[:.](?P<s>[0-5][0-9])(?![0-9])(?P<frac>[.,][0-9]{1,9})?)?"
    r"|(?P<ch>[0-9]{1,2})\s*(?P<cmark>[时時시点點])\s*"
    r"(?:(?P<cmi>[0-9]{1,2})\s*[分분](?:\s*(?P<cs>[0-9]{1,2})\s*[秒초])?)?"
    r"|(?P<hh>[0-9]{1,2})(?=\s*(?:[aApP]\.?\s?[mM]\.?(?![^\W\d_])|[uU]hr(?![^\W\d_])|h(?![^\W\d_])))"
    r"|(?P<mh>[01][0-9]|2[0-3])(?P<mm>[0-5][0-9])(?![0-9])(?=\s*(?:\(\s*)?[A-Z]))"   # "0203 GMT"
    + _AMPM)
_TIME_FIRST = "0-9" + "".join(sorted({h[0] for h in rules.CLOCK_HALVES}))
_TIME_NOT_AFTER = "0-9:."
_TIME = lazy(                               # a time standing alone in the line
    rf"(?=[{_TIME_FIRST}])(?<![{_TIME_NOT_AFTER}])" + _CLOCK)
_TIME_STARTS = _starts(_TIME_FIRST, _TIME_NOT_AFTER)
_TIME_AT = lazy(_CLOCK)                     # a time right where a date ends (may be glued)
_TIME_GAP = lazy(                           # "17 May 2024, 10:42", "May 17 | 10:42", "May 17 @ 10:42"
    rf"[\s,|/·•–—\-@]{{0,6}}(?:(?P<link>{_alternation(rules.TIME_LINKS)})(?![^\W\d_])\.?\s*)?", re.I)
_TIME_SUFFIX = lazy(rf"\s*(?:{_alternation(rules.TIME_SUFFIXES)})(?![^\W\d_])", re.I)
_BEFORE_GAP = lazy(
    rf"[\s,|/·•–—\-]*(?:(?P<w1>{_L}+)(?![^\W\d_])\.?[\s,]*)?(?:(?P<w2>{_L}+)(?![^\W\d_])\.?[\s,]*)?")

_ZONE = lazy(                               # matched where the spaces before it end
    r"(?:(?P<open>\()\s*)?"
    r"(?:(?P<gmt>GMT|UTC|UT)(?:\s*(?P<gs>[+\-])\s*(?P<gh>[0-9]{1,2})(?::?(?P<gm>[0-9]{2}))?)?"
    r"(?![0-9A-Za-z])"
    r"|(?P<os>[+\-])(?P<oh>[0-9]{2})(?::?(?P<om>[0-9]{2}))?(?![0-9])"
    r"|(?P<z>Z)(?![^\W\d_])"
    r"|(?P<abbr>[A-Z]{2,5})(?![^\W\d_]))"
    r"(?(open)\s*\))")
_ZONE_WORDS_AFTER = lazy(
    rf"(?:(?P<open>\()\s*)?(?P<w>{_alternation(rules.ZONE_WORDS)})(?(open)\s*\))", re.I)
_ZONE_WORDS_BEFORE = lazy(
    rf"(?P<w>{_alternation(rules.ZONE_WORDS)})\s*(?:[:,]\s*)?(?:\(\s*)?\Z", re.I)
_ZONE_WORD_NAMES = {w.lower(): name for w, name in rules.ZONE_WORDS.items()}
_ZONE_WORD_ENDS = frozenset(w[-2:].lower() for w in rules.ZONE_WORDS)
_ZONE_WORD_FIRST = frozenset(w[0].lower() for w in rules.ZONE_WORDS)
_BLANKS = frozenset(" \t\u00a0\u202f\u2009")
_ZONE_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ+-")
_SUFFIX_FIRST = frozenset(c for w in rules.TIME_SUFFIXES for c in (w[0].lower(), w[0].upper()))

_NUMBER_BEFORE = lazy(rf"(?<![\w.,:/])(?P<n>[0-9]{{1,3}}|{_L}{{1,6}})\s*\Z")
_AGO_BEFORE = lazy(rf"(?<![^\W\d_])(?:{_alternation(rules.AGO_BEFORE)})\s*\Z", re.I)
_AGO_AFTER = lazy(rf"\s*(?:{_alternation(rules.AGO_AFTER)})(?![^\W\d_])", re.I)
_CJK_RELATIVE = lazy(
    rf"(?P<n>[0-9]{{1,3}}|[{''.join(rules.CJK_NUMERALS)}]{{1,2}})\s*"
    rf"(?P<u>{_alternation(rules.CJK_UNITS)})\s*(?:{_alternation(rules.CJK_AGO)})"
    rf"|(?P<day>{_alternation(rules.CJK_RELATIVE_DAYS)})")
_RANGE_GAP = lazy(r"\s*[-–—]\s*|\s+(?:to|until|bis|au|al|a|tot|till|–)\s+", re.I)
_LABEL_GAP = lazy(rf"[\s:,|\-–—]*(?:{_L}+[.,]?\s*)?")

# relative day phrases of several words ("i dag", "aujourd'hui"), by their first word
_PHRASES: dict[str, list[tuple[str, int, frozenset[str]]]] = {}
for _phrase, (_days, _langs) in rules.RELATIVE_DAYS.items():
    _first = _first_word(_phrase)
    if _first and _first != _phrase:
        _PHRASES.setdefault(_first, []).append((_phrase, _days, _langs))
for _list in _PHRASES.values():
    _list.sort(key=lambda p: -len(p[0]))
_TIME_DATE_LINKS = rules.TIME_DATE_LINKS
# every word the word scan acts on -> what it may be (one dict lookup per word of the line)
_MONTH, _UNIT, _RELDAY, _PHRASE, _SOLAR = 1, 2, 4, 8, 16
_LEXICON: dict[str, int] = {}
for _table, _flag in ((MONTHS, _MONTH), (rules.UNITS, _UNIT), (rules.RELATIVE_DAYS, _RELDAY),
                      (_PHRASES, _PHRASE), (rules.SOLAR_HIJRI_MONTHS, _SOLAR)):
    for _w in _table:
        _LEXICON[_w] = _LEXICON.get(_w, 0) | _flag
# the words a line must hold for the word scan to find anything, with and without a digit in
# it (a month name counts only beside a number); tested on ASCII lines, the most common case
_LEXICON_WORDS = frozenset(_LEXICON)
_LEXICON_WORDS_NO_MONTH = frozenset(w for w, kind in _LEXICON.items() if not kind & (_MONTH | _SOLAR))
# for _ascii_words: a capital ASCII letter -> its small letter, a small one -> itself, any other byte
# -> a space
_ASCII_LETTERS = bytes.maketrans(bytes(range(256)), bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256)))
# a letter (_L) or a combining mark beyond ASCII: a line without one has only ASCII letters
_LETTER_BEYOND_ASCII = lazy(rf"[^\W\d_\x00-\x7f]|[{_MARKS}]")


# --- the parts of one expression ------------------------------------------------------------

@mutable
class _Core:
    """The day part of an expression, then (after ``_expand``) its surroundings."""
    start: int
    end: int
    kind: str                          # iso ymd num cjk era name rel ago stamp
    year: int | None = None            # None: year-less
    month: int = 0
    day: int = 0
    digits: tuple = ()                 # num: (first, second, year digits, separator)
    days: int | None = 0               # rel/ago: days before the reference (None: too vague)
    weekday: int | None = None
    clock: tuple[int, int, int | None] | None = None
    zone: tuple | None = None          # ("offset", minutes) | ("abbr", "CST") | ("iana", name)
    solar: bool = False                # year, month and day are of the Solar Hijri calendar

    @property
    def full(self) -> bool:
        return self.year is not None or self.digits != ()


def find_dates(text: str, ctx: DateContext, offset: int = 0) -> list[FoundDate]:
    """Every date expression in ``text``, in order, with spans shifted by ``offset``."""
    ascii_only = text.isascii()
    t = text if ascii_only or _FOLDABLE.search(text) is None else text.translate(_FOLD)
    has_digit = _DIGIT.search(t) is not None
    cores: list[_Core] = []
    if has_digit and (_NUMERIC_HINT.search(t) or not ascii_only and _ERA_NAME.search(t)):
        cores += _numeric_cores(t, ctx)
    _word_cores(t, ctx, has_digit, cores)
    if not ascii_only and _CJK.search(t):
        cores += _cjk_relative_cores(t)
    cores = _resolve(t, cores)
    found: list[FoundDate] = []
    lo = 0
    for i, core in enumerate(cores):
        nxt = cores[i + 1] if i + 1 < len(cores) else None
        hi = nxt.start if nxt is not None else len(t)
        if core.kind != "ago":
            _expand(t, core, lo, hi, ctx)
        if core.year is None and core.kind in ("name", "cjk") and nxt is not None:
            _year_from_range_end(t, core, nxt)
        lo = core.end
        value, warning = _value(core, text[core.start:core.end], ctx)
        found.append(_found(text, core, value, warning, offset))
    if has_digit:
        times = _bare_times(t, text, cores, found, ctx, offset)
        if times:
            found = sorted(found + times, key=lambda f: f.start)
    return found


def normalize_date(raw: str, ctx: DateContext = DateContext()) -> PubDate | None:
    """The date that ``raw`` (a date expression and nothing much else) names, or None."""
    for f in find_dates(raw, ctx):
        if f.value is not None:
            return f.value
    return None


def send_stamp(text: str, ctx: DateContext, offset: int = 0) -> FoundDate | None:
    """The time a wire service's transmission stamp names when it is the whole of ``text``
    ("031422 GMT MAR 24": the 3rd at 14:22 GMT, March 2024; rules/dates.py ``SEND_STAMPS``),
    else None. A stamp with no zone takes the source's home zone, as any time does."""
    raw = text.strip()
    if not raw[:1].isdigit() and not raw.startswith("AP"):
        return None                       # the common case, decided without a pattern
    m = next((m for m in (p.fullmatch(raw) for p in _SEND_STAMPS) if m), None)
    if m is None:
        return None
    groups = m.groupdict()
    month = int(groups["m"]) if groups.get("m") else _lookup(MONTHS, groups["mon"], _language(ctx))
    if month is None:
        return None                       # "031422 ABC 24": no month's name
    zone = None
    if groups.get("z"):
        end, zone = _zone_at(groups["z"], 0, len(groups["z"]))
        if end != len(groups["z"]):
            return None                   # "031422 XYZ MAR 24": no zone
    core = _Core(0, len(raw), "stamp", _year(groups["y"], ctx), month, int(groups["d"]),
                 clock=(int(groups["H"]), int(groups["M"]), None), zone=zone)
    if core.clock[0] > 23 or core.clock[1] > 59:
        return None
    value, warning = _value(core, raw, ctx)
    start = offset + text.find(raw)
    return FoundDate(start, start + len(raw), raw, value, warning)


def is_weekday(word: str) -> bool:
    return _lookup(WEEKDAYS, word.rstrip(".,"), None) is not None


def is_month(word: str) -> bool:
    """Whether ``word`` names a month (its name or abbreviation, in any case and language)."""
    return _lookup(MONTHS, word.rstrip(".,"), None) is not None


_SEND_STAMPS = tuple(lazy(p) for p in rules.SEND_STAMPS)


# --- step 1: cores --------------------------------------------------------------------------

def _numeric_cores(t: str, ctx: DateContext) -> list[_Core]:
    out = []
    for m in _finditer(_NUMERIC, _NUMERIC_STARTS, t, 0, len(t)):
        s, e = m.span()
        if m["iy"]:
            out.append(_Core(s, e, "iso", _year(m["iy"], ctx), int(m["im"]), int(m["id"])))
        elif m["yy"]:
            out.append(_Core(s, e, "ymd", _year(m["yy"], ctx), int(m["ym"]), int(m["yd"])))
        elif m["na"]:
            out.append(_Core(s, e, "num", digits=(int(m["na"]), int(m["nb"]), m["ny"], m["ns"])))
        elif m["sy"]:                     # "2024 - 03 - 12": spaced as some pages print it
            out.append(_Core(s, e, "ymd", _year(m["sy"], ctx), int(m["sm"]), int(m["sd"])))
        elif m["sa"]:                     # "12 / 03 / 2024"
            out.append(_Core(s, e, "num", digits=(int(m["sa"]), int(m["sb"]), m["sy2"], m["sn"])))
        elif m["cy"]:
            out.append(_Core(s, e, "cjk", _year(m["cy"], ctx), int(m["cm"]), int(m["cd"])))
        elif m["cm2"]:
            if s > 0 and t[s - 1] in "年년":
                continue
            out.append(_Core(s, e, "cjk", None, int(m["cm2"]), int(m["cd2"])))
        else:
            n = 1 if m["ey"] == "元" else int(m["ey"])
            out.append(_Core(s, e, "era", rules.ERAS[m["era"]] + n, int(m["em"]), int(m["ed"])))
    return out


def _lookup(table: dict[str, dict[str, int]], word: str, language: str | None) -> int | None:
    """The number of a month or weekday name, read in ``language`` where names collide."""
    w = word.lower()
    entry = table.get(w)
    if entry is None and not w.isascii():
        entry = table.get(strip_accents(w))
    if entry is None:
        return None
    if language in entry:
        return entry[language]
    return next(iter(entry.values()))


def _word_cores(t: str, ctx: DateContext, has_digit: bool, out: list[_Core]) -> None:
    """Named dates ("17 May 2024", "May 17") and relative words, from one scan of the words."""
    if t.isascii():
        spans = _ascii_word_spans(t, has_digit)
        if not spans:
            return
    elif _may_hold_date_words(t, has_digit):
        spans = [m.span() for m in _WORD.finditer(t)]
    else:
        return
    language = _language(ctx)
    lexicon = _LEXICON
    for ws, we in spans:
        word = t[ws:we]
        lower = word.lower()
        kind = lexicon.get(lower)
        if kind is None:
            if lower.isascii() or unicodedata.is_normalized("NFD", lower):
                continue
            lower = strip_accents(lower)               # "fevrier", "ΜΑΪΟΥ"
            kind = lexicon.get(lower)
            if kind is None:
                continue
        if kind & _SOLAR and has_digit:
            core = _solar_named(t, ws, we, lower)
            if core is not None:
                out.append(core)
                continue
        if kind & _MONTH:
            if has_digit:
                core = _named(t, ws, we, word, lower, ctx, language)
                if core is not None:
                    out.append(core)
            continue
        if kind & _UNIT:
            core = _ago(t, ws, we, rules.UNITS[lower][0])
            if core is not None:
                out.append(core)
                continue
        if kind & _RELDAY:
            rel = rules.RELATIVE_DAYS[lower]
            if _relative_word_counts(t, ws, word, rel[1], language):
                out.append(_Core(ws, we, "rel", days=rel[0]))
            continue
        for phrase, days, langs in _PHRASES.get(lower, ()):
            end = ws + len(phrase)
            if t[ws:end].lower() == phrase and (end == len(t) or not t[end].isalnum()):
                if not language or language in langs:
                    out.append(_Core(ws, end, "rel", days=days))
                break


def _ascii_word_spans(t: str, has_digit: bool) -> list[tuple[int, int]]:
    """The spans of the words of the ASCII text ``t`` that the word scan acts on, in order:
    each such word the line holds is found by its own pattern, so a long line of prose costs
    a few searches in C rather than a Python step per word."""
    keys = _LEXICON_WORDS if has_digit else _LEXICON_WORDS_NO_MONTH
    hits = keys.intersection(_ascii_words(t))
    if not hits:
        return []
    lower = t.lower()
    spans = [m.span() for w in hits for m in _ascii_word_pattern(w).finditer(lower)]
    if len(hits) > 1:
        spans.sort()
    return spans


def _ascii_words(t: str) -> list[str]:
    """The words of ``t``, lower-cased, as ``_WORD`` splits it, when every letter of ``t`` is
    ASCII and it holds no combining mark: its runs of ASCII letters. Each character beyond ASCII
    (a symbol or punctuation, then) is encoded as one "?", which parts words as punctuation
    does; the letters are lower-cased, the rest made spaces, and the runs split, all in C."""
    return t.encode("ascii", "replace").translate(_ASCII_LETTERS).decode("ascii").split()


_ASCII_WORD_PATTERNS: dict[str, re.Pattern] = {}


def _ascii_word_pattern(word: str) -> re.Pattern:
    """``word`` (lower-case ASCII letters) as a whole word of a lower-cased ASCII text, as
    ``_ascii_words`` splits it; one pattern per word of the lexicon, made on first use."""
    pattern = _ASCII_WORD_PATTERNS.get(word)
    if pattern is None:
        # the word first, so the engine looks for it by its letters, then no letter before or after
        pattern = _ASCII_WORD_PATTERNS[word] = re.compile(rf"{word}(?<![a-z]{word})(?![a-z])")
    return pattern


def _may_hold_date_words(t: str, has_digit: bool) -> bool:
    """False when no word of the non-ASCII text ``t`` (lower-cased, or without its accents where
    the word scan strips them) is a word the scan acts on: the common case, told without a loop
    per word. (``_ascii_word_spans`` serves ASCII texts.)"""
    keys = _LEXICON_WORDS if has_digit else _LEXICON_WORDS_NO_MONTH
    if _LETTER_BEYOND_ASCII.search(t) is None:          # "• Sites partenaires": ASCII words only
        return not keys.isdisjoint(_ascii_words(t))
    words = set(map(str.lower, _WORD.findall(t)))
    if not keys.isdisjoint(words):
        return True
    return not keys.isdisjoint(strip_accents(w) for w in words
                               if not w.isascii() and not unicodedata.is_normalized("NFD", w))


def _named(t: str, ws: int, we: int, word: str, month_key: str, ctx: DateContext,
           language: str) -> _Core | None:
    """The date around the month name at ``ws:we`` (``month_key`` in ``MONTHS``), or None."""
    month = _lookup(MONTHS, month_key, language)
    before = _DAY_BEFORE.search(t, max(0, ws - 16), ws)
    tail = _DMY_TAIL.match(t, we) if before else None
    if tail and tail["y"] and _clock_not_year(t, tail, ctx):
        tail = None
    if before and tail and (tail["y"] or tail["y2"]):
        # "พ.ศ." before the year, or a month named in a language that counts Buddhist-era years
        buddhist = bool(tail["link"] and "พ" in tail["link"]) or not rules.BUDDHIST_ERA_LANGUAGES.isdisjoint(
            MONTHS.get(month_key, ()))
        year = _year(tail["y"] or tail["y2"], ctx, buddhist)
        return _Core(before.start(), tail.end(), "name", year, month, int(before["d"]))
    spaced = _SPACED_YEAR2.match(t, tail.end()) if before and tail else None
    if spaced:
        return _Core(before.start(), spaced.end(), "name", _year(spaced["y2"], ctx), month, int(before["d"]))
    after = _MDY_TAIL.match(t, we)
    if after and after["y"] and _clock_not_year(t, after, ctx):
        after = _MDY_TAIL.match(t, we, after.end("d"))
    if after and after["y"]:
        return _Core(ws, after.end(), "name", _year(after["y"], ctx), month, int(after["d"]))
    year_before = _YEAR_BEFORE.search(t, max(0, ws - 8), ws)
    if year_before:
        ymd = _YMD_TAIL.match(t, we)
        if ymd:
            return _Core(year_before.start(), ymd.end(), "name", _year(year_before["y"], ctx),
                         month, int(ymd["d"]))
    if not (before or after) or not _may_stand_without_year(word, month_key, language):
        return None
    if before:
        return _Core(before.start(), tail.end("mon") if tail else we, "name", None, month,
                     int(before["d"]))
    if t.startswith(".", after.end()):
        return None            # "declared March 31." ends a sentence of running text
    return _Core(ws, after.end(), "name", None, month, int(after["d"]))


def _solar_named(t: str, ws: int, we: int, key: str) -> _Core | None:
    """A Solar Hijri date around the month name at ``ws:we``: a day before it, a year in
    ``SOLAR_HIJRI_YEARS`` after it ("۲ تیر ۱۳۹۹"), or None."""
    before = _DAY_BEFORE.search(t, max(0, ws - 16), ws)
    tail = _DMY_TAIL.match(t, we) if before else None
    if tail is None or not tail["y"]:
        return None
    year = int(tail["y"])
    low, high = rules.SOLAR_HIJRI_YEARS
    if not low <= year <= high:
        return None
    return _Core(before.start(), tail.end(), "name", year, rules.SOLAR_HIJRI_MONTHS[key],
                 int(before["d"]), solar=True)


def _year_from_range_end(t: str, c: _Core, end: _Core) -> None:
    """ "28. Jänner - 3. Februar 2021": a year-less date that opens a range takes the year of
    the date that closes it (the year before when its month and day come later)."""
    if end.year is None or end.kind not in ("name", "cjk", "iso", "ymd", "era"):
        return
    if not _RANGE_GAP.fullmatch(t, c.end, end.start):
        return
    c.year = end.year if (c.month, c.day) <= (end.month, end.day) else end.year - 1


def _clock_not_year(t: str, m: re.Match, ctx: DateContext) -> bool:
    """ "April 20, 1400 GMT": four digits that cannot be the year and are followed by a zone are
    a wire-style time."""
    y = m["y"]
    if len(y) != 4 or int(y[:2]) > 23 or int(y[2:]) > 59:
        return False
    if MIN_YEAR <= int(y) and (ctx.reference is None or int(y) <= ctx.reference.year):
        return False
    return _zone_at(t, m.end("y"), len(t))[1] is not None


def _may_stand_without_year(word: str, key: str, language: str) -> bool:
    """Without a year to vouch for it, a month name must not read as a common word: "may 17",
    "march 3 miles", "Set 3", "out 17" are not dates. A name counts in the language of the text
    (some English ones only capitalised), a capitalised English abbreviation or a long name
    counts anywhere."""
    langs = MONTHS[key]
    capital = word[0].isupper()
    if key in rules.MONTH_WORDS_NEEDING_CAPITALS and not capital and (language == "en" or language not in langs):
        return False                      # English "may 17"; Spanish "17 may" is a date
    if language in langs:
        return True
    if capital and ("en" in langs or len(key) >= 4):
        return True
    return not language and len(key) >= 4


def _ago(t: str, ws: int, we: int, per: int | None) -> _Core | None:
    """ "3 hours ago", "vor 3 Stunden", "il y a une heure" around the unit word at ``ws:we``."""
    number = _NUMBER_BEFORE.search(t, max(0, ws - 12), ws)
    if number is None:
        return None
    n = number["n"]
    if not n.isdigit() and n.lower() not in rules.NUMBER_WORDS:
        return None
    start = number.start()
    before = _AGO_BEFORE.search(t, max(0, start - 16), start)
    after = _AGO_AFTER.match(t, we)
    if before is None and after is None:
        return None
    count = int(n) if n.isdigit() else rules.NUMBER_WORDS[n.lower()]
    days = None if per is None else count * per
    return _Core(before.start() if before else start, after.end() if after else we, "ago",
                 days=days)


def _relative_word_counts(t: str, ws: int, word: str, langs: frozenset[str], language: str) -> bool:
    """ "yesterday" counts in its own languages, and not inside a name such as "USA TODAY"."""
    if language and language not in langs:
        return False
    if word.isupper() and ws >= 2 and t[ws - 1] == " " and t[ws - 2].isupper():
        return False
    return True


def _cjk_relative_cores(t: str) -> list[_Core]:
    out = []
    for m in _CJK_RELATIVE.finditer(t):
        if m["day"]:
            out.append(_Core(m.start(), m.end(), "rel", days=rules.CJK_RELATIVE_DAYS[m["day"]]))
            continue
        n = m["n"]
        count = int(n) if n.isdigit() else sum(rules.CJK_NUMERALS[c] for c in n)
        per = rules.CJK_UNITS[m["u"]]
        out.append(_Core(m.start(), m.end(), "ago", days=None if per is None else count * per))
    return out


def _resolve(t: str, cores: list[_Core]) -> list[_Core]:
    """Non-overlapping cores in order: full dates first (longest wins), then year-less, then
    relative ones. A relative word that labels the date after it ("Today: May 17") is dropped."""
    if len(cores) < 2:
        return cores
    taken: list[_Core] = []                          # disjoint, in order of position
    starts: list[int] = []
    for group in ([c for c in cores if c.full],
                  [c for c in cores if not c.full and c.kind not in ("rel", "ago")],
                  [c for c in cores if c.kind in ("rel", "ago")]):
        for c in sorted(group, key=lambda c: (c.start - c.end, c.start)):
            i = bisect.bisect_right(starts, c.start)
            if (i and taken[i - 1].end > c.start) or (i < len(taken) and taken[i].start < c.end):
                continue
            starts.insert(i, c.start)
            taken.insert(i, c)
    keep = []
    for i, c in enumerate(taken):
        if c.kind == "rel" and i + 1 < len(taken) and taken[i + 1].kind not in ("rel", "ago"):
            gap = _LABEL_GAP.match(t, c.end, taken[i + 1].start)
            if gap.end() == taken[i + 1].start and _gap_word_is_weekday(gap.group()):
                continue
        keep.append(c)
    return keep


def _gap_word_is_weekday(gap: str) -> bool:
    word = _WORD.search(gap)
    return word is None or _lookup(WEEKDAYS, word.group(), None) is not None


# --- step 2: surroundings -------------------------------------------------------------------

def _expand(t: str, c: _Core, lo: int, hi: int, ctx: DateContext) -> None:
    """Widen ``c`` over its weekday, its time and its zone (never past ``lo``/``hi``)."""
    language = _language(ctx)
    if c.kind != "rel":
        p = c.start
        while p > lo and t[p - 1] in " ,":
            p -= 1
        m = _WEEKDAY_BEFORE.search(t, max(lo, c.start - 18), c.start) \
            if p > lo and (t[p - 1].isalpha() or t[p - 1] == ".") else None
        if m:
            wd = _weekday(m["w"], language)
            if wd is not None and (len(m["w"]) >= 3 or m["p"]):
                c.weekday, c.start = wd, m.start()
        m = _WEEKDAY_AFTER.match(t, c.end, hi)
        if m:
            wd = rules.CJK_WEEKDAYS.get(m["c"]) if m["c"] else _weekday(m["w"], language)
            if wd is not None and (m["c"] or len(m["w"]) >= 3 or m["p"]):
                c.weekday = wd if c.weekday is None else c.weekday
                c.end = m.end()
    if not _time_after(t, c, hi):
        _time_before(t, c, lo)
    if c.clock is not None and c.zone is None:
        m = _zone_words_before(t, lo, c.start)
        if m:
            c.zone, c.start = ("iana", _ZONE_WORD_NAMES[m["w"].lower()]), m.start()


def _weekday(word: str, language: str) -> int | None:
    wd = _lookup(WEEKDAYS, word, language)
    if wd is None and "-" in word:                      # "segunda-feira"
        wd = _lookup(WEEKDAYS, word.split("-")[0], language)
    return wd


def _time_after(t: str, c: _Core, hi: int) -> bool:
    gap = _TIME_GAP.match(t, c.end, hi)
    pos = gap.end()
    m = _TIME_AT.match(t, pos, hi)
    if m is None:
        return False
    clock, end = _clock(m)
    if clock is None:
        return False
    end, zone, marked = _zone_and_suffix(t, end, hi)
    if (m["sep"] == "." and not (marked or gap["link"] or m["ap"] or _stamp_end(t, c, end, hi))
            or (m["mh"] and zone is None)):
        return False                                 # "17.05.2024 10.50 euros", "2024 1500 people"
    c.clock, c.zone, c.end = clock, zone, end
    return True


_STAMP_SEPARATORS = frozenset("|·•–—-,;/")


def _stamp_end(t: str, c: _Core, end: int, hi: int) -> bool:
    """Whether a dotted time after a whole numeric date ends the stamp: the line ends after it
    or a separator follows ("5.3.2024 14.20", "5.3.2024 14.20 | Politik"), as on the pages
    that print their times with a dot (Finnish, British). Followed by a word it may be an
    amount ("17.05.2024 10.50 Euro")."""
    if c.kind not in ("num", "iso", "ymd"):
        return False
    rest = t[end:hi].lstrip(" \t\u00a0")
    return not rest or rest[0] in _STAMP_SEPARATORS


def _time_before(t: str, c: _Core, lo: int) -> bool:
    start = max(lo, c.start - 48)
    if start >= c.start or _DIGIT.search(t, start, c.start) is None:
        return False
    for m in reversed(list(_TIME.finditer(t, start, c.start))):
        clock, end = _clock(m)
        if clock is None:
            continue
        end, zone, marked = _zone_and_suffix(t, end, c.start)
        if (m["sep"] == "." and not (marked or m["ap"])) or (m["mh"] and zone is None):
            continue
        gap = _BEFORE_GAP.match(t, end, c.start)
        if gap.end() != c.start:
            continue
        if any(w and w.lower() not in _TIME_DATE_LINKS for w in (gap["w1"], gap["w2"])):
            continue
        c.clock, c.zone, c.start = clock, zone, m.start()
        return True
    return False


def _clock(m: re.Match) -> tuple[tuple[int, int, int | None] | None, int]:
    """(hour, minute, second or None) of a time match, and where the time ends."""
    if m["h"] is not None:
        hour, minute, second = int(m["h"]), int(m["mi"]), (int(m["s"]) if m["s"] else None)
        end = m.end("frac") if m["frac"] else m.end("s") if m["s"] else m.end("mi")
    elif m["ch"] is not None:
        if m["cmi"] is None and m["cmark"] in "点點":
            return None, m.end()                     # "3点" is as often a score as a time
        hour, minute = int(m["ch"]), int(m["cmi"] or 0)
        second = int(m["cs"]) if m["cs"] else None
        end = m.end()
        if m["ap"]:
            end = m.start("ap")
    elif m["mh"] is not None:
        hour, minute, second = int(m["mh"]), int(m["mm"]), None
        end = m.end("mm")
    else:
        hour, minute, second = int(m["hh"]), 0, None
        end = m.end("hh")
    ap = m["ap"].lower() if m["ap"] else None
    if ap == "p" and hour == 0:
        return None, end                             # "0:30 pm" is no time
    if ap and hour > 12:
        if ap == "p":
            end = m.end()                            # "13:00 pm": redundant, still 13:00
        ap = None                                    # German "14:34 am 17.05." means "on"
    elif ap:
        end = m.end()
        hour = hour % 12 + (12 if ap == "p" else 0)  # 12 am is 00, 12 pm is 12
    half = rules.CLOCK_HALVES.get(m["half"]) if m["half"] else None
    if m["half_after"]:
        half, end = rules.CLOCK_HALVES_AFTER[m["half_after"]], m.end("half_after")
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    elif half == "noon" and hour < 11:
        hour += 12
    if hour > 23 or minute > 59 or (second is not None and second > 59):
        return None, end
    return (hour, minute, second), end


def _zone_and_suffix(t: str, pos: int, hi: int) -> tuple[int, tuple | None, bool]:
    """After a time: its zone and an "Uhr"-like suffix, in either order. Returns the end, the
    zone, and whether anything marked the digits as a time."""
    end, zone = _zone_at(t, pos, hi)
    marked = zone is not None
    m = _TIME_SUFFIX.match(t, end, hi) if _next_char(t, end, hi) in _SUFFIX_FIRST else None
    if m:
        end, marked = m.end(), True
        if zone is None:
            end, zone = _zone_at(t, end, hi)
    return end, zone, marked


def _zone_at(t: str, pos: int, hi: int) -> tuple[int, tuple | None]:
    """A zone printed at ``pos``: (end, ("offset", minutes) | ("abbr", ABBR) | ("iana", name))."""
    p = pos
    while p < hi and t[p] in _BLANKS:
        p += 1
    spaced = p > pos
    first = _next_char(t, p, hi)
    if not first or first in " ,.|;:/–—·•":
        return pos, None                             # the common case, decided without a regex
    m = _ZONE.match(t, p, hi) if first in _ZONE_FIRST else None
    if m:
        zone = None
        if m["gmt"]:
            if m["gh"] is None:
                zone = ("offset", 0)
            else:
                zone = ("offset", _signed(m["gs"], m["gh"], m["gm"]))
        elif m["os"]:
            if not (spaced and m["om"] is None):        # " +08" alone is not a zone
                zone = ("offset", _signed(m["os"], m["oh"], m["om"]))
        elif m["z"]:
            if not spaced and not m["open"]:
                zone = ("offset", 0)
        elif (m["abbr"] in rules.ZONE_ABBREVIATIONS or m["abbr"] in rules.AMBIGUOUS_ZONES
              or m["abbr"] in rules.GENERIC_ZONES):
            zone = ("abbr", m["abbr"])
        if zone is not None and (zone[0] != "offset" or abs(zone[1]) <= _MAX_OFFSET):
            return m.end(), zone
    m = _ZONE_WORDS_AFTER.match(t, p, hi) if first.lower() in _ZONE_WORD_FIRST else None
    if m:
        return m.end(), ("iana", _ZONE_WORD_NAMES[m["w"].lower()])
    return pos, None


def _next_char(t: str, pos: int, hi: int) -> str:
    """The first character at or after ``pos`` that is not a space or an opening bracket."""
    while pos < hi and (t[pos] in _BLANKS or t[pos] == "("):
        pos += 1
    return t[pos] if pos < hi else ""


def _zone_words_before(t: str, lo: int, start: int) -> re.Match | None:
    """Zone words that end right before ``start`` ("Beijing time 10:42", "北京时间2024年...")."""
    p = start
    while p > lo and t[p - 1] in " \t:,(":
        p -= 1
    if t[max(lo, p - 2):p].lower() not in _ZONE_WORD_ENDS:
        return None                                  # the cheap test for the common case
    return _ZONE_WORDS_BEFORE.search(t, max(lo, start - 32), start)


def _signed(sign: str, hours: str, minutes: str | None) -> int:
    return (-1 if sign == "-" else 1) * (int(hours) * 60 + int(minutes or 0))


# --- step 3: values -------------------------------------------------------------------------

def _found(text: str, c: _Core, value: PubDate | None, warning: str | None, offset: int) -> FoundDate:
    end = c.start + len(text[c.start:c.end].rstrip())
    return FoundDate(c.start + offset, end + offset, text[c.start:end], value, warning)


def _value(c: _Core, raw: str, ctx: DateContext) -> tuple[PubDate | None, str | None]:
    raw = raw.strip()
    if c.kind in ("rel", "ago"):
        if c.days is None:
            return None, f"relative date {raw!r} is too vague to name a day"
        if ctx.reference is None:
            return None, f"relative date {raw!r} and no reference date"
        try:
            day = ctx.reference - timedelta(days=c.days)
        except OverflowError:
            return None, f"relative date {raw!r} falls outside years 1 to 9999 from the reference date"
        return _with_clock(day, c, ctx), None
    warning = None
    if c.kind == "num":
        first, second, year_digits, sep = c.digits
        year = _year(year_digits, ctx)
        order = _numeric_order(first, second, sep, ctx, c.weekday, year)
        if order is None:
            return None, (f"{AMBIGUOUS} {raw!r}: day and month order unknown "
                          f"(pass dayfirst, a language or a country)")
        day, month = order
    else:
        year, month, day = c.year, c.month, c.day
    if c.solar or c.kind in ("ymd", "iso") and _solar_numeric(year, raw, ctx):
        gregorian = solar_hijri_to_gregorian(year, month, day)
        if gregorian is None:
            return None, f"{raw!r} is not a valid date"
        year, month, day = gregorian.year, gregorian.month, gregorian.day
    if year is None:
        if ctx.reference is None:
            return None, f"date {raw!r} has no year and no reference date"
        year = _year_before_reference(month, day, ctx.reference)
        if year is None:
            return None, f"{raw!r} is not a valid date"
    try:
        day_value = date(year, month, day)
    except ValueError:
        return None, f"{raw!r} is not a valid date"
    if year < MIN_YEAR:
        return None, f"{raw!r} is before {MIN_YEAR}: not a publication date"
    if c.weekday is not None and day_value.weekday() != c.weekday:
        warning = f"{raw!r}: the weekday does not match the date"
    return _with_clock(day_value, c, ctx), warning


def _solar_numeric(year: int | None, raw: str, ctx: DateContext) -> bool:
    """Whether a numeric date, year first, is of the Solar Hijri calendar: its year is one of
    that calendar's years of print, and the text is Persian (or Dari, Pashto) or, its language
    unknown, printed in Persian digits."""
    low, high = rules.SOLAR_HIJRI_YEARS
    if year is None or not low <= year <= high:
        return False
    language = _language(ctx)
    if language:
        return language in rules.SOLAR_HIJRI_LANGUAGES
    return any("۰" <= ch <= "۹" for ch in raw)


# the Solar Hijri years that open a new cycle of leap years (Borkowski's table, as jalaali uses it)
_SOLAR_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262,
                 2324, 2394, 2456, 3178)


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri date (1 Farvardin 1403 -> 2024-03-20), or None when
    there is no such day. Months 1-6 have 31 days, 7-11 have 30, Esfand 29 (30 in a leap year);
    the year begins at the March equinox, on the day K. Borkowski's arithmetic gives."""
    if not (1 <= year < _SOLAR_BREAKS[-1] and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    leap_j, jp, jump = -14, _SOLAR_BREAKS[0], 0
    for jm in _SOLAR_BREAKS[1:]:
        jump = jm - jp
        if year < jm:
            break
        leap_j += jump // 33 * 8 + jump % 33 // 4
        jp = jm
    n = year - jp
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    gy = year + 621
    leap_g = gy // 4 - (gy // 100 + 1) * 3 // 4 - 150
    if jump - n < 6:
        n = n - jump + (jump + 4) // 33 * 33
    cycle = (n + 1) % 33                 # the year's place in its 33-year cycle
    leap = cycle > 0 and (cycle - 1) % 4 == 0
    length = 31 if month <= 6 else 30 if month <= 11 or leap else 29
    if day > length:
        return None
    nowruz = date(gy, 3, 20 + leap_j - leap_g)
    return nowruz + timedelta(days=(month - 1) * 31 - max(0, month - 7) + day - 1)


def _with_clock(day: date, c: _Core, ctx: DateContext) -> PubDate:
    if c.clock is None:
        return PubDate(day, "day")
    hour, minute, second = c.clock
    value = datetime(day.year, day.month, day.day, hour, minute, second or 0)
    zone = _tzinfo(c.zone, value, ctx)
    if zone is not None:
        value = value.replace(tzinfo=zone)
    return PubDate(value, "second" if second is not None else "minute")


def _year(digits: str, ctx: DateContext, buddhist: bool = False) -> int:
    """A printed year: two digits read against the reference (else 69-99 -> 19xx, 00-68 ->
    20xx, as POSIX does); a Thai Buddhist-era year made Gregorian."""
    y = int(digits)
    if len(digits) == 2:
        if ctx.reference is not None:
            century = ctx.reference.year // 100 * 100
            y += century if century + y <= ctx.reference.year else century - 100
        else:
            y += 1900 if y >= 69 else 2000
    elif y >= 2400 and (buddhist or _language(ctx) in rules.BUDDHIST_ERA_LANGUAGES):
        y -= rules.BUDDHIST_ERA_OFFSET
    return y


def _year_before_reference(month: int, day: int, reference: date) -> int | None:
    """The latest year that puts month/day on or before the reference (Feb 29: a leap year)."""
    for year in range(reference.year, reference.year - 9, -1):
        try:
            if date(year, month, day) <= reference:
                return year
        except ValueError:
            continue
    return None


def _numeric_order(a: int, b: int, sep: str, ctx: DateContext, weekday: int | None,
                   year: int) -> tuple[int, int] | None:
    """(day, month) of a numeric date ``a<sep>b<sep>year``; None when nothing decides."""
    if a > 12 or b > 12 or a == b:
        return (a, b) if b <= 12 else (b, a)
    first = day_first(ctx, sep)
    if first is None and weekday is not None:
        fits = [(d, m) for d, m in ((a, b), (b, a)) if _weekday_of(year, m, d) == weekday]
        if len(fits) == 1:
            return fits[0]
    if first is None:
        return None
    return (a, b) if first else (b, a)


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def day_first(ctx: DateContext, sep: str) -> bool | None:
    """Numeric order: True day first, False month first, None when nothing tells."""
    if ctx.dayfirst is not None:
        return ctx.dayfirst
    if sep == ".":
        return True
    if ctx.country:
        return ctx.country.upper() not in rules.MONTH_FIRST_COUNTRIES
    if _language(ctx) in rules.DAY_FIRST_LANGUAGES:
        return True
    return ctx.shown_order


# a numeric date with slashes or hyphens ("9/25/13", "25-09-2013"): its two first numbers
# (a digit opens the pattern, so the engine skips to the digits; what stands before the match
# is tested after)
_SLASHED = lazy(r"([0-9]{1,2})([/-])([0-9]{1,2})\2(?:[0-9]{4}|[0-9]{2})(?![0-9]|[./-][0-9])")


def shown_day_first(text: str) -> bool | None:
    """The order of day and month that a text's own numeric dates show: a date whose first
    number cannot be a month ("25/9/13") shows day first, one whose second cannot ("9/25/13")
    month first. None when the text shows neither, or both. A site prints its dates one way,
    so this decides its ambiguous ones ("9/11/13") when language and country do not."""
    if "/" not in text and "-" not in text:
        return None
    shown = set()
    for m in _SLASHED.finditer(text):
        if m.start() and text[m.start() - 1] in "0123456789./-":
            continue                      # the tail of a longer number or date
        a, b = int(m[1]), int(m[3])
        if 12 < a <= 31 and 1 <= b <= 12:
            shown.add(True)
        elif 12 < b <= 31 and 1 <= a <= 12:
            shown.add(False)
    return shown.pop() if len(shown) == 1 else None


def _language(ctx: DateContext) -> str:
    return (ctx.language or "").replace("_", "-").split("-")[0].lower()


# --- zones ----------------------------------------------------------------------------------

def _tzinfo(zone: tuple | None, local: datetime, ctx: DateContext) -> tzinfo | None:
    """The fixed offset for a zone found beside a time, else the home zone's, else None."""
    if zone is None:
        return _home_offset(ctx, local) if ctx.home_zone else None
    kind, value = zone
    if kind == "offset":
        return _fixed(value)
    if kind == "iana":
        return _iana_offset(value, local)
    if value in rules.AMBIGUOUS_ZONES:
        table = rules.AMBIGUOUS_ZONES[value]
        key = next((k for k in ((ctx.country or "").upper(), _language(ctx)) if k and k in table), "")
        minutes = table[key]
        return _fixed(minutes)
    if value in rules.GENERIC_ZONES:
        return _iana_offset(rules.GENERIC_ZONES[value], local)
    return _fixed(rules.ZONE_ABBREVIATIONS[value])


@lru_cache(maxsize=None)
def _fixed(minutes: int) -> timezone:
    return timezone(timedelta(minutes=minutes))


def _home_offset(ctx: DateContext, local: datetime) -> tzinfo | None:
    """The home zone's offset: an IANA name, else a zone as a page would print it ("GMT+8",
    "+08:00", "CET"), read with its printed sign; anything else is ignored."""
    offset = _iana_offset(ctx.home_zone, local)
    if offset is None:
        end, zone = _zone_at(ctx.home_zone, 0, len(ctx.home_zone))
        if zone is not None and end == len(ctx.home_zone) and zone[0] != "iana":
            offset = _tzinfo(zone, local, ctx)
    return offset


@lru_cache(maxsize=64)
def _iana(name: str) -> tzinfo | None:
    from zoneinfo import ZoneInfo       # here, not at import: most pages name no zone (2.5 ms)
    try:
        return ZoneInfo(name)
    except (ValueError, OSError, KeyError):
        pass
    if "/" in name:                                   # dateutil ships its own zone data; never
        from dateutil import tz                       # give it "GMT+8" (it would flip the sign)
        return tz.gettz(name)
    return None


def _iana_offset(name: str, local: datetime) -> tzinfo | None:
    """The fixed offset that the IANA zone ``name`` had at the local time ``local``."""
    zone = _iana(name)
    if zone is None:
        return None
    offset = local.replace(tzinfo=zone).utcoffset()
    return _fixed(int(offset.total_seconds() // 60)) if offset is not None else None


# --- step 4: times alone --------------------------------------------------------------------

def _bare_times(t: str, text: str, cores: list[_Core], found: list[FoundDate], ctx: DateContext,
                offset: int) -> list[FoundDate]:
    """Marked times that stand apart from any date: they take the day of the dated time before
    them on the line ("Published: 11:00am, 14 Feb 2021 | Updated: 11:06am"), else stay unknown.

    A time alone is no date: it is reported (its span is not body text and not a name) with no
    value and no warning. A day-only date before it ("May 17, 2024 -- Updated 0203 GMT") is not
    borrowed: the time may fall on another day in another zone, and a day-only published date
    beside a same-day updated datetime is a pair the extractor cannot order."""
    out: list[FoundDate] = []
    anchor: tuple[_Core, date] | None = None         # the last dated time before the gap
    lo = 0
    for i in range(len(cores) + 1):
        hi = cores[i].start if i < len(cores) else len(t)
        if hi - lo >= 3 and _DIGIT.search(t, lo, hi) is not None:
            out += _times_between(t, text, lo, hi, anchor, ctx, offset)
        if i < len(cores):
            c, value = cores[i], found[i].value
            if c.clock is not None and value is not None:
                v = value.value
                anchor = (c, v.date() if isinstance(v, datetime) else v)
            lo = max(lo, c.end)
    return out


def _times_between(t: str, text: str, lo: int, hi: int, anchor: tuple[_Core, date] | None,
                   ctx: DateContext, offset: int) -> list[FoundDate]:
    out = []
    taken = lo
    for m in _finditer(_TIME, _TIME_STARTS, t, lo, hi):
        start = m.start()
        if start < taken:
            continue
        clock, end = _clock(m)
        if clock is None:
            continue
        end, zone, marked = _zone_and_suffix(t, end, hi)
        if m["mh"] is not None and zone is None:
            continue                                 # four digits with no zone: not a time
        if not (marked or m["ap"] or m["half"] or m["ch"] is not None or m["hh"] is not None
                or (m["s"] and m["sep"] == ":") or anchor is not None and m["sep"] not in (None, ".")):
            continue                                 # "3:1", "10.50": nothing says "time"; after
            # a dated time on the line, "16:02" and "16h02" do ("14 May 2024 14:35 | Updated 16:02")
        if zone is None:
            zm = _zone_words_before(t, taken, start)
            if zm:
                zone, start = ("iana", _ZONE_WORD_NAMES[zm["w"].lower()]), zm.start()
        taken = end
        raw = text[start:end]
        value = None
        if anchor is not None:
            core, day = anchor
            if zone is None:
                zone = core.zone                     # the same clock as the date before it
            value = _with_clock(day, _Core(start, end, "time", clock=clock, zone=zone), ctx)
        out.append(FoundDate(start + offset, end + offset, raw, value))
    return out
