"""A date's parts and their value: the context a line is read in (``DateContext``), what a
reading finds (``FoundDate``), the parts of one expression (``Core``), its zone (offsets,
abbreviations, zone words, the source's home zone), and its value (step 3 of ``dates.py``): the
parts checked and turned into a ``PubDate``, the year completed only against the reference date,
the order of day and month decided by the context or left open (``AMBIGUOUS``), Solar Hijri
dates converted. Nothing is ever filled in from the clock.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache

from .lazyre import lazy
from .model import PubDate
from .rules import dates as rules
from .slotted import frozen, mutable


MIN_YEAR = 1800


_MAX_OFFSET = 14 * 60           # minutes; no zone on Earth is further from UTC


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


@frozen
class FoundDate:
    start: int                # span of the whole expression (weekday, date, time and zone)
    end: int
    raw: str
    value: PubDate | None     # None when it cannot be completed (the warning says why; a time
    warning: str | None = None  # with no date at all has neither value nor warning)



def alternation(words) -> str:
    """A regex alternation of literal words, longest first (so "a las" wins over "a")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_ZONE = lazy(                               # matched where the spaces before it end
    r"(?:(?P<open>\()\s*)?"
    r"(?:(?P<gmt>GMT|UTC|UT)(?:\s*(?P<gs>[+\-])\s*(?P<gh>[0-9]{1,2})(?::?(?P<gm>[0-9]{2}))?)?"
    r"(?![0-9A-Za-z])"
    r"|(?P<os>[+\-])(?P<oh>[0-9]{2})(?::?(?P<om>[0-9]{2}))?(?![0-9])"
    r"|(?P<z>Z)(?![^\W\d_])"
    r"|(?P<abbr>[A-Z]{2,5})(?![^\W\d_]))"
    r"(?(open)\s*\))")


_ZONE_WORDS_AFTER = lazy(
    rf"(?:(?P<open>\()\s*)?(?P<w>{alternation(rules.ZONE_WORDS)})(?(open)\s*\))", re.I)


ZONE_WORD_NAMES = {w.lower(): name for w, name in rules.ZONE_WORDS.items()}


_ZONE_WORD_FIRST = frozenset(w[0].lower() for w in rules.ZONE_WORDS)


_BLANKS = frozenset(" \t\u00a0\u202f\u2009")


_ZONE_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ+-")


@mutable
class Core:
    """The day part of an expression, then (after ``date_surroundings.expand``) its surroundings."""
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



def zone_at(t: str, pos: int, hi: int) -> tuple[int, tuple | None]:
    """A zone printed at ``pos``: (end, ("offset", minutes) | ("abbr", ABBR) | ("iana", name))."""
    p = pos
    while p < hi and t[p] in _BLANKS:
        p += 1
    spaced = p > pos
    first = next_char(t, p, hi)
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
        return m.end(), ("iana", ZONE_WORD_NAMES[m["w"].lower()])
    return pos, None



def next_char(t: str, pos: int, hi: int) -> str:
    """The first character at or after ``pos`` that is not a space or an opening bracket."""
    while pos < hi and (t[pos] in _BLANKS or t[pos] == "("):
        pos += 1
    return t[pos] if pos < hi else ""



def _signed(sign: str, hours: str, minutes: str | None) -> int:
    return (-1 if sign == "-" else 1) * (int(hours) * 60 + int(minutes or 0))



def found_date(text: str, c: Core, value: PubDate | None, warning: str | None, offset: int) -> FoundDate:
    end = c.start + len(text[c.start:c.end].rstrip())
    return FoundDate(c.start + offset, end + offset, text[c.start:end], value, warning)



def value_of(c: Core, raw: str, ctx: DateContext) -> tuple[PubDate | None, str | None]:
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
        return with_clock(day, c, ctx), None
    warning = None
    if c.kind == "num":
        first, second, year_digits, sep = c.digits
        year = year_of(year_digits, ctx)
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
    return with_clock(day_value, c, ctx), warning



def _solar_numeric(year: int | None, raw: str, ctx: DateContext) -> bool:
    """Whether a numeric date, year first, is of the Solar Hijri calendar: its year is one of
    that calendar's years of print, and the text is Persian (or Dari, Pashto) or, its language
    unknown, printed in Persian digits."""
    low, high = rules.SOLAR_HIJRI_YEARS
    if year is None or not low <= year <= high:
        return False
    language = language_of(ctx)
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



def with_clock(day: date, c: Core, ctx: DateContext) -> PubDate:
    if c.clock is None:
        return PubDate(day, "day")
    hour, minute, second = c.clock
    value = datetime(day.year, day.month, day.day, hour, minute, second or 0)
    zone = _tzinfo(c.zone, value, ctx)
    if zone is not None:
        value = value.replace(tzinfo=zone)
    return PubDate(value, "second" if second is not None else "minute")



def year_of(digits: str, ctx: DateContext, buddhist: bool = False) -> int:
    """A printed year: two digits read against the reference (else 69-99 -> 19xx, 00-68 ->
    20xx, as POSIX does); a Thai Buddhist-era year made Gregorian."""
    y = int(digits)
    if len(digits) == 2:
        if ctx.reference is not None:
            century = ctx.reference.year // 100 * 100
            y += century if century + y <= ctx.reference.year else century - 100
        else:
            y += 1900 if y >= 69 else 2000
    elif y >= 2400 and (buddhist or language_of(ctx) in rules.BUDDHIST_ERA_LANGUAGES):
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
    if language_of(ctx) in rules.DAY_FIRST_LANGUAGES:
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



def language_of(ctx: DateContext) -> str:
    return (ctx.language or "").replace("_", "-").split("-")[0].lower()



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
        key = next((k for k in ((ctx.country or "").upper(), language_of(ctx)) if k and k in table), "")
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
        end, zone = zone_at(ctx.home_zone, 0, len(ctx.home_zone))
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
