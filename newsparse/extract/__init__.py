"""Field extractors: read the segments and record where each value was found.

``extract_fields`` runs the extractors in a fixed order (language and source first, because
dates are read in their light) and returns a ``Fields`` value. Each field has a fallback
chain, first hit wins: a field the layout labelled, then labelled lines of the page, then
shapes (credit lines, date lines, datelines, copyright lines, the site's name at the top).
Extracted text values from a double-encoded page are repaired at the end; the evidence keeps
the input as it is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Iterator

from ..dateline import match_dateline
from ..dates import DateContext, FoundDate, dates_cover, find_dates
from ..lang import detect_language
from ..lines import Document, Line
from ..mojibake import repair as repair_mojibake
from ..model import Dateline, Evidence, Field, ParseOptions, Person, PubDate, Record
from ..rules.cues import HOME_WORDS, PUBLISHED_CUES, UPDATED_CUES, is_caption
from ..rules.labels import RECORD_KEYS, RIGHTS_RESERVED, find_labels
from ..rules.languages import LANGUAGE_NAMES
from ..rules.people import AUTHOR_ROLES, EDITOR_ROLES
from ..segment import (BULLET_CHARS, CONTENT, HEADING, META, Segmentation, breadcrumb_items, is_end_cue,
                       line_labels, staff_title)
from .body import build_body
from .people import (Credits, bare_name, credit_text, has_credit_cue, is_byline_label, read_contribution,
                     read_credits, user_handle)
from .sources import Outlet, Registry, default_registry, tidy_name
from .when import page_dates

__all__ = ["Fields", "extract_fields"]

LABEL_REACH = 40         # lines above the headline and after the body still read for labels
EARLY_CREDITS = 8        # non-blank lines into the body where a "By X" line (or one dated name) is a credit
TAIL_CREDITS = 6         # non-blank lines after the body where a closing name may stand
TEASER_REACH = 8         # lines above a credit line searched for the heading of a teaser list
CRUMB_REACH = 3          # non-blank lines above the headline where the crumb naming it stands
RUN_IN_KICKER_WORDS = 5  # words of a kicker run into the headline
LABELLED_NAMES = 4       # lines of names (and their handles) a lone "By" announces
_GLUED = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")
NOT_PUBLISHERS = ("creative commons", "licen", "lizenz", "theme", "powered", "wordpress", "photo", "foto",
                  "bild", "image")   # copyright holders that are not a publication
MASTHEAD_LINES = 15       # the first non-blank lines of a page, where its own name stands
KICKER_WORDS = 3         # a section label over the headline is this short
STAMP_REACH = 80         # lines after the body searched for its date stamps and a name beside them
DATED_CREDIT_WORDS = 12  # a line this short with a date and one name is a credit
_AVATAR = re.compile(r"^[A-ZÀ-ÖØ-Þ]{2,3}$")
_PARTS = re.compile(r"\s+[-–—|·•]\s+")

_DIGIT = re.compile(r"\d")

COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4})?\s*,?\s*)?"
                       r"(?P<name>[^\d|•·,.;]{2,60})", re.I)
# "All rights reserved" and its kin after a copyright holder's name (the labels' table)
_RIGHTS_TAIL = re.compile(r"(?i)\s*(?:" + "|".join(re.escape(p) for p in RIGHTS_RESERVED) + r").*$")
# a copyright holder that is a company rather than a publication
COMPANY = re.compile(r"(?i)\b(?:inc|llc|ltd|limited|gmbh|ag|co|corp|corporation|company|group|holdings?|"
                     r"media|verlag|s\.?a|plc|network|networks|services|association|university)\b\.?")
SIGNOFF = re.compile(r"^\(?\s*(?:-{1,2}\s*)?(?P<name>[A-Z][A-Za-z]{1,20}(?: [A-Z][A-Za-z]+)?)\s*\.{0,3}\)?$")


@dataclass(slots=True)
class Fields:
    title: str | None = None
    subtitle: str | None = None
    section: str | None = None
    breadcrumb: list[str] = field(default_factory=list)
    source: str | None = None
    agencies: list[str] = field(default_factory=list)
    published: PubDate | None = None
    updated: PubDate | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    contributors: list[Person] = field(default_factory=list)
    dateline: Dateline | None = None
    language: str | None = None
    body: str = ""
    evidence: dict[str, Evidence] = field(default_factory=dict)
    extra: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    wire_credit: Evidence | None = None   # reporters a dateline names ("（记者王敏）"), read with the people

    def note(self, key: str, raw: str, start: int, end: int) -> None:
        self.evidence.setdefault(key, Evidence(raw, start, end))


def extract_fields(doc: Document, seg: Segmentation, record: Record, options: ParseOptions) -> Fields:
    registry: Registry = options.sources or default_registry()
    out = Fields(extra=dict(record.extra), warnings=list(record.warnings))
    labelled = _labelled(doc, seg, record)
    first, last = seg.body
    keep = [seg.roles[i] in (CONTENT, HEADING) and first <= i < last for i in range(len(doc.lines))]
    last_cut = seg.last_cut if seg.last_cut is not None and last > first and keep[last - 1] else None
    # dateline: the opening of the first body line
    cut = seg.first_cut
    first_line = next((doc.lines[i] for i in range(first, last) if keep[i]), None)
    dl = match_dateline(first_line.raw[cut:]) if first_line is not None else None
    out.body = build_body(doc.lines, keep, first_cut=cut, last_cut=last_cut)
    _title(out, doc, seg, labelled, registry)
    _language(out, labelled, registry)
    if out.title and out.language != "fr" and record.body is None:
        out.title = _SPACED_COLON.sub(": ", out.title)   # a rendered page's "Kicker : Title"
    outlet = _source(out, doc, seg, labelled, registry, marked=record.body is not None)
    if outlet is None and dl is not None and dl.agency:
        outlet = registry.lookup(dl.agency)      # a wire story: the agency's home zone
    ctx = DateContext(reference=options.reference_date or _stated_reference(record),
                      dayfirst=options.dayfirst, language=out.language,
                      country=outlet.country if outlet else None,
                      home_zone=outlet.timezone if outlet else None)
    if dl is not None and first_line is not None:
        _dateline(out, dl, first_line, cut, ctx, registry)
        out.body = build_body(doc.lines, keep, first_cut=cut + dl.end, last_cut=last_cut)
    else:
        f = _first(labelled, "dateline")
        if f is not None and f.value.strip():    # an export's "DATELINE: LOS ANGELES"
            place = " ".join(f.value.split()).rstrip(" ,-–—")
            out.dateline = Dateline(place, None, None, f.value)
            out.note("dateline", f.value, f.start, f.end)
    _section(out, doc, seg, labelled)
    _dates(out, doc, seg, record, labelled, ctx, options)
    _people(out, doc, seg, labelled, registry, free=record.body is None)
    _agency_source(out, doc, seg, registry)
    for f in labelled:
        if f.key not in RECORD_KEYS and f.key not in out.extra:
            out.extra[f.key] = f.value
    _repair_text(out)
    return out


def _repair_text(out: Fields) -> None:
    """Values read from a page saved double-encoded ("MÃ¼nchen") come out as written
    ("München"); the evidence keeps the input's text as it is."""
    out.title, out.subtitle, out.section = map(repair_mojibake, (out.title, out.subtitle, out.section))
    out.body = repair_mojibake(out.body)
    out.breadcrumb = [repair_mojibake(b) for b in out.breadcrumb]
    out.authors = [repair_mojibake(a) for a in out.authors]
    out.editors = [repair_mojibake(a) for a in out.editors]


# --- labelled fields ----------------------------------------------------------------------

def _labelled(doc: Document, seg: Segmentation, record: Record) -> list[Field]:
    """Fields the layout read, then ``Label: value`` pairs on the page near the article: above
    the headline and the body (within ``LABEL_REACH`` lines), credit lines in the body, and the
    lines after it. A site's menus and footers further away are not the article's."""
    found = list(record.fields)
    if record.body is not None:
        return found
    first, last = seg.body
    top = seg.title[0] if seg.title else first
    for line in doc.lines[max(0, top - LABEL_REACH):last + LABEL_REACH]:
        if not line.text or (":" not in line.text and "：" not in line.text):
            continue
        if first <= line.index < last and seg.roles[line.index] != META:
            continue
        base = line.start + (len(line.raw) - len(line.raw.lstrip()))
        for key, label, _, vs, ve in line_labels(line):
            value = line.text[vs:ve]
            if line.index > seg.end_matter and key in _CREDIT_KEYS:
                continue                  # "Читайте также" / ... / "Автор: X": another story's credit
            if value:
                found.append(Field(key, value, base + vs, base + ve, label))
    return found


def _first(labelled: list[Field], key: str) -> Field | None:
    return next((f for f in labelled if f.key == key), None)


# --- language, title, section -------------------------------------------------------------

def _language(out: Fields, labelled: list[Field], registry: Registry) -> None:
    f = _first(labelled, "language")
    if f is not None:
        for part in re.split(r"[;,/]|\s+", f.value.casefold()):
            code = LANGUAGE_NAMES.get(part.strip())
            if code:
                out.language = code
                out.note("language", f.value, f.start, f.end)
                return
        if re.fullmatch(r"[a-z]{2}(?:[-_][a-z]{2})?", f.value.strip().casefold()):
            out.language = f.value.strip()[:2].casefold()
            out.note("language", f.value, f.start, f.end)
            return
    text = out.body if len(out.body) >= 400 else "\n".join(filter(None, (out.title, out.body)))
    out.language = detect_language(text) if text else None


def _title(out: Fields, doc: Document, seg: Segmentation, labelled: list[Field], registry: Registry) -> None:
    f = _first(labelled, "title")
    if f is not None and f.value.strip():
        out.title = " ".join(f.value.split())
        out.note("title", f.value, f.start, f.end)
    elif seg.title is not None:
        a, b = seg.title
        lines = doc.lines[a:b]
        text = " ".join(l.text for l in lines)
        start = lines[0].start + lines[0].indent
        bare = _crumb_headline(doc.lines, a, text) if b - a == 1 else None
        if bare is not None:              # "Frain Incendie ..." under the crumb "• Incendie ...":
            start += len(text) - len(bare)   # the page's kicker run into the headline
            text = bare
        out.title = _clean_title(text, registry)
        out.note("title", text, start, lines[-1].end)
    sub = _first(labelled, "subtitle")
    if sub is not None:
        out.subtitle = " ".join(sub.value.split())
        out.note("subtitle", sub.value, sub.start, sub.end)
    elif seg.subtitle is not None:
        a, b = seg.subtitle
        lines = [l for l in doc.lines[a:b] if l.text]
        if lines:
            out.subtitle = " ".join(l.text for l in lines)
            out.note("subtitle", out.subtitle, lines[0].start + lines[0].indent, lines[-1].end)


def _crumb_headline(lines: list[Line], top: int, text: str) -> str | None:
    """The headline without a kicker run into it, when a breadcrumb or list item just above
    names the page by the headline alone ("  • Incendie dans une maison : cinq personnes
    relogées" over "Frain Incendie dans une maison : cinq personnes relogées")."""
    seen = 0
    for line in reversed(lines[max(0, top - 8):top]):
        if not line.text:
            continue
        seen += 1
        if seen > CRUMB_REACH:
            break
        item = line.text.lstrip(BULLET_CHARS).strip()
        if (line.bullet and line.words >= 4 and len(item) < len(text) and text.endswith(item)
                and text[-len(item) - 1] in " :|–—-" and len(text[:-len(item)].split()) <= RUN_IN_KICKER_WORDS):
            return item
    return None


_TITLE_SITE = re.compile(r"\s+(?:[|–—]|-|::|·)\s+(?P<site>[^|–—]{2,60})$")


_DOMAIN_LIKE = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.I)
_CRUMB_PREFIX = re.compile(r"^(?:[^\s>»›«‹<]{1,30}\s?[>»›]\s?){1,4}(?=\S)")   # not a «quote»
TITLE_DATE_REACH = 40    # characters at a headline's start where a date may stand before it
_SPACED_COLON = re.compile(r"(?<=\w) : (?=\w)")


def _clean_title(text: str, registry: Registry) -> str:
    """A headline without the page's furniture: a trailing " | Site" (a known outlet or a web
    address), a leading breadcrumb ("Forum>iPhone>..."), a leading date ("Jun 17 ...")."""
    text = " ".join(text.split())
    m = _TITLE_SITE.search(text)
    if m and (registry.lookup(m["site"]) or _DOMAIN_LIKE.match(m["site"].strip())):
        text = text[:m.start()]
    m = _CRUMB_PREFIX.match(text)
    if m and len(text) - m.end() >= 15:
        text = text[m.end():]
    found = find_dates(text[:TITLE_DATE_REACH], DateContext()) if text[:1].isalnum() else []
    if found and len(text) - found[0].end >= 15 and (
            found[0].start == 0 or text[found[0].start - 1].isalpha()
            and text[found[0].end:found[0].end + 3] in (" - ", " – ", " | ")):
        # "Jun 17 Title", and a date glued to a crumb before the headline: "News & more23.01.2022 -
        # Title" (not "Election called for 4 July - what happens next")
        text = text[found[0].end:].lstrip(" -–—|:,")
    return text


def _section(out: Fields, doc: Document, seg: Segmentation, labelled: list[Field]) -> None:
    f = _first(labelled, "section")
    if f is not None:
        out.section = " ".join(f.value.split())
        out.note("section", f.value, f.start, f.end)
    first = seg.body[0]
    top = seg.title[0] if seg.title else first
    for line in doc.lines[max(0, top - 30):top]:
        crumbs = breadcrumb_items(line.text)
        if crumbs:
            out.breadcrumb = crumbs
            section = crumbs[-1]
            if out.title and section.casefold() == out.title.casefold() and len(crumbs) > 1:
                section = crumbs[-2]
            if out.section is None and section.casefold() not in HOME_WORDS:
                out.section = section
                out.note("section", line.text, line.start + line.indent, line.end)
    if out.section is None and seg.title is not None:
        kicker = _kicker(doc.lines, seg.title[0])
        if kicker is not None:
            out.section = kicker.text
            out.note("section", kicker.text, kicker.start + kicker.indent, kicker.end)


def _kicker(lines: list[Line], top: int) -> Line | None:
    """The short label right above the headline when the page's menu carries it too
    ("Business" over the headline, "• Business" in the menu): the article's section."""
    i = top - 1
    while i >= 0 and not lines[i].text:
        i -= 1
    if i < 0 or top - i > 3:
        return None
    line = lines[i]
    if (not line.listed or line.bullet or line.words > KICKER_WORDS or line.digits
            or line.sentence_end or not line.text[:1].isupper()):
        return None
    return line


# --- source and agencies ------------------------------------------------------------------

def _source(out: Fields, doc: Document, seg: Segmentation, labelled: list[Field],
            registry: Registry, marked: bool = False) -> Outlet | None:
    """The publishing outlet: labelled, else from a copyright line, else from a web address.

    In an archive record (``marked``) the vendor's publication field wins and is kept as
    printed: it names the product exactly ("Guardian.com" is not the print "Guardian"), and
    it is the same across an export. The registry still gives its zone and agency status."""
    f = _first(labelled, "source")
    if marked and f is not None:
        o = registry.lookup(f.value)
        out.source = tidy_name(f.value)
        out.note("source", f.value, f.start, f.end)
        if o is not None and o.is_agency and o.name not in out.agencies:
            out.agencies.append(o.name)
        return o
    candidates: list[tuple[str, int, int]] = []
    if f is not None:
        candidates.append((f.value, f.start, f.end))
    first, last = seg.body
    for line in doc.lines[last:] + doc.lines[:first]:
        lower = line.text.lower()
        if not ("©" in lower or "(c)" in lower or "copyright" in lower):
            continue                      # the cheap test first: most lines hold no copyright
        m = COPYRIGHT.search(line.text)
        if m:
            name = _RIGHTS_TAIL.sub("", m["name"].strip()).strip()
            if name:
                base = line.start + line.indent
                candidates.append((name, base + m.start("name"), base + m.start("name") + len(name)))
    candidates += _masthead(doc.lines[:first], registry)   # after the copyright lines: a menu has outlet names
    outlet_hits: list[tuple[Outlet, str, int, int]] = []
    for name, s, e in candidates:
        o = registry.lookup(name)
        if o is not None:
            outlet_hits.append((o, name, s, e))
    publisher = next((h for h in outlet_hits if not h[0].is_agency), None)
    agency = next((h for h in outlet_hits if h[0].is_agency), None)
    for o, name, s, e in outlet_hits:
        if o.is_agency and o.name not in out.agencies:
            out.agencies.append(o.name)
    chosen = publisher or agency
    if chosen is not None:
        o, name, s, e = chosen
        out.source = o.name
        out.note("source", name, s, e)
        return o
    if f is not None:
        out.source = tidy_name(f.value)
        out.note("source", f.value, f.start, f.end)
        return None
    for name, s, e in candidates:
        if not COMPANY.search(name) and len(name.split()) <= 5 and _publisher_like(name):
            out.source = tidy_name(name)
            out.note("source", name, s, e)
            break
    return None


def _publisher_like(name: str) -> bool:
    """Whether an unknown copyright holder can be the publication: not a photographer or a
    picture agency ("Jane Roe / Getty", "Jane Roe (KNA)"), a licence ("Creative Commons BY")
    or a site theme's credit ("Theme X by")."""
    lower = name.lower().strip()
    if "/" in lower or "(" in lower or lower.endswith(" by") or lower[:1] in "&+" or is_caption(lower):
        return False
    if name[:1].islower() and "." not in name:
        return False                      # "Copyright sowie allg. Geschäftsbedingungen": a sentence
    if len(_GLUED.findall(name)) >= 2:
        return False                      # "KomiteeImpressumPrivacy": footer links run together
    return not any(w in lower for w in NOT_PUBLISHERS)


def _masthead(lines: list[Line], registry: Registry) -> list[tuple[str, int, int]]:
    """The site's own name at the top of the page: a short line among the first ones that is
    exactly a registered outlet and stands out as a name: among the first three lines, in
    capitals ("WIRED" over the menu) or as an address ("NU.nl"); never a menu item ("• Welt")."""
    out, seen = [], 0
    for line in lines:
        if not line.text:
            continue
        seen += 1
        if seen > MASTHEAD_LINES:
            break
        styled = seen <= 3 or line.text.isupper() or "." in line.text   # not a menu's "Welt"
        if (styled and not line.bullet and line.words <= 4 and not line.digits
                and registry.lookup(line.text, exact=True) is not None):
            out.append((line.text, line.start + line.indent, line.end))
    return out


def _agency_source(out: Fields, doc: Document, seg: Segmentation, registry: Registry) -> None:
    """Sign-offs ("Reuter", "-- AP") name the agency; with no other outlet, the text is its own."""
    first, last = seg.body
    for line in doc.lines[last:last + 6]:
        if not line.text:
            continue
        m = SIGNOFF.match(line.text)
        o = registry.lookup(m["name"]) if m else None
        if o is not None and o.is_agency:
            if o.name not in out.agencies:
                out.agencies.append(o.name)
            if out.source is None:
                out.source = o.name
                out.note("source", line.text, line.start + line.indent, line.end)
            break
    if out.source is None and out.agencies:
        out.source = out.agencies[0]


# --- dateline -----------------------------------------------------------------------------

def _dateline(out: Fields, dl, line: Line, cut: int, ctx: DateContext, registry: Registry) -> None:
    raw = dl.raw(line.raw[cut:])
    agency = None
    if dl.agency:
        o = registry.lookup(dl.agency)
        agency = o.name if o else tidy_name(dl.agency)
        if o is None or o.is_agency:
            if agency not in out.agencies:
                out.agencies.append(agency)
    day = None
    if dl.date_text:
        found = find_dates(dl.date_text, ctx)
        if found and found[0].value is not None:
            day = found[0].value
        elif found and found[0].warning:
            out.warnings.append(found[0].warning)
    out.dateline = Dateline(dl.location, day.isoformat() if day else None, agency, raw)
    if dl.credit:
        at = line.raw.find(dl.credit, cut)
        out.wire_credit = Evidence(dl.credit, line.start + at, line.start + at + len(dl.credit))
    rest = line.raw[cut:]
    start = line.start + cut + (len(rest) - len(rest.lstrip()))
    out.note("dateline", raw, start, start + len(raw))


# --- dates --------------------------------------------------------------------------------

def _dates(out: Fields, doc: Document, seg: Segmentation, record: Record, labelled: list[Field],
           ctx: DateContext, options: ParseOptions) -> None:
    dateline = None
    if out.dateline is not None and out.dateline.date:
        ev = out.evidence["dateline"]
        dateline = FoundDate(ev.start, ev.end, ev.raw, PubDate(date.fromisoformat(out.dateline.date)))
    published, updated = page_dates(doc, seg, labelled, ctx, dateline, marked=record.body is not None)
    out.published = _pick(out, published, options.reference_date, "published")
    if out.published is not None and out.published.precision == "day":
        _broadcast_time(out, labelled, ctx)
    out.updated = _pick(out, updated, options.reference_date, "updated")
    if out.published is not None and out.updated is not None and (
            out.evidence["published"].start == out.evidence["updated"].start):
        out.warnings.append("no publication date printed; the update stamp stands in for it")
    if out.published and out.updated and out.updated.is_before(out.published):
        out.warnings.append(f"updated {out.updated.isoformat()} is before published {out.published.isoformat()}; dropped")
        out.updated = None
        out.evidence.pop("updated", None)


def _broadcast_time(out: Fields, labelled: list[Field], ctx: DateContext) -> None:
    """A transcript's day takes the time its show line prints ("SHOW: LOU DOBBS THIS WEEK 7:00
    PM EST"): the broadcast is the publication."""
    show = _first(labelled, "show")
    if show is None or not _DIGIT.search(show.value):
        return
    day = out.published.value
    time = next((t for t in find_dates(show.value, ctx) if t.value is None and t.warning is None), None)
    if time is None:
        return                            # no time alone on the show line
    for f in find_dates(f"{day.isoformat()} {time.raw}", ctx):
        if f.value is not None and f.value.precision != "day" and f.value.value.date() == day:
            out.published = f.value
            start = show.start + show.value.find(time.raw)
            out.note("published_time", time.raw, start, start + len(time.raw))
            return


def _pick(out: Fields, found: list[FoundDate], reference: date | None, key: str) -> PubDate | None:
    """The first candidate that reads as a plausible date; warnings only when none does.

    A published date after the user's reference date cannot be right and is skipped (an
    export's request date only completes dates: concatenated exports hold later records)."""
    doubts = []
    for d in found:
        if d.value is None:
            if d.warning:
                doubts.append(d.warning)
            continue
        if reference and key == "published" and d.value.day > reference:
            doubts.append(f"{key} date {d.raw!r} is after the reference date; skipped")
            continue
        out.note(key, d.raw, d.start, d.end)
        if d.warning:
            out.warnings.append(d.warning)   # a weekday that does not match, a stand-in
        return d.value
    out.warnings.extend(dict.fromkeys(doubts))
    return None


def _stated_reference(record: Record) -> date | None:
    ref = record.extra.get("request_date")
    if ref:
        try:
            return date.fromisoformat(ref[:10])
        except ValueError:
            return None
    return None


# --- people -------------------------------------------------------------------------------

def _people(out: Fields, doc: Document, seg: Segmentation, labelled: list[Field], registry: Registry,
            free: bool = True) -> None:
    """People from labelled credit fields; on free text (not an archive record, whose layout
    labels its credits), also from credit lines around the headline and after the body."""
    people: list[Person] = []
    role_of = {"byline": "writer", "editor": "editor", "photographer": "photographer",
               "translator": "translator"}
    for f in labelled:
        if f.key in role_of:
            credits = read_credits(_without_dates(f.value), registry, role_of[f.key])
            people += credits.people
            _agencies_from(out, credits.outlets, registry)
            if credits.people:
                out.note("authors" if f.key == "byline" else f.key + "s", f.value, f.start, f.end)
    if out.wire_credit is not None and not any(p.role in AUTHOR_ROLES for p in people):
        credits = read_credits(out.wire_credit.raw, registry)
        people += credits.people
        if credits.people:
            out.note("authors", out.wire_credit.raw, out.wire_credit.start, out.wire_credit.end)
    if free and not any(p.role in AUTHOR_ROLES for p in people):
        for line, credits in _credit_lines(doc, seg, registry):
            if line.index > seg.end_matter and any(p.role in AUTHOR_ROLES for p in people):
                continue                  # a name by a stamp below the teasers: only when none above
            people += credits.people
            _agencies_from(out, credits.outlets, registry)
            key = "authors" if any(p.role in AUTHOR_ROLES for p in credits.people) else "editors"
            out.note(key, line.text, line.start + line.indent, line.end)
    seen: set[tuple[str, str]] = set()
    for p in people:
        role = "writer" if p.role in AUTHOR_ROLES else p.role
        if (p.name, role) in seen:
            continue
        seen.add((p.name, role))
        if p.role in AUTHOR_ROLES:
            out.authors.append(p.name)
        elif p.role in EDITOR_ROLES:
            out.editors.append(p.name)
        else:
            out.contributors.append(p)


def _credit_lines(doc: Document, seg: Segmentation, registry: Registry) -> Iterator[tuple[Line, Credits]]:
    """Credit lines of a page: around the headline and the body's start ("By X", "Von X", a
    bare name beside the date), and closing credits after the body ("Editor: X", "- X", a bare
    name beside the date)."""
    lines = doc.lines
    first, last = seg.body                # last: the line after the body
    top = seg.title[0] if seg.title else first
    zone = [l for l in _nonblank_around(lines, top, first, before=3, after=2)
            if l.index >= top or not _in_teaser_list(lines, l.index)]
    zone_set = {l.index for l in zone}
    cued_only = [l for l in _nonblank_around(lines, first, first, before=0, after=EARLY_CREDITS)
                 if l.index not in zone_set and l.index < last]
    end = seg.end_matter                  # below it: other stories' credits
    tail = [l for l in _nonblank_around(lines, last, last, before=0, after=TAIL_CREDITS)
            if seg.roles[l.index] != META and l.index < end]
    # "Last updated / 31.10.2023 / Jane Roe": the article's own stamps count below the teasers
    # too, since teasers print no such stamps (the caller takes them last)
    for stamp in _date_stamps(lines, last):
        tail += [l for l in _nonblank_around(lines, stamp + 1, stamp + 1, before=0, after=3)
                 if seg.roles[l.index] != META and l not in tail]
    tail_set = {l.index for l in tail}
    closing = [l for l in lines[first:end] if seg.roles[l.index] == META and l.index not in zone_set]
    closing += _nonblank_around(lines, last, last, before=2, after=0) + tail
    title_lines = set(range(*seg.title)) if seg.title else set()
    cued_set = {l.index for l in cued_only}
    # inside the body a dated name counts only once: several are a list ("15 March - Aston Villa")
    texts: dict[int, str] = {}            # a line without its dates and what ran into the credit

    def credit_of(line: Line) -> str:
        if line.index not in texts:
            texts[line.index] = credit_text(_without_dates(line.text))
        return texts[line.index]

    lone_dated_name = sum(1 for l in cued_only if l.digits and l.words <= DATED_CREDIT_WORDS
                          and _name_among(credit_of(l), registry)) == 1
    taken: set[int] = set()
    for line in zone + cued_only + closing:
        if line.index in title_lines or line.index in taken or line.words > 20:
            continue
        taken.add(line.index)
        if line.words > DATED_CREDIT_WORDS and not has_credit_cue(line.text):
            continue                      # a sentence, not a credit line: no need to read it
        text = credit_of(line)
        if not text or (":" in text or "：" in text) and (
                line_labels(line) if text == line.text else find_labels(text)):
            continue                      # read as a labelled field
        if is_byline_label(text):
            # "By" / "April Roach" / "@aprilroach28" / "Daniel O'Mahony": the names follow,
            # a line each, with their social handles between them
            for nxt in _nonblank_around(lines, line.index + 1, line.index + 1, 0, LABELLED_NAMES):
                if _HANDLE_LINE.match(nxt.text):
                    continue
                credits = read_credits(credit_text(_without_dates(nxt.text)), registry, strict=True)
                if not credits.people:
                    break
                taken.add(nxt.index)
                yield nxt, credits
            continue
        if has_credit_cue(text):
            credits = read_credits(text, registry, strict=True)
            if credits.people:
                yield line, credits
            continue
        if line.index >= last - 1:
            credits = read_contribution(text, registry)   # "X contributed to this report."
            if credits.people:
                yield line, credits
                continue
        dated = line.digits and text != credit_text(line.text)   # no digit: no date was taken out
        if (dated and line.words <= DATED_CREDIT_WORDS and line.index <= last + TAIL_CREDITS * 2
                and not match_dateline(line.raw) and (line.index not in cued_set or lone_dated_name)):
            # "Jane Roe, 02.02.2022", "23.06.2016 - Jane Roe - 9 comments": a credit by its date
            name = _name_among(text, registry)
            if name:
                yield line, Credits([Person(name, "writer")], [])
                continue
        nxt = next((l for l in lines[line.index + 1:line.index + 3] if l.text), None) \
            if line.index <= first + EARLY_CREDITS * 2 and _AVATAR.match(line.text) else None
        if nxt is not None:
            name = bare_name(nxt.text)
            after = next((l for l in lines[nxt.index + 1:nxt.index + 3] if l.text), None)
            before = next((l for l in reversed(lines[max(0, line.index - 2):line.index]) if l.text), None)
            in_block = (_dated_neighbour(lines, nxt.index) or after is not None and _AVATAR.match(after.text)
                        or before is not None and bare_name(before.text) is not None)
            if name and in_block and "".join(w[0] for w in name.split() if w[0].isupper())[:len(line.text)] == line.text:
                taken.add(nxt.index)      # "LP" / "Luana Patriolino": an avatar's initials, then the name
                yield nxt, Credits([Person(name, "writer")], [])   # in a credit block: by a date or avatars
                continue
        if line.index in cued_set or line.bullet and text[:1] not in "-–—":
            continue
        beside_date = (dated or _dated_neighbour(lines, line.index) or _staff_title_below(lines, line.index)
                       or "@" in line.text and _ADDRESS.search(line.text) is not None)   # "Kelly Grant, kgrant@..."
        in_zone = line.index in zone_set and seg.roles[line.index] != CONTENT and beside_date
        at_end = (line.index >= last - 1 or line.index in tail_set) and text[:1] in "-–—"
        if in_zone or at_end or line.index in tail_set and beside_date:
            name = bare_name(text)
            if name:
                yield line, Credits([Person(name, "writer")], [])
            elif "," in text and beside_date and not match_dateline(line.raw):   # "Luis Romero,
                # Houston News Now" over the date, not a wire story's "ENGLEWOOD CLIFFS, N.J., March 17 -"
                credits = read_credits(text, registry, strict=True)
                if len(credits.people) == 1:
                    yield line, credits


_CREDIT_KEYS = frozenset({"byline", "editor", "photographer", "translator"})
_ADDRESS = re.compile(r"[^\s@]{1,64}@[^\s@]{1,255}\.[a-z]{2,12}\b")   # an e-mail address: a credit line's
_HANDLE_LINE = re.compile(r"@\w{2,30}$")


def _date_stamps(lines: list[Line], last: int) -> list[int]:
    """Lines after the body that announce the article's date ("Published", "Letzte
    Aktualisierung"), alone or with the date."""
    return [l.index for l in lines[last:last + STAMP_REACH]
            if l.text and l.words <= 6 and (PUBLISHED_CUES.search(l.text) or UPDATED_CUES.search(l.text))]


def _name_among(text: str, registry: Registry) -> str | None:
    """The one person's name among the parts of a dated line ("23.06.2016 - Jane Roe - 9 comments",
    "Jane Roe, 02.02.2022"), the date already taken out; else the one user name there, as
    forums and blogs print it ("26 Mai, 2008 | ThE_PaiN | Kommentare 34", "macbacchi 28.09.19")."""
    parts = [p.strip(" ,|") for p in _PARTS.split(text)]
    names = [n for n in map(bare_name, parts) if n]
    if names:
        return names[0] if len(names) == 1 else None
    handles = [h for h in map(user_handle, parts) if h and registry.lookup(h, exact=True) is None]
    return handles[0] if len(handles) == 1 else None


def _in_teaser_list(lines: list[Line], i: int) -> bool:
    """Whether an end-matter heading ("TRENDING", "Most read") stands at or a few lines above
    line ``i``: the line is a teaser's (above the headline, such a list runs up to it)."""
    return any(is_end_cue(lines[j]) for j in range(i, max(-1, i - TEASER_REACH), -1))


def _staff_title_below(lines: list[Line], i: int) -> bool:
    """Whether the next non-blank line is a staff title alone ("Jessica Park" / "Staff Writer",
    "Daniel Okafor" / "Business reporter"): the name above it is a byline."""
    nxt = next((l for l in lines[i + 1:i + 3] if l.text), None)
    return nxt is not None and not nxt.sentence_end and staff_title(nxt)


def _dated_neighbour(lines: list[Line], i: int) -> bool:
    """Whether the nearest non-blank line above or below line ``i`` is mostly a date."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and not lines[j].text:
            j += step
        if 0 <= j < len(lines) and lines[j].words <= 12 and lines[j].digits:
            found = find_dates(lines[j].text, DateContext())
            if found and (lines[j].words <= 8 or dates_cover(found, lines[j].text)):
                return True               # a longer line counts when it is mostly its date and time
    return False


def _nonblank_around(lines: list[Line], top: int, first: int, before: int, after: int) -> list[Line]:
    """Non-blank lines from ``before`` above ``top`` to ``after`` below ``first``."""
    out: list[Line] = []
    i, seen = top - 1, 0
    while i >= 0 and seen < before:
        if lines[i].text:
            out.insert(0, lines[i])
            seen += 1
        i -= 1
    out += [l for l in lines[top:first] if l.text]
    i, seen = first, 0
    while i < len(lines) and seen < after:
        if lines[i].text:
            out.append(lines[i])
            seen += 1
        i += 1
    return out


def _agencies_from(out: Fields, names: list[str], registry: Registry) -> None:
    for name in names:
        o = registry.lookup(name)
        if o is not None and o.is_agency and o.name not in out.agencies:
            out.agencies.append(o.name)


def _without_dates(text: str) -> str:
    found = find_dates(text, DateContext()) if _DIGIT.search(text) else []
    for d in reversed(found):
        text = text[:d.start] + " " + text[d.end:]
    return text
