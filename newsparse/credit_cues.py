"""Where a line's credit is: its cue words and role phrases ("By", "Reporting by", "von", "作者"),
wherever they stand.

``has_credit_cue`` tells whether a line opens with a credit's cue; ``credit_start`` and
``credit_start_later`` find where the credit starts ("12.03.2024 · von X": after the date);
``explicit_cue`` whether a cue stands before it; ``credit_text`` the credit part of a line
without its interface words and stamps. ``names.py`` reads the names from there.
"""
from __future__ import annotations

import re

from .invisible import without_invisible
from .lazyre import lazy
from .markdown import unmarked
from .name_shapes import NAME_PARTICLES, NAME_STRIP, NAME_TOKEN, READING, date_cue_at
from .quickre import fold
from .rules.cues import CHROME_WORDS, COMMENT_COUNT_NONE
from .rules.people import (ARTICLES, BY_PREFIXES, BY_WORDS, CREDIT_LABELS, CUE_WORDS, OPENING_CUE_WORDS,
                           LABEL_CUE_WORDS, INTERVIEW_CREDITS, INTERVIEW_OPENINGS, KANJI_NAME_THEN_ROLE,
                           KOREAN_OUTLET_ENDS, NAME_THEN_ROLE, PICTURE_WORDS, ROLE_PHRASES, SOURCE_LABELS)
from .rules.stopwords import ALL_STOPWORDS


ROLE_CUE = lazy(
    r"(?<![\w])(" + "|".join(sorted((re.escape(p) for p in ROLE_PHRASES), key=len, reverse=True))
    + r")(?!\w*\s*\))(?:\s*(?:by|von|par|por))?\s*[:：]?\s*", re.I)


# the role phrases in ASCII: ignoring case, no other one matches ASCII text (tests/test_people.py)
ROLE_ASCII = tuple(p for p in ROLE_PHRASES if p.isascii())


_ROLE_REACH = max(map(len, ROLE_PHRASES))


NAMES_THEN_ROLE = lazy(
    r"^\[?(?:[\uac00-\ud7a3A-Za-z0-9]{0,8}(?:" + "|".join(KOREAN_OUTLET_ENDS) + r")\s+)?"     # "[한빛일보 "
    r"(?:(?P<names>[\uac00-\ud7a3]{2,4}(?:\s*[·,、]\s*[\uac00-\ud7a3]{2,4})*)\s*"
    r"(?P<role>" + "|".join(NAME_THEN_ROLE) + r")"
    r"|(?P<kanji>[\u4e00-\u9fff]{2,5}(?:\s*[・、]\s*[\u4e00-\u9fff]{2,5})*)\s*"
    r"(?P<kanji_role>" + "|".join(KANJI_NAME_THEN_ROLE) + r"))(?=\s|=|\]|$)")


_INTERVIEW = lazy(r"(?i)^(?:" + "|".join(INTERVIEW_CREDITS) + r")\s+(?P<names>\S.*)$")


_PLACEHOLDER = lazy(r"^(?:\[[^\]]{0,80}\]\s*)+")


_INTERVIEW_REACH = max(map(len, INTERVIEW_OPENINGS))



def interview(text: str) -> re.Match | None:
    """``_INTERVIEW.match(text)``, tried only on a text whose folded form (the engine's own
    reading of upper and lower case, ``quickre.fold``) opens as one of the credits does. Only
    the opening is folded: ``fold`` makes each character one character, whatever stands
    around it, so the folded opening is the opening of the folded text."""
    folded = fold(text[:_INTERVIEW_REACH])
    if folded is not None and not folded.startswith(INTERVIEW_OPENINGS):
        return None
    return _INTERVIEW.match(text)



def has_credit_cue(text: str) -> bool:
    """Whether a line reads as a credit: it opens with "By", a byline prefix or a role phrase
    (after an image placeholder: "[e3d6d9295d] By X"), or names then a role ("홍길동 기자")."""
    if text[:1] == "[":
        if not text.isascii() and NAMES_THEN_ROLE.match(text):
            return True                   # "[한빛일보 김민수 기자]": a Korean credit in brackets
        text = _PLACEHOLDER.sub("", text)
    stripped = text.strip(" \t(•·-–—*")      # "*": Markdown's emphasis, "**By Jane Roe**"
    if not stripped.isascii() and NAMES_THEN_ROLE.match(stripped) or interview(stripped):
        return True
    if stripped.startswith(BY_PREFIXES):
        return True
    parts = stripped.split(None, 1)
    first = parts[0] if parts else ""
    if first.lower() in BY_WORDS or glued_by(first):
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
    return any(match_role(text, at) for at in range(min(3, len(text))))



def match_role(text: str, at: int = 0) -> re.Match | None:
    """``ROLE_CUE.match(text, at)``. Where the text there is ASCII, the pattern is tried only if its
    lower case opens with an ASCII role phrase: most lines do not, and then the pattern need not
    even be compiled."""
    head = text[at:at + _ROLE_REACH]
    if head.isascii() and not head.lower().startswith(ROLE_ASCII):
        return None
    return ROLE_CUE.match(text, at)


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
            any(map(text.__contains__, _BY_WORDS)) and any(map(glued_by, text.split()))):
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
        if i + 1 >= len(words) or low not in CUE_WORDS and not glued_by(w):
            if w[:1].islower() and w.lower().strip(NAME_STRIP) not in ALL_STOPWORDS:
                prose += 1
            continue
        if prose > 1:
            return -1                     # "... were taken by force.": a sentence
        before = [x for _, x in words[part:i] if any(c.isalnum() for c in x)]
        if before and before[-1].lower().strip(NAME_STRIP) in PICTURE_WORDS:
            return -1                     # "Featured image by X": a picture's credit
        while any(x.endswith((",", ";")) for x in before):
            before = before[1:]           # "Anna, Greta von Rohe": the last name of a list
        nxt = words[i + 1][1]
        if (low in NAME_PARTICLES and before and (nxt[:1].isupper() or nxt.lower() in NAME_PARTICLES)
                and all(NAME_TOKEN.match(x) and x.lower() not in ALL_STOPWORDS for x in before)):
            continue                      # "Hans von Rohe": a particle
        for j in range(max(part, i - 3), i):
            m = match_role(text, words[j][0])
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
    return not stamp.strip(NAME_STRIP) or date_cue_at(stamp) >= 0


_BY_LOWER_FIRST = all(by[:1].islower() for by in BY_WORDS)    # so a glued word opens in lower case


_BY_WORDS = tuple(BY_WORDS)       # a glued byline word holds one of them as it is printed (lower case)



def glued_by(word: str) -> int:
    """The length of a byline word glued to the name by a saved page that dropped the link's
    space ("byJane", "vonElisa"), or 0."""
    if _BY_LOWER_FIRST and (word.islower() or not word[:1].islower()):
        return 0                          # one case all through, or no lower-case byline word opens it
    if not word.startswith(_BY_WORDS):
        # a lower-case opening is its own lower case (every character that lower-cases to
        # another is a capital), so a word no byline word opens as printed has none glued
        return 0
    for by in BY_WORDS:
        n = len(by)
        if (word[:n].lower() == by and word[:n].islower() and len(word) > n + 1 and word[n].isupper()
                and word[n + 1:].islower()):
            return n
    return 0



def credit_text(text: str) -> str:
    """The credit part of a line: without image placeholders ("[a7f1c0b42e] By X") and cut
    before a date cue or interface words that a saved page ran into it ("By X Last updated
    Nov 8 Share")."""
    text = unmarked(without_invisible(text))
    if text[:1] == "[" and not (not text.isascii() and NAMES_THEN_ROLE.match(text)):
        text = _PLACEHOLDER.sub(" ", text)   # where the placeholders' pattern can match; not "[한빛일보 김민수 기자]"
    text = text.strip()
    at = date_cue_at(text)
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
