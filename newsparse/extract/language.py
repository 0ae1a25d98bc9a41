"""The language: a labelled field, else detected from the body (and the title, when the
body is short)."""
from __future__ import annotations

import re

from ..lang import detect_language
from ..model import Field
from ..rules.languages import LANGUAGE_NAMES
from .fields import Fields, first_field


def read_language(out: Fields, labelled: list[Field]) -> None:
    f = first_field(labelled, "language")
    if f is not None:
        for part in re.split(r"[;,/]|\s+", f.value.casefold()):
            code = LANGUAGE_NAMES.get(part.strip())
            if code:
                out.language = code
                out.note("language", f.value, f.start, f.end)
                return
        if re.fullmatch(r"[a-z]{2}(?:[-_][a-z]{2})?", f.value.strip().casefold()):
            out.language = f.value.strip()[:2].casefold()
            out.note("language", f.value, f.start, f.end)
            return
    text = out.body if len(out.body) >= 400 else "\n".join(filter(None, (out.title, out.body)))
    out.language = detect_language(text) if text else None


# --- dateline -----------------------------------------------------------------------------
