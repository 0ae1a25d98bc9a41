"""Steps 2 and 4 of reading a date: what stands around its core, and times alone.

Around each core (``dates.py``, step 1) ``expand`` reads a weekday, a time after it (``, 10:42
Uhr``, ``T10:42:00Z``) or before it (``11:00am, 14 Feb 2021``), and a zone after the time or
zone words before it. ``bare_times`` reads a marked time with no date beside it (``Updated:
10:09am``): it takes the day of the dated time before it on the same line, else it is reported
with no value. The patterns are those of ``date_patterns.py``.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from .date_patterns import (BEFORE_GAP, DIGIT, SUFFIX_FIRST, TIME, TIME_AT, TIME_DATE_LINKS, TIME_GAP, TIME_STARTS,
                            TIME_SUFFIX, WEEKDAY_AFTER, WEEKDAY_BEFORE, ZONE_WORDS_BEFORE, ZONE_WORD_ENDS,
                            find_from_starts, lookup_word)
from .date_values import ZONE_WORD_NAMES, Core, DateContext, FoundDate, language_of, next_char, with_clock, zone_at
from .rules import dates as rules
from .rules.dates import WEEKDAYS


def expand(t: str, c: Core, lo: int, hi: int, ctx: DateContext) -> None:
    """Widen ``c`` over its weekday, its time and its zone (never past ``lo``/``hi``)."""
    language = language_of(ctx)
    if c.kind != "rel":
        p = c.start
        while p > lo and t[p - 1] in " ,":
            p -= 1
        m = WEEKDAY_BEFORE.search(t, max(lo, c.start - 18), c.start) \
            if p > lo and (t[p - 1].isalpha() or t[p - 1] == ".") else None
        if m:
            wd = _weekday(m["w"], language)
            if wd is not None and (len(m["w"]) >= 3 or m["p"]):
                c.weekday, c.start = wd, m.start()
        m = WEEKDAY_AFTER.match(t, c.end, hi)
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
    wd = lookup_word(WEEKDAYS, word, language)
    if wd is None and "-" in word:                      # "segunda-feira"
        wd = lookup_word(WEEKDAYS, word.split("-")[0], language)
    return wd


def _time_after(t: str, c: Core, hi: int) -> bool:
    gap = TIME_GAP.match(t, c.end, hi)
    pos = gap.end()
    m = TIME_AT.match(t, pos, hi)
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
    if start >= c.start or DIGIT.search(t, start, c.start) is None:
        return False
    for m in reversed(list(TIME.finditer(t, start, c.start))):
        clock, end = _clock(m)
        if clock is None:
            continue
        end, zone, marked = _zone_and_suffix(t, end, c.start)
        if (m["sep"] == "." and not (marked or m["ap"])) or (m["mh"] and zone is None):
            continue
        gap = BEFORE_GAP.match(t, end, c.start)
        if gap.end() != c.start:
            continue
        if any(w and w.lower() not in TIME_DATE_LINKS for w in (gap["w1"], gap["w2"])):
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
    m = TIME_SUFFIX.match(t, end, hi) if next_char(t, end, hi) in SUFFIX_FIRST else None
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
    if t[max(lo, p - 2):p].lower() not in ZONE_WORD_ENDS:
        return None                                  # the cheap test for the common case
    return ZONE_WORDS_BEFORE.search(t, max(lo, start - 32), start)


# --- step 4: times alone --------------------------------------------------------------------

def bare_times(t: str, text: str, cores: list[Core], found: list[FoundDate], ctx: DateContext,
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
        if hi - lo >= 3 and DIGIT.search(t, lo, hi) is not None:
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
    for m in find_from_starts(TIME, TIME_STARTS, t, lo, hi):
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
