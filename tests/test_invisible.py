"""Characters that print nothing (zero-width spaces and joiners, soft hyphens, bidi marks and
isolates, a byte-order mark inside the text, ANSI escapes): values come out without them, names
are read through them, and the spans still index the input as it is."""
from __future__ import annotations

import pytest

from newsparse import parse

BODY = ("The town council on Monday agreed to rebuild the old lighthouse pier before the winter storms.\n"
        "Work is to start in September and will be paid from the harbour fund, the mayor said.\n\n"
        "Fishermen had asked for the repair for three years after a storm broke the outer wall.\n"
        "The pier was built in 1902 and is the oldest on this part of the coast, the council said.\n")


def _page(title: str, byline: str) -> str:
    return f"Gullhaven Tidings\n\n{title}\n{byline}\nPublished: June 3, 2024 08:00 GMT\n\n{BODY}"


PLAIN_TITLE = "Council agrees to rebuild lighthouse pier"

CASES = [
    ("\u200bCouncil\u200b agrees to rebuild lighthouse pier", "By Tove\u200d Brennhaug", "zero-width space and joiner"),
    ("Council agrees to re\u00adbuild lighthouse pier", "By Tove Brenn\u00adhaug", "soft hyphens"),
    ("\u202aCouncil agrees to rebuild lighthouse pier\u202c", "By \u2066Tove Brennhaug\u2069", "embedding and isolate"),
    ("\u200fCouncil agrees to rebuild lighthouse pier\u200e", "By Tove\u2060 Brennhaug", "bidi marks, word joiner"),
    ("Council agrees to rebuild\ufeff lighthouse pier", "By \u200cTove Brennhaug\u200c", "byte-order mark, non-joiner"),
    ("\x1b[1;31mCouncil agrees to rebuild lighthouse pier\x1b[0m", "By \x1b[32mTove Brennhaug\x1b[0m", "ANSI escapes"),
]


@pytest.mark.parametrize("title,byline,why", CASES, ids=[c[2] for c in CASES])
def test_values_come_out_without_invisible_characters(title, byline, why):
    text = _page(title, byline)
    r = parse(text)
    assert r.title == PLAIN_TITLE
    assert r.authors == ("Tove Brennhaug",)
    ev = r.evidence["title"]
    assert text[ev.start:ev.end] == ev.raw and PLAIN_TITLE[:7] in ev.raw   # the span indexes the input
    assert "".join(text[s.start:s.end] for s in r.segments) == text


def test_joiners_that_shape_a_script_stay():
    from newsparse.invisible import without_invisible
    assert without_invisible("می\u200cخواهم") == "می\u200cخواهم"           # Persian: the non-joiner is spelling
    assert without_invisible("क्\u200dष") == "क्\u200dष"                        # Devanagari: the joiner shapes the letter
    assert without_invisible("Tove\u200d Brennhaug") == "Tove Brennhaug"
    assert without_invisible("GarcÃ\u00ada") == "GarcÃ\u00ada"                  # a double-encoded "í", repaired later
    assert without_invisible("plain text") == "plain text"
