"""Field readers: read the segments and the lines the model picked, and record where each
value was found.

``extract_fields`` runs the readers in a fixed order: the body and its dateline, the title,
the language, the source (dates are read in the light of the language and the source's
country and zone), the section, the dates, the people. Each field has its fallback order,
first hit wins: a field the layout labelled, then labelled lines of the page near the article,
then the lines the line model chose. Text values from a double-encoded page are repaired at
the end; the evidence keeps the input as it is.

The readers read values (dates, names, labels, datelines, outlets) by the rules and tables of
``rules/``; they do not choose lines.
"""
from __future__ import annotations

import re
from datetime import date

from ..dateline import match_dateline
from ..dates import DateContext, FoundDate, find_dates
from ..features import CREDIT_KEYS as _CREDIT_LABELS, Table, closing_credits
from ..headline import MASTHEAD_WORDS, headline_of
from ..lang import detect_language
from ..lines import Line
from ..names import has_credit_cue
from ..invisible import without_invisible
from ..mojibake import repair as repair_mojibake
from ..model import Dateline, Evidence, Field, ParseOptions, Person, PubDate, Record
from ..rules.labels import RECORD_KEYS, bracketed_labels, slug
from ..rules.people import BY_PREFIXES
from ..rules.languages import LANGUAGE_NAMES
from ..rules.stopwords import OPEN_ENDED_WORDS
from ..segment import Segmentation, role_line
from .body import build_body
from .credits import (closing_bio, closing_reporter, credited_outlet, credited_unknown_outlet, date_line_credit,
                      header_desk, read_credit_lines, read_people)
from .outlet import copyright_person, dated_outlet, read_source, reprint_note, sign_off_agency, titled_masthead
from .section import read_section
from ..registry import Registry, default_registry, tidy_name
from ..slotted import factory, mutable
from .title import clean_title, labelled_title, title_text, without_kicker
from .when import (dateline_day, page_dates, paragraph_dateline, publication_note, send_stamps, stamp_time,
                   without_end_matter)

__all__ = ["Fields", "extract_fields"]

LABEL_REACH = 40         # lines above the headline and after the body still read for labels
CLOSING_REACH = 10       # non-blank lines after the body where a closing credit ("Editor: X") stands


@mutable
class Fields:
    title: str | None = None
    subtitle: str | None = None
    section: str | None = None
    breadcrumb: list[str] = factory(list)
    source: str | None = None
    agencies: list[str] = factory(list)
    published: PubDate | None = None
    updated: PubDate | None = None
    authors: list[str] = factory(list)
    editors: list[str] = factory(list)
    contributors: list[Person] = factory(list)
    dateline: Dateline | None = None
    language: str | None = None
    body: str = ""
    evidence: dict[str, Evidence] = factory(dict)
    extra: dict[str, str] = factory(dict)
    warnings: list[str] = factory(list)

    def note(self, key: str, raw: str, start: int, end: int) -> None:
        self.evidence.setdefault(key, Evidence(raw, start, end))

    def add_agency(self, name: str) -> None:
        if name not in self.agencies:
            self.agencies.append(name)


def extract_fields(table: Table, seg: Segmentation, record: Record, options: ParseOptions) -> Fields:
    registry: Registry = options.sources or default_registry()
    doc = table.doc
    lines = doc.lines
    marked = record.body is not None
    out = Fields(extra=dict(record.extra), warnings=list(record.warnings))
    labelled = _labelled(table, seg, record)
    first, last = seg.body
    keep = list(seg.keep)
    # the dateline: the opening of the first body line
    cut = seg.first_cut
    first_line = lines[first] if last > first else None
    dl = match_dateline(first_line.raw[cut:]) if first_line is not None else None
    if dl is not None:
        cut += dl.end
    reprint = None if marked else reprint_note(lines, last, registry)
    if reprint is not None and _own_last_paragraph(lines, keep, reprint[0], first, seg.last_cut):
        keep[reprint[0]] = False                 # the note names a publisher; it is no body
    out.body = build_body(lines, keep, first_cut=cut, last_cut=seg.last_cut, column=record.body_column)
    _title(out, table, seg, labelled, registry, marked)
    _language(out, labelled)
    if out.title and not marked:
        out.title = clean_title(out.title, registry, out.language, lambda: _mastheads(table, seg))
    source, outlet, evidence, agencies = read_source(lines, first, last, labelled, registry, marked)
    credited = read_credit_lines(table, () if marked else seg.credits, registry)
    if source is None or outlet is not None and outlet.is_agency:
        # "By Jane Roe | Harbour Post | Updated ...": its zone too; the page's, not the agency's
        hit = credited_outlet(table, credited, registry)
        if hit is not None:
            outlet, evidence = hit
            source = outlet.name
    out.source = source
    for a in agencies:
        out.add_agency(a)
    if evidence is not None:
        out.note("source", evidence.raw, evidence.start, evidence.end)
    if outlet is None and dl is not None and dl.agency:
        outlet = registry.lookup(dl.agency)      # a wire story: the agency's home zone
    signed = None if marked else sign_off_agency(lines, last, registry, seg.last_cut)
    if outlet is None and signed is not None:
        outlet = signed[0]                       # a story its agency signs off: the agency's home zone
    ctx = DateContext(reference=options.reference_date or _stated_reference(record),
                      dayfirst=options.dayfirst, language=out.language,
                      country=outlet.country if outlet else None,
                      home_zone=outlet.timezone if outlet else None, shown_order=table.context.shown_order)
    wire_credit = None
    # the dateline's dates, read once: for its day now and, without a year, against the published date
    dl_dates = find_dates(dl.date_text, ctx) if dl is not None and dl.date_text else None
    if dl is not None and first_line is not None:
        wire_credit = _dateline(out, dl, first_line, seg.first_cut, ctx, registry, dl_dates)
    else:
        f = next((f for f in labelled if f.key == "dateline"), None)
        if f is not None and f.value.strip():    # an export's "DATELINE: LOS ANGELES"
            place = " ".join(f.value.split()).rstrip(" ,-–—")
            out.dateline = Dateline(place, None, None, f.value)
            out.note("dateline", f.value, f.start, f.end)
    top = seg.title[0] if seg.title else first
    out.section, out.breadcrumb, sec_ev = read_section(table, top, out.title, labelled)
    if sec_ev is not None:
        out.note("section", *sec_ev)
    _dates(out, table, seg, labelled, ctx, options, marked)
    if dl is not None and dl.date_text and out.dateline is not None and out.dateline.date is None:
        _dateline_year(out, dl.date_text, ctx, dl_dates)   # a year-less day, read against the published date
    if marked:
        closing = _closing_credits(lines, first, last)
        people = read_people(table, closing, labelled, registry, wire_credit, credited, closing)
    else:
        closing = tuple(i for i in seg.credits
                        if (row := table.row(i)) is not None and (row.role_credits or role_line(row)))
        people = read_people(table, seg.credits, labelled, registry, wire_credit, credited, closing)
        extra = None
        if not people.authors and seg.dates:
            extra = date_line_credit(table, seg.dates[0][0], registry)    # "Posted on ... by jroe"
        if not people.authors and extra is None and seg.title is not None:
            below = max([seg.body[0]] + [i for i, _ in seg.dates[:1]])      # the body, or the date line under it
            extra = header_desk(table, seg.title, below, registry)   # "La rédaction" under the headline
        if extra is not None:
            people = read_people(table, seg.credits + (extra[0],), labelled, registry, wire_credit,
                                 {**(credited or {}), extra[0]: extra[1]}, closing)
    out.authors, out.editors, out.contributors = people.authors, people.editors, people.contributors
    if not out.authors and not marked:
        bio = closing_bio(lines, first, last)
        if bio is not None:
            out.authors = [bio[0]]
            people.evidence["authors"] = bio[1]
    if not out.authors and not marked:
        named = closing_reporter(lines, last, seg.last_cut, registry)
        if named is not None:             # "（山田太郎）" under the last paragraph
            out.authors = [named[0]]
            people.evidence["authors"] = named[1]
    if not out.authors and not marked:
        held = copyright_person(lines, last, registry)
        if held is not None:              # "© 2024 Jane Roe" under a blog's post
            out.authors = [held[0]]
            people.evidence["authors"] = held[1]
    if out.source and len(out.authors) > 1:
        # "By ANNA MUSTER, The Harbour Ledger" in the Harbour Ledger: the outlet after the name
        # is the publication, not a second author, registered or not
        own = _outlet_key(out.source)
        out.authors = [a for a in out.authors if _outlet_key(a) != own] or out.authors
    for key, ev in people.evidence.items():
        out.note(key, ev.raw, ev.start, ev.end)
    for name in people.outlets:
        o = registry.lookup(name)
        if o is not None and o.is_agency:
            out.add_agency(o.name)
    pictured = []                                # credited for a picture only: never the source
    for name in people.pictured:
        o = registry.lookup(name)
        if o is not None and o.is_agency and o.name not in out.agencies:
            out.add_agency(o.name)
            pictured.append(o.name)
    if out.source is None and not marked:
        # an outlet the registry does not know: "By Ellie Shaw | Coastline Times | Updated ...",
        # or a masthead the title line prints after the headline
        hit = credited_unknown_outlet(table, credited, out.section) or titled_masthead(lines, top, out.title)
        if hit is not None:
            out.source = hit[0]
            out.note("source", hit[1].raw, hit[1].start, hit[1].end)
    if not marked:
        if signed is not None:
            o, ev = signed
            out.add_agency(o.name)
            if out.source is None:
                out.source = o.name
                out.note("source", ev.raw, ev.start, ev.end)
    if out.source is None and not marked:
        dated = [i for i, _ in seg.dates[:1]] + list(seg.credits)      # the chosen date line, the credit lines
        hit = dated_outlet(lines, [(i, row.dates) for i in dated if (row := table.row(i)) is not None and row.date_value],
                           registry)
        if hit is not None:
            out.source = hit[0]
            out.note("source", hit[1].raw, hit[1].start, hit[1].end)
    if reprint is not None:
        o = registry.lookup(reprint[1])
        if o is not None and o.is_agency:
            out.add_agency(o.name)
        if out.source is None:
            # the original publisher a reprint note names, when the page names no publisher
            # of its own (a copyright line, a label or a masthead win: they published this copy)
            out.source = reprint[1]
            out.note("source", reprint[2].raw, reprint[2].start, reprint[2].end)
    wire = [a for a in out.agencies if a not in pictured]
    if out.source is None and wire:
        out.source = wire[0]                     # a wire story as the agency sends it
    for f in labelled:
        if f.key in RECORD_KEYS or out.extra.get(f.key) == f.value:
            continue
        out.extra[_free_key(out.extra, f) if f.key in out.extra else f.key] = f.value
    _repair_text(out)
    return out


def _own_last_paragraph(lines: list[Line], keep: list[bool], index: int, first: int,
                        last_cut: int | None) -> bool:
    """Whether line ``index`` is the body's last kept line and a paragraph of its own (a blank
    line before it), not the body's only line nor one cut by a sign-off: taking it out of the
    body leaves every other line as it was."""
    if not keep[index] or last_cut is not None or any(keep[index + 1:]):
        return False
    return index > first and not lines[index - 1].text and any(keep[first:index])


def _repair_text(out: Fields) -> None:
    """Values read from a page saved double-encoded ("MÃ¼nchen") come out as written
    ("München"), and without the characters that print nothing (zero-width spaces, soft
    hyphens, bidi marks, ANSI escapes: ``invisible``); the evidence keeps the input's text as it is."""
    out.title, out.subtitle, out.section = map(_value, (out.title, out.subtitle, out.section))
    out.body = without_invisible(repair_mojibake(out.body))
    out.breadcrumb = [_value(b) for b in out.breadcrumb]
    out.authors = [_value(a) for a in out.authors]
    out.editors = [_value(a) for a in out.editors]
    out.contributors = [Person(_value(p.name), p.role) if without_invisible(p.name) is not p.name else p
                        for p in out.contributors]
    out.source = _value(out.source)
    d = out.dateline
    if d is not None and d.location and without_invisible(d.location) is not d.location:
        out.dateline = Dateline(_value(d.location), d.date, d.agency, d.raw)


def _value(text: str | None) -> str | None:
    """A one-line value repaired and without invisible characters, one space between its words."""
    text = repair_mojibake(text)
    shown = without_invisible(text)
    return text if shown is text else " ".join(shown.split())


# --- labelled fields ----------------------------------------------------------------------

def _labelled(table: Table, seg: Segmentation, record: Record) -> list[Field]:
    """Fields the layout read, then ``Label: value`` pairs on the page near the article: above
    the headline and the body (within ``LABEL_REACH`` lines), on the credit and date lines the
    model picked, and after the body (credits only on its first few lines). A site's menus and
    footers further away are not the article's, and neither are the body's own sentences."""
    found = list(record.fields)
    if record.body is not None:
        return found
    first, last = seg.body
    lines = table.doc.lines
    top = seg.title[0] if seg.title else first
    picked = set(seg.credits) | {i for i, _ in seg.dates[:1]}
    closing = [l.index for l in lines[last:] if l.text][:CLOSING_REACH]
    closing_end = closing[-1] + 1 if closing else last
    for row in table.rows:
        i = row.line.index
        # and a field alone in brackets: "(Editor: Jane Roe)"
        labels = row.labels or row.line.text.startswith(("(", "[")) and bracketed_labels(row.line.text)
        if not labels or i < top - LABEL_REACH or i >= last + LABEL_REACH:
            continue
        if seg.keep[i] or first <= i < last and i not in picked:
            continue                      # the article's own text
        if _continues(lines, i):
            continue                      # a wrapped sentence's next line, not a label
        line = row.line
        base = line.start + (len(line.raw) - len(line.raw.lstrip()))
        for key, label, _, vs, ve in labels:
            if key in _CREDIT_LABELS and i >= closing_end and i not in picked:
                continue                  # below the article's close: another story's credit
            value = line.text[vs:ve]
            cut = _credit_in_value(value) if key not in _CREDIT_LABELS else -1
            if cut > 0:                   # "来源：南岭日报　记者 李芳": the source, then the credit
                found.append(Field("byline", value[cut:], base + vs + cut, base + ve, ""))
                value = value[:cut].rstrip(_WIDE_SPACE)
                ve = vs + len(value)
            if key == "length" and not _DIGIT.search(value):
                key = "byline"            # "Words: Jane Roe": a magazine's writer; a length has its number
            if key == "source" and _DIGIT.search(value):
                value = _before_a_date(value)   # "来源：新华网 2024-03-03 10:42": the source ends at its date
                ve = vs + len(value)
            if value:
                found.append(Field(key, value, base + vs, base + ve, label))
    return found


_DIGIT = re.compile(r"\d")
_WIDE_SPACE = "\u3000 "


def _before_a_date(value: str) -> str:
    """A field's value up to the first date in it that has words before it ("Harbour Post,
    3 March 2024" -> "Harbour Post"), without the marks between them; else the value."""
    found = next((d for d in find_dates(value, DateContext()) if d.value is not None), None)
    if found is None or not value[:found.start].strip():
        return value
    return value[:found.start].rstrip(" ,;|-–—·•/" + _WIDE_SPACE)


def _credit_in_value(value: str) -> int:
    """Where a credit that opens with a byline prefix starts inside a labelled value, after an
    ideographic space, the gap between the fields of a Chinese page ("南岭日报　记者 李芳"), or -1."""
    at = value.find("\u3000")
    while at >= 0:
        rest = value[at:].lstrip(_WIDE_SPACE)
        if rest.startswith(BY_PREFIXES):
            return len(value) - len(rest)
        at = value.find("\u3000", at + 1)
    return -1
WRAPPED_WIDTH = 60      # a line this long that stops on a function word was cut by the wrap


def _continues(lines, i: int) -> bool:
    """Whether line ``i`` carries on the sentence of the line above it: that line stands right
    above (no blank line between), is as long as a wrapped line and stops on a word no clause
    ends on (``OPEN_ENDED``: "... appeared in print with the" over "headline: ..." reads on; it
    is no ``headline:`` label). A headline over a label ends on another word, even a frequent
    one ("... record growth year on year" over "Source: AP")."""
    if i == 0:
        return False
    prev = lines[i - 1].text
    return len(prev) >= WRAPPED_WIDTH and prev[-1:].isalpha() and prev.rsplit(None, 1)[-1].lower() in OPEN_ENDED_WORDS


def _free_key(extra: dict[str, str], f: Field) -> str:
    """A key of ``extra`` for a field whose key an earlier field took with another value (two
    URL lines, two copyright lines): its label's own name ("Links:" -> ``links``), else the key
    numbered (``copyright_2``), so that no value is dropped."""
    own = slug(f.label) if f.label else ""
    if own and own not in extra:
        return own
    n = 2
    while f"{f.key}_{n}" in extra:
        n += 1
    return f"{f.key}_{n}"


def _outlet_key(name: str) -> str:
    """A publication's name as compared: case-folded, without a leading article."""
    words = name.casefold().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


CLOSING_CREDITS_REACH = 3   # the last lines of a marked body where a wire story's closing credits stand


def _closing_credits(lines: list[Line], first: int, last: int) -> tuple[int, ...]:
    """The closing credits among the last lines of an archive record's body ("(Reporting by X;
    Editing by Y)", "X contributed to this report."): the record's fields name the byline, these
    name the editors and the contributors. They stay in the body, as the export prints it. (The
    feature table holds a marked record's header only: these few lines are read here.)"""
    ends = [l for l in lines[first:last] if l.text][-CLOSING_CREDITS_REACH:]
    return tuple(l.index for l in ends
                 if closing_credits(l.text, l.text.lower(), l.words, has_credit_cue(l.text)))


def _first(labelled: list[Field], key: str) -> Field | None:
    return next((f for f in labelled if f.key == key), None)


# --- title and language ---------------------------------------------------------------------

def _title(out: Fields, table: Table, seg: Segmentation, labelled: list[Field], registry: Registry,
           marked: bool) -> None:
    # a labelled title ("Title:", "HD") is the record's, unless a page prints it as its headline
    # without the site's name the label adds ("Title: Ferry fares rise | Harbour Post")
    f = labelled_title(labelled)
    printed = None
    if seg.title is not None:
        a, b = seg.title
        printed = title_text([l for l in table.doc.lines[a:b] if l.text])
    if f is not None and (marked or printed is None or not headline_of(printed[0], f.value)):
        out.title = " ".join(f.value.split())
        out.note("title", f.value, f.start, f.end)
    elif printed is not None:
        text, start, end = printed
        bare = without_kicker(text, table.doc.lines, range(a, b))
        start += len(text) - len(bare) if text.endswith(bare) else 0
        out.title = bare
        out.note("title", text[len(text) - len(bare):] if text.endswith(bare) else text, start, end)
    sub = _first(labelled, "subtitle")
    if sub is not None:
        out.subtitle = " ".join(sub.value.split())
        out.note("subtitle", sub.value, sub.start, sub.end)
    elif seg.standfirst and not marked:
        # the standfirst between the headline and the byline, which the body leaves out
        lines = table.doc.lines
        keep = [False] * len(lines)
        for i in seg.standfirst:
            keep[i] = True
        text = " ".join(build_body(lines, keep).split())
        if text:
            out.subtitle = text
            a, b = lines[seg.standfirst[0]], lines[seg.standfirst[-1]]
            out.note("subtitle", table.doc.text[a.start - table.doc.offset:b.end - table.doc.offset], a.start, b.end)


def _mastheads(table: Table, seg: Segmentation) -> frozenset[str]:
    """The short lines above the headline, case-folded: where a page prints its own name."""
    if seg.title is None:
        return frozenset()
    top = seg.title[0]
    return frozenset(r.line.text.strip().casefold() for r in table.rows
                     if r.line.index < top and r.words <= MASTHEAD_WORDS)


def _language(out: Fields, labelled: list[Field]) -> None:
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


# --- dateline -----------------------------------------------------------------------------

def _dateline(out: Fields, dl, line, cut: int, ctx: DateContext, registry: Registry,
              found: list[FoundDate] | None) -> Evidence | None:
    """Read the dateline into its field (``found``: the dates of its date text); returns the
    reporters it names ("（记者王敏）")."""
    raw = dl.raw(line.raw[cut:])
    agency = None
    if dl.agency:
        o = registry.lookup(dl.agency)
        agency = o.name if o else tidy_name(dl.agency)
        if o is None or o.is_agency:
            out.add_agency(agency)
    day = dateline_day(dl.date_text, ctx, found=found)[0] if dl.date_text else None   # its warning after the dates
    out.dateline = Dateline(dl.location, day.isoformat() if day else None, agency, raw)
    rest = line.raw[cut:]
    start = line.start + cut + (len(rest) - len(rest.lstrip()))
    out.note("dateline", raw, start, start + len(raw))
    if dl.credit:
        at = line.raw.find(dl.credit, cut)
        return Evidence(dl.credit, line.start + at, line.start + at + len(dl.credit))
    return None


def _dateline_year(out: Fields, text: str, ctx: DateContext, found: list[FoundDate]) -> None:
    """The dateline's day when its date has no year and no reference date was given: read
    against the record's published date, which is known only after the dates are read
    (``found``: the dates of ``text``, as ``_dateline`` read them)."""
    day, warning = dateline_day(text, ctx, out.published, found)
    if day is not None:
        d = out.dateline
        out.dateline = Dateline(d.location, day.isoformat(), d.agency, d.raw)
    if warning:
        out.warnings.append(warning)


# --- dates --------------------------------------------------------------------------------

def _dates(out: Fields, table: Table, seg: Segmentation, labelled: list[Field], ctx: DateContext,
           options: ParseOptions, marked: bool) -> None:
    dateline = None
    if out.dateline is not None and out.dateline.date:
        ev = out.evidence["dateline"]
        dateline = FoundDate(ev.start, ev.end, ev.raw, PubDate(date.fromisoformat(out.dateline.date)))
    stamps = () if marked else send_stamps(table, seg.keep, ctx)
    header = (seg.title[0], seg.body[0]) if seg.title is not None else None
    own = list(seg.dates) if marked else without_end_matter(table, list(seg.dates), seg.keep)
    published, updated = page_dates(None if marked else table, own, labelled, ctx, dateline,
                                    seg.credits, stamps, header, seg.keep)
    out.published = _pick(out, published, options.reference_date, "published")
    if out.published is None and not marked:
        opening = paragraph_dateline(table, seg.keep, ctx)
        out.published = _pick(out, [opening], options.reference_date, "published") if opening else None
    if out.published is None and not marked:
        note = publication_note(table, seg.keep, ctx)
        out.published = _pick(out, [note], options.reference_date, "published") if note else None
    if out.published is not None and out.published.precision == "day":
        _broadcast_time(out, labelled, ctx)
    timed = stamp_time(out.published, stamps) if out.published is not None else None
    if timed is not None and (options.reference_date is None or timed.value.day <= options.reference_date):
        out.published = timed.value       # the wire's stamp of the day chosen gives it its time
        out.note("published_time", timed.raw, timed.start, timed.end)
    out.updated = _pick(out, updated, options.reference_date, "updated")
    if out.published is None and out.updated is not None:
        out.published = out.updated
        out.note("published", *_span(out.evidence["updated"]))
        out.warnings.append("no publication date printed; the update stamp stands in for it")
    if out.published and out.updated and out.updated.is_before(out.published):
        out.warnings.append(f"updated {out.updated.isoformat()} is before published {out.published.isoformat()}; dropped")
        out.updated = None
        out.evidence.pop("updated", None)


def _span(ev: Evidence) -> tuple[str, int, int]:
    return ev.raw, ev.start, ev.end


def _broadcast_time(out: Fields, labelled: list[Field], ctx: DateContext) -> None:
    """A transcript's day takes the time its show line prints ("SHOW: HARBOUR WEEK 7:00
    PM EST"): the broadcast is the publication."""
    show = _first(labelled, "show")
    if show is None or not any(c.isdigit() for c in show.value):
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
