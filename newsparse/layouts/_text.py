"""Shared pieces of the archive readers: lines with offsets, paragraphs, line shapes, fields.

Everything here is cheap and linear: a record is a few hundred lines at most, every pattern is
compiled once, and no pattern nests quantifiers. Offsets are absolute (into the whole input).
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, Sequence

from ..date_values import DateContext
from ..dates import dates_cover, find_dates
from ..dates import is_weekday as weekday_word
from ..lazyre import lazy
from ..model import Field
from ..rules.cues import COPYRIGHT_START
from ..rules.dates import MONTHS, WEEKDAYS
from ..rules.labels import (ARCHIVE_LABELS, LABEL_KEYS, PAGE_WORDS, RIGHTS_RESERVED, WIRE_SLUGS, WORD_COUNT_WORDS,
                            archive_label_key, archive_norm, cover_label_key, is_body_label, slug)
from ..rules.languages import LANGUAGE_NAMES
from ..rules.people import BY_PREFIXES, BY_WORDS, NAME_JOIN, NOT_NAME_WORDS, PAREN_ROLES, ROLE_PHRASES
from ..rules.stopwords import ALL_STOPWORDS

CENTERED = 6            # a line indented this far is centred vendor metadata, not text
WRAPPED = 60            # a line this long was probably wrapped by the exporter
_NO_CONTEXT = DateContext()
# what a blank line may hold: every Unicode space (each character ``str.isspace`` takes, written
# out rather than found among 12,000 at every start; tests/test_layouts.py checks the list), and
# the marks editors leave without width (a byte-order mark, a zero-width space or joiner)
SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
          "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
BLANK = SPACES + "\ufeff\u200b\u200c\u200d\u2060"


class Ln:
    """One input line: ``full`` keeps its ending; ``start`` is its offset in the input."""
    __slots__ = ("full", "start", "raw", "text", "indent", "text_start")

    def __init__(self, full: str, start: int):
        self.full = full
        self.start = start
        self.raw = full.rstrip("\r\n")
        text = self.raw.strip(BLANK)
        self.text = text
        lead = len(self.raw) - len(self.raw.lstrip(BLANK)) if text else len(self.raw)
        self.indent = len(self.raw[:lead].replace("\ufeff", ""))
        self.text_start = start + lead

    @property
    def end(self) -> int:
        """Offset after the last character, before the line ending."""
        return self.start + len(self.raw)

    @property
    def stop(self) -> int:
        """Offset after the line ending."""
        return self.start + len(self.full)

    @property
    def text_end(self) -> int:
        return self.text_start + len(self.text)

    def __repr__(self) -> str:              # for test failures
        return f"Ln({self.start}, {self.text[:40]!r})"


def number_lines(lines: Iterable[str], start: int = 0) -> Iterator[Ln]:
    """The lines with their offsets, as they come (streaming)."""
    pos = start
    for full in lines:
        yield Ln(full, pos)
        pos += len(full)


def paragraphs(lines: Sequence[Ln]) -> list[list[Ln]]:
    """Runs of non-blank lines."""
    out: list[list[Ln]] = []
    current: list[Ln] = []
    for line in lines:
        if line.text:
            current.append(line)
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


# --- fields -------------------------------------------------------------------------------------

def field_of(key: str, parts: Sequence[tuple[str, int]], label: str = "") -> Field:
    """A field whose value is the ``(text, start)`` parts joined by spaces; its span runs from the
    first part to the end of the last (so it may cover line breaks)."""
    value = " ".join(t for t, _ in parts if t)
    start = parts[0][1]
    end = parts[-1][1] + len(parts[-1][0])
    return Field(key, value, start, end, label)


def line_parts(lines: Sequence[Ln]) -> list[tuple[str, int]]:
    return [(l.text, l.text_start) for l in lines if l.text]


# --- labels -------------------------------------------------------------------------------------

_LABEL_SHAPE = lazy(r"[^\W\d_][\w&/.'’()\- ]{0,48}")
_UPPER_LABEL = lazy(r"[^\W\d_a-zß-ÿ][^\sa-zß-ÿ]*(?: [^\sa-zß-ÿ]+){0,4}")
_COLONS = (":", "：")


class Label:
    """A ``LABEL: value`` opening of a line: the label, its key (None when unknown) and where
    the value starts in the line's text."""
    __slots__ = ("label", "key", "value_at", "body")

    def __init__(self, label: str, key: str | None, value_at: int, body: bool):
        self.label, self.key, self.value_at, self.body = label, key, value_at, body

    @property
    def known(self) -> bool:
        return self.key is not None or self.body


def read_label(text: str, upper_ok: bool = True) -> Label | None:
    """The label that opens ``text`` (a known one, or an upper-case word when ``upper_ok``)."""
    cut = -1
    for colon in _COLONS:
        i = text.find(colon, 0, 52)
        if i > 0 and (cut < 0 or i < cut):
            cut = i
    if cut <= 0:
        return None
    after = text[cut + 1:]
    if after and not after[0].isspace():
        return None                               # 10:42, http://, "Re:x"
    label = text[:cut].rstrip()
    if not _LABEL_SHAPE.fullmatch(label) or "  " in label:
        return None
    body = is_body_label(label)
    key = None if body else archive_label_key(label)
    if key is None and not body and not (upper_ok and _UPPER_LABEL.fullmatch(label)):
        return None
    return Label(label, key, cut + 1 + (len(after) - len(after.lstrip())), body)


_PAGE_ONLY: frozenset[str] | None = None


def is_page_label(label: Label) -> bool:
    """Whether a known label is known from the page table only (``Source:``, ``Date:``,
    ``Photo:``), not from the archive tables: an export prints no field under it, so in a record
    it is a line of the text ("Source: National Weather Service" under a table)."""
    global _PAGE_ONLY
    if label.key is None or label.body:
        return False
    if _PAGE_ONLY is None:
        _PAGE_ONLY = frozenset(archive_norm(l) for l in LABEL_KEYS) - frozenset(
            archive_norm(l) for ls in ARCHIVE_LABELS.values() for l in ls)
    return archive_norm(label.label) in _PAGE_ONLY


# --- line shapes --------------------------------------------------------------------------------

_RIGHTS = lazy(r"(?i)^(?:" + "|".join(re.escape(p) for p in RIGHTS_RESERVED) + r")\.?$")
_WORD_COUNT = lazy(
    r"(?i)^(?P<n>\d{1,3}(?:[,.' ]\d{3})+|\d{1,7})\s+(?:" + "|".join(WORD_COUNT_WORDS) + r")\.?$")
_URL = lazy(r"(?i)^(?:https?://|www\.)\S+$")
# a no-break space stands where a space may ("6:05\u00a0PM GMT", a copy from a browser)
_TIME = lazy(r"(?i)^\d{1,2}[:.h]\d{2}(?::\d{2})?(?:[ \u00a0]?[ap]\.?[ \u00a0]?m\.?)?"
             r"(?:[ \u00a0][^\W\d_][\w .()+-]{0,40})?$")
_SEASONS = frozenset("spring summer autumn fall winter frühling frühjahr sommer herbst winter "
                     "printemps été automne hiver lente zomer herfst forår sommer efterår vinter "
                     "primavera verano otoño invierno".split())
_WORDS = lazy(r"[^\W\d_]+\.?|\d+\.?")
_PAGE = lazy(r"(?i)^(?:" + "|".join(PAGE_WORDS) + r")\.?\s*(?P<page>[A-Za-z]?\d{1,4}[A-Za-z]?)$")
_SENTENCE_BREAK = lazy(r"[.!?…]\s+\S")
_CONNECTOR_END = lazy(r"(?i)(?:[,;&/-]|\b(?:and|und|et|en|og|y|of|the|de|der|des|van|von|all))$")


def is_copyright(text: str) -> bool:
    return bool(COPYRIGHT_START.match(text))


def is_rights(text: str) -> bool:
    return bool(_RIGHTS.match(text))


def word_count(text: str) -> str | None:
    """The count of a word-count line ("2,968 words" -> "2968"), else None."""
    text = text.strip()
    if not text[:1].isdecimal():        # the count opens it (\d is isdecimal); most lines need
        return None                     # no pattern, and a plain input none compiled
    m = _WORD_COUNT.match(text)
    return re.sub(r"\D", "", m["n"]) if m else None


def is_language(text: str) -> bool:
    """A language named alone, or two or three of them ("German", "ENGLISH; ANGLAIS")."""
    words = text.casefold().replace(";", " ").replace(",", " ").split()
    return 0 < len(words) <= 3 and all(w in LANGUAGE_NAMES for w in words)


def is_url(text: str) -> bool:
    return bool(_URL.match(text))


def is_time(text: str) -> bool:
    return bool(_TIME.match(text))


def is_weekday(text: str) -> bool:
    """A line that is nothing but weekday names ("Monday", "vrijdag")."""
    words = text.casefold().replace(",", " ").split()
    return bool(words) and all(weekday_word(w) for w in words)


def date_text(text: str) -> str | None:
    """The date a date line states, weekdays dropped ("January 11, 2010 Monday" ->
    "January 11, 2010"), or None when the line is not (mostly) a date. A month or season with a
    year ("January 2009", "Summer, 2008") is a date line too: it is kept as printed."""
    words = [w for w in text.replace(",", " , ").split() if w.casefold().rstrip(".") not in WEEKDAYS]
    clean = " ".join(words).replace(" ,", ",").strip(" ,;")
    if not clean:
        return None
    found = [f for f in find_dates(clean, _NO_CONTEXT) if f.value is not None or f.warning]
    if found and dates_cover(found, clean, (7, 10)):
        return clean
    tokens = _WORDS.findall(clean.casefold())
    if (len(tokens) <= 3 and any(t.strip(".").isdigit() and len(t.strip(".")) == 4 for t in tokens)
            and any(t.rstrip(".") in MONTHS or t in _SEASONS for t in tokens)
            and all(t.rstrip(".") in MONTHS or t in _SEASONS or t.strip(".").isdigit() for t in tokens)):
        return clean
    return None


def date_and_rest(text: str) -> tuple[str, str] | None:
    """A line that opens with a full date and goes on with a few words ("January 11, 2010 Monday
    Final Edition"): the date (weekdays dropped) and the rest. None for anything else."""
    found = next((f for f in find_dates(text, _NO_CONTEXT) if f.value is not None), None)
    if found is None or any(not w.rstrip(",.").casefold() in WEEKDAYS for w in text[:found.start].split()):
        return None
    rest = [w for w in text[found.end:].replace(",", " ").split() if w.casefold().rstrip(".") not in WEEKDAYS]
    if not rest or len(rest) > 4 or rest[-1][-1:] in ".!?:":
        return None
    day = " ".join(w for w in found.raw.split() if w.casefold().rstrip(".,") not in WEEKDAYS)
    return day.strip(" ,"), " ".join(rest)


def has_credit_cue(text: str) -> bool:
    """A line that opens like a byline: "By X", "Von X", "Par X"."""
    if text.startswith(BY_PREFIXES):
        return True
    first = text.split(None, 1)[0].casefold().rstrip(":") if text.split() else ""
    return first in BY_WORDS and len(text.split()) >= 2


def ends_wrapped(text: str) -> bool:
    """Whether a line reads as cut by the exporter's wrapping (the next line continues it)."""
    return len(text) >= WRAPPED or bool(_CONNECTOR_END.search(text))


def split_page(value: str) -> tuple[str, str | None]:
    """A section value without its page reference: "NEWS; Pg. 3" -> ("NEWS", "3"). The value
    stays whole when nothing but the page reference would remain."""
    parts = [p.strip() for p in value.split(";")]
    page = None
    kept = []
    for p in parts:
        m = _PAGE.match(p)
        if m and page is None:
            page = m["page"]
        elif p:
            kept.append(p)
    if page is None or not kept:
        return value.strip(), page
    return "; ".join(kept), page


def split_headline(parts: Sequence[tuple[str, int]]) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """Headline lines -> (title parts, subtitle parts). Vendors join a headline and its subtitle
    with ";" at the end of a line ("Euro crisis hits bank;" / "Write-downs on Greek bonds"); a
    ";" inside a line, or after a headline that is already more than one sentence, is kept."""
    for i, (text, start) in enumerate(parts[:-1]):
        if text.endswith(";") and not text.endswith(" ;"):      # " ;" joins two headlines
            head = " ".join(t for t, _ in parts[:i + 1])[:-1].rstrip()
            if head and not _SENTENCE_BREAK.search(head):
                title = list(parts[:i]) + [(text[:-1].rstrip(), start)]
                return title, list(parts[i + 1:])
            break
    return list(parts), []


def strip_slug(text: str) -> int:
    """How many characters of a wire slug ("LEADALL: ") open a headline."""
    head, sep, rest = text.partition(":")
    if sep and head.strip().casefold() in WIRE_SLUGS and rest.strip():
        return len(text) - len(rest.lstrip())
    return 0


# --- cover pages --------------------------------------------------------------------------------

_LIST_LINE = lazy(r"^(?:\d{1,4}\.\s|[^\W\d_][\w ]{1,30}\(\d+\)$)")   # "1. Title", "Documents (2)"
_CTIME = lazy(r"(?i)^(?:[^\W\d_]{3,9},?\s+)?([^\W\d_]{3,9})\.?\s+(\d{1,2})\s+(\d{1,2}:\d{2}(?::\d{2})?)\s+(\d{4})$")


def request_date(value: str) -> str | None:
    """The ISO day of a request time ("Tuesday, June 12, 2018  14:27:05", "Thu Oct  6 09:41:22  2011")."""
    text = " ".join(value.split())
    m = _CTIME.match(text)
    if m:
        text = f"{m[1]} {m[2]}, {m[4]} {m[3]}"
    for f in find_dates(text, _NO_CONTEXT):
        if f.value is not None:
            return f.value.isoformat()[:10]
    return None


def read_cover(lines: Sequence[Ln]) -> dict[str, str]:
    """The facts of an export's cover page: request time and day, search terms, sources."""
    out: dict[str, str] = {}
    for para in paragraphs(lines):
        key = None
        parts: list[str] = []
        for line in para:
            head, sep, rest = line.text.partition(":")
            k = cover_label_key(head) if sep and len(head) <= 40 else None
            if k is not None or (sep and len(head) <= 40 and head.strip() and head[:1].isalpha()
                                 and not rest[:1].strip()):
                _put(out, key, parts)
                key, parts = k, [rest.strip()] if rest.strip() else []
            elif key is not None and not _LIST_LINE.match(line.text):
                parts.append(line.text)
            else:
                _put(out, key, parts)
                key, parts = None, []
        _put(out, key, parts)
    if "request_time" in out:
        day = request_date(out["request_time"])
        if day:
            out["request_date"] = day
    return out


def _put(out: dict[str, str], key: str | None, parts: list[str]) -> None:
    if key and parts and key not in out:
        out[key] = " ".join(" ".join(parts).split())



# --- rules and names ----------------------------------------------------------------------------

def is_rule(text: str, chars: str = "=*-", least: int = 4) -> bool:
    """A line of one repeated character ("=====", "____"), told without a pattern: a rule of
    20 MB costs one pass over it and no memory."""
    return len(text) >= least and text[0] in chars and not text.strip(text[0])


_PARTICLES = frozenset("van von de der den del della di da dos du le la ten ter zu al el bin ibn mac".split())
# particles that may open the particles of a name ("van der Berg", "de la Cruz"; not "der", "la")
_FIRST_PARTICLES = frozenset("van von de del della di da dos du ten ter zu al el bin ibn mac".split())
_FOOTNOTE = lazy(r"(?<=[^\W\d_])(?:\*+|[†‡]+|[¹²³⁴⁵⁶⁷⁸⁹]+)|(?<!\s)\s*\(\*\)")
_PAREN = lazy(r"\(([^()]{1,24})\)")
_ROLE_LABEL = lazy(r"^(?P<label>[^\W\d_][\w ]{1,24}?)\s*:\s*(?P<rest>\S.*)$")
_INITIAL = lazy(r"^[^\W\d_](?:\.-?[^\W\d_])*\.$")


def given_first(value: str) -> str:
    """Authors printed surname first, ";" between them, turned round: "Okafor, Maria; REYES,
    TOM" -> "Maria Okafor; TOM REYES". Only a one-word surname (with its particles: "van der
    Berg") before a comma and one to three name words after it are turned, so "Anna Muster,
    Berlin" and "JOHN SMITH, Associated Press" stay as printed."""
    names = []
    for name in value.split(";"):
        surname, comma, given = name.partition(",")
        words, first = surname.split(), given.split()
        if (comma and words and 1 <= len(first) <= 3 and "," not in given
                and all(w.casefold() in _PARTICLES for w in words[:-1])
                and all(_name_word(w) and w.casefold() not in NOT_NAME_WORDS for w in words[-1:] + first)):
            name = f"{given.strip()} {surname.strip()}"
        names.append(" ".join(name.split()))
    return "; ".join(n for n in names if n)


def _name_word(word: str) -> bool:
    """A word a name is written with: letters (hyphens, apostrophes), capitalised or in capitals,
    or an initial ("J.")."""
    core = word.rstrip(".")
    return bool(core) and core[0].isupper() and all(ch.isalpha() or ch in "-'’" for ch in core)


def byline_shape(text: str) -> str | None:
    """A credit line without a cue word, told by its shape: person names in any case, a place
    after a name ("Anna Muster, Berlin"), a footnote mark ("This Caflisch*"), several names joined
    with roles in brackets ("Jonas Wetterli (Text) und Carla Imboden (Bilder)"), a role label
    ("Text: Anna Muster"). Returns the value to read (``credit_value``), or None for anything
    else: a headline, a sentence, a place."""
    value = credit_value(text)
    m = _ROLE_LABEL.match(value)
    names = m["rest"] if m and _credit_label(m["label"]) else value
    if not value or len(value) > 100 or any(ch.isdigit() for ch in value):
        return None
    lower = names.islower()
    core = _PAREN.sub(lambda p: " , " if p[1].strip().casefold() in PAREN_ROLES else "\x00", names)
    if "\x00" in core or "(" in core or ")" in core or core.rstrip()[-1:] in "!?:;\"”»«":
        return None
    found = 0
    for n, piece in enumerate(p for p in NAME_JOIN.split(core) if p.strip()):
        words = piece.split()
        if not _person(words, lower):
            if n == 0 or len(words) > 2 or not all(_name_word(w) for w in words):
                return None                  # a name comes first; after it, a place at most
            continue
        found += 1
    return value if found else None


def credit_value(text: str) -> str:
    """A credit line as it is read: footnote marks dropped ("This Caflisch*"), names printed in
    lower case capitalised ("anna muster" -> "Anna Muster")."""
    value = _FOOTNOTE.sub("", text).strip(" ,;")
    if not value.islower():
        return value
    return " ".join(w if w in _PARTICLES or w in ALL_STOPWORDS else
                    "-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in value.split())


def _credit_label(label: str) -> bool:
    low = label.strip().casefold()
    return (low in ROLE_PHRASES or low in PAREN_ROLES or low in _INTERVIEW_LABELS
            or archive_label_key(low) in ("byline", "photographer", "editor"))


_INTERVIEW_LABELS = frozenset("interview gespräch gesprächsleitung moderation entretien entrevista intervista".split())
# words that open a headline and never a name ("Die Wahrheit ...", "The case for ...")
_ARTICLES = frozenset("die der das den dem des ein eine einer the a an le la les un une el los las il lo gli "
                      "i het een de du".split())


def _person(words: list[str], lower: bool) -> bool:
    """Two to four words that make a person's name: given names, particles, a surname."""
    if not 2 <= len(words) <= 4:
        return False
    particle = False
    for i, w in enumerate(words):
        low = w.casefold()
        if low in _PARTICLES and 0 < i < len(words) - 1 and (particle or low in _FIRST_PARTICLES):
            particle = True
            continue
        if particle and i < len(words) - 1:
            return False                     # after the particles comes the surname, last
        if low in NOT_NAME_WORDS or (i == 0 and low in _ARTICLES) or (
                low in ALL_STOPWORDS and (lower or w.islower())):
            return False
        if not (_INITIAL.match(w) or (lower and w.replace("-", "").replace("'", "").isalpha())
                or _name_word(w)) or (w.endswith(".") and not _INITIAL.match(w)):
            return False
    return True


# --- volume and page lines ----------------------------------------------------------------------

_PAGE_REF = r"[A-Za-z]?\d{1,4}[A-Za-z]?"
_PAGE_LIST = lazy(rf"(?i)^(?:(?:{'|'.join(PAGE_WORDS)})\.?\s*)?(?P<pages>{_PAGE_REF}"
                  rf"(?:\s*(?:[-–,;/&+]|\b(?:und|and|et|en|y)\b)\s*{_PAGE_REF}){{0,12}})$")
_VOLUME_WORDS = r"vol|volume|band|bd|jahrgang|jg|année|annee|jaargang|issue|no|nr|n°|heft|ausgabe|numéro|numero|número"
_VOLUME_ITEM = rf"(?:{_VOLUME_WORDS})\.?\s*[\w./-]{{1,12}}"          # "Vol. 12", "Nr. 47"
_VOLUME_LINE = lazy(rf"(?i)^(?:{_VOLUME_ITEM}(?:\s*[,;/]?\s*{_VOLUME_ITEM}){{0,3}}"
                    rf"|\d{{1,4}}\.\s*(?:jahrgang|jg\.?|année|jaargang|volume))$")


def page_list(text: str) -> str | None:
    """The pages of a line that holds nothing else ("S. 14-15" -> "14-15", "3, 5", "A1"), else
    None. A bare number counts: where such lines stand, it is a page."""
    m = _PAGE_LIST.match(text) if len(text) <= 60 else None
    return m["pages"] if m else None


def volume_line(text: str) -> bool:
    """A line that holds only a volume or issue number ("Vol. 12, No. 3", "Nr. 47", "12. Jahrgang")."""
    return len(text) <= 60 and bool(_VOLUME_LINE.match(text)) and any(ch.isdigit() for ch in text)
