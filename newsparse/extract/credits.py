"""Authors, editors and other contributors: from labelled credit fields, from the reporters a
dateline names, and from the credit lines the line model picked.

The model chooses the lines; this module reads the names on them (``people.py`` parses the
names): a line that opens with a credit cue ("By X", "Reporting by X; Editing by Y", "作者：
X"), a lone "By" with the names on the lines after it, a closing "X contributed to this
report", a line that is only a name, "Name, Outlet", or a dated line with one name or one user
name on it ("Jane Roe, 02.02.2022", "23.06.2016 | macbacchi | 9 comments").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..dates import DateContext, find_dates
from ..features import Table
from ..model import Evidence, Field, Person
from ..rules.people import AUTHOR_ROLES, EDITOR_ROLES
from ..names import (Credits, bare_name, credit_text, has_credit_cue, is_byline_label, read_contribution,
                     read_credits, user_handle)
from ..registry import Registry

CREDIT_KEYS = {"byline": "writer", "editor": "editor", "photographer": "photographer", "translator": "translator"}
LABELLED_NAMES = 4       # lines of names (and their handles) a lone "By" announces
_PARTS = re.compile(r"\s+[-–—|·•]\s+")
_HANDLE_LINE = re.compile(r"@\w{2,30}$")
_DIGIT = re.compile(r"\d")


@dataclass(slots=True)
class People:
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    contributors: list[Person] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)        # outlet and agency names on credit lines
    evidence: dict[str, Evidence] = field(default_factory=dict)


def read_people(table: Table, credit_lines: tuple[int, ...], labelled: list[Field], registry: Registry,
                wire_credit: Evidence | None = None) -> People:
    """People from labelled credit fields, the dateline's reporters and the model's credit lines
    (read only when the fields named no author)."""
    out = People()
    people: list[Person] = []
    for f in labelled:
        role = CREDIT_KEYS.get(f.key)
        if role is None:
            continue
        credits = read_credits(without_dates(f.value), registry, role, cued=True)
        people += credits.people
        out.outlets += credits.outlets
        if credits.people:
            out.evidence.setdefault("authors" if f.key == "byline" else f.key + "s",
                                    Evidence(f.value, f.start, f.end))
    if wire_credit is not None and not _has_author(people):
        credits = read_credits(wire_credit.raw, registry)
        people += credits.people
        if credits.people:
            out.evidence.setdefault("authors", wire_credit)
    if not _has_author(people):
        for index in credit_lines:
            line = table.doc.lines[index]
            credits = _credit_line(table, index, registry)
            if not credits.people:
                continue
            people += credits.people
            out.outlets += credits.outlets
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
    return out


def _has_author(people: list[Person]) -> bool:
    return any(p.role in AUTHOR_ROLES for p in people)


def _credit_line(table: Table, index: int, registry: Registry) -> Credits:
    """The people one credit line names."""
    lines = table.doc.lines
    line = lines[index]
    row = table.row(index)
    text = credit_text(without_dates(line.text))
    if not text:
        return Credits([], [])
    if row is not None and row.labels and any(k in CREDIT_KEYS for k, *_ in row.labels):
        return Credits([], [])            # read as a labelled field
    if is_byline_label(text):
        # "By" / "April Roach" / "@aprilroach28" / "Daniel O'Mahony": the names follow, a line
        # each, with their social handles between them
        people: list[Person] = []
        seen = 0
        for nxt in lines[index + 1:]:
            if not nxt.text:
                continue
            seen += 1
            if seen > LABELLED_NAMES:
                break
            if _HANDLE_LINE.match(nxt.text):
                continue
            credits = read_credits(credit_text(without_dates(nxt.text)), registry, strict=True)
            if not credits.people:
                break
            people += credits.people
        return Credits(people, [])
    if has_credit_cue(text):
        return read_credits(text, registry, strict=True)
    contribution = read_contribution(text, registry)       # "X contributed to this report."
    if contribution.people:
        return contribution
    name = bare_name(text)
    if name:
        return Credits([Person(name, "writer")], [])
    if line.digits and text != credit_text(line.text):    # a date was taken out: "Jane Roe, 02.02.2022"
        name = _name_among(text, registry)
        if name:
            return Credits([Person(name, "writer")], [])
    if "," in text:                                        # "Luis Romero, Houston News Now"
        credits = read_credits(text, registry, strict=True)
        if len(credits.people) == 1:
            return credits
    return Credits([], [])


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


_DATE_MARK = " | "


def without_dates(text: str) -> str:
    """``text`` with its date expressions taken out, each left as a separator (" | "): a
    credit stops there ("by jroe on December 4, 2006" -> "by jroe on  | ")."""
    found = find_dates(text, DateContext()) if _DIGIT.search(text) else []
    for d in reversed(found):
        text = text[:d.start] + _DATE_MARK + text[d.end:]
    return text
