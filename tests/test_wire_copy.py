"""Wire copy as agencies send it: what follows a story's last sentence, several stories in one
file, send-time stamps. Every text here is invented."""
from __future__ import annotations

import pytest

from newsparse import ParseOptions, parse, to_dict

NO_REFERENCE = ParseOptions()

STORY = ("Lakeside council opens new ferry pier\n\n"
         "The council of Lakeside opened a new ferry pier on Sunday, its mayor said at the ceremony.\n\n"
         "The pier cost about 12 million and will serve three ferry lines from the summer on.\n\n")
LAST = "The pier cost about 12 million and will serve three ferry lines from the summer on."

# the lines after the story's last sentence that are no part of it
TAILS = [
    ("AAP", "an agency's name alone"),
    ("-- BERNAMA", "the name set off with dashes"),
    ("==Kyodo", "the name set off with equals signs"),
    ("PTI SKU RT RT", "the agency and its desk's codes in capitals"),
    ("BELGA/WDE/ABC/", "the agency and its desk's codes by slashes"),
    ("(Schluss) abc/xyz", "an end word and the editors' slug"),
    ("kor mal", "desk codes in lower case, by a space"),
    ("-- BERNAMA\n\nRHO ABD", "desk codes in capitals under the agency's name"),
    ("jane.roe@agency.example", "the reporter's e-mail address alone"),
    ("jane.roe@agency.example\n(END)", "the e-mail address and the end mark in one block"),
    ("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "a rights line without the copyright sign"),
    ("More to follow", "the take goes on later"),
    ("AP-DS-03-03-24 1422EST<", "an AP transmission stamp"),
    ("031422 GMT MAR 24", "a send-time stamp"),
    ("Reuter\n031422 GMT MAR 24", "a sign-off and a stamp in one block"),
]


@pytest.mark.parametrize("tail,why", TAILS, ids=[c[1] for c in TAILS])
def test_wire_tail_is_no_body(tail, why):
    r = to_dict(parse(STORY + tail + "\n", NO_REFERENCE))
    assert r["body"].endswith(LAST), r["body"]


# a short last line that is the story's, not a code: kept
KEPT = [
    ("THE END OF AN ERA", "a heading in capitals with stopwords"),
    ("NEW PORT RULES", "a heading in capitals with a long word"),
]


@pytest.mark.parametrize("tail,why", KEPT, ids=[c[1] for c in KEPT])
def test_last_line_that_is_no_code_stays(tail, why):
    r = to_dict(parse(STORY + tail + "\n", NO_REFERENCE))
    assert r["body"].endswith(tail), r["body"]
