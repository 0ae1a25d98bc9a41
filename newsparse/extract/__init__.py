"""Field readers: read the segments and the lines the model picked, and record where each
value was found.

``extract_fields`` runs the readers (one module each: ``labelled``, ``body``, ``title``,
``language``, ``outlet``, ``dateline``, ``section``, ``published`` and ``when``, ``credits``)
in a fixed order: the body and its dateline, the title,
the language, the source (dates are read in the light of the language and the source's
country and zone), the section, the dates, the people. Each field has its fallback order,
first hit wins: a field the layout labelled, then labelled lines of the page near the article,
then the lines the line model chose. Text values from a double-encoded page are repaired at
the end; the evidence keeps the input as it is.

The readers read values (dates, names, labels, datelines, outlets) by the rules and tables of
``rules/``; they do not choose lines.
"""
from __future__ import annotations

from ..credit_cues import has_credit_cue
from ..credit_lines import role_line
from ..date_values import DateContext
from ..dateline import match_dateline
from ..dates import find_dates
from ..features import Table
from ..line_measures import closing_credits
from ..invisible import without_invisible
from ..lines import Line
from ..model import Dateline, Field, ParseOptions, Person, Record
from ..mojibake import repair as repair_mojibake
from ..registry import Registry, default_registry
from ..rules.cues import is_story_end
from ..rules.labels import RECORD_KEYS, slug
from ..segment import Segmentation
from .body import build_body
from .credits import (closing_bio, closing_reporter, credited_outlet, credited_unknown_outlet, date_line_credit,
                      header_desk, read_credit_lines, read_people)
from .dateline import dateline_year, read_dateline
from .fields import Fields
from .labelled import read_labelled
from .language import read_language
from .outlet import (SIGN_OFF_REACH, copyright_person, dated_outlet, read_source, reprint_note, sign_off_agency,
                     titled_masthead)
from .published import read_dates, stated_reference
from .section import read_section
from .title import clean_title, page_mastheads, read_title

__all__ = ["Fields", "extract_fields"]


def extract_fields(table: Table, seg: Segmentation, record: Record, options: ParseOptions) -> Fields:
    registry: Registry = options.sources or default_registry()
    doc = table.doc
    lines = doc.lines
    marked = record.body is not None
    out = Fields(extra=dict(record.extra), warnings=list(record.warnings))
    labelled = read_labelled(table, seg, record)
    first, last = seg.body
    keep = list(seg.keep)
    # the dateline: the opening of the first body line
    cut = seg.first_cut
    first_line = lines[first] if last > first else None
    dl = match_dateline(first_line.raw[cut:]) if first_line is not None else None
    if dl is not None and _wire_copy(table, keep, first, last, seg.last_cut):
        cut += dl.end       # the wire's slug, a field of the story's head: no text of it
    reprint = None if marked else reprint_note(lines, last, registry)
    if reprint is not None and _own_last_paragraph(lines, keep, reprint[0], first, seg.last_cut):
        keep[reprint[0]] = False                 # the note names a publisher; it is no body
    out.body = build_body(lines, keep, first_cut=cut, last_cut=seg.last_cut, column=record.body_column)
    read_title(out, table, seg, labelled, registry, marked)
    read_language(out, labelled)
    if out.title and not marked:
        out.title = clean_title(out.title, registry, out.language, lambda: page_mastheads(table, seg))
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
    ctx = DateContext(reference=options.reference_date or stated_reference(record),
                      dayfirst=options.dayfirst, language=out.language,
                      country=outlet.country if outlet else None,
                      home_zone=outlet.timezone if outlet else None, shown_order=table.context.shown_order)
    wire_credit = None
    # the dateline's dates, read once: for its day now and, without a year, against the published date
    dl_dates = find_dates(dl.date_text, ctx) if dl is not None and dl.date_text else None
    if dl is not None and first_line is not None:
        wire_credit = read_dateline(out, dl, first_line, seg.first_cut, ctx, registry, dl_dates)
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
    read_dates(out, table, seg, labelled, ctx, options, marked)
    if dl is not None and dl.date_text and out.dateline is not None and out.dateline.date is None:
        dateline_year(out, dl.date_text, ctx, dl_dates)   # a year-less day, read against the published date
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


def _wire_copy(table: Table, keep: list[bool], first: int, last: int, last_cut: int | None) -> bool:
    """Whether the text is a story as a wire sends it: its last paragraph ends in a sign-off
    ("... on Friday. Reuter"), or a line of the story's that is no body, or one of the few
    right after it, is one or an end mark ("Reuter", "(PAP)", "kl/mb", "-30-", "###").
    A wire sends the dateline as the slug before the story, which its archives keep apart (the
    Reuters corpus, agencies' feeds); a page that publishes the story prints it as the first
    words of the first paragraph, and the body keeps it there. Either way the dateline is also
    read into its own field."""
    if last_cut is not None:
        return True
    for i in range(first, min(last + SIGN_OFF_REACH, len(keep))):
        row = None if keep[i] else table.row(i)
        if row is not None and (row.sign_off or is_story_end(row.line.text)):
            return True
    return False


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


