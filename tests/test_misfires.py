"""Ordinary text that a rule for page furniture must leave alone: one case per rule, each a
misfire found in review."""
from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.dateline import match_dateline
from newsparse.extract.body import build_body
from newsparse.lines import scan
from newsparse.mojibake import repair

P1 = ("The council voted on Tuesday to keep the old harbour baths open for another five summers.\n"
      "Repairs to the pool walls will start in October and should be finished before the season.\n")
P2 = ("Swimmers had collected more than four thousand signatures against the closure last spring.\n"
      "The city will pay for the work from its maintenance budget, the mayor's office said.\n")


@pytest.mark.parametrize("paragraph,at_end", [
    ("Chief executive Mara Quist resigned.", False),
    ("Chief executive Mara Quist resigned.", True),
    ("Senior officials declined to comment on the plans.", True),
    ("Local businesses donated prizes for the auction, and Ana Ruiz also contributed to the fund.", True),
    ("The photo agency sued over the picture, a claim first brought by Getty Images.", False),
], ids=["staff-title-word", "no-function-word-at-the-end", "staff-title-word-at-the-end", "also-contributed",
        "agency-named-in-a-sentence"])
def test_story_paragraphs_stay_in_the_body(paragraph, at_end):
    text = (f"Harbour baths stay open\n\n{P1}\n{P2}\n{paragraph}\n" if at_end
            else f"Harbour baths stay open\n\n{P1}\n{paragraph}\n\n{P2}")
    assert paragraph in parse(text).body


def test_a_copyright_notice_under_one_paragraph_per_line_is_not_a_caption():
    text = ("Harbour baths stay open\n\nThe council voted on Tuesday to keep the baths open.\n"
            "Repairs start in October.\nThe city will pay.\n(c) 2024 Reuters\n")
    assert parse(text).body.startswith("The council voted on Tuesday")


def test_a_menu_item_that_names_an_outlet_is_not_the_source():
    text = f"Politik\nWirtschaft\nWelt\nSport\n\nHafenbad bleibt offen\n\n{P1}\n{P2}\n© Süddeutsche Zeitung GmbH\n"
    assert parse(text).source == "Süddeutsche Zeitung"


def test_a_headline_with_a_date_keeps_its_words():
    assert parse(f"Election called for 4 July - what happens next\n\n{P1}\n{P2}").title == (
        "Election called for 4 July - what happens next")


def test_correct_accents_are_not_repaired():
    assert repair("SÃO PAULO “CAFÉ” und Spaß“") == "SÃO PAULO “CAFÉ” und Spaß“"


def test_an_editors_tag_opening_a_paragraph_stays():
    doc = scan("[Update] The council later said the pool would open in June.\n")
    assert build_body(doc.lines, [True]) == "[Update] The council later said the pool would open in June."


@pytest.mark.parametrize("text", ["-\x0c-", "-\u2028-", "-\x85—"])
def test_whitespace_between_dashes_does_not_crash(text):
    parse(text)


def test_a_hyphenated_slug_is_no_dateline():
    assert match_dateline("a-" * 200 + "!") is None   # its cost is measured in benchmarks/bench.py
