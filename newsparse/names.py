"""Credit lines to people: "By X and Y", "Reporting by X; Editing by Y", "作者：X", "Editor: X".

``read_credits`` returns the people a credit line names, each with a role, and the outlet or
agency names it carries ("By X, Reuters"). Names are cleaned of "By", role words, e-mail
addresses, glued handles and staff titles; a piece that does not look like a person's name is
not one. The names run until prose, a date taken out or a separator ("By X on May 3", "Von X |
3 Kommentare"). After a cue or a label one word can be a name ("von Fredi", "By jroe"), and a
credit that names no person gives the desk or agency it prints ("Por Agencia EFE").

``desk_credit`` and ``agency_credit`` read a desk or an agency credited without a cue ("Harbour
Post Staff Report", "(HP mit dpa)"), ``read_contribution`` a closing "X contributed to this
report" note. Where a line's credit starts, wherever its cue stands ("12.03.2024 · von X"), is
``credit_cues.py``'s; the shape of one person's name (a line that is only a name, a user name,
the alt text of an author's picture, a bio's opening name) is ``name_shapes.py``'s.
"""
from __future__ import annotations

import re
from itertools import islice
from typing import Callable, Iterator

from .credit_cues import (NAMES_THEN_ROLE, ROLE_ASCII, ROLE_CUE, credit_start, explicit_cue, glued_by, interview,
                          match_role)
from .invisible import without_invisible
from .lazyre import lazy
from .markdown import unmarked
from .model import Person
from .name_shapes import CJK_NAME, INTERFACE_WORDS, NAME_PARTICLES, NAME_STRIP, bare_name, clean_name, has_given_name
from .registry import Registry
from .rules.people import (ARTICLES, AUTHOR_ROLES, BY_PREFIXES, CONTRIBUTION_CUES, DESK_CREDITS, DESK_WORDS,
                           OPENING_CUE_WORDS, KANJI_NAME_THEN_ROLE, NAME_JOIN, NAME_JOINERS, NAME_THEN_ROLE,
                           REPORTING_FROM, NOT_NAME_WORDS, OUTLET_WORDS, PAREN_ROLES, ROLE_PHRASES, TITLE_WORDS)
from .rules.stopwords import ALL_STOPWORDS, LANGUAGE_WORDS
from .slotted import mutable

_EMAIL = lazy(r"<?https?://[^\s>]+>?|[^\s@]{1,64}@\S{1,255}|\bwww\.\S+|@\w+")   # bounded: linear
# a social handle glued to the name a page printed before it: "Jane Roe@janeroe"
_GLUED_HANDLE = lazy(r"(?<=[^\W\d_])@\w{2,30}(?![\w.@])")
# a capitalised word glued to the lower-case end of the word before it: "RoeStaff"
_GLUED_WORD = lazy(r"(?<=[a-zß-öø-ÿ])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+")
# where a credit stops and other things of the line begin (spaces already collapsed to one)
_HARD_STOP = lazy(r" [|•·/–—-] ")
# where a writer reports from, after her name or title: "in Paris", "à Lyon", "em Goiânia", "в Москве"
_IN_PLACE = lazy(r"(?<!\s)\s+(?:in|à|em|в)\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.]*(?:,?\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.]*){0,2}"
                 r"(?=\s*(?:,|\band\b|$))")


# a generational suffix printed after a comma ("Robert Hale, Jr.", "Ana Cruz, III")
_SUFFIX_AFTER_COMMA = lazy(r",\s*((?:Jr|Sr)\.|(?:Jr|Sr|II|III|IV)(?![\w.]))")
_JOINERS = frozenset(NAME_JOINERS)


@mutable
class Credits:
    people: list[Person]
    outlets: list[str]        # outlet or agency names printed on the credit line


def read_credits(text: str, registry: Registry, default_role: str = "writer",
                 strict: bool = False, cued: bool | None = None) -> Credits:
    """The people and outlets of one credit line.

    ``strict``: the line must be nothing but credits; a piece that is neither a name, an
    outlet nor a staff title means the line is prose ("Von Bergbauern und Wanderern"), and no
    one is read from it. The names run to the first word of prose ("von Jane Roe mit den
    Schlagwörtern ..."); after a separator (" | ", " · ", " - ", a date taken out) only more
    names or an outlet go on with them ("By Jane Roe | 12 comments").

    ``cued``: the credit has an explicit cue: a label stood before ``text`` ("Author: jroe"),
    or (``None``, the default) ``text`` opens with "By" or a role phrase, or its cue comes
    after nothing but a date, a separator or a "posted" stamp ("Posted on 3 May 2021 by
    jroe": the credit starts at the cue, ``credit_start`` and ``explicit_cue``). On a cued
    line one word can be a name ("von Fredi", "By jroe"), and a line that names no person
    credits the desk or agency it prints ("Por Agencia EFE", "Von Redaktion"): that is the
    author, as printed. Without a cue, a strict reading takes nothing but names and outlets,
    separators or not ("HARBOUR CITY (AP) — To Jane Roe, ..." names no one).
    """
    text = without_invisible(text)                  # "Quill\u00adfeather": names are read without what prints nothing
    if text[:1] in "(（" and text[-1:] in ")）" and text.count("(") + text.count("（") == 1:
        text = text[1:-1]                 # "（责任编辑：张华）": a credit in brackets of its own
    if "@" in text:
        text = _GLUED_HANDLE.sub(" ", text)
    if "@" in text or "http" in text or "www." in text:
        text = _EMAIL.sub(" ", text)
    text = unmarked(text)
    text = " ".join(text.split())         # one space between words: the joiners' spaces stay linear
    text = _GLUED_WORD.sub(_unglue, text)
    if "," in text:
        text = _SUFFIX_AFTER_COMMA.sub(r" \1", text)   # "Robert Hale, Jr.": the suffix is his name's
    if cued is None and (at := credit_start(text)) > 0 and explicit_cue(text, at):
        text, cued = text[at:], True      # "Posted on 3 May 2021 by jroe": the credit is "by jroe"
    people: list[Person] = []
    outlets: list[str] = []
    m = interview(text)
    if m:                                 # "Mit Hanna Wyssling sprach Jonas Tenger": the interviewer
        text = m["names"]
    m = NAMES_THEN_ROLE.match(text) if not text.isascii() else None
    if m:                                 # "홍길동·김철수 기자", "山田太郎記者": the names come before the role
        if m["names"]:
            role, names = NAME_THEN_ROLE[m["role"]], m["names"]
        else:
            role, names = KANJI_NAME_THEN_ROLE[m["kanji_role"]], m["kanji"]
        return Credits([Person(n, role) for n in re.split(r"\s*[·,、・]\s*", names)], [])
    opened = False                        # the names have begun (a part held more than a cue)
    for part in _HARD_STOP.split(text):
        if not part.strip(NAME_STRIP):
            continue
        if not opened:
            role, rest = _after_cue(part, default_role)
            if cued is None:
                cued = rest != part
            if not rest.strip(NAME_STRIP):
                continue                  # "Posted by | Jane Roe": the cue alone, the names follow
            opened = True
            found, ok = _read_names(part, registry, default_role, strict, cued, outlets)
            if not ok or not found:       # a desk needs no cue: "Harbour Post Staff Report"
                entity = None
                if cued or _desk_named(rest):
                    entity = _credited_entity(rest, role, registry, outlets)
                return Credits([entity] if entity else [], outlets if ok or entity else [])
            people += found
            continue
        outlet = registry.lookup(part.strip(NAME_STRIP))
        if outlet is not None:            # "By Jane Roe - Reuters"
            outlets.append(outlet.name)
            continue
        found, ok = _read_names(part, registry, default_role, True, False, [])
        if not ok or not found:
            if strict and not cued:
                return Credits([], [])    # prose after a separator: the line is no credit
            break                         # "By Jane Roe | 12 comments": the credit ended
        people += found
    return Credits(people, outlets)


def _read_names(part: str, registry: Registry, default_role: str, strict: bool, cued: bool,
                outlets: list[str]) -> tuple[list[Person], bool]:
    """The people of one part of a credit line, and False when ``strict`` and the part is prose."""
    people: list[Person] = []
    for role, chunk in _role_chunks(part, default_role):
        if " in " in chunk or not chunk.isascii() or " em " in chunk:
            chunk = _IN_PLACE.sub("", chunk)   # "Reporting by Anna Kessler in London; ..."
        chunk = _sub_asides(chunk, lambda group: _paren(group, registry, outlets))
        chunk, whole = _names_run(chunk)
        if strict and not whole and not cued:
            return [], False              # "Former President X, the most popular ...": prose
        pieces = NAME_JOIN.split(chunk)
        if not chunk.isascii():
            pieces = [p for piece in pieces for p in _cjk_pieces(piece)]
        for k, piece in enumerate(pieces):
            piece, _, own_role = piece.partition(_ROLE_MARK)      # "Carla Imboden (Bilder)"
            piece = piece.strip(" :-–—•·\t")
            piece = piece if piece.endswith((" Jr.", " Sr.")) else piece.strip(" .:-–—•·\t")
            if not piece:
                continue
            outlet = registry.lookup(piece)
            if outlet is not None:
                outlets.append(outlet.name)
                if people and _place_follows(chunk, pieces, k):
                    break                 # "By Jane Roe, Harbour Post, New York"
                continue
            piece = _outlet_after(piece, registry, outlets)   # "JOHN ROE Associated Press"
            piece = without_title(piece, registry)           # "Jane Roe Staff Writer"
            name = clean_name(piece, capitals_ok=not strict, caseless_ok=True, lower_ok=cued and whole)
            if name:
                people.append(Person(name, own_role.strip(_ROLE_MARK + " ") or role))
            elif strict and not _staff_or_outlet(piece):
                return [], False
    return people, True


# a Japanese reporter's name alone in full-width brackets, closing the article ("（山田太郎）",
# or after its last sentence: "…と述べた。（山田太郎）"): two to five ideographs, no kana ("（続く）")
_BRACKETED_CJK_NAME = lazy(r"（([\u3400-\u9fff\u3005]{2,5})）")
CLOSING_NAME_TAIL = lazy(r"(?<=[。！？」』])[ \u3000]*（[\u3400-\u9fff\u3005]{2,5}）[ \u3000]*$")


def bracketed_reporter(text: str) -> str | None:
    """The name of "（山田太郎）", a line that is one CJK name in full-width brackets (not a
    menu's words, not a credit's role word: "（记者张华）" names a role, read elsewhere), or of
    "(Jane Roe)", one person's full name in round brackets with a known given name; or None."""
    text = text.strip(" \u3000")
    m = _BRACKETED_CJK_NAME.fullmatch(text)
    if m is None:
        if len(text) > 4 and text[0] == "(" and text[-1] == ")" and " " in text:
            name = bare_name(text[1:-1])
            return name if name is not None and " " in name and has_given_name(name) else None
        return None
    name = m.group(1)
    if name in INTERFACE_WORDS or any(p in name for p in BY_PREFIXES):
        return None
    return name


def _cjk_pieces(piece: str) -> list[str]:
    """A piece of a Chinese or Japanese credit as the names it holds: names of two to four
    characters each, one space between them ("王小明 李华"), are two names; a name with a space
    inside ("王 小明") is one. The place a Taiwanese credit reports from ("台北報導": Taipei
    reporting) names no one."""
    if piece.endswith(REPORTING_FROM) and CJK_NAME.match(piece.strip()[:-2] or "-"):
        return []
    words = piece.split()
    if len(words) >= 2 and all(2 <= len(w) <= 4 and CJK_NAME.match(w) for w in words):
        return words
    return [piece]


def _place_follows(chunk: str, pieces: list[str], k: int) -> bool:
    """Whether the one piece after the outlet ``pieces[k]`` is its place: it is the last, after
    a bare comma ("Jane Roe, Harbour Post, New York"), not another name joined by a word
    ("Jane Roe, Harbour Post, and John Doe, Coast Radio")."""
    rest = [j for j in range(k + 1, len(pieces)) if pieces[j].strip(" .:-–—•·\t")]
    if len(rest) != 1:
        return False
    between = "".join(m.group() for m in islice(NAME_JOIN.finditer(chunk), k, rest[0]))
    return between.strip() == ","


def _names_run(chunk: str) -> tuple[str, bool]:
    """``chunk`` up to its first word of prose: a lower-case function word that is neither a
    joining word nor a particle before more of a name ("Jane Roe on", "Jana Roth mit den
    Schlagwörtern", "the way, nobody ..."); and whether only function words were cut off ("jroe
    on", not "Jane Roe mit den Schlagwörtern")."""
    words = [w for w in chunk.split(" ") if w]
    for i, w in enumerate(words):
        low = w.lower().strip(",;.")
        if not w[:1].islower() or low not in ALL_STOPWORDS:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else ""
        nxt_low = nxt.lower().strip(",;.")
        if low in _JOINERS and i > 0 and nxt and (nxt[:1].isupper() or nxt_low not in ALL_STOPWORDS):
            continue                      # "Jane Roe and John Doe", "Staff and wire service reports"
        if low in NAME_PARTICLES and nxt and (nxt[:1].isupper() or nxt_low in NAME_PARTICLES):
            continue                      # "Ursula von der Leyen"
        if i == 0 and len(words) == 2 and len(low) <= 3 and nxt_low in DESK_WORDS:
            continue                      # "la rédaction", "the newsroom": a desk
        whole = all(not x or x in ALL_STOPWORDS for x in (x.lower().strip(NAME_STRIP) for x in words[i:]))
        return " ".join(words[:i]), whole
    return chunk, True


def _after_cue(part: str, role: str) -> tuple[str, str]:
    """The role a credit's opening cue gives and the text after the cue ("By X" -> X, "Written
    by X" -> X, "作者：X" -> X); ``part`` itself when it opens with no cue."""
    text = part.lstrip(" •·-–—(")
    for prefix in BY_PREFIXES:
        if text.startswith(prefix):
            return role, text[len(prefix):].lstrip(" :：")
    m = match_role(text)
    if m and text[m.end():].strip(NAME_STRIP):
        return ROLE_PHRASES[m.group(1).lower()], text[m.end():]
    words = text.split(None, 1)
    if words and words[0].lower().rstrip(":") in OPENING_CUE_WORDS:
        return role, words[1] if len(words) > 1 else ""
    if words and (glued := glued_by(words[0])):
        return role, text[glued:]
    return role, part


def _credited_entity(text: str, role: str, registry: Registry, outlets: list[str]) -> Person | None:
    """The desk, agency or one-word name a cued credit names when it names no person: the
    words as printed ("Agencia EFE", "Staff and wire service reports", "Redaktion", "jroe",
    "LD"), if they read as such; never staff titles alone ("Staff Writer"), prose or interface
    words."""
    low = text.strip(NAME_STRIP).lower()
    if role not in AUTHOR_ROLES or low in ROLE_PHRASES and low not in DESK_WORDS:
        return None                       # "Foto", "Редактор": a role, no one named
    text, whole = _names_run(" ".join(text.strip(NAME_STRIP).split()))
    text = text.strip(NAME_STRIP)
    tokens = text.split()
    if not whole or not 1 <= len(tokens) <= 6 or len(text) < 2 or any(c in text for c in ",:;@[]{}<>"):
        return None                       # prose goes on after the words ("By Monday the council ...")
    if len(tokens) == 1 and (len(text) > 30 or sum(c.isdigit() for c in text) > 4 or text.count("-") > 1):
        return None                       # a code, not a name ("HBX-Native-204417-Ads")
    lows = [t.lower().strip(".") for t in tokens]
    for i, (t, low) in enumerate(zip(tokens, lows)):
        if low in _JOINERS and 0 < i < len(tokens) - 1:
            continue                      # "Staff and wire service reports"
        if i == 0 < len(tokens) - 1 and t.istitle() and low in ARTICLES:
            continue                      # "The Associated Press"
        if i == 0 == len(tokens) - 2 and lows[1] in DESK_WORDS and len(t) <= 3:
            continue                      # "la rédaction", "the newsroom": a desk
        if low in INTERFACE_WORDS or low in ALL_STOPWORDS or not any(c.isalpha() for c in t):
            return None
        address = "." in t.strip(".") or "/" in t
        if t[:1].islower() and t.endswith(".") and not address:
            return None                   # "by force.": the end of a sentence
        if (len(tokens) > 1 and t[:1].islower() and low not in DESK_WORDS and low not in NOT_NAME_WORDS
                and not address and registry.lookup(t) is None):
            return None                   # lower-case words of a desk's name are desk words
    if all(low in NOT_NAME_WORDS or low in TITLE_WORDS or low in _JOINERS for low in lows) and not any(
            low in DESK_WORDS for low in lows):
        return None                       # "Staff Writer": a title, no one named
    if len(tokens) == 1 and (lows[0] in LANGUAGE_WORDS or lows[0] in NOT_NAME_WORDS and lows[0] not in DESK_WORDS):
        return None                       # "heute", "Editor"
    for piece in NAME_JOIN.split(text):
        outlet = registry.lookup(piece.strip(NAME_STRIP)) if piece.strip(NAME_STRIP) else None
        if outlet is not None and outlet.name not in outlets:
            outlets.append(outlet.name)
    return Person(text, role)


def desk_credit(text: str, registry: Registry) -> Credits:
    """A line that credits a desk without a cue, at its end ("Harbour Post Staff Report",
    "harbour-motor.example Redaktion", "Redaktion"): the desk, as printed, is the author."""
    words = text.strip(NAME_STRIP).split()
    if not 1 <= len(words) <= 6 or text.rstrip().endswith((":", "：")) or not _desk_named(text):
        return Credits([], [])            # "Liebe Redaktion:": a label, the value follows
    if any(w[:1].islower() and not ("." in w or w.lower() in DESK_WORDS) for w in words):
        return Credits([], [])            # a sentence, not a desk's name
    outlets: list[str] = []
    entity = _credited_entity(" ".join(words), "writer", registry, outlets)
    return Credits([entity] if entity else [], outlets)


def _desk_named(text: str) -> bool:
    """Whether ``text`` ends in how a desk is credited ("... Staff Report", "... Redaktion")."""
    tail = " ".join(text.strip(NAME_STRIP).split()[-2:]).lower()
    return any(tail == d or tail.endswith(" " + d) for d in DESK_CREDITS)


def agency_credit(text: str, registry: Registry) -> Credits:
    """An agency credit in brackets at the end of a line, "... sagte sie. (HP mit dpa)": what the
    brackets hold, as printed, when it names an agency."""
    text = text.rstrip()
    if not text.endswith(")"):
        return Credits([], [])
    at = text.rfind("(")
    inner = text[at + 1:-1].strip() if at >= 0 else ""
    if not inner or len(inner.split()) > 5 or "(" in inner:
        return Credits([], [])
    pieces = [p.strip(NAME_STRIP) for p in NAME_JOIN.split(inner) if p.strip(NAME_STRIP)]
    if len(pieces) < 2 or not any((o := registry.lookup(p)) is not None and o.is_agency for p in pieces):
        return Credits([], [])            # "(dpa)" alone is the agency, an outlet, as on a sign-off
    if any(w.lower() in ROLE_PHRASES or w.lower() in PAREN_ROLES for w in inner.replace("/", " ").split()) or any(
            clean_name(p) for p in pieces):
        return Credits([], [])            # a picture's credit, "(AP Photo/Jane Roe)"
    outlets: list[str] = []
    entity = _credited_entity(inner, "writer", registry, outlets)
    return Credits([entity] if entity else [], outlets)


def read_contribution(text: str, registry: Registry) -> Credits:
    """The reporters a closing note credits: "Associated Press writers Ana Ruiz in Boston and
    Li Wei contributed to this report." -> Ana Ruiz, Li Wei (contributors), Associated Press."""
    lower = text.lower()
    at = min((lower.find(c) for c in CONTRIBUTION_CUES if c in lower), default=-1)
    if at <= 0:
        return Credits([], [])
    names = _IN_PLACE.sub("", text[:at]).strip(" ,.;")
    words = names.split()
    outlets: list[str] = []
    for k in (3, 2, 1):                   # the outlet and the staff title before the names
        outlet = registry.lookup(" ".join(words[:k]), exact=True) if len(words) > k else None
        if outlet is not None:
            outlets.append(outlet.name)
            words = words[k:]
            break
    while words and words[0].lower().strip(",") in NOT_NAME_WORDS:
        words = words[1:]
    people = []
    for piece in NAME_JOIN.split(" ".join(words)):
        name = clean_name(piece)
        if name:
            people.append(Person(name, "contributor"))
    return Credits(people, outlets)


def _outlet_after(piece: str, registry: Registry, outlets: list[str]) -> str:
    """A name with its outlet run on after it, no comma between: the name (the outlet noted).
    An outlet the registry does not know shows by its last word, two words or more after the
    name ("Jane Roe Harbour Post", "Jane Roe Harbour Revue International"): the name is then the
    first two words (three with an initial or a particle between), the rest is the outlet."""
    words = piece.split()
    for k in (3, 2, 1):
        if len(words) - k >= 2:
            outlet = registry.lookup(" ".join(words[-k:]), exact=True)
            if outlet is not None:
                outlets.append(outlet.name)
                return " ".join(words[:-k])
    if len(words) >= 4 and words[-1].lower() in OUTLET_WORDS:
        n = 3 if len(words) >= 5 and (_INITIAL.match(words[1]) or words[1].lower() in NAME_PARTICLES) else 2
        name = words[:n]
        if (words[0][:1].isupper() and words[0].lower() not in ALL_STOPWORDS
                and (piece.isupper() or not any(w.isupper() and len(w) > 1 for w in name))):
            outlets.append(" ".join(words[n:]))
            return " ".join(name)         # not "The Harbour News", "LLC HPX Business Review"
    return piece


_INITIAL = lazy(r"^[A-Z]\.$")


def without_title(piece: str, registry: Registry) -> str:
    """A name without the staff title run on after it ("Jane Roe Staff Writer"); an outlet's
    staff title stays whole ("AP Harbour Writer")."""
    words = piece.split()
    while len(words) > 2 and words[-1].lower().strip(".,") in TITLE_WORDS:
        words.pop()
    if registry.lookup(words[0], exact=True) is not None:
        return piece
    return " ".join(words)


def _unglue(m: re.Match) -> str:
    """A staff title glued to the name before it gets its space back ("RoeStaff Writer")."""
    word = m.group(0)
    return " " + word if word.lower() in TITLE_WORDS else word


def _staff_or_outlet(piece: str) -> bool:
    """A piece of a credit line that is not a person but belongs there: "Staff Writer", "CNN"."""
    tokens = piece.split()
    if len(tokens) <= 4 and all(t.lower().strip(".,") in NOT_NAME_WORDS or t.isupper() or
                                t[:1].isupper() for t in tokens):
        return True
    return False


_ROLE_MARK = "\x00"


def _sub_asides(text: str, repl: Callable[[str], str]) -> str:
    """Each bracketed aside, "(...)" or "[...]" to the first closing bracket after it, replaced
    by ``repl(aside)``: what ``re.sub(r"\\([^)]*\\)|\\[[^\\]]*\\]", ...)`` does, in linear time. An
    opening bracket with no closing one after it means none of its kind after it has one, so
    that kind is looked for no more (the pattern tries each of them to the end: quadratic)."""
    closing = {"(": ")", "[": "]"}
    out, at = [], 0
    while closing:
        starts = [(i, o) for o in closing if (i := text.find(o, at)) >= 0]
        if not starts:
            break
        start, opener = min(starts)
        end = text.find(closing[opener], start + 1)
        if end < 0:
            del closing[opener]
            continue
        out += [text[at:start], repl(text[start:end + 1])]
        at = end + 1
    return "".join(out) + text[at:]


def _paren(group: str, registry: Registry, outlets: list[str]) -> str:
    """What a bracketed aside on a credit line leaves: a role mark for "(Text)" or "(Fotos)",
    nothing for an outlet (noted) or any other aside ("(Box by Otto Kranich)")."""
    inner = group[1:-1].strip()
    role = PAREN_ROLES.get(inner.casefold()) or ROLE_PHRASES.get(inner.casefold())
    if role:
        return f"{_ROLE_MARK}{role}{_ROLE_MARK} "
    outlet = registry.lookup(inner)
    if outlet is not None:
        outlets.append(outlet.name)
    return " "


def _find_roles(text: str) -> Iterator[re.Match]:
    """``ROLE_CUE.finditer(text)``: nothing, without the pattern, for an ASCII text whose lower case
    holds no ASCII role phrase."""
    if text.isascii():
        low = text.lower()
        if not any(map(low.__contains__, ROLE_ASCII)):
            return iter(())
    return ROLE_CUE.finditer(text)


def _role_chunks(text: str, default_role: str) -> list[tuple[str, str]]:
    """Split a credit line at its role phrases: [(role, names), ...]."""
    chunks: list[tuple[str, str]] = []
    pos, role = 0, default_role
    for m in _find_roles(text):
        before = text[pos:m.start()]
        if before.strip(" ;,.()"):
            chunks.append((role, before))
        role = ROLE_PHRASES[m.group(1).lower()]
        pos = m.end()
    chunks.append((role, text[pos:]))
    out = []
    for role, chunk in chunks:
        chunk = chunk.strip(" ;,•·-–—\t")
        for prefix in BY_PREFIXES if chunk.startswith(BY_PREFIXES) else ():
            if chunk.startswith(prefix):
                chunk = chunk[len(prefix):].lstrip(" :：")
        words = chunk.split(None, 1)
        if words and words[0].lower().rstrip(":") in OPENING_CUE_WORDS:
            chunk = words[1] if len(words) > 1 else ""
        elif words and (glued := glued_by(words[0])):
            chunk = chunk[glued:]
        out.append((role, chunk))
    return out


