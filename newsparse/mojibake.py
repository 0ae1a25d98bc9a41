"""UTF-8 text that was once read as Windows-1252 and saved again ("MÃ¼nchen", "Â«TatortÂ»").

Pages saved by some tools carry such double-encoded runs. The input is never changed (offsets
point into it as read); the extracted values are repaired: a run of Windows-1252 characters
that encodes back to valid UTF-8 is read as UTF-8.
"""
from __future__ import annotations

import re

from .lazyre import lazy

# Latin-1 and Windows-1252 characters that UTF-8 lead and continuation bytes turn into
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
# the lead bytes of Latin text's UTF-8 read as Windows-1252: Â and Ã (U+0080-U+00FF), â (U+2000-),
# Å (Ł, Š, Ž, Œ), Ä (Ą, Č, Ę): a correct "É”" or "ß“" is never taken for one
_RUN = lazy("[ÂÃâÅÄ][\u00a0-\u00bf" + _CP1252_HIGH + "\u0080-\u009f]{1,2}")
_CUES = ("Ã", "Â", "â€")


def repair(text: str | None) -> str | None:
    """``text`` with its double-encoded runs read as UTF-8; unchanged when it has none."""
    if not text or not any(c in text for c in _CUES):
        return text
    return _RUN.sub(_fix, text)


def _fix(m: re.Match) -> str:
    run = m.group(0)
    try:
        fixed = run.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        try:
            fixed = run.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return run
    return fixed
