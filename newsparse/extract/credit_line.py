"""One credit line the line model chose, read into the people and outlets it names.

``read_credit_line`` takes the line's credit part (its labels, dates and a desk's contact note
left out) and tries the readings of ``_LINE_STEPS`` in order, the first that applies giving the
line's credits: the alt text of the author's picture, an outlet's own writer ("From CNN's Jane
Roe"), the names after a cue or label wherever it stands, a closing contribution note, a line
that is only a name or two names joined, an author's bio, "Name, Outlet", one name or user name
among the line's parts, a name in a list, a desk, an agency in brackets. A lone "By" takes the
names on the lines under it. ``names.py`` parses the names; ``credits.py`` gathers a record's
people from the lines read here.
"""
from __future__ import annotations

import re

from ..credit_cues import credit_start, credit_text, explicit_cue
from ..date_values import DateContext
from ..dates import find_dates
from ..features import Table
from ..lazyre import lazy
from ..model import Person
from ..name_shapes import bare_name, bio_name, has_given_name, is_byline_label, opening_name, pictured_name, user_handle
from ..names import Credits, agency_credit, desk_credit, read_contribution, read_credits, without_title
from ..registry import Registry
from ..rules.cues import PICTURE_AGENCIES, SPONSOR_LABELS
from ..rules.labels import LABEL_KEYS
from ..rules.people import (DESK_ABBREVIATIONS, MENU_WORDS, NAME_JOINERS, OUTLET_ENDS, PICTURE_WORDS, TITLE_WORDS,
                            WRITER_TITLES)
from ..rules.stopwords import ALL_STOPWORDS
from .outlet import outlet_shaped

CREDIT_KEYS = {"byline": "writer", "editor": "editor", "photographer": "photographer", "translator": "translator",
               "contributor": "contributor"}
LABELLED_NAMES = 4       # lines of names (and their handles) a lone "By" announces
OUTLET_PART_WORDS = 5    # an outlet's name between a credit line's bars is this short
_PARTS = lazy(r" [-–—|·•/] ")   # between the parts of a line (spaces collapsed)
_SENTENCE_WORDS = 3      # words after a name and a separator that make a sentence, not a menu item
_HANDLE_LINE_WORDS = 8   # a user name stands on a short line with its stamp
_HANDLE_LINE = lazy(r"@\w{2,30}$")
_DIGIT = re.compile(r"\d")
_INITIALS = lazy(r"[a-zäöüß]{2,3}")   # a writer's initials in lower case, as local papers sign
# a word that joins two names, alone between them ("Jane Roe and John Doe", "Jane Roe & John Doe")
_JOINED = lazy(" (?:" + "|".join(map(re.escape, NAME_JOINERS)) + ") ")   # case-sensitive: "y", not "Y"
NAME_PARTICLES = frozenset(("of", "the", "de", "del", "della", "di", "du", "des", "la", "le", "van", "von"))


# the end of the first sentence in closing credits (after a word, not an initial: "Jane Q. Roe")
_CREDITS_SENTENCE_END = lazy(r"(?<=[^\W\d_]{3})\.\s+(?=[^\W\d_])")


def read_credit_line(table: Table, index: int, registry: Registry) -> Credits:
    """The people one credit line names."""
    lines = table.doc.lines
    line = lines[index]
    row = table.row(index)
    text = line.text
    if text.lower().startswith(SPONSOR_LABELS):
        return Credits([], [])            # "Sponsored by Kelby Leisure": a sponsor, no writer
    steps = _LINE_STEPS
    if row is not None and row.labels:
        keys = [(k, start) for k, _, start, *_ in row.labels if k in CREDIT_KEYS]
        if any(CREDIT_KEYS[k] == "writer" for k, _ in keys):
            return Credits([], [])        # read as a labelled field
        if keys:                          # "By Jane Roe | Foto: Tom Becker": the photographer is
            text = text[:keys[0][1]]      # labelled; an author with a cue stands before the label
            steps = _CUED_STEPS
    if not any(l.text for l in lines[:index]) and any(l.text for l in lines[index + 1:]):
        steps = tuple(st for st in steps if st is not _bare)   # a bare name heading the page is the site's
    if row is not None and row.role_credits and text[:1] == "(":
        m = _CREDITS_SENTENCE_END.search(text)
        if m:                             # "(Bericht von X, redigiert von Y. Bei Rückfragen ...)":
            text = text[:m.start()] + ")"  # the desk's contact after the credits names no one
    plain = credit_text(text)
    undated = without_dates(text)
    # a line without a date (most) is the same text without its dates: its credit part is read once
    text = plain if undated == text else credit_text(undated)
    if not text:
        return Credits([], [])
    dated = text != plain                 # a date was taken out: "Jane Roe, 02.02.2022"
    if is_byline_label(text):
        # "By" / "Lena Okafor" / "@lenaokafor12" / "Sam Wexley": the names follow, a line
        # each, with their social handles between them, and a joining word alone on its line
        # between the last two ("Lena Okafor" / "and" / "Sam Wexley")
        people: list[Person] = []
        seen = 0
        for nxt in lines[index + 1:]:
            if not nxt.text or people and nxt.text.strip() in NAME_JOINERS:
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
    before = _before_the_date(plain, registry) if dated and credit_start(plain) == 0 else None
    for step in steps:
        credits = step(text, registry, dated)
        if credits is not None:
            if before is None:
                return credits
            # the writers before the date; the outlets of the whole line ("..., May 3 | The Guardian")
            return Credits(before.people, before.outlets + [o for o in credits.outlets if o not in before.outlets])
    return before or Credits([], [])


def _before_the_date(text: str, registry: Registry) -> Credits | None:
    """The writers of a line that opens with its credit cue, read before the line's first date
    ("By Jane Roe April 2, 2016 8:15 AM Harbour Morning Show"): what follows the date is a
    show's, a desk's or an outlet's name, not another writer. None when no one stands before it."""
    found = find_dates(text, DateContext())
    if not found:
        return None
    credits = cued_credits(text[:found[0].start].rstrip(" ,;|·-–—"), registry, False)
    return credits if credits is not None and credits.people else None


def _pictured(text: str, registry: Registry, dated: bool) -> Credits | None:
    """The alt text of the author's picture: "Profilbild GretaHolm", "Jane Roe mugshot"."""
    name = pictured_name(text)
    return _found(read_credits(name, registry, strict=True, cued=True)) if name else None


def cued_credits(text: str, registry: Registry, dated: bool) -> Credits | None:
    """The names after the line's credit cue or label, wherever it stands: "By X", "Text: X",
    "12.03.2024 · von X"; a bio that names its author first ("Jane Roe is a reporter ...")
    wins over a byline word later in its sentence. A line that opens with its cue and names no
    one ("By the way, ...") is no one's: it is not read again as a bare name. One word or a
    desk is read after a cue further on only when nothing but a date, a separator or a
    "posted" stamp stands before it ("Posted on 3 May 2021 by jroe", not "Parlano di noi")."""
    at = credit_start(text)
    if at < 0 or at > 0 and bio_name(text):
        return None
    credits = read_credits(text[at:], registry, strict=True, cued=explicit_cue(text, at))
    return credits if at == 0 else _found(credits)


_OUTLETS_OWN = lazy(r"(?i:from |by )?(?P<outlet>[^'’\s][^'’]{1,40})['’]s (?P<names>\S.*)$")


def _outlets_own(text: str, registry: Registry, dated: bool) -> Credits | None:
    """A credit that names the outlet its writers belong to: "From CNN's Jane Roe", "By NPR's
    Jane Roe and Tom Becker", "Harbour Post's Jane Roe" (a known outlet before the "'s")."""
    m = _OUTLETS_OWN.match(text)
    if m is None:
        return None
    outlet = registry.lookup(m["outlet"], exact=True)
    if outlet is None:
        return None
    credits = read_credits(m["names"], registry, strict=True, cued=True)
    return Credits(credits.people, [outlet.name] + credits.outlets) if credits.people else None


def _contribution(text: str, registry: Registry, dated: bool) -> Credits | None:
    """A closing note that credits reporters ("X contributed to this report.")."""
    return _found(read_contribution(text, registry))


def _bare(text: str, registry: Registry, dated: bool) -> Credits | None:
    """A line that is only a name: "Tomas Verhoek", "- Mirela Dunst"; two names joined by a word
    that joins names ("Tomas Verhoek and Mirela Dunst", "Tomás Vera y Lucía Duarte"), each of two
    words or more and one with a known given name ("Marks and Spencer", "Simon & Garfunkel"
    name no one; "José Ortega y Gasset" is one name); or a name and a writer's title ("Tomas
    Verhoek Staff Writer", with a known given name)."""
    spaced = " ".join(text.split())
    if _menu(text):
        return None
    names = _joined_names(spaced)
    if names:
        return Credits([Person(n, "writer") for n in names], [])
    name = bare_name(text)
    if name and not _labelled_value(name):
        return _writer(name)
    named = without_title(spaced, registry)      # "Jane Roe Staff Writer": a name, then her title
    if named != spaced and _writer_title(spaced[len(named):]):
        name = bare_name(named)
        return _writer(name) if name and has_given_name(name) else None
    return None


def _labelled_value(name: str) -> bool:
    """Whether a name-shaped line is a label and its value without the colon, as a page's table
    prints them ("Ort Harbourtown", "Stand Mai", "Datum Kelby"): its first word is a label of
    ``rules.labels`` and no known given name."""
    first = name.split(None, 1)[0]
    return first.casefold() in LABEL_KEYS and not has_given_name(first)


MENU_ITEMS = 3    # a menu lists this many items or more


_GAPS = re.compile(r"\s{2,}|\t")   # what sets a menu's items apart on its line: a wide gap, a tab


def _menu(text: str) -> bool:
    """Whether a line with no cue is a site's menu, not a name: its words are items set apart
    by wide gaps ("Notizie  Ricette  Vini"), or a section the menu lists ("Noticias Deportes
    Cultura", ``MENU_WORDS``), with no known given name among them."""
    words = text.split()
    if has_given_name(" ".join(words)):
        return False
    items = [w for w in _GAPS.split(text.strip()) if w]
    return (len(items) >= MENU_ITEMS and all(len(w.split()) == 1 for w in items)
            or any(w.lower() in MENU_WORDS for w in words))


def _joined_names(text: str) -> list[str] | None:
    """Two names or more joined by a word that joins names, and the others by commas ("Tomas
    Verhoek and Mirela Dunst", "Ana Ruiz, Tomas Verhoek and Mirela Dunst"), each of two words
    or more, and all but one with a known given name (one suffices for two): "Marks and
    Spencer", "Simon & Garfunkel" and "Harbour, Bay and Hill Streets" name no one."""
    joined = _JOINED.split(text.strip(" \t-–—•·|"))
    if len(joined) != 2:
        return None
    parts = [p.strip() for p in joined[0].rstrip(",").split(",")] + [joined[1]]
    names = [bare_name(p) for p in parts]
    if not all(n and len(n.split()) >= 2 for n in names):
        return None
    known = sum(map(has_given_name, names))
    return names if known >= max(1, len(names) - 1) else None


def _bio(text: str, registry: Registry, dated: bool) -> Credits | None:
    """An author box's bio that opens with the name: "Jane Roe is a reporter at ..."."""
    return _writer(bio_name(text))


def _line_parts(text: str) -> list[str]:
    """The parts of a credit line between its separators (``_PARTS``), spaces collapsed."""
    return [p.strip(" ,|") for p in _PARTS.split(" ".join(text.split()).strip(" |"))]


def _name_outlet(text: str, registry: Registry, dated: bool) -> Credits | None:
    """A person's name and the outlet beside it, set off by a bar, a slash or a dot: "Jane Roe |
    Harbour Post", "Jane Roe / The Guardian" (a known outlet, or two to five capitalised words
    the last an outlet's noun; "Harbour | Sports" names no one)."""
    parts = _line_parts(text)
    if len(parts) != 2:
        return None
    name = bare_name(parts[0])
    if not name or not has_given_name(name):
        return None
    outlet = registry.lookup(parts[1], exact=True)
    if outlet is not None:
        return Credits([Person(name, "writer")], [outlet.name])
    words = parts[1].split()
    if outlet_shaped(words, OUTLET_PART_WORDS, NAME_PARTICLES) and not any(c.isdigit() for c in parts[1]):
        return Credits([Person(name, "writer")], [parts[1]])
    return None


def _among(text: str, registry: Registry, dated: bool) -> Credits | None:
    """The one name among the parts of a line: "23.06.2016 - Jane Roe - 9 comments"; names
    joined before their writers' title: "Jane Roe and John Doe | Staff Writers"."""
    parts = _PARTS.split(" ".join(text.split()).strip(" |"))
    if len(parts) == 2 and _writer_title(parts[1].strip(" ,|")):
        names = _joined_names(parts[0].strip(" ,|"))
        if names:
            return Credits([Person(n, "writer") for n in names], [])
    return _writer(_name_among(text, registry, dated))


def _listed(text: str, registry: Registry, dated: bool) -> Credits | None:
    """A name and an outlet joined by a comma: "Luis Romero, Houston News Now"; a list of
    several names without a cue may be places or topics, and is not read."""
    if "," not in text:
        return None
    credits = read_credits(text, registry, strict=True)
    return credits if len(credits.people) == 1 else None


def _desk_line(text: str, registry: Registry, dated: bool) -> Credits | None:
    """A desk credited without a cue: "Harbour Post Staff Report"."""
    return _found(desk_credit(text, registry))


def _agency(text: str, registry: Registry, dated: bool) -> Credits | None:
    """An outlet and an agency in brackets at the end of a line: "(HP mit dpa)"."""
    return _found(agency_credit(text, registry))


def _found(credits: Credits) -> Credits | None:
    return credits if credits.people else None


def _writer(name: str | None) -> Credits | None:
    return Credits([Person(name, "writer")], []) if name else None


# how a chosen credit line is read, first hit wins; a line that opens with its credit cue is
# read by the cue only ("By the way, ..." names no one, it is no bare name)
_LINE_STEPS = (_pictured, _outlets_own, cued_credits, _contribution, _bare, _bio, _name_outlet, _among, _listed, _desk_line,
               _agency)


_CUED_STEPS = (_pictured, cued_credits)


_QUOTES = "\"'“”„«»‘’‚‹›「『"


def _name_among(text: str, registry: Registry, dated: bool) -> str | None:
    """The one person's name among the parts of a dated line ("23.06.2016 - Jane Roe - 9
    comments", "Jane Roe, 02.02.2022"), the date already taken out, else the one user name
    there, as forums and blogs print it ("12 Mai, 2009 | DeR_SeGLeR | Kommentare 17", "hafenkater
    14.07.18"), else the writer's initials alone beside the date ("jr 3. März 2024"; not a
    word, a desk's abbreviation, "red 3. März 2024", or an agency); on a line without a date,
    a name (no outlet's) before a separator and words of a sentence ("Jane Roe • This post
    first appeared on Harbour Notes"), not before the items of a menu ("Harbour | Sports |
    Culture", "Harbour Life - Part 4"), nor in quotation marks (a title); and a name before a
    writer's title ("Jane Roe | Staff Writer")."""
    parts = _line_parts(text)
    if len(parts) == 2 and _writer_title(parts[1]):
        name = bare_name(parts[0])        # "Jane Roe | Staff Writer", not "Harbour Life | Reporter"
        return name if name and has_given_name(name) else None
    if not dated:
        if len(parts) == 2 and _place_shaped(parts[1]):
            name = bare_name(parts[0])    # "Lucía Fernández | Sevilla": the writer and where she writes from
            if name and has_given_name(name) and registry.lookup(parts[1], exact=True) is None:
                return name
        if len(parts) != 2 or len(parts[1].split()) < _SENTENCE_WORDS or parts[0][:1] in _QUOTES:
            return None                   # a title in quotation marks ('"Harbour Lights" - Speech by ...')
        name = opening_name(parts[0])     # not "HARBOUR CITY - ...", "The Harbour Council - ..."
        return name if name and registry.lookup(name, exact=True) is None else None
    names = [n for n in map(bare_name, parts) if n]
    if names:
        return names[0] if len(names) == 1 else None
    if len(text.split(None, _HANDLE_LINE_WORDS)) > _HANDLE_LINE_WORDS:
        return None                       # a sentence, not a user name and its stamp
    handles = [h for h in map(user_handle, parts) if h and registry.lookup(h, exact=True) is None]
    if handles:
        return handles[0] if len(handles) == 1 else None
    words = [p for p in parts if p]
    if len(words) == 1 and _INITIALS.fullmatch(words[0]) and words[0] not in ALL_STOPWORDS \
            and words[0] not in DESK_ABBREVIATIONS and registry.lookup(words[0], exact=True) is None:
        return words[0]                   # "jr 3. März 2024": the writer's initials beside the date
    return None


PLACE_WORDS = 3          # a place beside a writer's name on her credit line holds at most so many words


def _place_shaped(part: str) -> bool:
    """Whether ``part`` reads as a place's name: one to ``PLACE_WORDS`` capitalised words (or
    particles: "Alcalá de Henares"), no digit, no section's word of a menu ("Sport"), no word of
    a picture's credit or an outlet's noun ("Getty Images", "Harbour Ledger")."""
    words = part.split()
    return (0 < len(words) <= PLACE_WORDS and not any(c.isdigit() for c in part)
            and all(w[:1].isupper() or w in NAME_PARTICLES for w in words) and words[0][:1].isupper()
            and not any(w.lower() in _NOT_PLACE_WORDS for w in words))


# words no place's name holds: a menu's sections, a picture's credit, an outlet's noun, and the
# first words of the picture agencies ("Getty" of "Getty Images": a credit's text keeps it alone)
_NOT_PLACE_WORDS = MENU_WORDS | PICTURE_WORDS | OUTLET_ENDS | frozenset(a.split()[0] for a in PICTURE_AGENCIES)


def _writer_title(part: str) -> bool:
    """Whether ``part`` is a writer's staff title alone: "Reporter", "Senior Correspondent",
    "Staff Writers", or a beat's title ("Business Reporter", "Political Correspondent": at
    most two capitalised words before the title)."""
    words = part.split()
    if not words or len(words) > _TITLE_MOST:
        return False
    last = words[-1].lower()
    if last not in WRITER_TITLES and not (last[-1:] == "s" and last[:-1] in WRITER_TITLES):
        return False
    return all(w.lower() in TITLE_WORDS or w[:1].isupper() and w.isalpha() for w in words[:-1])


_TITLE_MOST = 3          # words of a staff title: "Senior Business Reporter"


_DATE_MARK = " | "


DATE_PASSES = 3       # a date glued to a copy of itself is read once its copy is out


def without_dates(text: str) -> str:
    """``text`` with its date expressions taken out, each left as a separator (" | "): a
    credit stops there ("by jroe on December 4, 2006" -> "by jroe on  | "). A page that prints
    a date twice, glued ("3. Mai 20213. Mai 2021 Jane Roe"), shows the second copy only when
    the first is out: the text is read again, at most ``DATE_PASSES`` times."""
    for _ in range(DATE_PASSES):
        found = find_dates(text, DateContext()) if _DIGIT.search(text) else []
        if not found:
            break
        for d in reversed(found):
            text = text[:d.start] + _DATE_MARK + text[d.end:]
    return text
