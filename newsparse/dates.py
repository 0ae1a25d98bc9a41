"""Dates: find the date expressions in a line and normalise them, or say they are unknown.

This module owns date reading; its words (month and weekday names, zone abbreviations, relative
words) are data in ``rules/dates.py``. Reading a line goes in four steps:

1. *Cores.* Compiled patterns find the day part of each expression: numeric dates
   (``2024-05-17``, ``17.05.2024``, ``05/06/2024``, ``2024年5月17日``), month names beside a day
   number (looked up in a dict, never a giant alternation) and relative words ("yesterday",
   "3 hours ago", "3小时前"). Overlaps keep the full date, then the longest.
2. *Surroundings.* Around each core: a weekday, a time after it (``, 10:42 Uhr``, ``T10:42:00Z``)
   or before it (``11:00am, 14 Feb 2021``), and a zone after the time or zone words before it.
3. *Values* (``date_values.py``, with the zones and the types). The parts are checked and
   turned into a ``PubDate`` directly. Nothing is ever filled
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
from datetime import date, datetime

from .date_values import (MIN_YEAR, ZONE_WORD_NAMES, Core, DateContext, FoundDate, alternation, found_date, language_of,
                          next_char, value_of, with_clock, year_of, zone_at)
from .lazyre import LazyPattern, lazy
from .model import PubDate
from .rules import dates as rules
from .rules.dates import MONTHS, WEEKDAYS, strip_accents


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


                                     # (``shown_day_first``): read when nothing above tells


def dates_cover(found: list[FoundDate], text: str, share: tuple[int, int] = (1, 2)) -> bool:
    """Whether the dates ``found`` in ``text`` make up at least ``share`` (a fraction, as
    numerator and denominator) of its characters: a date line, not a sentence with a date."""
    num, den = share
    return sum(d.end - d.start for d in found) * den >= len(text) * num


# --- patterns -------------------------------------------------------------------------------


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
    rf"|(?P<era>{alternation(rules.ERAS)})\s*(?P<ey>[0-9]{{1,3}}|元)\s*年\s*(?P<em>[0-9]{{1,2}})\s*月"
    r"\s*(?P<ed>[0-9]{1,2})\s*日"
    r")")
_NUMERIC_STARTS = _starts(_NUMERIC_FIRST, _NUMERIC_NOT_AFTER)

# what every numeric date contains: a digit before a separator (or before a space and one:
# "12 / 03 / 2024", "2024 年 3 月 12 日"), or an era name (in CJK characters: never in an ASCII
# line). Two patterns, so that the first opens with a class of characters, which the engine
# skips to in C; an alternation would make it try the pattern at every position
_NUMERIC_HINT = lazy(r"[0-9] ?[./\-年년月월]")
_ERA_NAME = lazy(alternation(rules.ERAS))

# a day number ending right before a month name: "17 ", "17. ", "1er ", "17th of ", "03.", "17 d'"
_DAY_BEFORE = lazy(
    r"(?<![0-9.,:/\-])(?P<d>[0-9]{1,2})(?:\.|º|°|ª|er|re|e|st|nd|rd|th)?\s*(?:[\-/]\s*)?"
    rf"(?:(?:{alternation(rules.DAY_MONTH_LINKS)})\s*)?\Z", re.I)
# a year ending right before a month name, Hungarian style: "2024. május 17."
_YEAR_BEFORE = lazy(r"(?<![0-9])(?P<y>[0-9]{4})\.\s*\Z")
_YEAR_SUFFIX = rf"(?:\s*(?:{alternation(rules.YEAR_SUFFIXES)})(?![^\W\d_]))?"
# after the month name of "17 May 2024": a second name ("juni/lipanj") and the year
_DMY_TAIL = lazy(
    rf"(?P<mon>\.?(?:\s*/\s*{_L}{{3,12}}\.?)?)"
    rf"(?:(?P<link>\s*(?:[,\-]\s*)?(?:(?:{alternation(rules.MONTH_YEAR_LINKS)})\s*)?)(?P<y>{_YEAR4})"
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
         rf"(?:\s?(?P<half_after>{alternation(rules.CLOCK_HALVES_AFTER)})(?![^\W\d_]))?")
_CLOCK = (
    rf"(?:(?P<half>{alternation(rules.CLOCK_HALVES)})\s*)?"
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
    rf"[\s,|/·•–—\-@]{{0,6}}(?:(?P<link>{alternation(rules.TIME_LINKS)})(?![^\W\d_])\.?\s*)?", re.I)
_TIME_SUFFIX = lazy(rf"\s*(?:{alternation(rules.TIME_SUFFIXES)})(?![^\W\d_])", re.I)
_BEFORE_GAP = lazy(
    rf"[\s,|/·•–—\-]*(?:(?P<w1>{_L}+)(?![^\W\d_])\.?[\s,]*)?(?:(?P<w2>{_L}+)(?![^\W\d_])\.?[\s,]*)?")

_ZONE_WORDS_BEFORE = lazy(
    rf"(?P<w>{alternation(rules.ZONE_WORDS)})\s*(?:[:,]\s*)?(?:\(\s*)?\Z", re.I)
_ZONE_WORD_ENDS = frozenset(w[-2:].lower() for w in rules.ZONE_WORDS)
_SUFFIX_FIRST = frozenset(c for w in rules.TIME_SUFFIXES for c in (w[0].lower(), w[0].upper()))

_NUMBER_BEFORE = lazy(rf"(?<![\w.,:/])(?P<n>[0-9]{{1,3}}|{_L}{{1,6}})\s*\Z")
_AGO_BEFORE = lazy(rf"(?<![^\W\d_])(?:{alternation(rules.AGO_BEFORE)})\s*\Z", re.I)
_AGO_AFTER = lazy(rf"\s*(?:{alternation(rules.AGO_AFTER)})(?![^\W\d_])", re.I)
_CJK_RELATIVE = lazy(
    rf"(?P<n>[0-9]{{1,3}}|[{''.join(rules.CJK_NUMERALS)}]{{1,2}})\s*"
    rf"(?P<u>{alternation(rules.CJK_UNITS)})\s*(?:{alternation(rules.CJK_AGO)})"
    rf"|(?P<day>{alternation(rules.CJK_RELATIVE_DAYS)})")
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


def find_dates(text: str, ctx: DateContext, offset: int = 0) -> list[FoundDate]:
    """Every date expression in ``text``, in order, with spans shifted by ``offset``."""
    ascii_only = text.isascii()
    t = text if ascii_only or _FOLDABLE.search(text) is None else text.translate(_FOLD)
    has_digit = _DIGIT.search(t) is not None
    cores: list[Core] = []
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
        value, warning = value_of(core, text[core.start:core.end], ctx)
        found.append(found_date(text, core, value, warning, offset))
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
    month = int(groups["m"]) if groups.get("m") else _lookup(MONTHS, groups["mon"], language_of(ctx))
    if month is None:
        return None                       # "031422 ABC 24": no month's name
    zone = None
    if groups.get("z"):
        end, zone = zone_at(groups["z"], 0, len(groups["z"]))
        if end != len(groups["z"]):
            return None                   # "031422 XYZ MAR 24": no zone
    core = Core(0, len(raw), "stamp", year_of(groups["y"], ctx), month, int(groups["d"]),
                 clock=(int(groups["H"]), int(groups["M"]), None), zone=zone)
    if core.clock[0] > 23 or core.clock[1] > 59:
        return None
    value, warning = value_of(core, raw, ctx)
    start = offset + text.find(raw)
    return FoundDate(start, start + len(raw), raw, value, warning)


def is_weekday(word: str) -> bool:
    return _lookup(WEEKDAYS, word.rstrip(".,"), None) is not None


def is_month(word: str) -> bool:
    """Whether ``word`` names a month (its name or abbreviation, in any case and language)."""
    return _lookup(MONTHS, word.rstrip(".,"), None) is not None


_SEND_STAMPS = tuple(lazy(p) for p in rules.SEND_STAMPS)


# --- step 1: cores --------------------------------------------------------------------------

def _numeric_cores(t: str, ctx: DateContext) -> list[Core]:
    out = []
    for m in _finditer(_NUMERIC, _NUMERIC_STARTS, t, 0, len(t)):
        s, e = m.span()
        if m["iy"]:
            out.append(Core(s, e, "iso", year_of(m["iy"], ctx), int(m["im"]), int(m["id"])))
        elif m["yy"]:
            out.append(Core(s, e, "ymd", year_of(m["yy"], ctx), int(m["ym"]), int(m["yd"])))
        elif m["na"]:
            out.append(Core(s, e, "num", digits=(int(m["na"]), int(m["nb"]), m["ny"], m["ns"])))
        elif m["sy"]:                     # "2024 - 03 - 12": spaced as some pages print it
            out.append(Core(s, e, "ymd", year_of(m["sy"], ctx), int(m["sm"]), int(m["sd"])))
        elif m["sa"]:                     # "12 / 03 / 2024"
            out.append(Core(s, e, "num", digits=(int(m["sa"]), int(m["sb"]), m["sy2"], m["sn"])))
        elif m["cy"]:
            out.append(Core(s, e, "cjk", year_of(m["cy"], ctx), int(m["cm"]), int(m["cd"])))
        elif m["cm2"]:
            if s > 0 and t[s - 1] in "年년":
                continue
            out.append(Core(s, e, "cjk", None, int(m["cm2"]), int(m["cd2"])))
        else:
            n = 1 if m["ey"] == "元" else int(m["ey"])
            out.append(Core(s, e, "era", rules.ERAS[m["era"]] + n, int(m["em"]), int(m["ed"])))
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


def _word_cores(t: str, ctx: DateContext, has_digit: bool, out: list[Core]) -> None:
    """Named dates ("17 May 2024", "May 17") and relative words, from one scan of the words."""
    if t.isascii():
        spans = _ascii_word_spans(t, has_digit)
        if not spans:
            return
    elif _may_hold_date_words(t, has_digit):
        spans = [m.span() for m in _WORD.finditer(t)]
    else:
        return
    language = language_of(ctx)
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
                out.append(Core(ws, we, "rel", days=rel[0]))
            continue
        for phrase, days, langs in _PHRASES.get(lower, ()):
            end = ws + len(phrase)
            if t[ws:end].lower() == phrase and (end == len(t) or not t[end].isalnum()):
                if not language or language in langs:
                    out.append(Core(ws, end, "rel", days=days))
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
           language: str) -> Core | None:
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
        year = year_of(tail["y"] or tail["y2"], ctx, buddhist)
        return Core(before.start(), tail.end(), "name", year, month, int(before["d"]))
    spaced = _SPACED_YEAR2.match(t, tail.end()) if before and tail else None
    if spaced:
        return Core(before.start(), spaced.end(), "name", year_of(spaced["y2"], ctx), month, int(before["d"]))
    after = _MDY_TAIL.match(t, we)
    if after and after["y"] and _clock_not_year(t, after, ctx):
        after = _MDY_TAIL.match(t, we, after.end("d"))
    if after and after["y"]:
        return Core(ws, after.end(), "name", year_of(after["y"], ctx), month, int(after["d"]))
    year_before = _YEAR_BEFORE.search(t, max(0, ws - 8), ws)
    if year_before:
        ymd = _YMD_TAIL.match(t, we)
        if ymd:
            return Core(year_before.start(), ymd.end(), "name", year_of(year_before["y"], ctx),
                         month, int(ymd["d"]))
    if not (before or after) or not _may_stand_without_year(word, month_key, language):
        return None
    if before:
        return Core(before.start(), tail.end("mon") if tail else we, "name", None, month,
                     int(before["d"]))
    if t.startswith(".", after.end()):
        return None            # "declared March 31." ends a sentence of running text
    return Core(ws, after.end(), "name", None, month, int(after["d"]))


def _solar_named(t: str, ws: int, we: int, key: str) -> Core | None:
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
    return Core(before.start(), tail.end(), "name", year, rules.SOLAR_HIJRI_MONTHS[key],
                 int(before["d"]), solar=True)


def _year_from_range_end(t: str, c: Core, end: Core) -> None:
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
    return zone_at(t, m.end("y"), len(t))[1] is not None


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


def _ago(t: str, ws: int, we: int, per: int | None) -> Core | None:
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
    return Core(before.start() if before else start, after.end() if after else we, "ago",
                 days=days)


def _relative_word_counts(t: str, ws: int, word: str, langs: frozenset[str], language: str) -> bool:
    """ "yesterday" counts in its own languages, and not inside a name such as "USA TODAY"."""
    if language and language not in langs:
        return False
    if word.isupper() and ws >= 2 and t[ws - 1] == " " and t[ws - 2].isupper():
        return False
    return True


def _cjk_relative_cores(t: str) -> list[Core]:
    out = []
    for m in _CJK_RELATIVE.finditer(t):
        if m["day"]:
            out.append(Core(m.start(), m.end(), "rel", days=rules.CJK_RELATIVE_DAYS[m["day"]]))
            continue
        n = m["n"]
        count = int(n) if n.isdigit() else sum(rules.CJK_NUMERALS[c] for c in n)
        per = rules.CJK_UNITS[m["u"]]
        out.append(Core(m.start(), m.end(), "ago", days=None if per is None else count * per))
    return out


def _resolve(t: str, cores: list[Core]) -> list[Core]:
    """Non-overlapping cores in order: full dates first (longest wins), then year-less, then
    relative ones. A relative word that labels the date after it ("Today: May 17") is dropped."""
    if len(cores) < 2:
        return cores
    taken: list[Core] = []                          # disjoint, in order of position
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

def _expand(t: str, c: Core, lo: int, hi: int, ctx: DateContext) -> None:
    """Widen ``c`` over its weekday, its time and its zone (never past ``lo``/``hi``)."""
    language = language_of(ctx)
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
            c.zone, c.start = ("iana", ZONE_WORD_NAMES[m["w"].lower()]), m.start()


def _weekday(word: str, language: str) -> int | None:
    wd = _lookup(WEEKDAYS, word, language)
    if wd is None and "-" in word:                      # "segunda-feira"
        wd = _lookup(WEEKDAYS, word.split("-")[0], language)
    return wd


def _time_after(t: str, c: Core, hi: int) -> bool:
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


def _stamp_end(t: str, c: Core, end: int, hi: int) -> bool:
    """Whether a dotted time after a whole numeric date ends the stamp: the line ends after it
    or a separator follows ("5.3.2024 14.20", "5.3.2024 14.20 | Politik"), as on the pages
    that print their times with a dot (Finnish, British). Followed by a word it may be an
    amount ("17.05.2024 10.50 Euro")."""
    if c.kind not in ("num", "iso", "ymd"):
        return False
    rest = t[end:hi].lstrip(" \t\u00a0")
    return not rest or rest[0] in _STAMP_SEPARATORS


def _time_before(t: str, c: Core, lo: int) -> bool:
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
    end, zone = zone_at(t, pos, hi)
    marked = zone is not None
    m = _TIME_SUFFIX.match(t, end, hi) if next_char(t, end, hi) in _SUFFIX_FIRST else None
    if m:
        end, marked = m.end(), True
        if zone is None:
            end, zone = zone_at(t, end, hi)
    return end, zone, marked


def _zone_words_before(t: str, lo: int, start: int) -> re.Match | None:
    """Zone words that end right before ``start`` ("Beijing time 10:42", "北京时间2024年...")."""
    p = start
    while p > lo and t[p - 1] in " \t:,(":
        p -= 1
    if t[max(lo, p - 2):p].lower() not in _ZONE_WORD_ENDS:
        return None                                  # the cheap test for the common case
    return _ZONE_WORDS_BEFORE.search(t, max(lo, start - 32), start)


# --- step 3: values -------------------------------------------------------------------------


# --- zones ----------------------------------------------------------------------------------


# --- step 4: times alone --------------------------------------------------------------------

def _bare_times(t: str, text: str, cores: list[Core], found: list[FoundDate], ctx: DateContext,
                offset: int) -> list[FoundDate]:
    """Marked times that stand apart from any date: they take the day of the dated time before
    them on the line ("Published: 11:00am, 14 Feb 2021 | Updated: 11:06am"), else stay unknown.

    A time alone is no date: it is reported (its span is not body text and not a name) with no
    value and no warning. A day-only date before it ("May 17, 2024 -- Updated 0203 GMT") is not
    borrowed: the time may fall on another day in another zone, and a day-only published date
    beside a same-day updated datetime is a pair the extractor cannot order."""
    out: list[FoundDate] = []
    anchor: tuple[Core, date] | None = None         # the last dated time before the gap
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


def _times_between(t: str, text: str, lo: int, hi: int, anchor: tuple[Core, date] | None,
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
                zone, start = ("iana", ZONE_WORD_NAMES[zm["w"].lower()]), zm.start()
        taken = end
        raw = text[start:end]
        value = None
        if anchor is not None:
            core, day = anchor
            if zone is None:
                zone = core.zone                     # the same clock as the date before it
            value = with_clock(day, Core(start, end, "time", clock=clock, zone=zone), ctx)
        out.append(FoundDate(start + offset, end + offset, raw, value))
    return out
