"""The key a printed outlet name is looked up by, and its spelling variants.

``normalize_name`` reduces a printed name to its key: case folded, punctuation and a leading
"The" dropped, dotted initials joined ("A.P." -> "ap"), a place in parentheses left out.
``split_name`` keeps that place apart ("The Times (London)" -> ("times", "london")), so the
registry can tell apart outlets whose plain names collide. ``variants`` gives the spellings a
key is also found by: umlauts written out or dropped, accents dropped, spaces dropped.
``country_of`` reads the country a place names. Nothing here knows an outlet: the registry
(``registry.py``) and its index (``outlet_index.py``) read these keys.
"""
from __future__ import annotations

import unicodedata

from .lazyre import lazy

_PARENS = lazy(r"[(\[]([^()\[\]]*)[)\]]")          # "(London)", "[64c7a]"
_APOSTROPHES = lazy(r"['\u2018\u2019\u02bc\u00b4`]")
_DOTTED = lazy(r"(?<![^\W\d_])(?:[^\W\d_]\.){2,}|(?<![^\W\d_])(?:[^\W\d_]\.)+[^\W\d_](?![^\W\d_])")
_SPACES = lazy(r"\s+")
_ASCII_PUNCT = lazy(r"[^a-z0-9]+")
_HOST = lazy(r"(?:[a-z][a-z0-9+.-]*:)?(?://)?(?:[^@/\s]*@)?(?:www\d*\.)?"
             r"(?P<host>(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})\.?(?::\d+)?(?:[/?#]\S*)?")

# Letters written out the German and Nordic way ("Süddeutsche" -> "Sueddeutsche") ...
_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "æ": "ae", "ø": "oe", "å": "aa", "œ": "oe"})

# ... and letters that lose their marks but do not decompose ("Børsen" -> "Borsen").
_PLAIN = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "ı": "i", "þ": "th", "ð": "d"})

# A parenthesised qualifier that names a form of the outlet, not a place: "(Online)".
_NEUTRAL_QUALIFIERS = frozenset({"online", "online edition", "web", "web edition", "internet",
                                 "internet edition", "print", "print edition", "digital", "e paper"})

# Country names that archives print as qualifiers: "The Sun (England)", "The Age (Melbourne, Australia)".
_COUNTRY_NAMES = {
    "AE": ("united arab emirates", "uae"), "AR": ("argentina",), "AT": ("austria", "österreich"),
    "AU": ("australia",), "BD": ("bangladesh",), "BE": ("belgium", "belgique", "belgië"),
    "BR": ("brazil", "brasil"), "CA": ("canada",), "CH": ("switzerland", "schweiz", "suisse"),
    "CL": ("chile",), "CN": ("china", "prc"), "CO": ("colombia",), "CU": ("cuba",),
    "CZ": ("czech republic", "czechia"), "DE": ("germany", "deutschland"), "DK": ("denmark", "danmark"),
    "EG": ("egypt",), "ES": ("spain", "españa"), "FI": ("finland", "suomi"), "FR": ("france",),
    "GB": ("uk", "united kingdom", "england", "britain", "great britain", "scotland", "wales"),
    "GH": ("ghana",), "GR": ("greece",), "HK": ("hong kong",), "HU": ("hungary",),
    "ID": ("indonesia",), "IE": ("ireland", "eire"), "IL": ("israel",), "IN": ("india",),
    "IR": ("iran",), "IT": ("italy", "italia"), "JP": ("japan",), "KE": ("kenya",),
    "KR": ("korea", "south korea"), "KW": ("kuwait",), "LB": ("lebanon",), "MX": ("mexico", "méxico"),
    "MY": ("malaysia",), "NG": ("nigeria",), "NL": ("netherlands", "nederland", "holland"),
    "NO": ("norway", "norge"), "NZ": ("new zealand",), "PE": ("peru", "perú"), "PH": ("philippines",),
    "PK": ("pakistan",), "PL": ("poland", "polska"), "PT": ("portugal",), "QA": ("qatar",),
    "RU": ("russia", "russian federation"), "SA": ("saudi arabia",), "SE": ("sweden", "sverige"),
    "SG": ("singapore",), "TH": ("thailand",), "TR": ("turkey", "türkiye"), "TW": ("taiwan",),
    "UA": ("ukraine",), "US": ("us", "usa", "united states", "america"), "VE": ("venezuela",),
    "VN": ("vietnam",), "ZA": ("south africa",), "ZW": ("zimbabwe",),
    "AM": ("armenia",), "BG": ("bulgaria",), "BH": ("bahrain",), "BY": ("belarus",), "CG": ("congo",),
    "CR": ("costa rica",), "CY": ("cyprus",), "DO": ("dominican republic",), "DZ": ("algeria", "algérie"),
    "EC": ("ecuador",), "EE": ("estonia",), "ET": ("ethiopia",), "GT": ("guatemala",), "HR": ("croatia",),
    "IQ": ("iraq",), "JO": ("jordan",), "KP": ("north korea", "dprk"), "KZ": ("kazakhstan",),
    "LK": ("sri lanka",), "LT": ("lithuania",), "LV": ("latvia",), "MA": ("morocco", "maroc"), "NP": ("nepal",),
    "PR": ("puerto rico",), "PS": ("palestine",), "RO": ("romania",), "RS": ("serbia",), "SI": ("slovenia",),
    "SK": ("slovakia",), "SY": ("syria",), "TN": ("tunisia", "tunisie"), "UG": ("uganda",), "UY": ("uruguay",),
}


def clean_key(text: str) -> str:
    """Case-folded, punctuation as single spaces; dotted initials joined ("A.P." -> "ap")."""
    s = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    if "'" in s or "`" in s or not s.isascii():      # the cheap tests first: most names hold neither
        s = _APOSTROPHES.sub("", s)
    if "." in s:
        s = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), s)
    s = s.replace("&", " and ")
    if s.isascii():
        s = _ASCII_PUNCT.sub(" ", s).strip()
    else:                              # keep combining marks: Devanagari, Arabic, Thai vowel signs
        s = "".join(c if c.isalnum() or unicodedata.category(c)[0] == "M" else " " for c in s)
        s = _SPACES.sub(" ", s).strip()
    while s.startswith("the "):
        s = s[4:]
    while s.endswith(" the"):          # catalogue style: "Guardian, The"
        s = s[:-4]
    return s


def normalize_name(name: str) -> str:
    """The lookup key of a printed outlet name: case, punctuation, "The" and "(place)" ignored."""
    return clean_key(_PARENS.sub(" ", name))


def split_name(name: str) -> tuple[str, str]:
    """(key without the parentheses, key of what they hold): "The Times (London)" -> ("times", "london")."""
    if "(" not in name and "[" not in name:
        return clean_key(name), ""
    base = clean_key(_PARENS.sub(" ", name))
    qualifier = clean_key(" ".join(_PARENS.findall(name)))
    if not base:
        return qualifier, ""
    return base, "" if qualifier in _NEUTRAL_QUALIFIERS else qualifier


def plain(key: str) -> str:
    if key.isascii():                  # nothing to decompose, no mark to drop
        return key
    decomposed = unicodedata.normalize("NFKD", key.translate(_PLAIN))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def variants(key: str) -> list[str]:
    """The key and its spelling variants: umlauts written out, marks dropped, spaces dropped."""
    if key.isascii():                  # no umlaut to write out, no mark to drop: only the spaces
        compact = key.replace(" ", "")
        return [key, compact] if compact and compact != key else [key]
    return all_variants(key)


def all_variants(key: str) -> list[str]:
    out = [key]
    for v in (plain(key.translate(_TRANSLIT)), plain(key)):
        for w in (v, v.replace(" ", "")):
            if w and w not in out:
                out.append(w)
    compact = key.replace(" ", "")
    if compact and compact not in out:
        out.append(compact)
    return out


def host_of(text: str) -> str | None:
    if "." not in text:                 # a host has a dot: a name without one needs no pattern
        return None
    m = _HOST.fullmatch(text.strip().lower())
    return m["host"] if m else None

_COUNTRY_OF_NAME = {form: code for code, names in _COUNTRY_NAMES.items() for name in names
                    for form in (name, plain(name))}


def country_of(qualifier: str) -> str | None:
    """The country a qualifier names by its last words: "melbourne australia" -> "AU"."""
    words = qualifier.split()
    for n in (3, 2, 1):
        if len(words) >= n:
            tail = " ".join(words[-n:])
            code = _COUNTRY_OF_NAME.get(plain(tail))
            if code is not None:
                return code
    return None
