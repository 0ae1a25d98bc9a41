"""Credit lines to people: "By X and Y", "Reporting by X; Editing by Y", "作者：X", "Editor: X".

``read_credits`` returns the people a credit line names, each with a role, and the outlet or
agency names it carries ("By X, Reuters"). Names are cleaned of "By", role words, e-mail
addresses, glued handles and staff titles; a piece that does not look like a person's name is
not one. The names run until prose, a date taken out or a separator ("By X on May 3", "Von X |
3 Kommentare"). After a cue or a label one word can be a name ("von Fredi", "By jroe"), and a
credit that names no person gives the desk or agency it prints ("Por Agencia EFE").

``credit_start`` finds where a line's credit starts, wherever its cue stands ("12.03.2024 ·
von X"); ``pictured_name`` reads the alt text of an author's picture ("Jane Roe mugshot"),
``bio_name`` the name that opens an author's bio, ``desk_credit`` and ``agency_credit`` a desk
or an agency credited without a cue ("Harbour Post Staff Report", "(HP mit dpa)").
``read_contribution`` reads a closing "X contributed to this report" note, ``bare_name`` a
line that is only a name, and ``user_handle`` a forum or blog user name.
"""
from __future__ import annotations

import re
from itertools import islice
from operator import itemgetter
from typing import Callable, Iterator

from .invisible import without_invisible
from .lazyre import lazy
from .markdown import unmarked
from .model import Person
from .quickre import Quick, fold
from .rules.cues import (CHROME_WORDS, COMMENT_COUNT_NONE, HOME_WORDS, PUBLISHED_CUES, READING_TIME, UPDATED_CUES,
                         is_end_cue)
from .rules.given_names import is_given_name
from .rules.stopwords import ALL_STOPWORDS, LANGUAGE_WORDS
from .rules.people import (ARTICLES, AUTHOR_ROLES, BIO_VERBS, BY_PREFIXES, BY_WORDS, CONTRIBUTION_CUES, CREDIT_LABELS,
                            CUE_WORDS, DESK_CREDITS, DESK_WORDS, HONORIFICS, IMAGE_AFTER, IMAGE_BEFORE, OPENING_CUE_WORDS,
                            LABEL_CUE_WORDS, INTERVIEW_CREDITS, INTERVIEW_OPENINGS, KANJI_NAME_THEN_ROLE, KOREAN_OUTLET_ENDS, NAME_JOIN,
                            NAME_JOINERS, NAME_THEN_ROLE, REPORTING_FROM,
                            NOT_NAME_WORDS, OFFICE_TITLES, ORG_WORDS, OUTLET_ENDS, OUTLET_WORDS, PAREN_ROLES, PICTURE_WORDS,
                            ROLE_PHRASES, SOURCE_LABELS, TITLE_NOUNS, TITLE_WORDS, WRITER_TITLES)
from .registry import Registry
from .slotted import mutable

_EMAIL = lazy(r"<?https?://[^\s>]+>?|[^\s@]{1,64}@\S{1,255}|\bwww\.\S+|@\w+")   # bounded: linear
# a social handle glued to the name a page printed before it: "Jane Roe@janeroe"
_GLUED_HANDLE = lazy(r"(?<=[^\W\d_])@\w{2,30}(?![\w.@])")
# a capitalised word glued to the lower-case end of the word before it: "RoeStaff"
_GLUED_WORD = lazy(r"(?<=[a-zß-öø-ÿ])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+")
# where a credit stops and other things of the line begin (spaces already collapsed to one)
_HARD_STOP = lazy(r" [|•·/–—-] ")
_ROLE = lazy(
    r"(?<![\w])(" + "|".join(sorted((re.escape(p) for p in ROLE_PHRASES), key=len, reverse=True))
    + r")(?!\w*\s*\))(?:\s*(?:by|von|par|por))?\s*[:：]?\s*", re.I)
# the role phrases in ASCII: ignoring case, no other one matches ASCII text (tests/test_people.py)
_ROLE_ASCII = tuple(p for p in ROLE_PHRASES if p.isascii())
_ROLE_REACH = max(map(len, ROLE_PHRASES))
_CJK = lazy(r"[\u3400-\u9fff]")
_CJK_NAME = lazy(r"^[\u3400-\u9fff·]{2,5}$")
_CASELESS_NAME = lazy(r"^[\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f\u10a0-\u10ff]+"
                      r"(?: [\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f\u10a0-\u10ff]+){1,3}$")
_NAME_TOKEN = lazy(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w'’.\-]*|[A-Z]\.)$")
_NAMES_THEN_ROLE = lazy(
    r"^\[?(?:[\uac00-\ud7a3A-Za-z0-9]{0,8}(?:" + "|".join(KOREAN_OUTLET_ENDS) + r")\s+)?"     # "[한빛일보 "
    r"(?:(?P<names>[\uac00-\ud7a3]{2,4}(?:\s*[·,、]\s*[\uac00-\ud7a3]{2,4})*)\s*"
    r"(?P<role>" + "|".join(NAME_THEN_ROLE) + r")"
    r"|(?P<kanji>[\u4e00-\u9fff]{2,5}(?:\s*[・、]\s*[\u4e00-\u9fff]{2,5})*)\s*"
    r"(?P<kanji_role>" + "|".join(KANJI_NAME_THEN_ROLE) + r"))(?=\s|=|\]|$)")
_INTERVIEW = lazy(r"(?i)^(?:" + "|".join(INTERVIEW_CREDITS) + r")\s+(?P<names>\S.*)$")
# where a writer reports from, after her name or title: "in Paris", "à Lyon", "em Goiânia", "в Москве"
_IN_PLACE = lazy(r"(?<!\s)\s+(?:in|à|em|в)\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.]*(?:,?\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.]*){0,2}"
                 r"(?=\s*(?:,|\band\b|$))")
_PLACEHOLDER = lazy(r"^(?:\[[^\]]{0,80}\]\s*)+")
_INTERVIEW_REACH = max(map(len, INTERVIEW_OPENINGS))


def _interview(text: str) -> re.Match | None:
    """``_INTERVIEW.match(text)``, tried only on a text whose folded form (the engine's own
    reading of upper and lower case, ``quickre.fold``) opens as one of the credits does. Only
    the opening is folded: ``fold`` makes each character one character, whatever stands
    around it, so the folded opening is the opening of the folded text."""
    folded = fold(text[:_INTERVIEW_REACH])
    if folded is not None and not folded.startswith(INTERVIEW_OPENINGS):
        return None
    return _INTERVIEW.match(text)


# a generational suffix printed after a comma ("Robert Hale, Jr.", "Ana Cruz, III")
_SUFFIX_AFTER_COMMA = lazy(r",\s*((?:Jr|Sr)\.|(?:Jr|Sr|II|III|IV)(?![\w.]))")
_SUFFIXES = frozenset("Jr Jr. Sr Sr. II III IV".split())
_INITIALS_TOKEN = lazy(r"^(?:[A-Z]\.){2,3}$")    # "J.R.", "J.R.R.": initials, not an acronym
# a particle joined to the name it belongs to: "al-Rashid", "el-Amin", "bin-Salem"
_JOINED_PARTICLE = lazy(r"^(?:al|el|bin|ibn|abu|ben|ul)[-‑][A-ZÀ-ÖØ-Þ][\w'’\-]*$")
_PARTICLES = frozenset("da de del della der di do dos du la le van von ten ter bin al el ibn y zu".split())
_JOINERS = frozenset(NAME_JOINERS)
_STRIP = " .,;:-–—|•·()[]\"'“”„«»"


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
    m = _interview(text)
    if m:                                 # "Mit Hanna Wyssling sprach Jonas Tenger": the interviewer
        text = m["names"]
    m = _NAMES_THEN_ROLE.match(text) if not text.isascii() else None
    if m:                                 # "홍길동·김철수 기자", "山田太郎記者": the names come before the role
        if m["names"]:
            role, names = NAME_THEN_ROLE[m["role"]], m["names"]
        else:
            role, names = KANJI_NAME_THEN_ROLE[m["kanji_role"]], m["kanji"]
        return Credits([Person(n, role) for n in re.split(r"\s*[·,、・]\s*", names)], [])
    opened = False                        # the names have begun (a part held more than a cue)
    for part in _HARD_STOP.split(text):
        if not part.strip(_STRIP):
            continue
        if not opened:
            role, rest = _after_cue(part, default_role)
            if cued is None:
                cued = rest != part
            if not rest.strip(_STRIP):
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
        outlet = registry.lookup(part.strip(_STRIP))
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


_INTERFACE_WORDS = CHROME_WORDS | HOME_WORDS     # "首页", "登录": a menu's words, never a name


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
    if name in _INTERFACE_WORDS or any(p in name for p in BY_PREFIXES):
        return None
    return name


def _cjk_pieces(piece: str) -> list[str]:
    """A piece of a Chinese or Japanese credit as the names it holds: names of two to four
    characters each, one space between them ("王小明 李华"), are two names; a name with a space
    inside ("王 小明") is one. The place a Taiwanese credit reports from ("台北報導": Taipei
    reporting) names no one."""
    if piece.endswith(REPORTING_FROM) and _CJK_NAME.match(piece.strip()[:-2] or "-"):
        return []
    words = piece.split()
    if len(words) >= 2 and all(2 <= len(w) <= 4 and _CJK_NAME.match(w) for w in words):
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
        if low in _PARTICLES and nxt and (nxt[:1].isupper() or nxt_low in _PARTICLES):
            continue                      # "Ursula von der Leyen"
        if i == 0 and len(words) == 2 and len(low) <= 3 and nxt_low in DESK_WORDS:
            continue                      # "la rédaction", "the newsroom": a desk
        whole = all(not x or x in ALL_STOPWORDS for x in (x.lower().strip(_STRIP) for x in words[i:]))
        return " ".join(words[:i]), whole
    return chunk, True


def _after_cue(part: str, role: str) -> tuple[str, str]:
    """The role a credit's opening cue gives and the text after the cue ("By X" -> X, "Written
    by X" -> X, "作者：X" -> X); ``part`` itself when it opens with no cue."""
    text = part.lstrip(" •·-–—(")
    for prefix in BY_PREFIXES:
        if text.startswith(prefix):
            return role, text[len(prefix):].lstrip(" :：")
    m = _match_role(text)
    if m and text[m.end():].strip(_STRIP):
        return ROLE_PHRASES[m.group(1).lower()], text[m.end():]
    words = text.split(None, 1)
    if words and words[0].lower().rstrip(":") in OPENING_CUE_WORDS:
        return role, words[1] if len(words) > 1 else ""
    if words and (glued := _glued_by(words[0])):
        return role, text[glued:]
    return role, part


def _credited_entity(text: str, role: str, registry: Registry, outlets: list[str]) -> Person | None:
    """The desk, agency or one-word name a cued credit names when it names no person: the
    words as printed ("Agencia EFE", "Staff and wire service reports", "Redaktion", "jroe",
    "LD"), if they read as such; never staff titles alone ("Staff Writer"), prose or interface
    words."""
    low = text.strip(_STRIP).lower()
    if role not in AUTHOR_ROLES or low in ROLE_PHRASES and low not in DESK_WORDS:
        return None                       # "Foto", "Редактор": a role, no one named
    text, whole = _names_run(" ".join(text.strip(_STRIP).split()))
    text = text.strip(_STRIP)
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
        if low in _INTERFACE_WORDS or low in ALL_STOPWORDS or not any(c.isalpha() for c in t):
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
        outlet = registry.lookup(piece.strip(_STRIP)) if piece.strip(_STRIP) else None
        if outlet is not None and outlet.name not in outlets:
            outlets.append(outlet.name)
    return Person(text, role)


def desk_credit(text: str, registry: Registry) -> Credits:
    """A line that credits a desk without a cue, at its end ("Harbour Post Staff Report",
    "harbour-motor.example Redaktion", "Redaktion"): the desk, as printed, is the author."""
    words = text.strip(_STRIP).split()
    if not 1 <= len(words) <= 6 or text.rstrip().endswith((":", "：")) or not _desk_named(text):
        return Credits([], [])            # "Liebe Redaktion:": a label, the value follows
    if any(w[:1].islower() and not ("." in w or w.lower() in DESK_WORDS) for w in words):
        return Credits([], [])            # a sentence, not a desk's name
    outlets: list[str] = []
    entity = _credited_entity(" ".join(words), "writer", registry, outlets)
    return Credits([entity] if entity else [], outlets)


def _desk_named(text: str) -> bool:
    """Whether ``text`` ends in how a desk is credited ("... Staff Report", "... Redaktion")."""
    tail = " ".join(text.strip(_STRIP).split()[-2:]).lower()
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
    pieces = [p.strip(_STRIP) for p in NAME_JOIN.split(inner) if p.strip(_STRIP)]
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
        n = 3 if len(words) >= 5 and (_INITIAL.match(words[1]) or words[1].lower() in _PARTICLES) else 2
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


def has_credit_cue(text: str) -> bool:
    """Whether a line reads as a credit: it opens with "By", a byline prefix or a role phrase
    (after an image placeholder: "[e3d6d9295d] By X"), or names then a role ("홍길동 기자")."""
    if text[:1] == "[":
        if not text.isascii() and _NAMES_THEN_ROLE.match(text):
            return True                   # "[한빛일보 김민수 기자]": a Korean credit in brackets
        text = _PLACEHOLDER.sub("", text)
    stripped = text.strip(" \t(•·-–—*")      # "*": Markdown's emphasis, "**By Jane Roe**"
    if not stripped.isascii() and _NAMES_THEN_ROLE.match(stripped) or _interview(stripped):
        return True
    if stripped.startswith(BY_PREFIXES):
        return True
    parts = stripped.split(None, 1)
    first = parts[0] if parts else ""
    if first.lower() in BY_WORDS or _glued_by(first):
        return True
    return _role_opens(stripped)


# the first two characters of each role phrase, folded (``quickre.fold``: the pattern ignores
# case, and two characters it takes for one fold alike), and the phrases of one character;
# None where a phrase cannot be folded
_ROLE_FOLDED = [fold(p) for p in ROLE_PHRASES]
_ROLE_PAIRS = None if None in _ROLE_FOLDED else frozenset(p[:2] for p in _ROLE_FOLDED)
_ROLE_SINGLES = frozenset(p for p in _ROLE_FOLDED if p is not None and len(p) == 1)


def _role_opens(text: str) -> bool:
    """Whether a role phrase opens ``text``, give or take two characters: tried at those three
    places rather than searched for along the whole line. A phrase the pattern matches there
    folds as the text does there (``fold`` makes each character one), so no place is tried
    unless the folded opening holds the first two characters of a phrase (or a phrase of one)
    there: most lines do not, and they are told with a few lookups in sets."""
    low = fold(text[:_ROLE_REACH + 2]) if _ROLE_PAIRS is not None else None
    if low is not None and not (low[:2] in _ROLE_PAIRS or low[1:3] in _ROLE_PAIRS or low[2:4] in _ROLE_PAIRS
                                or _ROLE_SINGLES and not _ROLE_SINGLES.isdisjoint(low[:3])):
        return False
    return any(_match_role(text, at) for at in range(min(3, len(text))))


def _match_role(text: str, at: int = 0) -> re.Match | None:
    """``_ROLE.match(text, at)``. Where the text there is ASCII, the pattern is tried only if its
    lower case opens with an ASCII role phrase: most lines do not, and then the pattern need not
    even be compiled."""
    head = text[at:at + _ROLE_REACH]
    if head.isascii() and not head.lower().startswith(_ROLE_ASCII):
        return None
    return _ROLE.match(text, at)


MID_CUE_WORDS = 30       # a byline word further on counts on a line of at most so many words
_WORD = lazy(r"\S+")
_PART_MARKS = frozenset("|•·/–—-")
_LABELS_LONGEST = sorted(CREDIT_LABELS, key=len, reverse=True)
_LABELS_OPENING = tuple(_LABELS_LONGEST)


def credit_start(text: str) -> int:
    """Where the credit of a credit line starts, or -1: at the line's opening cue ("By X",
    "Reporting by X"); after a credit label and its colon or a wide gap ("Text: X", "• von: X",
    "Author      X"); or at a byline word further on a short line, after a date or a kicker
    ("12.03.2024 · von X", "Posted on 3 May 2021 by X", "Ein Artikel von X | 03.05.2021"),
    together with the role phrase it ends ("Written by X"). A byline word that is also a
    particle, between capitalised words of a name ("Hans von Rohe"), is the name's."""
    if has_credit_cue(text):
        return 0
    words = text.split(None, 1)
    if words and words[0].lower() in _OPENING_ONLY:
        return 0                          # "Oleh Dewi Lestari": a byline word that counts only opening a line
    after = _label_and_cue(text)
    return after if after > 0 else credit_start_later(text)


def _label_and_cue(text: str) -> int:
    """Where the names start after a credit label and a byline word opening the line ("Texto
    de Rui Mendes", "Text by Jane Roe"), or -1."""
    words = text.split(None, 2)
    if (len(words) == 3 and words[0].lower() in CREDIT_LABELS and words[0].lower() not in SOURCE_LABELS
            and words[1].lower() in LABEL_CUE_WORDS):
        return text.index(words[2], len(words[0]) + len(words[1]))
    return -1


_OPENING_ONLY = OPENING_CUE_WORDS - CUE_WORDS


def credit_start_later(text: str) -> int:
    """``credit_start`` for a line known not to open with a credit cue (``has_credit_cue``)."""
    lead = len(text) - len(text.lstrip(" \t•·-–—|("))
    head = text[lead:lead + 40].lower()
    for label in _LABELS_LONGEST if head.startswith(_LABELS_OPENING) else ():
        if head.startswith(label):
            end = lead + len(label)
            after = text[end:end + 3]
            colon = 1 if after[:1] in (":", "：") else 2 if after[:2] in (" :", " ：") else 0
            if colon and not after[colon:colon + 1].islower():    # "Text: X", "Texte : X", not "Autor:innen"
                return end + colon
            if after[:2] == "  ":         # "Author      X": two columns
                return end
    if CUE_WORDS.isdisjoint(text.lower().replace(":", " ").split()) and not (
            any(map(text.__contains__, _BY_WORDS)) and any(map(_glued_by, text.split()))):
        return -1                         # no word of the line is a cue: told without the loop below
    words = []
    for m in _WORD.finditer(text):
        words.append((m.start(), m.group()))
        if len(words) > MID_CUE_WORDS:
            return -1
    part = 0                              # the first word of the part the word stands in
    prose = 0                             # lower-case words before, not function words
    for i, (at, w) in enumerate(words):
        if w in _PART_MARKS:
            part = i + 1
            continue
        low = w.lower().rstrip(":")
        if i + 1 >= len(words) or low not in CUE_WORDS and not _glued_by(w):
            if w[:1].islower() and w.lower().strip(_STRIP) not in ALL_STOPWORDS:
                prose += 1
            continue
        if prose > 1:
            return -1                     # "... were taken by force.": a sentence
        before = [x for _, x in words[part:i] if any(c.isalnum() for c in x)]
        if before and before[-1].lower().strip(_STRIP) in PICTURE_WORDS:
            return -1                     # "Featured image by X": a picture's credit
        while any(x.endswith((",", ";")) for x in before):
            before = before[1:]           # "Anna, Greta von Rohe": the last name of a list
        nxt = words[i + 1][1]
        if (low in _PARTICLES and before and (nxt[:1].isupper() or nxt.lower() in _PARTICLES)
                and all(_NAME_TOKEN.match(x) and x.lower() not in ALL_STOPWORDS for x in before)):
            continue                      # "Hans von Rohe": a particle
        for j in range(max(part, i - 3), i):
            m = _match_role(text, words[j][0])
            if m and m.end() > at:        # "Written by": the role phrase the word ends
                return words[j][0]
        return at
    return -1


_LAST_PART = lazy(r"[|•·/–—]| - ")


def explicit_cue(text: str, at: int) -> bool:
    """Whether the credit that starts at ``at`` (``credit_start``) has an explicit cue, so that
    one word or a desk can be its credit: the line opens with the cue, a credit label stands
    before it ("Author: jroe"; not a source's label, "Source: China Daily"), or nothing but a
    date (taken out), a separator or a "posted" or "updated" stamp stands before the cue in
    its part of the line ("Posted on 3 May 2021 by jroe", "12.03.2024 · von Fredi"); not words
    of a phrase ("Parlano di noi", "Das Beste von ...")."""
    if at == 0 or at == _label_and_cue(text):
        return True
    label = text[:at].strip(" \t•·-–—|(:：").lower()
    if label in CREDIT_LABELS:
        return label not in SOURCE_LABELS
    stamp = _LAST_PART.split(text[:at])[-1]
    return not stamp.strip(_STRIP) or _date_cue_at(stamp) >= 0


_IMAGE_BEFORE = tuple(sorted(IMAGE_BEFORE, key=len, reverse=True))


def pictured_name(text: str) -> str | None:
    """The credit in the alt text of an author's picture ("Profilbild GretaHolm" ->
    "GretaHolm", "Avatar photo by Jane Roe" -> "by Jane Roe", "Jane Roe mugshot",
    "Jane Roe's avatar" and "Jane-Roe-headshot" -> "Jane Roe"), or None when the line is no such text."""
    text = text.strip(" \t•·-–—|")
    lower = text.lower()
    for w in _IMAGE_BEFORE if lower.startswith(_IMAGE_BEFORE) else ():
        if lower.startswith(w) and not text[len(w):len(w) + 1].isalnum():
            rest = text[len(w):].strip(" :-–—")
            return rest or None
    words = text.split(None, 8)[:8]
    first = words[0] if words else ""
    stem, _, tail = first.rpartition("-")
    if stem and tail.lower() in IMAGE_AFTER:
        return stem.replace("-", " ")     # a file name: "Jane-Roe-headshot"
    for i, w in enumerate(words[1:], 1):
        low = w.lower().strip(".,")
        if low in IMAGE_AFTER or i + 1 < len(words) and f"{low} {words[i + 1].lower()}" in IMAGE_AFTER:
            return _without_possessive(" ".join(words[:i]))
    return None


def _without_possessive(name: str) -> str:
    """A name without the possessive its picture's alt text gives it: "Jane Roe's" avatar."""
    for tail in ("'s", "’s", "'", "’"):
        if name.endswith(tail) and len(name) > len(tail) + 1:
            return name[:-len(tail)]
    return name


BIO_WORDS = 10           # a bio without a full stop runs on over at least so many words


def bio_name(text: str) -> str | None:
    """The name that opens an author's bio: two or three capitalised words, then a verb of a
    bio ("Jane Roe is a reporter at ...", "Jane Roe will die Welt retten."), in a sentence (a
    full stop, or a line of many words that a paragraph wrapped), not a headline ("Jane Roe
    will run for mayor")."""
    n = len(text.split(None, BIO_WORDS))
    if n < BIO_MIN_WORDS or not text.rstrip()[-1:] in ".!?…" and n <= BIO_WORDS:
        return None
    words = text.split(None, 4)[:4]
    for k in (2, 3):
        if (len(words) > k and words[k].rstrip(".,") in BIO_VERBS
                and all(w[:1].isupper() and not _sentence_end(w) for w in words[:k])):
            return opening_name(" ".join(words[:k]))
    return None


BIO_MIN_WORDS = 5        # "Jane Roe is a reporter."


def _sentence_end(word: str) -> bool:
    """A word that ends a sentence ("Ufer."), not an initial or an abbreviation ("C.", "S.A.",
    "St.")."""
    return word.endswith(".") and len(word) > 3 and not word.isupper()


def opening_name(text: str) -> str | None:
    """A name that opens a line before more of it, not a place in capitals ("HARBOUR CITY - ...")."""
    return None if text.isupper() else bare_name(text)


_BY_LOWER_FIRST = all(by[:1].islower() for by in BY_WORDS)    # so a glued word opens in lower case
_BY_WORDS = tuple(BY_WORDS)       # a glued byline word holds one of them as it is printed (lower case)


def _glued_by(word: str) -> int:
    """The length of a byline word glued to the name by a saved page that dropped the link's
    space ("byJane", "vonElisa"), or 0."""
    if _BY_LOWER_FIRST and (word.islower() or not word[:1].islower()):
        return 0                          # one case all through, or no lower-case byline word opens it
    for by in BY_WORDS:
        n = len(by)
        if (word[:n].lower() == by and word[:n].islower() and len(word) > n + 1 and word[n].isupper()
                and word[n + 1:].islower()):
            return n
    return 0


# the cue patterns behind a cheap test of the words they need (quickre.py), here and in features:
# a line without those words leaves them uncompiled
PUBLISHED, UPDATED, READING = map(Quick, (PUBLISHED_CUES, UPDATED_CUES, READING_TIME))


def _date_cue_at(text: str) -> int:
    """Where the first "published" or "updated" cue of ``text`` starts, or -1."""
    starts = [m.start() for m in (PUBLISHED.find(text), UPDATED.find(text)) if m]
    return min(starts, default=-1)


def credit_text(text: str) -> str:
    """The credit part of a line: without image placeholders ("[a7f1c0b42e] By X") and cut
    before a date cue or interface words that a saved page ran into it ("By X Last updated
    Nov 8 Share")."""
    text = unmarked(without_invisible(text))
    if text[:1] == "[" and not (not text.isascii() and _NAMES_THEN_ROLE.match(text)):
        text = _PLACEHOLDER.sub(" ", text)   # where the placeholders' pattern can match; not "[한빛일보 김민수 기자]"
    text = text.strip()
    at = _date_cue_at(text)
    if at > 0:
        text = text[:at].rstrip()
    m = READING.find(text)
    if m and m.start() > 0:               # "Par L. MORVAN - 07:12 - Temps de lecture :"
        text = _CLOCK_TAIL.sub("", text[:m.start()].rstrip(_SEPARATORS)).rstrip(_SEPARATORS)
    words = text.split()
    for i, w in enumerate(words):
        low = w.lower().strip(".,:;!")
        if i >= 2 and low in CHROME_WORDS and (w[:1].isupper() or words[i - 1].isdigit()) \
                and f"{low} {words[i + 1].lower() if i + 1 < len(words) else ''}" not in ROLE_PHRASES:
            if words[i - 1].isdigit() or i >= 3 and words[i - 1].lower() in COMMENT_COUNT_NONE:
                return " ".join(words[:i - 1])        # "Jane Roe 12 comments", "Jane Roe No Comments"
            if i >= 4 and (words[i - 1] in ("a", "an") or words[i - 1].lower() in ARTICLES) \
                    and words[i - 2][:1].isupper():
                return " ".join(words[:i - 2])        # "Jane Roe Post a Comment": a button's words
            return " ".join(words[:i])
        if i >= 2 and (w[:1] == "@" and len(w) > 2 or w[:2] == "(@" and len(w) > 3):
            return " ".join(words[:i])    # "Jane Roe @janeroe / 6 days": her handle, then a stamp; "(@janeroe)"
    return text


_CLOCK_TAIL = lazy(r"[-–—|•·]\s*\d{1,2}[:.h]\d{2}$")   # "- 07:12" after the name
_SEPARATORS = " -–—|•·:"

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
    """``_ROLE.finditer(text)``: nothing, without the pattern, for an ASCII text whose lower case
    holds no ASCII role phrase."""
    if text.isascii():
        low = text.lower()
        if not any(map(low.__contains__, _ROLE_ASCII)):
            return iter(())
    return _ROLE.finditer(text)


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
        elif words and (glued := _glued_by(words[0])):
            chunk = chunk[glued:]
        out.append((role, chunk))
    return out


def _role_before(token: str) -> bool:
    """Whether ``token`` is the author's role printed before her name: a writer's staff title
    ("Korrespondentin"), alone or closing a compound that names the outlet ("Harbourpost-Experte"),
    or the office of a speaker or a guest author ("Bundespräsidentin", "Mayor"); not an editor's
    or a photographer's, who did not write the story."""
    lower = token.lower()
    return lower.rsplit("-", 1)[-1] in WRITER_TITLES or lower in OFFICE_TITLES


def clean_name(piece: str, capitals_ok: bool = False, caseless_ok: bool = False,
               lower_ok: bool = False) -> str | None:
    """A person's name from one piece of a credit line, or None when it is not one.

    ``capitals_ok``: a surname in capitals among capitalised words ("Sophie LATIL") is a name;
    on free text it is not trusted ("Sixers NBA"). ``caseless_ok``: a name in a script without
    capitals ("أحمد خالد") counts, as on a credit line that a cue or a label opened.
    ``lower_ok``: after a cue or a label, a name may be printed in lower case ("by jane roe",
    "Author: Mira kessler"), kept as printed, when none of its words is a function word."""
    dotted = piece.rstrip(" ,:;-–—'\"“”()*（）【】").endswith(("Jr.", "Sr."))
    piece = piece.strip(" .,:;-–—'\"“”()*（）【】")
    if not piece:
        return None
    if not piece.isascii():               # the cheap test first: both patterns need other scripts
        if _CJK.search(piece):
            piece = piece.replace(" ", "")
            return piece if _CJK_NAME.match(piece) and piece not in _INTERFACE_WORDS else None
        if caseless_ok and _CASELESS_NAME.match(piece):
            return piece                  # two to four words of Arabic, Hebrew, Devanagari, Thai ...
    tokens = piece.split()
    while tokens and tokens[0].lower() in HONORIFICS:
        tokens = tokens[1:]
    if len(tokens) >= 3 and _role_before(tokens[0]):
        tokens = tokens[1:]               # "Harbourpost-Korrespondentin Jane Roe": her role, then her name
        piece = " ".join(tokens)
    half = len(tokens) // 2
    if len(tokens) in (4, 6) and tokens[:half] == tokens[half:]:
        tokens = tokens[:half]            # "Jane Roe Jane Roe": a picture's alt text, then the name
        piece = " ".join(tokens)
    if not 2 <= len(tokens) <= 5:
        return None                       # one word is a handle or a word, not a name we can trust
    if tokens[0] in _PARTICLES or any(t.lower().strip(".,") in NOT_NAME_WORDS or t.lower() in ORG_WORDS
                                      or t.lower() in TITLE_NOUNS for t in tokens):
        return None                       # a staff title, an organisation, or "von X" with its "von" left on
    if any(t.endswith(".") and len(t) > 3 and not t.isupper() for t in tokens[:-1]):
        return None                       # "Harbourpress. Impressum": a sentence ends inside
    if any(ch.isdigit() for ch in piece):
        return None
    capitals = 0
    mixed = not piece.isupper()
    # "by jane roe"; a given name and a surname typed in lower case, "Author: Mira kessler"
    lower_ok = lower_ok and any(t.islower() and t not in _PARTICLES for t in tokens) and (
        piece.islower() or len(tokens) == 2 and tokens[0][:1].isupper())
    if lower_ok and any(t.lower() in ALL_STOPWORDS and t not in _PARTICLES for t in tokens):
        return None                       # "by the way": words of prose, no name
    for k, t in enumerate(tokens):
        if t.lower() in _PARTICLES:
            continue
        if _JOINED_PARTICLE.match(t):
            capitals += 1                 # "Ahmed al-Rashid"
            continue
        if not _NAME_TOKEN.match(t) and not (lower_ok and _LOWER_TOKEN.match(t) and t not in CHROME_WORDS
                                             and t not in LANGUAGE_WORDS):
            return None
        if mixed and not capitals_ok and t.isupper() and len(t.rstrip(".")) > 2 \
                and not _INITIALS_TOKEN.match(t) and not (k and k == len(tokens) - 1 and t in _SUFFIXES):
            return None                   # "Sixers NBA": an acronym among capitalised words (not "J.R.", "III")
        capitals += 1
    if capitals == 0:
        return None
    if dotted and tokens[-1] in ("Jr", "Sr"):
        tokens[-1] += "."                 # "Robert Hale Jr.", as printed
    if piece.isupper() and len(piece) > 3:
        piece = " ".join(t if len(t) <= 2 and t.endswith(".") else t.title() for t in tokens)
        return piece
    return " ".join(tokens)


_LOWER_TOKEN = lazy(r"^[a-zß-öø-ÿ][a-zß-öø-ÿ'’\-]+$")


BYLINE_LABEL_ONLY = frozenset({"by", "von", "par", "por", "di", "door", "af", "av", "author", "authors",
                               "auteur", "auteurs", "autor", "autorin", "autoren", "text", "texte",
                               "written by", "作者", "记者", "автор"})


def is_byline_label(text: str) -> bool:
    """A line that only announces the byline ("By", "Auteur", "Autor:"): the names follow."""
    return text.strip(" :：\t").lower() in BYLINE_LABEL_ONLY


def bare_name(text: str) -> str | None:
    """A line that is nothing but one person's name ("Tomas Verhoek", "- Mirela Dunst")."""
    text = text.strip(" \t-–—•·|,")
    if not text or any(ch in text for ch in ",;:|/@()[]#&"):
        return None
    if any(w.lower() in CHROME_WORDS or w.lower() in ALL_STOPWORDS and len(w) > 3 for w in text.split()):
        return None
    if is_end_cue(text.lower()) or _date_cue_at(text) >= 0:
        return None                       # "Related posts", "Last update": headings, not names
    if text.split(None, 1)[0].lower() in ARTICLES or " The " in text:
        return None                       # "The Council", "Das Beste von X", "Visit The Baths": a phrase
    if text.rsplit(None, 1)[-1].lower() in OUTLET_ENDS:
        return None                       # "Harbourtown Presse": an outlet
    name = clean_name(text)
    if name is None and _SURNAME_IN_CAPITALS.match(text) and has_given_name(text):
        name = clean_name(text, capitals_ok=True)   # "Jeanne DUPONT": a known given name, the surname in capitals
    return name


# a capitalised given name, then only words in capitals: "Jeanne DUPONT", "Ana DE LA CRUZ"
_SURNAME_IN_CAPITALS = lazy(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+)+$")

_HANDLE = lazy(r"^[^\W\d_][\w\-]{2,29}$")   # a letter first; no dots: "buchmesse.ARD.de" is an address


def user_handle(text: str) -> str | None:
    """A forum or blog user name standing for its author: one token that no word or brand is
    written like (all lower case, "hafenkater", or with "_", "DeR_SeGLeR"); never a capitalised
    word ("Berlin"), a CamelCase brand ("GeekWire", "eBay"), a function or interface word."""
    text = text.strip()
    lower = text.lower()
    for prefix in _IMAGE_BEFORE:            # "Profilbild GretaHolm": the avatar's alt text
        if lower.startswith(prefix + " "):
            text = text[len(prefix):].strip()
            lower = text.lower()
            break
    if not _HANDLE.match(text) or len(text) < 4:
        return None
    if (lower in LANGUAGE_WORDS or lower in _INTERFACE_WORDS or lower in NOT_NAME_WORDS or text.isdigit()
            or text.isupper()):
        return None                       # a word of prose or of the interface, an acronym
    if not any(c.isalpha() for c in text):
        return None
    if "_" in text or text.islower() and len(text) >= 5:
        return text                       # "DeR_SeGLeR", "hafenkater"
    return None                           # "Berlin", "eBay", "GeekWire": a word or a brand, not a handle


_NAME_EDGE = _STRIP + "*‘’"
_FIRST = itemgetter(0)


def has_given_name(text: str) -> bool:
    """Whether ``text`` holds a known given name (``rules/given_names.py``) that opens a run of
    capitalised words: "Maren Holt", "von Tomás Ibarra, Lisboa", "MAREN HOLT"; the first part
    of a joined name counts ("Anna-Lena Roe")."""
    words = text.split()
    # one byte a word, 1 when it opens with a capital (``split`` gives no empty word, so its
    # first character is its ``[:1]``): each two capitalised words in a row are found in C
    capitals = bytes(map(str.isupper, map(_FIRST, words)))
    at = capitals.find(b"\x01\x01")
    while at >= 0:
        name = words[at].strip(_NAME_EDGE).split("-", 1)[0].lower()
        if is_given_name(name) or "\u0307" in name and is_given_name(name.replace("\u0307", "")):
            return True                   # "İbrahim" lower-cases with a combining dot
        at = capitals.find(b"\x01\x01", at + 1)
    return False
