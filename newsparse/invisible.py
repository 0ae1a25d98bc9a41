"""Characters a page carries that print nothing: taken out of the values read, never out of the input.

Zero-width spaces, a word joiner, soft hyphens, a byte-order mark inside the text, the bidi
marks, embeddings and isolates, and a terminal's ANSI escape sequences ("\\x1b[31m") print
nothing, yet they stop a name or a title from matching ("Quill\\u00adfeather"). Lines, their
features and every span keep them, as the input has them; the values are read without them.
A zero-width joiner or non-joiner between two letters of a script that joins its letters
(Arabic, Persian, the Indic scripts) or within an emoji is part of the spelling and stays; so
does a soft hyphen after "Ã" or "Â": it is a double-encoded letter ("Ã\u00ad" is "í"), which
``mojibake.repair`` reads.
"""
from __future__ import annotations

import re
import unicodedata

from .lazyre import lazy

# zero-width space, non-joiner, joiner; word joiner; soft hyphen; byte-order mark (zero-width
# no-break space); left-to-right and right-to-left marks; the bidi embeddings and overrides
# (U+202A-U+202E) and isolates (U+2066-U+2069); Arabic letter mark; invisible operators (U+2061-U+2064)
INVISIBLE = "\u200b\u200c\u200d\u2060\u00ad\ufeff\u200e\u200f\u061c\u202a-\u202e\u2061-\u2064\u2066-\u2069"
# an ANSI escape: a control sequence ("\x1b[31m"), an operating-system command ("\x1b]0;x\x07"),
# or a two-character escape ("\x1bc"); a lone ESC goes too
_ESCAPE = r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]{0,512}(?:\x07|\x1b\\)?|[@-Z\\-_])?|\x9b[0-?]*[ -/]*[@-~]"
_HIDDEN = lazy(f"[{INVISIBLE}]|{_ESCAPE}")
_CUES = frozenset("\u200b\u200c\u200d\u2060\u00ad\ufeff\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
                  "\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\x1b\x9b")
_JOINERS = "\u200c\u200d"
_DOUBLE_ENCODED_LEADS = "ÃÂ"


def without_invisible(text: str | None) -> str | None:
    """``text`` without the characters that print nothing; the same string when it has none."""
    if not text or (text.isascii() and "\x1b" not in text) or _CUES.isdisjoint(text):
        return text
    return _HIDDEN.sub(lambda m: _kept(m, text), text)


def _kept(m: re.Match, text: str) -> str:
    char = m.group()
    at = m.start()
    if char == "\u00ad":
        return char if text[at - 1:at] in _DOUBLE_ENCODED_LEADS and at else ""
    if char not in _JOINERS:
        return ""
    before, after = text[at - 1:at], text[at + 1:at + 2]
    return char if _joins(before) and _joins(after) else ""


def _joins(char: str) -> bool:
    """A letter or mark of a script after Latin, Greek and Cyrillic (Hebrew, Arabic, the Indic
    scripts, ...), or a pictograph: where a joiner shapes what is printed."""
    if not char or ord(char) < 0x0590:
        return False
    kind = unicodedata.category(char)
    return kind[0] in "LM" or kind == "So" or char in _JOINERS or 0x1F000 <= ord(char) <= 0x1FAFF
