"""The patterns and word tables ``dates.py`` reads a line with, compiled when first used.

Step 1 of reading a date (its core) uses the numeric patterns (``NUMERIC``, each run only from
the places ``NUMERIC_STARTS`` finds) and the lexicon of month, unit and relative-day words
(``LEXICON``, one dict lookup per word); step 2 (``date_surroundings.py``) the patterns of
weekdays, times, zones and suffixes around a core. Every pattern is anchored or bounded and
free of nested quantifiers that could backtrack: a line is read in time linear in its length.
"""
from __future__ import annotations

import re

from .date_values import alternation
from .lazyre import LazyPattern, lazy
from .rules import dates as rules
from .rules.dates import MONTHS, strip_accents


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
WORD = lazy(rf"{_L}+(?:[{_MARKS}]+{_L}*)*")
# _MARKS as (first, last) character pairs, for _first_word
_MARK_RANGES = tuple((_MARKS[i], _MARKS[i + 2]) if _MARKS[i + 1:i + 2] == "-" else (_MARKS[i], _MARKS[i])
                     for i in range(len(_MARKS)) if _MARKS[i] != "-" and _MARKS[i - 1:i] != "-")


def _first_word(text: str) -> str | None:
    """The word ``WORD.match(text)`` finds, or None, told without compiling the pattern (half a
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


DIGIT = lazy(r"[0-9]")
CJK = lazy(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _starts(first: str, not_after: str) -> LazyPattern:
    """A pattern that finds each position where a pattern opening with ``(?=[first])`` and
    ``(?<![not_after])`` may match: one character of ``first`` (a class first, which the engine
    skips to in C, where a lookahead first makes it try every position) with none of
    ``not_after`` before it (looked at behind the character just read)."""
    return lazy(rf"[{first}](?<![{not_after}][{first}])")


def find_from_starts(pattern: LazyPattern, starts: LazyPattern, t: str, lo: int, hi: int) -> list[re.Match]:
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
# just the positions where both hold (see ``find_from_starts``).
_NUMERIC_FIRST = "0-9" + "".join(sorted({e[0] for e in rules.ERAS}))
_NUMERIC_NOT_AFTER = r"0-9.,/\-"
NUMERIC = lazy(
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
NUMERIC_STARTS = _starts(_NUMERIC_FIRST, _NUMERIC_NOT_AFTER)

# what every numeric date contains: a digit before a separator (or before a space and one:
# "12 / 03 / 2024", "2024 年 3 月 12 日"), or an era name (in CJK characters: never in an ASCII
# line). Two patterns, so that the first opens with a class of characters, which the engine
# skips to in C; an alternation would make it try the pattern at every position
NUMERIC_HINT = lazy(r"[0-9] ?[./\-年년月월]")
ERA_NAME = lazy(alternation(rules.ERAS))

# a day number ending right before a month name: "17 ", "17. ", "1er ", "17th of ", "03.", "17 d'"
DAY_BEFORE = lazy(
    r"(?<![0-9.,:/\-])(?P<d>[0-9]{1,2})(?:\.|º|°|ª|er|re|e|st|nd|rd|th)?\s*(?:[\-/]\s*)?"
    rf"(?:(?:{alternation(rules.DAY_MONTH_LINKS)})\s*)?\Z", re.I)
# a year ending right before a month name, Hungarian style: "2024. május 17."
YEAR_BEFORE = lazy(r"(?<![0-9])(?P<y>[0-9]{4})\.\s*\Z")
_YEAR_SUFFIX = rf"(?:\s*(?:{alternation(rules.YEAR_SUFFIXES)})(?![^\W\d_]))?"
# after the month name of "17 May 2024": a second name ("juni/lipanj") and the year
DMY_TAIL = lazy(
    rf"(?P<mon>\.?(?:\s*/\s*{_L}{{3,12}}\.?)?)"
    rf"(?:(?P<link>\s*(?:[,\-]\s*)?(?:(?:{alternation(rules.MONTH_YEAR_LINKS)})\s*)?)(?P<y>{_YEAR4})"
    rf"{_YEAR_SUFFIX}|(?:\s?['’]|-|(?<=\.))(?P<y2>[0-9]{{2}})(?![0-9:.]))?", re.I)
# a two-digit year after "27 Mar" set off by a space only counts where the date ends there or a
# time follows ("14 Apr 21 à 8:05"): "3 May 12 people" is a day and a count
SPACED_YEAR2 = lazy(r"\s(?P<y2>[0-9]{2})(?=\s*\Z|\s*[,|·•]|\s+(?:[^\W\d_]{1,5}\s+)?[0-9]{1,2}[:h][0-9]{2})")
# after the month name of "May 17, 2024"
MDY_TAIL = lazy(
    r"\.?\s*(?:,\s*)?(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9]|[:.][0-9]|[^\W\d_])"
    rf"(?:(?:\s*,\s*|\s+)(?P<y>{_YEAR4}){_YEAR_SUFFIX})?", re.I)
YMD_TAIL = lazy(r"\s*(?P<d>[0-9]{1,2})\.?(?![0-9])")

WEEKDAY_BEFORE = lazy(rf"(?<![^\W\d_])(?P<w>{_L}+(?:[-'ʼ’]{_L}+)?)(?P<p>[.,]?)\s*(?:,\s*)?\Z")
WEEKDAY_AFTER = lazy(
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
TIME = lazy(                               # a time standing alone in the line
    rf"(?=[{_TIME_FIRST}])(?<![{_TIME_NOT_AFTER}])" + _CLOCK)
TIME_STARTS = _starts(_TIME_FIRST, _TIME_NOT_AFTER)
TIME_AT = lazy(_CLOCK)                     # a time right where a date ends (may be glued)
TIME_GAP = lazy(                           # "17 May 2024, 10:42", "May 17 | 10:42", "May 17 @ 10:42"
    rf"[\s,|/·•–—\-@]{{0,6}}(?:(?P<link>{alternation(rules.TIME_LINKS)})(?![^\W\d_])\.?\s*)?", re.I)
TIME_SUFFIX = lazy(rf"\s*(?:{alternation(rules.TIME_SUFFIXES)})(?![^\W\d_])", re.I)
BEFORE_GAP = lazy(
    rf"[\s,|/·•–—\-]*(?:(?P<w1>{_L}+)(?![^\W\d_])\.?[\s,]*)?(?:(?P<w2>{_L}+)(?![^\W\d_])\.?[\s,]*)?")

ZONE_WORDS_BEFORE = lazy(
    rf"(?P<w>{alternation(rules.ZONE_WORDS)})\s*(?:[:,]\s*)?(?:\(\s*)?\Z", re.I)
ZONE_WORD_ENDS = frozenset(w[-2:].lower() for w in rules.ZONE_WORDS)
SUFFIX_FIRST = frozenset(c for w in rules.TIME_SUFFIXES for c in (w[0].lower(), w[0].upper()))

NUMBER_BEFORE = lazy(rf"(?<![\w.,:/])(?P<n>[0-9]{{1,3}}|{_L}{{1,6}})\s*\Z")
AGO_BEFORE = lazy(rf"(?<![^\W\d_])(?:{alternation(rules.AGO_BEFORE)})\s*\Z", re.I)
AGO_AFTER = lazy(rf"\s*(?:{alternation(rules.AGO_AFTER)})(?![^\W\d_])", re.I)
CJK_RELATIVE = lazy(
    rf"(?P<n>[0-9]{{1,3}}|[{''.join(rules.CJK_NUMERALS)}]{{1,2}})\s*"
    rf"(?P<u>{alternation(rules.CJK_UNITS)})\s*(?:{alternation(rules.CJK_AGO)})"
    rf"|(?P<day>{alternation(rules.CJK_RELATIVE_DAYS)})")
RANGE_GAP = lazy(r"\s*[-–—]\s*|\s+(?:to|until|bis|au|al|a|tot|till|–)\s+", re.I)
LABEL_GAP = lazy(rf"[\s:,|\-–—]*(?:{_L}+[.,]?\s*)?")

# relative day phrases of several words ("i dag", "aujourd'hui"), by their first word
PHRASES: dict[str, list[tuple[str, int, frozenset[str]]]] = {}
for _phrase, (_days, _langs) in rules.RELATIVE_DAYS.items():
    _first = _first_word(_phrase)
    if _first and _first != _phrase:
        PHRASES.setdefault(_first, []).append((_phrase, _days, _langs))
for _list in PHRASES.values():
    _list.sort(key=lambda p: -len(p[0]))
TIME_DATE_LINKS = rules.TIME_DATE_LINKS
# every word the word scan acts on -> what it may be (one dict lookup per word of the line)
MONTH, UNIT, RELDAY, _PHRASE, SOLAR = 1, 2, 4, 8, 16
LEXICON: dict[str, int] = {}
for _table, _flag in ((MONTHS, MONTH), (rules.UNITS, UNIT), (rules.RELATIVE_DAYS, RELDAY),
                      (PHRASES, _PHRASE), (rules.SOLAR_HIJRI_MONTHS, SOLAR)):
    for _w in _table:
        LEXICON[_w] = LEXICON.get(_w, 0) | _flag
# the words a line must hold for the word scan to find anything, with and without a digit in
# it (a month name counts only beside a number); tested on ASCII lines, the most common case
LEXICON_WORDS = frozenset(LEXICON)
LEXICON_WORDS_NO_MONTH = frozenset(w for w, kind in LEXICON.items() if not kind & (MONTH | SOLAR))
# for _ascii_words: a capital ASCII letter -> its small letter, a small one -> itself, any other byte
# -> a space
ASCII_LETTERS = bytes.maketrans(bytes(range(256)), bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256)))
# a letter (_L) or a combining mark beyond ASCII: a line without one has only ASCII letters
LETTER_BEYOND_ASCII = lazy(rf"[^\W\d_\x00-\x7f]|[{_MARKS}]")


def lookup_word(table: dict[str, dict[str, int]], word: str, language: str | None) -> int | None:
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
