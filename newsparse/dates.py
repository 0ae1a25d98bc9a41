"""Dates: find date expressions in a line and normalise them, or say they are unknown.

This module owns date reading. Patterns find a candidate (a numeric or named date, a time and a
zone beside it, or a relative phrase); the parts they capture are checked and turned into a
``PubDate`` directly. Nothing is ever filled in from the clock: a year-less or relative date is
resolved only against ``DateContext.reference`` and otherwise stays unknown with a warning.

Zones: numeric offsets and ``GMT+8`` / ``UTC-4`` with their printed sign (python-dateutil
reverses the POSIX-style sign, so such strings are never given to it); abbreviations from
``rules/dates.py``, with CST, IST and AST read by the country of the source; zone phrases
("Beijing time"); else the source's home zone; else no offset at all (never assumed UTC).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from dateutil import tz as dateutil_tz

from .model import PubDate
from .rules.dates import (AGO_AFTER, AGO_BEFORE, AMBIGUOUS_ZONES, DAY_FIRST_LANGUAGES,
                           GENERIC_ZONES, MONTH_FIRST_COUNTRIES, MONTHS, MONTHS_BY_LANGUAGE,
                           RELATIVE_DAYS, RELATIVE_UNITS, WEEKDAYS, ZONE_ABBREVIATIONS, ZONE_WORDS)

MIN_YEAR = 1800

# full-width digits and separators (common in Chinese and Japanese pages), one for one, so
# offsets in the translated text are offsets in the original
_FULLWIDTH = str.maketrans("０１２３４５６７８９：／－．，", "0123456789:/-.,")


@dataclass(frozen=True, slots=True)
class DateContext:
    """What the surroundings tell about the dates of a text."""
    reference: date | None = None    # the day relative and year-less dates are read against
    dayfirst: bool | None = None     # forced order of numeric dates
    language: str | None = None      # ISO 639-1 code of the text
    country: str | None = None       # ISO 3166 code of the source: CST, numeric order
    home_zone: str | None = None     # IANA zone of the source, for times printed without one


@dataclass(frozen=True, slots=True)
class FoundDate:
    start: int                # span of the whole expression (date, time and zone)
    end: int
    raw: str
    value: PubDate | None     # None when it cannot be completed (warning says why)
    warning: str | None = None


_D = r"(?<![\d.,/-])"
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}[:.]\d{2}(?!\d)))"    # a year, or a year glued to a time
_ISO = re.compile(_D + r"(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")
_YMD = re.compile(_D + r"(\d{4})([./])(\d{1,2})\2(\d{1,2})(?![\d])")
_CJK_YMD = re.compile(r"(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号號]?")
_CJK_MD = re.compile(r"(?<![\d年년])(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号號]")
_NUM = re.compile(_D + r"(\d{1,2})([./-])\s?(\d{1,2})\2\s?(\d{4}|\d{2})(?![\d]|\.\d)")
_NAME_DMY = re.compile(
    r"(?<![\d.])(\d{1,2})(?:\.|º|er|st|nd|rd|th)?\s*(?:de\s+|of\s+)?([^\W\d_]{3,}\.?)"
    r"(?:\s*/\s*[^\W\d_]{3,})?\s*,?\s*(?:de\s+|del\s+)?(\d{4})" + _YEAR_END)
_NAME_MDY = re.compile(
    r"(?<![^\W\d_])([^\W\d_]{3,}\.?)\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})" + _YEAR_END)
_NAME_DM = re.compile(
    r"(?<![\d.])(\d{1,2})(?:\.|º|er|st|nd|rd|th)?\s*(?:de\s+)?([^\W\d_]{3,})\.?(?![^\W\d_])")
_NAME_MD = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,})\.?\s*(\d{1,2})(?:st|nd|rd|th)?(?![\d:.])")
_RELATIVE = re.compile(
    r"(?<![^\W\d_])(?:(vor|il y a|hace|há|fa)\s+)?(\d{1,3}|an?|one|ein|eine|einer|un|une)\s*"
    r"([^\W\d_]{1,12})\s*(ago|geleden|siden|sedan|назад|前に|前)?", re.I)
_RELATIVE_CJK = re.compile(r"(\d{1,3})\s*(分钟|分鐘|小时|小時|時間|天|周|週|日|分)\s*(前)")
_RELATIVE_WORD = re.compile(
    r"(?<![^\W\d_])(today|yesterday|heute|gestern|aujourd['’]hui|hier|hoy|ayer|oggi|ieri|hoje|"
    r"ontem|vandaag|gisteren|i dag|i går|idag|igår|сегодня|вчера)(?![^\W\d_])|今天|昨天|今日|昨日",
    re.I)

_TIME = (r"(\d{1,2})\s*(?:[:.h：时時](\d{2}))(?:[:.](\d{2}))?(?:\.\d+)?\s*(?:分)?"
         r"(?:\s*([ap])\.?\s?m\b\.?)?")
_TIME_AFTER = re.compile(
    r"\s*(?:[,|/–—-]\s*)?(?:(?:at|um|à|a las|a la|alle|às|om|kl\.?|klo|в|o|T|,)\s*)?"
    + _TIME, re.I)
_TIME_BEFORE = re.compile(
    r"(?<![\d+\-−:])" + _TIME + r"\s*(?P<zone>\(?\s*(?:[A-Z]{2,5}|GMT\s*[+-]\s*\d{1,2})\s*\)?)?"
    r"\s*[,|–—-]?\s*(?:[^\W\d_]{2,12}\.?\s*,?\s*)?$", re.I)
_MILITARY = re.compile(r"\s*(?:[,|–—-]+\s*)?(?:[^\W\d_]+\s+)?(\d{2})(\d{2})\s+(?=GMT|UTC)")
_ZONE = re.compile(
    r"\s*\(?\s*(?:(?:GMT|UTC|UT)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?"
    r"|([+\-−])(\d{2}):?(\d{2})(?!\d)|(Z)(?![\w])|([A-Z]{2,5})(?![\w]))\)?")
_UHR = re.compile(r"\s*(?:uhr|h|hrs|horas|heures|godz)\b\.?", re.I)


def find_dates(text: str, ctx: DateContext, offset: int = 0) -> list[FoundDate]:
    """Every date expression in ``text``, in order, with spans shifted by ``offset``."""
    t = text.translate(_FULLWIDTH)
    spans: list[tuple[int, int, tuple]] = []      # start, end, parts
    for m in _ISO.finditer(t):
        spans.append((m.start(), m.end(), (int(m[1]), int(m[2]), int(m[3]), "iso")))
    for m in _YMD.finditer(t):
        spans.append((m.start(), m.end(), (int(m[1]), int(m[3]), int(m[4]), "ymd")))
    for m in _CJK_YMD.finditer(t):
        spans.append((m.start(), m.end(), (int(m[1]), int(m[2]), int(m[3]), "cjk")))
    for m in _NUM.finditer(t):
        spans.append((m.start(), m.end(), ("num", m[1], m[3], m[4], m[2])))
    for m in _NAME_DMY.finditer(t):
        month = _month(m[2], ctx)
        if month:
            spans.append((m.start(), m.end(), (_year(m[3], ctx), month, int(m[1]), "name")))
    for m in _NAME_MDY.finditer(t):
        month = _month(m[1], ctx)
        if month:
            spans.append((m.start(), m.end(), (_year(m[3], ctx), month, int(m[2]), "name")))
    taken = _non_overlapping(spans)
    # year-less forms only where no full date stands
    extra: list[tuple[int, int, tuple]] = []
    for m in _CJK_MD.finditer(t):
        extra.append((m.start(), m.end(), (None, int(m[1]), int(m[2]), "cjk")))
    for m in _NAME_DM.finditer(t):
        month = _month(m[2], ctx)
        if month:
            extra.append((m.start(), m.end(), (None, month, int(m[1]), "name")))
    for m in _NAME_MD.finditer(t):
        month = _month(m[1], ctx)
        if month and (m[1].lower() != "may" or m[1][0].isupper()):   # "may" the verb
            extra.append((m.start(), m.end(), (None, month, int(m[2]), "name")))
    taken = _non_overlapping(taken + [e for e in extra if not _overlaps(e, taken)])
    found = [_complete(t, text, s, e, parts, ctx, offset) for s, e, parts in taken]
    found += _relative(t, text, ctx, offset, taken)
    found.sort(key=lambda f: f.start)
    return found


def normalize_date(raw: str, ctx: DateContext = DateContext()) -> PubDate | None:
    """The date that ``raw`` (a date expression and nothing much else) names, or None."""
    found = [f for f in find_dates(raw, ctx) if f.value is not None]
    return found[0].value if found else None


def _non_overlapping(spans: list[tuple[int, int, tuple]]) -> list[tuple[int, int, tuple]]:
    """Keep the longest of overlapping candidates, then order by position."""
    kept: list[tuple[int, int, tuple]] = []
    for s in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if not _overlaps(s, kept):
            kept.append(s)
    return sorted(kept, key=lambda s: s[0])


def _overlaps(s: tuple[int, int, tuple], kept: list[tuple[int, int, tuple]]) -> bool:
    return any(s[0] < k[1] and k[0] < s[1] for k in kept)


def _month(word: str, ctx: DateContext) -> int | None:
    w = word.lower().rstrip(".")
    if w in MONTHS_BY_LANGUAGE:
        return MONTHS_BY_LANGUAGE[w].get(ctx.language or "", MONTHS.get(w))
    return MONTHS.get(w)


def _year(digits: str, ctx: DateContext) -> int:
    y = int(digits)
    if len(digits) == 2:
        ref = ctx.reference.year if ctx.reference else None
        y += 2000 if y < 70 else 1900
        if ref is not None and y > ref:
            y -= 100
    elif ctx.language == "th" and y > 2400:
        y -= 543                      # Thai Buddhist era
    return y


def _day_first(ctx: DateContext, sep: str) -> bool | None:
    """Numeric order: True day first, False month first, None when nothing tells."""
    if ctx.dayfirst is not None:
        return ctx.dayfirst
    if sep == ".":
        return True
    if ctx.country:
        return ctx.country not in MONTH_FIRST_COUNTRIES
    if ctx.language in DAY_FIRST_LANGUAGES:
        return True
    return None


def _complete(t: str, text: str, start: int, end: int, parts: tuple, ctx: DateContext,
              offset: int) -> FoundDate:
    warning = None
    if parts[0] == "num":
        a, b, y, sep = int(parts[1]), int(parts[2]), _year(parts[3], ctx), parts[4]
        if a > 12 and b <= 12:
            day, month = a, b
        elif b > 12 and a <= 12:
            day, month = b, a
        else:
            first = _day_first(ctx, sep)
            if first is None:
                first = False
                if a != b:
                    warning = f"ambiguous numeric date {text[start:end]!r} read month first"
            day, month = (a, b) if first else (b, a)
    else:
        y, month, day = parts[0], parts[1], parts[2]
    end, clock, zone = _time_after(t, end, ctx)
    if clock is None:
        start, clock, zone = _time_before(t, start, ctx)
    end = start + len(text[start:end].rstrip())
    raw = text[start:end]
    if y is None:
        if ctx.reference is None:
            return FoundDate(start + offset, end + offset, raw, None,
                             f"date {raw!r} has no year and no reference date")
        y = ctx.reference.year
        try:
            if date(y, month, day) > ctx.reference:
                y -= 1
        except ValueError:
            pass
    try:
        day_value = date(y, month, day)
    except ValueError:
        return FoundDate(start + offset, end + offset, raw, None, f"{raw!r} is not a valid date")
    if y < MIN_YEAR:
        return FoundDate(start + offset, end + offset, raw, None, f"{raw!r} is before {MIN_YEAR}")
    if clock is None:
        return FoundDate(start + offset, end + offset, raw, PubDate(day_value, "day"), warning)
    hour, minute, second = clock
    value = datetime(y, month, day, hour, minute, second or 0)
    tzinfo = _zone(zone, value, ctx)
    if tzinfo is not None:
        value = value.replace(tzinfo=tzinfo)
    return FoundDate(start + offset, end + offset, raw,
                     PubDate(value, "second" if second is not None else "minute"), warning)


def _clock(h: str, mi: str | None, s: str | None, ampm: str | None) -> tuple[int, int, int | None] | None:
    hour, minute = int(h), int(mi or 0)
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
    second = int(s) if s else None
    if hour > 23 or minute > 59 or (second is not None and second > 59):
        return None
    return hour, minute, second


def _time_after(t: str, end: int, ctx: DateContext) -> tuple[int, tuple | None, tuple | None]:
    m = _TIME_AFTER.match(t, end)
    if m and m[2] is not None:
        clock = _clock(m[1], m[2], m[3], m[4])
        if clock:
            zend, zone = _zone_after(t, m.end())
            u = _UHR.match(t, zend)
            return (u.end() if u else zend), clock, zone
    m = _MILITARY.match(t, end)
    if m:
        clock = _clock(m[1], m[2], None, None)
        if clock:
            zend, zone = _zone_after(t, m.end())
            if zone:
                return zend, clock, zone
    return end, None, None


def _time_before(t: str, start: int, ctx: DateContext) -> tuple[int, tuple | None, tuple | None]:
    window = t[max(0, start - 40):start]
    m = _TIME_BEFORE.search(window)
    if not m or m[2] is None:
        return start, None, None
    clock = _clock(m[1], m[2], m[3], m[4])
    if not clock:
        return start, None, None
    zone = None
    if m["zone"]:
        zone = _zone_after(m["zone"], 0)[1]
    return start - len(window) + m.start(), clock, zone


def _zone_after(t: str, pos: int) -> tuple[int, tuple | None]:
    """A zone printed at ``pos``: (end, ("offset", minutes) | ("name", iana) | ("abbr", ABBR))."""
    m = _ZONE.match(t, pos)
    if m:
        if m[2] is not None:
            sign = -1 if m[1] in "-−" else 1
            return m.end(), ("offset", sign * (int(m[2]) * 60 + int(m[3] or 0)))
        if m[5] is not None:
            sign = -1 if m[4] in "-−" else 1
            return m.end(), ("offset", sign * (int(m[5]) * 60 + int(m[6])))
        if m[7]:
            return m.end(), ("offset", 0)
        abbr = m[8]
        if abbr in ZONE_ABBREVIATIONS or abbr in AMBIGUOUS_ZONES or abbr in GENERIC_ZONES:
            return m.end(), ("abbr", abbr)
    rest = t[pos:pos + 40].lower().lstrip(" (")
    for words, name in ZONE_WORDS.items():
        if rest.startswith(words):
            return pos + t[pos:pos + 40].lower().find(words) + len(words), ("name", name)
    return pos, None


def _zone(zone: tuple | None, local: datetime, ctx: DateContext):
    """The tzinfo for a zone found beside a time, else the source's home zone, else None."""
    if zone is None:
        return _named(ctx.home_zone, local) if ctx.home_zone else None
    kind, value = zone
    if kind == "offset":
        return timezone(timedelta(minutes=value))
    if kind == "name":
        return _named(value, local)
    if value in AMBIGUOUS_ZONES:
        table = AMBIGUOUS_ZONES[value]
        country = ctx.country or ("CN" if ctx.language == "zh" else "")
        return timezone(timedelta(minutes=table.get(country, table[""])))
    if value in GENERIC_ZONES:
        return _named(GENERIC_ZONES[value], local)
    return timezone(timedelta(minutes=ZONE_ABBREVIATIONS[value]))


def _named(name: str, local: datetime):
    """The fixed offset that the IANA zone ``name`` had at the local time ``local``."""
    zone = dateutil_tz.gettz(name)
    if zone is None:
        return None
    offset = local.replace(tzinfo=zone).utcoffset()
    return timezone(offset) if offset is not None else None


def _relative(t: str, text: str, ctx: DateContext, offset: int,
              taken: list[tuple[int, int, tuple]]) -> list[FoundDate]:
    """Relative dates ("yesterday", "3 hours ago", "vor 2 Tagen", "3小时前") as days."""
    out: list[FoundDate] = []
    for m in _RELATIVE_WORD.finditer(t):
        if _overlaps((m.start(), m.end(), ()), taken):
            continue
        days = RELATIVE_DAYS.get(m[0].lower().replace("’", "'"), RELATIVE_DAYS.get(m[0].lower()))
        if days is None:
            continue
        out.append(_relative_found(text, m.start(), m.end(), days, ctx, offset))
    matches = [(m[1], m[2], m[3], m[4], m.start(), m.end()) for m in _RELATIVE.finditer(t)]
    matches += [(None, m[1], m[2], m[3], m.start(), m.end()) for m in _RELATIVE_CJK.finditer(t)]
    for before, number, word, after, start, end in matches:
        unit = RELATIVE_UNITS.get(word.lower())
        if unit is None or not (before and before.lower() in AGO_BEFORE or after and after in AGO_AFTER):
            continue
        if _overlaps((start, end, ()), taken):
            continue
        n = int(number) if number.isdigit() else 1
        kind, per = unit
        days = n * per if kind == "days" else 0
        out.append(_relative_found(text, start, end, days, ctx, offset))
    return out


def _relative_found(text: str, start: int, end: int, days: int, ctx: DateContext,
                    offset: int) -> FoundDate:
    raw = text[start:end]
    if ctx.reference is None:
        return FoundDate(start + offset, end + offset, raw, None,
                         f"relative date {raw!r} and no reference date")
    return FoundDate(start + offset, end + offset, raw,
                     PubDate(ctx.reference - timedelta(days=days), "day"))


def is_weekday(word: str) -> bool:
    return word.lower().rstrip(".,") in WEEKDAYS
