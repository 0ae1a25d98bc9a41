"""The publishing outlet of a page: a labelled ``Source:``, else a copyright line, else the
site's own name at the top of the page; the agency of a wire story's sign-off ("Reuter",
"-- AP") when nothing else names one.

Names are looked up in the outlet registry (``sources.py``), which gives the canonical name,
whether the outlet is an agency, and its country and home zone (read by the date reader).
"""
from __future__ import annotations

import re

from ..dates import is_weekday
from ..lazyre import lazy
from ..lines import Line
from ..model import Evidence, Field
from ..name_shapes import bare_name, has_given_name
from ..registry import Outlet, Registry, tidy_name
from ..rules.cues import CHROME_WORDS, is_caption
from ..rules.labels import REPRODUCTION_RESERVED, RIGHTS_RESERVED
from ..rules.notes import NOTE_ARTICLES, NOTE_NAME_ENDS, NOTE_WORDS, REPRINT_NOTES
from ..rules.people import OUTLET_ENDS, OUTLET_WORDS

MASTHEAD_LINES = 15       # the first non-blank lines of a page, where its own name stands
CAPTION_WORDS = 5         # words before a copyright mark of the page's own notice; more: a picture's caption
SIGN_OFF_REACH = 6        # lines after the body where a wire sign-off stands
NOT_PUBLISHERS = ("creative commons", "licen", "lizenz", "theme", "powered", "wordpress", "photo", "foto",
                  "bild", "image", "riproduzione")   # copyright holders that are not a publication
COPYRIGHT = lazy(r"(?:©|\(c\)|copyright)\s*(?:(?:©|\(c\)|copyright)\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4})?\s*,?\s*)?"
                 r"(?P<name>[^\d|•·,.;]{2,60})", re.I)
_MARK = lazy(r"©|\(c\)|copyright", re.I)
# "All rights reserved" and its kin beside a copyright holder's name (the labels' tables)
_RIGHTS_NOTICES = RIGHTS_RESERVED + REPRODUCTION_RESERVED
_RIGHTS = lazy(r"(?i)" + "|".join(re.escape(p) for p in sorted(_RIGHTS_NOTICES, key=len, reverse=True)))
_RIGHTS_TAIL = lazy(r"(?i)(?<!\s)\s*(?:" + "|".join(re.escape(p) for p in _RIGHTS_NOTICES) + r").*$")
_BESIDE = " \t-–—|·•:,."          # what stands between a holder's name and its notice
_YEARS = " \t0123456789,.-–—"     # what may follow a mark after the holder's name: its years
# a copyright holder that is a company rather than a publication
COMPANY = lazy(r"(?i)\b(?:inc|llc|ltd|limited|gmbh|ag|co|corp|corporation|company|group|holdings?|"
               r"media|verlag|s\.?a|plc|network|networks|services|association|university|institute|institut|"
               r"instituto|istituto)\b\.?")
SIGNOFF = lazy(r"^\(?\s*(?:-{1,2}\s*)?(?P<name>[A-Z][A-Za-z]{1,20}(?: [A-Z][A-Za-z]+)?)\s*\.{0,3}\)?\.?$")
_ITEM = lazy(r"[|•·/.!?]")   # a sentence's end, a separator of a footer's items ("Impressum | © 2024 Harbour Post")
_GLUED = lazy(r"[a-zäöüß][A-ZÄÖÜ]")


def read_source(lines: list[Line], first: int, last: int, labelled: list[Field], registry: Registry,
                marked: bool = False) -> tuple[str | None, Outlet | None, Evidence | None, list[str]]:
    """The source's name, its registry entry, its evidence and the agencies found on the way.
    ``first`` and ``last`` bound the body's lines ([first, last)).

    In an archive record (``marked``) the vendor's publication field wins and is kept as
    printed: it names the product exactly ("Guardian.com" is not the print "Guardian"), and
    it is the same across an export. The registry still gives its zone and agency status."""
    agencies: list[str] = []
    f = next((f for f in labelled if f.key == "source"), None)
    if marked and f is not None:
        o = registry.lookup(f.value)
        if o is not None and o.is_agency:
            agencies.append(o.name)
        return tidy_name(f.value), o, Evidence(f.value, f.start, f.end), agencies
    candidates: list[tuple[str, int, int]] = []
    pictured: list[tuple[str, int, int]] = []    # the copyright marks of pictures' captions
    if f is not None:
        candidates.append((f.value, f.start, f.end))
    for line in lines[last:] + lines[:first]:
        lower = line.text.lower()
        if not ("©" in lower or "(c)" in lower or "copyright" in lower
                or any(map(lower.__contains__, _RIGHTS_NOTICES))):
            continue                      # the cheap test first: most lines hold no copyright
        held = _holder(line.text)
        if held:
            name, at, caption = held
            base = line.start + line.indent + at
            spans = [(name, base, base + len(name))]
            short = _without_company(name)
            if short:
                spans.append((short, base, base + len(short)))
            candidates += spans
            if caption:
                pictured += spans          # "The pier at dawn © Jane Roe | dpa": a picture's credit
    candidates += _masthead(lines[:first], registry)   # after the copyright lines: a menu has outlet names
    hits = [(o, name, s, e) for name, s, e in candidates for o in [registry.lookup(name)] if o is not None]
    for o, *_ in hits:
        if o.is_agency and o.name not in agencies:
            agencies.append(o.name)
    chosen = next((h for h in hits if not h[0].is_agency), None)
    if chosen is not None:
        o, name, s, e = chosen
        return o.name, o, Evidence(name, s, e), agencies
    # the page's own publisher, unregistered, before an agency whose copy it carries: an
    # agency is the source only of its own wire story, when nothing names another publisher
    if f is not None and not _is_agency(f.value, registry):
        return tidy_name(f.value), None, Evidence(f.value, f.start, f.end), agencies
    candidates = [c for c in candidates if c not in pictured]   # a picture's credit names no publisher
    for name, s, e in candidates:
        if registry.lookup(name) is None and not COMPANY.search(name) and len(name.split()) <= 5 \
                and _publisher_like(name):
            return tidy_name(name), None, Evidence(name, s, e), agencies
    hit = next((h for h in hits if h[1:] in candidates), None)
    if hit is not None:
        o, name, s, e = hit
        return o.name, o, Evidence(name, s, e), agencies
    return None, None, None, agencies


def copyright_person(lines: list[Line], last: int, registry: Registry) -> tuple[str, Evidence] | None:
    """The person a copyright line under the article names as its holder ("© 2024 Jane Roe",
    a blog's notice): among the first ``COPYRIGHT_REACH`` lines after the body, a holder that is
    one person's full name with a known given name, no outlet, and not a picture's caption.
    A page that names no writer otherwise is that person's."""
    seen = 0
    for line in lines[last:]:
        if not line.text:
            continue
        seen += 1
        if seen > COPYRIGHT_REACH:
            break
        if _MARK.search(line.text) is None:
            continue
        held = _holder(line.text)
        if held is None or held[2]:
            continue
        name, at, _ = held
        person = bare_name(name)
        if person is not None and " " in person and has_given_name(person) and registry.lookup(person) is None:
            start = line.start + line.indent + at
            return person, Evidence(name, start, start + len(name))
    return None


COPYRIGHT_REACH = 8       # lines after the body where a writer's own copyright notice stands


def _holder(text: str) -> tuple[str, int, bool] | None:
    """The copyright holder a line names, its offset in the line, and whether the notice ends a
    picture's caption. The holder stands after the mark ("© 2024 Harbour Post. All rights
    reserved."), after the mark's notice ("© Riproduzione riservata - Gazzetta di Valleverde"),
    before a mark with only its years after it ("Diario Sur de Bahía © 2024"), or, with no
    mark, beside "All rights reserved" and its kin, a dash or a bar between ("Tous droits
    réservés - La Gazette de l'Estuaire", "Il Faro di Marina - Tutti i diritti riservati").
    A name before the notice is short and no person's: a caption's or a writer's notice names
    no publisher."""
    m = COPYRIGHT.search(text)
    if m:
        i, j = _trimmed(text, m.start("name"), m.end("name"), " \t")
        head = _RIGHTS.match(text, i, j)
        if head:                            # the notice first, the holder after it
            i, j = _trimmed(text, head.end(), j, _BESIDE)
        else:
            j = i + len(_RIGHTS_TAIL.sub("", text[i:j]).rstrip())
        if any(c.isalpha() for c in text[i:j]):
            caption = _caption_lead(text, m.start()) > CAPTION_WORDS or _photographer_after(text[m.end("name"):])
            return text[i:j], i, caption
    mark = _MARK.search(text)
    if mark:                                # the holder before the mark, only its years after it
        if _RIGHTS_TAIL.sub("", text[mark.end():]).strip(_YEARS):
            return None
        i = max(text.rfind(c, 0, mark.start()) for c in "|•·") + 1
        i, j = _trimmed(text, i, mark.start(), _BESIDE)
    else:
        r = _RIGHTS.search(text)
        if r is None:
            return None
        before, after = _trimmed(text, 0, r.start(), _BESIDE), _trimmed(text, r.end(), len(text), _BESIDE)
        if any(c.isdigit() for c in text[after[0]:after[1]]):
            after = (after[1], after[1])    # a company's number after the notice ("- P.IVA 01234567890")
        if (before[0] < before[1]) == (after[0] < after[1]):
            return None                     # a holder on both sides, or on none
        i, j = before if before[0] < before[1] else after
        if text[j:r.start()].strip() == "" and text[r.end():i].strip() == "":
            return None                     # nothing between the name and the notice: a sentence
    name = text[i:j]
    words = name.split()
    if (not 0 < len(words) <= CAPTION_WORDS or any(c.isdigit() or c in "|•·;" for c in name) or ". " in name
            or any(w.lower().strip(".,:") in CHROME_WORDS for w in words)
            or bare_name(name) is not None and has_given_name(name)):
        return None
    return name, i, False


def _trimmed(text: str, i: int, j: int, chars: str) -> tuple[int, int]:
    """The bounds of ``text[i:j]`` without the ``chars`` at either end."""
    while i < j and text[i] in chars:
        i += 1
    while j > i and text[j - 1] in chars:
        j -= 1
    return i, j


def _without_company(name: str) -> str | None:
    """A holder's name before the company's words that follow it, when those before them name a
    publication, an outlet's noun last ("Harbour Post Ltd", "Harbour Post Media Group": "Harbour
    Post"); none when they do not ("Northbay Media Group" owns papers, it is none of them; nor
    "Northbay News & Media Ltd", where the noun is the company's)."""
    m = COMPANY.search(name)
    if m is None:
        return None
    words = name[:m.start()].split()
    if words and words[-1].lower() in ("&", "and", "und", "et", "y", "e", "en"):
        words = words[:-2]                  # "Guardian News & Media": "News" is the company's too
    words = [w for w in words if w not in "-–,"]
    if not words or words[-1].lower() not in OUTLET_WORDS:
        return None
    return name[:name.rfind(words[-1], 0, m.start()) + len(words[-1])]


def _caption_lead(text: str, at: int) -> int:
    """The words before a copyright mark in the sentence or item it ends: a caption's ("The
    pier at dawn © Jane Roe"), or none ("Impressum | ©
    2024 Harbour Post", "All rights reserved. © 2024 Harbour Post")."""
    return len(_ITEM.split(text[:at])[-1].split())


def _photographer_after(rest: str) -> bool:
    """Whether a person's name (with a known given name) follows the holder after a bar, last
    on the line: "© Harbour Council | Jane Roe", a picture's credit."""
    items = rest.split("|")
    return rest.lstrip()[:1] == "|" and len(items) == 2 and bare_name(items[1]) is not None \
        and has_given_name(items[1])


def _is_agency(name: str, registry: Registry) -> bool:
    o = registry.lookup(name)
    return o is not None and o.is_agency


def _publisher_like(name: str) -> bool:
    """Whether an unknown copyright holder can be the publication: not a photographer or a
    picture agency ("Jane Roe / Getty", "Jane Roe (KNA)"), a licence ("Creative Commons BY")
    or a site theme's credit ("Theme X by")."""
    lower = name.lower().strip()
    if "/" in lower or "(" in lower or lower.endswith(" by") or lower[:1] in "&+" or is_caption(lower):
        return False
    if name[:1].islower() and "." not in name:
        return False                      # "Copyright sowie sonst. Nutzungsbedingungen": a sentence
    if len(_GLUED.findall(name)) >= 2:
        return False                      # "CommitteeImprintPrivacy": footer links run together
    return not any(w in lower for w in NOT_PUBLISHERS)


def _masthead(lines: list[Line], registry: Registry) -> list[tuple[str, int, int]]:
    """The site's own name at the top of the page: a short line among the first ones that is
    exactly a registered outlet and stands out as a name: among the first three lines, in
    capitals ("WIRED" over the menu) or as an address ("NU.nl"); never a menu item ("• Welt",
    or a word between two others of a menu: "News / Politika / Sport", one to a line) nor an
    interface word that an outlet's name is too ("Register", a sign-in button)."""
    out, seen = [], 0
    for i, line in enumerate(lines):
        if not line.text:
            continue
        seen += 1
        if seen > MASTHEAD_LINES:
            break
        styled = (seen <= 3 and not (_menu_word(lines, i - 1) and _menu_word(lines, i + 1))
                  or line.text.isupper() or "." in line.text)     # not a menu's "Welt"
        if (styled and not line.bullet and line.words <= 4          # digits too: "FRANCE 24"
                and line.text.casefold() not in CHROME_WORDS     # "Register", a button, not the outlet
                and registry.lookup(line.text, exact=True) is not None):
            out.append((line.text, line.start + line.indent, line.end))
    return out


def titled_masthead(lines: list[Line], first: int, title: str | None) -> tuple[str, Evidence] | None:
    """The site's name the page's title line prints after the headline ("Council backs new
    library | Riverside Gazette", "... - Millbrook Mercury"), when a line of its own at the top
    of the page prints it too, the masthead: unregistered, neither alone is read as the site's."""
    if not title:
        return None
    head = [line for line in lines[:first] if line.text][:MASTHEAD_LINES]
    for line in head:
        if not line.text.startswith(title):
            continue
        name = line.text[len(title):]
        if name[:3] not in (" | ", " - ", " – ", " — ", " · "):
            continue
        name = name[3:].strip()
        words = name.split()
        if not 0 < len(words) <= 5 or not all(w[:1].isupper() or w.lower() in ("of", "the") for w in words):
            continue
        for other in head:
            if other is not line and other.text.casefold() == name.casefold() and not other.bullet:
                start = other.start + other.indent
                return name, Evidence(other.text, start, start + len(other.text))
    return None


def _menu_word(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is there and reads as an item of a menu: a word or two, no digits, no
    address ("aif.ru" beside the site's name is no menu)."""
    return 0 <= i < len(lines) and 0 < lines[i].words <= 2 and not lines[i].digits and "." not in lines[i].text


def sign_off_agency(lines: list[Line], last: int, registry: Registry,
                    last_cut: int | None = None) -> tuple[Outlet, Evidence] | None:
    """The agency a wire story's sign-off names: the one after its last sentence on the body's
    last line ("... settimana. (ANSA).": ``last_cut`` characters of that line are body), or one
    on a line after the body ("Reuter", "-- AP")."""
    if last_cut is not None and last > 0:
        line = lines[last - 1]
        tail = line.raw[last_cut:].strip()
        m = SIGNOFF.match(tail)
        o = registry.lookup(m["name"]) if m else None
        if o is not None and o.is_agency:
            start = line.start + line.raw.index(tail, last_cut)
            return o, Evidence(tail, start, start + len(tail))
    for line in lines[last:last + SIGN_OFF_REACH]:
        if not line.text:
            continue
        m = SIGNOFF.match(line.text)
        o = registry.lookup(m["name"]) if m else None
        if o is not None and o.is_agency:
            return o, Evidence(line.text, line.start + line.indent, line.end)
    return None


DATED_OUTLET_WORDS = 5   # an outlet's name before the date on a date line is this short


def outlet_shaped(words: list[str], most: int, particles) -> bool:
    """Whether ``words`` read as an outlet's name no registry need know: two to ``most``
    capitalised words (or ``particles``), the last an outlet's noun ("Harbour City Ledger",
    "Harbour-Times")."""
    return (1 < len(words) <= most and all(w[:1].isupper() or w.lower() in particles for w in words)
            and words[-1].split("-")[-1].lower().strip(".") in OUTLET_ENDS)


def dated_outlet(lines: list[Line], dated: list[tuple[int, list]],
                 registry: Registry) -> tuple[str, Evidence] | None:
    """The outlet a date line names before its date, the way clippings and files of several
    articles print it: "Harbour City Ledger, March 4, 2023", "The Valley Courier | 04.03.2023".
    ``dated``: the chosen date and credit lines, each with the dates found on it. The words
    before the first date, up to ``DATED_OUTLET_WORDS``, capitalised, the last an outlet's
    noun ("Ledger", "Gazette", "Zeitung"): a place before the date ("NEW YORK, March 4") is a
    dateline's, not an outlet. Or a name the ``registry`` knows, as printed or with its two
    words or more ("The Guardian, March 3, 2024"; "Sun, March 3" is a weekday)."""
    for index, found in dated:
        line = lines[index]
        at = next((d.start for d in found if d.value is not None), None)   # offsets into the line's text
        if not at:
            continue
        name = line.text[:at].strip(" ,;|-–—·•:")
        words = name.split()
        o = registry.lookup(name, exact=True) if 0 < len(words) <= DATED_OUTLET_WORDS else None
        if o is not None and (len(words) < 2 and o.name.casefold() != name.casefold() or is_weekday(name)):
            o = None
        if o is not None or outlet_shaped(words, DATED_OUTLET_WORDS, ("of", "the")):
            start = line.start + line.indent + line.text.find(name)
            return (o.name if o is not None else tidy_name(name)), Evidence(name, start, start + len(name))
    return None


NOTE_REACH = 6     # lines after the body where a reprint note stands


def reprint_note(lines: list[Line], last: int, registry: Registry) -> tuple[int, str, Evidence] | None:
    """The publication a reprint or syndication note after the article names ("This article
    first appeared in the Harbour Post.", "This report by the Associated Press was first
    published March 3, 2024.", "Dieser Artikel erschien zuerst in der Harbour Post."): the
    note's line, the publication's name (canonical when registered) and its evidence. The note
    is the body's last line or one of the ``NOTE_REACH`` lines after the body, one short
    sentence that opens its line; a sentence of the story naming a paper is none."""
    for index in range(max(0, last - 1), min(len(lines), last + NOTE_REACH)):
        line = lines[index]
        found = _note_name(line.text) if line.text and line.words <= NOTE_WORDS else None
        if found is None:
            continue
        name, at = found
        o = registry.lookup(name)
        start = line.start + line.indent + at
        return index, o.name if o is not None else tidy_name(name), Evidence(name, start, start + len(name))
    return None


def _note_name(text: str) -> tuple[str, int] | None:
    """The publication's name a note line prints between the phrases of a ``REPRINT_NOTES``
    entry, and its offset; none when a sentence stands before the note on the line."""
    lower = text.lower()
    for pairs in REPRINT_NOTES.values():
        for before, after in pairs:
            at = lower.find(before)
            if at < 0 or any(s in text[:at] for s in (". ", "! ", "? ")):
                continue
            i = at + len(before)
            if after:
                j = lower.find(" " + after, i)
                if j < 0:
                    continue
            else:
                j = min([k for k in (lower.find(e, i) for e in NOTE_NAME_ENDS) if k >= 0] + [len(text)])
            i, j = _trimmed(text, i, j, " \t.,;:")
            words = text[i:j].split()
            if words and words[0].lower() in NOTE_ARTICLES and len(words) > 1:
                i = text.index(words[1], i)
                words = words[1:]
            name = text[i:j]
            if (0 < len(words) <= 6 and name[:1].isupper() and not any(c.isdigit() for c in name)
                    and all(w[:1].isupper() or w.lower() in ("of", "the", "de", "du", "des", "la", "le", "&")
                            for w in words)):
                return name, i
    return None
