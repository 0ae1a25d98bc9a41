"""The section: a labelled field, else the page's breadcrumb trail above the headline, else a
short label right above the headline that the page's menu lists too, or whose words are all
sections' words of the table (a kicker)."""
from __future__ import annotations

from ..features import Table
from ..line_measures import breadcrumb_items, split_menu
from ..lines import Line
from ..model import Field
from ..rules.cues import BREADCRUMB_SEPARATORS, HOME_WORDS
from ..rules.people import MENU_WORDS, section_words

CRUMB_REACH = 30      # lines above the headline searched for the breadcrumb trail
KICKER_WORDS = 3      # a section label over the headline is this short
MENU_ITEMS = 3        # a menu that lists the kicker holds at least this many items


def read_section(table: Table, top: int, title: str | None,
                 labelled: list[Field]) -> tuple[str | None, list[str], tuple[str, int, int] | None]:
    """The section, the breadcrumb trail and the section's evidence (text, start, end).
    ``top`` is the line index of the headline (or of the body when there is none)."""
    lines = table.doc.lines
    section, evidence = None, None
    f = next((f for f in labelled if f.key == "section"), None)
    if f is not None:
        section = " ".join(f.value.split())
        evidence = (f.value, f.start, f.end)
    crumbs: list[str] = []
    for line in lines[max(0, top - CRUMB_REACH):top]:
        row = table.row(line.index)
        if row is None or not row.crumb:
            continue
        items = breadcrumb_items(line.text)
        last = _kicker_listed(line.text, lines[top].text) if top < len(lines) else None
        if last is None and _menu_bar(lines, line, items, top):
            continue
        crumbs = items
        last = last or crumbs[-1]
        if title and last.casefold() == title.casefold() and len(crumbs) > 1:
            last = crumbs[-2]
        if section is None and last.casefold() not in HOME_WORDS:
            section = last
            evidence = (line.text, line.start + line.indent, line.end)
    if section is None and title is not None:
        kicker = _kicker(lines, top)
        if kicker is not None:
            section = kicker.text
            evidence = (kicker.text, kicker.start + kicker.indent, kicker.end)
    return section, crumbs, evidence


def _kicker(lines: list[Line], top: int) -> Line | None:
    """The short label right above the headline when the page's menu carries it too
    ("Business" over the headline, "• Business" in the menu, or "Local | Business | Sport" on
    one line), or whose words are all sections' words (``_sections_name``): the article's
    section. Another label that no menu carries is none (a series' name, a tag)."""
    i = top - 1
    while i >= 0 and not lines[i].text:
        i -= 1
    if i < 0 or top - i > 3:
        return None
    line = lines[i]
    if (line.bullet or line.words > KICKER_WORDS or line.digits
            or line.sentence_end or not line.text[:1].isupper()):
        return None
    alone = i == 0 or not lines[i - 1].text       # not the last item of a menu one to a line
    return line if line.listed or _in_a_menu(lines[:i], line.text) or alone and _sections_name(line.text) else None


def _sections_name(label: str) -> bool:
    """Whether every word of ``label`` is a section's word of the table (``rules.people.MENU_WORDS``:
    "Cronaca", "Binnenland", "Arts & Culture"): a section's name wherever a menu is."""
    words = section_words(label)
    return bool(words) and all(w in MENU_WORDS for w in words)


def _kicker_listed(trail: str, headline: str) -> str | None:
    """The item of a menu on one line right over the headline ("Home | Local | Sport | Culture")
    that the headline's line opens with, a kicker run into it ("Local Harbour baths stay
    open"): the article's section, not the menu's last item."""
    items = split_menu(trail)
    if len(items) < MENU_ITEMS:
        return None
    head = " ".join(headline.split())
    for item in items:
        if (item.casefold() not in HOME_WORDS and head.startswith(item + " ")
                and head[len(item) + 1:len(item) + 2].isupper()):
            return item
    return None


def _in_a_menu(lines: list[Line], label: str) -> bool:
    """Whether a menu on one line above carries ``label`` as an item: items of a word or a few
    split by bars, middle dots or runs of spaces ("Local | Business | Sport | Culture")."""
    label = label.casefold()
    for line in lines:
        if line.words < MENU_ITEMS or line.digits or line.sentence_end:
            continue
        items = [item.casefold() for item in split_menu(line.text)]
        if len(items) >= MENU_ITEMS and all(0 < len(p.split()) <= KICKER_WORDS for p in items) and label in items:
            return True
    return False


MENU_BAR_SECTIONS = 3   # sections' names after the home item of a bar trail that make it the site's menu


def _menu_bar(lines: list[Line], line: Line, items: list[str], top: int) -> bool:
    """Whether a trail of bars ("Home | News | Sport | Weather") is the site's menu: a bar is a
    menu's separator, and a trail of bars stands right over the headline (blank lines aside),
    its last item the page's section; a menu's bar stands above other lines, or lists
    ``MENU_BAR_SECTIONS`` sections or more after its home item, each a section's name of the
    table (``_sections_name``): siblings, not a trail down to the page ("Home | News | World |
    Asia" leads down; "Home | News | Business | Sport" lists). ``items``: the line's items as a
    trail (``breadcrumb_items``)."""
    if "|" not in line.text or any(sep in line.text for sep in BREADCRUMB_SEPARATORS if sep != "|"):
        return False
    if len(items) > MENU_BAR_SECTIONS and all(map(_sections_name, items[1:])):
        return True
    return any(l.text for l in lines[line.index + 1:top])
