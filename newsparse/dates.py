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

from .date_patterns import (AGO_AFTER, AGO_BEFORE, ASCII_LETTERS, CJK, CJK_RELATIVE, DAY_BEFORE, DIGIT, DMY_TAIL,
                            ERA_NAME, LABEL_GAP, LETTER_BEYOND_ASCII, LEXICON, LEXICON_WORDS, LEXICON_WORDS_NO_MONTH,
                            MDY_TAIL, MONTH, NUMBER_BEFORE, NUMERIC, NUMERIC_HINT, NUMERIC_STARTS, PHRASES, RANGE_GAP,
                            RELDAY, SOLAR, SPACED_YEAR2, UNIT, WORD, YEAR_BEFORE, YMD_TAIL, find_from_starts,
                            lookup_word)
from .date_surroundings import bare_times, expand
from .date_values import MIN_YEAR, Core, DateContext, FoundDate, found_date, language_of, value_of, year_of, zone_at
from .lazyre import lazy
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


# --- the parts of one expression ------------------------------------------------------------


def find_dates(text: str, ctx: DateContext, offset: int = 0) -> list[FoundDate]:
    """Every date expression in ``text``, in order, with spans shifted by ``offset``."""
    ascii_only = text.isascii()
    t = text if ascii_only or _FOLDABLE.search(text) is None else text.translate(_FOLD)
    has_digit = DIGIT.search(t) is not None
    cores: list[Core] = []
    if has_digit and (NUMERIC_HINT.search(t) or not ascii_only and ERA_NAME.search(t)):
        cores += _numeric_cores(t, ctx)
    _word_cores(t, ctx, has_digit, cores)
    if not ascii_only and CJK.search(t):
        cores += _cjk_relative_cores(t)
    cores = _resolve(t, cores)
    found: list[FoundDate] = []
    lo = 0
    for i, core in enumerate(cores):
        nxt = cores[i + 1] if i + 1 < len(cores) else None
        hi = nxt.start if nxt is not None else len(t)
        if core.kind != "ago":
            expand(t, core, lo, hi, ctx)
        if core.year is None and core.kind in ("name", "cjk") and nxt is not None:
            _year_from_range_end(t, core, nxt)
        lo = core.end
        value, warning = value_of(core, text[core.start:core.end], ctx)
        found.append(found_date(text, core, value, warning, offset))
    if has_digit:
        times = bare_times(t, text, cores, found, ctx, offset)
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
    month = int(groups["m"]) if groups.get("m") else lookup_word(MONTHS, groups["mon"], language_of(ctx))
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
    return lookup_word(WEEKDAYS, word.rstrip(".,"), None) is not None


def is_month(word: str) -> bool:
    """Whether ``word`` names a month (its name or abbreviation, in any case and language)."""
    return lookup_word(MONTHS, word.rstrip(".,"), None) is not None


_SEND_STAMPS = tuple(lazy(p) for p in rules.SEND_STAMPS)


# --- step 1: cores --------------------------------------------------------------------------

def _numeric_cores(t: str, ctx: DateContext) -> list[Core]:
    out = []
    for m in find_from_starts(NUMERIC, NUMERIC_STARTS, t, 0, len(t)):
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


def _word_cores(t: str, ctx: DateContext, has_digit: bool, out: list[Core]) -> None:
    """Named dates ("17 May 2024", "May 17") and relative words, from one scan of the words."""
    if t.isascii():
        spans = _ascii_word_spans(t, has_digit)
        if not spans:
            return
    elif _may_hold_date_words(t, has_digit):
        spans = [m.span() for m in WORD.finditer(t)]
    else:
        return
    language = language_of(ctx)
    lexicon = LEXICON
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
        if kind & SOLAR and has_digit:
            core = _solar_named(t, ws, we, lower)
            if core is not None:
                out.append(core)
                continue
        if kind & MONTH:
            if has_digit:
                core = _named(t, ws, we, word, lower, ctx, language)
                if core is not None:
                    out.append(core)
            continue
        if kind & UNIT:
            core = _ago(t, ws, we, rules.UNITS[lower][0])
            if core is not None:
                out.append(core)
                continue
        if kind & RELDAY:
            rel = rules.RELATIVE_DAYS[lower]
            if _relative_word_counts(t, ws, word, rel[1], language):
                out.append(Core(ws, we, "rel", days=rel[0]))
            continue
        for phrase, days, langs in PHRASES.get(lower, ()):
            end = ws + len(phrase)
            if t[ws:end].lower() == phrase and (end == len(t) or not t[end].isalnum()):
                if not language or language in langs:
                    out.append(Core(ws, end, "rel", days=days))
                break


def _ascii_word_spans(t: str, has_digit: bool) -> list[tuple[int, int]]:
    """The spans of the words of the ASCII text ``t`` that the word scan acts on, in order:
    each such word the line holds is found by its own pattern, so a long line of prose costs
    a few searches in C rather than a Python step per word."""
    keys = LEXICON_WORDS if has_digit else LEXICON_WORDS_NO_MONTH
    hits = keys.intersection(_ascii_words(t))
    if not hits:
        return []
    lower = t.lower()
    spans = [m.span() for w in hits for m in _ascii_word_pattern(w).finditer(lower)]
    if len(hits) > 1:
        spans.sort()
    return spans


def _ascii_words(t: str) -> list[str]:
    """The words of ``t``, lower-cased, as ``WORD`` splits it, when every letter of ``t`` is
    ASCII and it holds no combining mark: its runs of ASCII letters. Each character beyond ASCII
    (a symbol or punctuation, then) is encoded as one "?", which parts words as punctuation
    does; the letters are lower-cased, the rest made spaces, and the runs split, all in C."""
    return t.encode("ascii", "replace").translate(ASCII_LETTERS).decode("ascii").split()


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
    keys = LEXICON_WORDS if has_digit else LEXICON_WORDS_NO_MONTH
    if LETTER_BEYOND_ASCII.search(t) is None:          # "• Sites partenaires": ASCII words only
        return not keys.isdisjoint(_ascii_words(t))
    words = set(map(str.lower, WORD.findall(t)))
    if not keys.isdisjoint(words):
        return True
    return not keys.isdisjoint(strip_accents(w) for w in words
                               if not w.isascii() and not unicodedata.is_normalized("NFD", w))


def _named(t: str, ws: int, we: int, word: str, month_key: str, ctx: DateContext,
           language: str) -> Core | None:
    """The date around the month name at ``ws:we`` (``month_key`` in ``MONTHS``), or None."""
    month = lookup_word(MONTHS, month_key, language)
    before = DAY_BEFORE.search(t, max(0, ws - 16), ws)
    tail = DMY_TAIL.match(t, we) if before else None
    if tail and tail["y"] and _clock_not_year(t, tail, ctx):
        tail = None
    if before and tail and (tail["y"] or tail["y2"]):
        # "พ.ศ." before the year, or a month named in a language that counts Buddhist-era years
        buddhist = bool(tail["link"] and "พ" in tail["link"]) or not rules.BUDDHIST_ERA_LANGUAGES.isdisjoint(
            MONTHS.get(month_key, ()))
        year = year_of(tail["y"] or tail["y2"], ctx, buddhist)
        return Core(before.start(), tail.end(), "name", year, month, int(before["d"]))
    spaced = SPACED_YEAR2.match(t, tail.end()) if before and tail else None
    if spaced:
        return Core(before.start(), spaced.end(), "name", year_of(spaced["y2"], ctx), month, int(before["d"]))
    after = MDY_TAIL.match(t, we)
    if after and after["y"] and _clock_not_year(t, after, ctx):
        after = MDY_TAIL.match(t, we, after.end("d"))
    if after and after["y"]:
        return Core(ws, after.end(), "name", year_of(after["y"], ctx), month, int(after["d"]))
    year_before = YEAR_BEFORE.search(t, max(0, ws - 8), ws)
    if year_before:
        ymd = YMD_TAIL.match(t, we)
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
    before = DAY_BEFORE.search(t, max(0, ws - 16), ws)
    tail = DMY_TAIL.match(t, we) if before else None
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
    if not RANGE_GAP.fullmatch(t, c.end, end.start):
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
    number = NUMBER_BEFORE.search(t, max(0, ws - 12), ws)
    if number is None:
        return None
    n = number["n"]
    if not n.isdigit() and n.lower() not in rules.NUMBER_WORDS:
        return None
    start = number.start()
    before = AGO_BEFORE.search(t, max(0, start - 16), start)
    after = AGO_AFTER.match(t, we)
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
    for m in CJK_RELATIVE.finditer(t):
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
            gap = LABEL_GAP.match(t, c.end, taken[i + 1].start)
            if gap.end() == taken[i + 1].start and _gap_word_is_weekday(gap.group()):
                continue
        keep.append(c)
    return keep


def _gap_word_is_weekday(gap: str) -> bool:
    word = WORD.search(gap)
    return word is None or lookup_word(WEEKDAYS, word.group(), None) is not None


