"""How one credit is read: the text of a credit line or of a labelled credit field (``read_credits``).
One row per case, with its reason; every name is invented."""
from __future__ import annotations

import time

import pytest

from newsparse.extract.credits import without_dates
from newsparse.names import read_credits
from newsparse.registry import default_registry

W, R, P = "writer", "reporter", "photographer"


READ_CASES = [
    ("Written by Jane Roe on May 3, 2021", [("Jane Roe", W)], [], "a date after the name"),
    ("by jroe on December 4, 2006", [("jroe", W)], [], "a user name after the cue, then its date"),
    ("von Tobi", [("Tobi", W)], [], "one word after the cue"),
    ("By LD", [("LD", W)], [], "initials after the cue"),
    ("von Jana Roth mit den Schlagwörtern Auto, Test", [("Jana Roth", W)], [], "prose after the name"),
    ("By Jane Roe | 12 comments", [("Jane Roe", W)], [], "other things after a separator"),
    ("By Jane Roe | Tom Becker", [("Jane Roe", W), ("Tom Becker", W)], [], "more names after a separator"),
    ("Por Agencia EFE", [("Agencia EFE", W)], ["EFE"], "an agency credited, as printed"),
    ("Von Redaktion", [("Redaktion", W)], [], "a desk credited"),
    ("By Staff and news service reports", [("Staff and news service reports", W)], [], "a desk in words"),
    ("By The Associated Press", [("The Associated Press", W)], ["Associated Press"], "an agency and its article"),
    ("By Reuters", [("Reuters", W)], ["Reuters"], "an agency alone"),
    ("By Jane Roe - Reuters", [("Jane Roe", W)], ["Reuters"], "a person and an agency: the person"),
    ("Photos by Reuters", [], ["Reuters"], "an agency credited for pictures is no author"),
    ("By Staff Writer", [], [], "a staff title alone names no one"),
    ("By Jane Roe Harbour Post", [("Jane Roe", W)], ["Harbour Post"], "an unknown outlet run on after the name"),
    ("by Jane Roe (reporting) and Tom Becker (photography)", [("Jane Roe", R), ("Tom Becker", P)], [],
     "roles in brackets"),
    ("By Jane Roe@janeroe", [("Jane Roe", W)], [], "a handle glued to the name"),
    ("By Jane RoeStaff Writer", [("Jane Roe", W)], [], "a staff title glued to the name"),
    ("By Jane Roe Senior Editor", [("Jane Roe", W)], [], "a staff title after the name"),
    ("By Jane Roe Jane Roe", [("Jane Roe", W)], [], "the name twice: a picture's alt text, then the name"),
    ("By Jane Roe, Tom Becker and Li Wei", [("Jane Roe", W), ("Tom Becker", W), ("Li Wei", W)], [], "a list"),
    ("by JANE ROE", [("Jane Roe", W)], [], "a byline in capitals"),
    ("by jane roe", [("jane roe", W)], [], "a byline in lower case, as printed"),
    ("By the way, nobody expected this", [], [], "an English sentence"),
    ("By Monday the council will decide", [], [], "a sentence with a capitalised word after 'By'"),
    ("von Kugeln zerlöcherten Türen", [], [], "a German phrase after 'von'"),
    ("by HBX-Native-204417-Ads", [], [], "an advert's code"),
    ("HARBOUR CITY (AP) — To Jane Roe, the plan was dead.", [], [], "a dateline and a sentence, no cue"),
    ("Jane Roe, Harbour University", [("Jane Roe", W)], [], "an organisation is no person"),
]
assert len({c[0] for c in READ_CASES}) == len(READ_CASES)


@pytest.mark.parametrize("text,people,outlets,why", READ_CASES, ids=[c[3] for c in READ_CASES])
def test_read_credits(text, people, outlets, why):
    credits = read_credits(without_dates(text), default_registry(), strict=True)
    assert [(p.name, p.role) for p in credits.people] == people
    assert credits.outlets == outlets


@pytest.mark.parametrize("value,people", [
    ("jroe", ["jroe"]), ("Bo2man am 14.03.2011, 09:12 Uhr", ["Bo2man"]), ("Redaktion", ["Redaktion"]),
    ("Staff Writer", []), ("Jane Roe | 12 comments", ["Jane Roe"]), ("heute", []), ("Share", []),
], ids=["user-name", "user-name-and-date", "desk", "staff-title", "separator", "common-word", "interface-word"])
def test_a_labelled_value(value, people):
    credits = read_credits(without_dates(value), default_registry(), cued=True)
    assert [p.name for p in credits.people] == people


LONG_RUNS = [
    "By" + " " * 20_000 + "Jane Roe",
    "Jane Roe" + " " * 20_000 + "| 12 comments",
    "von " * 20_000,
    "Jane und " * 10_000,
    "(Text) " * 10_000,
    "Jane@" * 10_000,
    "RoeStaff" * 10_000,
]


@pytest.mark.parametrize("text", LONG_RUNS, ids=["after-the-cue", "before-a-separator", "particles", "joiners",
                                                 "brackets", "at-signs", "glued-titles"])
def test_long_runs_cost_linear_time(text):
    started = time.perf_counter()
    read_credits(text, default_registry(), cued=True)
    read_credits(text, default_registry(), strict=True)
    assert time.perf_counter() - started < 2.0
