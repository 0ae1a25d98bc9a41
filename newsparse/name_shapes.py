"""A person's name on a line: its shape, cleaning and tests.

``clean_name`` cleans a piece of a credit line into a name, or rejects it (a word of prose, an
interface word, a title alone); ``bare_name`` reads a line that is nothing but one person's
name ("Tomas Verhoek", "- Mirela Dunst"); ``user_handle`` a forum's or a blog's user name;
``has_given_name`` tells whether a line holds a known given name before a capitalised word;
``pictured_name`` reads the alt text of an author's picture ("Jane Roe mugshot"),
``bio_name`` the name that opens an author's bio and ``opening_name`` the capitalised words
that open a line. ``names.py`` reads credit lines with them.
"""
from __future__ import annotations

from operator import itemgetter

from .lazyre import lazy
from .quickre import Quick
from .rules.cues import CHROME_WORDS, HOME_WORDS, PUBLISHED_CUES, READING_TIME, UPDATED_CUES, is_end_cue
from .rules.given_names import is_given_name
from .rules.people import (ARTICLES, BIO_VERBS, HONORIFICS, IMAGE_AFTER, IMAGE_BEFORE, NOT_NAME_WORDS, OFFICE_TITLES,
                           ORG_WORDS, OUTLET_ENDS, TITLE_NOUNS, WRITER_TITLES)
from .rules.stopwords import ALL_STOPWORDS, LANGUAGE_WORDS


_CJK = lazy(r"[\u3400-\u9fff]")


CJK_NAME = lazy(r"^[\u3400-\u9fff·]{2,5}$")


_CASELESS_NAME = lazy(r"^[\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f\u10a0-\u10ff]+"
                      r"(?: [\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f\u10a0-\u10ff]+){1,3}$")


NAME_TOKEN = lazy(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w'’.\-]*|[A-Z]\.)$")


_SUFFIXES = frozenset("Jr Jr. Sr Sr. II III IV".split())


_INITIALS_TOKEN = lazy(r"^(?:[A-Z]\.){2,3}$")    # "J.R.", "J.R.R.": initials, not an acronym


# a particle joined to the name it belongs to: "al-Rashid", "el-Amin", "bin-Salem"
_JOINED_PARTICLE = lazy(r"^(?:al|el|bin|ibn|abu|ben|ul)[-‑][A-ZÀ-ÖØ-Þ][\w'’\-]*$")


NAME_PARTICLES = frozenset("da de del della der di do dos du la le van von ten ter bin al el ibn y zu".split())


NAME_STRIP = " .,;:-–—|•·()[]\"'“”„«»"


INTERFACE_WORDS = CHROME_WORDS | HOME_WORDS     # "首页", "登录": a menu's words, never a name


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


# the cue patterns behind a cheap test of the words they need (quickre.py), here and in features:
# a line without those words leaves them uncompiled
PUBLISHED, UPDATED, READING = map(Quick, (PUBLISHED_CUES, UPDATED_CUES, READING_TIME))



def date_cue_at(text: str) -> int:
    """Where the first "published" or "updated" cue of ``text`` starts, or -1."""
    starts = [m.start() for m in (PUBLISHED.find(text), UPDATED.find(text)) if m]
    return min(starts, default=-1)



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
            return piece if CJK_NAME.match(piece) and piece not in INTERFACE_WORDS else None
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
    if tokens[0] in NAME_PARTICLES or any(t.lower().strip(".,") in NOT_NAME_WORDS or t.lower() in ORG_WORDS
                                      or t.lower() in TITLE_NOUNS for t in tokens):
        return None                       # a staff title, an organisation, or "von X" with its "von" left on
    if any(t.endswith(".") and len(t) > 3 and not t.isupper() for t in tokens[:-1]):
        return None                       # "Harbourpress. Impressum": a sentence ends inside
    if any(ch.isdigit() for ch in piece):
        return None
    capitals = 0
    mixed = not piece.isupper()
    # "by jane roe"; a given name and a surname typed in lower case, "Author: Mira kessler"
    lower_ok = lower_ok and any(t.islower() and t not in NAME_PARTICLES for t in tokens) and (
        piece.islower() or len(tokens) == 2 and tokens[0][:1].isupper())
    if lower_ok and any(t.lower() in ALL_STOPWORDS and t not in NAME_PARTICLES for t in tokens):
        return None                       # "by the way": words of prose, no name
    for k, t in enumerate(tokens):
        if t.lower() in NAME_PARTICLES:
            continue
        if _JOINED_PARTICLE.match(t):
            capitals += 1                 # "Ahmed al-Rashid"
            continue
        if not NAME_TOKEN.match(t) and not (lower_ok and _LOWER_TOKEN.match(t) and t not in CHROME_WORDS
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
    if is_end_cue(text.lower()) or date_cue_at(text) >= 0:
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
    if (lower in LANGUAGE_WORDS or lower in INTERFACE_WORDS or lower in NOT_NAME_WORDS or text.isdigit()
            or text.isupper()):
        return None                       # a word of prose or of the interface, an acronym
    if not any(c.isalpha() for c in text):
        return None
    if "_" in text or text.islower() and len(text) >= 5:
        return text                       # "DeR_SeGLeR", "hafenkater"
    return None                           # "Berlin", "eBay", "GeekWire": a word or a brand, not a handle


_NAME_EDGE = NAME_STRIP + "*‘’"


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
