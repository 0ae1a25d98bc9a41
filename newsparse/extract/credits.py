"""Authors, editors and other contributors: from labelled credit fields, from the reporters a
dateline names, and from the credit lines the line model picked.

The model chooses the lines; this module reads the names on them (``names.py`` parses the
names): a line with a credit cue or label wherever it stands ("By X", "Reporting by X; Editing
by Y", "作者：X", "Text: X", "12.03.2024 · von X"), the alt text of the author's picture
("Profilbild X"), a lone "By" with the names on the lines after it, a closing "X contributed to
this report", a line that is only a name or a user name, or two names joined ("X and Y"), an
author's bio ("X is a reporter at ..."), a line with one name or one user name among its parts
("Jane Roe, 02.02.2022", "14.07.2018 | hafenkater | 9 comments", "Jane Roe • This post first
appeared on ...", "Jane Roe | Staff Writer"), "Name, Outlet", and a desk or an agency credited
without a cue ("Harbour Post Staff Report", "(HP mit dpa)"). ``credit_line.py`` reads one
chosen line (its ``_LINE_STEPS`` hold the order); this module gathers the record's people from
those lines and the labelled fields, and reads the outlets they name and the credits the model
does not choose (a reporter's closing note, a bio, a desk under the headline).
"""
from __future__ import annotations

from ..credit_cues import credit_text
from ..features import Table
from ..lazyre import lazy
from ..lines import Line
from ..model import Evidence, Field, Person
from ..name_shapes import bio_name
from ..names import Credits, bracketed_reporter, desk_credit, read_credits
from ..registry import Outlet, Registry
from ..rules.cues import CHROME_WORDS
from ..rules.people import AUTHOR_ROLES, BRACKETED_AGENCIES, DESK_WORDS, EDITOR_ROLES, PICTURE_ROLES, STAFF_TITLES
from ..slotted import factory, mutable
from .credit_line import (CREDIT_KEYS, NAME_PARTICLES, OUTLET_PART_WORDS, cued_credits, read_credit_line,
                          without_dates)
from .outlet import outlet_shaped


@mutable
class People:
    authors: list[str] = factory(list)
    editors: list[str] = factory(list)
    contributors: list[Person] = factory(list)
    outlets: list[str] = factory(list)        # outlet and agency names on credit lines
    pictured: list[str] = factory(list)       # those a picture's credit names ("Foto: Karl Moser/dpa")
    evidence: dict[str, Evidence] = factory(dict)


def read_credit_lines(table: Table, credit_lines: tuple[int, ...], registry: Registry) -> dict[int, Credits]:
    """What each of the model's credit lines names (people, outlets), by line index."""
    return {index: read_credit_line(table, index, registry) for index in credit_lines}


def credited_outlet(table: Table, credited: dict[int, Credits], registry: Registry) -> tuple[Outlet, Evidence] | None:
    """The publication a credit line names beside its people ("By Jane Roe | Harbour Post |
    Updated ...", "By Jane Roe, Harbour Post"), with where it is printed: the first such line's
    first registered outlet that is not an agency (an agency credits the story, not the page)."""
    for index, credits in credited.items():
        if not credits.people:
            continue
        for name in credits.outlets:
            o = registry.lookup(name)
            if o is None or o.is_agency:
                continue
            line = table.doc.lines[index]
            base = line.start + line.indent
            at = line.text.lower().find(o.name.lower())
            printed = line.text[at:at + len(o.name)] if at >= 0 else ""
            if printed.lower() == o.name.lower():     # found as printed (lower() kept the lengths)
                return o, Evidence(printed, base + at, base + at + len(o.name))
            return o, Evidence(line.text, base, line.end)
    for index, credits in credited.items():
        hit = _outlet_under(table, index, registry) if credits.people else None
        if hit is not None:
            return hit
    return None


OUTLET_UNDER_WORDS = 6   # the line under a writer's name that names her outlet ("BBC News, Kestrel Point") is this short


def _outlet_under(table: Table, index: int, registry: Registry) -> tuple[Outlet, Evidence] | None:
    """The registered outlet that the line right under a credit line names alone, or before a
    comma and the place its writer files from ("Jane Roe" over "BBC News, Kestrel Point", "By
    Jane Roe" over "Harbour Post |"), not an agency nor a label ("Bild:"); else None."""
    lines = table.doc.lines
    if index + 1 >= len(lines):
        return None
    line = lines[index + 1]
    if not line.text or line.words > OUTLET_UNDER_WORDS:
        return None
    name = line.text.split(",", 1)[0].strip(" |·•-–—")
    if ":" in name or "：" in name:
        return None                       # a label ("Bild:", a picture's credit), not an outlet
    o = registry.lookup(name, exact=True)
    if o is None or o.is_agency:
        return None
    at = line.start + line.indent + line.text.find(name)   # after a mark the strip left out ("— BBC News")
    return o, Evidence(name, at, at + len(name))


_BARRED = lazy(r"[^|·•]+")          # the parts of a credit line between its bars


def credited_unknown_outlet(table: Table, credited: dict[int, Credits],
                            section: str | None) -> tuple[str, Evidence] | None:
    """A publication the registry does not know, named beside a credit line's people in a part
    of its own between bars ("By Ellie Shaw | Coastline Times | Updated ..."), kept as printed:
    two to five capitalised words, the last an outlet's noun ("Times", "Gazette", "Zeitung"),
    neither a person's name the line credits nor the page's section."""
    for index, credits in credited.items():
        if not credits.people:
            continue
        line = table.doc.lines[index]
        names = {p.name.casefold() for p in credits.people}
        for m in list(_BARRED.finditer(line.text))[1:]:   # the first part holds the cue and names
            name = m.group().strip()
            words = name.split()
            if (outlet_shaped(words, OUTLET_PART_WORDS, NAME_PARTICLES) and not any(c.isdigit() for c in name) and not any(w.lower() in CHROME_WORDS for w in words)
                    and name.casefold() not in names and name.casefold() != (section or "").casefold()):
                start = line.start + line.indent + m.start() + m.group().find(name)
                return name, Evidence(name, start, start + len(name))
    return None


def read_people(table: Table, credit_lines: tuple[int, ...], labelled: list[Field], registry: Registry,
                wire_credit: Evidence | None = None, credited: dict[int, Credits] | None = None,
                closing: tuple[int, ...] = ()) -> People:
    """People from labelled credit fields, the dateline's reporters and the credit lines (read
    only when the fields named no author, but for the lines of ``closing``, a wire story's
    closing credits, which name its editors too: "(Reporting by X; Editing by Y)"; ``credited``
    holds those already read)."""
    out = People()
    people: list[Person] = []
    for f in labelled:
        role = CREDIT_KEYS.get(f.key)
        if role is None:
            continue
        credits = read_credits(without_dates(f.value), registry, role, cued=True)
        people += credits.people
        _outlets(out, credits)
        if credits.people:
            out.evidence.setdefault("authors" if f.key == "byline" else f.key + "s",
                                    Evidence(f.value, f.start, f.end))
    if wire_credit is not None and not _has_author(people):
        credits = read_credits(wire_credit.raw, registry)
        people += credits.people
        if credits.people:
            out.evidence.setdefault("authors", wire_credit)
    authored = _has_author(people)
    for index in credit_lines:
        if authored and index not in closing:
            continue                      # closing credits name the editors too: read them still
        line = table.doc.lines[index]
        credits = (credited or {}).get(index) or read_credit_line(table, index, registry)
        if not credits.people:
            continue
        people += credits.people
        _outlets(out, credits)
        key = "authors" if _has_author(credits.people) else "editors"
        out.evidence.setdefault(key, Evidence(line.text, line.start + line.indent, line.end))
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
    persons = [a for a in out.authors if not _desk(a)]
    if persons and len(persons) < len(out.authors):
        out.authors = persons             # "Harbor Bureau | Published ..." over "By Jane Roe": the desk files, she writes
    return out


def date_line_credit(table: Table, index: int, registry: Registry) -> tuple[int, Credits] | None:
    """The credit printed on the chosen date line ``index`` when the credit lines named no
    author ("Posted on January 9, 2024 by jroe"): read only after its cue, as a cued credit;
    its line and credit. The publication named after the cue ("von Harbour Zeitung") is no
    author."""
    text = credit_text(without_dates(table.doc.lines[index].text))
    credits = cued_credits(text, registry, True) if text else None
    if credits is None or not credits.people or any(
            outlet_shaped(p.name.split(), OUTLET_PART_WORDS, NAME_PARTICLES) for p in credits.people):
        return None
    return index, credits


DESK_LINE_WORDS = 4    # a desk credited on a line of its own under the headline: this short


def header_desk(table: Table, title: tuple[int, int], below: int,
                registry: Registry) -> tuple[int, Credits] | None:
    """A desk credited without a cue on a line of its own between the headline (``title``: its
    line range) and ``below`` (the body's first line, or the chosen date line under it), when
    the credit lines named no author ("La rédaction", "Redacción", "Harbour Post Staff
    Report" over the date line): its line and credit."""
    for index in range(title[1], below):
        row = table.row(index)
        if row is None or row.words > DESK_LINE_WORDS or row.line.digits:
            continue
        credits = desk_credit(row.line.text, registry)
        if credits.people:
            return index, credits
    return None


def _outlets(out: People, credits: Credits) -> None:
    """Keep the outlets a credit names: a picture's credit ("Foto: Karl Moser/dpa") names the
    agency of the picture, not of the story."""
    if credits.people and all(p.role in PICTURE_ROLES for p in credits.people):
        out.pictured += credits.outlets
    else:
        out.outlets += credits.outlets


BIO_LINES = 2            # the article's last paragraphs, and the lines after it, where its writer's bio stands
BIO_TITLE_REACH = 12     # words of a bio's sentence its writer's title stands within


def closing_bio(lines: list[Line], first: int, last: int) -> tuple[str, Evidence] | None:
    """The writer a bio at the article's end names, when nothing else named one: "Jane Roe is
    an environment reporter for the Harbour Post.", among the body's last ``BIO_LINES`` lines
    and the ``BIO_LINES`` after it; the bio's sentence gives a journalist's title ("a farmer
    who ..." is a quoted person's)."""
    body = [l for l in lines[first:last] if l.text][-BIO_LINES:]
    after = [l for l in lines[last:] if l.text][:BIO_LINES]
    for line in body + after:
        name = bio_name(line.text)
        if name and any(w.strip(".,;:").lower() in STAFF_TITLES
                        for w in line.text.split(None, BIO_TITLE_REACH)[2:BIO_TITLE_REACH]):
            return name, Evidence(line.text, line.start + line.indent, line.end)
    return None


def closing_reporter(lines: list[Line], last: int, last_cut: int | None,
                     registry: Registry) -> tuple[str, Evidence] | None:
    """The reporter a Japanese article names after its last paragraph, in full-width brackets:
    "（山田太郎）" on the line after the body, or after its last sentence ("…と述べた。（山田太郎）",
    ``last_cut`` characters of the body's last line being body). An agency's name ("（共同）")
    is a sign-off, not a person."""
    if last_cut is not None and last > 0:
        line = lines[last - 1]
        raw = line.raw[last_cut:]
        tail = raw.strip(" \u3000\r\n")
        start = line.start + last_cut + raw.index(tail) if tail else 0
    else:
        line = next((l for l in lines[last:] if l.text), None)
        if line is None:
            return None
        tail, start = line.text, line.start + line.indent
    name = bracketed_reporter(tail)
    if name is None or registry.lookup(name) is not None or name in BRACKETED_AGENCIES:
        return None
    return name, Evidence(tail, start, start + len(tail))


def _desk(name: str) -> bool:
    """Whether a credited name is a desk's ("Harbor Bureau", "Redaktion", "Staff Report")."""
    return any(w in DESK_WORDS for w in name.lower().split())


def _has_author(people: list[Person]) -> bool:
    return any(p.role in AUTHOR_ROLES for p in people)


# Each reading of a chosen credit line gives the line's credits, or None when it does not
# apply and the next is tried; ``dated``: a date was taken out of the line.


